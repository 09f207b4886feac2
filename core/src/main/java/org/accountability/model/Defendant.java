package org.accountability.model;

/**
 * Who answers in a legal route or proceeding: the individual, or an institution (the employing
 * agency, the municipality, the employer in a grievance, the national government).
 *
 * <pre>{@code
 * route.defendants().contains(Defendant.INDIVIDUAL);
 * Defendant.MUNICIPALITY.isInstitution();   // true
 * }</pre>
 */
public enum Defendant {
  /** The person in a given role, personally. */
  INDIVIDUAL,
  /** The employing agency as an institution, including its leadership acting for it. */
  AGENCY,
  /**
   * A city or county as a legal person, distinct from its police department: the City of New York
   * sued for its policy or custom.
   */
  MUNICIPALITY,
  /** The employer as the party to a grievance or arbitration that an employee brings. */
  EMPLOYER,
  /** The United States (or, for another agency, the national government that employs it). */
  UNITED_STATES;

  /**
   * The defendant in words, for sentences: {@code the municipality}, {@code the United States}.
   *
   * @return the readable name
   */
  public String readableName() {
    return this == UNITED_STATES
        ? "the United States"
        : "the " + name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether this is an institution rather than a person.
   *
   * @return true for every value but {@link #INDIVIDUAL}
   */
  public boolean isInstitution() {
    return this != INDIVIDUAL;
  }
}

package org.accountability.model;

/**
 * The place of a person in an enforcement agency, in agency-neutral terms.
 *
 * <p>An ICE deportation officer is a {@link #LINE_AGENT}; so is a police department's patrol
 * officer. An ICE field office director is a {@link #FIELD_OFFICE_MANAGER}; so is a precinct
 * commander. The acting ICE director is a {@link #SENIOR_OFFICIAL}; so is a police chief.
 *
 * <pre>{@code
 * framework.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).verdict();
 * }</pre>
 */
public enum Role {
  /** An officer who makes arrests and stops: an ICE officer, a patrol officer. */
  LINE_AGENT("an officer who makes arrests and stops (an ICE officer, a patrol officer)"),
  /**
   * A manager of a local unit who answers for its numbers: an ICE field office director, a
   * precinct commander.
   */
  FIELD_OFFICE_MANAGER(
      "a manager of a local unit who answers for its numbers (an ICE field office director, a"
          + " precinct commander)"),
  /**
   * A leader of the agency or of one of its directorates: the ICE director, the head of
   * Enforcement and Removal Operations, a police chief.
   */
  SENIOR_OFFICIAL(
      "a leader of the agency or one of its directorates (the ICE director, a police chief)"),
  /**
   * A judge or hearing officer who decides cases the agency brings, such as an immigration judge
   * employed by the Justice Department.
   */
  ADJUDICATOR(
      "a judge or hearing officer who decides the cases the agency brings (an immigration judge)");

  private final String description;

  Role(String description) {
    this.description = description;
  }

  /**
   * What the role covers, with examples.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The role in lower-case words, for sentences: {@code field office manager}.
   *
   * @return the readable name
   */
  public String readableName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}

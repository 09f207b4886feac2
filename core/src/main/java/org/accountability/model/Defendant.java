package org.accountability.model;

/**
 * Who answers in a legal route or proceeding: the individual, the employing agency, or the
 * government as a whole.
 *
 * <pre>{@code
 * route.defendants().contains(Defendant.INDIVIDUAL);
 * }</pre>
 */
public enum Defendant {
  /** The person in a given role, personally. */
  INDIVIDUAL,
  /** The employing agency as an institution, including its leadership acting for it. */
  AGENCY,
  /** The United States (or, for another agency, the government that employs it). */
  UNITED_STATES
}

package org.accountability.framework;

/**
 * The status of one liability for individuals in a role, for a conduct. Set by rules over the
 * framework's data (routes and their preconditions, personnel actions, proceedings), in this order
 * of precedence. A status other than {@link #DOCUMENTED} says what the law provides, never that
 * anyone was or will be held to account.
 *
 * <pre>{@code
 * ice.assess(Role.SENIOR_OFFICIAL, Conduct.MISSED_QUOTA)
 *     .pathway(LiabilityType.ADMINISTRATIVE).status();   // DOCUMENTED
 * ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA)
 *     .pathway(LiabilityType.ADMINISTRATIVE).status();   // CONDITIONAL
 * }</pre>
 */
public enum PathwayStatus {
  /**
   * A decided consequence or a proceeding of this liability against individuals in the role for the
   * conduct is reported; each keeps its own status (carried out, announced, reported but not
   * confirmed).
   */
  DOCUMENTED(
      "a consequence or proceeding against individuals in the role is reported, with its own"
          + " status (carried out, announced, or reported but not confirmed)"),
  /**
   * An open route reaches them and the sources establish every precondition it has, but no use of
   * it against them for the conduct is documented.
   */
  IN_LAW("a route exists in law; no use of it is documented"),
  /**
   * An open route would reach them only if a precondition holds that the sources do not establish.
   */
  CONDITIONAL("a route would apply only if a condition the sources do not establish holds"),
  /** The only routes that reach them are restricted in law. */
  RESTRICTED("the only routes are restricted in law"),
  /** No route in the framework reaches them and nothing is documented. */
  NONE("no route in the framework reaches them");

  private final String meaning;

  PathwayStatus(String meaning) {
    this.meaning = meaning;
  }

  /**
   * What the status means, in a phrase a reader can quote.
   *
   * @return the meaning
   */
  public String meaning() {
    return meaning;
  }
}

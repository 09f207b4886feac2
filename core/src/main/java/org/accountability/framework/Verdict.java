package org.accountability.framework;

/**
 * The short answer of an {@link Assessment}, for individuals in the role. The names say what the
 * data supports and no more: a route in law is not a consequence anyone suffered.
 *
 * <p>A criminal or civil pathway makes the verdict when it is {@link PathwayStatus#DOCUMENTED} or
 * {@link PathwayStatus#IN_LAW}; restricted and conditional ones do not, though the verdict's
 * sentence names them. An administrative or political pathway counts for {@link
 * #ADMINISTRATIVE_OR_POLITICAL_ONLY} when it is documented, in law or conditional.
 *
 * <pre>{@code
 * ice.assess(Role.LINE_AGENT, Conduct.EXCESSIVE_FORCE).verdict();   // CRIMINAL_OR_CIVIL_IN_LAW_ONLY
 * ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).verdict();      // ADMINISTRATIVE_OR_POLITICAL_ONLY
 * }</pre>
 */
public enum Verdict {
  /** A criminal or civil consequence or proceeding against individuals in the role is reported. */
  CRIMINAL_OR_CIVIL_DOCUMENTED(
      "a criminal or civil consequence or proceeding against individuals in the role is reported"),
  /**
   * A criminal or civil route reaches individuals in the role in law, but no use of it against them
   * for the conduct is documented.
   */
  CRIMINAL_OR_CIVIL_IN_LAW_ONLY(
      "a criminal or civil route reaches them in law, but no use of it against them is documented"),
  /** No criminal or civil route counts; the only routes are administrative or political. */
  ADMINISTRATIVE_OR_POLITICAL_ONLY(
      "no criminal or civil route counts; the only routes are administrative or political"),
  /** No route of any liability counts for individuals in the role. */
  NO_ROUTE("no route of any liability counts for them");

  private final String meaning;

  Verdict(String meaning) {
    this.meaning = meaning;
  }

  /**
   * What the verdict means, in a phrase a reader can quote.
   *
   * @return the meaning
   */
  public String meaning() {
    return meaning;
  }
}

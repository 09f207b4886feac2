package org.accountability.framework;

/**
 * The status of one liability for the individual in a role, for a conduct. Set by rules over the
 * framework's data (routes, personnel actions, proceedings), in this order of precedence.
 *
 * <pre>{@code
 * ice.assess(Role.SENIOR_OFFICIAL, Conduct.MISSED_QUOTA)
 *     .pathway(LiabilityType.ADMINISTRATIVE).status();   // DOCUMENTED
 * }</pre>
 */
public enum PathwayStatus {
  /**
   * A sanction (announced or carried out) or a proceeding against individuals in the role for the
   * conduct is reported.
   */
  DOCUMENTED,
  /** An open route against the individual exists; no instance is documented. */
  AVAILABLE,
  /** The only routes against the individual are restricted in law. */
  RESTRICTED,
  /** No route against the individual exists in the framework and nothing is documented. */
  NOT_AVAILABLE;

  /**
   * Whether the individual can in practice be reached: documented or available.
   *
   * @return true for {@link #DOCUMENTED} and {@link #AVAILABLE}
   */
  public boolean isOpen() {
    return this == DOCUMENTED || this == AVAILABLE;
  }
}

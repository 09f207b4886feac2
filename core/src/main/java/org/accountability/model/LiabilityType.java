package org.accountability.model;

/**
 * The kinds of liability a person or institution can face.
 *
 * <pre>{@code
 * LiabilityType.CRIMINAL.description();   // "prosecution and punishment by the state ..."
 * LiabilityType.CIVIL.isJudicial();       // true
 * }</pre>
 */
public enum LiabilityType {
  /** Prosecution and punishment by the state for a crime, decided by a criminal court. */
  CRIMINAL("prosecution and punishment by the state for a crime, decided by a criminal court"),
  /** A lawsuit for damages or an injunction, decided by a civil court. */
  CIVIL("a lawsuit for damages or for an injunction, decided by a civil court"),
  /** Employment consequences imposed by the employer: removal, demotion, reassignment. */
  ADMINISTRATIVE(
      "employment consequences imposed by the employer: removal, suspension, demotion,"
          + " reassignment"),
  /** Scrutiny and pressure by elected officials, the public and the press. */
  POLITICAL(
      "scrutiny and pressure by legislators, state and local governments, the public and the"
          + " press");

  private final String description;

  LiabilityType(String description) {
    this.description = description;
  }

  /**
   * What this liability means, in a phrase.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Whether courts impose this liability (criminal or civil), as opposed to an employer or
   * politics.
   *
   * @return true for {@link #CRIMINAL} and {@link #CIVIL}
   */
  public boolean isJudicial() {
    return this == CRIMINAL || this == CIVIL;
  }
}

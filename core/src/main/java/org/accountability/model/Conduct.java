package org.accountability.model;

/**
 * What a person in a {@link Role} did or failed to do, that may lead to liability. Whether a conduct
 * is unlawful is not a property of the conduct but of the framework's jurisdiction: see {@code
 * AccountabilityFramework.isUnlawful(Conduct)}.
 *
 * <pre>{@code
 * Conduct.MISSED_QUOTA.readableName();     // "missed quota"
 * ice.isUnlawful(Conduct.EXCESSIVE_FORCE); // true in the ICE case study
 * }</pre>
 */
public enum Conduct {
  /** Falling short of a numerical target (arrests, removals, tickets) set by the agency. */
  MISSED_QUOTA("falling short of a numerical target set by the agency"),
  /** Stopping or arresting people because of race, ethnicity, accent or similar traits. */
  RACIAL_PROFILING(
      "stopping or arresting people because of race, ethnicity, accent or similar traits"),
  /** A stop, arrest or detention without the legal grounds it needs. */
  UNLAWFUL_SEIZURE("a stop, arrest or detention without the legal grounds it needs"),
  /** Force beyond what the situation allows in law. */
  EXCESSIVE_FORCE("force beyond what the situation allows in law");

  private final String description;

  Conduct(String description) {
    this.description = description;
  }

  /**
   * What the conduct covers.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The conduct in lower-case words, for sentences: {@code missed quota}.
   *
   * @return the readable name
   */
  public String readableName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}

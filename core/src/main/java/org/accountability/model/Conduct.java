package org.accountability.model;

/**
 * What a person in a {@link Role} did or failed to do, that may lead to liability.
 *
 * <pre>{@code
 * Conduct.MISSED_QUOTA.isUnlawful();       // false: a shortfall, not an offence
 * Conduct.EXCESSIVE_FORCE.isUnlawful();    // true
 * }</pre>
 */
public enum Conduct {
  /** Falling short of a numerical target (arrests, removals, tickets) set by the agency. */
  MISSED_QUOTA("falling short of a numerical target set by the agency", false),
  /** Stopping or arresting people because of race, ethnicity, accent or similar traits. */
  RACIAL_PROFILING(
      "stopping or arresting people because of race, ethnicity, accent or similar traits", true),
  /** A stop, arrest or detention without the legal grounds it needs. */
  UNLAWFUL_SEIZURE("a stop, arrest or detention without the legal grounds it needs", true),
  /** Force beyond what the situation allows in law. */
  EXCESSIVE_FORCE("force beyond what the situation allows in law", true);

  private final String description;
  private final boolean unlawful;

  Conduct(String description, boolean unlawful) {
    this.description = description;
    this.unlawful = unlawful;
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
   * Whether the conduct breaks a law (as opposed to an internal expectation).
   *
   * @return true for unlawful conduct
   */
  public boolean isUnlawful() {
    return unlawful;
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

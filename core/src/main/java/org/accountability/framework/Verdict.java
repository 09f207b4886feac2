package org.accountability.framework;

/**
 * The short answer of an {@link Assessment}.
 *
 * <pre>{@code
 * ice.assess(Role.LINE_AGENT, Conduct.EXCESSIVE_FORCE).verdict();   // ACCOUNTABLE
 * }</pre>
 */
public enum Verdict {
  /** A criminal or civil route against the individual is documented or available. */
  ACCOUNTABLE,
  /** Only administrative or political routes against the individual are documented or available. */
  LIMITED,
  /** No route against the individual is documented or available. */
  NOT_ACCOUNTABLE
}

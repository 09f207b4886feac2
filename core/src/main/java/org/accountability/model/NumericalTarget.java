package org.accountability.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A number a directive asks for: a value or a range of a metric over a scope, such as 75 arrests
 * per day per field office, or 1,200 to 1,500 arrests per day agency-wide.
 *
 * <p>Targets are compared only with {@link Observation}s of the same metric and scope; a range is
 * compared through its lower bound, the least the directive asks for.
 *
 * <pre>{@code
 * NumericalTarget perOffice = NumericalTarget.of("arrests per day", "per field office", 75);
 * NumericalTarget agency = NumericalTarget.range("arrests per day", "agency-wide", 1200, 1500);
 * agency.lowerBound();   // 1200.0
 * }</pre>
 *
 * @param metric what is counted, with its period, such as {@code arrests per day}
 * @param scope over what it is counted, such as {@code agency-wide} or {@code per field office}
 * @param low the value, or the lower bound of a range; not negative
 * @param high the upper bound of a range, when the target is a range; not below {@code low}
 */
public record NumericalTarget(String metric, String scope, double low, Optional<Double> high) {
  /**
   * Validates the components.
   *
   * @throws ValidationException listing every problem
   */
  public NumericalTarget {
    EntityChecks checks = new EntityChecks("NumericalTarget", null);
    checks.text("metric", metric);
    checks.text("scope", scope);
    checks.required("high", high);
    if (!(Double.isFinite(low) && low >= 0)) {
      checks.add(Problem.Code.OUT_OF_RANGE, "low", "must be a finite number >= 0, was " + low);
    }
    if (high != null && high.isPresent()) {
      double h = high.get();
      if (!(Double.isFinite(h) && h >= low)) {
        checks.add(
            Problem.Code.OUT_OF_RANGE,
            "high",
            "must be a finite number >= low (" + low + "), was " + h);
      }
    }
    checks.throwIfAny();
  }

  /**
   * A single-value target.
   *
   * @param metric what is counted
   * @param scope over what
   * @param value the value
   * @return the target
   */
  public static NumericalTarget of(String metric, String scope, double value) {
    requireNonNull(metric, "metric");
    requireNonNull(scope, "scope");
    return new NumericalTarget(metric, scope, value, Optional.empty());
  }

  /**
   * A range target.
   *
   * @param metric what is counted
   * @param scope over what
   * @param low the lower bound
   * @param high the upper bound
   * @return the target
   */
  public static NumericalTarget range(String metric, String scope, double low, double high) {
    requireNonNull(metric, "metric");
    requireNonNull(scope, "scope");
    return new NumericalTarget(metric, scope, low, Optional.of(high));
  }

  /**
   * The least the target asks for: the value, or the lower bound of a range.
   *
   * @return the lower bound
   */
  public double lowerBound() {
    return low;
  }

  /**
   * Whether an observation counts the same thing over the same scope.
   *
   * @param observation the observation
   * @return true if metric and scope are equal
   */
  public boolean isComparableWith(Observation observation) {
    requireNonNull(observation, "observation");
    return metric.equals(observation.metric()) && scope.equals(observation.scope());
  }

  /**
   * For example {@code 1,200-1,500 arrests per day, agency-wide}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    String value = Numbers.format(low) + high.map(h -> "-" + Numbers.format(h)).orElse("");
    return value + " " + metric + ", " + scope;
  }
}

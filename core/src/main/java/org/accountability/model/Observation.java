package org.accountability.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measured value: a metric over a scope in a period, with how exact it is, such as arrests
 * averaging 990 a day agency-wide in July 2025.
 *
 * <p>An observation is held against the {@link NumericalTarget}s of the same metric and scope; one
 * with nothing to compare against (73,000 people in detention) is context, not a shortfall.
 *
 * <pre>{@code
 * Observation july = Observation.builder()
 *     .id("arrests-2025-07")
 *     .metric("arrests per day")
 *     .scope("agency-wide")
 *     .value(990)
 *     .qualifier(Observation.Qualifier.AVERAGE)
 *     .period(PartialDate.parse("2025-07"))
 *     .addCitations("inquisitr-2025-08-05")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract sealed class Observation implements Fact permits ImmutableObservation {
  /** How the value relates to the true figure. */
  public enum Qualifier {
    /** The value is exact. */
    EXACT,
    /** The value is an average over the period. */
    AVERAGE,
    /** The value is approximate ("about 73,000"). */
    ABOUT,
    /** The true figure is below the value ("under 600"): the value is an upper bound. */
    UNDER,
    /** The true figure is above the value ("over 300"): the value is a lower bound. */
    OVER;

    /**
     * The qualifier in words for sentences: {@code about}, {@code under}, {@code an average of}.
     *
     * @return the words, empty for {@link #EXACT}
     */
    public String words() {
      return switch (this) {
        case AVERAGE -> "an average of";
        case ABOUT -> "about";
        case UNDER -> "under";
        case OVER -> "over";
        default -> "";
      };
    }
  }

  Observation() {}

  @Override
  public final EntityKind entityKind() {
    return EntityKind.OBSERVATION;
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Observation} values: set the attributes, then call {@code build()}. {@code
   * from(..)} starts from an existing value, to build a changed copy.
   *
   * <p>{@code build()} checks the whole value and reports every problem at once in one {@link
   * ValidationException}: a required attribute left unset (or set to {@code null}), a blank text,
   * an invalid id. A setter of an optional attribute refuses {@code null} at once with a {@code
   * ValidationException}; to clear an optional attribute, pass {@code Optional.empty()}. A builder
   * is not thread-safe: use it in one thread, for one value.
   *
   * <p>See {@link Observation} for an example.
   */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }

  /**
   * What is counted, with its period, such as {@code arrests per day}.
   *
   * @return the metric
   */
  public abstract String metric();

  /**
   * Over what it is counted, such as {@code agency-wide}.
   *
   * @return the scope
   */
  public abstract String scope();

  /**
   * The value; not negative. Required: a builder that is not given one reports it missing (the NaN
   * default only marks it unset, since zero is a real value).
   *
   * @return the value
   */
  @Value.Default
  public double value() {
    return Double.NaN;
  }

  /**
   * How the value relates to the true figure.
   *
   * @return the qualifier
   */
  public abstract Qualifier qualifier();

  /**
   * The period measured, to the precision known.
   *
   * @return the period
   */
  public abstract PartialDate period();

  /**
   * The period as the source words it when it is finer than a calendar unit, such as {@code early
   * February 2025}.
   *
   * @return the wording of the period
   */
  public abstract Optional<String> periodLabel();

  @Override
  public abstract List<String> citations();

  /**
   * The period for people: its label, or else the readable date.
   *
   * @return the readable period
   */
  public String readablePeriod() {
    return periodLabel().orElseGet(() -> period().toReadableString());
  }

  /**
   * The value with its qualifier, such as {@code under 600}.
   *
   * @return the readable value
   */
  public String readableValue() {
    String words = qualifier().words();
    return (words.isEmpty() ? "" : words + " ") + Numbers.format(value());
  }

  @Override
  public String label() {
    return metric() + ", " + scope() + ": " + readableValue() + " (" + readablePeriod() + ")";
  }

  @Value.Check
  void check() {
    EntityChecks checks = new EntityChecks("Observation", id());
    checks.id(id());
    checks.text("metric", metric());
    checks.text("scope", scope());
    double value = value();
    if (Double.isNaN(value)) {
      checks.add(Problem.Code.MISSING, "value", "is required but missing (NaN is not a value)");
    } else if (!(Double.isFinite(value) && value >= 0)) {
      checks.add(Problem.Code.OUT_OF_RANGE, "value", "must be a finite number >= 0, was " + value);
    }
    checks.required("qualifier", qualifier());
    checks.required("period", period());
    checks.optionalText("periodLabel", periodLabel());
    checks.references("citations", citations());
    checks.throwIfAny();
  }
}

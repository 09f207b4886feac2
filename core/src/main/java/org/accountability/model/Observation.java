package org.accountability.model;

import static org.accountability.model.EntityChecks.checked;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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
   * Builds {@code Observation} values: set the attributes, then call {@link #build()}. {@code
   * from(..)} starts from an existing value, to build a changed copy.
   *
   * <p>{@code build()} checks the whole value and reports every problem at once in one {@link
   * ValidationException}: a required attribute left unset (or set to {@code null}), a {@code null}
   * element, a blank text, an invalid id. A setter of an optional attribute refuses {@code null} at
   * once with a {@code ValidationException} naming the attribute, and so does every method given a
   * {@code null} {@code Optional}, {@code Iterable} or array; to clear an optional attribute, pass
   * {@code Optional.empty()}. A builder is not thread-safe: use it in one thread, for one value.
   *
   * <p>A changed copy of {@code july} from the {@link Observation} example:
   *
   * <pre>{@code
   * Observation approximate = Observation.builder()
   *     .from(july)
   *     .qualifier(Observation.Qualifier.ABOUT)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    // Immutables' builder does the work; it stays package-private, and its final methods cannot
    // check their arguments, so this class is the documented API in front of it.
    private final ImmutableObservation.Builder generated = new ImmutableObservation.Builder();

    Builder() {}

    /**
     * Sets every attribute of {@code instance} on this builder, to build a changed copy of it.
     * Elements of list attributes are added to those already set; an optional attribute that is
     * empty in {@code instance} leaves this builder's value as it is.
     *
     * @param instance the value to copy from
     * @return this builder
     * @throws ValidationException if {@code instance} is {@code null}
     */
    public Builder from(Observation instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the attribute every {@link Entity} has, its {@link Entity#id() id}, from {@code
     * instance}, an entity of any type.
     *
     * @param instance the value to copy from
     * @return this builder
     * @throws ValidationException if {@code instance} is {@code null}
     */
    public Builder from(Entity instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the attributes every {@link Fact} has, its {@link Fact#id() id} and {@link
     * Fact#knownSince() knownSince}, from {@code instance}, a fact of any type, and adds its {@link
     * Fact#citations() citations}.
     *
     * @param instance the value to copy from
     * @return this builder
     * @throws ValidationException if {@code instance} is {@code null}
     */
    public Builder from(Fact instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the {@link Observation#id() id}, a required attribute: {@link #build()} reports it if it
     * is left unset or set to {@code null}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      generated.id(id);
      return this;
    }

    /**
     * Sets the optional {@link Observation#knownSince() knownSince}. To clear it, pass {@code
     * Optional.empty()} to {@link #knownSince(Optional)}.
     *
     * @param knownSince the value
     * @return this builder
     * @throws ValidationException if {@code knownSince} is {@code null}
     */
    public Builder knownSince(PartialDate knownSince) {
      generated.knownSince(knownSince);
      return this;
    }

    /**
     * Sets the optional {@link Observation#knownSince() knownSince}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param knownSince the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code knownSince} is {@code null} (not empty)
     */
    public Builder knownSince(Optional<? extends PartialDate> knownSince) {
      generated.knownSince(checked(knownSince, "knownSince"));
      return this;
    }

    /**
     * Sets the {@link Observation#metric() metric}, a required attribute: {@link #build()} reports
     * it if it is left unset or set to {@code null}.
     *
     * @param metric the value
     * @return this builder
     */
    public Builder metric(@Nullable String metric) {
      generated.metric(metric);
      return this;
    }

    /**
     * Sets the {@link Observation#scope() scope}, a required attribute: {@link #build()} reports it
     * if it is left unset or set to {@code null}.
     *
     * @param scope the value
     * @return this builder
     */
    public Builder scope(@Nullable String scope) {
      generated.scope(scope);
      return this;
    }

    /**
     * Sets the {@link Observation#value() value}, a required attribute: {@link #build()} reports it
     * if it is left unset.
     *
     * @param value the value
     * @return this builder
     */
    public Builder value(double value) {
      generated.value(value);
      return this;
    }

    /**
     * Sets the {@link Observation#qualifier() qualifier}, a required attribute: {@link #build()}
     * reports it if it is left unset or set to {@code null}.
     *
     * @param qualifier the value
     * @return this builder
     */
    public Builder qualifier(@Nullable Qualifier qualifier) {
      generated.qualifier(qualifier);
      return this;
    }

    /**
     * Sets the {@link Observation#period() period}, a required attribute: {@link #build()} reports
     * it if it is left unset or set to {@code null}.
     *
     * @param period the value
     * @return this builder
     */
    public Builder period(@Nullable PartialDate period) {
      generated.period(period);
      return this;
    }

    /**
     * Sets the optional {@link Observation#periodLabel() periodLabel}. To clear it, pass {@code
     * Optional.empty()} to {@link #periodLabel(Optional)}.
     *
     * @param periodLabel the value
     * @return this builder
     * @throws ValidationException if {@code periodLabel} is {@code null}
     */
    public Builder periodLabel(String periodLabel) {
      generated.periodLabel(periodLabel);
      return this;
    }

    /**
     * Sets the optional {@link Observation#periodLabel() periodLabel}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param periodLabel the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code periodLabel} is {@code null} (not empty)
     */
    public Builder periodLabel(Optional<String> periodLabel) {
      generated.periodLabel(checked(periodLabel, "periodLabel"));
      return this;
    }

    /**
     * Adds one element to {@link Observation#citations() citations}. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addCitations(@Nullable String element) {
      generated.addCitations(element);
      return this;
    }

    /**
     * Adds elements to {@link Observation#citations() citations}, in order. A {@code null} element
     * is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addCitations(@Nullable String... elements) {
      generated.addCitations(checked(elements, "citations"));
      return this;
    }

    /**
     * Replaces the elements of {@link Observation#citations() citations} with those of {@code
     * elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder citations(Iterable<@Nullable String> elements) {
      generated.citations(checked(elements, "citations"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link Observation#citations() citations}, in
     * order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllCitations(Iterable<@Nullable String> elements) {
      generated.addAllCitations(checked(elements, "citations"));
      return this;
    }

    /**
     * Builds the {@code Observation}, checking the whole value.
     *
     * @return the value
     * @throws ValidationException listing every problem of the value: a required attribute unset or
     *     {@code null}, a {@code null} element, a blank text, an invalid value
     */
    public Observation build() {
      return generated.build();
    }
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

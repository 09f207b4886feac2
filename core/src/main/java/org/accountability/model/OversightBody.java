package org.accountability.model;

import static org.accountability.model.EntityChecks.checked;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A body that can constrain an agency or its people: a court, members or committees of Congress, a
 * state or local government, the Justice Department, an inspector general, a civil-society group,
 * the press. Its levers, and what it did with them.
 *
 * <pre>{@code
 * OversightBody court = OversightBody.builder()
 *     .id("ninth-circuit")
 *     .name("U.S. Court of Appeals for the Ninth Circuit")
 *     .kind(OversightBody.Kind.COURT)
 *     .addLevers(Lever.INJUNCTION)
 *     .addActions(upheldOrder)
 *     .addCitations("ninth-cir-2025-08-01")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract sealed class OversightBody implements Fact permits ImmutableOversightBody {
  /** What kind of body it is. */
  public enum Kind {
    /** A court. */
    COURT,
    /** A committee of a legislature or some of its members. */
    LEGISLATURE,
    /** A state, county or city government. */
    STATE_OR_LOCAL_GOVERNMENT,
    /** The Justice Department (or another prosecuting authority). */
    JUSTICE_DEPARTMENT,
    /** An inspector general or internal watchdog. */
    INSPECTOR_GENERAL,
    /** An advocacy, legal-aid or civil-liberties group. */
    CIVIL_SOCIETY,
    /** The press. */
    PRESS,
    /** A labor union of the agency's employees. */
    UNION,
    /** An arbitrator deciding a grievance. */
    ARBITRATOR,
    /** A monitor appointed by a court to oversee compliance with its order. */
    COURT_MONITOR,
    /** The agency's own leadership or internal investigators. */
    AGENCY
  }

  OversightBody() {}

  @Override
  public final EntityKind entityKind() {
    return EntityKind.OVERSIGHT_BODY;
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
   * Builds {@code OversightBody} values: set the attributes, then call {@link #build()}. {@code
   * from(..)} starts from an existing value, to build a changed copy.
   *
   * <p>{@code build()} checks the whole value and reports every problem at once in one {@link
   * ValidationException}: a required attribute left unset (or set to {@code null}), a {@code null}
   * element, a blank text, an invalid id. A setter of an optional attribute refuses {@code null} at
   * once with a {@code ValidationException} naming the attribute, and so does every method given a
   * {@code null} {@code Optional}, {@code Iterable} or array; to clear an optional attribute, pass
   * {@code Optional.empty()}. A builder is not thread-safe: use it in one thread, for one value.
   *
   * <p>A changed copy of {@code court} from the {@link OversightBody} example:
   *
   * <pre>{@code
   * OversightBody litigating = OversightBody.builder()
   *     .from(court)
   *     .levers(List.of(Lever.INJUNCTION, Lever.LITIGATION))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    // Immutables' builder does the work; it stays package-private, and its final methods cannot
    // check their arguments, so this class is the documented API in front of it.
    private final ImmutableOversightBody.Builder generated = new ImmutableOversightBody.Builder();

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
    public Builder from(OversightBody instance) {
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
     * Sets the {@link OversightBody#id() id}, a required attribute: {@link #build()} reports it if
     * it is left unset or set to {@code null}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      generated.id(id);
      return this;
    }

    /**
     * Sets the optional {@link OversightBody#knownSince() knownSince}. To clear it, pass {@code
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
     * Sets the optional {@link OversightBody#knownSince() knownSince}, or clears it with {@code
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
     * Sets the {@link OversightBody#name() name}, a required attribute: {@link #build()} reports it
     * if it is left unset or set to {@code null}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      generated.name(name);
      return this;
    }

    /**
     * Sets the {@link OversightBody#kind() kind}, a required attribute: {@link #build()} reports it
     * if it is left unset or set to {@code null}.
     *
     * @param kind the value
     * @return this builder
     */
    public Builder kind(@Nullable Kind kind) {
      generated.kind(kind);
      return this;
    }

    /**
     * Adds one element to {@link OversightBody#levers() levers}. A {@code null} element is reported
     * by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addLevers(@Nullable Lever element) {
      generated.addLevers(element);
      return this;
    }

    /**
     * Adds elements to {@link OversightBody#levers() levers}, in order. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addLevers(@Nullable Lever... elements) {
      generated.addLevers(checked(elements, "levers"));
      return this;
    }

    /**
     * Replaces the elements of {@link OversightBody#levers() levers} with those of {@code
     * elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder levers(Iterable<? extends @Nullable Lever> elements) {
      generated.levers(checked(elements, "levers"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link OversightBody#levers() levers}, in order. A
     * {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllLevers(Iterable<? extends @Nullable Lever> elements) {
      generated.addAllLevers(checked(elements, "levers"));
      return this;
    }

    /**
     * Adds one element to {@link OversightBody#actions() actions}. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addActions(@Nullable OversightAction element) {
      generated.addActions(element);
      return this;
    }

    /**
     * Adds elements to {@link OversightBody#actions() actions}, in order. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addActions(@Nullable OversightAction... elements) {
      generated.addActions(checked(elements, "actions"));
      return this;
    }

    /**
     * Replaces the elements of {@link OversightBody#actions() actions} with those of {@code
     * elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder actions(Iterable<? extends @Nullable OversightAction> elements) {
      generated.actions(checked(elements, "actions"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link OversightBody#actions() actions}, in order.
     * A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllActions(Iterable<? extends @Nullable OversightAction> elements) {
      generated.addAllActions(checked(elements, "actions"));
      return this;
    }

    /**
     * Adds one element to {@link OversightBody#citations() citations}. A {@code null} element is
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
     * Adds elements to {@link OversightBody#citations() citations}, in order. A {@code null}
     * element is reported by {@link #build()}.
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
     * Replaces the elements of {@link OversightBody#citations() citations} with those of {@code
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
     * Adds every element of {@code elements} to {@link OversightBody#citations() citations}, in
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
     * Builds the {@code OversightBody}, checking the whole value.
     *
     * @return the value
     * @throws ValidationException listing every problem of the value: a required attribute unset or
     *     {@code null}, a {@code null} element, a blank text, an invalid value
     */
    public OversightBody build() {
      return generated.build();
    }
  }

  /**
   * Its name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What kind of body it is.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The levers it has.
   *
   * @return at least one lever
   */
  public abstract List<Lever> levers();

  /**
   * What it did, in the order given.
   *
   * @return the actions
   */
  public abstract List<OversightAction> actions();

  @Override
  public abstract List<String> citations();

  @Override
  public String label() {
    return name();
  }

  @Value.Check
  void check() {
    EntityChecks checks = new EntityChecks("OversightBody", id());
    checks.id(id());
    checks.text("name", name());
    checks.required("kind", kind());
    checks.check(
        !levers().isEmpty(), Problem.Code.MISSING, "levers", "must name at least one lever");
    checks.references("citations", citations());
    checks.distinct("levers", levers());
    for (int i = 0; i < actions().size(); i++) {
      OversightAction action = actions().get(i);
      if (action == null) {
        checks.add(Problem.Code.MISSING, EntityChecks.path("actions", i), "must not be null");
        continue;
      }
      if (!levers().contains(action.lever())) {
        checks.add(
            Problem.Code.INCONSISTENT,
            EntityChecks.path("actions", i, "lever"),
            "action "
                + Problem.quote(action.id())
                + " uses "
                + action.lever()
                + ", which is not among the"
                + " body's levers "
                + levers());
      }
    }
    checks.throwIfAny();
  }
}

package org.accountability.model;

import static java.util.Objects.requireNonNull;
import static org.accountability.model.EntityChecks.checked;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An instruction from the top of an agency: a numerical target, a policy memo or operational
 * guidance, with who issued it, to whom, when it took effect and what accountability it announces.
 *
 * <p>A later directive can raise or replace an earlier one ({@link #supersedes()}); the earlier one
 * then stops being in force when the later one takes effect. Whether a directive exists at all can
 * be contested: {@link #denials()} keeps each official denial, with its source, beside it.
 *
 * <pre>{@code
 * Directive target = Directive.builder()
 *     .id("may-2025-agency-target")
 *     .kind(Directive.Kind.NUMERICAL_TARGET)
 *     .summary("At least 3,000 arrests a day")
 *     .issuer(Actor.named("White House deputy chief of staff", "Stephen Miller"))
 *     .addressee(Actor.of("ICE leadership").withRole(Role.SENIOR_OFFICIAL))
 *     .effective(PartialDate.parse("2025-05-21"))
 *     .target(NumericalTarget.of("arrests per day", "agency-wide", 3000))
 *     .supersedes(Directive.Supersession.raises("jan-2025-agency-target"))
 *     .addCitations("axios-2025-05-28", "tnr-2025-05-29")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract sealed class Directive implements Fact permits ImmutableDirective {
  /** What form a directive takes. */
  public enum Kind {
    /** A number to reach: arrests, removals, tickets per period. */
    NUMERICAL_TARGET,
    /** A written policy memo changing rules or practice. */
    POLICY_MEMO,
    /** Operational guidance or a plan that is not a formal memo. */
    OPERATIONAL_GUIDANCE,
    /**
     * A number to reach that the sources report without stating it: the model holds its absence,
     * not a guess.
     */
    UNSTATED_TARGET
  }

  /**
   * How a directive raises or replaces an earlier one.
   *
   * @param directive the id of the earlier directive
   * @param raises true if the later directive raises the earlier one's target; false if it replaces
   *     the earlier directive outright
   */
  public record Supersession(String directive, boolean raises) {
    /**
     * Validates the components.
     *
     * @throws ValidationException if the id is missing or invalid
     */
    public Supersession {
      EntityChecks checks = new EntityChecks("Directive.Supersession", null);
      checks.reference("directive", directive);
      checks.throwIfAny();
    }

    /**
     * The later directive raises the earlier one's target.
     *
     * @param directive the earlier directive's id
     * @return the supersession
     */
    public static Supersession raises(String directive) {
      requireNonNull(directive, "directive");
      return new Supersession(directive, true);
    }

    /**
     * The later directive replaces the earlier one.
     *
     * @param directive the earlier directive's id
     * @return the supersession
     */
    public static Supersession replaces(String directive) {
      requireNonNull(directive, "directive");
      return new Supersession(directive, false);
    }
  }

  /**
   * An official denial that the directive exists, with the source that reports it.
   *
   * @param statement what was denied, and by whom, as a sentence
   * @param citation the id of the citation reporting the denial
   */
  public record Denial(String statement, String citation) {
    /**
     * Validates the components.
     *
     * @throws ValidationException listing every problem
     */
    public Denial {
      EntityChecks checks = new EntityChecks("Directive.Denial", null);
      checks.text("statement", statement);
      checks.reference("citation", citation);
      checks.throwIfAny();
    }

    // Equality written out, as the record would have it: the generated methods link method
    // handles on first use, which a new JVM's first answer (that groups denials) would wait for.

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Denial d
          && statement.equals(d.statement)
          && citation.equals(d.citation);
    }

    @Override
    public int hashCode() {
      return 31 * statement.hashCode() + citation.hashCode();
    }
  }

  Directive() {}

  @Override
  public final EntityKind entityKind() {
    return EntityKind.DIRECTIVE;
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
   * Builds {@code Directive} values: set the attributes, then call {@link #build()}. {@code
   * from(..)} starts from an existing value, to build a changed copy.
   *
   * <p>{@code build()} checks the whole value and reports every problem at once in one {@link
   * ValidationException}: a required attribute left unset (or set to {@code null}), a {@code null}
   * element, a blank text, an invalid id. A setter of an optional attribute refuses {@code null} at
   * once with a {@code ValidationException} naming the attribute, and so does every method given a
   * {@code null} {@code Optional}, {@code Iterable} or array; to clear an optional attribute, pass
   * {@code Optional.empty()}. A builder is not thread-safe: use it in one thread, for one value.
   *
   * <p>A changed copy of {@code target} from the {@link Directive} example:
   *
   * <pre>{@code
   * Directive ended = Directive.builder()
   *     .from(target)
   *     .ended(PartialDate.parse("2025-12"))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    // Immutables' builder does the work; it stays package-private, and its final methods cannot
    // check their arguments, so this class is the documented API in front of it.
    private final ImmutableDirective.Builder generated = new ImmutableDirective.Builder();

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
    public Builder from(Directive instance) {
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
     * Sets the {@link Directive#id() id}, a required attribute: {@link #build()} reports it if it
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
     * Sets the optional {@link Directive#knownSince() knownSince}. To clear it, pass {@code
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
     * Sets the optional {@link Directive#knownSince() knownSince}, or clears it with {@code
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
     * Sets the {@link Directive#kind() kind}, a required attribute: {@link #build()} reports it if
     * it is left unset or set to {@code null}.
     *
     * @param kind the value
     * @return this builder
     */
    public Builder kind(@Nullable Kind kind) {
      generated.kind(kind);
      return this;
    }

    /**
     * Sets the {@link Directive#summary() summary}, a required attribute: {@link #build()} reports
     * it if it is left unset or set to {@code null}.
     *
     * @param summary the value
     * @return this builder
     */
    public Builder summary(@Nullable String summary) {
      generated.summary(summary);
      return this;
    }

    /**
     * Sets the {@link Directive#issuer() issuer}, a required attribute: {@link #build()} reports it
     * if it is left unset or set to {@code null}.
     *
     * @param issuer the value
     * @return this builder
     */
    public Builder issuer(@Nullable Actor issuer) {
      generated.issuer(issuer);
      return this;
    }

    /**
     * Sets the {@link Directive#addressee() addressee}, a required attribute: {@link #build()}
     * reports it if it is left unset or set to {@code null}.
     *
     * @param addressee the value
     * @return this builder
     */
    public Builder addressee(@Nullable Actor addressee) {
      generated.addressee(addressee);
      return this;
    }

    /**
     * Sets the optional {@link Directive#effective() effective}. To clear it, pass {@code
     * Optional.empty()} to {@link #effective(Optional)}.
     *
     * @param effective the value
     * @return this builder
     * @throws ValidationException if {@code effective} is {@code null}
     */
    public Builder effective(PartialDate effective) {
      generated.effective(effective);
      return this;
    }

    /**
     * Sets the optional {@link Directive#effective() effective}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param effective the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code effective} is {@code null} (not empty)
     */
    public Builder effective(Optional<? extends PartialDate> effective) {
      generated.effective(checked(effective, "effective"));
      return this;
    }

    /**
     * Sets the optional {@link Directive#ended() ended}. To clear it, pass {@code Optional.empty()}
     * to {@link #ended(Optional)}.
     *
     * @param ended the value
     * @return this builder
     * @throws ValidationException if {@code ended} is {@code null}
     */
    public Builder ended(PartialDate ended) {
      generated.ended(ended);
      return this;
    }

    /**
     * Sets the optional {@link Directive#ended() ended}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param ended the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code ended} is {@code null} (not empty)
     */
    public Builder ended(Optional<? extends PartialDate> ended) {
      generated.ended(checked(ended, "ended"));
      return this;
    }

    /**
     * Sets the optional {@link Directive#supersedes() supersedes}. To clear it, pass {@code
     * Optional.empty()} to {@link #supersedes(Optional)}.
     *
     * @param supersedes the value
     * @return this builder
     * @throws ValidationException if {@code supersedes} is {@code null}
     */
    public Builder supersedes(Supersession supersedes) {
      generated.supersedes(supersedes);
      return this;
    }

    /**
     * Sets the optional {@link Directive#supersedes() supersedes}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param supersedes the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code supersedes} is {@code null} (not empty)
     */
    public Builder supersedes(Optional<? extends Supersession> supersedes) {
      generated.supersedes(checked(supersedes, "supersedes"));
      return this;
    }

    /**
     * Sets the optional {@link Directive#target() target}. To clear it, pass {@code
     * Optional.empty()} to {@link #target(Optional)}.
     *
     * @param target the value
     * @return this builder
     * @throws ValidationException if {@code target} is {@code null}
     */
    public Builder target(NumericalTarget target) {
      generated.target(target);
      return this;
    }

    /**
     * Sets the optional {@link Directive#target() target}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param target the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code target} is {@code null} (not empty)
     */
    public Builder target(Optional<? extends NumericalTarget> target) {
      generated.target(checked(target, "target"));
      return this;
    }

    /**
     * Sets the optional {@link Directive#announcedAccountability() announcedAccountability}. To
     * clear it, pass {@code Optional.empty()} to {@link #announcedAccountability(Optional)}.
     *
     * @param announcedAccountability the value
     * @return this builder
     * @throws ValidationException if {@code announcedAccountability} is {@code null}
     */
    public Builder announcedAccountability(String announcedAccountability) {
      generated.announcedAccountability(announcedAccountability);
      return this;
    }

    /**
     * Sets the optional {@link Directive#announcedAccountability() announcedAccountability}, or
     * clears it with {@code Optional.empty()}.
     *
     * @param announcedAccountability the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code announcedAccountability} is {@code null} (not empty)
     */
    public Builder announcedAccountability(Optional<String> announcedAccountability) {
      generated.announcedAccountability(
          checked(announcedAccountability, "announcedAccountability"));
      return this;
    }

    /**
     * Adds one element to {@link Directive#denials() denials}. A {@code null} element is reported
     * by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addDenials(@Nullable Denial element) {
      generated.addDenials(element);
      return this;
    }

    /**
     * Adds elements to {@link Directive#denials() denials}, in order. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addDenials(@Nullable Denial... elements) {
      generated.addDenials(checked(elements, "denials"));
      return this;
    }

    /**
     * Replaces the elements of {@link Directive#denials() denials} with those of {@code elements},
     * in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder denials(Iterable<? extends @Nullable Denial> elements) {
      generated.denials(checked(elements, "denials"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link Directive#denials() denials}, in order. A
     * {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllDenials(Iterable<? extends @Nullable Denial> elements) {
      generated.addAllDenials(checked(elements, "denials"));
      return this;
    }

    /**
     * Adds one element to {@link Directive#conducts() conducts}. A {@code null} element is reported
     * by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addConducts(@Nullable Conduct element) {
      generated.addConducts(element);
      return this;
    }

    /**
     * Adds elements to {@link Directive#conducts() conducts}, in order. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addConducts(@Nullable Conduct... elements) {
      generated.addConducts(checked(elements, "conducts"));
      return this;
    }

    /**
     * Replaces the elements of {@link Directive#conducts() conducts} with those of {@code
     * elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder conducts(Iterable<? extends @Nullable Conduct> elements) {
      generated.conducts(checked(elements, "conducts"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link Directive#conducts() conducts}, in order. A
     * {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllConducts(Iterable<? extends @Nullable Conduct> elements) {
      generated.addAllConducts(checked(elements, "conducts"));
      return this;
    }

    /**
     * Adds one element to {@link Directive#citations() citations}. A {@code null} element is
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
     * Adds elements to {@link Directive#citations() citations}, in order. A {@code null} element is
     * reported by {@link #build()}.
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
     * Replaces the elements of {@link Directive#citations() citations} with those of {@code
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
     * Adds every element of {@code elements} to {@link Directive#citations() citations}, in order.
     * A {@code null} element is reported by {@link #build()}.
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
     * Builds the {@code Directive}, checking the whole value.
     *
     * @return the value
     * @throws ValidationException listing every problem of the value: a required attribute unset or
     *     {@code null}, a {@code null} element, a blank text, an invalid value
     */
    public Directive build() {
      return generated.build();
    }
  }

  /**
   * The form of the directive.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * What it instructs, in a sentence.
   *
   * @return the summary
   */
  public abstract String summary();

  /**
   * Who issued it.
   *
   * @return the issuer
   */
  public abstract Actor issuer();

  /**
   * To whom it is addressed.
   *
   * @return the addressee
   */
  public abstract Actor addressee();

  /**
   * When it took effect, where known.
   *
   * @return the effective date
   */
  public abstract Optional<PartialDate> effective();

  /**
   * When it ended, where known. A superseded directive also ends when its successor takes effect.
   *
   * @return the end date
   */
  public abstract Optional<PartialDate> ended();

  /**
   * The earlier directive this one raises or replaces, if any.
   *
   * @return the supersession
   */
  public abstract Optional<Supersession> supersedes();

  /**
   * The number it asks for; present exactly when the kind is {@link Kind#NUMERICAL_TARGET}.
   *
   * @return the target
   */
  public abstract Optional<NumericalTarget> target();

  /**
   * The accountability it announces, such as "managers will be held accountable for missing it".
   *
   * @return the announced accountability
   */
  public abstract Optional<String> announcedAccountability();

  /**
   * Official denials that the directive exists; kept beside it, never dropped.
   *
   * @return the denials
   */
  public abstract List<Denial> denials();

  /**
   * The conducts the directive bears on, such as missing its target, so that an answer about one of
   * them shows the directive.
   *
   * @return the conducts
   */
  public abstract List<Conduct> conducts();

  /**
   * The ids of the citations reporting official denials.
   *
   * @return citation ids, without repeats
   */
  public ImmutableList<String> deniedBy() {
    return denials().stream()
        .map(Denial::citation)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public abstract List<String> citations();

  /**
   * Whether an official denial contests the directive's existence.
   *
   * @return true if {@link #denials()} is not empty
   */
  public boolean isContested() {
    return !denials().isEmpty();
  }

  /**
   * Whether the directive was certainly in force on a day by its own dates: it certainly took
   * effect on or before the day and had not certainly ended before it. Supersession by a later
   * directive is a framework matter: see {@code AccountabilityFramework.directives().inForceOn}.
   *
   * @param day the day
   * @return true if certainly in force by its own dates
   */
  public boolean isInForceOn(LocalDate day) {
    requireNonNull(day, "day");
    return effective().map(e -> e.certainlyOnOrBefore(day)).orElse(false)
        && ended().map(e -> !e.certainlyBefore(PartialDate.of(day))).orElse(true);
  }

  @Override
  public String label() {
    return summary();
  }

  @Value.Check
  void check() {
    EntityChecks checks = new EntityChecks("Directive", id());
    checks.id(id());
    checks.required("kind", kind());
    checks.text("summary", summary());
    checks.required("issuer", issuer());
    checks.required("addressee", addressee());
    checks.optionalText("announcedAccountability", announcedAccountability());
    checks.references("citations", citations());
    checks.noNulls("denials", denials());
    checks.distinct("conducts", conducts());
    // Messages are built only for a problem: nearly every directive has none.
    Kind kind = kind();
    if (kind != null) {
      boolean numerical = kind == Kind.NUMERICAL_TARGET;
      if (numerical != target().isPresent()) {
        checks.add(
            numerical ? Problem.Code.MISSING : Problem.Code.INCONSISTENT,
            "target",
            numerical
                ? "is required for a NUMERICAL_TARGET directive"
                : "is only allowed on a NUMERICAL_TARGET directive, not " + kind);
      }
    }
    Optional<PartialDate> effective = effective();
    Optional<PartialDate> ended = ended();
    if (effective.isPresent()
        && ended.isPresent()
        && ended.get().certainlyBefore(effective.get())) {
      checks.add(
          Problem.Code.OUT_OF_ORDER,
          "ended",
          "ends (" + ended.get() + ") before it takes effect (" + effective.get() + ")");
    }
    Optional<Supersession> supersedes = supersedes();
    if (supersedes.isPresent() && supersedes.get().directive().equals(id())) {
      checks.add(Problem.Code.INCONSISTENT, "supersedes", "cannot supersede itself");
    }
    checks.throwIfAny();
  }
}

package org.accountability.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

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
   * Builds {@code Directive} values: set the attributes, then call {@code build()}. {@code
   * from(..)} starts from an existing value, to build a changed copy.
   *
   * <p>{@code build()} checks the whole value and reports every problem at once in one {@link
   * ValidationException}: a required attribute left unset (or set to {@code null}), a blank text,
   * an invalid id. A setter of an optional attribute refuses {@code null} at once with a {@code
   * ValidationException}; to clear an optional attribute, pass {@code Optional.empty()}. A builder
   * is not thread-safe: use it in one thread, for one value.
   *
   * <p>See {@link Directive} for an example.
   */
  public static final class Builder extends ImmutableDirective.Builder {
    Builder() {}
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

package org.accountability.model;

import static java.util.Objects.requireNonNull;
import static org.accountability.model.EntityChecks.checked;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Something an {@link OversightBody} did with one of its levers: an injunction, a probe, a
 * referral, a dashboard; against whom, about what conduct, under which liability, and with what
 * outcome.
 *
 * <p>An action against {@link Defendant#INDIVIDUAL}s in a role documents that liability for that
 * role and conduct; an action against the agency or the United States is an institutional route.
 *
 * <pre>{@code
 * OversightAction probe = OversightAction.builder()
 *     .id("oct-2025-detention-probe")
 *     .lever(Lever.INVESTIGATION)
 *     .summary("Letter to the DHS Secretary demanding records on detentions and use of force")
 *     .date(PartialDate.parse("~2025-10-20"))
 *     .liability(LiabilityType.POLITICAL)
 *     .addDefendants(Defendant.AGENCY)
 *     .addConducts(Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE)
 *     .addOutcomes(OversightAction.OutcomeStep.of(
 *         OversightAction.Outcome.NO_OUTCOME_REPORTED, PartialDate.parse("~2025-10-20"),
 *         "blumenthal-2025-10"))
 *     .addCitations("blumenthal-2025-10")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract sealed class OversightAction implements Fact permits ImmutableOversightAction {
  /** What came of an action. */
  public enum Outcome {
    /** The order, finding or relief sought was granted or upheld. */
    GRANTED,
    /** Granted, then stayed or suspended by a higher authority. */
    STAYED,
    /** Refused. */
    DENIED,
    /** Done (a dashboard published, a referral sent); nothing further to decide. */
    COMPLETED,
    /** Under way. */
    PENDING,
    /** The sources report no outcome. */
    NO_OUTCOME_REPORTED,
    /** Settled by agreement; the sources report no admission either way. */
    SETTLED,
    /** Settled by agreement, the defendant expressly admitting no wrongdoing. */
    SETTLED_WITHOUT_ADMISSION,
    /** Dismissed, in whole; see the step's {@link OutcomeStep#grounds() grounds}. */
    DISMISSED,
    /** Dismissed in part, the rest going on. */
    PARTLY_DISMISSED,
    /** A dismissal reversed on appeal, the case sent back. */
    REINSTATED_ON_APPEAL,
    /** A settlement or plan approved by the court. */
    APPROVED,
    /** A bill signed into law. */
    ENACTED,
    /** A bill vetoed. */
    VETOED;

    /**
     * The outcome in lower-case words, for sentences: {@code no outcome reported}.
     *
     * @return the readable name
     */
    public String readableName() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  /** Why a proceeding was dismissed, in whole or in part. */
  public enum Ground {
    /** The individual defendant's qualified immunity. */
    QUALIFIED_IMMUNITY,
    /** Brought too late. */
    TIME_BAR,
    /** The law gives no private right to sue on it. */
    NO_PRIVATE_RIGHT_OF_ACTION,
    /** A procedure that had to come first, such as a grievance, was not used. */
    NOT_EXHAUSTED,
    /** No causal link between the protected act and the consequence was shown. */
    NO_CAUSAL_LINK,
    /** No personal involvement of the official sued was shown. */
    NO_PERSONAL_INVOLVEMENT,
    /** What was alleged does not meet the law's definition, such as of a quota. */
    OUTSIDE_DEFINITION;

    /**
     * The ground in lower-case words, for sentences: {@code qualified immunity}.
     *
     * @return the readable name
     */
    public String readableName() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * One step in what came of an action: an order granted on one day and stayed on another are two
   * steps, each dated and cited, so that an answer as of a day shows the outcome as it stood then.
   *
   * @param outcome what the step brought
   * @param date when, where known
   * @param detail the step in a sentence, such as who stayed an order
   * @param grounds why a dismissal was made, where the sources say
   * @param yields what the step yielded for the party who brought the action, such as damages or a
   *     court monitor
   * @param citations the sources that report the step
   */
  public record OutcomeStep(
      Outcome outcome,
      Optional<PartialDate> date,
      Optional<String> detail,
      List<Ground> grounds,
      List<Remedy> yields,
      List<String> citations) {
    /**
     * Validates the components.
     *
     * @throws ValidationException listing every problem
     */
    public OutcomeStep {
      EntityChecks checks = new EntityChecks("OversightAction.OutcomeStep", null);
      checks.required("outcome", outcome);
      checks.required("date", date);
      checks.required("detail", detail);
      if (detail != null) {
        checks.optionalText("detail", detail);
      }
      checks.required("grounds", grounds);
      if (grounds != null) {
        checks.distinct("grounds", grounds);
      }
      checks.required("yields", yields);
      if (yields != null) {
        checks.distinct("yields", yields);
      }
      checks.citations("citations", citations, true);
      checks.throwIfAny();
      grounds = List.copyOf(grounds);
      yields = List.copyOf(yields);
      citations = List.copyOf(citations);
    }

    /**
     * A step without a detail sentence.
     *
     * @param outcome what the step brought
     * @param date when
     * @param citations the sources
     * @return the step
     */
    public static OutcomeStep of(Outcome outcome, PartialDate date, String... citations) {
      requireNonNull(outcome, "outcome");
      requireNonNull(date, "date");
      requireNonNull(citations, "citations");
      return new OutcomeStep(
          outcome, Optional.of(date), Optional.empty(), List.of(), List.of(), List.of(citations));
    }

    /**
     * An undated step without a detail sentence.
     *
     * @param outcome what the step brought
     * @param citations the sources
     * @return the step
     */
    public static OutcomeStep undated(Outcome outcome, String... citations) {
      requireNonNull(outcome, "outcome");
      requireNonNull(citations, "citations");
      return new OutcomeStep(
          outcome, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(citations));
    }

    /**
     * The same step with a detail sentence.
     *
     * @param sentence the detail
     * @return a new step
     */
    public OutcomeStep withDetail(String sentence) {
      requireNonNull(sentence, "sentence");
      return new OutcomeStep(outcome, date, Optional.of(sentence), grounds, yields, citations);
    }

    /**
     * The same step with the grounds of a dismissal.
     *
     * @param why the grounds
     * @return a new step
     */
    public OutcomeStep withGrounds(Ground... why) {
      requireNonNull(why, "why");
      return new OutcomeStep(outcome, date, detail, List.of(why), yields, citations);
    }

    /**
     * The same step with what it yielded.
     *
     * @param what the remedies
     * @return a new step
     */
    public OutcomeStep withYields(Remedy... what) {
      requireNonNull(what, "what");
      return new OutcomeStep(outcome, date, detail, grounds, List.of(what), citations);
    }
  }

  OversightAction() {}

  @Override
  public final EntityKind entityKind() {
    return EntityKind.OVERSIGHT_ACTION;
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
   * Builds {@code OversightAction} values: set the attributes, then call {@link #build()}. {@code
   * from(..)} starts from an existing value, to build a changed copy.
   *
   * <p>{@code build()} checks the whole value and reports every problem at once in one {@link
   * ValidationException}: a required attribute left unset (or set to {@code null}), a {@code null}
   * element, a blank text, an invalid id. A setter of an optional attribute refuses {@code null} at
   * once with a {@code ValidationException} naming the attribute, and so does every method given a
   * {@code null} {@code Optional}, {@code Iterable} or array; to clear an optional attribute, pass
   * {@code Optional.empty()}. A builder is not thread-safe: use it in one thread, for one value.
   *
   * <p>A changed copy of {@code probe} from the {@link OversightAction} example:
   *
   * <pre>{@code
   * OversightAction widened = OversightAction.builder()
   *     .from(probe)
   *     .addConducts(Conduct.RACIAL_PROFILING)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    // Immutables' builder does the work; it stays package-private, and its final methods cannot
    // check their arguments, so this class is the documented API in front of it.
    private final ImmutableOversightAction.Builder generated =
        new ImmutableOversightAction.Builder();

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
    public Builder from(OversightAction instance) {
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
     * Sets the {@link OversightAction#id() id}, a required attribute: {@link #build()} reports it
     * if it is left unset or set to {@code null}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      generated.id(id);
      return this;
    }

    /**
     * Sets the optional {@link OversightAction#knownSince() knownSince}. To clear it, pass {@code
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
     * Sets the optional {@link OversightAction#knownSince() knownSince}, or clears it with {@code
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
     * Sets the {@link OversightAction#lever() lever}, a required attribute: {@link #build()}
     * reports it if it is left unset or set to {@code null}.
     *
     * @param lever the value
     * @return this builder
     */
    public Builder lever(@Nullable Lever lever) {
      generated.lever(lever);
      return this;
    }

    /**
     * Sets the {@link OversightAction#summary() summary}, a required attribute: {@link #build()}
     * reports it if it is left unset or set to {@code null}.
     *
     * @param summary the value
     * @return this builder
     */
    public Builder summary(@Nullable String summary) {
      generated.summary(summary);
      return this;
    }

    /**
     * Sets the optional {@link OversightAction#date() date}. To clear it, pass {@code
     * Optional.empty()} to {@link #date(Optional)}.
     *
     * @param date the value
     * @return this builder
     * @throws ValidationException if {@code date} is {@code null}
     */
    public Builder date(PartialDate date) {
      generated.date(date);
      return this;
    }

    /**
     * Sets the optional {@link OversightAction#date() date}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param date the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code date} is {@code null} (not empty)
     */
    public Builder date(Optional<? extends PartialDate> date) {
      generated.date(checked(date, "date"));
      return this;
    }

    /**
     * Sets the {@link OversightAction#liability() liability}, a required attribute: {@link
     * #build()} reports it if it is left unset or set to {@code null}.
     *
     * @param liability the value
     * @return this builder
     */
    public Builder liability(@Nullable LiabilityType liability) {
      generated.liability(liability);
      return this;
    }

    /**
     * Adds one element to {@link OversightAction#defendants() defendants}. A {@code null} element
     * is reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addDefendants(@Nullable Defendant element) {
      generated.addDefendants(element);
      return this;
    }

    /**
     * Adds elements to {@link OversightAction#defendants() defendants}, in order. A {@code null}
     * element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addDefendants(@Nullable Defendant... elements) {
      generated.addDefendants(checked(elements, "defendants"));
      return this;
    }

    /**
     * Replaces the elements of {@link OversightAction#defendants() defendants} with those of {@code
     * elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder defendants(Iterable<? extends @Nullable Defendant> elements) {
      generated.defendants(checked(elements, "defendants"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link OversightAction#defendants() defendants}, in
     * order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllDefendants(Iterable<? extends @Nullable Defendant> elements) {
      generated.addAllDefendants(checked(elements, "defendants"));
      return this;
    }

    /**
     * Adds one element to {@link OversightAction#roles() roles}. A {@code null} element is reported
     * by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addRoles(@Nullable Role element) {
      generated.addRoles(element);
      return this;
    }

    /**
     * Adds elements to {@link OversightAction#roles() roles}, in order. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addRoles(@Nullable Role... elements) {
      generated.addRoles(checked(elements, "roles"));
      return this;
    }

    /**
     * Replaces the elements of {@link OversightAction#roles() roles} with those of {@code
     * elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder roles(Iterable<? extends @Nullable Role> elements) {
      generated.roles(checked(elements, "roles"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link OversightAction#roles() roles}, in order. A
     * {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllRoles(Iterable<? extends @Nullable Role> elements) {
      generated.addAllRoles(checked(elements, "roles"));
      return this;
    }

    /**
     * Adds one element to {@link OversightAction#conducts() conducts}. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addConducts(@Nullable Conduct element) {
      generated.addConducts(element);
      return this;
    }

    /**
     * Adds elements to {@link OversightAction#conducts() conducts}, in order. A {@code null}
     * element is reported by {@link #build()}.
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
     * Replaces the elements of {@link OversightAction#conducts() conducts} with those of {@code
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
     * Adds every element of {@code elements} to {@link OversightAction#conducts() conducts}, in
     * order. A {@code null} element is reported by {@link #build()}.
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
     * Sets the optional {@link OversightAction#route() route}. To clear it, pass {@code
     * Optional.empty()} to {@link #route(Optional)}.
     *
     * @param route the value
     * @return this builder
     * @throws ValidationException if {@code route} is {@code null}
     */
    public Builder route(String route) {
      generated.route(route);
      return this;
    }

    /**
     * Sets the optional {@link OversightAction#route() route}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param route the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code route} is {@code null} (not empty)
     */
    public Builder route(Optional<String> route) {
      generated.route(checked(route, "route"));
      return this;
    }

    /**
     * Adds one element to {@link OversightAction#outcomes() outcomes}. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addOutcomes(@Nullable OutcomeStep element) {
      generated.addOutcomes(element);
      return this;
    }

    /**
     * Adds elements to {@link OversightAction#outcomes() outcomes}, in order. A {@code null}
     * element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addOutcomes(@Nullable OutcomeStep... elements) {
      generated.addOutcomes(checked(elements, "outcomes"));
      return this;
    }

    /**
     * Replaces the elements of {@link OversightAction#outcomes() outcomes} with those of {@code
     * elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder outcomes(Iterable<? extends @Nullable OutcomeStep> elements) {
      generated.outcomes(checked(elements, "outcomes"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link OversightAction#outcomes() outcomes}, in
     * order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllOutcomes(Iterable<? extends @Nullable OutcomeStep> elements) {
      generated.addAllOutcomes(checked(elements, "outcomes"));
      return this;
    }

    /**
     * Adds one element to {@link OversightAction#citations() citations}. A {@code null} element is
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
     * Adds elements to {@link OversightAction#citations() citations}, in order. A {@code null}
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
     * Replaces the elements of {@link OversightAction#citations() citations} with those of {@code
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
     * Adds every element of {@code elements} to {@link OversightAction#citations() citations}, in
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
     * Builds the {@code OversightAction}, checking the whole value.
     *
     * @return the value
     * @throws ValidationException listing every problem of the value: a required attribute unset or
     *     {@code null}, a {@code null} element, a blank text, an invalid value
     */
    public OversightAction build() {
      return generated.build();
    }
  }

  /**
   * The lever used; it must be one of its body's levers.
   *
   * @return the lever
   */
  public abstract Lever lever();

  /**
   * What was done, in a sentence.
   *
   * @return the summary
   */
  public abstract String summary();

  /**
   * When, where known.
   *
   * @return the date
   */
  public abstract Optional<PartialDate> date();

  /**
   * The liability it pursues.
   *
   * @return the liability type
   */
  public abstract LiabilityType liability();

  /**
   * Whom it is directed against.
   *
   * @return at least one defendant
   */
  public abstract List<Defendant> defendants();

  /**
   * The roles of the individuals it is directed against; not empty exactly when {@link
   * #defendants()} includes {@link Defendant#INDIVIDUAL}.
   *
   * @return the roles
   */
  public abstract List<Role> roles();

  /**
   * The conduct it is about; empty when it is about none of the model's conducts (access to
   * detention facilities, say).
   *
   * @return the conducts
   */
  public abstract List<Conduct> conducts();

  /**
   * The legal route it used, when it used one in the framework.
   *
   * @return the route id
   */
  public abstract Optional<String> route();

  /**
   * What came of it, step by step in date order: at least one step; a single {@link
   * Outcome#NO_OUTCOME_REPORTED} step when the sources report none.
   *
   * @return the outcome history
   */
  public abstract List<OutcomeStep> outcomes();

  /**
   * What came of it in the end, as far as the sources go: the last step's outcome.
   *
   * @return the latest outcome
   */
  public Outcome outcome() {
    return outcomes().get(outcomes().size() - 1).outcome();
  }

  @Override
  public abstract List<String> citations();

  /**
   * Whether it was directed against individuals in the role personally.
   *
   * @param role the role
   * @return true if {@link Defendant#INDIVIDUAL} and the role are both named
   */
  public boolean isAgainstIndividual(Role role) {
    requireNonNull(role, "role");
    return defendants().contains(Defendant.INDIVIDUAL) && roles().contains(role);
  }

  /**
   * Whether it was directed against an institution: the agency, the municipality, the employer or
   * the United States.
   *
   * @return true if institutional
   */
  public boolean isAgainstInstitution() {
    return defendants().stream().anyMatch(Defendant::isInstitution);
  }

  @Override
  public String label() {
    return summary();
  }

  @Value.Check
  void check() {
    EntityChecks checks = new EntityChecks("OversightAction", id());
    checks.id(id());
    checks.required("lever", lever());
    checks.text("summary", summary());
    checks.required("liability", liability());
    checks.noNulls("outcomes", outcomes());
    checks.check(
        !outcomes().isEmpty(), Problem.Code.MISSING, "outcomes", "must have at least one step");
    for (int i = 1; i < outcomes().size(); i++) {
      OutcomeStep before = outcomes().get(i - 1);
      OutcomeStep step = outcomes().get(i);
      if (before != null
          && step != null
          && before.date().isPresent()
          && step.date().isPresent()
          && step.date().get().certainlyBefore(before.date().get())) {
        checks.add(
            Problem.Code.OUT_OF_ORDER,
            EntityChecks.path("outcomes", i, "date"),
            "("
                + step.date().get()
                + ") is before the previous step's ("
                + before.date().get()
                + "); list steps in date order");
      }
    }
    checks.references("citations", citations());
    route().ifPresent(r -> checks.reference("route", r));
    checks.distinct("conducts", conducts());
    Parties.check(checks, defendants(), roles());
    checks.throwIfAny();
  }
}

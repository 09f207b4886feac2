package org.accountability.model;

import static java.util.Objects.requireNonNull;
import static org.accountability.model.EntityChecks.checked;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Something done to the people of an agency to push its numbers: a reassignment, a removal, a bonus
 * scheme, a hiring drive, a threat. Who did it to whom, when, why, whether it is a sanction or an
 * incentive, and how far it got.
 *
 * <p>Only a sanction that was {@link Status#REPORTED reported as decided}, {@link Status#ANNOUNCED
 * announced} or {@link Status#CARRIED_OUT carried out}, and whose link to the conduct is stated by
 * its sources rather than {@link #inferences() inferred}, documents administrative accountability;
 * a threat, an incentive or a withdrawn scheme does not.
 *
 * <pre>{@code
 * PersonnelAction action = PersonnelAction.builder()
 *     .id("feb-2025-ero-reassignments")
 *     .kind(PersonnelAction.Kind.REASSIGNMENT)
 *     .summary("The two top officials of Enforcement and Removal Operations reassigned")
 *     .subjectRole(Role.SENIOR_OFFICIAL)
 *     .addSubjectNames("Russell Hott", "Peter Berg")
 *     .nature(PersonnelAction.Nature.SANCTION)
 *     .status(PersonnelAction.Status.CARRIED_OUT)
 *     .date(PartialDate.parse("2025-02"))
 *     .conduct(Conduct.MISSED_QUOTA)
 *     .reason("slow arrests against the targets")
 *     .addCitations("guardian-2025-02-12", "reuters-2025-02-11", "ipt-quotas")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract sealed class PersonnelAction implements Fact permits ImmutablePersonnelAction {
  /** What was done. */
  public enum Kind {
    /** Moved to another post without loss of grade or pay. */
    REASSIGNMENT,
    /** Removed from the post or fired. */
    REMOVAL,
    /** Suspended. */
    SUSPENSION,
    /** Reduced in grade or pay. */
    DEMOTION,
    /** Paid a bonus or reward for results. */
    BONUS,
    /** Recruiting with inducements such as signing bonuses. */
    HIRING_DRIVE,
    /** Discipline short of removal: command discipline, lost vacation days, charges. */
    DISCIPLINE,
    /** An adverse evaluation, review or rating. */
    ADVERSE_EVALUATION,
    /** A worse schedule or shift. */
    SCHEDULE_CHANGE,
    /** Overtime, promotion or another benefit denied. */
    BENEFIT_DENIED
  }

  /** Whether the action punishes or rewards. */
  public enum Nature {
    /** A penalty for falling short. */
    SANCTION,
    /** A reward or inducement. */
    INCENTIVE
  }

  /** How far the action got. */
  public enum Status {
    /** Threatened, not decided. */
    THREATENED,
    /** Reported as decided by the sources, but not confirmed by the agency. */
    REPORTED,
    /** Decided and announced by the agency or the government. */
    ANNOUNCED,
    /** Carried out. */
    CARRIED_OUT,
    /** Offered or announced, then withdrawn. */
    WITHDRAWN;

    /**
     * Whether an action in this status shows that the consequence was actually decided.
     *
     * @return true for {@link #REPORTED}, {@link #ANNOUNCED} and {@link #CARRIED_OUT}
     */
    public boolean isDecided() {
      return this == REPORTED || this == ANNOUNCED || this == CARRIED_OUT;
    }

    /**
     * The status in lower-case words, for sentences, such as {@code reported as decided, not
     * confirmed by the agency}.
     *
     * @return the readable status
     */
    public String readableName() {
      return switch (this) {
        case THREATENED -> "threatened";
        case REPORTED -> "reported as decided, not confirmed by the agency";
        case ANNOUNCED -> "announced";
        case CARRIED_OUT -> "carried out";
        case WITHDRAWN -> "withdrawn";
      };
    }
  }

  /** The attributes whose links an {@link Inference} may mark. */
  static final List<String> INFERABLE = List.of("conduct", "enforces", "nature");

  PersonnelAction() {}

  @Override
  public final EntityKind entityKind() {
    return EntityKind.PERSONNEL_ACTION;
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
   * Builds {@code PersonnelAction} values: set the attributes, then call {@link #build()}. {@code
   * from(..)} starts from an existing value, to build a changed copy.
   *
   * <p>{@code build()} checks the whole value and reports every problem at once in one {@link
   * ValidationException}: a required attribute left unset (or set to {@code null}), a {@code null}
   * element, a blank text, an invalid id. A setter of an optional attribute refuses {@code null} at
   * once with a {@code ValidationException} naming the attribute, and so does every method given a
   * {@code null} {@code Optional}, {@code Iterable} or array; to clear an optional attribute, pass
   * {@code Optional.empty()}. A builder is not thread-safe: use it in one thread, for one value.
   *
   * <p>A changed copy of {@code action} from the {@link PersonnelAction} example:
   *
   * <pre>{@code
   * PersonnelAction withdrawn = PersonnelAction.builder()
   *     .from(action)
   *     .status(PersonnelAction.Status.WITHDRAWN)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    // Immutables' builder does the work; it stays package-private, and its final methods cannot
    // check their arguments, so this class is the documented API in front of it.
    private final ImmutablePersonnelAction.Builder generated =
        new ImmutablePersonnelAction.Builder();

    Builder() {}

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
     * Sets every attribute of {@code instance} on this builder, to build a changed copy of it.
     * Elements of list attributes are added to those already set; an optional attribute that is
     * empty in {@code instance} leaves this builder's value as it is.
     *
     * @param instance the value to copy from
     * @return this builder
     * @throws ValidationException if {@code instance} is {@code null}
     */
    public Builder from(PersonnelAction instance) {
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
     * Sets the {@link PersonnelAction#id() id}, a required attribute: {@link #build()} reports it
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
     * Sets the optional {@link PersonnelAction#knownSince() knownSince}. To clear it, pass {@code
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
     * Sets the optional {@link PersonnelAction#knownSince() knownSince}, or clears it with {@code
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
     * Sets the {@link PersonnelAction#kind() kind}, a required attribute: {@link #build()} reports
     * it if it is left unset or set to {@code null}.
     *
     * @param kind the value
     * @return this builder
     */
    public Builder kind(@Nullable Kind kind) {
      generated.kind(kind);
      return this;
    }

    /**
     * Sets the {@link PersonnelAction#summary() summary}, a required attribute: {@link #build()}
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
     * Sets the {@link PersonnelAction#subjectRole() subjectRole}, a required attribute: {@link
     * #build()} reports it if it is left unset or set to {@code null}.
     *
     * @param subjectRole the value
     * @return this builder
     */
    public Builder subjectRole(@Nullable Role subjectRole) {
      generated.subjectRole(subjectRole);
      return this;
    }

    /**
     * Sets the optional {@link PersonnelAction#subjectDescription() subjectDescription}. To clear
     * it, pass {@code Optional.empty()} to {@link #subjectDescription(Optional)}.
     *
     * @param subjectDescription the value
     * @return this builder
     * @throws ValidationException if {@code subjectDescription} is {@code null}
     */
    public Builder subjectDescription(String subjectDescription) {
      generated.subjectDescription(subjectDescription);
      return this;
    }

    /**
     * Sets the optional {@link PersonnelAction#subjectDescription() subjectDescription}, or clears
     * it with {@code Optional.empty()}.
     *
     * @param subjectDescription the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code subjectDescription} is {@code null} (not empty)
     */
    public Builder subjectDescription(Optional<String> subjectDescription) {
      generated.subjectDescription(checked(subjectDescription, "subjectDescription"));
      return this;
    }

    /**
     * Adds one element to {@link PersonnelAction#subjectNames() subjectNames}. A {@code null}
     * element is reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addSubjectNames(@Nullable String element) {
      generated.addSubjectNames(element);
      return this;
    }

    /**
     * Adds elements to {@link PersonnelAction#subjectNames() subjectNames}, in order. A {@code
     * null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addSubjectNames(@Nullable String... elements) {
      generated.addSubjectNames(checked(elements, "subjectNames"));
      return this;
    }

    /**
     * Replaces the elements of {@link PersonnelAction#subjectNames() subjectNames} with those of
     * {@code elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder subjectNames(Iterable<@Nullable String> elements) {
      generated.subjectNames(checked(elements, "subjectNames"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link PersonnelAction#subjectNames()
     * subjectNames}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllSubjectNames(Iterable<@Nullable String> elements) {
      generated.addAllSubjectNames(checked(elements, "subjectNames"));
      return this;
    }

    /**
     * Sets the optional {@link PersonnelAction#actor() actor}. To clear it, pass {@code
     * Optional.empty()} to {@link #actor(Optional)}.
     *
     * @param actor the value
     * @return this builder
     * @throws ValidationException if {@code actor} is {@code null}
     */
    public Builder actor(Actor actor) {
      generated.actor(actor);
      return this;
    }

    /**
     * Sets the optional {@link PersonnelAction#actor() actor}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param actor the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code actor} is {@code null} (not empty)
     */
    public Builder actor(Optional<? extends Actor> actor) {
      generated.actor(checked(actor, "actor"));
      return this;
    }

    /**
     * Sets the optional {@link PersonnelAction#date() date}. To clear it, pass {@code
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
     * Sets the optional {@link PersonnelAction#date() date}, or clears it with {@code
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
     * Sets the optional {@link PersonnelAction#until() until}. To clear it, pass {@code
     * Optional.empty()} to {@link #until(Optional)}.
     *
     * @param until the value
     * @return this builder
     * @throws ValidationException if {@code until} is {@code null}
     */
    public Builder until(PartialDate until) {
      generated.until(until);
      return this;
    }

    /**
     * Sets the optional {@link PersonnelAction#until() until}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param until the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code until} is {@code null} (not empty)
     */
    public Builder until(Optional<? extends PartialDate> until) {
      generated.until(checked(until, "until"));
      return this;
    }

    /**
     * Sets the {@link PersonnelAction#nature() nature}, a required attribute: {@link #build()}
     * reports it if it is left unset or set to {@code null}.
     *
     * @param nature the value
     * @return this builder
     */
    public Builder nature(@Nullable Nature nature) {
      generated.nature(nature);
      return this;
    }

    /**
     * Sets the {@link PersonnelAction#status() status}, a required attribute: {@link #build()}
     * reports it if it is left unset or set to {@code null}.
     *
     * @param status the value
     * @return this builder
     */
    public Builder status(@Nullable Status status) {
      generated.status(status);
      return this;
    }

    /**
     * Sets the optional {@link PersonnelAction#conduct() conduct}. To clear it, pass {@code
     * Optional.empty()} to {@link #conduct(Optional)}.
     *
     * @param conduct the value
     * @return this builder
     * @throws ValidationException if {@code conduct} is {@code null}
     */
    public Builder conduct(Conduct conduct) {
      generated.conduct(conduct);
      return this;
    }

    /**
     * Sets the optional {@link PersonnelAction#conduct() conduct}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param conduct the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code conduct} is {@code null} (not empty)
     */
    public Builder conduct(Optional<? extends Conduct> conduct) {
      generated.conduct(checked(conduct, "conduct"));
      return this;
    }

    /**
     * Sets the {@link PersonnelAction#reason() reason}, a required attribute: {@link #build()}
     * reports it if it is left unset or set to {@code null}.
     *
     * @param reason the value
     * @return this builder
     */
    public Builder reason(@Nullable String reason) {
      generated.reason(reason);
      return this;
    }

    /**
     * Adds one element to {@link PersonnelAction#enforces() enforces}. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addEnforces(@Nullable String element) {
      generated.addEnforces(element);
      return this;
    }

    /**
     * Adds elements to {@link PersonnelAction#enforces() enforces}, in order. A {@code null}
     * element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addEnforces(@Nullable String... elements) {
      generated.addEnforces(checked(elements, "enforces"));
      return this;
    }

    /**
     * Replaces the elements of {@link PersonnelAction#enforces() enforces} with those of {@code
     * elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder enforces(Iterable<@Nullable String> elements) {
      generated.enforces(checked(elements, "enforces"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link PersonnelAction#enforces() enforces}, in
     * order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllEnforces(Iterable<@Nullable String> elements) {
      generated.addAllEnforces(checked(elements, "enforces"));
      return this;
    }

    /**
     * Sets the optional {@link PersonnelAction#officialResponse() officialResponse}. To clear it,
     * pass {@code Optional.empty()} to {@link #officialResponse(Optional)}.
     *
     * @param officialResponse the value
     * @return this builder
     * @throws ValidationException if {@code officialResponse} is {@code null}
     */
    public Builder officialResponse(String officialResponse) {
      generated.officialResponse(officialResponse);
      return this;
    }

    /**
     * Sets the optional {@link PersonnelAction#officialResponse() officialResponse}, or clears it
     * with {@code Optional.empty()}.
     *
     * @param officialResponse the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code officialResponse} is {@code null} (not empty)
     */
    public Builder officialResponse(Optional<String> officialResponse) {
      generated.officialResponse(checked(officialResponse, "officialResponse"));
      return this;
    }

    /**
     * Adds one element to {@link PersonnelAction#inferences() inferences}. A {@code null} element
     * is reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addInferences(@Nullable Inference element) {
      generated.addInferences(element);
      return this;
    }

    /**
     * Adds elements to {@link PersonnelAction#inferences() inferences}, in order. A {@code null}
     * element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addInferences(@Nullable Inference... elements) {
      generated.addInferences(checked(elements, "inferences"));
      return this;
    }

    /**
     * Replaces the elements of {@link PersonnelAction#inferences() inferences} with those of {@code
     * elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder inferences(Iterable<? extends @Nullable Inference> elements) {
      generated.inferences(checked(elements, "inferences"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link PersonnelAction#inferences() inferences}, in
     * order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllInferences(Iterable<? extends @Nullable Inference> elements) {
      generated.addAllInferences(checked(elements, "inferences"));
      return this;
    }

    /**
     * Adds one element to {@link PersonnelAction#citations() citations}. A {@code null} element is
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
     * Adds elements to {@link PersonnelAction#citations() citations}, in order. A {@code null}
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
     * Replaces the elements of {@link PersonnelAction#citations() citations} with those of {@code
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
     * Adds every element of {@code elements} to {@link PersonnelAction#citations() citations}, in
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
     * Builds the {@code PersonnelAction}, checking the whole value.
     *
     * @return the value
     * @throws ValidationException listing every problem of the value: a required attribute unset or
     *     {@code null}, a {@code null} element, a blank text, an invalid value
     */
    public PersonnelAction build() {
      return generated.build();
    }
  }

  /**
   * What was done.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * What happened, in a sentence.
   *
   * @return the summary
   */
  public abstract String summary();

  /**
   * The role of the people it was done to.
   *
   * @return the subject role
   */
  public abstract Role subjectRole();

  /**
   * Who they were, where the sources say more than the role, such as {@code up to 12 of 25 field
   * office directors}.
   *
   * @return the description of the subjects
   */
  public abstract Optional<String> subjectDescription();

  /**
   * The people the sources name.
   *
   * @return the names
   */
  public abstract List<String> subjectNames();

  /**
   * Who did it, where known.
   *
   * @return the actor
   */
  public abstract Optional<Actor> actor();

  /**
   * When it happened, where known; the start when it stretched over time.
   *
   * @return the date
   */
  public abstract Optional<PartialDate> date();

  /**
   * The last date, when the action stretched over time (rounds of firings).
   *
   * @return the end date
   */
  public abstract Optional<PartialDate> until();

  /**
   * Whether it punishes or rewards.
   *
   * @return the nature
   */
  public abstract Nature nature();

  /**
   * How far it got.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * The conduct it answers, such as {@link Conduct#MISSED_QUOTA}, when it answers one.
   *
   * @return the conduct
   */
  public abstract Optional<Conduct> conduct();

  /**
   * Why it was done, as the sources put it.
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * The directives whose numbers it enforced.
   *
   * @return directive ids
   */
  public abstract List<String> enforces();

  /**
   * The agency's own account, where it differs (for example that reassignments are not demotions).
   *
   * @return the official response
   */
  public abstract Optional<String> officialResponse();

  /**
   * The links this action draws that its sources do not state: {@code conduct}, {@code enforces} or
   * {@code nature}.
   *
   * @return the inferences
   */
  public abstract List<Inference> inferences();

  @Override
  public abstract List<String> citations();

  /**
   * Whether an attribute's link is an inference rather than stated by the sources.
   *
   * @param attribute {@code conduct}, {@code enforces} or {@code nature}
   * @return true if the framework marks it inferred
   */
  public boolean isInferred(String attribute) {
    requireNonNull(attribute, "attribute");
    return inferences().stream().anyMatch(i -> i.attribute().equals(attribute));
  }

  /**
   * Whether this action documents accountability: a sanction that was decided (reported, announced
   * or carried out), both its nature and its link to the conduct stated by the sources.
   *
   * @return true for a decided sanction
   */
  public boolean isDecidedSanction() {
    return nature() == Nature.SANCTION
        && status().isDecided()
        && !isInferred("nature")
        && !isInferred("conduct");
  }

  @Override
  public String label() {
    return summary();
  }

  @Value.Check
  void check() {
    EntityChecks checks = new EntityChecks("PersonnelAction", id());
    checks.id(id());
    checks.required("kind", kind());
    checks.text("summary", summary());
    checks.required("subjectRole", subjectRole());
    checks.optionalText("subjectDescription", subjectDescription());
    checks.required("nature", nature());
    checks.required("status", status());
    checks.text("reason", reason());
    checks.optionalText("officialResponse", officialResponse());
    checks.references("enforces", enforces());
    checks.references("citations", citations());
    checks.noNulls("inferences", inferences());
    // Attribute paths and messages are built only for a problem: nearly every action has none.
    List<Inference> inferences = inferences();
    for (int i = 0; i < inferences.size(); i++) {
      Inference inference = inferences.get(i);
      if (inference != null) {
        String attribute = inference.attribute();
        if (!INFERABLE.contains(attribute)) {
          checks.add(
              Problem.Code.UNKNOWN_VALUE,
              EntityChecks.path("inferences", i, "attribute"),
              Problem.quote(attribute) + " cannot be inferred; use one of " + INFERABLE);
        }
        if (attribute.equals("conduct") && conduct().isEmpty()) {
          checks.add(
              Problem.Code.INCONSISTENT,
              EntityChecks.path("inferences", i),
              "marks 'conduct' inferred, but the action names no conduct");
        }
        if (attribute.equals("enforces") && enforces().isEmpty()) {
          checks.add(
              Problem.Code.INCONSISTENT,
              EntityChecks.path("inferences", i),
              "marks 'enforces' inferred, but the action enforces no directive");
        }
        for (int j = 0; j < i; j++) {
          Inference earlier = inferences.get(j);
          if (earlier != null && earlier.attribute().equals(attribute)) {
            checks.add(
                Problem.Code.REPEATED,
                EntityChecks.path("inferences", i),
                "repeats " + Problem.quote(attribute) + "; give each attribute one inference");
            break;
          }
        }
      }
    }
    List<String> subjectNames = subjectNames();
    for (int i = 0; i < subjectNames.size(); i++) {
      String name = subjectNames.get(i);
      if (name == null) {
        checks.add(Problem.Code.MISSING, EntityChecks.path("subjectNames", i), "must not be null");
      } else if (name.isBlank()) {
        checks.add(Problem.Code.BLANK, EntityChecks.path("subjectNames", i), "must not be blank");
      }
    }
    Optional<PartialDate> date = date();
    Optional<PartialDate> until = until();
    if (date.isPresent() && until.isPresent() && until.get().certainlyBefore(date.get())) {
      checks.add(
          Problem.Code.OUT_OF_ORDER,
          "until",
          "ends (" + until.get() + ") before it starts (" + date.get() + ")");
    }
    checks.check(
        until.isEmpty() || date.isPresent(),
        Problem.Code.INCONSISTENT,
        "until",
        "needs a start date in 'date'");
    checks.throwIfAny();
  }
}

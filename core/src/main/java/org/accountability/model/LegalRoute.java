package org.accountability.model;

import static java.util.Objects.requireNonNull;
import static org.accountability.model.EntityChecks.checked;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A way in which conduct can lead to liability: a criminal statute, a damages action, an
 * injunction, an employment action, congressional oversight. What it covers, against whom, where it
 * is decided, on what standard, who can start it, on what legal basis, and whether it is open or
 * restricted in law.
 *
 * <p>Routes are the data the assessment rules read. A route in law is not a use of it: an open
 * route against {@link Defendant#INDIVIDUAL}s in a role, for a conduct, makes that liability {@code
 * IN_LAW} for the role when every {@link #preconditions() precondition} that applies is established
 * by the sources, and {@code CONDITIONAL} when one is not; a restricted route makes it {@code
 * RESTRICTED}. A route against the agency or the United States is listed as an institutional route,
 * and one with a {@link #substitution()} answers in place of the individual. Every use of a route
 * faces its {@link #hurdles()}: who decides to start it, what must be proven, immunities.
 *
 * <pre>{@code
 * LegalRoute section242 = LegalRoute.builder()
 *     .id("criminal-civil-rights-prosecution")
 *     .name("Prosecution for deprivation of rights under color of law")
 *     .liability(LiabilityType.CRIMINAL)
 *     .addConducts(Conduct.RACIAL_PROFILING, Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE)
 *     .addDefendants(Defendant.INDIVIDUAL)
 *     .addRoles(Role.LINE_AGENT, Role.FIELD_OFFICE_MANAGER, Role.SENIOR_OFFICIAL)
 *     .forum("Federal criminal court")
 *     .standardOfProof("beyond a reasonable doubt")
 *     .initiatedBy("the Justice Department")
 *     .addPreconditions(LegalRoute.Precondition.established(
 *         "The officer acts under color of law", "usc-18-242"))
 *     .addHurdles(LegalRoute.Hurdle.of(LegalRoute.Hurdle.Kind.DISCRETION,
 *         "The Justice Department decides whether to prosecute", "usc-18-242"))
 *     .addCitations("usc-18-242")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract sealed class LegalRoute implements Fact permits ImmutableLegalRoute {
  /** Whether a route can be used as the law stands. */
  public enum Availability {
    /** It can be used. */
    OPEN,
    /** The law narrows it so far that it rarely if ever succeeds. */
    RESTRICTED,
    /**
     * Proposed in a bill or plan that is not law: it reaches no one, and an answer names it only to
     * say so.
     */
    PROPOSED
  }

  /**
   * Something a route needs before it reaches a person, and whether the sources establish it: that
   * a career official is a member of the Senior Executive Service, say, or that an arrest number is
   * part of an officer's own written performance standards.
   *
   * @param statement what must hold, in a sentence
   * @param roles the roles it applies to; empty for every role the route reaches
   * @param conducts the conducts it applies to; empty for every conduct the route covers
   * @param status whether the sources establish it
   * @param citations the sources that establish or contradict it (required then), or that state the
   *     condition
   */
  public record Precondition(
      String statement,
      List<Role> roles,
      List<Conduct> conducts,
      Status status,
      List<String> citations) {
    /** Whether the sources establish a precondition. */
    public enum Status {
      /** The sources establish it. */
      ESTABLISHED,
      /** No source establishes it: the route reaches the person only if it holds. */
      NOT_ESTABLISHED,
      /** A source contradicts it: the route does not reach the person. */
      CONTRADICTED;

      /**
       * The status in lower-case words: {@code not established}.
       *
       * @return the readable name
       */
      public String readableName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      }
    }

    /**
     * Validates the components.
     *
     * @throws ValidationException listing every problem
     */
    public Precondition {
      EntityChecks checks = new EntityChecks("LegalRoute.Precondition", null);
      checks.text("statement", statement);
      checks.roles("roles", roles);
      checks.conducts("conducts", conducts);
      checks.required("status", status);
      checks.citations("citations", citations, false);
      if (status != null
          && status != Status.NOT_ESTABLISHED
          && citations != null
          && citations.isEmpty()) {
        checks.add(
            Problem.Code.UNCITED,
            "citations",
            "must cite the sources that say it is " + status.readableName());
      }
      checks.throwIfAny();
      roles = List.copyOf(roles);
      conducts = List.copyOf(conducts);
      citations = List.copyOf(citations);
    }

    /**
     * An established precondition for every role.
     *
     * @param statement what holds
     * @param citations the sources that establish it
     * @return the precondition
     */
    public static Precondition established(String statement, String... citations) {
      requireNonNull(statement, "statement");
      requireNonNull(citations, "citations");
      return new Precondition(
          statement, List.of(), List.of(), Status.ESTABLISHED, List.of(citations));
    }

    /**
     * A precondition no source establishes, for every role.
     *
     * @param statement what would have to hold
     * @param citations the sources that state the condition
     * @return the precondition
     */
    public static Precondition notEstablished(String statement, String... citations) {
      requireNonNull(statement, "statement");
      requireNonNull(citations, "citations");
      return new Precondition(
          statement, List.of(), List.of(), Status.NOT_ESTABLISHED, List.of(citations));
    }

    /**
     * The same precondition for the given roles only.
     *
     * @param forRoles the roles
     * @return a new precondition
     */
    public Precondition forRoles(Role... forRoles) {
      requireNonNull(forRoles, "forRoles");
      return new Precondition(statement, List.of(forRoles), conducts, status, citations);
    }

    /**
     * The same precondition for the given conducts only: that a penalty answers the officer's
     * speech, say, for a route that covers both retaliation and penalties.
     *
     * @param forConducts the conducts
     * @return a new precondition
     */
    public Precondition forConducts(Conduct... forConducts) {
      requireNonNull(forConducts, "forConducts");
      return new Precondition(statement, roles, List.of(forConducts), status, citations);
    }

    /**
     * Whether it applies to a role, for any conduct it names.
     *
     * @param role the role
     * @return true when it names no role or names this one
     */
    public boolean appliesTo(Role role) {
      requireNonNull(role, "role");
      return roles.isEmpty() || roles.contains(role);
    }

    /**
     * Whether it applies to a role and a conduct.
     *
     * @param role the role
     * @param conduct the conduct
     * @return true when it names no role or this one, and no conduct or this one
     */
    public boolean appliesTo(Role role, Conduct conduct) {
      requireNonNull(conduct, "conduct");
      return appliesTo(role) && (conducts.isEmpty() || conducts.contains(conduct));
    }
  }

  /**
   * What every use of a route must get past, whatever the facts: who decides to start it, what must
   * be proven, an immunity.
   *
   * @param kind the kind of hurdle
   * @param description the hurdle in a sentence
   * @param roles the roles it applies to; empty for every role
   * @param citations the sources that state it
   */
  public record Hurdle(Kind kind, String description, List<Role> roles, List<String> citations) {
    /** Kinds of hurdle. */
    public enum Kind {
      /** Someone must decide to start it, and may decline. */
      DISCRETION,
      /** Something must be proven, such as a willful act or the person's own acts. */
      MUST_PROVE,
      /** An immunity the person may raise. */
      IMMUNITY,
      /** A step of procedure, such as a claim to the agency first. */
      PROCEDURE
    }

    /**
     * Validates the components.
     *
     * @throws ValidationException listing every problem
     */
    public Hurdle {
      EntityChecks checks = new EntityChecks("LegalRoute.Hurdle", null);
      checks.required("kind", kind);
      checks.text("description", description);
      checks.roles("roles", roles);
      checks.citations("citations", citations, true);
      checks.throwIfAny();
      roles = List.copyOf(roles);
      citations = List.copyOf(citations);
    }

    /**
     * A hurdle for every role.
     *
     * @param kind the kind
     * @param description the hurdle
     * @param citations the sources
     * @return the hurdle
     */
    public static Hurdle of(Kind kind, String description, String... citations) {
      requireNonNull(kind, "kind");
      requireNonNull(description, "description");
      requireNonNull(citations, "citations");
      return new Hurdle(kind, description, List.of(), List.of(citations));
    }

    /**
     * The same hurdle for the given roles only.
     *
     * @param forRoles the roles
     * @return a new hurdle
     */
    public Hurdle forRoles(Role... forRoles) {
      requireNonNull(forRoles, "forRoles");
      return new Hurdle(kind, description, List.of(forRoles), citations);
    }

    /**
     * Whether it applies to a role.
     *
     * @param role the role
     * @return true when it names no role or names this one
     */
    public boolean appliesTo(Role role) {
      requireNonNull(role, "role");
      return roles.isEmpty() || roles.contains(role);
    }
  }

  /**
   * The route's defendant answers in place of individuals in the given roles: the United States
   * substituted for a federal officer sued in tort, say.
   *
   * @param roles the roles of the individuals it answers for
   * @param description the substitution in a sentence
   * @param citations the sources that provide it
   */
  public record Substitution(List<Role> roles, String description, List<String> citations) {
    /**
     * Validates the components.
     *
     * @throws ValidationException listing every problem
     */
    public Substitution {
      EntityChecks checks = new EntityChecks("LegalRoute.Substitution", null);
      checks.roles("roles", roles);
      checks.check(
          roles == null || !roles.isEmpty(),
          Problem.Code.MISSING,
          "roles",
          "must name at least one role");
      checks.text("description", description);
      checks.citations("citations", citations, true);
      checks.throwIfAny();
      roles = List.copyOf(roles);
      citations = List.copyOf(citations);
    }
  }

  /**
   * Whether the consequence a route imposes can be appealed, and to whom.
   *
   * @param available whether an appeal lies
   * @param description the appeal, or why there is none, in a sentence
   * @param citations the sources that say so
   */
  public record Appeal(boolean available, String description, List<String> citations) {
    /**
     * Validates the components.
     *
     * @throws ValidationException listing every problem
     */
    public Appeal {
      EntityChecks checks = new EntityChecks("LegalRoute.Appeal", null);
      checks.text("description", description);
      checks.citations("citations", citations, true);
      checks.throwIfAny();
      citations = List.copyOf(citations);
    }

    /**
     * An appeal that lies.
     *
     * @param description to whom
     * @param citations the sources
     * @return the appeal
     */
    public static Appeal available(String description, String... citations) {
      requireNonNull(description, "description");
      requireNonNull(citations, "citations");
      return new Appeal(true, description, List.of(citations));
    }

    /**
     * No appeal.
     *
     * @param description why not
     * @param citations the sources
     * @return the absence of an appeal
     */
    public static Appeal none(String description, String... citations) {
      requireNonNull(description, "description");
      requireNonNull(citations, "citations");
      return new Appeal(false, description, List.of(citations));
    }
  }

  LegalRoute() {}

  @Override
  public final EntityKind entityKind() {
    return EntityKind.LEGAL_ROUTE;
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
   * Builds {@code LegalRoute} values: set the attributes, then call {@link #build()}. {@code
   * from(..)} starts from an existing value, to build a changed copy.
   *
   * <p>{@code build()} checks the whole value and reports every problem at once in one {@link
   * ValidationException}: a required attribute left unset (or set to {@code null}), a {@code null}
   * element, a blank text, an invalid id. A setter of an optional attribute refuses {@code null} at
   * once with a {@code ValidationException} naming the attribute, and so does every method given a
   * {@code null} {@code Optional}, {@code Iterable} or array; to clear an optional attribute, pass
   * {@code Optional.empty()}. A builder is not thread-safe: use it in one thread, for one value.
   *
   * <p>A changed copy of {@code section242} from the {@link LegalRoute} example:
   *
   * <pre>{@code
   * LegalRoute withSupervisors = LegalRoute.builder()
   *     .from(section242)
   *     .addRoles(Role.SUPERVISOR)
   *     .standardOfProof(Optional.empty())
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    // Immutables' builder does the work; it stays package-private, and its final methods cannot
    // check their arguments, so this class is the documented API in front of it.
    private final ImmutableLegalRoute.Builder generated = new ImmutableLegalRoute.Builder();

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
    public Builder from(LegalRoute instance) {
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
     * Sets the {@link LegalRoute#id() id}, a required attribute: {@link #build()} reports it if it
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
     * Sets the optional {@link LegalRoute#knownSince() knownSince}. To clear it, pass {@code
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
     * Sets the optional {@link LegalRoute#knownSince() knownSince}, or clears it with {@code
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
     * Sets the {@link LegalRoute#name() name}, a required attribute: {@link #build()} reports it if
     * it is left unset or set to {@code null}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      generated.name(name);
      return this;
    }

    /**
     * Sets the {@link LegalRoute#liability() liability}, a required attribute: {@link #build()}
     * reports it if it is left unset or set to {@code null}.
     *
     * @param liability the value
     * @return this builder
     */
    public Builder liability(@Nullable LiabilityType liability) {
      generated.liability(liability);
      return this;
    }

    /**
     * Adds one element to {@link LegalRoute#conducts() conducts}. A {@code null} element is
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
     * Adds elements to {@link LegalRoute#conducts() conducts}, in order. A {@code null} element is
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
     * Replaces the elements of {@link LegalRoute#conducts() conducts} with those of {@code
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
     * Adds every element of {@code elements} to {@link LegalRoute#conducts() conducts}, in order. A
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
     * Adds one element to {@link LegalRoute#defendants() defendants}. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addDefendants(@Nullable Defendant element) {
      generated.addDefendants(element);
      return this;
    }

    /**
     * Adds elements to {@link LegalRoute#defendants() defendants}, in order. A {@code null} element
     * is reported by {@link #build()}.
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
     * Replaces the elements of {@link LegalRoute#defendants() defendants} with those of {@code
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
     * Adds every element of {@code elements} to {@link LegalRoute#defendants() defendants}, in
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
     * Adds one element to {@link LegalRoute#roles() roles}. A {@code null} element is reported by
     * {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addRoles(@Nullable Role element) {
      generated.addRoles(element);
      return this;
    }

    /**
     * Adds elements to {@link LegalRoute#roles() roles}, in order. A {@code null} element is
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
     * Replaces the elements of {@link LegalRoute#roles() roles} with those of {@code elements}, in
     * order. A {@code null} element is reported by {@link #build()}.
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
     * Adds every element of {@code elements} to {@link LegalRoute#roles() roles}, in order. A
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
     * Sets the {@link LegalRoute#forum() forum}, a required attribute: {@link #build()} reports it
     * if it is left unset or set to {@code null}.
     *
     * @param forum the value
     * @return this builder
     */
    public Builder forum(@Nullable String forum) {
      generated.forum(forum);
      return this;
    }

    /**
     * Sets the optional {@link LegalRoute#standardOfProof() standardOfProof}. To clear it, pass
     * {@code Optional.empty()} to {@link #standardOfProof(Optional)}.
     *
     * @param standardOfProof the value
     * @return this builder
     * @throws ValidationException if {@code standardOfProof} is {@code null}
     */
    public Builder standardOfProof(String standardOfProof) {
      generated.standardOfProof(standardOfProof);
      return this;
    }

    /**
     * Sets the optional {@link LegalRoute#standardOfProof() standardOfProof}, or clears it with
     * {@code Optional.empty()}.
     *
     * @param standardOfProof the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code standardOfProof} is {@code null} (not empty)
     */
    public Builder standardOfProof(Optional<String> standardOfProof) {
      generated.standardOfProof(checked(standardOfProof, "standardOfProof"));
      return this;
    }

    /**
     * Sets the {@link LegalRoute#initiatedBy() initiatedBy}, a required attribute: {@link #build()}
     * reports it if it is left unset or set to {@code null}.
     *
     * @param initiatedBy the value
     * @return this builder
     */
    public Builder initiatedBy(@Nullable String initiatedBy) {
      generated.initiatedBy(initiatedBy);
      return this;
    }

    /**
     * Sets the {@link LegalRoute#availability() availability}; left unset, it is {@link
     * Availability#OPEN}. A {@code null} is reported by {@link #build()}.
     *
     * @param availability the value
     * @return this builder
     */
    public Builder availability(Availability availability) {
      generated.availability(availability);
      return this;
    }

    /**
     * Sets the optional {@link LegalRoute#restriction() restriction}. To clear it, pass {@code
     * Optional.empty()} to {@link #restriction(Optional)}.
     *
     * @param restriction the value
     * @return this builder
     * @throws ValidationException if {@code restriction} is {@code null}
     */
    public Builder restriction(String restriction) {
      generated.restriction(restriction);
      return this;
    }

    /**
     * Sets the optional {@link LegalRoute#restriction() restriction}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param restriction the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code restriction} is {@code null} (not empty)
     */
    public Builder restriction(Optional<String> restriction) {
      generated.restriction(checked(restriction, "restriction"));
      return this;
    }

    /**
     * Sets the optional {@link LegalRoute#restrictedSince() restrictedSince}. To clear it, pass
     * {@code Optional.empty()} to {@link #restrictedSince(Optional)}.
     *
     * @param restrictedSince the value
     * @return this builder
     * @throws ValidationException if {@code restrictedSince} is {@code null}
     */
    public Builder restrictedSince(PartialDate restrictedSince) {
      generated.restrictedSince(restrictedSince);
      return this;
    }

    /**
     * Sets the optional {@link LegalRoute#restrictedSince() restrictedSince}, or clears it with
     * {@code Optional.empty()}.
     *
     * @param restrictedSince the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code restrictedSince} is {@code null} (not empty)
     */
    public Builder restrictedSince(Optional<? extends PartialDate> restrictedSince) {
      generated.restrictedSince(checked(restrictedSince, "restrictedSince"));
      return this;
    }

    /**
     * Adds one element to {@link LegalRoute#restrictedBy() restrictedBy}. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addRestrictedBy(@Nullable String element) {
      generated.addRestrictedBy(element);
      return this;
    }

    /**
     * Adds elements to {@link LegalRoute#restrictedBy() restrictedBy}, in order. A {@code null}
     * element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addRestrictedBy(@Nullable String... elements) {
      generated.addRestrictedBy(checked(elements, "restrictedBy"));
      return this;
    }

    /**
     * Replaces the elements of {@link LegalRoute#restrictedBy() restrictedBy} with those of {@code
     * elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder restrictedBy(Iterable<@Nullable String> elements) {
      generated.restrictedBy(checked(elements, "restrictedBy"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link LegalRoute#restrictedBy() restrictedBy}, in
     * order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllRestrictedBy(Iterable<@Nullable String> elements) {
      generated.addAllRestrictedBy(checked(elements, "restrictedBy"));
      return this;
    }

    /**
     * Adds one element to {@link LegalRoute#enforcedBy() enforcedBy}. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addEnforcedBy(@Nullable String element) {
      generated.addEnforcedBy(element);
      return this;
    }

    /**
     * Adds elements to {@link LegalRoute#enforcedBy() enforcedBy}, in order. A {@code null} element
     * is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addEnforcedBy(@Nullable String... elements) {
      generated.addEnforcedBy(checked(elements, "enforcedBy"));
      return this;
    }

    /**
     * Replaces the elements of {@link LegalRoute#enforcedBy() enforcedBy} with those of {@code
     * elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder enforcedBy(Iterable<@Nullable String> elements) {
      generated.enforcedBy(checked(elements, "enforcedBy"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link LegalRoute#enforcedBy() enforcedBy}, in
     * order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllEnforcedBy(Iterable<@Nullable String> elements) {
      generated.addAllEnforcedBy(checked(elements, "enforcedBy"));
      return this;
    }

    /**
     * Adds one element to {@link LegalRoute#preconditions() preconditions}. A {@code null} element
     * is reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addPreconditions(@Nullable Precondition element) {
      generated.addPreconditions(element);
      return this;
    }

    /**
     * Adds elements to {@link LegalRoute#preconditions() preconditions}, in order. A {@code null}
     * element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addPreconditions(@Nullable Precondition... elements) {
      generated.addPreconditions(checked(elements, "preconditions"));
      return this;
    }

    /**
     * Replaces the elements of {@link LegalRoute#preconditions() preconditions} with those of
     * {@code elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder preconditions(Iterable<? extends @Nullable Precondition> elements) {
      generated.preconditions(checked(elements, "preconditions"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link LegalRoute#preconditions() preconditions},
     * in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllPreconditions(Iterable<? extends @Nullable Precondition> elements) {
      generated.addAllPreconditions(checked(elements, "preconditions"));
      return this;
    }

    /**
     * Adds one element to {@link LegalRoute#hurdles() hurdles}. A {@code null} element is reported
     * by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addHurdles(@Nullable Hurdle element) {
      generated.addHurdles(element);
      return this;
    }

    /**
     * Adds elements to {@link LegalRoute#hurdles() hurdles}, in order. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addHurdles(@Nullable Hurdle... elements) {
      generated.addHurdles(checked(elements, "hurdles"));
      return this;
    }

    /**
     * Replaces the elements of {@link LegalRoute#hurdles() hurdles} with those of {@code elements},
     * in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder hurdles(Iterable<? extends @Nullable Hurdle> elements) {
      generated.hurdles(checked(elements, "hurdles"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link LegalRoute#hurdles() hurdles}, in order. A
     * {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllHurdles(Iterable<? extends @Nullable Hurdle> elements) {
      generated.addAllHurdles(checked(elements, "hurdles"));
      return this;
    }

    /**
     * Sets the optional {@link LegalRoute#substitution() substitution}. To clear it, pass {@code
     * Optional.empty()} to {@link #substitution(Optional)}.
     *
     * @param substitution the value
     * @return this builder
     * @throws ValidationException if {@code substitution} is {@code null}
     */
    public Builder substitution(Substitution substitution) {
      generated.substitution(substitution);
      return this;
    }

    /**
     * Sets the optional {@link LegalRoute#substitution() substitution}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param substitution the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code substitution} is {@code null} (not empty)
     */
    public Builder substitution(Optional<? extends Substitution> substitution) {
      generated.substitution(checked(substitution, "substitution"));
      return this;
    }

    /**
     * Sets the optional {@link LegalRoute#appeal() appeal}. To clear it, pass {@code
     * Optional.empty()} to {@link #appeal(Optional)}.
     *
     * @param appeal the value
     * @return this builder
     * @throws ValidationException if {@code appeal} is {@code null}
     */
    public Builder appeal(Appeal appeal) {
      generated.appeal(appeal);
      return this;
    }

    /**
     * Sets the optional {@link LegalRoute#appeal() appeal}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param appeal the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code appeal} is {@code null} (not empty)
     */
    public Builder appeal(Optional<? extends Appeal> appeal) {
      generated.appeal(checked(appeal, "appeal"));
      return this;
    }

    /**
     * Adds one element to {@link LegalRoute#claimants() claimants}. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addClaimants(@Nullable Role element) {
      generated.addClaimants(element);
      return this;
    }

    /**
     * Adds elements to {@link LegalRoute#claimants() claimants}, in order. A {@code null} element
     * is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addClaimants(@Nullable Role... elements) {
      generated.addClaimants(checked(elements, "claimants"));
      return this;
    }

    /**
     * Replaces the elements of {@link LegalRoute#claimants() claimants} with those of {@code
     * elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder claimants(Iterable<? extends @Nullable Role> elements) {
      generated.claimants(checked(elements, "claimants"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link LegalRoute#claimants() claimants}, in order.
     * A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllClaimants(Iterable<? extends @Nullable Role> elements) {
      generated.addAllClaimants(checked(elements, "claimants"));
      return this;
    }

    /**
     * Adds one element to {@link LegalRoute#protects() protects}. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addProtects(@Nullable Conduct element) {
      generated.addProtects(element);
      return this;
    }

    /**
     * Adds elements to {@link LegalRoute#protects() protects}, in order. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addProtects(@Nullable Conduct... elements) {
      generated.addProtects(checked(elements, "protects"));
      return this;
    }

    /**
     * Replaces the elements of {@link LegalRoute#protects() protects} with those of {@code
     * elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder protects(Iterable<? extends @Nullable Conduct> elements) {
      generated.protects(checked(elements, "protects"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link LegalRoute#protects() protects}, in order. A
     * {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllProtects(Iterable<? extends @Nullable Conduct> elements) {
      generated.addAllProtects(checked(elements, "protects"));
      return this;
    }

    /**
     * Adds one element to {@link LegalRoute#remedies() remedies}. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addRemedies(@Nullable Remedy element) {
      generated.addRemedies(element);
      return this;
    }

    /**
     * Adds elements to {@link LegalRoute#remedies() remedies}, in order. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addRemedies(@Nullable Remedy... elements) {
      generated.addRemedies(checked(elements, "remedies"));
      return this;
    }

    /**
     * Replaces the elements of {@link LegalRoute#remedies() remedies} with those of {@code
     * elements}, in order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder remedies(Iterable<? extends @Nullable Remedy> elements) {
      generated.remedies(checked(elements, "remedies"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link LegalRoute#remedies() remedies}, in order. A
     * {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllRemedies(Iterable<? extends @Nullable Remedy> elements) {
      generated.addAllRemedies(checked(elements, "remedies"));
      return this;
    }

    /**
     * Adds one element to {@link LegalRoute#citations() citations}. A {@code null} element is
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
     * Adds elements to {@link LegalRoute#citations() citations}, in order. A {@code null} element
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
     * Replaces the elements of {@link LegalRoute#citations() citations} with those of {@code
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
     * Adds every element of {@code elements} to {@link LegalRoute#citations() citations}, in order.
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
     * Builds the {@code LegalRoute}, checking the whole value.
     *
     * @return the value
     * @throws ValidationException listing every problem of the value: a required attribute unset or
     *     {@code null}, a {@code null} element, a blank text, an invalid value
     */
    public LegalRoute build() {
      return generated.build();
    }
  }

  /**
   * Its name, such as {@code Federal Tort Claims Act claim}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The liability it leads to.
   *
   * @return the liability type
   */
  public abstract LiabilityType liability();

  /**
   * The conduct it covers.
   *
   * @return at least one conduct
   */
  public abstract List<Conduct> conducts();

  /**
   * Who answers.
   *
   * @return at least one defendant
   */
  public abstract List<Defendant> defendants();

  /**
   * The roles of the individuals it reaches; not empty exactly when {@link #defendants()} includes
   * {@link Defendant#INDIVIDUAL}.
   *
   * @return the roles
   */
  public abstract List<Role> roles();

  /**
   * Where it is decided.
   *
   * @return the forum
   */
  public abstract String forum();

  /**
   * The standard of proof, where the sources state it.
   *
   * @return the standard of proof
   */
  public abstract Optional<String> standardOfProof();

  /**
   * Who can start it.
   *
   * @return who initiates it
   */
  public abstract String initiatedBy();

  /**
   * Whether it is open or restricted.
   *
   * @return the availability, {@link Availability#OPEN} unless set
   */
  @Value.Default
  public Availability availability() {
    return Availability.OPEN;
  }

  /**
   * Why it is restricted, or why a proposed route is not law; required unless open.
   *
   * @return the restriction
   */
  public abstract Optional<String> restriction();

  /**
   * Since when it is restricted, where known; before that date it counts as open.
   *
   * @return the date the restriction began
   */
  public abstract Optional<PartialDate> restrictedSince();

  /**
   * The citations of the restriction, or of the proposal; required unless open.
   *
   * @return citation ids
   */
  public abstract List<String> restrictedBy();

  /**
   * The oversight bodies that enforce it, where the framework has them.
   *
   * @return oversight body ids
   */
  public abstract List<String> enforcedBy();

  /**
   * What the route needs before it reaches a person, each with whether the sources establish it.
   *
   * @return the preconditions
   */
  public abstract List<Precondition> preconditions();

  /**
   * What every use of the route must get past.
   *
   * @return the hurdles
   */
  public abstract List<Hurdle> hurdles();

  /**
   * The individuals this route's defendant answers in place of, when it does.
   *
   * @return the substitution
   */
  public abstract Optional<Substitution> substitution();

  /**
   * Whether its consequence can be appealed, where the sources say.
   *
   * @return the appeal
   */
  public abstract Optional<Appeal> appeal();

  /**
   * The roles of the individuals who may bring the route as the party it protects: the officer who
   * grieves a penalty for a missed quota, the whistleblower who sues over retaliation. Empty when
   * the route is brought by the state or the public.
   *
   * @return the claimants' roles
   */
  public abstract List<Role> claimants();

  /**
   * The claimants' own conducts the route protects them for: a missed quota, for a law that forbids
   * penalizing one. A consequence for such a conduct that the sources document is itself what the
   * route forbids. Empty unless {@link #claimants()} is not.
   *
   * @return the protected conducts
   */
  public abstract List<Conduct> protects();

  /**
   * What the route can yield for the party who brings it, as its sources state; empty where they do
   * not say.
   *
   * @return the remedies
   */
  public abstract List<Remedy> remedies();

  /**
   * Whether the route protects individuals in the role who engage in the conduct: they may bring it
   * against a consequence for that conduct.
   *
   * @param role the role
   * @param conduct the conduct
   * @return true if it does
   */
  public boolean protects(Role role, Conduct conduct) {
    requireNonNull(role, "role");
    requireNonNull(conduct, "conduct");
    return claimants().contains(role) && protects().contains(conduct);
  }

  /**
   * The preconditions that apply to a role.
   *
   * @param role the role
   * @return the preconditions naming no role or this one
   */
  public List<Precondition> preconditionsFor(Role role) {
    requireNonNull(role, "role");
    return preconditions().stream().filter(p -> p.appliesTo(role)).toList();
  }

  /**
   * The preconditions that apply to a role for a conduct.
   *
   * @param role the role
   * @param conduct the conduct
   * @return the preconditions naming no role or this one, and no conduct or this one
   */
  public List<Precondition> preconditionsFor(Role role, Conduct conduct) {
    requireNonNull(role, "role");
    requireNonNull(conduct, "conduct");
    return preconditions().stream().filter(p -> p.appliesTo(role, conduct)).toList();
  }

  /**
   * The hurdles that apply to a role.
   *
   * @param role the role
   * @return the hurdles naming no role or this one
   */
  public List<Hurdle> hurdlesFor(Role role) {
    requireNonNull(role, "role");
    return hurdles().stream().filter(h -> h.appliesTo(role)).toList();
  }

  /**
   * Whether this route's defendant answers in place of individuals in the role for the conduct.
   *
   * @param role the role
   * @param conduct the conduct
   * @return true if it does
   */
  public boolean substitutesFor(Role role, Conduct conduct) {
    requireNonNull(role, "role");
    requireNonNull(conduct, "conduct");
    return conducts().contains(conduct)
        && substitution().map(s -> s.roles().contains(role)).orElse(false);
  }

  /**
   * The legal basis and the sources describing the route.
   *
   * @return citation ids
   */
  @Override
  public abstract List<String> citations();

  /**
   * Whether the route reaches individuals in the role personally for the conduct.
   *
   * @param role the role
   * @param conduct the conduct
   * @return true if it does
   */
  public boolean reachesIndividual(Role role, Conduct conduct) {
    requireNonNull(role, "role");
    requireNonNull(conduct, "conduct");
    return defendants().contains(Defendant.INDIVIDUAL)
        && roles().contains(role)
        && conducts().contains(conduct);
  }

  /**
   * Whether the route reaches an institution (the agency, the municipality, the employer, the
   * United States) for the conduct.
   *
   * @param conduct the conduct
   * @return true if it does
   */
  public boolean reachesInstitution(Conduct conduct) {
    requireNonNull(conduct, "conduct");
    return defendants().stream().anyMatch(Defendant::isInstitution) && conducts().contains(conduct);
  }

  /**
   * The availability on a day: a restriction counts only from {@link #restrictedSince()} (when
   * known, and certainly begun by that day).
   *
   * @param day the day
   * @return the availability on that day
   */
  public Availability availabilityOn(LocalDate day) {
    requireNonNull(day, "day");
    if (availability() == Availability.RESTRICTED
        && restrictedSince().isPresent()
        && !restrictedSince().get().certainlyOnOrBefore(day)) {
      return Availability.OPEN;
    }
    return availability();
  }

  @Override
  public String label() {
    return name();
  }

  @Value.Check
  void check() {
    EntityChecks checks = new EntityChecks("LegalRoute", id());
    checks.id(id());
    checks.text("name", name());
    checks.required("liability", liability());
    checks.distinct("conducts", conducts());
    checks.check(
        !conducts().isEmpty(), Problem.Code.MISSING, "conducts", "must name at least one conduct");
    Parties.check(checks, defendants(), roles());
    checks.text("forum", forum());
    checks.optionalText("standardOfProof", standardOfProof());
    checks.text("initiatedBy", initiatedBy());
    checks.required("availability", availability());
    checks.optionalText("restriction", restriction());
    checks.references("restrictedBy", restrictedBy());
    checks.references("enforcedBy", enforcedBy());
    checks.references("citations", citations());
    checks.noNulls("preconditions", preconditions());
    checks.noNulls("hurdles", hurdles());
    for (int i = 0; i < preconditions().size(); i++) {
      Precondition p = preconditions().get(i);
      if (p != null && roles() != null) {
        for (Role r : p.roles()) {
          if (!roles().contains(r)) {
            checks.add(
                Problem.Code.INCONSISTENT,
                EntityChecks.path("preconditions", i, "roles"),
                "names " + r + ", which the route does not reach");
          }
        }
      }
      if (p != null && conducts() != null) {
        for (Conduct c : p.conducts()) {
          if (!conducts().contains(c)) {
            checks.add(
                Problem.Code.INCONSISTENT,
                EntityChecks.path("preconditions", i, "conducts"),
                "names " + c + ", which the route does not cover");
          }
        }
      }
    }
    checks.distinct("claimants", claimants());
    checks.distinct("protects", protects());
    checks.distinct("remedies", remedies());
    checks.check(
        protects().isEmpty() || !claimants().isEmpty(),
        Problem.Code.INCONSISTENT,
        "protects",
        "must be empty unless claimants names who the route protects");
    substitution()
        .ifPresent(
            s ->
                checks.check(
                    defendants() == null || !defendants().contains(Defendant.INDIVIDUAL),
                    Problem.Code.INCONSISTENT,
                    "substitution",
                    "is for a route whose defendant answers in place of the individual, so its"
                        + " defendants must not include INDIVIDUAL"));
    if (availability() != null && availability() != Availability.OPEN) {
      if (restriction().isEmpty()) {
        checks.add(Problem.Code.MISSING, "restriction", "is required when " + availability());
      }
      if (restrictedBy().isEmpty()) {
        checks.add(
            Problem.Code.UNCITED,
            "restrictedBy",
            "must cite the "
                + (availability() == Availability.PROPOSED ? "proposal" : "restriction"));
      }
      checks.check(
          availability() == Availability.RESTRICTED || restrictedSince().isEmpty(),
          Problem.Code.INCONSISTENT,
          "restrictedSince",
          "must be empty unless RESTRICTED");
    } else {
      checks.check(
          restriction().isEmpty() && restrictedBy().isEmpty() && restrictedSince().isEmpty(),
          Problem.Code.INCONSISTENT,
          "availability",
          "is OPEN, so restriction, restrictedBy and restrictedSince must be empty");
    }
    checks.throwIfAny();
  }
}

package org.accountability.framework;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.Fact;
import org.accountability.model.LegalRoute;
import org.accountability.model.Observation;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Problem;
import org.accountability.model.Role;
import org.accountability.model.ValidationException;

/**
 * The aggregate root: every entity of one accountability study, validated as a whole, with the
 * queries and the assessment that answer "who can be held accountable, by what mechanism, on what
 * evidence".
 *
 * <p>A framework is built only through {@link #builder()}, whose {@link Builder#build()} checks
 * every cross-entity rule at once (unique ids, references that resolve, every fact cited, dates in
 * order) and throws one {@link ValidationException} listing every problem; a framework that exists
 * is valid. It is immutable and thread-safe; its indexes are built once.
 *
 * <pre>{@code
 * AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
 * System.out.println(ice);                                          // one-line summary
 * System.out.println(ice.directives().inForceOn(LocalDate.of(2025, 6, 1)));   // a table
 * Assessment answer = ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA);
 * System.out.println(answer.explain());                             // cited Markdown
 * }</pre>
 */
public final class AccountabilityFramework {
  private final String title;
  private final String agency;
  private final Optional<String> question;
  private final ImmutableList<Citation> citations;
  private final ImmutableList<Directive> directives;
  private final ImmutableList<PersonnelAction> personnelActions;
  private final ImmutableList<OversightBody> oversightBodies;
  private final ImmutableList<LegalRoute> routes;
  private final ImmutableList<Claim> claims;
  private final ImmutableList<Observation> observations;
  private final ImmutableSet<Conduct> unlawfulConducts;
  private final ImmutableList<Role> roles;
  private final ImmutableList<Conduct> conducts;
  private final FrameworkIndex index;
  private final Lazy<AssessIndex> assessIndex =
      new Lazy<>(
          () ->
              new AssessIndex(
                  directiveList(),
                  personnelActionList(),
                  oversightActionList(),
                  oversightBodyList(),
                  routeList(),
                  claimList()));
  private final Lazy<InForceIndex> inForceIndex =
      new Lazy<>(() -> new InForceIndex(directiveList(), index().supersededOn));
  private final Lazy<Map<Role, ImmutableList<PersonnelAction>>> actionsByRole =
      new Lazy<>(() -> groupActions(PersonnelAction::subjectRole));
  private final Lazy<Map<Conduct, ImmutableList<PersonnelAction>>> actionsByConduct =
      new Lazy<>(() -> groupActions(a -> a.conduct().orElse(null)));

  private AccountabilityFramework(Builder b, Vocabulary vocabulary, FrameworkIndex index) {
    this.title = checkNotNull(b.title);
    this.agency = checkNotNull(b.agency);
    this.question = Optional.ofNullable(b.question);
    this.citations = ImmutableList.copyOf(b.citations.values());
    this.directives = ImmutableList.copyOf(b.directives.values());
    this.personnelActions = ImmutableList.copyOf(b.personnelActions.values());
    this.oversightBodies = ImmutableList.copyOf(b.oversightBodies.values());
    this.routes = ImmutableList.copyOf(b.routes.values());
    this.claims = ImmutableList.copyOf(b.claims.values());
    this.observations = ImmutableList.copyOf(b.observations.values());
    this.unlawfulConducts = vocabulary.ordered(b.unlawfulConducts);
    this.roles = vocabulary.roles;
    this.conducts = vocabulary.conducts;
    this.index = index;
  }

  /**
   * A new, empty builder.
   *
   * <pre>{@code
   * AccountabilityFramework f = AccountabilityFramework.builder()
   *     .title("Ticket quotas in Example City")
   *     .agency("Example City Police Department")
   *     .addCitations(source)
   *     .addRoutes(route)
   *     .build();
   * }</pre>
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding every entity of this framework, to derive a changed framework from it. It
   * declares the whole vocabulary, standard terms included, so that their order and descriptions
   * are kept.
   *
   * <pre>{@code
   * AccountabilityFramework without242 = ice.toBuilder().remove("section-242-prosecution").build();
   * }</pre>
   *
   * @return a builder with this framework's content
   */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .title(title)
            .agency(agency)
            .addRoles(roles)
            .addConducts(conducts)
            .addUnlawfulConducts(unlawfulConducts);
    question.ifPresent(b::question);
    return b.addCitations(citations)
        .addDirectives(directives)
        .addPersonnelActions(personnelActions)
        .addOversightBodies(oversightBodies)
        .addRoutes(routes)
        .addClaims(claims)
        .addObservations(observations);
  }

  /**
   * The framework's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The agency it studies.
   *
   * @return the agency
   */
  public String agency() {
    return agency;
  }

  /**
   * The question it answers, when stated.
   *
   * @return the question
   */
  public Optional<String> question() {
    return question;
  }

  /**
   * The entity with the id, of any kind, including oversight actions held by their bodies.
   *
   * @param id the id
   * @return the entity
   */
  public Optional<Entity> entity(String id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(index.entity(id));
  }

  /**
   * Every entity of the framework, of every kind: the citations, directives, personnel actions,
   * oversight bodies (each followed by the oversight actions it holds), legal routes, claims and
   * observations, each kind in the order given. {@link Entity#entityKind()} tells them apart, and
   * {@link org.accountability.model.EntityKind#type()} gives each kind's type.
   *
   * <pre>{@code
   * Map<EntityKind, Long> counts = ice.entities().stream()
   *     .collect(Collectors.groupingBy(Entity::entityKind, Collectors.counting()));
   * counts.get(EntityKind.OVERSIGHT_ACTION) == ice.oversightActions().count();  // true
   * }</pre>
   *
   * @return every entity, an immutable list
   */
  public List<Entity> entities() {
    return index.all;
  }

  /**
   * The citation with the id.
   *
   * @param id the id
   * @return the citation
   */
  public Optional<Citation> citation(String id) {
    checkNotNull(id, "id");
    return entity(id).filter(Citation.class::isInstance).map(Citation.class::cast);
  }

  /**
   * The citations, in the order given: a query to filter, list, count or print as a table.
   *
   * @return a query over all citations
   */
  public CitationQuery citations() {
    return new CitationQuery(this, citations, citations, EntityQuery.ALL);
  }

  /**
   * The directives, in the order given.
   *
   * @return a query over all directives
   */
  public DirectiveQuery directives() {
    return new DirectiveQuery(this, directives, directives, EntityQuery.ALL);
  }

  /**
   * The personnel actions, in the order given.
   *
   * @return a query over all personnel actions
   */
  public PersonnelActionQuery personnelActions() {
    return new PersonnelActionQuery(this, personnelActions, personnelActions, EntityQuery.ALL);
  }

  /**
   * The oversight bodies, in the order given.
   *
   * @return a query over all oversight bodies
   */
  public OversightBodyQuery oversightBodies() {
    return new OversightBodyQuery(this, oversightBodies, oversightBodies, EntityQuery.ALL);
  }

  /**
   * The actions of every oversight body, body by body, in the order given.
   *
   * @return a query over all oversight actions
   */
  public OversightActionQuery oversightActions() {
    return new OversightActionQuery(
        this, index.oversightActions, index.oversightActions, EntityQuery.ALL);
  }

  /**
   * The legal routes, in the order given.
   *
   * @return a query over all legal routes
   */
  public LegalRouteQuery routes() {
    return new LegalRouteQuery(this, routes, routes, EntityQuery.ALL);
  }

  /**
   * The claims, in the order given.
   *
   * @return a query over all claims
   */
  public ClaimQuery claims() {
    return new ClaimQuery(this, claims, claims, EntityQuery.ALL);
  }

  /**
   * The observations, in the order given.
   *
   * @return a query over all observations
   */
  public ObservationQuery observations() {
    return new ObservationQuery(this, observations, observations, EntityQuery.ALL);
  }

  /**
   * Evidence navigation: what each citation supports or contradicts, what supports each fact,
   * contested claims, facts resting on one source, citations nothing uses.
   *
   * <pre>{@code
   * ice.evidence().contestedClaims();
   * ice.evidence().singleSourceFacts();
   * }</pre>
   *
   * @return the evidence view
   */
  public Evidence evidence() {
    return new Evidence(this);
  }

  /**
   * Every numerical directive held against the observations of the same metric and scope made while
   * it was in force, with the attainment ratio of each.
   *
   * <pre>{@code
   * System.out.println(ice.attainment());   // a row per observation against its target
   * ice.attainment().forEach(t -> System.out.println(t.directive().id() + " " + t.points().size()));
   * }</pre>
   *
   * @return one entry per numerical directive, in directive order, printed as one table
   */
  public Results<TargetAttainment> attainment() {
    return TargetAttainment.printed(TargetAttainment.of(this));
  }

  /**
   * Whether, and how, a person in a role can be held accountable for a conduct, on everything the
   * framework holds.
   *
   * <pre>{@code
   * Assessment a = ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA);
   * a.verdict();                                      // ADMINISTRATIVE_OR_POLITICAL_ONLY
   * a.pathway(LiabilityType.ADMINISTRATIVE).status(); // CONDITIONAL
   * }</pre>
   *
   * @param role the role
   * @param conduct the conduct
   * @return the assessment
   */
  public Assessment assess(Role role, Conduct conduct) {
    return AssessmentRules.assess(
        this, checkNotNull(role, "role"), checkNotNull(conduct, "conduct"), Optional.empty());
  }

  /**
   * The assessment as one could have given it on a day: only facts known by then (by their {@link
   * Fact#knownSince()} or their earliest source) that possibly happened by then count; only sources
   * certainly published by then are shown (statutes and cases without a date always are); a
   * precondition counts as established once a source establishing it is shown; every outcome is
   * shown as it stood that day; a route restriction counts from the day it certainly began.
   *
   * <pre>{@code
   * ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA, LocalDate.of(2025, 3, 1));
   * }</pre>
   *
   * @param role the role
   * @param conduct the conduct
   * @param asOf the day
   * @return the assessment as of that day
   */
  public Assessment assess(Role role, Conduct conduct, LocalDate asOf) {
    return AssessmentRules.assess(
        this,
        checkNotNull(role, "role"),
        checkNotNull(conduct, "conduct"),
        Optional.of(checkNotNull(asOf, "asOf")));
  }

  /**
   * Whether a conduct is unlawful in the framework's jurisdiction, as its data declares.
   *
   * <pre>{@code
   * ice.isUnlawful(Conduct.MISSED_QUOTA);      // false
   * ice.isUnlawful(Conduct.EXCESSIVE_FORCE);   // true
   * }</pre>
   *
   * @param conduct the conduct
   * @return true if declared unlawful
   */
  public boolean isUnlawful(Conduct conduct) {
    return unlawfulConducts.contains(checkNotNull(conduct, "conduct"));
  }

  /**
   * The conducts declared unlawful in the framework's jurisdiction.
   *
   * @return the unlawful conducts, in {@link #conducts()} order
   */
  public ImmutableSet<Conduct> unlawfulConducts() {
    return unlawfulConducts;
  }

  /**
   * The framework's vocabulary of roles: those it declares, then every standard role its entities
   * name.
   *
   * <pre>{@code
   * nypd.roles();   // [LINE_AGENT, SUPERVISOR, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL]
   * }</pre>
   *
   * @return the roles
   */
  public ImmutableList<Role> roles() {
    return roles;
  }

  /**
   * The framework's vocabulary of conducts: those it declares, then every standard conduct its
   * entities name or it declares unlawful.
   *
   * @return the conducts
   */
  public ImmutableList<Conduct> conducts() {
    return conducts;
  }

  /**
   * The role of the framework's vocabulary with this id.
   *
   * <pre>{@code
   * nypd.role("SUPERVISOR");   // Optional[SUPERVISOR]
   * }</pre>
   *
   * @param id the id
   * @return the role, or empty if the vocabulary has none with the id
   */
  public Optional<Role> role(String id) {
    checkNotNull(id, "id");
    return roles.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The conduct of the framework's vocabulary with this id.
   *
   * <pre>{@code
   * nypd.conduct("ISSUING_BASELESS_SUMMONS").orElseThrow();
   * }</pre>
   *
   * @param id the id
   * @return the conduct, or empty if the vocabulary has none with the id
   */
  public Optional<Conduct> conduct(String id) {
    checkNotNull(id, "id");
    return conducts.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * The roles the framework covers: those some legal route reaches personally. An assessment of any
   * other role says that the framework does not cover it.
   *
   * @return the covered roles, in {@link #roles()} order
   */
  public ImmutableSet<Role> coveredRoles() {
    return index.coveredRoles;
  }

  /**
   * Each date on which the answer for a role and conduct changed: a status or the verdict, from
   * what to what, and the facts and sources that changed it. It is the history of {@link
   * #assess(Role, Conduct, LocalDate)} over every date the framework's sources give.
   *
   * <pre>{@code
   * System.out.println(ice.timeline(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA));
   * }</pre>
   *
   * @param role the role
   * @param conduct the conduct
   * @return the timeline
   */
  public Timeline timeline(Role role, Conduct conduct) {
    return Timeline.of(this, checkNotNull(role, "role"), checkNotNull(conduct, "conduct"));
  }

  FrameworkIndex index() {
    return index;
  }

  AssessIndex assessIndex() {
    return assessIndex.get();
  }

  InForceIndex inForceIndex() {
    return inForceIndex.get();
  }

  /** The personnel actions against people in the role, in framework order. */
  ImmutableList<PersonnelAction> personnelActionsAgainst(Role role) {
    ImmutableList<PersonnelAction> actions = actionsByRole.get().get(role);
    return actions == null ? ImmutableList.of() : actions;
  }

  /** The personnel actions answering the conduct, in framework order. */
  ImmutableList<PersonnelAction> personnelActionsFor(Conduct conduct) {
    ImmutableList<PersonnelAction> actions = actionsByConduct.get().get(conduct);
    return actions == null ? ImmutableList.of() : actions;
  }

  /** The personnel actions grouped by a key, each group in framework order; no key, no group. */
  private <K> Map<K, ImmutableList<PersonnelAction>> groupActions(
      java.util.function.Function<PersonnelAction, @org.jspecify.annotations.Nullable K> key) {
    Map<K, ImmutableList.Builder<PersonnelAction>> groups = new HashMap<>();
    for (PersonnelAction a : personnelActions) {
      K k = key.apply(a);
      if (k != null) {
        groups.computeIfAbsent(k, x -> ImmutableList.builder()).add(a);
      }
    }
    Map<K, ImmutableList<PersonnelAction>> out = new HashMap<>();
    groups.forEach((k, b) -> out.put(k, b.build()));
    return out;
  }

  ImmutableList<Directive> directiveList() {
    return directives;
  }

  ImmutableList<PersonnelAction> personnelActionList() {
    return personnelActions;
  }

  ImmutableList<OversightAction> oversightActionList() {
    return index.oversightActions;
  }

  ImmutableList<LegalRoute> routeList() {
    return routes;
  }

  ImmutableList<OversightBody> oversightBodyList() {
    return oversightBodies;
  }

  ImmutableList<Claim> claimList() {
    return claims;
  }

  ImmutableList<Observation> observationList() {
    return observations;
  }

  /**
   * One line: title, agency and the number of each kind of entity.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "AccountabilityFramework["
        + title
        + " | "
        + agency
        + " | "
        + String.join(
            ", ",
            TextTable.count(directives.size(), "directives"),
            TextTable.count(personnelActions.size(), "personnel actions"),
            TextTable.count(oversightBodies.size(), "oversight bodies")
                + " ("
                + TextTable.count(index.oversightActions.size(), "actions")
                + ")",
            TextTable.count(routes.size(), "legal routes"),
            TextTable.count(claims.size(), "claims"),
            TextTable.count(observations.size(), "observations"),
            TextTable.count(citations.size(), "citations"))
        + "]";
  }

  /**
   * Two frameworks are equal when they hold equal content in the same order.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    if (!(o instanceof AccountabilityFramework f)) {
      return false;
    }

    return title.equals(f.title)
        && agency.equals(f.agency)
        && question.equals(f.question)
        && citations.equals(f.citations)
        && directives.equals(f.directives)
        && personnelActions.equals(f.personnelActions)
        && oversightBodies.equals(f.oversightBodies)
        && routes.equals(f.routes)
        && claims.equals(f.claims)
        && observations.equals(f.observations)
        && unlawfulConducts.equals(f.unlawfulConducts)
        && roles.equals(f.roles)
        && conducts.equals(f.conducts);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        title,
        agency,
        question,
        citations,
        directives,
        personnelActions,
        oversightBodies,
        routes,
        claims,
        observations,
        unlawfulConducts,
        roles,
        conducts);
  }

  /**
   * Collects entities and builds a validated framework. Adding an entity whose id is already
   * present keeps both until {@link #build()}, which reports the duplicate; {@link #remove(String)}
   * drops entities by id. Not thread-safe; use one builder per thread.
   *
   * <pre>{@code
   * AccountabilityFramework f = AccountabilityFramework.builder()
   *     .title("Ticket quotas in Example City")
   *     .agency("Example City Police Department")
   *     .addCitations(source)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private @org.jspecify.annotations.Nullable String title;
    private @org.jspecify.annotations.Nullable String agency;
    private @org.jspecify.annotations.Nullable String question;

    /** The entities touched by removals; tests read it to show that removal is linear. */
    final Slots.Visits visits = new Slots.Visits();

    private final Slots<Citation> citations = new Slots<>(e -> List.of(), visits);
    private final Slots<Directive> directives = new Slots<>(e -> List.of(), visits);
    private final Slots<PersonnelAction> personnelActions = new Slots<>(e -> List.of(), visits);
    private final Slots<OversightBody> oversightBodies =
        new Slots<>(body -> body.actions().stream().map(OversightAction::id).toList(), visits);
    private final Slots<LegalRoute> routes = new Slots<>(e -> List.of(), visits);
    private final Slots<Claim> claims = new Slots<>(Claim::about, visits);
    private final Slots<Observation> observations = new Slots<>(e -> List.of(), visits);
    private final Set<Conduct> unlawfulConducts = new LinkedHashSet<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<Conduct> conducts = new ArrayList<>();

    private Builder() {}

    /**
     * Declares roles of the framework's own vocabulary; standard roles such as {@link
     * Role#LINE_AGENT} need no declaration, and declaring one gives it the framework's own
     * description.
     *
     * <pre>{@code
     * builder.addRoles(Role.of("DEPUTY_CHIEF", "deputy chief",
     *     "a commander over several precincts"));
     * }</pre>
     *
     * @param values the roles
     * @return this builder
     */
    public Builder addRoles(Role... values) {
      checkNotNull(values, "values");
      return addRoles(Arrays.asList(values));
    }

    /**
     * Declares roles of the framework's own vocabulary.
     *
     * @param values the roles
     * @return this builder
     */
    public Builder addRoles(Iterable<Role> values) {
      checkNotNull(values, "values");
      for (Role r : values) {
        roles.add(checkNotNull(r, "a null role was declared"));
      }
      return this;
    }

    /**
     * Declares conducts of the framework's own vocabulary; standard conducts such as {@link
     * Conduct#MISSED_QUOTA} need no declaration. Whether each is unlawful is declared with {@link
     * #addUnlawfulConducts(Conduct...)}.
     *
     * <pre>{@code
     * builder.addConducts(Conduct.of("ISSUING_BASELESS_SUMMONS", "issuing a baseless summons",
     *     "issuing a summons without probable cause, to meet a number"));
     * }</pre>
     *
     * @param values the conducts
     * @return this builder
     */
    public Builder addConducts(Conduct... values) {
      checkNotNull(values, "values");
      return addConducts(Arrays.asList(values));
    }

    /**
     * Declares conducts of the framework's own vocabulary.
     *
     * @param values the conducts
     * @return this builder
     */
    public Builder addConducts(Iterable<Conduct> values) {
      checkNotNull(values, "values");
      for (Conduct c : values) {
        conducts.add(checkNotNull(c, "a null conduct was declared"));
      }
      return this;
    }

    /**
     * Declares conducts unlawful in the framework's jurisdiction; every other conduct is lawful
     * there (missing a target, say). The same conduct can be lawful in one framework and unlawful
     * in another.
     *
     * @param values the unlawful conducts
     * @return this builder
     */
    public Builder addUnlawfulConducts(Conduct... values) {
      checkNotNull(values, "values");
      return addUnlawfulConducts(Arrays.asList(values));
    }

    /**
     * Declares conducts unlawful in the framework's jurisdiction.
     *
     * @param values the unlawful conducts
     * @return this builder
     */
    public Builder addUnlawfulConducts(Iterable<Conduct> values) {
      checkNotNull(values, "values");
      for (Conduct c : values) {
        unlawfulConducts.add(checkNotNull(c, "a null conduct was declared unlawful"));
      }
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      checkNotNull(title, "title");
      this.title = title;
      return this;
    }

    /**
     * Sets the agency studied.
     *
     * @param agency the agency
     * @return this builder
     */
    public Builder agency(String agency) {
      checkNotNull(agency, "agency");
      this.agency = agency;
      return this;
    }

    /**
     * Sets the question the framework answers.
     *
     * @param question the question
     * @return this builder
     */
    public Builder question(String question) {
      checkNotNull(question, "question");
      this.question = question;
      return this;
    }

    /**
     * Adds citations.
     *
     * @param values the citations
     * @return this builder
     */
    public Builder addCitations(Citation... values) {
      checkNotNull(values, "values");
      return addCitations(Arrays.asList(values));
    }

    /**
     * Adds citations.
     *
     * @param values the citations
     * @return this builder
     */
    public Builder addCitations(Iterable<? extends Citation> values) {
      checkNotNull(values, "values");
      citations.addAll(values);
      return this;
    }

    /**
     * Adds directives.
     *
     * @param values the directives
     * @return this builder
     */
    public Builder addDirectives(Directive... values) {
      checkNotNull(values, "values");
      return addDirectives(Arrays.asList(values));
    }

    /**
     * Adds directives.
     *
     * @param values the directives
     * @return this builder
     */
    public Builder addDirectives(Iterable<? extends Directive> values) {
      checkNotNull(values, "values");
      directives.addAll(values);
      return this;
    }

    /**
     * Adds personnel actions.
     *
     * @param values the personnel actions
     * @return this builder
     */
    public Builder addPersonnelActions(PersonnelAction... values) {
      checkNotNull(values, "values");
      return addPersonnelActions(Arrays.asList(values));
    }

    /**
     * Adds personnel actions.
     *
     * @param values the personnel actions
     * @return this builder
     */
    public Builder addPersonnelActions(Iterable<? extends PersonnelAction> values) {
      checkNotNull(values, "values");
      personnelActions.addAll(values);
      return this;
    }

    /**
     * Adds oversight bodies, with their actions.
     *
     * @param values the bodies
     * @return this builder
     */
    public Builder addOversightBodies(OversightBody... values) {
      checkNotNull(values, "values");
      return addOversightBodies(Arrays.asList(values));
    }

    /**
     * Adds oversight bodies, with their actions.
     *
     * @param values the bodies
     * @return this builder
     */
    public Builder addOversightBodies(Iterable<? extends OversightBody> values) {
      checkNotNull(values, "values");
      oversightBodies.addAll(values);
      return this;
    }

    /**
     * Adds legal routes.
     *
     * @param values the routes
     * @return this builder
     */
    public Builder addRoutes(LegalRoute... values) {
      checkNotNull(values, "values");
      return addRoutes(Arrays.asList(values));
    }

    /**
     * Adds legal routes.
     *
     * @param values the routes
     * @return this builder
     */
    public Builder addRoutes(Iterable<? extends LegalRoute> values) {
      checkNotNull(values, "values");
      routes.addAll(values);
      return this;
    }

    /**
     * Adds claims.
     *
     * @param values the claims
     * @return this builder
     */
    public Builder addClaims(Claim... values) {
      checkNotNull(values, "values");
      return addClaims(Arrays.asList(values));
    }

    /**
     * Adds claims.
     *
     * @param values the claims
     * @return this builder
     */
    public Builder addClaims(Iterable<? extends Claim> values) {
      checkNotNull(values, "values");
      claims.addAll(values);
      return this;
    }

    /**
     * Adds observations.
     *
     * @param values the observations
     * @return this builder
     */
    public Builder addObservations(Observation... values) {
      checkNotNull(values, "values");
      return addObservations(Arrays.asList(values));
    }

    /**
     * Adds observations.
     *
     * @param values the observations
     * @return this builder
     */
    public Builder addObservations(Iterable<? extends Observation> values) {
      checkNotNull(values, "values");
      observations.addAll(values);
      return this;
    }

    /**
     * Removes every entity with the id, of any kind; an oversight action is removed from its body,
     * and the id is dropped from the {@code about} lists of claims (those only say what a claim is
     * about). Other references to it stay: {@link #build()} reports any that dangle.
     *
     * @param id the id
     * @return this builder
     * @throws IllegalArgumentException if no entity has the id
     */
    public Builder remove(String id) {
      checkNotNull(id, "id");
      boolean removed = citations.remove(id);
      removed |= directives.remove(id);
      removed |= personnelActions.remove(id);
      removed |= routes.remove(id);
      removed |= claims.remove(id);
      removed |= observations.remove(id);
      removed |= oversightBodies.remove(id);
      removed |= oversightBodies.replaceWhere(id, body -> withoutAction(body, id));
      if (!removed) {
        throw new IllegalArgumentException("no entity has the id " + Problem.quote(id));
      }
      claims.replaceWhere(id, claim -> withoutAbout(claim, id));
      return this;
    }

    private static Claim withoutAbout(Claim claim, String id) {
      if (!claim.about().contains(id)) {
        return claim;
      }
      List<String> kept = new ArrayList<>(claim.about());
      kept.removeIf(id::equals);
      return Claim.builder().from(claim).about(kept).build();
    }

    private static OversightBody withoutAction(OversightBody body, String actionId) {
      if (body.actions().stream().noneMatch(a -> a.id().equals(actionId))) {
        return body;
      }
      List<OversightAction> kept = new ArrayList<>(body.actions());
      kept.removeIf(a -> a.id().equals(actionId));
      return OversightBody.builder().from(body).actions(kept).build();
    }

    /**
     * Checks every cross-entity rule and builds the framework.
     *
     * <p>The rules: title and agency present; ids unique across all kinds; every reference resolves
     * to an entity of the right kind; every fact cites at least one source (a claim whose status is
     * an absence of evidence excepted); a directive does not take effect before the one it
     * supersedes, no directive supersedes itself through others (a cycle), and a personnel action
     * does not precede the directive it enforces.
     *
     * @return the framework
     * @throws ValidationException listing every problem found
     */
    public AccountabilityFramework build() {
      FrameworkValidation validation = new FrameworkValidation();
      validation.header(title, agency, question);
      List<OversightBody> bodies = oversightBodies.values();
      int size =
          citations.values().size()
              + directives.values().size()
              + personnelActions.values().size()
              + bodies.size()
              + routes.values().size()
              + claims.values().size()
              + observations.values().size();
      for (OversightBody body : bodies) {
        size += body.actions().size();
      }
      // Made once, immutable, and kept by the index as it is.
      ImmutableList.Builder<Entity> entities = ImmutableList.builderWithExpectedSize(size);
      entities.addAll(citations.values());
      entities.addAll(directives.values());
      entities.addAll(personnelActions.values());
      for (OversightBody body : bodies) {
        entities.add(body);
        entities.addAll(body.actions());
      }
      entities.addAll(routes.values());
      entities.addAll(claims.values());
      entities.addAll(observations.values());
      ImmutableList<Entity> all = entities.build();
      Map<String, Entity> byId = validation.uniqueIds(all);
      Vocabulary vocabulary = validation.vocabulary(roles, conducts, unlawfulConducts, all);
      validation.references(all, byId);
      validation.dates();
      validation.cycles(directives.values(), byId);
      validation.throwIfAny();
      return new AccountabilityFramework(
          this, vocabulary, new FrameworkIndex(all, byId, vocabulary));
    }
  }

  /** Indexes built once per framework. */
  static final class FrameworkIndex {
    /** Every entity by id: a hash map, whose ids hash well, never copied. */
    private final Map<String, Entity> byId;

    /** Every entity, in framework order, each oversight body followed by its actions. */
    final ImmutableList<Entity> all;

    final ImmutableList<OversightAction> oversightActions;
    final Map<String, OversightBody> bodyOfAction;

    /**
     * For each citation, the facts citing it, each once, in framework order. A fact is listed by
     * identity, not by equality (hashing a whole fact is costly, and ids are unique).
     */
    private final Lazy<Map<String, ImmutableList<Fact>>> factsCiting;

    /** For each superseded directive, when the first directive superseding it took effect. */
    final Map<String, PartialDate> supersededOn;

    /** The roles some legal route reaches personally. */
    final ImmutableSet<Role> coveredRoles;

    FrameworkIndex(ImmutableList<Entity> all, Map<String, Entity> byId, Vocabulary vocabulary) {
      this.byId = byId;
      this.all = all;
      ImmutableList.Builder<OversightAction> actions = ImmutableList.builder();
      Map<String, OversightBody> bodies = new HashMap<>();
      Map<String, PartialDate> superseded = new HashMap<>();
      Set<Role> covered = new HashSet<>();
      for (Entity e : all) {
        if (e instanceof OversightBody oversightBody) {
          for (OversightAction a : oversightBody.actions()) {
            actions.add(a);
            bodies.put(a.id(), oversightBody);
          }
        } else if (e instanceof Directive d
            && d.effective().isPresent()
            && d.supersedes().isPresent()) {
          superseded.merge(
              d.supersedes().get().directive(),
              d.effective().get(),
              (a, b) -> a.compareTo(b) <= 0 ? a : b);
        } else if (e instanceof LegalRoute r && r.defendants().contains(Defendant.INDIVIDUAL)) {
          covered.addAll(r.roles());
        }
      }
      this.supersededOn = superseded;
      this.oversightActions = actions.build();
      this.bodyOfAction = bodies;
      this.factsCiting = new Lazy<>(() -> factsCiting(all));
      this.coveredRoles =
          vocabulary.roles.stream()
              .filter(covered::contains)
              .collect(ImmutableSet.toImmutableSet());
    }

    @org.jspecify.annotations.Nullable
    Entity entity(String id) {
      return byId.get(id);
    }

    /** The facts citing the citation, each once, in framework order. */
    ImmutableList<Fact> factsCiting(String citationId) {
      ImmutableList<Fact> facts = factsCiting.get().get(citationId);
      return facts == null ? ImmutableList.of() : facts;
    }

    /**
     * For each citation, the facts citing it. Built on the first question about a citation: a
     * framework that is built and not asked pays nothing for it.
     */
    private static Map<String, ImmutableList<Fact>> factsCiting(List<Entity> all) {
      Map<String, List<Fact>> citing = new HashMap<>();
      for (Entity e : all) {
        if (e instanceof Fact fact) {
          if (fact instanceof Claim claim) {
            for (Claim.Source s : claim.sources()) {
              cite(citing, s.citation(), fact);
            }
          } else {
            for (String c : fact.citations()) {
              cite(citing, c, fact);
            }
          }
          if (fact instanceof Directive directive) {
            for (String c : directive.deniedBy()) {
              cite(citing, c, fact);
            }
          }
          if (fact instanceof LegalRoute legalRoute) {
            for (String c : RouteCitations.of(legalRoute)) {
              cite(citing, c, fact);
            }
          }
          if (fact instanceof OversightAction action) {
            for (OversightAction.OutcomeStep x : action.outcomes()) {
              for (String c : x.citations()) {
                cite(citing, c, fact);
              }
            }
          }
        }
      }
      Map<String, ImmutableList<Fact>> citingLists = new HashMap<>(citing.size() * 2);
      citing.forEach((c, facts) -> citingLists.put(c, ImmutableList.copyOf(facts)));
      return citingLists;
    }

    /**
     * Adds a fact to a citation's list unless it is already there. A fact adds all its citations
     * before the next fact adds any, so a fact already listed is the list's last.
     */
    private static void cite(Map<String, List<Fact>> citing, String citationId, Fact fact) {
      List<Fact> facts = citing.computeIfAbsent(citationId, c -> new ArrayList<>(2));
      if (facts.isEmpty() || facts.get(facts.size() - 1) != fact) {
        facts.add(fact);
      }
    }
  }
}

package org.accountability.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.accountability.json.AccountabilityJson;
import org.accountability.model.Citation.Kind;
import org.accountability.model.Claim.EvidenceStatus;
import org.accountability.model.Claim.Stance;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.LegalRoute.Availability;
import org.accountability.model.LegalRoute.Hurdle;
import org.accountability.model.LegalRoute.Precondition;
import org.accountability.model.Lever;
import org.accountability.model.LiabilityType;
import org.accountability.model.Observation.Qualifier;
import org.accountability.model.OversightAction.Ground;
import org.accountability.model.OversightAction.Outcome;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.PersonnelAction.Nature;
import org.accountability.model.PersonnelAction.Status;
import org.accountability.model.Remedy;
import org.accountability.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of realistic, valid frameworks of any size: a fictional agency with one field
 * office per hundred entities, each office with its own sources, quotas that supersede one another
 * over the years, personnel actions that enforce them, an oversight body and its proceedings, legal
 * routes, claims and monthly observations of the numbers the quotas set.
 *
 * <p>Every hundred entities are 25 citations, 10 directives (5 numerical targets), 25 personnel
 * actions, 1 oversight body with 3 actions, 2 legal routes, 14 claims and 20 observations. Every
 * fact cites one to three of its office's sources; dates run from 2015 to about 2034 at the
 * precision of the day, the month or the year, a tenth of them approximate. The same size and seed
 * give the same document.
 *
 * <p>The generator writes the plain records ({@link Plain.Document}); {@link Convert#framework}
 * turns them into the library's framework, which validates them, and the library's JSON of that
 * framework reads back into equal plain records.
 */
public final class Generator {
  /** Entities per field office. */
  public static final int BLOCK = 100;

  /** The seed the benchmarks use. */
  public static final long SEED = 20_261_128L;

  private static final Role DEPUTY_DIRECTOR =
      Role.of(
          "DEPUTY_DIRECTOR",
          "deputy director",
          "a deputy to the head of a field office who sets its daily numbers");
  private static final Conduct FALSIFYING_ARREST_RECORDS =
      Conduct.of(
          "FALSIFYING_ARREST_RECORDS",
          "falsifying arrest records",
          "recording arrests or stops that did not happen, or not as recorded, to meet a number");

  private static final Role[] ROLES = {
    Role.LINE_AGENT,
    Role.SUPERVISOR,
    Role.FIELD_OFFICE_MANAGER,
    Role.SENIOR_OFFICIAL,
    DEPUTY_DIRECTOR,
  };
  private static final Conduct[] CONDUCTS = {
    Conduct.MISSED_QUOTA,
    Conduct.IMPOSING_QUOTA,
    Conduct.PENALIZING_MISSED_QUOTA,
    Conduct.RACIAL_PROFILING,
    Conduct.UNLAWFUL_SEIZURE,
    Conduct.EXCESSIVE_FORCE,
    FALSIFYING_ARREST_RECORDS,
  };
  private static final List<Conduct> UNLAWFUL =
      List.of(
          Conduct.PENALIZING_MISSED_QUOTA,
          Conduct.RACIAL_PROFILING,
          Conduct.UNLAWFUL_SEIZURE,
          Conduct.EXCESSIVE_FORCE,
          FALSIFYING_ARREST_RECORDS);

  private static final String[] PUBLISHERS = {
    "Example Gazette",
    "The Fictional Times",
    "Example Broadcasting Corporation",
    "Example Wire",
    "Sample City Chronicle",
    "Example Watchdog Review",
    "Le Courrier d'Exemple",
  };
  private static final String[] HOSTS = {"Example News Archive", "Sample Syndicate"};
  private static final String[] PEOPLE = {
    "Alex Example", "Sam Sample", "Jordan Placeholder", "José Álvarez", "Zoë Müller", "Li Wei",
  };
  private static final String[] METRICS = {"arrests per day", "removals per month"};
  private static final String[] HEADLINES = {
    "Officers told to make %d arrests a day",
    "Managers warned over missed arrest numbers",
    "Internal memo sets \"%d a day\" goal",
    "Union says quota drives unlawful stops",
    "Agency denies any numerical target",
    "Court filing describes daily arrest numbers",
  };
  private static final PersonnelAction.Kind[] SANCTIONS = {
    PersonnelAction.Kind.REASSIGNMENT,
    PersonnelAction.Kind.REMOVAL,
    PersonnelAction.Kind.SUSPENSION,
    PersonnelAction.Kind.DEMOTION,
    PersonnelAction.Kind.DISCIPLINE,
    PersonnelAction.Kind.ADVERSE_EVALUATION,
    PersonnelAction.Kind.SCHEDULE_CHANGE,
    PersonnelAction.Kind.BENEFIT_DENIED,
  };
  private static final OversightBody.Kind[] BODIES = {
    OversightBody.Kind.COURT,
    OversightBody.Kind.INSPECTOR_GENERAL,
    OversightBody.Kind.UNION,
    OversightBody.Kind.ARBITRATOR,
    OversightBody.Kind.STATE_OR_LOCAL_GOVERNMENT,
    OversightBody.Kind.CIVIL_SOCIETY,
  };

  private final SplittableRandom random;
  private final int office;
  private final String prefix;
  private final String scope;
  private final int firstYear;
  private final List<String> citationIds = new ArrayList<>();
  private final List<Plain.Directive> directives = new ArrayList<>();
  private final List<Plain.PersonnelAction> personnelActions = new ArrayList<>();
  private final List<String> routeIds = new ArrayList<>();
  private final List<Double> targets = new ArrayList<>();

  private Generator(SplittableRandom random, int office) {
    this.random = random;
    this.office = office;
    this.prefix = "fo" + office + "-";
    this.scope = "field office " + office;
    this.firstYear = 2015 + random.nextInt(12);
  }

  /**
   * The document of {@code entities} entities for the benchmarks' seed.
   *
   * @param entities a positive multiple of {@value #BLOCK}
   * @return the document
   */
  public static Plain.Document document(int entities) {
    return document(entities, SEED);
  }

  /**
   * The document of {@code entities} entities for a seed.
   *
   * @param entities a positive multiple of {@value #BLOCK}
   * @param seed the seed
   * @return the document
   */
  public static Plain.Document document(int entities, long seed) {
    if (entities <= 0 || entities % BLOCK != 0) {
      throw new IllegalArgumentException(
          "entities must be a positive multiple of " + BLOCK + ": " + entities);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int offices = entities / BLOCK;
    List<Plain.Citation> citations = new ArrayList<>(offices * 25);
    List<Plain.Directive> directives = new ArrayList<>(offices * 10);
    List<Plain.PersonnelAction> personnelActions = new ArrayList<>(offices * 25);
    List<Plain.OversightBody> bodies = new ArrayList<>(offices);
    List<Plain.Route> routes = new ArrayList<>(offices * 2);
    List<Plain.Claim> claims = new ArrayList<>(offices * 14);
    List<Plain.Observation> observations = new ArrayList<>(offices * 20);
    for (int o = 1; o <= offices; o++) {
      Generator g = new Generator(random.split(), o);
      for (int i = 0; i < 25; i++) {
        citations.add(g.citation(i));
      }
      for (int i = 0; i < 10; i++) {
        Plain.Directive d = g.directive(i);
        g.directives.add(d);
        directives.add(d);
      }
      for (int i = 0; i < 25; i++) {
        Plain.PersonnelAction a = g.personnelAction(i);
        g.personnelActions.add(a);
        personnelActions.add(a);
      }
      g.routeIds.add(g.prefix + "route-0");
      g.routeIds.add(g.prefix + "route-1");
      String bodyId = g.prefix + "body";
      bodies.add(g.oversightBody(bodyId));
      routes.add(g.route(0, bodyId));
      routes.add(g.route(1, bodyId));
      for (int i = 0; i < 14; i++) {
        claims.add(g.claim(i));
      }
      for (int i = 0; i < 20; i++) {
        observations.add(g.observation(i));
      }
    }
    List<Plain.RoleDeclaration> roles = new ArrayList<>();
    for (Role r : ROLES) {
      roles.add(new Plain.RoleDeclaration(r.id(), r.readableName(), r.description()));
    }
    List<Plain.ConductDeclaration> conducts = new ArrayList<>();
    for (Conduct c : CONDUCTS) {
      conducts.add(
          new Plain.ConductDeclaration(
              c.id(), c.readableName(), c.description(), UNLAWFUL.contains(c)));
    }
    return new Plain.Document(
        new Plain.Format(AccountabilityJson.FORMAT_NAME, AccountabilityJson.FORMAT_VERSION),
        "Arrest quotas at a fictional agency with "
            + offices
            + " field offices (seed "
            + seed
            + ")",
        "Example Enforcement Agency (fictional)",
        "Can officers and managers of the fictional agency be held accountable over arrest quotas?",
        roles,
        conducts,
        citations,
        directives,
        personnelActions,
        bodies,
        routes,
        claims,
        observations);
  }

  // ------------------------------------------------------------------------------ entities

  private Plain.Citation citation(int i) {
    String id = prefix + "src-" + i;
    citationIds.add(id);
    int roll = random.nextInt(20);
    Kind kind =
        roll < 11
            ? Kind.NEWS_REPORT
            : roll < 13
                ? Kind.COURT_DOCUMENT
                : roll < 15
                    ? Kind.PRESS_RELEASE
                    : roll < 16
                        ? Kind.GOVERNMENT_DOCUMENT
                        : roll < 17
                            ? Kind.SECONDARY_ANALYSIS
                            : roll < 18 ? Kind.DASHBOARD : roll < 19 ? Kind.STATUTE : Kind.CASE;
    boolean law = kind == Kind.STATUTE || kind == Kind.CASE;
    String publisher = law ? "Example State Code" : PUBLISHERS[random.nextInt(PUBLISHERS.length)];
    String title =
        law
            ? null
            : "Field office "
                + office
                + ": "
                + String.format(
                    java.util.Locale.ROOT,
                    HEADLINES[random.nextInt(HEADLINES.length)],
                    25 + 5 * random.nextInt(20));
    Plain.LegalReference ref =
        law
            ? new Plain.LegalReference(
                Integer.toString(1 + random.nextInt(60)),
                kind == Kind.STATUTE ? "Ex. Code" : "Ex. Rep.",
                Integer.toString(100 + random.nextInt(900)),
                kind == Kind.STATUTE)
            : null;
    return new Plain.Citation(
        id,
        title,
        publisher,
        !law && random.nextInt(5) == 0 ? HOSTS[random.nextInt(HOSTS.length)] : null,
        law && random.nextBoolean() ? null : date(day(0, 9)),
        law ? null : "https://example.org/news/" + office + "/" + id,
        kind,
        kind.isPrimaryByDefault(),
        ref,
        true);
  }

  private Plain.Directive directive(int i) {
    String id = prefix + "dir-" + i;
    boolean numerical = i < 5;
    Directive.Kind kind =
        numerical
            ? Directive.Kind.NUMERICAL_TARGET
            : new Directive.Kind[] {
                  Directive.Kind.POLICY_MEMO,
                  Directive.Kind.OPERATIONAL_GUIDANCE,
                  Directive.Kind.UNSTATED_TARGET,
                }
                [random.nextInt(3)];
    PartialDate effective =
        random.nextInt(10) == 0 && !numerical
            ? null
            : partial(LocalDate.of(firstYear, 1, 1).plusDays(i % 5 * 300L + random.nextInt(120)));
    Plain.Supersession supersedes = null;
    if (numerical && i >= 2 && random.nextInt(10) < 7) {
      Plain.Directive earlier = directives.get(i - 2);
      PartialDate earlierStart = PartialDate.parse(nonNull(earlier.effective()));
      if (effective != null && effective.certainlyBefore(earlierStart)) {
        effective = earlierStart;
      }
      supersedes = new Plain.Supersession(earlier.id(), random.nextBoolean());
    }
    PartialDate ended = null;
    if (effective != null && random.nextInt(5) == 0) {
      ended = partial(effective.end().plusDays(200 + random.nextInt(400)));
    }
    Plain.Target target = null;
    if (numerical) {
      double low = 25 + 5 * random.nextInt(30);
      targets.add(low);
      target =
          new Plain.Target(
              METRICS[i % 2],
              scope,
              low,
              random.nextInt(4) == 0 ? low + 5 * (1 + random.nextInt(6)) : null);
    }
    List<Plain.Denial> denials =
        random.nextInt(10) == 0
            ? List.of(
                new Plain.Denial("An agency spokesperson denied that any number was set", cite()))
            : List.of();
    List<String> conducts =
        numerical
            ? random.nextBoolean()
                ? List.of(Conduct.MISSED_QUOTA.id(), Conduct.IMPOSING_QUOTA.id())
                : List.of(Conduct.MISSED_QUOTA.id())
            : List.of(pick(CONDUCTS).id());
    return new Plain.Directive(
        id,
        kind,
        numerical
            ? "Officers of field office "
                + office
                + " are to meet a daily number (directive "
                + i
                + ")"
            : "Guidance to field office " + office + " on how arrests are counted and reported",
        new Plain.Actor(
            random.nextBoolean() ? "Director of field office " + office : "Agency leadership",
            random.nextInt(3) == 0 ? List.of(pick(PEOPLE)) : List.of(),
            random.nextBoolean() ? Role.FIELD_OFFICE_MANAGER.id() : Role.SENIOR_OFFICIAL.id()),
        new Plain.Actor(
            "Officers of field office " + office,
            List.of(),
            random.nextInt(4) == 0 ? Role.FIELD_OFFICE_MANAGER.id() : Role.LINE_AGENT.id()),
        iso(effective),
        iso(ended),
        supersedes,
        target,
        numerical && random.nextInt(3) == 0
            ? "Managers who miss the number will answer for it"
            : null,
        denials,
        conducts,
        random.nextInt(5) == 0 ? date(day(0, 8)) : null,
        citations());
  }

  private Plain.PersonnelAction personnelAction(int i) {
    String id = prefix + "pa-" + i;
    boolean incentive = random.nextInt(10) == 0;
    PersonnelAction.Kind kind =
        incentive
            ? random.nextBoolean() ? PersonnelAction.Kind.BONUS : PersonnelAction.Kind.HIRING_DRIVE
            : SANCTIONS[random.nextInt(SANCTIONS.length)];
    List<String> enforces = List.of();
    PartialDate date = random.nextInt(8) == 0 ? null : partial(day(0, 9));
    if (random.nextInt(10) < 6) {
      Plain.Directive d = directives.get(random.nextInt(5));
      enforces = List.of(d.id());
      PartialDate start = PartialDate.parse(nonNull(d.effective()));
      if (date != null && date.certainlyBefore(start)) {
        date = partial(start.end().plusDays(random.nextInt(200)));
      }
    }
    int roll = random.nextInt(10);
    String conduct =
        roll < 7
            ? Conduct.MISSED_QUOTA.id()
            : roll < 8
                ? Conduct.PENALIZING_MISSED_QUOTA.id()
                : roll < 9 ? FALSIFYING_ARREST_RECORDS.id() : null;
    List<Plain.Inference> inferences = new ArrayList<>();
    if (random.nextInt(7) == 0) {
      inferences.add(
          new Plain.Inference(
              enforces.isEmpty() ? "nature" : "enforces",
              "the sources report the action over low numbers; the link is an inference"));
    }
    Status[] statuses = Status.values();
    return new Plain.PersonnelAction(
        id,
        kind,
        incentive
            ? "Officers of field office " + office + " were rewarded for high numbers"
            : "Officials of field office " + office + " were sanctioned over low arrest numbers",
        pickRole(),
        random.nextBoolean() ? "some officers of field office " + office : null,
        random.nextInt(4) == 0 ? List.of(pick(PEOPLE)) : List.of(),
        random.nextInt(3) == 0
            ? new Plain.Actor(
                "Director of field office " + office, List.of(), Role.FIELD_OFFICE_MANAGER.id())
            : null,
        iso(date),
        date != null && random.nextInt(5) == 0
            ? iso(partial(date.end().plusDays(30 + random.nextInt(300))))
            : null,
        incentive ? Nature.INCENTIVE : Nature.SANCTION,
        statuses[random.nextInt(statuses.length)],
        conduct,
        "arrest numbers below the office's target",
        enforces,
        random.nextInt(5) == 0 ? "The agency calls the change routine" : null,
        inferences,
        random.nextInt(5) == 0 ? date(day(1, 9)) : null,
        citations());
  }

  private Plain.OversightBody oversightBody(String id) {
    OversightBody.Kind kind = BODIES[random.nextInt(BODIES.length)];
    List<Lever> levers =
        List.of(Lever.INVESTIGATION, Lever.LITIGATION, Lever.GRIEVANCE, Lever.DISCIPLINE)
            .subList(0, 2 + random.nextInt(3));
    List<Plain.OversightAction> actions = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      actions.add(oversightAction(prefix + "act-" + i, levers));
    }
    return new Plain.OversightBody(
        id,
        "Oversight of field office "
            + office
            + " ("
            + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + ")",
        kind,
        levers,
        actions,
        random.nextInt(5) == 0 ? date(day(0, 4)) : null,
        citations());
  }

  private Plain.OversightAction oversightAction(String id, List<Lever> levers) {
    List<Defendant> defendants =
        random.nextBoolean()
            ? List.of(Defendant.INDIVIDUAL)
            : random.nextBoolean()
                ? List.of(Defendant.AGENCY)
                : List.of(Defendant.INDIVIDUAL, Defendant.AGENCY);
    List<String> roles = defendants.contains(Defendant.INDIVIDUAL) ? someRoles(1) : List.of();
    PartialDate date = random.nextInt(6) == 0 ? null : partial(day(1, 8));
    List<Plain.OutcomeStep> steps = new ArrayList<>();
    LocalDate next = date == null ? day(1, 8) : date.end();
    int n = 1 + random.nextInt(3);
    Outcome[] outcomes = {
      Outcome.PENDING,
      Outcome.GRANTED,
      Outcome.DENIED,
      Outcome.DISMISSED,
      Outcome.SETTLED,
      Outcome.COMPLETED,
    };
    for (int s = 0; s < n; s++) {
      next = next.plusDays(30 + random.nextInt(300));
      Outcome outcome = outcomes[random.nextInt(outcomes.length)];
      steps.add(
          new Plain.OutcomeStep(
              outcome,
              date(next),
              random.nextBoolean() ? "the step as the sources report it" : null,
              outcome == Outcome.DISMISSED ? List.of(Ground.QUALIFIED_IMMUNITY) : List.of(),
              outcome == Outcome.SETTLED ? List.of(Remedy.DAMAGES) : List.of(),
              citations()));
    }
    return new Plain.OversightAction(
        id,
        levers.get(random.nextInt(levers.size())),
        "A proceeding over arrest quotas at field office " + office,
        iso(date),
        pick(LiabilityType.values()),
        defendants,
        roles,
        someConducts(1),
        random.nextBoolean() ? routeIds.get(random.nextInt(routeIds.size())) : null,
        steps,
        random.nextInt(5) == 0 ? date(day(1, 9)) : null,
        citations());
  }

  private Plain.Route route(int i, String bodyId) {
    List<Defendant> defendants =
        random.nextBoolean()
            ? List.of(Defendant.INDIVIDUAL)
            : random.nextBoolean()
                ? List.of(Defendant.EMPLOYER)
                : List.of(Defendant.INDIVIDUAL, Defendant.AGENCY);
    boolean individuals = defendants.contains(Defendant.INDIVIDUAL);
    List<String> roles = individuals ? someRoles(1) : List.of();
    List<String> conducts = someConducts(1);
    Availability availability =
        random.nextInt(10) < 7
            ? Availability.OPEN
            : random.nextInt(3) == 0 ? Availability.PROPOSED : Availability.RESTRICTED;
    List<Plain.RoutePrecondition> preconditions = new ArrayList<>();
    if (random.nextInt(5) < 2) {
      Precondition.Status status = pick(Precondition.Status.values());
      preconditions.add(
          new Plain.RoutePrecondition(
              "The officer's numbers are part of written performance standards",
              roles.isEmpty() ? List.of() : List.of(roles.get(0)),
              random.nextBoolean() ? List.of(conducts.get(0)) : List.of(),
              status,
              status == Precondition.Status.NOT_ESTABLISHED && random.nextBoolean()
                  ? List.of()
                  : citations()));
    }
    List<Plain.RouteHurdle> hurdles =
        random.nextInt(5) < 2
            ? List.of(
                new Plain.RouteHurdle(
                    pick(Hurdle.Kind.values()),
                    "A prosecutor or arbitrator must decide to act",
                    List.of(),
                    citations()))
            : List.of();
    boolean protects = random.nextInt(5) == 0;
    return new Plain.Route(
        prefix + "route-" + i,
        "Route " + i + " for arrest quotas at field office " + office,
        pick(LiabilityType.values()),
        conducts,
        defendants,
        roles,
        "Example District Court",
        random.nextBoolean() ? "preponderance of the evidence" : null,
        "an injured person or the officer concerned",
        availability,
        availability == Availability.OPEN ? null : "narrowed by a fictional precedent",
        availability == Availability.RESTRICTED && random.nextBoolean() ? date(day(2, 9)) : null,
        availability == Availability.OPEN ? List.of() : List.of(cite()),
        random.nextInt(5) < 3 ? List.of(bodyId) : List.of(),
        preconditions,
        hurdles,
        !individuals && random.nextInt(3) == 0
            ? new Plain.Substitution(
                List.of(Role.LINE_AGENT.id()),
                "The agency answers in place of its officers",
                citations())
            : null,
        random.nextInt(3) == 0
            ? new Plain.Appeal(random.nextBoolean(), "To the Example Merit Board", citations())
            : null,
        protects ? List.of(Role.LINE_AGENT.id()) : List.of(),
        protects ? List.of(Conduct.MISSED_QUOTA.id()) : List.of(),
        random.nextBoolean() ? List.of(pick(Remedy.values())) : List.of(),
        random.nextInt(5) == 0 ? date(day(0, 3)) : null,
        citations());
  }

  private Plain.Claim claim(int i) {
    int roll = random.nextInt(20);
    EvidenceStatus status =
        roll < 12
            ? EvidenceStatus.REPORTED
            : roll < 17 ? EvidenceStatus.CONTESTED : EvidenceStatus.ABSENCE_OF_EVIDENCE;
    List<String> cited = citations();
    List<Plain.Source> sources = new ArrayList<>();
    if (status == EvidenceStatus.ABSENCE_OF_EVIDENCE) {
      if (random.nextBoolean()) {
        sources.add(new Plain.Source(cited.get(0), Stance.CONTRADICTS));
      }
    } else {
      for (String c : cited) {
        sources.add(new Plain.Source(c, Stance.SUPPORTS));
      }
      if (status == EvidenceStatus.CONTESTED) {
        String other = cite();
        while (cited.contains(other)) {
          other = cite();
        }
        sources.add(
            new Plain.Source(
                other, random.nextBoolean() ? Stance.CONTRADICTS : Stance.REPORTS_BOTH));
      }
    }
    List<String> about = new ArrayList<>();
    about.add(directives.get(random.nextInt(directives.size())).id());
    if (random.nextBoolean()) {
      about.add(personnelActions.get(random.nextInt(personnelActions.size())).id());
    }
    return new Plain.Claim(
        prefix + "claim-" + i,
        "Managers of field office "
            + office
            + " set arrest numbers and punished officers who missed them",
        status,
        sources,
        status == EvidenceStatus.ABSENCE_OF_EVIDENCE ? "No source shows who set the number" : null,
        about,
        someConducts(1),
        random.nextBoolean() ? someRoles(1) : List.of(),
        random.nextInt(5) == 0 ? date(day(0, 9)) : null);
  }

  private Plain.Observation observation(int i) {
    int metric = random.nextInt(2);
    double target = targets.get(metric + 2 * random.nextInt(metric == 0 ? 3 : 2));
    LocalDate month = LocalDate.of(firstYear, 1, 1).plusMonths(i * 3L + random.nextInt(3));
    int roll = random.nextInt(10);
    Qualifier qualifier =
        roll < 6
            ? Qualifier.EXACT
            : roll < 7
                ? Qualifier.AVERAGE
                : roll < 8 ? Qualifier.ABOUT : roll < 9 ? Qualifier.UNDER : Qualifier.OVER;
    double value = Math.round(target * (0.3 + random.nextDouble()) * 10) / 10.0;
    return new Plain.Observation(
        prefix + "obs-" + i,
        METRICS[metric],
        scope,
        value,
        qualifier,
        random.nextInt(5) == 0
            ? PartialDate.of(month).toIso8601()
            : PartialDate.ofMonth(month.getYear(), month.getMonthValue()).toIso8601(),
        random.nextInt(5) == 0 ? "early in the month" : null,
        null,
        citations());
  }

  // ------------------------------------------------------------------------------ values

  private static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("a numerical directive always takes effect");
    }
    return value;
  }

  /** A day from {@code from} to {@code to} years after the office's first year. */
  private LocalDate day(int from, int to) {
    return LocalDate.of(firstYear + from, 1, 1).plusDays(random.nextInt((to - from) * 365));
  }

  /** The day at the precision of the day, the month or the year; a tenth approximate. */
  private PartialDate partial(LocalDate day) {
    int roll = random.nextInt(20);
    PartialDate date =
        roll < 12
            ? PartialDate.of(day)
            : roll < 17
                ? PartialDate.ofMonth(day.getYear(), day.getMonthValue())
                : PartialDate.ofYear(day.getYear());
    return random.nextInt(10) == 0 ? date.approximately() : date;
  }

  private String date(LocalDate day) {
    return partial(day).toIso8601();
  }

  private static @Nullable String iso(@Nullable PartialDate date) {
    return date == null ? null : date.toIso8601();
  }

  private String cite() {
    return citationIds.get(random.nextInt(citationIds.size()));
  }

  /** One to three distinct citations of the office. */
  private List<String> citations() {
    int n = 1 + random.nextInt(3);
    List<String> out = new ArrayList<>(n);
    while (out.size() < n) {
      String c = cite();
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private String pickRole() {
    int roll = random.nextInt(20);
    return (roll < 8
            ? Role.LINE_AGENT
            : roll < 12
                ? Role.SUPERVISOR
                : roll < 17
                    ? Role.FIELD_OFFICE_MANAGER
                    : roll < 19 ? Role.SENIOR_OFFICIAL : DEPUTY_DIRECTOR)
        .id();
  }

  private List<String> someRoles(int min) {
    List<String> out = new ArrayList<>();
    int n = min + random.nextInt(3);
    while (out.size() < n) {
      String r = pickRole();
      if (!out.contains(r)) {
        out.add(r);
      }
    }
    return out;
  }

  private List<String> someConducts(int min) {
    List<String> out = new ArrayList<>();
    int n = min + random.nextInt(2);
    while (out.size() < n) {
      String c = pick(CONDUCTS).id();
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}

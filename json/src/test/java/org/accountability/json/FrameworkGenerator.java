package org.accountability.json;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Actor;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.Inference;
import org.accountability.model.LegalReference;
import org.accountability.model.LegalRoute;
import org.accountability.model.Lever;
import org.accountability.model.LiabilityType;
import org.accountability.model.NumericalTarget;
import org.accountability.model.Observation;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Remedy;
import org.accountability.model.Role;

/**
 * Generates valid frameworks of entirely fictional content for property and fuzz tests: every
 * entity type, every enum constant, every standard role and conduct, roles and conducts of the
 * framework's own (declared, then named by entities) and standard ones declared with the
 * framework's own description, every optional attribute both present and absent, dates of every
 * precision both exact and approximate, text with JSON-special and non-ASCII characters, and
 * non-integral, tiny and very large numbers.
 *
 * <p>Every decision is drawn from a {@link Choices}, so the same generator serves a seeded {@link
 * RandomGenerator} (replayable by seed) and Jazzer's {@link FuzzedDataProvider} (guided by
 * coverage). Whatever the choices, the result satisfies every entity and framework rule: ids are
 * unique across kinds, references point at entities of the right kind, every fact is cited (an
 * {@code ABSENCE_OF_EVIDENCE} claim may have no source), a superseding directive does not take
 * effect before the one it supersedes, a personnel action is not dated before a directive it
 * enforces, an action's outcome steps are in date order, an inference marks only a link its action
 * has and each attribute once, a precondition names only roles its route reaches and conducts it
 * covers, a route protects conducts only for claimants, only a route without individual defendants
 * substitutes for individuals, and every term of the framework's own is declared. A choice that
 * would break a rule is corrected, never retried, so that a fuzzer's input always yields a
 * framework.
 *
 * <p>Negative zero is among the edge numbers: the model accepts {@code -0.0} (it is not below zero)
 * and tells it apart from {@code 0.0}, so the format must keep its sign.
 */
final class FrameworkGenerator {

  /** The source of every decision the generator takes. */
  interface Choices {
    /**
     * A number from 0 (inclusive) to {@code bound} (exclusive).
     *
     * @param bound a positive bound
     * @return the number
     */
    int nextInt(int bound);

    /**
     * A boolean.
     *
     * @return the boolean
     */
    boolean nextBoolean();

    /**
     * Any finite double, of any sign and magnitude.
     *
     * @return the double
     */
    double nextDouble();

    /**
     * A string of at most {@code maxLength} UTF-16 chars, possibly empty or blank.
     *
     * @param maxLength the longest string allowed
     * @return the string
     */
    String nextString(int maxLength);

    /**
     * Choices drawn from a random generator: the same seed gives the same framework.
     *
     * @param random the generator
     * @return the choices
     */
    static Choices random(RandomGenerator random) {
      return new RandomChoices(random);
    }

    /**
     * Choices drawn from a fuzzer's input; when the input runs out every choice is the smallest.
     *
     * @param data the fuzzer's data
     * @return the choices
     */
    static Choices fuzzed(FuzzedDataProvider data) {
      return new FuzzedChoices(data);
    }
  }

  /**
   * The framework for a seed.
   *
   * @param seed the seed
   * @return a valid framework
   */
  static AccountabilityFramework generate(long seed) {
    return generate(new SplittableRandom(seed));
  }

  /**
   * A framework drawn from a random generator.
   *
   * @param random the generator
   * @return a valid framework
   */
  static AccountabilityFramework generate(RandomGenerator random) {
    return generate(Choices.random(random));
  }

  /**
   * A framework drawn from any source of choices.
   *
   * @param choices the choices
   * @return a valid framework
   */
  static AccountabilityFramework generate(Choices choices) {
    return new FrameworkGenerator(choices).framework();
  }

  // ------------------------------------------------------------------------------ fictional data

  private static final String[] PUBLISHERS = {
    "Example Gazette",
    "The Fictional Times",
    "Example Broadcasting Corporation",
    "Example State Code",
    "Example Court of Appeals",
    "Example Watchdog Review",
    "Ministry of Examples Press Office",
  };

  private static final double[] EDGE_NUMBERS = {
    0.0,
    -0.0,
    0.1,
    1.0 / 3,
    Double.MIN_VALUE,
    Double.MIN_NORMAL,
    Double.MAX_VALUE,
    1e15,
    1e15 - 1,
    999_999_999_999_999.5,
    0.5,
  };

  private static final String[] HOSTS = {"Example Wire", "Sample Syndicate", "example.net News"};

  private static final String[] URLS = {
    "https://example.org/",
    "http://example.com/",
    "https://news.example.net/",
    "HTTPS://EXAMPLE.ORG/",
    "https://example.org:8443/",
    "https://sub.example.org/~editor/",
  };

  private static final String[] URL_PATHS = {
    "2030/03/02/quota-story",
    "a%20b/c?d=e&f=g",
    "reports/index.html#section-2",
    "~user/%E2%82%AC/%F0%9F%98%80",
    "",
    "path/with.dots/and-dashes_and_underscores",
  };

  private static final String[] AGENCIES = {
    "Example City Police Department", "Example Border Agency", "Department of Fictional Affairs",
  };

  private static final String[] OFFICES = {
    "Commissioner", "Deputy director", "Field office directors", "Patrol officers", "City council",
  };

  private static final String[] PEOPLE = {"Alex Example", "Sam Sample", "Jordan Placeholder"};

  private static final String[] METRICS = {
    "arrests per day", "tickets per shift", "removals per month"
  };

  private static final String[] SCOPES = {"agency-wide", "per field office", "per officer"};

  /** Fragments with characters that JSON, JSON Pointer, URLs or UTF-16 treat specially. */
  private static final String[] SPECIAL = {
    "\"quoted\"",
    "back\\slash",
    "line\nbreak",
    "tab\tand\rreturn",
    "slash/and~tilde",
    "~0~1",
    "\u0000nul\u001fcontrol\u007f",
    "caf\u00e9 \u4e2d\u6587 \u0639\u0631\u0628\u064a",
    "emoji \uD83D\uDE00 \uD83C\uDFDB\uFE0F \uD83D\uDC69\u200D\u2696\uFE0F",
    "separators \u2028 \u2029 nbsp\u00a0",
    "bom\uFEFF and \uFFFD",
    "combining e\u0301",
    "</script><!-- -->",
    "\\u0041 is not an escape here",
    "{\"json\": [1, 2]}",
  };

  // ------------------------------------------------------------------------------ state

  private final Choices c;
  private int counter;

  /** The roles entities may name: the standard ones and those the framework declares. */
  private List<Role> roles = Role.standardRoles();

  /** The conducts entities may name: the standard ones and those the framework declares. */
  private List<Conduct> conducts = Conduct.standardConducts();

  private FrameworkGenerator(Choices choices) {
    this.c = choices;
  }

  private AccountabilityFramework framework() {
    List<Role> declaredRoles = declaredRoles();
    List<Conduct> declaredConducts = declaredConducts();
    roles = vocabulary(declaredRoles, Role.standardRoles());
    conducts = vocabulary(declaredConducts, Conduct.standardConducts());
    AccountabilityFramework.Builder b =
        AccountabilityFramework.builder()
            .title(text("Fictional study of quotas"))
            .agency(text(pick(AGENCIES)))
            .addRoles(declaredRoles)
            .addConducts(declaredConducts)
            .addUnlawfulConducts(someOf(conducts, 0));
    optionalText("Who answers for a missed quota?").ifPresent(b::question);
    if (c.nextInt(25) == 0) {
      return b.build();
    }

    List<String> citationIds = ids("cit-", 1 + c.nextInt(6));
    List<String> directiveIds = ids("dir-", c.nextInt(5));
    List<String> personnelIds = ids("pa_", c.nextInt(4));
    List<String> bodyIds = ids("body.", c.nextInt(4));
    List<List<String>> actionIds = new ArrayList<>();
    for (int i = 0; i < bodyIds.size(); i++) {
      actionIds.add(ids("act:", c.nextInt(4)));
    }
    List<String> routeIds = ids("route-", c.nextInt(4));
    List<String> claimIds = ids("C", c.nextInt(4));
    List<String> observationIds = ids("obs-", c.nextInt(4));

    List<String> aboutTargets = new ArrayList<>();
    aboutTargets.addAll(directiveIds);
    aboutTargets.addAll(personnelIds);
    aboutTargets.addAll(bodyIds);
    actionIds.forEach(aboutTargets::addAll);
    aboutTargets.addAll(routeIds);
    aboutTargets.addAll(claimIds);
    aboutTargets.addAll(observationIds);

    for (String id : citationIds) {
      b.addCitations(citation(id));
    }
    List<Directive> directives = new ArrayList<>();
    for (String id : directiveIds) {
      Directive d = directive(id, directives, citationIds);
      directives.add(d);
      b.addDirectives(d);
    }
    for (String id : personnelIds) {
      b.addPersonnelActions(personnelAction(id, directives, citationIds));
    }
    for (int i = 0; i < bodyIds.size(); i++) {
      b.addOversightBodies(oversightBody(bodyIds.get(i), actionIds.get(i), routeIds, citationIds));
    }
    for (String id : routeIds) {
      b.addRoutes(legalRoute(id, bodyIds, citationIds));
    }
    for (String id : claimIds) {
      b.addClaims(claim(id, aboutTargets, citationIds));
    }
    for (String id : observationIds) {
      b.addObservations(observation(id, citationIds));
    }
    return b.build();
  }

  // ------------------------------------------------------------------------------ vocabularies

  /**
   * Roles the framework declares: often none, else some of its own ({@code CUSTOM_ROLE_1}, ...) and
   * sometimes a standard one with the framework's own name and description.
   */
  private List<Role> declaredRoles() {
    List<Role> declared = new ArrayList<>();
    if (c.nextInt(3) == 0) {
      return declared;
    }
    int own = c.nextInt(4);
    for (int i = 1; i <= own; i++) {
      declared.add(
          Role.of("CUSTOM_ROLE_" + i, text("custom role " + i), text("a fictional rank " + i)));
    }
    if (c.nextInt(4) == 0) {
      Role standard = pick(Role.standardRoles());
      declared.add(
          c.nextInt(declared.size() + 1),
          Role.of(standard.id(), text("officer"), text("a fictional officer")));
    }
    return declared;
  }

  /** Conducts the framework declares, as {@link #declaredRoles()} declares roles. */
  private List<Conduct> declaredConducts() {
    List<Conduct> declared = new ArrayList<>();
    if (c.nextInt(3) == 0) {
      return declared;
    }
    int own = c.nextInt(4);
    for (int i = 1; i <= own; i++) {
      declared.add(
          Conduct.of(
              "CUSTOM_CONDUCT_" + i,
              text("custom conduct " + i),
              text("a fictional misdeed " + i)));
    }
    if (c.nextInt(4) == 0) {
      Conduct standard = pick(Conduct.standardConducts());
      declared.add(
          c.nextInt(declared.size() + 1),
          Conduct.of(standard.id(), text("missing a number"), text("a fictional shortfall")));
    }
    return declared;
  }

  /** The declared terms, then the standard terms not among them. */
  private static <T> List<T> vocabulary(List<T> declared, List<T> standard) {
    List<T> all = new ArrayList<>(declared);
    for (T term : standard) {
      if (!all.contains(term)) {
        all.add(term);
      }
    }
    return all;
  }

  // ------------------------------------------------------------------------------ entities

  private Citation citation(String id) {
    var b =
        Citation.builder()
            .id(id)
            .title(optionalText("Quota story"))
            .publisher(text(pick(PUBLISHERS)))
            .host(optionalText(pick(HOSTS)))
            .date(optionalDate())
            .kind(pick(Citation.Kind.values()));
    if (c.nextBoolean()) {
      b.url(pick(URLS) + pick(URL_PATHS));
    }
    if (c.nextBoolean()) {
      b.primary(c.nextBoolean());
    }
    if (c.nextBoolean()) {
      b.legalReference(
          new LegalReference(
              text(Integer.toString(1 + c.nextInt(99))),
              text(c.nextBoolean() ? "Ex. Code" : "Ex. Rep."),
              text(Integer.toString(1 + c.nextInt(999))),
              c.nextBoolean()));
    }
    if (c.nextBoolean()) {
      b.fictional(c.nextInt(4) != 0);
    }
    return b.build();
  }

  private Directive directive(String id, List<Directive> earlier, List<String> citationIds) {
    Directive.Kind kind = pick(Directive.Kind.values());
    Optional<PartialDate> effective = optionalDate();
    Optional<Directive.Supersession> supersedes = Optional.empty();
    if (!earlier.isEmpty() && c.nextBoolean()) {
      Directive previous = pick(earlier);
      supersedes = Optional.of(new Directive.Supersession(previous.id(), c.nextBoolean()));
      if (effective.isPresent() && previous.effective().isPresent()) {
        effective = Optional.of(notBefore(effective.get(), previous.effective().get()));
      }
    }
    Optional<PartialDate> ended = Optional.empty();
    if (c.nextBoolean()) {
      ended = Optional.of(effective.map(this::dateNotBefore).orElseGet(this::date));
    }
    var b =
        Directive.builder()
            .id(id)
            .kind(kind)
            .summary(text("Reach the fictional target"))
            .issuer(actor())
            .addressee(actor())
            .effective(effective)
            .ended(ended)
            .supersedes(supersedes)
            .announcedAccountability(optionalText("Managers will answer for misses"))
            .addAllConducts(someOf(conducts, 0))
            .knownSince(optionalDate())
            .addAllCitations(someOf(citationIds, 1));
    if (kind == Directive.Kind.NUMERICAL_TARGET) {
      b.target(target());
    }
    int denials = c.nextInt(3) == 0 ? 1 + c.nextInt(2) : 0;
    for (int i = 0; i < denials; i++) {
      b.addDenials(new Directive.Denial(text("An official denied it"), pick(citationIds)));
    }
    return b.build();
  }

  private PersonnelAction personnelAction(
      String id, List<Directive> directives, List<String> citationIds) {
    List<Directive> enforces = someOf(directives, 0);
    Optional<PartialDate> date = optionalDate();
    if (date.isPresent()) {
      PartialDate d = date.get();
      for (Directive directive : enforces) {
        if (directive.effective().isPresent()) {
          d = notBefore(d, directive.effective().get());
        }
      }
      date = Optional.of(d);
      for (Directive directive : enforces) {
        if (directive.effective().isPresent() && d.certainlyBefore(directive.effective().get())) {
          date = Optional.empty();
        }
      }
    }
    Optional<PartialDate> until =
        date.isPresent() && c.nextBoolean()
            ? Optional.of(dateNotBefore(date.get()))
            : Optional.empty();
    Optional<Conduct> conduct = c.nextBoolean() ? Optional.of(pick(conducts)) : Optional.empty();
    List<String> inferable = new ArrayList<>(List.of("nature"));
    conduct.ifPresent(x -> inferable.add("conduct"));
    if (!enforces.isEmpty()) {
      inferable.add("enforces");
    }
    List<Inference> inferences = new ArrayList<>();
    for (String attribute : c.nextInt(3) == 0 ? someOf(inferable, 1) : List.<String>of()) {
      inferences.add(new Inference(attribute, text("the source does not say so")));
    }
    return PersonnelAction.builder()
        .id(id)
        .kind(pick(PersonnelAction.Kind.values()))
        .summary(text("Officials reassigned"))
        .subjectRole(pick(roles))
        .subjectDescription(optionalText("some of the field office directors"))
        .addAllSubjectNames(names())
        .actor(c.nextBoolean() ? Optional.of(actor()) : Optional.empty())
        .date(date)
        .until(until)
        .nature(pick(PersonnelAction.Nature.values()))
        .status(pick(PersonnelAction.Status.values()))
        .conduct(conduct)
        .reason(text("too few arrests"))
        .addAllEnforces(
            enforces.stream().map(Directive::id).collect(ImmutableList.toImmutableList()))
        .officialResponse(optionalText("The agency calls it routine"))
        .addAllInferences(inferences)
        .knownSince(optionalDate())
        .addAllCitations(someOf(citationIds, 1))
        .build();
  }

  private OversightBody oversightBody(
      String id, List<String> actionIds, List<String> routeIds, List<String> citationIds) {
    List<Lever> levers = someOf(List.of(Lever.values()), 1);
    List<OversightAction> actions = new ArrayList<>();
    for (String actionId : actionIds) {
      actions.add(oversightAction(actionId, levers, routeIds, citationIds));
    }
    return OversightBody.builder()
        .id(id)
        .name(text("Example Oversight Committee"))
        .kind(pick(OversightBody.Kind.values()))
        .addAllLevers(levers)
        .addAllActions(actions)
        .knownSince(optionalDate())
        .addAllCitations(someOf(citationIds, 1))
        .build();
  }

  private OversightAction oversightAction(
      String id, List<Lever> levers, List<String> routeIds, List<String> citationIds) {
    List<Defendant> defendants = someOf(List.of(Defendant.values()), 1);
    List<Role> reached = defendants.contains(Defendant.INDIVIDUAL) ? someOf(roles, 1) : List.of();
    Optional<PartialDate> date = optionalDate();
    return OversightAction.builder()
        .id(id)
        .lever(pick(levers))
        .summary(text("Opened a fictional probe"))
        .date(date)
        .liability(pick(LiabilityType.values()))
        .addAllDefendants(defendants)
        .addAllRoles(reached)
        .addAllConducts(someOf(conducts, 0))
        .route(
            !routeIds.isEmpty() && c.nextBoolean() ? Optional.of(pick(routeIds)) : Optional.empty())
        .addAllOutcomes(outcomes(date, citationIds))
        .knownSince(optionalDate())
        .addAllCitations(someOf(citationIds, 1))
        .build();
  }

  /**
   * One to three outcome steps, each cited, some dated and some not; a dated step is not before the
   * dated step just before it (the only order the model checks), nor before the action's date.
   */
  private List<OversightAction.OutcomeStep> outcomes(
      Optional<PartialDate> actionDate, List<String> citationIds) {
    List<OversightAction.OutcomeStep> steps = new ArrayList<>();
    Optional<PartialDate> previous = actionDate;
    int n = 1 + c.nextInt(3);
    for (int i = 0; i < n; i++) {
      Optional<PartialDate> date = optionalDate();
      if (date.isPresent() && previous.isPresent()) {
        date = Optional.of(notBefore(date.get(), previous.get()));
      }
      steps.add(
          new OversightAction.OutcomeStep(
              pick(OversightAction.Outcome.values()),
              date,
              optionalText("Stayed on appeal"),
              c.nextInt(3) == 0 ? someOf(List.of(OversightAction.Ground.values()), 1) : List.of(),
              c.nextInt(3) == 0 ? someOf(List.of(Remedy.values()), 1) : List.of(),
              someOf(citationIds, 1)));
      previous = date;
    }
    return steps;
  }

  private LegalRoute legalRoute(String id, List<String> bodyIds, List<String> citationIds) {
    List<Defendant> defendants = someOf(List.of(Defendant.values()), 1);
    List<Role> reached = defendants.contains(Defendant.INDIVIDUAL) ? someOf(roles, 1) : List.of();
    List<Conduct> covered = someOf(conducts, 1);
    var b =
        LegalRoute.builder()
            .id(id)
            .name(text("Fictional civil rights action"))
            .liability(pick(LiabilityType.values()))
            .addAllConducts(covered)
            .addAllDefendants(defendants)
            .addAllRoles(reached)
            .forum(text("Example District Court"))
            .standardOfProof(optionalText("preponderance of the evidence"))
            .initiatedBy(text("an injured person"))
            .addAllEnforcedBy(someOf(bodyIds, 0))
            .knownSince(optionalDate())
            .addAllCitations(someOf(citationIds, 1));
    int preconditions = c.nextInt(3) == 0 ? 1 + c.nextInt(3) : 0;
    for (int i = 0; i < preconditions; i++) {
      LegalRoute.Precondition.Status status = pick(LegalRoute.Precondition.Status.values());
      int least = status == LegalRoute.Precondition.Status.NOT_ESTABLISHED ? 0 : 1;
      b.addPreconditions(
          new LegalRoute.Precondition(
              text("The officer is a member of the fictional service"),
              someOf(reached, 0),
              c.nextBoolean() ? someOf(covered, 0) : List.of(),
              status,
              someOf(citationIds, least)));
    }
    int hurdles = c.nextInt(3) == 0 ? 1 + c.nextInt(3) : 0;
    for (int i = 0; i < hurdles; i++) {
      b.addHurdles(
          new LegalRoute.Hurdle(
              pick(LegalRoute.Hurdle.Kind.values()),
              text("A prosecutor must decide to bring it"),
              someOf(roles, 0),
              someOf(citationIds, 1)));
    }
    if (!defendants.contains(Defendant.INDIVIDUAL) && c.nextBoolean()) {
      b.substitution(
          new LegalRoute.Substitution(
              someOf(roles, 1),
              text("The fictional state answers in place of its officers"),
              someOf(citationIds, 1)));
    }
    if (c.nextBoolean()) {
      b.appeal(
          new LegalRoute.Appeal(
              c.nextBoolean(), text("To the Example Merit Board"), someOf(citationIds, 1)));
    }
    if (c.nextBoolean()) {
      List<Role> claimants = someOf(roles, 1);
      b.addAllClaimants(claimants).addAllProtects(someOf(conducts, 0));
    }
    b.addAllRemedies(someOf(List.of(Remedy.values()), 0));
    switch (c.nextInt(4)) {
      case 0 -> {} // OPEN by default
      case 1 -> b.availability(LegalRoute.Availability.OPEN);
      case 2 ->
          b.availability(LegalRoute.Availability.PROPOSED)
              .restriction(text("proposed in a fictional bill"))
              .addAllRestrictedBy(someOf(citationIds, 1));
      default ->
          b.availability(LegalRoute.Availability.RESTRICTED)
              .restriction(text("narrowed by a fictional precedent"))
              .restrictedSince(optionalDate())
              .addAllRestrictedBy(someOf(citationIds, 1));
    }
    return b.build();
  }

  private Claim claim(String id, List<String> aboutTargets, List<String> citationIds) {
    Claim.EvidenceStatus status = pick(Claim.EvidenceStatus.values());
    boolean absence = status == Claim.EvidenceStatus.ABSENCE_OF_EVIDENCE;
    List<String> unused = new ArrayList<>(citationIds);
    List<Claim.Source> sources = new ArrayList<>();
    for (String citation : someOf(citationIds, 0)) {
      unused.remove(citation);
      sources.add(new Claim.Source(citation, absence ? opposing() : pick(Claim.Stance.values())));
    }
    if (!absence && sources.stream().noneMatch(s -> s.stance() == Claim.Stance.SUPPORTS)) {
      // REPORTED and CONTESTED need a supporting source.
      if (sources.isEmpty()) {
        sources.add(Claim.Source.supports(take(unused)));
      } else {
        sources.set(0, Claim.Source.supports(sources.get(0).citation()));
      }
    }
    if (status == Claim.EvidenceStatus.CONTESTED
        && sources.stream().allMatch(s -> s.stance() == Claim.Stance.SUPPORTS)) {
      // CONTESTED also needs a source that contradicts it or reports both sides.
      if (!unused.isEmpty()) {
        sources.add(new Claim.Source(take(unused), opposing()));
      } else if (sources.size() > 1) {
        int last = sources.size() - 1;
        sources.set(last, new Claim.Source(sources.get(last).citation(), opposing()));
      } else {
        status = Claim.EvidenceStatus.REPORTED;
      }
    }
    return Claim.builder()
        .id(id)
        .statement(text("Officials set fictional quotas"))
        .status(status)
        .addAllSources(sources)
        .absenceOfEvidence(optionalText("No source shows who set the number"))
        .addAllAbout(someOf(aboutTargets, 0))
        .addAllConducts(someOf(conducts, 0))
        .addAllRoles(someOf(roles, 0))
        .knownSince(optionalDate())
        .build();
  }

  private Claim.Stance opposing() {
    return c.nextBoolean() ? Claim.Stance.CONTRADICTS : Claim.Stance.REPORTS_BOTH;
  }

  private Observation observation(String id, List<String> citationIds) {
    return Observation.builder()
        .id(id)
        .metric(text(pick(METRICS)))
        .scope(text(pick(SCOPES)))
        .value(number())
        .qualifier(pick(Observation.Qualifier.values()))
        .period(date())
        .periodLabel(optionalText("early in the fictional year"))
        .knownSince(optionalDate())
        .addAllCitations(someOf(citationIds, 1))
        .build();
  }

  // ------------------------------------------------------------------------------ values

  private Actor actor() {
    return new Actor(
        text(pick(OFFICES)),
        ImmutableList.copyOf(names()),
        c.nextBoolean() ? Optional.of(pick(roles)) : Optional.empty());
  }

  private List<String> names() {
    int n = c.nextInt(3) == 0 ? 1 + c.nextInt(3) : 0;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(text(pick(PEOPLE)));
    }
    return names;
  }

  private NumericalTarget target() {
    String metric = text(pick(METRICS));
    String scope = text(pick(SCOPES));
    double low = number();
    if (c.nextBoolean()) {
      return NumericalTarget.of(metric, scope, low);
    }
    double high = c.nextInt(4) == 0 ? low : low + number();
    return NumericalTarget.range(metric, scope, low, Double.isFinite(high) ? high : low);
  }

  /**
   * A finite number, never negative and never negative zero: small integers, non-integral values,
   * tiny and very large values, the edges of double, and whatever the choices give.
   */
  private double number() {
    double value =
        switch (c.nextInt(7)) {
          case 0 -> c.nextInt(10_000);
          case 1 -> c.nextInt(1_000_000) + (1 + c.nextInt(999)) / 1000.0;
          case 2 -> (1 + c.nextInt(9)) * Math.pow(10, 15 + c.nextInt(293));
          case 3 -> (1 + c.nextInt(1000)) * Math.pow(10, -c.nextInt(308));
          case 4 -> Math.abs(c.nextDouble());
          case 5 -> 9_007_199_254_740_992.0 + 2 * c.nextInt(1000); // above 2^53, integral
          default -> EDGE_NUMBERS[c.nextInt(EDGE_NUMBERS.length)];
        };
    return Double.isFinite(value) && value > 0 ? value : 0.0;
  }

  private Optional<PartialDate> optionalDate() {
    return c.nextBoolean() ? Optional.of(date()) : Optional.empty();
  }

  /** A date of any precision, exact or approximate, mostly near 2030, sometimes at the edges. */
  private PartialDate date() {
    int year =
        switch (c.nextInt(6)) {
          case 0 -> 1 + c.nextInt(9999);
          case 1 -> c.nextBoolean() ? 1 : 9999;
          default -> 2025 + c.nextInt(10);
        };
    return date(year);
  }

  private PartialDate date(int year) {
    int month = 1 + c.nextInt(12);
    PartialDate date =
        switch (c.nextInt(3)) {
          case 0 -> PartialDate.ofYear(year);
          case 1 -> PartialDate.ofMonth(year, month);
          default ->
              PartialDate.ofDay(
                  year, month, 1 + c.nextInt(YearMonth.of(year, month).lengthOfMonth()));
        };
    return c.nextBoolean() ? date.approximately() : date;
  }

  /**
   * A date in the same year as {@code start} or up to two years later, never certainly before it.
   */
  private PartialDate dateNotBefore(PartialDate start) {
    return notBefore(date(Math.min(9999, start.year() + c.nextInt(3))), start);
  }

  /** The date, or {@code floor} itself if the date is certainly before it. */
  private static PartialDate notBefore(PartialDate date, PartialDate floor) {
    return date.certainlyBefore(floor) ? floor : date;
  }

  // ------------------------------------------------------------------------------ text and ids

  /** A fictional, never blank text: the base as it is, or with special characters mixed in. */
  private String text(String base) {
    return switch (c.nextInt(5)) {
      case 0, 1 -> base;
      case 2 -> base + " " + pick(SPECIAL);
      case 3 -> base + " " + c.nextString(24);
      default -> {
        String any = c.nextString(40);
        yield any.isBlank() ? pick(SPECIAL) + " " + base : any;
      }
    };
  }

  private Optional<String> optionalText(String base) {
    return c.nextBoolean() ? Optional.of(text(base)) : Optional.empty();
  }

  private List<String> ids(String prefix, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(id(prefix));
    }
    return ids;
  }

  private static final String ID_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ._:-";
  private static final String ID_CHARS = ID_START + "0123456789";

  /**
   * A valid id, unique because it holds a counter shared by all kinds: an optional prefix without
   * digits, the counter, then an optional suffix that does not start with a digit. Some ids start
   * with a digit, some are the longest allowed (128 chars).
   */
  private String id(String prefix) {
    counter++;
    StringBuilder id = new StringBuilder();
    if (c.nextInt(8) != 0) {
      id.append(prefix);
    }
    id.append(counter);
    int room = 128 - id.length();
    int suffix =
        switch (c.nextInt(4)) {
          case 0 -> room;
          case 1 -> 1 + c.nextInt(12);
          default -> 0;
        };
    for (int i = 0; i < Math.min(suffix, room); i++) {
      String chars = i == 0 ? ID_START : ID_CHARS;
      id.append(chars.charAt(c.nextInt(chars.length())));
    }
    return id.toString();
  }

  // ------------------------------------------------------------------------------ picking

  private <T> T pick(T[] values) {
    return values[c.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(c.nextInt(values.size()));
  }

  private <T> T take(List<T> values) {
    return values.remove(c.nextInt(values.size()));
  }

  /** Between {@code min} and all of the values, each at most once, in a chosen order. */
  private <T> List<T> someOf(List<T> values, int min) {
    List<T> remaining = new ArrayList<>(values);
    int n = Math.min(values.size(), min + c.nextInt(values.size() - min + 1));
    List<T> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      chosen.add(take(remaining));
    }
    return chosen;
  }

  // ------------------------------------------------------------------------------ drivers

  /** Choices from a random generator, with strings drawn mostly from interesting characters. */
  private static final class RandomChoices implements Choices {
    private static final String[] PIECES = {
      "a",
      "Z",
      "0",
      " ",
      "quota",
      "Example",
      "\"",
      "\\",
      "/",
      "~",
      "\n",
      "\r",
      "\t",
      "\b",
      "\f",
      "\u0000",
      "\u001f",
      "\u007f",
      "'",
      "<",
      ">",
      "&",
      "%",
      "$",
      "{",
      "}",
      "[",
      "]",
      ",",
      ":",
      "\u00e9",
      "\u00df",
      "\u0416",
      "\u4e2d",
      "\u0639",
      "\u0301",
      "\u00a0",
      "\u2028",
      "\u2029",
      "\uFEFF",
      "\uFFFD",
      "\u20ac",
      "\uD83D\uDE00",
      "\uD83C\uDFDB",
      "\uD834\uDD1E",
      "\uD83D\uDC69\u200D\u2696\uFE0F",
      "~0",
      "~1",
    };

    private final RandomGenerator random;

    RandomChoices(RandomGenerator random) {
      this.random = random;
    }

    @Override
    public int nextInt(int bound) {
      return random.nextInt(bound);
    }

    @Override
    public boolean nextBoolean() {
      return random.nextBoolean();
    }

    @Override
    public double nextDouble() {
      return switch (random.nextInt(3)) {
        case 0 -> random.nextDouble();
        case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(-300, 300));
        default -> {
          double any = Double.longBitsToDouble(random.nextLong());
          yield Double.isFinite(any) ? any : 0.0;
        }
      };
    }

    @Override
    public String nextString(int maxLength) {
      int length = random.nextInt(maxLength + 1);
      StringBuilder out = new StringBuilder();
      while (out.length() < length) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        if (out.length() + piece.length() > maxLength) {
          break;
        }
        out.append(piece);
      }
      return out.toString();
    }
  }

  /** Choices from Jazzer's fuzzed data. */
  private static final class FuzzedChoices implements Choices {
    private final FuzzedDataProvider data;

    FuzzedChoices(FuzzedDataProvider data) {
      this.data = data;
    }

    @Override
    public int nextInt(int bound) {
      return bound <= 1 ? 0 : data.consumeInt(0, bound - 1);
    }

    @Override
    public boolean nextBoolean() {
      return data.consumeBoolean();
    }

    @Override
    public double nextDouble() {
      return data.consumeRegularDouble();
    }

    @Override
    public String nextString(int maxLength) {
      return data.consumeString(maxLength);
    }
  }
}

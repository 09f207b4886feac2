package org.accountability.testing;

import static org.accountability.model.Conduct.EXCESSIVE_FORCE;
import static org.accountability.model.Conduct.MISSED_QUOTA;
import static org.accountability.model.Conduct.UNLAWFUL_SEIZURE;
import static org.accountability.model.LiabilityType.ADMINISTRATIVE;
import static org.accountability.model.LiabilityType.CIVIL;
import static org.accountability.model.Role.FIELD_OFFICE_MANAGER;
import static org.accountability.model.Role.LINE_AGENT;

import java.util.List;
import java.util.Optional;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Actor;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.LegalRoute;
import org.accountability.model.Lever;
import org.accountability.model.LiabilityType;
import org.accountability.model.NumericalTarget;
import org.accountability.model.Observation;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;

/**
 * The fictional frameworks the tests build, and the entities they are built from, in one place.
 * None is a case study: every source is marked fictional and lives on example.org, and the dates
 * the frameworks are built with are in 2030.
 *
 * <ul>
 *   <li><b>Example City's ticket quotas</b> ({@link #exampleCityTicketQuotas}), and the same city
 *       with proceedings, protections and a substitute defendant ({@link
 *       #exampleCityWithProceedings}), with {@link #fictionalSource} and {@link #successor} to add
 *       to them.
 *   <li><b>Example City's validation cases</b>: {@link #everyKind}, a framework with every kind of
 *       entity that passes every rule, {@link #headed}, a framework with a title, an agency and
 *       some reports only, and the small entities both are made of ({@link #report}, {@link
 *       #statute}, {@link #memo}, {@link #target}, {@link #reassignment}, {@link #claim}, {@link
 *       #action}), parameterised by id and date so that a test can make valid and invalid
 *       variants.
 *   <li><b>Example Town</b> ({@link #exampleTown}, {@link #undatedTown}), whose facts are known,
 *       take effect and are restricted on known days, for timelines and as-of answers, with its
 *       entities ({@link #townCitation}, {@link #townRoute}, {@link #townQuota}, {@link
 *       #townSuspension}, {@link #townProceeding}, {@link #townCourt}).
 * </ul>
 *
 * <p>Every method builds its result anew: tests call them inside their test methods and keep no
 * framework in a static field, so that no test reads an index or a cached answer another test
 * built, and mutation testing sees each test build what it checks. The ids and dates are what the
 * tests' assertions name: change them only together with those tests.
 */
public final class FictionalFrameworks {
  private FictionalFrameworks() {}

  // ---------------------------------------------------------------------------------------------
  // Example City: ticket quotas, and the same city with proceedings

  /** The agency of Example City, in every framework about the city. */
  public static final String CITY_AGENCY = "Example City Police Department";


  /**
   * A fictional news report on example.org, dated 2 March 2030.
   *
   * @param id the id
   * @param title the title, to which {@code (fictional)} is added
   * @return the citation
   */
  public static Citation fictionalSource(String id, String title) {
    return Citation.builder()
        .id(id)
        .title(title + " (fictional)")
        .publisher("Example Gazette")
        .date(PartialDate.parse("2030-03-02"))
        .url("https://example.org/" + id)
        .kind(Citation.Kind.NEWS_REPORT)
        .fictional(true)
        .build();
  }

  /**
   * Example City's ticket quotas: a target of 20 tickets a shift (March 2030), an officer suspended
   * for missing it (May 2030), and three routes (department discipline, a state civil rights suit,
   * council oversight of the chief), each on its own fictional source.
   *
   * @return the framework, built anew
   */
  public static AccountabilityFramework exampleCityTicketQuotas() {
    return AccountabilityFramework.builder()
        .title("Ticket quotas in Example City (fictional)")
        .agency("Example City Police Department")
        .addCitations(
            fictionalSource("gazette-quota", "Police told to write 20 tickets a shift"),
            fictionalSource("gazette-suspension", "Patrol officer suspended for missing quota"),
            Citation.builder()
                .id("example-code-9")
                .title("Example State Code § 9, Police discipline (fictional)")
                .publisher("Example State Code")
                .url("https://example.org/code/9")
                .kind(Citation.Kind.STATUTE)
                .fictional(true)
                .build(),
            Citation.builder()
                .id("example-code-12")
                .title("Example State Code § 12, Civil rights actions (fictional)")
                .publisher("Example State Code")
                .url("https://example.org/code/12")
                .kind(Citation.Kind.STATUTE)
                .fictional(true)
                .build(),
            fictionalSource("gazette-council", "Council may summon the chief over quotas"))
        .addDirectives(
            Directive.builder()
                .id("ticket-target")
                .kind(Directive.Kind.NUMERICAL_TARGET)
                .summary("Patrol officers are to write 20 tickets a shift")
                .issuer(Actor.of("Police chief").withRole(Role.SENIOR_OFFICIAL))
                .addressee(Actor.of("Patrol officers").withRole(Role.LINE_AGENT))
                .effective(PartialDate.parse("2030-03"))
                .target(NumericalTarget.of("tickets per shift", "per officer", 20))
                .addConducts(Conduct.MISSED_QUOTA)
                .addCitations("gazette-quota")
                .build())
        .addPersonnelActions(
            PersonnelAction.builder()
                .id("officer-suspension")
                .kind(PersonnelAction.Kind.SUSPENSION)
                .summary("A patrol officer was suspended for missing the ticket quota")
                .subjectRole(Role.LINE_AGENT)
                .date(PartialDate.parse("2030-05"))
                .nature(PersonnelAction.Nature.SANCTION)
                .status(PersonnelAction.Status.CARRIED_OUT)
                .conduct(Conduct.MISSED_QUOTA)
                .reason("missing the ticket quota")
                .addEnforces("ticket-target")
                .addCitations("gazette-suspension")
                .build())
        .addUnlawfulConducts(
            Conduct.RACIAL_PROFILING, Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE)
        .addRoutes(
            LegalRoute.builder()
                .id("department-discipline")
                .name("Department discipline")
                .liability(LiabilityType.ADMINISTRATIVE)
                .addConducts(Conduct.MISSED_QUOTA, Conduct.EXCESSIVE_FORCE)
                .addDefendants(Defendant.INDIVIDUAL)
                .addRoles(Role.LINE_AGENT)
                .forum("the police department")
                .initiatedBy("the chief")
                .addCitations("example-code-9")
                .build(),
            LegalRoute.builder()
                .id("state-civil-rights-suit")
                .name("State civil rights suit against the officer")
                .liability(LiabilityType.CIVIL)
                .addConducts(Conduct.EXCESSIVE_FORCE)
                .addDefendants(Defendant.INDIVIDUAL)
                .addRoles(Role.LINE_AGENT)
                .forum("state court")
                .initiatedBy("the injured person")
                .addCitations("example-code-12")
                .build(),
            LegalRoute.builder()
                .id("council-oversight")
                .name("City council oversight of the chief")
                .liability(LiabilityType.POLITICAL)
                .addConducts(Conduct.MISSED_QUOTA)
                .addDefendants(Defendant.INDIVIDUAL)
                .addRoles(Role.SENIOR_OFFICIAL)
                .forum("the city council")
                .initiatedBy("council members")
                .addCitations("gazette-council")
                .build())
        .build();
  }

  /**
   * The fictional Example City, with an internal affairs case against an officer, a suit against
   * the city, an indemnity route through which the city answers for its officers, a grievance that
   * protects officers penalized for missing the quota, and a proposed ban that is not law.
   *
   * @return a builder of it, made anew
   */
  public static AccountabilityFramework.Builder exampleCityWithProceedings() {
    Conduct penalizing =
        Conduct.of(
            "PENALIZING_MISSED_QUOTA",
            "penalizing a missed quota",
            "penalizing an officer for not meeting a quota");
    OversightBody internalAffairs =
        OversightBody.builder()
            .id("internal-affairs")
            .name("Example City internal affairs bureau (fictional)")
            .kind(OversightBody.Kind.INSPECTOR_GENERAL)
            .addLevers(Lever.INVESTIGATION)
            .addActions(
                OversightAction.builder()
                    .id("ia-force-case")
                    .lever(Lever.INVESTIGATION)
                    .summary("Internal affairs charged an officer with excessive force")
                    .date(PartialDate.parse("2030-06"))
                    .liability(ADMINISTRATIVE)
                    .addDefendants(Defendant.INDIVIDUAL)
                    .addRoles(LINE_AGENT)
                    .addConducts(EXCESSIVE_FORCE)
                    .addOutcomes(
                        OversightAction.OutcomeStep.of(
                            OversightAction.Outcome.PENDING,
                            PartialDate.parse("2030-06"),
                            "gazette-force"))
                    .addCitations("gazette-force")
                    .build())
            .addCitations("gazette-force")
            .build();
    OversightBody court =
        OversightBody.builder()
            .id("example-court")
            .name("Example District Court (fictional)")
            .kind(OversightBody.Kind.COURT)
            .addLevers(Lever.LITIGATION)
            .addActions(
                OversightAction.builder()
                    .id("city-force-suit")
                    .lever(Lever.LITIGATION)
                    .summary("A man injured in a stop sued the city")
                    .date(PartialDate.parse("2030-07"))
                    .liability(CIVIL)
                    .addDefendants(Defendant.MUNICIPALITY)
                    .addConducts(EXCESSIVE_FORCE)
                    .addOutcomes(
                        OversightAction.OutcomeStep.of(
                            OversightAction.Outcome.PENDING,
                            PartialDate.parse("2030-07"),
                            "gazette-suit"))
                    .addCitations("gazette-suit")
                    .build())
            .addCitations("gazette-suit")
            .build();
    return exampleCityTicketQuotas().toBuilder()
        .addConducts(penalizing)
        .addCitations(
            fictionalSource("gazette-force", "Officer charged over a beating"),
            fictionalSource("gazette-suit", "Injured man sues the city"),
            fictionalSource("gazette-bill", "Council weighs a quota ban"))
        .addOversightBodies(internalAffairs, court)
        .addRoutes(
            LegalRoute.builder()
                .id("city-indemnity")
                .name("Indemnity claim against the city")
                .liability(CIVIL)
                .addConducts(EXCESSIVE_FORCE)
                .addDefendants(Defendant.MUNICIPALITY)
                .forum("state court")
                .initiatedBy("the injured person")
                .substitution(
                    new LegalRoute.Substitution(
                        List.of(LINE_AGENT),
                        "The city pays any judgment against its officers.",
                        List.of("example-code-12")))
                .addCitations("example-code-12")
                .build(),
            LegalRoute.builder()
                .id("quota-grievance")
                .name("Grievance against a quota penalty")
                .liability(ADMINISTRATIVE)
                .addConducts(penalizing)
                .addDefendants(Defendant.EMPLOYER)
                .forum("an arbitrator")
                .initiatedBy("the officer penalized")
                .addClaimants(LINE_AGENT)
                .addProtects(MISSED_QUOTA)
                .addCitations("example-code-9")
                .build(),
            LegalRoute.builder()
                .id("proposed-quota-ban")
                .name("Proposed ban on quota penalties")
                .liability(ADMINISTRATIVE)
                .addConducts(penalizing)
                .addDefendants(Defendant.EMPLOYER)
                .forum("an arbitrator")
                .initiatedBy("the officer penalized")
                .addClaimants(LINE_AGENT)
                .addProtects(MISSED_QUOTA)
                .availability(LegalRoute.Availability.PROPOSED)
                .restriction("A bill before the council, not law.")
                .addRestrictedBy("gazette-bill")
                .addCitations("gazette-bill")
                .build());
  }

  /**
   * A target of Example City that raises {@code ticket-target}.
   *
   * @param id the id
   * @param effective when it takes effect
   * @param perShift the tickets a shift
   * @return the directive
   */
  public static Directive successor(String id, String effective, double perShift) {
    return Directive.builder()
        .id(id)
        .kind(Directive.Kind.NUMERICAL_TARGET)
        .summary("Patrol officers are to write " + (int) perShift + " tickets a shift")
        .issuer(Actor.of("Police chief").withRole(Role.SENIOR_OFFICIAL))
        .addressee(Actor.of("Patrol officers").withRole(LINE_AGENT))
        .effective(PartialDate.parse(effective))
        .supersedes(Directive.Supersession.raises("ticket-target"))
        .target(NumericalTarget.of("tickets per shift", "per officer", perShift))
        .addConducts(MISSED_QUOTA)
        .addCitations("gazette-quota")
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Example City's validation cases: small entities from which tests build valid and invalid
  // frameworks

  /** The title of the frameworks {@link #everyKind} and {@link #headed} start. */
  public static final String VALIDATION_TITLE = "Ticket quotas in Example City";


  /**
   * A fictional news report of the Example Gazette, dated 5 January 2030.
   *
   * @param id the id
   * @return the citation
   */
  public static Citation report(String id) {
    return Citation.builder()
        .id(id)
        .title("Report " + id)
        .publisher("Example Gazette")
        .date(PartialDate.parse("2030-01-05"))
        .url("https://example.org/news/" + id)
        .kind(Citation.Kind.NEWS_REPORT)
        .fictional(true)
        .build();
  }

  /**
   * A fictional section of the Example City Code, undated.
   *
   * @param id the id
   * @return the citation
   */
  public static Citation statute(String id) {
    return Citation.builder()
        .id(id)
        .publisher("Example City Code")
        .url("https://example.org/code/" + id)
        .kind(Citation.Kind.STATUTE)
        .fictional(true)
        .build();
  }

  /**
   * A policy memo from the police chief to the precinct commanders.
   *
   * @param id the id
   * @param effective when it takes effect, as {@link PartialDate#parse} reads it
   * @param citations the ids it cites
   * @return the directive
   */
  public static Directive memo(String id, String effective, String... citations) {
    return Directive.builder()
        .id(id)
        .kind(Directive.Kind.POLICY_MEMO)
        .summary("Memo " + id)
        .issuer(Actor.of("Police chief"))
        .addressee(Actor.of("Precinct commanders").withRole(Role.FIELD_OFFICE_MANAGER))
        .effective(PartialDate.parse(effective))
        .addCitations(citations)
        .build();
  }

  /**
   * A numerical target of tickets a month per officer.
   *
   * @param id the id
   * @param effective when it takes effect
   * @param perMonth the tickets a month
   * @param supersedes the directive it raises, if any
   * @param citation the id it cites
   * @return the directive
   */
  public static Directive target(
      String id, String effective, double perMonth, Optional<String> supersedes, String citation) {
    return Directive.builder()
        .id(id)
        .kind(Directive.Kind.NUMERICAL_TARGET)
        .summary(perMonth + " tickets a month per officer")
        .issuer(Actor.named("Police chief", "Pat Example"))
        .addressee(Actor.of("Officers").withRole(Role.LINE_AGENT))
        .effective(PartialDate.parse(effective))
        .target(NumericalTarget.of("tickets per month", "per officer", perMonth))
        .supersedes(supersedes.map(Directive.Supersession::raises))
        .addCitations(citation)
        .build();
  }

  /**
   * Commanders reassigned for low ticket numbers.
   *
   * @param id the id
   * @param date when
   * @param enforces the directives it enforces
   * @param citations the ids it cites
   * @return the action
   */
  public static PersonnelAction reassignment(
      String id, String date, List<String> enforces, String... citations) {
    return PersonnelAction.builder()
        .id(id)
        .kind(PersonnelAction.Kind.REASSIGNMENT)
        .summary("Commanders reassigned (" + id + ")")
        .subjectRole(Role.FIELD_OFFICE_MANAGER)
        .date(PartialDate.parse(date))
        .nature(PersonnelAction.Nature.SANCTION)
        .status(PersonnelAction.Status.CARRIED_OUT)
        .conduct(Conduct.MISSED_QUOTA)
        .reason("low ticket numbers")
        .addAllEnforces(enforces)
        .addCitations(citations)
        .build();
  }

  /**
   * A claim.
   *
   * @param id the id
   * @param status its evidence status
   * @param sources its sources
   * @param about the ids it is about
   * @return the claim
   */
  public static Claim claim(
      String id, Claim.EvidenceStatus status, List<Claim.Source> sources, String... about) {
    return Claim.builder()
        .id(id)
        .statement("Statement " + id)
        .status(status)
        .addAllSources(sources)
        .addAbout(about)
        .build();
  }

  /**
   * A civil action against the agency for unlawful seizure, pending since July 2030, on the court
   * filing {@code c-court-filing}.
   *
   * @param id the id
   * @param lever the lever it uses
   * @param route the route it takes, if any
   * @return the action
   */
  public static OversightAction action(String id, Lever lever, Optional<String> route) {
    return OversightAction.builder()
        .id(id)
        .lever(lever)
        .summary("Action " + id)
        .date(PartialDate.parse("2030-07"))
        .liability(LiabilityType.CIVIL)
        .addDefendants(Defendant.AGENCY)
        .addConducts(Conduct.UNLAWFUL_SEIZURE)
        .route(route)
        .addOutcomes(
            OversightAction.OutcomeStep.of(
                OversightAction.Outcome.PENDING, PartialDate.parse("2030-07"), "c-court-filing"))
        .addCitations("c-court-filing")
        .build();
  }

  /**
   * A framework of Example City that holds every kind of entity and passes every rule: five
   * citations, two targets (the second raising the first), a reassignment, a council and a court
   * with an action each, a route, a contested claim and an uncited absence-of-evidence claim, and
   * an observation.
   *
   * @return a builder of it, made anew
   */
  public static AccountabilityFramework.Builder everyKind() {
    OversightBody council =
        OversightBody.builder()
            .id("example-council")
            .name("Example City Council")
            .kind(OversightBody.Kind.LEGISLATURE)
            .addLevers(Lever.INVESTIGATION)
            .addActions(action("council-inquiry", Lever.INVESTIGATION, Optional.empty()))
            .addCitations("c-gazette-2")
            .build();
    OversightBody court =
        OversightBody.builder()
            .id("example-court")
            .name("Example District Court")
            .kind(OversightBody.Kind.COURT)
            .addLevers(Lever.INJUNCTION, Lever.LITIGATION)
            .addActions(action("court-order", Lever.INJUNCTION, Optional.of("r-injunction")))
            .addCitations("c-court-filing")
            .build();
    LegalRoute route =
        LegalRoute.builder()
            .id("r-injunction")
            .name("Suit for an injunction against the department")
            .liability(LiabilityType.CIVIL)
            .addConducts(Conduct.UNLAWFUL_SEIZURE)
            .addDefendants(Defendant.AGENCY)
            .forum("Example District Court")
            .initiatedBy("the people stopped")
            .addEnforcedBy("example-court")
            .addCitations("c-code")
            .build();
    Directive may =
        Directive.builder()
            .from(target("d-may", "2030-05", 30, Optional.of("d-jan"), "c-gazette-2"))
            .addDenials(new Directive.Denial("The chief denied any quota", "c-denial"))
            .build();
    Observation february =
        Observation.builder()
            .id("o-2030-02")
            .metric("tickets per month")
            .scope("per officer")
            .value(17)
            .qualifier(Observation.Qualifier.AVERAGE)
            .period(PartialDate.parse("2030-02"))
            .addCitations("c-gazette-2")
            .build();
    return AccountabilityFramework.builder()
        .title(VALIDATION_TITLE)
        .agency(CITY_AGENCY)
        .question("Who answers for the ticket quota?")
        .addCitations(
            report("c-gazette-1"),
            report("c-gazette-2"),
            report("c-denial"),
            report("c-court-filing"),
            statute("c-code"))
        .addDirectives(target("d-jan", "2030-01", 20, Optional.empty(), "c-gazette-1"), may)
        .addPersonnelActions(reassignment("p-reassign", "2030-06", List.of("d-may"), "c-gazette-2"))
        .addOversightBodies(council, court)
        .addRoutes(route)
        .addClaims(
            claim(
                "C1",
                Claim.EvidenceStatus.CONTESTED,
                List.of(Claim.Source.supports("c-gazette-1"), Claim.Source.contradicts("c-denial")),
                "d-jan"),
            claim("C2", Claim.EvidenceStatus.ABSENCE_OF_EVIDENCE, List.of(), "p-reassign"))
        .addObservations(february);
  }

  /**
   * A framework of Example City with its title and agency and the given {@link #report reports}
   * only, for tests of one rule.
   *
   * @param citationIds the ids of the reports
   * @return a builder of it, made anew
   */
  public static AccountabilityFramework.Builder headed(String... citationIds) {
    AccountabilityFramework.Builder b =
        AccountabilityFramework.builder().title(VALIDATION_TITLE).agency(CITY_AGENCY);
    for (String id : citationIds) {
      b.addCitations(report(id));
    }
    return b;
  }

  // ---------------------------------------------------------------------------------------------
  // Example Town: a framework whose facts are known, take effect and are restricted on known days


  /**
   * A fictional source of Example Town: a news report of the Example Gazette, or else a text of
   * the Example Town Code.
   *
   * @param id the id
   * @param kind its kind
   * @param date its date, if any
   * @return the citation
   */
  public static Citation townCitation(String id, Citation.Kind kind, Optional<PartialDate> date) {
    return Citation.builder()
        .id(id)
        .title("Example Town " + id + " (fictional)")
        .publisher(kind == Citation.Kind.NEWS_REPORT ? "Example Gazette" : "Example Town Code")
        .date(date)
        .url("https://example.org/town/" + id)
        .kind(kind)
        .fictional(true)
        .build();
  }

  /**
   * A route of Example Town against an officer, on the town code.
   *
   * @param id the id
   * @param liability its liability
   * @param conduct the conduct it covers
   * @return the route
   */
  public static LegalRoute townRoute(String id, LiabilityType liability, Conduct conduct) {
    return LegalRoute.builder()
        .id(id)
        .name("Example Town route " + id)
        .liability(liability)
        .addConducts(conduct)
        .addDefendants(Defendant.INDIVIDUAL)
        .addRoles(LINE_AGENT)
        .forum("the town")
        .initiatedBy("the town")
        .addCitations("town-code")
        .build();
  }

  /**
   * Example Town's quota memo, {@code town-quota}, with no effective date.
   *
   * @return the directive
   */
  public static Directive townQuota() {
    return Directive.builder()
        .id("town-quota")
        .kind(Directive.Kind.POLICY_MEMO)
        .summary("Officers are to write 20 tickets a shift")
        .issuer(Actor.of("Town police chief"))
        .addressee(Actor.of("Officers").withRole(LINE_AGENT))
        .addConducts(MISSED_QUOTA)
        .addCitations("gazette-jan")
        .build();
  }

  /**
   * An officer of Example Town suspended for missing the ticket quota.
   *
   * @param id the id
   * @param date when
   * @param citation the id it cites
   * @return the action
   */
  public static PersonnelAction townSuspension(String id, PartialDate date, String citation) {
    return PersonnelAction.builder()
        .id(id)
        .kind(PersonnelAction.Kind.SUSPENSION)
        .summary("An officer was suspended for missing the ticket quota")
        .subjectRole(LINE_AGENT)
        .date(date)
        .nature(PersonnelAction.Nature.SANCTION)
        .status(PersonnelAction.Status.CARRIED_OUT)
        .conduct(MISSED_QUOTA)
        .reason("missing the ticket quota")
        .addCitations(citation)
        .build();
  }

  /**
   * The suit {@code town-early-suit} against Example Town, pending or dismissed on a day.
   *
   * @param filed when it was filed, if known
   * @param decided when it was dismissed; empty for a pending suit with an undated step
   * @return the action
   */
  public static OversightAction townProceeding(
      Optional<PartialDate> filed, Optional<PartialDate> decided) {
    return OversightAction.builder()
        .id("town-early-suit")
        .lever(Lever.LITIGATION)
        .summary("A suit against the town")
        .date(filed)
        .liability(CIVIL)
        .addDefendants(Defendant.MUNICIPALITY)
        .addConducts(EXCESSIVE_FORCE)
        .addOutcomes(
            decided
                .map(
                    d ->
                        OversightAction.OutcomeStep.of(
                            OversightAction.Outcome.DISMISSED, d, "town-notice"))
                .orElse(
                    OversightAction.OutcomeStep.undated(
                        OversightAction.Outcome.PENDING, "town-notice")))
        .addCitations("town-notice")
        .build();
  }

  /**
   * Example Town's court, {@code town-court}.
   *
   * @param actions its actions
   * @return the body
   */
  public static OversightBody townCourt(OversightAction... actions) {
    return OversightBody.builder()
        .id("town-court")
        .name("Example Town court (fictional)")
        .kind(OversightBody.Kind.COURT)
        .addLevers(Lever.LITIGATION)
        .addActions(actions)
        .addCitations("town-code")
        .build();
  }

  /**
   * Example Town with a route and nothing dated.
   *
   * @return a builder of it, made anew
   */
  public static AccountabilityFramework.Builder undatedTown() {
    return AccountabilityFramework.builder()
        .title("Ticket quotas in Example Town (fictional)")
        .agency("Example Town Police")
        .addCitations(
            townCitation("town-code", Citation.Kind.STATUTE, Optional.empty()),
            townCitation("town-case", Citation.Kind.CASE, Optional.empty()))
        .addRoutes(townRoute("town-review", ADMINISTRATIVE, MISSED_QUOTA));
  }

  /**
   * Example Town: a discipline route known from 15 February 2030 (reported in January); a quota in
   * effect from 20 April; a suspension announced in January and carried out on 10 May; a claim, a
   * grievance and an indemnity route first reported on 1 June; a damages suit restricted from 15
   * August; a claim rule restricted by a report of 1 September; a suit against an officer filed on
   * 1 October and granted on 15 November.
   *
   * @return a builder of it, made anew
   */
  public static AccountabilityFramework.Builder exampleTown() {
    Conduct penalizing =
        Conduct.of(
            "PENALIZING_MISSED_QUOTA",
            "penalizing a missed quota",
            "penalizing an officer for not meeting a quota");
    OversightAction suit =
        OversightAction.builder()
            .id("town-force-suit")
            .lever(Lever.LITIGATION)
            .summary("A man injured in a stop sued the officer")
            .date(PartialDate.parse("2030-10-01"))
            .liability(CIVIL)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(LINE_AGENT)
            .addConducts(EXCESSIVE_FORCE)
            .addOutcomes(
                OversightAction.OutcomeStep.of(
                    OversightAction.Outcome.PENDING,
                    PartialDate.parse("2030-10-01"),
                    "gazette-oct"),
                OversightAction.OutcomeStep.of(
                    OversightAction.Outcome.GRANTED,
                    PartialDate.parse("2030-11-15"),
                    "gazette-nov"))
            .addCitations("gazette-oct")
            .build();
    return AccountabilityFramework.builder()
        .title("Ticket quotas in Example Town (fictional)")
        .agency("Example Town Police")
        .addConducts(penalizing)
        .addUnlawfulConducts(EXCESSIVE_FORCE, UNLAWFUL_SEIZURE, penalizing)
        .addCitations(
            townCitation("town-code", Citation.Kind.STATUTE, Optional.empty()),
            townCitation("town-case", Citation.Kind.CASE, Optional.empty()),
            townCitation(
                "gazette-jan",
                Citation.Kind.NEWS_REPORT,
                Optional.of(PartialDate.parse("2030-01-10"))),
            townCitation(
                "gazette-jun",
                Citation.Kind.NEWS_REPORT,
                Optional.of(PartialDate.parse("2030-06-01"))),
            townCitation(
                "gazette-sep",
                Citation.Kind.NEWS_REPORT,
                Optional.of(PartialDate.parse("2030-09-01"))),
            townCitation(
                "gazette-oct",
                Citation.Kind.NEWS_REPORT,
                Optional.of(PartialDate.parse("2030-10-01"))),
            townCitation(
                "gazette-nov",
                Citation.Kind.NEWS_REPORT,
                Optional.of(PartialDate.parse("2030-11-15"))))
        .addDirectives(
            Directive.builder()
                .from(townQuota())
                .effective(PartialDate.parse("2030-04-20"))
                .build())
        .addPersonnelActions(
            townSuspension("town-suspension", PartialDate.parse("2030-05-10"), "gazette-jan"))
        .addOversightBodies(townCourt(suit))
        .addRoutes(
            LegalRoute.builder()
                .id("town-discipline")
                .name("Town police discipline")
                .liability(ADMINISTRATIVE)
                .addConducts(MISSED_QUOTA)
                .addDefendants(Defendant.INDIVIDUAL)
                .addRoles(LINE_AGENT, FIELD_OFFICE_MANAGER)
                .forum("the police department")
                .initiatedBy("the chief")
                .addPreconditions(
                    LegalRoute.Precondition.notEstablished("The manager set the numbers.")
                        .forRoles(FIELD_OFFICE_MANAGER))
                .knownSince(PartialDate.parse("2030-02-15"))
                .addCitations("town-code", "gazette-jan")
                .build(),
            LegalRoute.builder()
                .from(townRoute("town-immunity-suit", CIVIL, EXCESSIVE_FORCE))
                .availability(LegalRoute.Availability.RESTRICTED)
                .restriction("Officers are immune from damages.")
                .restrictedSince(PartialDate.parse("2030-08-15"))
                .addRestrictedBy("town-case")
                .build(),
            LegalRoute.builder()
                .from(townRoute("town-notice-rule", CIVIL, UNLAWFUL_SEIZURE))
                .availability(LegalRoute.Availability.RESTRICTED)
                .restriction("A notice of claim is due within 30 days.")
                .addRestrictedBy("gazette-sep")
                .build(),
            LegalRoute.builder()
                .id("town-indemnity")
                .name("Indemnity claim against the town")
                .liability(CIVIL)
                .addConducts(EXCESSIVE_FORCE)
                .addDefendants(Defendant.MUNICIPALITY)
                .forum("state court")
                .initiatedBy("the injured person")
                .substitution(
                    new LegalRoute.Substitution(
                        List.of(LINE_AGENT),
                        "The town pays any judgment against its officers.",
                        List.of("gazette-jun")))
                .addCitations("gazette-jun")
                .build(),
            LegalRoute.builder()
                .id("town-grievance")
                .name("Grievance against a quota penalty")
                .liability(ADMINISTRATIVE)
                .addConducts(penalizing)
                .addDefendants(Defendant.EMPLOYER)
                .forum("an arbitrator")
                .initiatedBy("the officer penalized")
                .addClaimants(LINE_AGENT)
                .addProtects(MISSED_QUOTA)
                .addCitations("gazette-jun")
                .build())
        .addClaims(
            Claim.builder()
                .id("C-town")
                .statement("Officers who missed the quota were punished")
                .status(Claim.EvidenceStatus.REPORTED)
                .addSources(Claim.Source.supports("gazette-jun"))
                .addConducts(MISSED_QUOTA)
                .build());
  }
}

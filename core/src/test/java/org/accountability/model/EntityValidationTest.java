package org.accountability.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.accountability.model.Problem.Code;
import org.accountability.testing.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class EntityValidationTest {

  private static final String ID_RULE =
      "use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";
  private static final String MISSING = "is required but missing";
  private static final String BLANK = "must not be blank";
  private static final String BLANK_OPTIONAL =
      "must not be blank when present; leave it out instead";

  /**
   * One expected problem of an entity whose kind and id the test names once: the code, attribute
   * and whole message. {@link #assertProblems} turns it into a {@link Problems.Expected}.
   */
  private record Found(Code code, String attribute, String message) {
    Problems.Expected in(String kind, Optional<String> id) {
      return Problems.inEntity(code, kind, id.orElse(""), attribute, message);
    }
  }

  private static Found found(Code code, String attribute, String message) {
    return new Found(code, attribute, message);
  }

  private static String notAnId(String value) {
    return "'" + value + "' is not a valid id: " + ID_RULE;
  }

  private static ValidationException rejects(Executable build) {
    return assertThrows(ValidationException.class, build);
  }

  /**
   * Asserts the exact problems, in order, each in the given entity kind and id (empty for none) and
   * with no JSON location.
   */
  private static void assertProblems(
      ValidationException e, String kind, Optional<String> id, Found... expected) {
    Problems.assertThat(e).hasExactly(Arrays.stream(expected).map(f -> f.in(kind, id)).toList());
  }

  // ---------------------------------------------------------------------------------------------
  // Valid entities of each type

  private static Citation validCitation() {
    return Citation.builder()
        .id("example-2030-01-05")
        .title("City sets ticket quota")
        .publisher("Example Gazette")
        .host("Example Wire")
        .date(PartialDate.parse("2030-01-05"))
        .url("https://example.org/2030/01/05/ticket-quota")
        .kind(Citation.Kind.NEWS_REPORT)
        .fictional(true)
        .build();
  }

  private static Citation validStatuteCitation() {
    return Citation.builder()
        .id("example-code-12-34")
        .publisher("Example City Code")
        .kind(Citation.Kind.STATUTE)
        .legalReference(LegalReference.statute("12", "E.C.C.", "34"))
        .url("http://example.org/code/12/34")
        .fictional(true)
        .build();
  }

  private static Directive validDirective() {
    return Directive.builder()
        .id("d-2030-ticket-quota")
        .kind(Directive.Kind.NUMERICAL_TARGET)
        .summary("Twenty to thirty tickets a month per officer")
        .issuer(Actor.named("Police chief", "Pat Example"))
        .addressee(Actor.of("Precinct commanders").withRole(Role.FIELD_OFFICE_MANAGER))
        .effective(PartialDate.parse("2030-01"))
        .ended(PartialDate.parse("~2030-06"))
        .target(NumericalTarget.range("tickets per month", "per officer", 20, 30))
        .supersedes(Directive.Supersession.raises("d-2029-ticket-quota"))
        .announcedAccountability("Commanders who miss it will be reassigned")
        .addDenials(new Directive.Denial("The department denied any quota", "example-2030-01-09"))
        .addCitations("example-2030-01-05", "example-2030-01-06")
        .build();
  }

  private static PersonnelAction validPersonnelAction() {
    return PersonnelAction.builder()
        .id("p-2030-reassignments")
        .kind(PersonnelAction.Kind.REASSIGNMENT)
        .summary("Two precinct commanders reassigned")
        .subjectRole(Role.FIELD_OFFICE_MANAGER)
        .subjectDescription("two of twelve precinct commanders")
        .addSubjectNames("Alex Example", "Sam Example")
        .actor(Actor.of("Police chief").withRole(Role.SENIOR_OFFICIAL))
        .date(PartialDate.parse("2030-02"))
        .until(PartialDate.parse("2030-03"))
        .nature(PersonnelAction.Nature.SANCTION)
        .status(PersonnelAction.Status.CARRIED_OUT)
        .conduct(Conduct.MISSED_QUOTA)
        .reason("low ticket numbers")
        .addEnforces("d-2030-ticket-quota")
        .officialResponse("The department calls them routine rotations")
        .addCitations("example-2030-02-10")
        .build();
  }

  private static OversightAction validOversightAction(String id, Lever lever) {
    return OversightAction.builder()
        .id(id)
        .lever(lever)
        .summary("Inquiry into the ticket quota")
        .date(PartialDate.parse("~2030-03-15"))
        .liability(LiabilityType.POLITICAL)
        .addDefendants(Defendant.AGENCY, Defendant.INDIVIDUAL)
        .addRoles(Role.SENIOR_OFFICIAL)
        .addConducts(Conduct.MISSED_QUOTA)
        .route("r-council-oversight")
        .addOutcomes(
            OversightAction.OutcomeStep.of(
                    OversightAction.Outcome.PENDING,
                    PartialDate.parse("~2030-03-15"),
                    "example-2030-03-15")
                .withDetail("Hearings scheduled"))
        .addCitations("example-2030-03-15")
        .build();
  }

  private static OversightBody validOversightBody() {
    return OversightBody.builder()
        .id("example-city-council")
        .name("Example City Council")
        .kind(OversightBody.Kind.LEGISLATURE)
        .addLevers(Lever.INVESTIGATION, Lever.DEMAND)
        .addActions(validOversightAction("council-inquiry", Lever.INVESTIGATION))
        .addCitations("example-2030-03-15")
        .build();
  }

  private static LegalRoute validLegalRoute() {
    return LegalRoute.builder()
        .id("r-damages")
        .name("Damages action against officers")
        .liability(LiabilityType.CIVIL)
        .addConducts(Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE)
        .addDefendants(Defendant.INDIVIDUAL)
        .addRoles(Role.LINE_AGENT)
        .forum("Example District Court")
        .standardOfProof("preponderance of the evidence")
        .initiatedBy("the person harmed")
        .availability(LegalRoute.Availability.RESTRICTED)
        .restriction("Officers enjoy a broad immunity")
        .restrictedSince(PartialDate.parse("2029"))
        .addRestrictedBy("example-code-12-34")
        .addEnforcedBy("example-district-court")
        .addCitations("example-code-12-34")
        .build();
  }

  private static Claim validClaim() {
    return Claim.builder()
        .id("C1")
        .statement("The department set a ticket quota")
        .status(Claim.EvidenceStatus.CONTESTED)
        .addSources(Claim.Source.supports("example-2030-01-05"))
        .addSources(Claim.Source.contradicts("example-2030-01-09"))
        .addSources(Claim.Source.reportsBoth("example-2030-01-06"))
        .absenceOfEvidence("Whether officers were told in writing")
        .addAbout("d-2030-ticket-quota")
        .build();
  }

  private static Observation validObservation() {
    return Observation.builder()
        .id("tickets-2030-02")
        .metric("tickets per month")
        .scope("per officer")
        .value(17.5)
        .qualifier(Observation.Qualifier.AVERAGE)
        .period(PartialDate.parse("2030-02"))
        .periodLabel("February 2030")
        .addCitations("example-2030-03-01")
        .build();
  }

  private static <T> void assertBuildsEqualCopies(Supplier<T> build) {
    T first = build.get();
    T second = build.get();
    assertNotSame(first, second);
    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
  }

  @Test
  void validEntitiesBuildAndEqualCopiesBuiltTheSameWay() {
    assertAll(
        () -> assertBuildsEqualCopies(EntityValidationTest::validCitation),
        () -> assertBuildsEqualCopies(EntityValidationTest::validStatuteCitation),
        () -> assertBuildsEqualCopies(EntityValidationTest::validDirective),
        () -> assertBuildsEqualCopies(EntityValidationTest::validPersonnelAction),
        () ->
            assertBuildsEqualCopies(
                () -> validOversightAction("council-inquiry", Lever.INVESTIGATION)),
        () -> assertBuildsEqualCopies(EntityValidationTest::validOversightBody),
        () -> assertBuildsEqualCopies(EntityValidationTest::validLegalRoute),
        () -> assertBuildsEqualCopies(EntityValidationTest::validClaim),
        () -> assertBuildsEqualCopies(EntityValidationTest::validObservation));
  }

  @Test
  void validEntitiesKeepWhatWasGiven() {
    Citation citation = validCitation();
    Directive directive = validDirective();
    Claim claim = validClaim();
    assertAll(
        () -> assertEquals(EntityKind.CITATION, citation.entityKind()),
        () -> assertEquals(Optional.of("Example Wire"), citation.host()),
        () -> assertTrue(citation.isFictional()),
        () -> assertFalse(citation.isPrimary()),
        () -> assertTrue(validStatuteCitation().isPrimary()),
        () -> assertEquals(List.of("example-2030-01-09"), directive.deniedBy()),
        () -> assertTrue(directive.isContested()),
        () ->
            assertEquals(
                List.of("example-2030-01-05", "example-2030-01-09", "example-2030-01-06"),
                claim.citations()),
        () -> assertEquals(Optional.of("February 2030"), validObservation().periodLabel()));
  }

  // ---------------------------------------------------------------------------------------------
  // Every problem of an entity at once

  @Test
  void citationReportsEveryProblemAtOnce() {
    ValidationException e =
        rejects(
            () ->
                Citation.builder()
                    .id("bad id!")
                    .title("  ")
                    .publisher(null)
                    .host("")
                    .url("ftp://example.org/report")
                    .build());
    assertProblems(
        e,
        "Citation",
        Optional.of("bad id!"),
        found(Code.INVALID_ID, "id", notAnId("bad id!")),
        found(Code.BLANK, "title", BLANK_OPTIONAL),
        found(Code.MISSING, "publisher", MISSING),
        found(Code.BLANK, "host", BLANK_OPTIONAL),
        found(Code.MISSING, "kind", MISSING),
        found(
            Code.INVALID_VALUE,
            "url",
            "'ftp://example.org/report' is not an absolute http or https URL"));
  }

  @Test
  void citationRejectsRelativeAndMalformedUrlsAndMissingIdTogether() {
    ValidationException relative =
        rejects(
            () ->
                Citation.builder()
                    .publisher(" ")
                    .kind(Citation.Kind.DASHBOARD)
                    .url("/reports/2030")
                    .build());
    assertProblems(
        relative,
        "Citation",
        Optional.empty(),
        found(Code.MISSING, "id", MISSING),
        found(Code.BLANK, "publisher", BLANK),
        found(Code.INVALID_VALUE, "url", "'/reports/2030' is not an absolute http or https URL"));

    ValidationException malformed =
        rejects(
            () ->
                Citation.builder()
                    .id("c1")
                    .publisher("Example Gazette")
                    .kind(Citation.Kind.NEWS_REPORT)
                    .url("https://example.org/a b")
                    .build());
    // the message ends in the JDK's reason, which is not the library's to pin
    Problems.assertThat(malformed)
        .hasExactly(
            Problems.inEntity(
                    Code.INVALID_VALUE,
                    "Citation",
                    "c1",
                    "url",
                    "'https://example.org/a b' is not a URL: ")
                .messageStartingWith());
  }

  @Test
  void directiveReportsEveryProblemAtOnce() {
    ValidationException e =
        rejects(
            () ->
                Directive.builder()
                    .id("d1")
                    .kind(Directive.Kind.POLICY_MEMO)
                    .summary(" ")
                    .addressee(Actor.of("Precinct commanders"))
                    .announcedAccountability("")
                    .effective(PartialDate.parse("2025-10"))
                    .ended(PartialDate.parse("2025-09"))
                    .target(NumericalTarget.of("tickets per month", "per officer", 20))
                    .supersedes(Directive.Supersession.replaces("d1"))
                    .addCitations("example-1", "not valid!")
                    .build());
    assertProblems(
        e,
        "Directive",
        Optional.of("d1"),
        found(Code.BLANK, "summary", BLANK),
        found(Code.MISSING, "issuer", MISSING),
        found(Code.BLANK, "announcedAccountability", BLANK_OPTIONAL),
        found(Code.INVALID_ID, "citations[1]", notAnId("not valid!")),
        found(
            Code.INCONSISTENT,
            "target",
            "is only allowed on a NUMERICAL_TARGET directive, not POLICY_MEMO"),
        found(Code.OUT_OF_ORDER, "ended", "ends (2025-09) before it takes effect (2025-10)"),
        found(Code.INCONSISTENT, "supersedes", "cannot supersede itself"));
  }

  @Test
  void directiveReportsMissingIdKindAndTargetTogether() {
    ValidationException numerical =
        rejects(
            () ->
                Directive.builder()
                    .kind(Directive.Kind.NUMERICAL_TARGET)
                    .summary("Tickets, many of them")
                    .issuer(Actor.of("Police chief"))
                    .addressee(Actor.of("Officers"))
                    .build());
    assertProblems(
        numerical,
        "Directive",
        Optional.empty(),
        found(Code.MISSING, "id", MISSING),
        found(Code.MISSING, "target", "is required for a NUMERICAL_TARGET directive"));

    ValidationException noKind = rejects(() -> Directive.builder().id("d2").build());
    assertProblems(
        noKind,
        "Directive",
        Optional.of("d2"),
        found(Code.MISSING, "kind", MISSING),
        found(Code.MISSING, "summary", MISSING),
        found(Code.MISSING, "issuer", MISSING),
        found(Code.MISSING, "addressee", MISSING));
  }

  @Test
  void directiveEndingInTheMonthItStartsIsAccepted() {
    Directive d =
        Directive.builder()
            .id("d3")
            .kind(Directive.Kind.OPERATIONAL_GUIDANCE)
            .summary("Focus on parking")
            .issuer(Actor.of("Police chief"))
            .addressee(Actor.of("Officers"))
            .effective(PartialDate.parse("2025-10"))
            .ended(PartialDate.parse("2025-10-01"))
            .build();
    assertEquals(Optional.of(PartialDate.parse("2025-10-01")), d.ended());
  }

  @Test
  void personnelActionReportsEveryProblemAtOnce() {
    ValidationException e =
        rejects(
            () ->
                PersonnelAction.builder()
                    .id("p1")
                    .summary("")
                    .subjectDescription(" ")
                    .addSubjectNames("Alex Example", " ")
                    .date(PartialDate.parse("2025-10"))
                    .until(PartialDate.parse("2025-09"))
                    .officialResponse("")
                    .addEnforces("-bad")
                    .addCitations("example-1", "bad id")
                    .build());
    assertProblems(
        e,
        "PersonnelAction",
        Optional.of("p1"),
        found(Code.MISSING, "kind", MISSING),
        found(Code.BLANK, "summary", BLANK),
        found(Code.MISSING, "subjectRole", MISSING),
        found(Code.BLANK, "subjectDescription", BLANK_OPTIONAL),
        found(Code.MISSING, "nature", MISSING),
        found(Code.MISSING, "status", MISSING),
        found(Code.MISSING, "reason", MISSING),
        found(Code.BLANK, "officialResponse", BLANK_OPTIONAL),
        found(Code.INVALID_ID, "enforces[0]", notAnId("-bad")),
        found(Code.INVALID_ID, "citations[1]", notAnId("bad id")),
        found(Code.BLANK, "subjectNames[1]", BLANK),
        found(Code.OUT_OF_ORDER, "until", "ends (2025-09) before it starts (2025-10)"));
  }

  @Test
  void personnelActionUntilNeedsADate() {
    ValidationException e =
        rejects(
            () ->
                PersonnelAction.builder()
                    .from(validPersonnelAction())
                    .date(Optional.empty())
                    .reason(" ")
                    .build());
    assertProblems(
        e,
        "PersonnelAction",
        Optional.of("p-2030-reassignments"),
        found(Code.BLANK, "reason", BLANK),
        found(Code.INCONSISTENT, "until", "needs a start date in 'date'"));
  }

  @Test
  void oversightActionReportsEveryProblemAtOnce() {
    ValidationException e =
        rejects(
            () ->
                OversightAction.builder()
                    .id("bad id")
                    .summary(" ")
                    .addDefendants(Defendant.INDIVIDUAL)
                    .route("no good")
                    .addCitations("also bad!")
                    .build());
    assertProblems(
        e,
        "OversightAction",
        Optional.of("bad id"),
        found(Code.INVALID_ID, "id", notAnId("bad id")),
        found(Code.MISSING, "lever", MISSING),
        found(Code.BLANK, "summary", BLANK),
        found(Code.MISSING, "liability", MISSING),
        found(Code.MISSING, "outcomes", "must have at least one step"),
        found(Code.INVALID_ID, "citations[0]", notAnId("also bad!")),
        found(Code.INVALID_ID, "route", notAnId("no good")),
        found(
            Code.MISSING,
            "roles",
            "must name the roles of the individuals when defendants include INDIVIDUAL"));
  }

  @Test
  void oversightActionNeedsDefendantsAndRolesOnlyForIndividuals() {
    ValidationException e =
        rejects(
            () ->
                OversightAction.builder()
                    .id("a1")
                    .lever(Lever.DEMAND)
                    .summary("Demand letter")
                    .liability(LiabilityType.POLITICAL)
                    .addOutcomes(
                        OversightAction.OutcomeStep.undated(
                            OversightAction.Outcome.COMPLETED, "letter"))
                    .addRoles(Role.LINE_AGENT)
                    .build());
    assertProblems(
        e,
        "OversightAction",
        Optional.of("a1"),
        found(Code.MISSING, "defendants", "must name at least one defendant"),
        found(Code.INCONSISTENT, "roles", "must be empty unless defendants include INDIVIDUAL"));
  }

  @Test
  void oversightBodyReportsEveryProblemAtOnce() {
    OversightAction inquiry = validOversightAction("inquiry-1", Lever.INVESTIGATION);
    OversightAction order = validOversightAction("order-1", Lever.INJUNCTION);
    ValidationException e =
        rejects(
            () ->
                OversightBody.builder()
                    .name(" ")
                    .addLevers(Lever.INVESTIGATION)
                    .addActions(inquiry, order)
                    .addCitations("example-1", "-x")
                    .build());
    assertProblems(
        e,
        "OversightBody",
        Optional.empty(),
        found(Code.MISSING, "id", MISSING),
        found(Code.BLANK, "name", BLANK),
        found(Code.MISSING, "kind", MISSING),
        found(Code.INVALID_ID, "citations[1]", notAnId("-x")),
        found(
            Code.INCONSISTENT,
            "actions[1].lever",
            "action 'order-1' uses INJUNCTION, which is not among the body's levers [INVESTIGATION]"));
  }

  @Test
  void oversightBodyWithoutLeversReportsTheLeversAndEveryAction() {
    ValidationException e =
        rejects(
            () ->
                OversightBody.builder()
                    .id("b1")
                    .name("Example Watchdog")
                    .kind(OversightBody.Kind.CIVIL_SOCIETY)
                    .addActions(validOversightAction("inquiry-1", Lever.INVESTIGATION))
                    .addCitations("example-1")
                    .build());
    assertProblems(
        e,
        "OversightBody",
        Optional.of("b1"),
        found(Code.MISSING, "levers", "must name at least one lever"),
        found(
            Code.INCONSISTENT,
            "actions[0].lever",
            "action 'inquiry-1' uses INVESTIGATION, which is not among the body's levers []"));
  }

  @Test
  void legalRouteReportsEveryProblemAtOnce() {
    ValidationException e =
        rejects(
            () ->
                LegalRoute.builder()
                    .id("r1")
                    .addDefendants(Defendant.INDIVIDUAL)
                    .forum(" ")
                    .standardOfProof("")
                    .availability(LegalRoute.Availability.RESTRICTED)
                    .addEnforcedBy("bad body!")
                    .addCitations("example-1")
                    .build());
    assertProblems(
        e,
        "LegalRoute",
        Optional.of("r1"),
        found(Code.MISSING, "name", MISSING),
        found(Code.MISSING, "liability", MISSING),
        found(Code.MISSING, "conducts", "must name at least one conduct"),
        found(
            Code.MISSING,
            "roles",
            "must name the roles of the individuals when defendants include INDIVIDUAL"),
        found(Code.BLANK, "forum", BLANK),
        found(Code.BLANK, "standardOfProof", BLANK_OPTIONAL),
        found(Code.MISSING, "initiatedBy", MISSING),
        found(Code.INVALID_ID, "enforcedBy[0]", notAnId("bad body!")),
        found(Code.MISSING, "restriction", "is required when RESTRICTED"),
        found(Code.UNCITED, "restrictedBy", "must cite the restriction"));
  }

  @Test
  void openLegalRouteMustNotCarryARestriction() {
    ValidationException e =
        rejects(
            () ->
                LegalRoute.builder()
                    .id("r2")
                    .name("Claim against the city")
                    .liability(LiabilityType.CIVIL)
                    .addConducts(Conduct.EXCESSIVE_FORCE)
                    .addDefendants(Defendant.AGENCY)
                    .addRoles(Role.LINE_AGENT)
                    .forum("Example District Court")
                    .initiatedBy("the person harmed")
                    .restriction("Immunity")
                    .restrictedSince(PartialDate.parse("2029"))
                    .addRestrictedBy("bad cite!")
                    .addCitations("example-1")
                    .build());
    assertProblems(
        e,
        "LegalRoute",
        Optional.of("r2"),
        found(Code.INCONSISTENT, "roles", "must be empty unless defendants include INDIVIDUAL"),
        found(Code.INVALID_ID, "restrictedBy[0]", notAnId("bad cite!")),
        found(
            Code.INCONSISTENT,
            "availability",
            "is OPEN, so restriction, restrictedBy and restrictedSince must be empty"));
  }

  @Test
  void claimReportsEveryProblemAtOnce() {
    ValidationException e =
        rejects(
            () ->
                Claim.builder()
                    .id("C1")
                    .statement(" ")
                    .status(Claim.EvidenceStatus.CONTESTED)
                    .addSources(Claim.Source.supports("example-1"))
                    .addSources(Claim.Source.supports("example-1"))
                    .absenceOfEvidence("")
                    .addAbout("d1", "bad id")
                    .build());
    assertProblems(
        e,
        "Claim",
        Optional.of("C1"),
        found(Code.BLANK, "statement", BLANK),
        found(Code.BLANK, "absenceOfEvidence", BLANK_OPTIONAL),
        found(Code.INVALID_ID, "about[1]", notAnId("bad id")),
        found(
            Code.REPEATED,
            "sources[1]",
            "cites 'example-1' more than once; give each source one stance"),
        found(
            Code.INCONSISTENT,
            "status",
            "is CONTESTED, so at least one source must contradict it or report both sides"));
  }

  @Test
  void claimStatusMustMatchItsSources() {
    ValidationException contestedWithoutSources =
        rejects(
            () ->
                Claim.builder()
                    .id("C2")
                    .statement("Something")
                    .status(Claim.EvidenceStatus.CONTESTED)
                    .build());
    assertProblems(
        contestedWithoutSources,
        "Claim",
        Optional.of("C2"),
        found(
            Code.INCONSISTENT,
            "status",
            "is CONTESTED, so at least one source must contradict it or report both sides"),
        found(Code.INCONSISTENT, "status", "is CONTESTED, so at least one source must support it"));

    ValidationException absentButSupported =
        rejects(
            () ->
                Claim.builder()
                    .id("C3")
                    .statement("Something")
                    .status(Claim.EvidenceStatus.ABSENCE_OF_EVIDENCE)
                    .addSources(Claim.Source.supports("example-1"))
                    .build());
    assertProblems(
        absentButSupported,
        "Claim",
        Optional.of("C3"),
        found(Code.INCONSISTENT, "status", "is ABSENCE_OF_EVIDENCE, so no source may support it"));

    ValidationException reportedOnlyContradicted =
        rejects(
            () ->
                Claim.builder()
                    .id("C4")
                    .statement("Something")
                    .status(Claim.EvidenceStatus.REPORTED)
                    .addSources(Claim.Source.contradicts("example-1"))
                    .build());
    assertProblems(
        reportedOnlyContradicted,
        "Claim",
        Optional.of("C4"),
        found(Code.INCONSISTENT, "status", "is REPORTED, so at least one source must support it"));

    ValidationException empty = rejects(() -> Claim.builder().build());
    assertProblems(
        empty,
        "Claim",
        Optional.empty(),
        found(Code.MISSING, "id", MISSING),
        found(Code.MISSING, "statement", MISSING),
        found(Code.MISSING, "status", MISSING));

    Claim absent =
        Claim.builder()
            .id("C5")
            .statement("Nothing shows it")
            .status(Claim.EvidenceStatus.ABSENCE_OF_EVIDENCE)
            .build();
    assertEquals(List.of(), absent.citations());
  }

  @Test
  void observationReportsEveryProblemAtOnce() {
    ValidationException e =
        rejects(
            () ->
                Observation.builder()
                    .id("obs 1")
                    .metric(" ")
                    .value(-1)
                    .periodLabel("")
                    .addCitations("example-1", "bad!")
                    .build());
    assertProblems(
        e,
        "Observation",
        Optional.of("obs 1"),
        found(Code.INVALID_ID, "id", notAnId("obs 1")),
        found(Code.BLANK, "metric", BLANK),
        found(Code.MISSING, "scope", MISSING),
        found(Code.OUT_OF_RANGE, "value", "must be a finite number >= 0, was -1.0"),
        found(Code.MISSING, "qualifier", MISSING),
        found(Code.MISSING, "period", MISSING),
        found(Code.BLANK, "periodLabel", BLANK_OPTIONAL),
        found(Code.INVALID_ID, "citations[1]", notAnId("bad!")));
  }

  @Test
  void observationValueMustBeFinite() {
    ValidationException e =
        rejects(() -> Observation.builder().from(validObservation()).value(Double.NaN).build());
    assertProblems(
        e,
        "Observation",
        Optional.of("tickets-2030-02"),
        found(Code.MISSING, "value", "is required but missing (NaN is not a value)"));
  }

  /**
   * The value is a required attribute like metric and scope; leaving it out must be reported, not
   * turned silently into an observation of zero.
   */
  @Test
  void observationWithoutValueIsReportedAsMissing() {
    ValidationException e =
        rejects(
            () ->
                Observation.builder()
                    .id("tickets-2030-03")
                    .metric("tickets per month")
                    .scope("per officer")
                    .qualifier(Observation.Qualifier.EXACT)
                    .period(PartialDate.parse("2030-03"))
                    .addCitations("example-2030-04-01")
                    .build());
    assertProblems(
        e,
        "Observation",
        Optional.of("tickets-2030-03"),
        found(Code.MISSING, "value", "is required but missing (NaN is not a value)"));
  }

  // ---------------------------------------------------------------------------------------------
  // Nulls reaching setters

  private static void assertNullRejected(String attribute, Executable setter) {
    Problems.assertThat(rejects(setter))
        .hasExactly(
            Problems.inEntity(Code.MISSING, "(builder)", "", attribute, "must not be null"));
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullPassedToAnOptionalAttributeSetterIsAValidationException() {
    assertAll(
        () -> assertNullRejected("title", () -> Citation.builder().title((String) null)),
        () -> assertNullRejected("url", () -> Citation.builder().url((String) null)),
        () -> assertNullRejected("date", () -> Citation.builder().date((PartialDate) null)),
        () ->
            assertNullRejected(
                "effective", () -> Directive.builder().effective((PartialDate) null)),
        () ->
            assertNullRejected("target", () -> Directive.builder().target((NumericalTarget) null)),
        () -> assertNullRejected("actor", () -> PersonnelAction.builder().actor((Actor) null)),
        () -> assertNullRejected("route", () -> OversightAction.builder().route((String) null)),
        () ->
            assertNullRejected(
                "restriction", () -> LegalRoute.builder().restriction((String) null)),
        () ->
            assertNullRejected(
                "absenceOfEvidence", () -> Claim.builder().absenceOfEvidence((String) null)),
        () ->
            assertNullRejected(
                "periodLabel", () -> Observation.builder().periodLabel((String) null)));
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullPassedToARequiredAttributeSetterIsReportedAsMissingAtBuild() {
    ValidationException e =
        rejects(() -> Citation.builder().from(validCitation()).publisher(null).kind(null).build());
    assertProblems(
        e,
        "Citation",
        Optional.of("example-2030-01-05"),
        found(Code.MISSING, "publisher", MISSING),
        found(Code.MISSING, "kind", MISSING));
  }

  /**
   * ModelStyle promises a ValidationException, never a bare NullPointerException: a null element is
   * accepted by the builder and reported at build() with the entity's other problems.
   */
  @Test
  @SuppressWarnings("NullAway")
  void nullAddedToACollectionAttributeIsReportedAtBuild() {
    assertAll(
        () ->
            assertProblems(
                rejects(() -> Directive.builder().addCitations("ok", null).build()),
                "Directive",
                Optional.empty(),
                found(Code.MISSING, "id", MISSING),
                found(Code.MISSING, "kind", MISSING),
                found(Code.MISSING, "summary", MISSING),
                found(Code.MISSING, "issuer", MISSING),
                found(Code.MISSING, "addressee", MISSING),
                found(Code.MISSING, "citations[1]", "must not be null")),
        () ->
            assertProblems(
                rejects(() -> Claim.builder().addSources((Claim.Source) null).build()),
                "Claim",
                Optional.empty(),
                found(Code.MISSING, "id", MISSING),
                found(Code.MISSING, "statement", MISSING),
                found(Code.MISSING, "status", MISSING),
                found(Code.MISSING, "sources[0]", "must not be null")),
        () ->
            assertProblems(
                rejects(() -> OversightBody.builder().addLevers((Lever) null).build()),
                "OversightBody",
                Optional.empty(),
                found(Code.MISSING, "id", MISSING),
                found(Code.MISSING, "name", MISSING),
                found(Code.MISSING, "kind", MISSING),
                found(Code.MISSING, "levers[0]", "must not be null")),
        () ->
            assertProblems(
                rejects(
                    () ->
                        LegalRoute.builder()
                            .addConducts(Conduct.MISSED_QUOTA, Conduct.MISSED_QUOTA)
                            .build()),
                "LegalRoute",
                Optional.empty(),
                found(Code.MISSING, "id", MISSING),
                found(Code.MISSING, "name", MISSING),
                found(Code.MISSING, "liability", MISSING),
                found(Code.REPEATED, "conducts[1]", "repeats MISSED_QUOTA; list each value once"),
                found(Code.MISSING, "defendants", "must name at least one defendant"),
                found(Code.MISSING, "forum", MISSING),
                found(Code.MISSING, "initiatedBy", MISSING)));
  }

  // ---------------------------------------------------------------------------------------------
  // Record components

  private static void assertRecordProblems(Executable build, String kind, Found... expected) {
    ValidationException e = rejects(build);
    assertProblems(e, kind, Optional.empty(), expected);
  }

  @Test
  @SuppressWarnings("NullAway")
  void actorValidatesEveryComponent() {
    assertAll(
        () ->
            assertRecordProblems(
                () -> new Actor(null, null, null),
                "Actor",
                found(Code.MISSING, "description", MISSING),
                found(Code.MISSING, "names", MISSING),
                found(Code.MISSING, "role", MISSING)),
        () ->
            assertRecordProblems(
                () -> new Actor(" ", ImmutableList.of("Pat Example", " "), Optional.empty()),
                "Actor",
                found(Code.BLANK, "description", BLANK),
                found(Code.BLANK, "names[1]", BLANK)),
        () ->
            assertRecordProblems(
                () -> Actor.named("", ""),
                "Actor",
                found(Code.BLANK, "description", BLANK),
                found(Code.BLANK, "names[0]", BLANK)));
    assertEquals(
        "Police chief (Pat Example)", Actor.named("Police chief", "Pat Example").toString());
  }

  @Test
  @SuppressWarnings("NullAway")
  void numericalTargetValidatesEveryComponent() {
    assertAll(
        () ->
            assertRecordProblems(
                () -> NumericalTarget.range("tickets per month", "per officer", -1, -2),
                "NumericalTarget",
                found(Code.OUT_OF_RANGE, "low", "must be a finite number >= 0, was -1.0"),
                found(
                    Code.OUT_OF_RANGE, "high", "must be a finite number >= low (-1.0), was -2.0")),
        () ->
            assertRecordProblems(
                () -> new NumericalTarget("", " ", 5, null),
                "NumericalTarget",
                found(Code.BLANK, "metric", BLANK),
                found(Code.BLANK, "scope", BLANK),
                found(Code.MISSING, "high", MISSING)),
        () ->
            assertRecordProblems(
                () -> NumericalTarget.range("tickets", "per officer", 30, 20),
                "NumericalTarget",
                found(
                    Code.OUT_OF_RANGE, "high", "must be a finite number >= low (30.0), was 20.0")),
        () ->
            assertRecordProblems(
                () -> NumericalTarget.of("tickets", "per officer", Double.POSITIVE_INFINITY),
                "NumericalTarget",
                found(Code.OUT_OF_RANGE, "low", "must be a finite number >= 0, was Infinity")));
    assertEquals(
        "20-30 tickets per month, per officer",
        NumericalTarget.range("tickets per month", "per officer", 20, 30).toString());
  }

  @Test
  @SuppressWarnings("NullAway")
  void legalReferenceValidatesEveryComponent() {
    assertAll(
        () ->
            assertRecordProblems(
                () -> new LegalReference(" ", null, "", true),
                "LegalReference",
                found(Code.BLANK, "volume", BLANK),
                found(Code.MISSING, "reporter", MISSING),
                found(Code.BLANK, "locator", BLANK)),
        () ->
            assertEquals("12 E.C.C. § 34", LegalReference.statute("12", "E.C.C.", "34").toString()),
        () -> assertEquals("7 Ex. 101", LegalReference.reported("7", "Ex.", "101").toString()));
  }

  @Test
  @SuppressWarnings("NullAway")
  void claimSourceValidatesEveryComponent() {
    assertAll(
        () ->
            assertRecordProblems(
                () -> new Claim.Source(null, null),
                "Claim.Source",
                found(Code.MISSING, "citation", MISSING),
                found(Code.MISSING, "stance", MISSING)),
        () ->
            assertRecordProblems(
                () -> Claim.Source.supports("bad id"),
                "Claim.Source",
                found(Code.INVALID_ID, "citation", notAnId("bad id"))));
  }

  @Test
  @SuppressWarnings("NullAway")
  void directiveDenialValidatesEveryComponent() {
    assertAll(
        () ->
            assertRecordProblems(
                () -> new Directive.Denial(null, null),
                "Directive.Denial",
                found(Code.MISSING, "statement", MISSING),
                found(Code.MISSING, "citation", MISSING)),
        () ->
            assertRecordProblems(
                () -> new Directive.Denial(" ", "bad id"),
                "Directive.Denial",
                found(Code.BLANK, "statement", BLANK),
                found(Code.INVALID_ID, "citation", notAnId("bad id"))));
  }

  @Test
  @SuppressWarnings("NullAway")
  void directiveSupersessionValidatesItsComponent() {
    assertRecordProblems(
        () -> new Directive.Supersession(null, true),
        "Directive.Supersession",
        found(Code.MISSING, "directive", MISSING));
    assertRecordProblems(
        () -> Directive.Supersession.replaces(""),
        "Directive.Supersession",
        found(Code.INVALID_ID, "directive", notAnId("")));
  }

  /**
   * The other nested records name themselves with their enclosing type ({@code Directive.Denial},
   * {@code Claim.Source}); a supersession's problems should read {@code Directive.Supersession}.
   */
  @Test
  @SuppressWarnings("NullAway")
  void directiveSupersessionProblemsNameTheirKindLikeTheOtherNestedRecords() {
    ValidationException e = rejects(() -> new Directive.Supersession(null, true));
    assertEquals(Optional.of("Directive.Supersession"), e.problems().get(0).entityKind());
  }

  // ---------------------------------------------------------------------------------------------
  // ValidationException and Problem

  @Test
  void validationExceptionMessageListsEveryProblem() {
    ValidationException e =
        rejects(
            () -> Citation.builder().id("c1").title(" ").url("mailto:someone@example.org").build());
    assertEquals(4, e.problems().size());
    String message = String.valueOf(e.getMessage());
    assertTrue(message.startsWith("4 problems:"), message);
    for (Problem p : e.problems()) {
      assertTrue(message.contains("  - " + p), () -> message + " should list " + p);
    }
    assertTrue(message.contains("Citation 'c1' publisher: is required but missing"), message);

    ValidationException single = rejects(() -> Directive.Supersession.replaces("-x"));
    assertEquals("1 problem: " + single.problems().get(0), single.getMessage());
  }

  @Test
  void validationExceptionNeedsAtLeastOneProblem() {
    assertThrows(IllegalArgumentException.class, () -> new ValidationException(List.of()));
  }

  @Test
  void validationExceptionCopiesItsProblems() {
    List<Problem> problems = new java.util.ArrayList<>();
    problems.add(Problem.inEntity(Code.MISSING, "Directive", "d1", "target", "is required"));
    ValidationException e = new ValidationException(problems);
    problems.clear();
    assertEquals(1, e.problems().size());
  }

  @Test
  void problemWhereNamesKindIdAndAttribute() {
    assertAll(
        () ->
            assertEquals(
                "Directive 'd1' target.low",
                Problem.inEntity(
                        Code.OUT_OF_RANGE, "Directive", "d1", List.of("target", "low"), "x")
                    .where()),
        () ->
            assertEquals(
                "Actor names[1]",
                Problem.inEntity(Code.BLANK, "Actor", "", List.of("names", "1"), "x").where()),
        () ->
            assertEquals(
                "OversightAction 'a1' outcomes[2].citations[0]",
                Problem.inEntity(
                        Code.INVALID_ID,
                        "OversightAction",
                        "a1",
                        List.of("outcomes", "2", "citations", "0"),
                        "x")
                    .where()),
        () ->
            assertEquals(
                "Citation 'c1': is required",
                Problem.inEntity(Code.MISSING, "Citation", "c1", "", "is required").toString()),
        () ->
            assertEquals(
                "/claims/2/id (line 9, column 13)",
                Problem.atPointer(Code.INVALID_ID, "/claims/2/id", 9, 13, "x").where()),
        () -> assertEquals("(document)", Problem.atPointer(Code.MALFORMED, "", 0, 0, "x").where()));
  }

  @Test
  void problemCarriesItsCodeAndStructuredLocation() {
    ValidationException e =
        rejects(
            () ->
                OversightAction.builder()
                    .id("a1")
                    .lever(Lever.LITIGATION)
                    .summary("s")
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.AGENCY)
                    .addOutcomes(
                        new OversightAction.OutcomeStep(
                            OversightAction.Outcome.PENDING,
                            Optional.of(PartialDate.parse("2025-10")),
                            Optional.empty(),
                            List.of(),
                            List.of(),
                            List.of("c1")),
                        new OversightAction.OutcomeStep(
                            OversightAction.Outcome.PENDING,
                            Optional.of(PartialDate.parse("2025-09")),
                            Optional.empty(),
                            List.of(),
                            List.of(),
                            List.of("c1")))
                    .addCitations("c1")
                    .build());
    Problem p = e.problems().get(0);
    assertAll(
        () -> assertEquals(Code.OUT_OF_ORDER, p.code()),
        () -> assertEquals(Optional.of("OversightAction"), p.entityKind()),
        () -> assertEquals(Optional.of("a1"), p.entityId()),
        () -> assertEquals(List.of("outcomes", "1", "date"), p.attributePath()),
        () -> assertEquals(Optional.of("outcomes[1].date"), p.attribute()),
        () -> assertEquals(Optional.empty(), p.reference()),
        () -> assertEquals(Optional.empty(), p.jsonPointer()));
  }

  @Test
  void problemsAreValuesWithEveryFieldInEquality() {
    Problem dangling =
        Problem.inEntity(Code.DANGLING_REFERENCE, "Directive", "d1", List.of("citations", "0"), "m")
            .withReference("c9", EntityKind.CITATION);
    Problem same =
        Problem.inEntity(Code.DANGLING_REFERENCE, "Directive", "d1", List.of("citations", "0"), "m")
            .withReference("c9", EntityKind.CITATION);
    assertAll(
        () -> assertEquals(dangling, same),
        () -> assertEquals(dangling.hashCode(), same.hashCode()),
        () -> assertEquals(Optional.of("c9"), dangling.reference()),
        () -> assertEquals(Optional.of(EntityKind.CITATION), dangling.expectedKind()),
        () -> assertEquals("Directive 'd1' citations[0]: m", dangling.toString()),
        () ->
            assertFalse(
                dangling.equals(
                    Problem.inEntity(
                            Code.WRONG_KIND, "Directive", "d1", List.of("citations", "0"), "m")
                        .withReference("c9", EntityKind.CITATION)),
                "the code is part of equality"),
        () -> assertFalse(dangling.equals(dangling.withReference("c8")), "so is the reference"),
        () -> {
          Problem located = dangling.locatedAt("/directives/0/citations/0", 12, 7);
          assertEquals("/directives/0/citations/0 (line 12, column 7): m", located.toString());
          assertEquals(Code.DANGLING_REFERENCE, located.code());
          assertEquals(Optional.of("c9"), located.reference());
          assertEquals(dangling.attributePath(), located.attributePath());
          assertFalse(located.equals(dangling));
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Quoted values

  @Test
  void aNewlineInAnIdIsEscapedSoNoProblemLineIsForged() {
    String forged = "x\n  - Citation 'c1' title: forged";
    ValidationException e =
        rejects(
            () -> Citation.builder().id(forged).publisher("P").kind(Citation.Kind.STATUTE).build());
    Problem p = e.problems().get(0);
    assertEquals(Code.INVALID_ID, p.code());
    assertEquals(Optional.of(forged), p.entityId(), "the problem keeps the id itself");
    assertEquals(
        "Citation 'x\\n  - Citation 'c1' title: forged' id: 'x\\n  - Citation 'c1' title: forged'"
            + " is not a valid id: "
            + ID_RULE,
        p.toString());
    String message = String.valueOf(e.getMessage());
    assertFalse(message.contains("\n  - Citation 'c1' title: forged"), message);
  }

  @Test
  void aTenThousandCharacterIdIsQuotedCutShort() {
    String longId = "d".repeat(10_000);
    ValidationException e =
        rejects(
            () -> Citation.builder().id(longId).publisher("P").kind(Citation.Kind.STATUTE).build());
    String quoted = "'" + "d".repeat(80) + "…'";
    assertEquals(quoted + " is not a valid id: " + ID_RULE, e.problems().get(0).message());
    assertEquals("Citation " + quoted + " id", e.problems().get(0).where());
  }

  @Test
  void quoteEscapesControlCharactersAndKeepsOrdinaryValues() {
    assertEquals("'may-2025-target'", Problem.quote("may-2025-target"));
    assertEquals("''", Problem.quote(""));
    assertEquals(
        "'a\\tb\\rc\\u0000d\\u2028e\\u202ef'", Problem.quote("a\tb\rc\u0000d\u2028e\u202ef"));
    assertEquals("'" + "x".repeat(80) + "'", Problem.quote("x".repeat(80)), "80 are shown whole");
    assertEquals("'" + "😀".repeat(80) + "…'", Problem.quote("😀".repeat(81)), "by code point");
  }
}

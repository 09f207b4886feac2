package org.accountability.framework;

import static org.accountability.testing.Problems.assertThat;
import static org.accountability.testing.Problems.inEntity;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.accountability.model.Actor;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.EntityKind;
import org.accountability.model.LegalRoute;
import org.accountability.model.Lever;
import org.accountability.model.LiabilityType;
import org.accountability.model.NumericalTarget;
import org.accountability.model.Observation;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Problem.Code;
import org.accountability.model.Role;
import org.accountability.model.ValidationException;
import org.junit.jupiter.api.Test;

class FrameworkValidationTest {

  private static final String TITLE = "Ticket quotas in Example City";
  private static final String AGENCY = "Example City Police Department";

  // ---------------------------------------------------------------------------------------------
  // Small fictional entities

  private static Citation citation(String id) {
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

  private static Citation statute(String id) {
    return Citation.builder()
        .id(id)
        .publisher("Example City Code")
        .url("https://example.org/code/" + id)
        .kind(Citation.Kind.STATUTE)
        .fictional(true)
        .build();
  }

  private static Directive memo(String id, String effective, String... citations) {
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

  private static Directive target(
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

  private static PersonnelAction reassignment(
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

  private static Claim claim(
      String id, Claim.EvidenceStatus status, List<Claim.Source> sources, String... about) {
    return Claim.builder()
        .id(id)
        .statement("Statement " + id)
        .status(status)
        .addAllSources(sources)
        .addAbout(about)
        .build();
  }

  private static OversightAction action(String id, Lever lever, Optional<String> route) {
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

  /** A framework that holds every kind of entity and passes every rule. */
  private static AccountabilityFramework.Builder validBuilder() {
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
        .title(TITLE)
        .agency(AGENCY)
        .question("Who answers for the ticket quota?")
        .addCitations(
            citation("c-gazette-1"),
            citation("c-gazette-2"),
            citation("c-denial"),
            citation("c-court-filing"),
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

  /** A builder with title and agency and the given citations, for the focused rules. */
  private static AccountabilityFramework.Builder headed(String... citationIds) {
    AccountabilityFramework.Builder b =
        AccountabilityFramework.builder().title(TITLE).agency(AGENCY);
    for (String id : citationIds) {
      b.addCitations(citation(id));
    }
    return b;
  }

  private static ValidationException rejects(AccountabilityFramework.Builder builder) {
    return assertThrows(ValidationException.class, builder::build);
  }

  // ---------------------------------------------------------------------------------------------
  // Tests

  @Test
  void validFrameworkBuildsAndAcceptsAnUncitedAbsenceOfEvidenceClaim() {
    AccountabilityFramework f = validBuilder().build();
    assertAll(
        () -> assertEquals(TITLE, f.title()),
        () -> assertEquals(AGENCY, f.agency()),
        () -> assertEquals(5, f.citations().count()),
        () -> assertEquals(2, f.directives().count()),
        () -> assertEquals(2, f.oversightActions().count()),
        () -> assertEquals(List.of(), f.claims().withId("C2").list().get(0).citations()),
        () -> assertEquals(Optional.of("court-order"), f.entity("court-order").map(Entity::id)));
  }

  @Test
  void toBuilderBuildsAnEqualFramework() {
    AccountabilityFramework original = validBuilder().build();
    AccountabilityFramework copy = original.toBuilder().build();
    assertNotSame(original, copy);
    assertEquals(original, copy);
    assertEquals(original.hashCode(), copy.hashCode());
    assertEquals(original.toString(), copy.toString());
  }

  @Test
  void theQuestionIsKeptAndFrameworksOfDifferentContentHashApart() {
    AccountabilityFramework original = validBuilder().build();
    assertEquals(Optional.of("Who answers for the ticket quota?"), original.question());
    assertEquals(
        Optional.of("Who answers for the ticket quota?"), original.toBuilder().build().question());
    assertEquals(Optional.empty(), headed().build().question());
    AccountabilityFramework retitled = original.toBuilder().title("Another title").build();
    AccountabilityFramework smaller = original.toBuilder().remove("o-2030-02").build();
    assertEquals(
        3,
        java.util.Set.of(original.hashCode(), retitled.hashCode(), smaller.hashCode()).size(),
        "a changed title or a removed entity changes the hash");
  }

  @Test
  void aClaimSourceMustBeACitationOfTheFramework() {
    AccountabilityFramework.Builder b =
        headed("c1")
            .addClaims(
                claim(
                    "C1",
                    Claim.EvidenceStatus.REPORTED,
                    List.of(
                        Claim.Source.supports("c1"), Claim.Source.contradicts("no-such-source"))));
    assertThat(rejects(b))
        .hasExactly(
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "Claim",
                    "C1",
                    "sources[1].citation",
                    "refers to Citation 'no-such-source', which is not in the framework")
                .withReference("no-such-source", EntityKind.CITATION));
  }

  @Test
  void removingOneOfABodysActionsKeepsItsOthersAndItsRemovedActionsAreGone() {
    AccountabilityFramework ice = org.accountability.casestudy.CaseStudies.iceDeportationQuotas();
    AccountabilityFramework without =
        ice.toBuilder().remove("jul-2025-visit-notice-demand").build();
    assertEquals(
        List.of("oct-2025-misconduct-dashboard"),
        without
            .oversightBodies()
            .withId("house-oversight-democrats")
            .first()
            .orElseThrow()
            .actions()
            .stream()
            .map(OversightAction::id)
            .toList());
    AccountabilityFramework.Builder b = ice.toBuilder().remove("house-oversight-democrats");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> b.remove("oct-2025-misconduct-dashboard"));
    assertTrue(
        String.valueOf(e.getMessage()).contains("'oct-2025-misconduct-dashboard'"),
        "the action went with its body: " + e.getMessage());
  }

  @Test
  void reportsEveryCrossEntityProblemAtOnce() {
    AccountabilityFramework.Builder b =
        AccountabilityFramework.builder()
            .addCitations(citation("c1"), citation("dup"))
            .addDirectives(
                memo("d-early", "2025-03", "c1"),
                Directive.builder()
                    .from(memo("d-late", "2025-01", "c1"))
                    .supersedes(Directive.Supersession.replaces("d-early"))
                    .build(),
                memo("d-uncited", "2025-02"),
                memo("dup", "2025-04", "missing-cite"))
            .addPersonnelActions(
                reassignment("p-wrong-kind", "2025-06", List.of("c1"), "c1"),
                reassignment("p-too-early", "2025-02", List.of("d-early"), "c1"))
            .addClaims(
                claim(
                    "claim-about-citation",
                    Claim.EvidenceStatus.REPORTED,
                    List.of(Claim.Source.supports("c1")),
                    "c1"),
                claim("claim-absent", Claim.EvidenceStatus.ABSENCE_OF_EVIDENCE, List.of()));
    assertThat(rejects(b))
        .hasExactly(
            inEntity(
                Code.MISSING, "AccountabilityFramework", "", "title", "is required but missing"),
            inEntity(
                Code.MISSING, "AccountabilityFramework", "", "agency", "is required but missing"),
            inEntity(
                Code.DUPLICATE_ID,
                "Directive",
                "dup",
                "id",
                "duplicates the id of Citation 'dup'; ids must be unique across the framework"),
            inEntity(
                Code.UNCITED,
                "Directive",
                "d-uncited",
                "citations",
                "is uncited: every fact must cite at least one source"),
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "Directive",
                    "dup",
                    "citations[0]",
                    "refers to Citation 'missing-cite', which is not in the framework")
                .withReference("missing-cite", EntityKind.CITATION),
            inEntity(
                    Code.WRONG_KIND,
                    "PersonnelAction",
                    "p-wrong-kind",
                    "enforces[0]",
                    "refers to 'c1', which is a Citation, not a Directive")
                .withReference("c1", EntityKind.DIRECTIVE),
            inEntity(
                    Code.WRONG_KIND,
                    "Claim",
                    "claim-about-citation",
                    "about[0]",
                    "refers to Citation 'c1'; a claim's sources belong in 'sources'")
                .withReference("c1"),
            inEntity(
                    Code.OUT_OF_ORDER,
                    "Directive",
                    "d-late",
                    "effective",
                    "takes effect (2025-01) before the directive it supersedes, 'd-early' (2025-03)")
                .withReference("d-early", EntityKind.DIRECTIVE),
            inEntity(
                    Code.OUT_OF_ORDER,
                    "PersonnelAction",
                    "p-too-early",
                    "date",
                    "is dated (2025-02) before the directive it enforces, 'd-early', took effect"
                        + " (2025-03)")
                .withReference("d-early", EntityKind.DIRECTIVE));
  }

  @Test
  void exceptionMessageListsEveryFrameworkProblem() {
    ValidationException e =
        rejects(AccountabilityFramework.builder().addDirectives(memo("d1", "2025")));
    assertEquals(3, e.problems().size(), () -> e.problems().toString());
    String message = String.valueOf(e.getMessage());
    assertTrue(message.startsWith("3 problems:"), message);
    assertTrue(message.contains("AccountabilityFramework title: is required but missing"), message);
    assertTrue(message.contains("Directive 'd1' citations: is uncited"), message);
  }

  @Test
  void blankHeaderTextsAreReported() {
    ValidationException e =
        rejects(AccountabilityFramework.builder().title(" ").agency("").question("  "));
    assertThat(e)
        .hasExactly(
            inEntity(Code.BLANK, "AccountabilityFramework", "", "title", "must not be blank"),
            inEntity(Code.BLANK, "AccountabilityFramework", "", "agency", "must not be blank"),
            inEntity(Code.BLANK, "AccountabilityFramework", "", "question", "must not be blank"));
  }

  @Test
  void duplicateIdsAcrossKindsAndWithinAKindAreReported() {
    AccountabilityFramework.Builder b =
        headed("c1", "shared")
            .addDirectives(memo("shared", "2025", "c1"), memo("d1", "2025", "c1"))
            .addClaims(
                claim("d1", Claim.EvidenceStatus.REPORTED, List.of(Claim.Source.supports("c1"))));
    assertThat(rejects(b))
        .hasExactly(
            inEntity(
                Code.DUPLICATE_ID,
                "Directive",
                "shared",
                "id",
                "duplicates the id of Citation 'shared'; ids must be unique across the framework"),
            inEntity(
                Code.DUPLICATE_ID,
                "Claim",
                "d1",
                "id",
                "duplicates the id of Directive 'd1'; ids must be unique across the framework"));
  }

  @Test
  void referencesToMissingEntitiesOrEntitiesOfTheWrongKindAreReported() {
    OversightBody body =
        OversightBody.builder()
            .id("b1")
            .name("Example Watchdog")
            .kind(OversightBody.Kind.CIVIL_SOCIETY)
            .addLevers(Lever.LITIGATION)
            .addActions(action("suit-1", Lever.LITIGATION, Optional.of("no-such-route")))
            .addCitations("c1")
            .build();
    LegalRoute route =
        LegalRoute.builder()
            .id("r1")
            .name("Suit against the city")
            .liability(LiabilityType.CIVIL)
            .addConducts(Conduct.EXCESSIVE_FORCE)
            .addDefendants(Defendant.UNITED_STATES)
            .forum("Example District Court")
            .initiatedBy("the person harmed")
            .availability(LegalRoute.Availability.RESTRICTED)
            .restriction("Immunity")
            .addRestrictedBy("d1")
            .addEnforcedBy("c1")
            .addCitations("c1")
            .build();
    AccountabilityFramework.Builder b =
        headed("c1", "c-court-filing")
            .addDirectives(
                Directive.builder()
                    .from(memo("d1", "2025", "c1", "p1"))
                    .addDenials(new Directive.Denial("Denied", "gone"))
                    .supersedes(Directive.Supersession.replaces("c1"))
                    .build())
            .addPersonnelActions(reassignment("p1", "2025-06", List.of("d1", "nowhere"), "c1"))
            .addOversightBodies(body)
            .addRoutes(route)
            .addClaims(
                claim(
                    "C1",
                    Claim.EvidenceStatus.REPORTED,
                    List.of(Claim.Source.supports("c1")),
                    "d1",
                    "unknown-entity"));
    assertThat(rejects(b))
        .hasExactly(
            inEntity(
                    Code.WRONG_KIND,
                    "Directive",
                    "d1",
                    "citations[1]",
                    "refers to 'p1', which is a PersonnelAction, not a Citation")
                .withReference("p1", EntityKind.CITATION),
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "Directive",
                    "d1",
                    "denials[0].citation",
                    "refers to Citation 'gone', which is not in the framework")
                .withReference("gone", EntityKind.CITATION),
            inEntity(
                    Code.WRONG_KIND,
                    "Directive",
                    "d1",
                    "supersedes",
                    "refers to 'c1', which is a Citation, not a Directive")
                .withReference("c1", EntityKind.DIRECTIVE),
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "PersonnelAction",
                    "p1",
                    "enforces[1]",
                    "refers to Directive 'nowhere', which is not in the framework")
                .withReference("nowhere", EntityKind.DIRECTIVE),
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "OversightAction",
                    "suit-1",
                    "route",
                    "refers to LegalRoute 'no-such-route', which is not in the framework")
                .withReference("no-such-route", EntityKind.LEGAL_ROUTE),
            inEntity(
                    Code.WRONG_KIND,
                    "LegalRoute",
                    "r1",
                    "restrictedBy[0]",
                    "refers to 'd1', which is a Directive, not a Citation")
                .withReference("d1", EntityKind.CITATION),
            inEntity(
                    Code.WRONG_KIND,
                    "LegalRoute",
                    "r1",
                    "enforcedBy[0]",
                    "refers to 'c1', which is a Citation, not an OversightBody")
                .withReference("c1", EntityKind.OVERSIGHT_BODY),
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "Claim",
                    "C1",
                    "about[1]",
                    "refers to 'unknown-entity', which is not in the framework")
                .withReference("unknown-entity"));
  }

  @Test
  void citationsInsideAnswerDataMustResolve() {
    LegalRoute route =
        LegalRoute.builder()
            .id("r1")
            .name("Claim against the city")
            .liability(LiabilityType.CIVIL)
            .addConducts(Conduct.EXCESSIVE_FORCE)
            .addDefendants(Defendant.UNITED_STATES)
            .forum("Example District Court")
            .initiatedBy("the person harmed")
            .addPreconditions(LegalRoute.Precondition.established("Acting for the city", "gone-1"))
            .addHurdles(
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.PROCEDURE, "A notice of claim", "gone-2"))
            .substitution(
                new LegalRoute.Substitution(
                    List.of(Role.LINE_AGENT), "The city answers", List.of("gone-3")))
            .appeal(LegalRoute.Appeal.available("to the appellate court", "gone-4"))
            .addCitations("c1")
            .build();
    OversightBody body =
        OversightBody.builder()
            .id("b1")
            .name("Example Court")
            .kind(OversightBody.Kind.COURT)
            .addLevers(Lever.INJUNCTION)
            .addActions(
                OversightAction.builder()
                    .id("a1")
                    .lever(Lever.INJUNCTION)
                    .summary("Order")
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.AGENCY)
                    .addOutcomes(
                        OversightAction.OutcomeStep.undated(
                            OversightAction.Outcome.GRANTED, "gone-5"))
                    .addCitations("c1")
                    .build())
            .addCitations("c1")
            .build();
    assertThat(rejects(headed("c1").addRoutes(route).addOversightBodies(body)))
        .hasExactly(
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "OversightAction",
                    "a1",
                    "outcomes[0].citations[0]",
                    "refers to Citation 'gone-5', which is not in the framework")
                .withReference("gone-5", EntityKind.CITATION),
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "LegalRoute",
                    "r1",
                    "preconditions[0].citations[0]",
                    "refers to Citation 'gone-1', which is not in the framework")
                .withReference("gone-1", EntityKind.CITATION),
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "LegalRoute",
                    "r1",
                    "hurdles[0].citations[0]",
                    "refers to Citation 'gone-2', which is not in the framework")
                .withReference("gone-2", EntityKind.CITATION),
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "LegalRoute",
                    "r1",
                    "substitution.citations[0]",
                    "refers to Citation 'gone-3', which is not in the framework")
                .withReference("gone-3", EntityKind.CITATION),
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "LegalRoute",
                    "r1",
                    "appeal.citations[0]",
                    "refers to Citation 'gone-4', which is not in the framework")
                .withReference("gone-4", EntityKind.CITATION));
  }

  @Test
  void everyFactMustBeCitedButAnAbsenceOfEvidenceClaimNeedNot() {
    AccountabilityFramework.Builder b =
        headed("c1")
            .addDirectives(memo("d1", "2025"))
            .addPersonnelActions(reassignment("p1", "2025", List.of()))
            .addClaims(
                claim("C-absent", Claim.EvidenceStatus.ABSENCE_OF_EVIDENCE, List.of()),
                claim(
                    "C-contradicted",
                    Claim.EvidenceStatus.ABSENCE_OF_EVIDENCE,
                    List.of(Claim.Source.contradicts("c1"))));
    assertThat(rejects(b))
        .hasExactly(
            inEntity(
                Code.UNCITED,
                "Directive",
                "d1",
                "citations",
                "is uncited: every fact must cite at least one source"),
            inEntity(
                Code.UNCITED,
                "PersonnelAction",
                "p1",
                "citations",
                "is uncited: every fact must cite at least one source"));

    AccountabilityFramework accepted =
        headed("c1")
            .addDirectives(memo("d1", "2025", "c1"))
            .addClaims(claim("C-absent", Claim.EvidenceStatus.ABSENCE_OF_EVIDENCE, List.of()))
            .build();
    assertEquals(1, accepted.claims().count());
  }

  @Test
  void datesOutOfOrderAreReportedOnlyWhenCertain() {
    AccountabilityFramework.Builder certain =
        headed("c1")
            .addDirectives(
                memo("d-early", "2025-10", "c1"),
                Directive.builder()
                    .from(memo("d-late", "2025-09", "c1"))
                    .supersedes(Directive.Supersession.raises("d-early"))
                    .build())
            .addPersonnelActions(reassignment("p1", "2025-09-30", List.of("d-early"), "c1"));
    assertThat(rejects(certain))
        .hasExactly(
            inEntity(
                    Code.OUT_OF_ORDER,
                    "Directive",
                    "d-late",
                    "effective",
                    "takes effect (2025-09) before the directive it supersedes, 'd-early' (2025-10)")
                .withReference("d-early", EntityKind.DIRECTIVE),
            inEntity(
                    Code.OUT_OF_ORDER,
                    "PersonnelAction",
                    "p1",
                    "date",
                    "is dated (2025-09-30) before the directive it enforces, 'd-early', took effect"
                        + " (2025-10)")
                .withReference("d-early", EntityKind.DIRECTIVE));

    // overlapping dates are not certainly out of order: no problem
    AccountabilityFramework possible =
        headed("c1")
            .addDirectives(
                memo("d-early", "2025-10", "c1"),
                Directive.builder()
                    .from(memo("d-late", "~2025-09", "c1"))
                    .supersedes(Directive.Supersession.raises("d-early"))
                    .build())
            .addPersonnelActions(reassignment("p1", "2025", List.of("d-early"), "c1"))
            .build();
    assertEquals(2, possible.directives().count());
  }

  @Test
  void removingAnUnknownIdThrowsIllegalArgumentException() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> validBuilder().remove("no-such-id"));
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("'no-such-id'"), message);
  }

  @Test
  void removingAnOversightActionRemovesItFromItsBody() {
    AccountabilityFramework original = validBuilder().build();
    AccountabilityFramework without = original.toBuilder().remove("council-inquiry").build();
    OversightBody council =
        without.oversightBodies().withId("example-council").first().orElseThrow();
    assertAll(
        () -> assertEquals(List.of(), council.actions()),
        () -> assertEquals(Optional.empty(), without.entity("council-inquiry")),
        () -> assertTrue(without.entity("example-council").isPresent()),
        () -> assertEquals(1, without.oversightActions().count()),
        () -> assertEquals(2, without.oversightBodies().count()),
        () -> assertEquals(2, original.oversightActions().count()));
  }

  @Test
  void removingAReferencedDirectiveLeavesHardReferencesDanglingAndDropsItFromClaims() {
    AccountabilityFramework.Builder b = validBuilder().build().toBuilder().remove("d-jan");
    assertThat(rejects(b))
        .hasExactly(
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "Directive",
                    "d-may",
                    "supersedes",
                    "refers to Directive 'd-jan', which is not in the framework")
                .withReference("d-jan", EntityKind.DIRECTIVE));
    AccountabilityFramework f =
        validBuilder().build().toBuilder()
            .remove("d-jan")
            .remove("d-may")
            .remove("p-reassign")
            .build();
    assertTrue(
        f.claims().stream().noneMatch(c -> c.about().contains("d-jan")),
        "a claim's 'about' list only says what it is about, so removal drops the id from it");
  }

  @Test
  void removingAnEntityOfAnyKindDropsIt() {
    AccountabilityFramework f = validBuilder().remove("o-2030-02").remove("C2").build();
    assertAll(
        () -> assertEquals(0, f.observations().count()),
        () -> assertEquals(Optional.empty(), f.entity("C2")),
        () -> assertEquals(1, f.claims().count()));
  }

  // ---------------------------------------------------------------------------------------------
  // Supersession cycles and quoted values

  @Test
  void aTwoDirectiveSupersessionCycleIsReportedOnce() {
    ValidationException e =
        rejects(
            headed("c1")
                .addDirectives(
                    target("d1", "2025-03", 20, Optional.of("d2"), "c1"),
                    target("d2", "2025-03", 25, Optional.of("d1"), "c1")));
    assertThat(e)
        .hasExactly(
            inEntity(
                    Code.INCONSISTENT,
                    "Directive",
                    "d1",
                    "supersedes",
                    "supersedes in a cycle: 'd1' -> 'd2' -> 'd1'")
                .withReference("d2", EntityKind.DIRECTIVE));
  }

  @Test
  void aThreeDirectiveCycleIsReportedWhereFirstMetAndALeadInIsNot() {
    ValidationException e =
        rejects(
            headed("c1")
                .addDirectives(
                    target("lead-in", "2025-04", 30, Optional.of("d2"), "c1"),
                    target("d1", "2025-03", 20, Optional.of("d3"), "c1"),
                    target("d2", "2025-03", 25, Optional.of("d1"), "c1"),
                    target("d3", "2025-03", 22, Optional.of("d2"), "c1"),
                    target("d4", "2025-04", 22, Optional.of("d3"), "c1")));
    assertThat(e)
        .hasExactly(
            inEntity(
                    Code.INCONSISTENT,
                    "Directive",
                    "d2",
                    "supersedes",
                    "supersedes in a cycle: 'd2' -> 'd1' -> 'd3' -> 'd2'")
                .withReference("d1", EntityKind.DIRECTIVE));
  }

  @Test
  void aSupersessionChainWithoutACycleBuilds() {
    AccountabilityFramework f =
        headed("c1")
            .addDirectives(
                target("d1", "2025-01", 20, Optional.empty(), "c1"),
                target("d2", "2025-02", 25, Optional.of("d1"), "c1"),
                target("d3", "2025-03", 30, Optional.of("d2"), "c1"),
                target("d4", "2025-04", 35, Optional.of("d2"), "c1"))
            .build();
    assertEquals(4, f.directives().asOf(java.time.LocalDate.of(2025, 5, 1)).count());
  }

  @Test
  void aLongReferencedIdIsQuotedCutShort() {
    String longId = "d".repeat(128);
    ValidationException e =
        rejects(
            headed("c1").addPersonnelActions(reassignment("p1", "2025-03", List.of(longId), "c1")));
    // the message quotes the id cut short; the reference keeps it whole
    assertThat(e)
        .hasExactly(
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "PersonnelAction",
                    "p1",
                    "enforces[0]",
                    "refers to Directive '" + "d".repeat(80) + "…', which is not in the framework")
                .withReference(longId, EntityKind.DIRECTIVE));
  }
}

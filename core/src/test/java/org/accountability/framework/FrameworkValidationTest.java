package org.accountability.framework;

import static org.accountability.testing.FictionalFrameworks.CITY_AGENCY;
import static org.accountability.testing.FictionalFrameworks.VALIDATION_TITLE;
import static org.accountability.testing.FictionalFrameworks.action;
import static org.accountability.testing.FictionalFrameworks.claim;
import static org.accountability.testing.FictionalFrameworks.everyKind;
import static org.accountability.testing.FictionalFrameworks.headed;
import static org.accountability.testing.FictionalFrameworks.memo;
import static org.accountability.testing.FictionalFrameworks.reassignment;
import static org.accountability.testing.FictionalFrameworks.report;
import static org.accountability.testing.FictionalFrameworks.target;
import static org.accountability.testing.Problems.assertThat;
import static org.accountability.testing.Problems.inEntity;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.EntityKind;
import org.accountability.model.LegalRoute;
import org.accountability.model.Lever;
import org.accountability.model.LiabilityType;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.Problem.Code;
import org.accountability.model.Role;
import org.accountability.model.ValidationException;
import org.junit.jupiter.api.Test;

class FrameworkValidationTest {

  private static ValidationException rejects(AccountabilityFramework.Builder builder) {
    return assertThrows(ValidationException.class, builder::build);
  }

  // ---------------------------------------------------------------------------------------------
  // Tests

  @Test
  void validFrameworkBuildsAndAcceptsAnUncitedAbsenceOfEvidenceClaim() {
    AccountabilityFramework f = everyKind().build();
    assertAll(
        () -> assertEquals(VALIDATION_TITLE, f.title()),
        () -> assertEquals(CITY_AGENCY, f.agency()),
        () -> assertEquals(5, f.citations().count()),
        () -> assertEquals(2, f.directives().count()),
        () -> assertEquals(2, f.oversightActions().count()),
        () -> assertEquals(List.of(), f.claims().withId("C2").list().get(0).citations()),
        () -> assertEquals(Optional.of("court-order"), f.entity("court-order").map(Entity::id)));
  }

  @Test
  void toBuilderBuildsAnEqualFramework() {
    AccountabilityFramework original = everyKind().build();
    AccountabilityFramework copy = original.toBuilder().build();
    assertNotSame(original, copy);
    assertEquals(original, copy);
    assertEquals(original.hashCode(), copy.hashCode());
    assertEquals(original.toString(), copy.toString());
  }

  @Test
  void theQuestionIsKeptAndFrameworksOfDifferentContentHashApart() {
    AccountabilityFramework original = everyKind().build();
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
            .addCitations(report("c1"), report("dup"))
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
        assertThrows(IllegalArgumentException.class, () -> everyKind().remove("no-such-id"));
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("'no-such-id'"), message);
  }

  @Test
  void removingAnOversightActionRemovesItFromItsBody() {
    AccountabilityFramework original = everyKind().build();
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
    AccountabilityFramework.Builder b = everyKind().build().toBuilder().remove("d-jan");
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
        everyKind().build().toBuilder()
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
    AccountabilityFramework f = everyKind().remove("o-2030-02").remove("C2").build();
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

package org.accountability.model;

import static org.accountability.testing.Problems.assertThat;
import static org.accountability.testing.Problems.inEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.accountability.model.Problem.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The values the answer rests on: route preconditions, hurdles, substitutions and appeals, outcome
 * histories and inferences. Each reports every problem at once, located.
 */
class AnswerDataValidationTest {
  private static ValidationException rejects(Executable build) {
    return assertThrows(ValidationException.class, build);
  }

  @Test
  void anEstablishedOrContradictedPreconditionMustCiteItsSources() {
    assertThat(
            rejects(
                () -> LegalRoute.Precondition.established("The officer acts under color of law")))
        .hasExactly(
            inEntity(
                Code.UNCITED,
                "LegalRoute.Precondition",
                "",
                "citations",
                "must cite the sources that say it is established"));
    assertThat(
            rejects(
                () ->
                    new LegalRoute.Precondition(
                        " ",
                        List.of(Role.LINE_AGENT, Role.LINE_AGENT),
                        List.of(),
                        LegalRoute.Precondition.Status.CONTRADICTED,
                        List.of("bad id"))))
        .hasExactly(
            inEntity(Code.BLANK, "LegalRoute.Precondition", "", "statement", "must not be blank"),
            inEntity(
                Code.REPEATED,
                "LegalRoute.Precondition",
                "",
                "roles[1]",
                "repeats LINE_AGENT; list each value once"),
            inEntity(
                Code.INVALID_ID,
                "LegalRoute.Precondition",
                "",
                "citations[0]",
                "'bad id' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit"));
    LegalRoute.Precondition open =
        LegalRoute.Precondition.notEstablished("A number is in the standards");
    assertTrue(open.citations().isEmpty(), "a condition no source establishes may cite nothing");
    assertTrue(open.appliesTo(Role.SENIOR_OFFICIAL));
    assertTrue(!open.forRoles(Role.LINE_AGENT).appliesTo(Role.SENIOR_OFFICIAL));
  }

  @Test
  @SuppressWarnings("NullAway") // nulls are what the checks must report
  void hurdlesSubstitutionsAndAppealsMustCiteAndNameWhatTheyNeed() {
    assertThat(rejects(() -> new LegalRoute.Hurdle(null, null, List.of(), List.of())))
        .hasExactly(
            inEntity(Code.MISSING, "LegalRoute.Hurdle", "", "kind", "is required but missing"),
            inEntity(
                Code.MISSING, "LegalRoute.Hurdle", "", "description", "is required but missing"),
            inEntity(
                Code.UNCITED,
                "LegalRoute.Hurdle",
                "",
                "citations",
                "must cite at least one source"));
    assertThat(
            rejects(
                () -> new LegalRoute.Substitution(List.of(), "The United States answers", null)))
        .hasExactly(
            inEntity(
                Code.MISSING,
                "LegalRoute.Substitution",
                "",
                "roles",
                "must name at least one role"),
            inEntity(
                Code.MISSING,
                "LegalRoute.Substitution",
                "",
                "citations",
                "is required but missing"));
    assertThat(rejects(() -> LegalRoute.Appeal.none("no appeal")))
        .hasExactly(
            inEntity(
                Code.UNCITED,
                "LegalRoute.Appeal",
                "",
                "citations",
                "must cite at least one source"));
  }

  @Test
  void aRouteChecksItsPreconditionsRolesAndWhoItSubstitutesFor() {
    assertThat(
            rejects(
                () ->
                    LegalRoute.builder()
                        .id("r1")
                        .name("Route")
                        .liability(LiabilityType.CIVIL)
                        .addConducts(Conduct.EXCESSIVE_FORCE)
                        .addDefendants(Defendant.INDIVIDUAL)
                        .addRoles(Role.LINE_AGENT)
                        .forum("court")
                        .initiatedBy("the injured person")
                        .addPreconditions(
                            LegalRoute.Precondition.notEstablished("x")
                                .forRoles(Role.SENIOR_OFFICIAL))
                        .substitution(
                            new LegalRoute.Substitution(
                                List.of(Role.LINE_AGENT), "instead", List.of("c")))
                        .addCitations("c")
                        .build()))
        .hasExactly(
            inEntity(
                Code.INCONSISTENT,
                "LegalRoute",
                "r1",
                "preconditions[0].roles",
                "names SENIOR_OFFICIAL, which the route does not reach"),
            inEntity(
                Code.INCONSISTENT,
                "LegalRoute",
                "r1",
                "substitution",
                "is for a route whose defendant answers in place of the individual, so its defendants must not include INDIVIDUAL"));
  }

  @Test
  void anOutcomeHistoryIsCitedAndInDateOrder() {
    assertThat(
            rejects(
                () ->
                    action(
                        OversightAction.OutcomeStep.of(
                            OversightAction.Outcome.STAYED, PartialDate.parse("2025-09-08"), "c"),
                        OversightAction.OutcomeStep.of(
                            OversightAction.Outcome.GRANTED,
                            PartialDate.parse("2025-08-01"),
                            "c"))))
        .hasExactly(
            inEntity(
                Code.OUT_OF_ORDER,
                "OversightAction",
                "a1",
                "outcomes[1].date",
                "(2025-08-01) is before the previous step's (2025-09-08); list steps in date order"));
    assertThat(
            rejects(
                () ->
                    new OversightAction.OutcomeStep(
                        OversightAction.Outcome.GRANTED,
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        List.of())))
        .hasExactly(
            inEntity(
                Code.UNCITED,
                "OversightAction.OutcomeStep",
                "",
                "citations",
                "must cite at least one source"));
    OversightAction ok =
        action(
            OversightAction.OutcomeStep.of(
                OversightAction.Outcome.GRANTED, PartialDate.parse("2025-08-01"), "c"),
            OversightAction.OutcomeStep.of(
                    OversightAction.Outcome.STAYED, PartialDate.parse("2025-09-08"), "c")
                .withDetail("stayed by a higher court"));
    assertEquals(OversightAction.Outcome.STAYED, ok.outcome(), "the latest step");
  }

  @Test
  void anInferenceNamesALinkTheActionDraws() {
    assertThat(
            rejects(
                () ->
                    personnel()
                        .addInferences(
                            new Inference("reason", "x"),
                            new Inference("conduct", "y"),
                            new Inference("enforces", "z"))
                        .build()))
        .hasExactly(
            inEntity(
                Code.UNKNOWN_VALUE,
                "PersonnelAction",
                "p1",
                "inferences[0].attribute",
                "'reason' cannot be inferred; use one of [conduct, enforces, nature]"),
            inEntity(
                Code.INCONSISTENT,
                "PersonnelAction",
                "p1",
                "inferences[1]",
                "marks 'conduct' inferred, but the action names no conduct"),
            inEntity(
                Code.INCONSISTENT,
                "PersonnelAction",
                "p1",
                "inferences[2]",
                "marks 'enforces' inferred, but the action enforces no directive"));
    PersonnelAction inferred =
        personnel()
            .conduct(Conduct.MISSED_QUOTA)
            .addInferences(new Inference("conduct", "the source names no target"))
            .build();
    assertTrue(inferred.isInferred("conduct"));
    assertTrue(!inferred.isDecidedSanction(), "an inferred link documents nothing");
    assertTrue(personnel().conduct(Conduct.MISSED_QUOTA).build().isDecidedSanction());
    assertTrue(
        personnel()
            .status(PersonnelAction.Status.REPORTED)
            .conduct(Conduct.MISSED_QUOTA)
            .build()
            .isDecidedSanction(),
        "a decision reported but not confirmed still documents, with its own status");
  }

  private static PersonnelAction.Builder personnel() {
    return PersonnelAction.builder()
        .id("p1")
        .kind(PersonnelAction.Kind.REASSIGNMENT)
        .summary("Reassigned")
        .subjectRole(Role.FIELD_OFFICE_MANAGER)
        .nature(PersonnelAction.Nature.SANCTION)
        .status(PersonnelAction.Status.CARRIED_OUT)
        .reason("numbers")
        .addCitations("c");
  }

  private static OversightAction action(OversightAction.OutcomeStep... steps) {
    return OversightAction.builder()
        .id("a1")
        .lever(Lever.INJUNCTION)
        .summary("Order")
        .liability(LiabilityType.CIVIL)
        .addDefendants(Defendant.AGENCY)
        .addAllOutcomes(Arrays.asList(steps))
        .addCitations("c")
        .build();
  }
}

package org.accountability.model;

import static org.accountability.testing.Problems.assertThat;
import static org.accountability.testing.Problems.inEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.accountability.model.Problem.Code;
import org.junit.jupiter.api.Test;

/**
 * What a legal route answers about itself: whom it protects and for what, which preconditions apply
 * to a role, whom its defendant answers in place of, its label; and the rules on what its
 * preconditions and its restriction date may name.
 */
class LegalRouteTest {

  private static LegalRoute.Builder suit() {
    return LegalRoute.builder()
        .id("officer-suit")
        .name("Suit against the officer")
        .liability(LiabilityType.CIVIL)
        .addConducts(Conduct.EXCESSIVE_FORCE)
        .addDefendants(Defendant.INDIVIDUAL)
        .addRoles(Role.LINE_AGENT, Role.SUPERVISOR)
        .forum("state court")
        .initiatedBy("the person harmed")
        .addCitations("code-12");
  }

  @Test
  void aRouteProtectsOnlyItsClaimantsForTheConductsItNames() {
    Conduct penalizing =
        Conduct.of(
            "PENALIZING_MISSED_QUOTA",
            "penalizing a missed quota",
            "penalizing an officer for not meeting a quota");
    LegalRoute grievance =
        LegalRoute.builder()
            .id("quota-grievance")
            .name("Grievance against a quota penalty")
            .liability(LiabilityType.ADMINISTRATIVE)
            .addConducts(penalizing)
            .addDefendants(Defendant.EMPLOYER)
            .forum("an arbitrator")
            .initiatedBy("the officer penalized")
            .addClaimants(Role.LINE_AGENT)
            .addProtects(Conduct.MISSED_QUOTA)
            .addCitations("code-9")
            .build();
    assertTrue(grievance.protects(Role.LINE_AGENT, Conduct.MISSED_QUOTA));
    assertFalse(grievance.protects(Role.SUPERVISOR, Conduct.MISSED_QUOTA), "not a claimant");
    assertFalse(grievance.protects(Role.LINE_AGENT, penalizing), "not protected");
    assertFalse(suit().build().protects(Role.LINE_AGENT, Conduct.MISSED_QUOTA), "no claimants");
  }

  @Test
  void aPreconditionNamingRolesAppliesOnlyToThem() {
    LegalRoute.Precondition everyone =
        LegalRoute.Precondition.established("The officer acted under color of law", "code-12");
    LegalRoute.Precondition supervisors =
        LegalRoute.Precondition.notEstablished("The supervisor ordered the stop")
            .forRoles(Role.SUPERVISOR);
    LegalRoute route = suit().addPreconditions(everyone, supervisors).build();
    assertEquals(List.of(everyone), route.preconditionsFor(Role.LINE_AGENT));
    assertEquals(List.of(everyone, supervisors), route.preconditionsFor(Role.SUPERVISOR));
  }

  @Test
  void aDefendantAnswersInPlaceOfItsRolesForItsConductsOnly() {
    LegalRoute indemnity =
        LegalRoute.builder()
            .id("city-indemnity")
            .name("Indemnity claim against the city")
            .liability(LiabilityType.CIVIL)
            .addConducts(Conduct.EXCESSIVE_FORCE)
            .addDefendants(Defendant.MUNICIPALITY)
            .forum("state court")
            .initiatedBy("the person harmed")
            .substitution(
                new LegalRoute.Substitution(
                    List.of(Role.LINE_AGENT),
                    "The city pays judgments against officers.",
                    List.of("code-12")))
            .addCitations("code-12")
            .build();
    assertTrue(indemnity.substitutesFor(Role.LINE_AGENT, Conduct.EXCESSIVE_FORCE));
    assertFalse(indemnity.substitutesFor(Role.SUPERVISOR, Conduct.EXCESSIVE_FORCE), "another role");
    assertFalse(indemnity.substitutesFor(Role.LINE_AGENT, Conduct.MISSED_QUOTA), "another conduct");
    assertFalse(suit().build().substitutesFor(Role.LINE_AGENT, Conduct.EXCESSIVE_FORCE), "none");
    assertEquals("Indemnity claim against the city", indemnity.label());
  }

  @Test
  void aPreconditionMayNameOnlyConductsTheRouteCovers() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                suit()
                    .addPreconditions(
                        LegalRoute.Precondition.notEstablished("The quota was missed")
                            .forConducts(Conduct.MISSED_QUOTA))
                    .build());
    assertThat(e)
        .hasExactly(
            inEntity(
                Code.INCONSISTENT,
                "LegalRoute",
                "officer-suit",
                "preconditions[0].conducts",
                "names MISSED_QUOTA, which the route does not cover"));
  }

  @Test
  void onlyARestrictedRouteHasARestrictionDate() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                suit()
                    .availability(LegalRoute.Availability.PROPOSED)
                    .restriction("A bill, not law")
                    .addRestrictedBy("bill-1")
                    .restrictedSince(PartialDate.parse("2030"))
                    .build());
    assertThat(e)
        .hasExactly(
            inEntity(
                Code.INCONSISTENT,
                "LegalRoute",
                "officer-suit",
                "restrictedSince",
                "must be empty unless RESTRICTED"));
  }
}

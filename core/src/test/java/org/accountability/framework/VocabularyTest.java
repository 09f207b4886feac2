package org.accountability.framework;

import static org.accountability.testing.Problems.assertThat;
import static org.accountability.testing.Problems.inEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.accountability.model.Citation;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.Problem.Code;
import org.accountability.model.Role;
import org.accountability.model.ValidationException;
import org.junit.jupiter.api.Test;

/** Open vocabularies: roles and conducts a framework declares beside the standard ones. */
class VocabularyTest {
  private static final Conduct SUMMONS =
      Conduct.of(
          "ISSUING_BASELESS_SUMMONS", "issuing baseless summonses", "a summons without cause");
  private static final Role DEPUTY =
      Role.of("DEPUTY_CHIEF", "deputy chief", "a commander over several precincts");

  private static Citation source() {
    return Citation.builder()
        .id("s")
        .publisher("Example Gazette")
        .url("https://example.org/s")
        .kind(Citation.Kind.NEWS_REPORT)
        .fictional(true)
        .build();
  }

  private static LegalRoute route(Conduct conduct, Role role) {
    return LegalRoute.builder()
        .id("r")
        .name("A route")
        .liability(LiabilityType.CIVIL)
        .addConducts(conduct)
        .addDefendants(Defendant.INDIVIDUAL)
        .addRoles(role)
        .forum("a court")
        .initiatedBy("the person harmed")
        .addCitations("s")
        .build();
  }

  private static AccountabilityFramework.Builder framework() {
    return AccountabilityFramework.builder().title("t").agency("a").addCitations(source());
  }

  @Test
  void standardTermsNeedNoDeclarationAndDeclaredOnesComeFirst() {
    AccountabilityFramework f =
        framework()
            .addConducts(SUMMONS)
            .addRoles(DEPUTY)
            .addRoutes(route(Conduct.UNLAWFUL_SEIZURE, Role.LINE_AGENT))
            .addUnlawfulConducts(SUMMONS)
            .build();
    assertEquals(List.of(DEPUTY, Role.LINE_AGENT), f.roles());
    assertEquals(List.of(SUMMONS, Conduct.UNLAWFUL_SEIZURE), f.conducts());
    assertEquals(Optional.of(SUMMONS), f.conduct("ISSUING_BASELESS_SUMMONS"));
    assertEquals(Optional.empty(), f.role("MAYOR"));
    assertTrue(f.isUnlawful(SUMMONS));
    assertEquals(f, f.toBuilder().build(), "a rebuilt framework keeps its vocabulary");
  }

  @Test
  void aStandardTermDeclaredWithItsOwnDescriptionKeepsItThroughToBuilder() {
    Role patrol = Role.of("LINE_AGENT", "patrol officer", "a city patrol officer");
    AccountabilityFramework f =
        framework()
            .addRoles(patrol)
            .addRoutes(route(Conduct.UNLAWFUL_SEIZURE, Role.LINE_AGENT))
            .build();
    assertEquals("patrol officer", f.role("LINE_AGENT").orElseThrow().readableName());
    AccountabilityFramework rebuilt = f.toBuilder().build();
    assertEquals("patrol officer", rebuilt.role("LINE_AGENT").orElseThrow().readableName());
    assertEquals(f.conducts(), rebuilt.conducts());
  }

  @Test
  void anUndeclaredTermOfTheFrameworksOwnIsADanglingReference() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                framework().addRoutes(route(SUMMONS, DEPUTY)).addUnlawfulConducts(SUMMONS).build());
    assertThat(e)
        .hasExactly(
            inEntity(
                Code.DANGLING_REFERENCE,
                "LegalRoute",
                "r",
                "roles[0]",
                "names role DEPUTY_CHIEF, which the framework does not declare; declare it with addRoles"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "LegalRoute",
                "r",
                "conducts[0]",
                "names conduct ISSUING_BASELESS_SUMMONS, which the framework does not declare; declare it with addConducts"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "AccountabilityFramework",
                "",
                "unlawfulConducts",
                "names conduct ISSUING_BASELESS_SUMMONS, which the framework does not declare; declare it with addConducts"));
  }

  /** Every place an entity can name a role or a conduct is checked against the vocabulary. */
  @Test
  void everyPlaceATermCanBeNamedIsChecked() {
    Role r = DEPUTY;
    Conduct c = SUMMONS;
    org.accountability.model.Directive directive =
        org.accountability.model.Directive.builder()
            .id("d")
            .kind(org.accountability.model.Directive.Kind.POLICY_MEMO)
            .summary("A memo")
            .issuer(org.accountability.model.Actor.of("the chief").withRole(r))
            .addressee(org.accountability.model.Actor.of("the officers").withRole(r))
            .addConducts(c)
            .addCitations("s")
            .build();
    org.accountability.model.PersonnelAction action =
        org.accountability.model.PersonnelAction.builder()
            .id("p")
            .kind(org.accountability.model.PersonnelAction.Kind.REASSIGNMENT)
            .summary("Reassigned")
            .subjectRole(r)
            .actor(org.accountability.model.Actor.of("the chief").withRole(r))
            .nature(org.accountability.model.PersonnelAction.Nature.SANCTION)
            .status(org.accountability.model.PersonnelAction.Status.CARRIED_OUT)
            .conduct(c)
            .reason("a reason")
            .addCitations("s")
            .build();
    org.accountability.model.OversightBody body =
        org.accountability.model.OversightBody.builder()
            .id("b")
            .name("A court")
            .kind(org.accountability.model.OversightBody.Kind.COURT)
            .addLevers(org.accountability.model.Lever.LITIGATION)
            .addActions(
                org.accountability.model.OversightAction.builder()
                    .id("a")
                    .lever(org.accountability.model.Lever.LITIGATION)
                    .summary("A suit")
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.INDIVIDUAL)
                    .addRoles(r)
                    .addConducts(c)
                    .addOutcomes(
                        org.accountability.model.OversightAction.OutcomeStep.undated(
                            org.accountability.model.OversightAction.Outcome.PENDING, "s"))
                    .addCitations("s")
                    .build())
            .addCitations("s")
            .build();
    LegalRoute route =
        LegalRoute.builder()
            .from(route(c, r))
            .claimants(List.of(r))
            .protects(List.of(c))
            .preconditions(
                List.of(
                    LegalRoute.Precondition.established("It holds.", "s")
                        .forRoles(r)
                        .forConducts(c)))
            .hurdles(
                List.of(
                    LegalRoute.Hurdle.of(LegalRoute.Hurdle.Kind.IMMUNITY, "An immunity.", "s")
                        .forRoles(r)))
            .build();
    LegalRoute substitute =
        LegalRoute.builder()
            .id("r2")
            .name("Another route")
            .liability(LiabilityType.CIVIL)
            .addConducts(Conduct.UNLAWFUL_SEIZURE)
            .addDefendants(Defendant.UNITED_STATES)
            .forum("a court")
            .initiatedBy("the person harmed")
            .substitution(
                new LegalRoute.Substitution(List.of(r), "The state answers.", List.of("s")))
            .addCitations("s")
            .build();
    org.accountability.model.Claim claim =
        org.accountability.model.Claim.builder()
            .id("C1")
            .statement("A claim.")
            .status(org.accountability.model.Claim.EvidenceStatus.REPORTED)
            .addSources(org.accountability.model.Claim.Source.supports("s"))
            .addConducts(c)
            .addRoles(r)
            .build();
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                framework()
                    .addDirectives(directive)
                    .addPersonnelActions(action)
                    .addOversightBodies(body)
                    .addRoutes(route, substitute)
                    .addClaims(claim)
                    .build());
    assertThat(e)
        .hasExactly(
            inEntity(
                Code.DANGLING_REFERENCE,
                "Directive",
                "d",
                "issuer.role",
                "names role DEPUTY_CHIEF, which the framework does not declare; declare it with addRoles"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "Directive",
                "d",
                "addressee.role",
                "names role DEPUTY_CHIEF, which the framework does not declare; declare it with addRoles"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "Directive",
                "d",
                "conducts[0]",
                "names conduct ISSUING_BASELESS_SUMMONS, which the framework does not declare; declare it with addConducts"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "PersonnelAction",
                "p",
                "subjectRole",
                "names role DEPUTY_CHIEF, which the framework does not declare; declare it with addRoles"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "PersonnelAction",
                "p",
                "conduct",
                "names conduct ISSUING_BASELESS_SUMMONS, which the framework does not declare; declare it with addConducts"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "PersonnelAction",
                "p",
                "actor.role",
                "names role DEPUTY_CHIEF, which the framework does not declare; declare it with addRoles"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "OversightAction",
                "a",
                "roles[0]",
                "names role DEPUTY_CHIEF, which the framework does not declare; declare it with addRoles"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "OversightAction",
                "a",
                "conducts[0]",
                "names conduct ISSUING_BASELESS_SUMMONS, which the framework does not declare; declare it with addConducts"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "LegalRoute",
                "r",
                "roles[0]",
                "names role DEPUTY_CHIEF, which the framework does not declare; declare it with addRoles"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "LegalRoute",
                "r",
                "conducts[0]",
                "names conduct ISSUING_BASELESS_SUMMONS, which the framework does not declare; declare it with addConducts"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "LegalRoute",
                "r",
                "claimants[0]",
                "names role DEPUTY_CHIEF, which the framework does not declare; declare it with addRoles"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "LegalRoute",
                "r",
                "protects[0]",
                "names conduct ISSUING_BASELESS_SUMMONS, which the framework does not declare; declare it with addConducts"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "LegalRoute",
                "r",
                "preconditions[0].roles[0]",
                "names role DEPUTY_CHIEF, which the framework does not declare; declare it with addRoles"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "LegalRoute",
                "r",
                "preconditions[0].conducts[0]",
                "names conduct ISSUING_BASELESS_SUMMONS, which the framework does not declare; declare it with addConducts"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "LegalRoute",
                "r",
                "hurdles[0].roles[0]",
                "names role DEPUTY_CHIEF, which the framework does not declare; declare it with addRoles"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "LegalRoute",
                "r2",
                "substitution.roles[0]",
                "names role DEPUTY_CHIEF, which the framework does not declare; declare it with addRoles"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "Claim",
                "C1",
                "conducts[0]",
                "names conduct ISSUING_BASELESS_SUMMONS, which the framework does not declare; declare it with addConducts"),
            inEntity(
                Code.DANGLING_REFERENCE,
                "Claim",
                "C1",
                "roles[0]",
                "names role DEPUTY_CHIEF, which the framework does not declare; declare it with addRoles"));
    AccountabilityFramework declared =
        framework()
            .addRoles(r)
            .addConducts(c)
            .addDirectives(directive)
            .addPersonnelActions(action)
            .addOversightBodies(body)
            .addRoutes(route, substitute)
            .addClaims(claim)
            .build();
    assertEquals(List.of(r), declared.roles());
    assertEquals(List.of(c, Conduct.UNLAWFUL_SEIZURE), declared.conducts());
  }

  @Test
  void aTermDeclaredTwiceIsReported() {
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> framework().addConducts(SUMMONS, SUMMONS).build());
    assertThat(e)
        .hasExactly(
            inEntity(
                Code.REPEATED,
                "AccountabilityFramework",
                "",
                "conducts[1]",
                "declares ISSUING_BASELESS_SUMMONS twice; declare each term once"));
  }

  @Test
  void termsAreEqualByIdAndCheckTheirDeclaration() {
    assertEquals(Role.LINE_AGENT, Role.of("LINE_AGENT", "patrol officer", "a patrol officer"));
    assertNotEquals(Role.LINE_AGENT, Role.SUPERVISOR);
    assertEquals(Conduct.MISSED_QUOTA, Conduct.valueOf("MISSED_QUOTA"));
    assertTrue(Conduct.MISSED_QUOTA.isStandard());
    assertFalse(SUMMONS.isStandard());
    assertEquals("deputy chief", DEPUTY.readableName());
    assertEquals("DEPUTY_CHIEF", DEPUTY.toString());
    assertThrows(IllegalArgumentException.class, () -> Role.valueOf("DEPUTY_CHIEF"));
    ValidationException e =
        assertThrows(ValidationException.class, () -> Conduct.of("bad id", " ", "x"));
    assertThat(e)
        .hasExactly(
            inEntity(
                Code.INVALID_ID,
                "Conduct",
                "",
                "id",
                "'bad id' is not a valid Conduct id: use 1 to 64 upper-case letters, digits or '_', starting with a letter, such as LINE_AGENT"),
            inEntity(Code.BLANK, "Conduct", "", "name", "must not be blank"));
  }
}

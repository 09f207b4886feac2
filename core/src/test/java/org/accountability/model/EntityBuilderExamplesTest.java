package org.accountability.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The example in the comment of each entity's {@code Builder} class, run as written: a changed copy
 * of the value the entity type's own class example builds (built here as in that example); and the
 * builders' refusal of a {@code null} {@code Optional}, {@code Iterable} or array, which the class
 * comments describe.
 */
class EntityBuilderExamplesTest {

  private static final Citation WAPO =
      Citation.builder()
          .id("wapo-2025-01-26")
          .title("Trump officials issue quotas to ICE officers to ramp up arrests")
          .publisher("Washington Post")
          .date(PartialDate.parse("2025-01-26"))
          .url(
              "https://www.washingtonpost.com/immigration/2025/01/26/ice-arrests-raids-trump-quota/")
          .kind(Citation.Kind.NEWS_REPORT)
          .build();

  @Test
  void citationBuilderClassExample() {
    Citation wapo = WAPO;
    Citation undated = Citation.builder().from(wapo).date(Optional.empty()).build();
    assertEquals(Optional.empty(), undated.date());
    assertEquals(wapo.title(), undated.title());
    assertEquals(wapo.url(), undated.url());
  }

  @Test
  void claimBuilderClassExample() {
    Claim c1 =
        Claim.builder()
            .id("C1")
            .statement("Senior officials set numerical arrest targets ...")
            .status(Claim.EvidenceStatus.REPORTED)
            .addSources(Claim.Source.supports("wapo-2025-01-26"))
            .addSources(Claim.Source.contradicts("tnr-2025-08-04"))
            .build();
    Claim supportedOnly =
        Claim.builder().from(c1).sources(List.of(Claim.Source.supports("wapo-2025-01-26"))).build();
    assertEquals(List.of(Claim.Source.supports("wapo-2025-01-26")), supportedOnly.sources());
    assertEquals(c1.statement(), supportedOnly.statement());
  }

  @Test
  void directiveBuilderClassExample() {
    Directive target =
        Directive.builder()
            .id("may-2025-agency-target")
            .kind(Directive.Kind.NUMERICAL_TARGET)
            .summary("At least 3,000 arrests a day")
            .issuer(Actor.named("White House deputy chief of staff", "Stephen Miller"))
            .addressee(Actor.of("ICE leadership").withRole(Role.SENIOR_OFFICIAL))
            .effective(PartialDate.parse("2025-05-21"))
            .target(NumericalTarget.of("arrests per day", "agency-wide", 3000))
            .supersedes(Directive.Supersession.raises("jan-2025-agency-target"))
            .addCitations("axios-2025-05-28", "tnr-2025-05-29")
            .build();
    Directive ended = Directive.builder().from(target).ended(PartialDate.parse("2025-12")).build();
    assertEquals(Optional.of(PartialDate.parse("2025-12")), ended.ended());
    assertEquals(target.citations(), ended.citations(), "copied once, not twice");
  }

  @Test
  void legalRouteBuilderClassExample() {
    LegalRoute section242 =
        LegalRoute.builder()
            .id("criminal-civil-rights-prosecution")
            .name("Prosecution for deprivation of rights under color of law")
            .liability(LiabilityType.CRIMINAL)
            .addConducts(
                Conduct.RACIAL_PROFILING, Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(Role.LINE_AGENT, Role.FIELD_OFFICE_MANAGER, Role.SENIOR_OFFICIAL)
            .forum("Federal criminal court")
            .standardOfProof("beyond a reasonable doubt")
            .initiatedBy("the Justice Department")
            .addPreconditions(
                LegalRoute.Precondition.established(
                    "The officer acts under color of law", "usc-18-242"))
            .addHurdles(
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.DISCRETION,
                    "The Justice Department decides whether to prosecute",
                    "usc-18-242"))
            .addCitations("usc-18-242")
            .build();
    LegalRoute withSupervisors =
        LegalRoute.builder()
            .from(section242)
            .addRoles(Role.SUPERVISOR)
            .standardOfProof(Optional.empty())
            .build();
    assertEquals(
        List.of(Role.LINE_AGENT, Role.FIELD_OFFICE_MANAGER, Role.SENIOR_OFFICIAL, Role.SUPERVISOR),
        withSupervisors.roles());
    assertEquals(Optional.empty(), withSupervisors.standardOfProof());
  }

  @Test
  void observationBuilderClassExample() {
    Observation july =
        Observation.builder()
            .id("arrests-2025-07")
            .metric("arrests per day")
            .scope("agency-wide")
            .value(990)
            .qualifier(Observation.Qualifier.AVERAGE)
            .period(PartialDate.parse("2025-07"))
            .addCitations("inquisitr-2025-08-05")
            .build();
    Observation approximate =
        Observation.builder().from(july).qualifier(Observation.Qualifier.ABOUT).build();
    assertEquals(Observation.Qualifier.ABOUT, approximate.qualifier());
    assertEquals(990, approximate.value());
  }

  @Test
  void oversightActionBuilderClassExample() {
    OversightAction probe = probe();
    OversightAction widened =
        OversightAction.builder().from(probe).addConducts(Conduct.RACIAL_PROFILING).build();
    assertEquals(
        List.of(Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE, Conduct.RACIAL_PROFILING),
        widened.conducts());
  }

  @Test
  void oversightBodyBuilderClassExample() {
    OversightAction upheldOrder =
        OversightAction.builder()
            .from(probe())
            .id("ninth-circuit-los-angeles-stops-order")
            .lever(Lever.INJUNCTION)
            .build();
    OversightBody court =
        OversightBody.builder()
            .id("ninth-circuit")
            .name("U.S. Court of Appeals for the Ninth Circuit")
            .kind(OversightBody.Kind.COURT)
            .addLevers(Lever.INJUNCTION)
            .addActions(upheldOrder)
            .addCitations("ninth-cir-2025-08-01")
            .build();
    OversightBody litigating =
        OversightBody.builder()
            .from(court)
            .levers(List.of(Lever.INJUNCTION, Lever.LITIGATION))
            .build();
    assertEquals(List.of(Lever.INJUNCTION, Lever.LITIGATION), litigating.levers());
    assertEquals(court.actions(), litigating.actions());
  }

  @Test
  void personnelActionBuilderClassExample() {
    PersonnelAction action =
        PersonnelAction.builder()
            .id("feb-2025-ero-reassignments")
            .kind(PersonnelAction.Kind.REASSIGNMENT)
            .summary("The two top officials of Enforcement and Removal Operations reassigned")
            .subjectRole(Role.SENIOR_OFFICIAL)
            .addSubjectNames("Russell Hott", "Peter Berg")
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.CARRIED_OUT)
            .date(PartialDate.parse("2025-02"))
            .conduct(Conduct.MISSED_QUOTA)
            .reason("slow arrests against the targets")
            .addCitations("guardian-2025-02-12", "reuters-2025-02-11", "ipt-quotas")
            .build();
    PersonnelAction withdrawn =
        PersonnelAction.builder().from(action).status(PersonnelAction.Status.WITHDRAWN).build();
    assertEquals(PersonnelAction.Status.WITHDRAWN, withdrawn.status());
    assertEquals(action.subjectNames(), withdrawn.subjectNames());
  }

  /**
   * A null {@code Optional}, {@code Iterable} or array gets, at once, the problem a null optional
   * value gets; the builder keeps what it held; null elements are still reported by {@code
   * build()}, with every other problem.
   */
  @Test
  @SuppressWarnings("NullAway") // nulls are what the builders must refuse
  void aNullContainerIsRefusedAtOnceLikeANullOptionalValue() {
    Citation.Builder citation = Citation.builder().from(WAPO);
    ValidationException nullValue =
        assertThrows(ValidationException.class, () -> citation.title((String) null));
    ValidationException nullOptional =
        assertThrows(ValidationException.class, () -> citation.title((Optional<String>) null));
    assertEquals(nullValue.problems(), nullOptional.problems());
    assertEquals(
        List.of(
            Problem.inEntity(Problem.Code.MISSING, "(builder)", "", "title", "must not be null")),
        nullOptional.problems());
    assertEquals(WAPO, citation.build(), "the builder is unchanged");

    Claim.Builder claim =
        Claim.builder()
            .id("C1")
            .statement("A statement.")
            .status(Claim.EvidenceStatus.REPORTED)
            .addSources(Claim.Source.supports("a"));
    ValidationException nullIterable =
        assertThrows(ValidationException.class, () -> claim.sources(null));
    assertEquals("sources", nullIterable.problems().get(0).attribute().orElseThrow());
    ValidationException nullArray =
        assertThrows(ValidationException.class, () -> claim.addSources((Claim.Source[]) null));
    assertEquals(nullIterable.problems(), nullArray.problems());
    assertEquals(List.of(Claim.Source.supports("a")), claim.build().sources(), "kept");

    claim.addSources(Claim.Source.supports("b"), null).statement(null);
    ValidationException atBuild = assertThrows(ValidationException.class, claim::build);
    assertEquals(
        List.of(Optional.of("statement"), Optional.of("sources[2]")),
        atBuild.problems().stream().map(Problem::attribute).toList(),
        atBuild.problems().toString());
  }

  private static OversightAction probe() {
    return OversightAction.builder()
        .id("oct-2025-detention-probe")
        .lever(Lever.INVESTIGATION)
        .summary("Letter to the DHS Secretary demanding records on detentions and use of force")
        .date(PartialDate.parse("~2025-10-20"))
        .liability(LiabilityType.POLITICAL)
        .addDefendants(Defendant.AGENCY)
        .addConducts(Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE)
        .addOutcomes(
            OversightAction.OutcomeStep.of(
                OversightAction.Outcome.NO_OUTCOME_REPORTED,
                PartialDate.parse("~2025-10-20"),
                "blumenthal-2025-10"))
        .addCitations("blumenthal-2025-10")
        .build();
  }
}

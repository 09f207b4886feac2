package org.accountability.framework;

import static org.accountability.model.Conduct.EXCESSIVE_FORCE;
import static org.accountability.model.Conduct.MISSED_QUOTA;
import static org.accountability.model.Conduct.RACIAL_PROFILING;
import static org.accountability.model.Conduct.UNLAWFUL_SEIZURE;
import static org.accountability.model.LiabilityType.ADMINISTRATIVE;
import static org.accountability.model.LiabilityType.CIVIL;
import static org.accountability.model.LiabilityType.CRIMINAL;
import static org.accountability.model.LiabilityType.POLITICAL;
import static org.accountability.model.Role.FIELD_OFFICE_MANAGER;
import static org.accountability.model.Role.LINE_AGENT;
import static org.accountability.model.Role.SENIOR_OFFICIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.accountability.casestudy.CaseStudies;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Entity;
import org.accountability.model.Lever;
import org.accountability.model.LiabilityType;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessmentTest {
  private static final AccountabilityFramework ICE = CaseStudies.iceDeportationQuotas();

  @ParameterizedTest(name = "{0} x {1}: {2} {3} {4} {5} -> {6}")
  @CsvSource({
    "LINE_AGENT, MISSED_QUOTA, NOT_AVAILABLE, NOT_AVAILABLE, AVAILABLE, NOT_AVAILABLE, LIMITED",
    "FIELD_OFFICE_MANAGER, MISSED_QUOTA, NOT_AVAILABLE, NOT_AVAILABLE, DOCUMENTED, NOT_AVAILABLE, LIMITED",
    "SENIOR_OFFICIAL, MISSED_QUOTA, NOT_AVAILABLE, NOT_AVAILABLE, DOCUMENTED, NOT_AVAILABLE, LIMITED",
    "LINE_AGENT, RACIAL_PROFILING, AVAILABLE, RESTRICTED, AVAILABLE, NOT_AVAILABLE, ACCOUNTABLE",
    "LINE_AGENT, UNLAWFUL_SEIZURE, AVAILABLE, RESTRICTED, AVAILABLE, NOT_AVAILABLE, ACCOUNTABLE",
    "LINE_AGENT, EXCESSIVE_FORCE, AVAILABLE, RESTRICTED, AVAILABLE, NOT_AVAILABLE, ACCOUNTABLE",
    "FIELD_OFFICE_MANAGER, RACIAL_PROFILING, AVAILABLE, RESTRICTED, AVAILABLE, NOT_AVAILABLE, ACCOUNTABLE",
    "FIELD_OFFICE_MANAGER, UNLAWFUL_SEIZURE, AVAILABLE, RESTRICTED, AVAILABLE, NOT_AVAILABLE, ACCOUNTABLE",
    "FIELD_OFFICE_MANAGER, EXCESSIVE_FORCE, AVAILABLE, RESTRICTED, AVAILABLE, NOT_AVAILABLE, ACCOUNTABLE",
    "SENIOR_OFFICIAL, RACIAL_PROFILING, AVAILABLE, RESTRICTED, AVAILABLE, AVAILABLE, ACCOUNTABLE",
    "SENIOR_OFFICIAL, UNLAWFUL_SEIZURE, AVAILABLE, RESTRICTED, AVAILABLE, DOCUMENTED, ACCOUNTABLE",
    "SENIOR_OFFICIAL, EXCESSIVE_FORCE, AVAILABLE, RESTRICTED, AVAILABLE, DOCUMENTED, ACCOUNTABLE",
  })
  void caseStudyAnswersTheExplainersQuestion(
      Role role,
      Conduct conduct,
      PathwayStatus criminal,
      PathwayStatus civil,
      PathwayStatus administrative,
      PathwayStatus political,
      Verdict verdict) {
    Assessment a = ICE.assess(role, conduct);
    assertEquals(criminal, a.pathway(CRIMINAL).status(), "criminal");
    assertEquals(civil, a.pathway(CIVIL).status(), "civil");
    assertEquals(administrative, a.pathway(ADMINISTRATIVE).status(), "administrative");
    assertEquals(political, a.pathway(POLITICAL).status(), "political");
    assertEquals(verdict, a.verdict());
    for (Assessment.Pathway p : a.pathways()) {
      String expectedRule =
          p.status() == PathwayStatus.DOCUMENTED
              ? "documented-instance"
              : p.status() == PathwayStatus.AVAILABLE
                  ? "open-route"
                  : p.status() == PathwayStatus.RESTRICTED ? "restricted-routes-only" : "no-route";
      assertEquals(expectedRule, p.trace().rule(), p.liability() + " trace");
    }
  }

  @Test
  void onlyDecidedSanctionsDocumentAdministrativeAccountability() {
    Assessment.Pathway fom = ICE.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA).pathway(ADMINISTRATIVE);
    assertEquals(List.of("oct-2025-field-office-director-reassignments"), ids(fom.documented()));
    assertEquals(List.of("jun-2025-bottom-ten-percent-threat"), ids(fom.notCounted()));
    assertEquals(fom.documented().stream().map(Entity::id).collect(Collectors.toList()), fom.trace().evidence());

    Assessment.Pathway senior = ICE.assess(SENIOR_OFFICIAL, MISSED_QUOTA).pathway(ADMINISTRATIVE);
    assertEquals(
        List.of("feb-2025-ero-reassignments", "feb-2025-acting-director-reassignment"),
        ids(senior.documented()));

    Assessment.Pathway line = ICE.assess(LINE_AGENT, MISSED_QUOTA).pathway(ADMINISTRATIVE);
    assertTrue(line.documented().isEmpty(), "incentives and withdrawn pilots document nothing");
    assertEquals(List.of("chapter-43-performance-action"), ids(line.routes()));
  }

  @Test
  void notAvailableCitesNothingAndSaysItIsAnAbsence() {
    Assessment.Pathway p = ICE.assess(LINE_AGENT, MISSED_QUOTA).pathway(CRIMINAL);
    assertTrue(p.routes().isEmpty());
    assertTrue(p.citations().isEmpty());
    assertTrue(p.trace().evidence().isEmpty());
    assertTrue(p.trace().reason().contains("absence of a route"), p.trace().reason());
  }

  @Test
  void unlawfulConductListsInstitutionalRoutesAndProceedings() {
    Assessment.Pathway force = ICE.assess(LINE_AGENT, EXCESSIVE_FORCE).pathway(CIVIL);
    assertEquals(List.of("bivens-damages-claim"), ids(force.routes()));
    assertEquals(List.of("ftca-claim"), ids(force.institutionalRoutes()));

    Assessment.Pathway seizure = ICE.assess(LINE_AGENT, UNLAWFUL_SEIZURE).pathway(CIVIL);
    assertEquals(
        List.of("ftca-claim", "injunction-against-agency"), ids(seizure.institutionalRoutes()));
    assertEquals(
        List.of(
            "ninth-circuit-los-angeles-stops-order",
            "aclu-los-angeles-stops-litigation",
            "castanon-nava-enforcement"),
        ids(seizure.institutionalProceedings()));

    Assessment.Pathway profiling = ICE.assess(LINE_AGENT, RACIAL_PROFILING).pathway(CIVIL);
    assertEquals(
        List.of("injunction-against-agency"),
        ids(profiling.institutionalRoutes()),
        "the FTCA does not reach constitutional torts as such");
  }

  @Test
  void criminalPathwayCarriesForumStandardAndEnforcer() {
    Assessment.Pathway p = ICE.assess(FIELD_OFFICE_MANAGER, EXCESSIVE_FORCE).pathway(CRIMINAL);
    assertEquals(List.of("federal criminal court"), List.copyOf(p.forums()));
    assertEquals(List.of("beyond a reasonable doubt"), List.copyOf(p.standardsOfProof()));
    assertEquals(List.of("justice-department"), ids(p.enforcingBodies()));
    assertEquals(List.of("usc-18-242"), p.citations());
  }

  @Test
  void politicalOversightReachesLeadershipNotOfficers() {
    Assessment.Pathway senior = ICE.assess(SENIOR_OFFICIAL, EXCESSIVE_FORCE).pathway(POLITICAL);
    assertEquals(List.of("oct-2025-detention-and-force-probe"), ids(senior.documented()));
    assertEquals(
        List.of("house-oversight-democrats", "goldman-and-members-of-congress", "blumenthal-and-garcia"),
        ids(senior.enforcingBodies()));
    assertEquals(
        PathwayStatus.NOT_AVAILABLE,
        ICE.assess(LINE_AGENT, EXCESSIVE_FORCE).pathway(POLITICAL).status());
  }

  @Test
  void removingSection242ClosesTheCriminalRoute() {
    AccountabilityFramework without = ICE.toBuilder().remove("section-242-prosecution").build();
    for (Role role : List.of(LINE_AGENT, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL)) {
      for (Conduct conduct : List.of(RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)) {
        assertEquals(
            PathwayStatus.NOT_AVAILABLE,
            without.assess(role, conduct).pathway(CRIMINAL).status(),
            role + " x " + conduct);
      }
    }
    assertEquals(Verdict.LIMITED, without.assess(LINE_AGENT, EXCESSIVE_FORCE).verdict());
  }

  @Test
  void aDocumentedProsecutionForAMissedQuotaMakesTheAgentAccountable() {
    AccountabilityFramework changed =
        ICE.toBuilder()
            .addCitations(TicketQuotaFixtures.fictionalSource("fictional-indictment", "Agent charged"))
            .addOversightBodies(
                OversightBody.builder()
                    .id("fictional-prosecutor")
                    .name("A fictional prosecutor")
                    .kind(OversightBody.Kind.JUSTICE_DEPARTMENT)
                    .addLevers(Lever.PROSECUTION)
                    .addActions(
                        OversightAction.builder()
                            .id("fictional-prosecution")
                            .lever(Lever.PROSECUTION)
                            .summary("Charged an agent for missing the arrest quota")
                            .date(PartialDate.parse("2030-01-02"))
                            .liability(CRIMINAL)
                            .addDefendants(Defendant.INDIVIDUAL)
                            .addRoles(LINE_AGENT)
                            .addConducts(MISSED_QUOTA)
                            .outcome(OversightAction.Outcome.PENDING)
                            .addCitations("fictional-indictment")
                            .build())
                    .addCitations("fictional-indictment")
                    .build())
            .build();
    Assessment a = changed.assess(LINE_AGENT, MISSED_QUOTA);
    assertEquals(PathwayStatus.DOCUMENTED, a.pathway(CRIMINAL).status());
    assertEquals(List.of("fictional-prosecution"), ids(a.pathway(CRIMINAL).documented()));
    assertEquals(Verdict.ACCOUNTABLE, a.verdict());
    assertEquals(Verdict.LIMITED, ICE.assess(LINE_AGENT, MISSED_QUOTA).verdict(), "original unchanged");
  }

  @Test
  void removingTheOctoberDecisionLeavesTheManagersRouteMerelyAvailable() {
    AccountabilityFramework without =
        ICE.toBuilder().remove("oct-2025-field-office-director-reassignments").build();
    Assessment a = without.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA);
    assertEquals(PathwayStatus.AVAILABLE, a.pathway(ADMINISTRATIVE).status());
    assertEquals(Verdict.LIMITED, a.verdict());
  }

  @Test
  void asOfLeavesOutLaterDirectivesAndDecisions() {
    LocalDate march = LocalDate.of(2025, 3, 1);
    Assessment fom = ICE.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA, march);
    assertEquals(PathwayStatus.AVAILABLE, fom.pathway(ADMINISTRATIVE).status());
    assertEquals(
        List.of("jan-2025-agency-target", "jan-2025-field-office-target"), ids(fom.directives()));
    assertEquals(
        List.of("jan-2025-agency-target", "jan-2025-field-office-target", "may-2025-agency-target"),
        ids(ICE.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA).directives()));

    assertEquals(
        PathwayStatus.DOCUMENTED,
        ICE.assess(SENIOR_OFFICIAL, MISSED_QUOTA, march).pathway(ADMINISTRATIVE).status(),
        "the February 2025 reassignments had happened by then");
    assertEquals(
        PathwayStatus.AVAILABLE,
        ICE.assess(SENIOR_OFFICIAL, EXCESSIVE_FORCE, march).pathway(POLITICAL).status(),
        "the October 2025 probe had not happened yet");
    assertEquals(march, fom.asOf().orElseThrow());
  }

  @Test
  void aRestrictionCountsOnlyFromItsStart() {
    assertEquals(
        PathwayStatus.AVAILABLE,
        ICE.assess(LINE_AGENT, EXCESSIVE_FORCE, LocalDate.of(2021, 6, 1)).pathway(CIVIL).status(),
        "Bivens was not yet restricted by Egbert v. Boule (2022)");
    assertEquals(
        PathwayStatus.RESTRICTED,
        ICE.assess(LINE_AGENT, EXCESSIVE_FORCE, LocalDate.of(2023, 1, 1)).pathway(CIVIL).status());
  }

  @Test
  void anotherAgencysFrameworkGivesItsOwnAnswers() {
    AccountabilityFramework city = TicketQuotaFixtures.exampleCityTicketQuotas();
    Assessment officerQuota = city.assess(LINE_AGENT, MISSED_QUOTA);
    assertEquals(PathwayStatus.DOCUMENTED, officerQuota.pathway(ADMINISTRATIVE).status());
    assertEquals(Verdict.LIMITED, officerQuota.verdict());

    Assessment officerForce = city.assess(LINE_AGENT, EXCESSIVE_FORCE);
    assertEquals(PathwayStatus.NOT_AVAILABLE, officerForce.pathway(CRIMINAL).status());
    assertEquals(PathwayStatus.AVAILABLE, officerForce.pathway(CIVIL).status());
    assertEquals(Verdict.ACCOUNTABLE, officerForce.verdict());

    Assessment chiefQuota = city.assess(SENIOR_OFFICIAL, MISSED_QUOTA);
    assertEquals(PathwayStatus.AVAILABLE, chiefQuota.pathway(POLITICAL).status());
    assertEquals(PathwayStatus.NOT_AVAILABLE, chiefQuota.pathway(ADMINISTRATIVE).status());

    Assessment commanderProfiling = city.assess(FIELD_OFFICE_MANAGER, RACIAL_PROFILING);
    assertEquals(Verdict.NOT_ACCOUNTABLE, commanderProfiling.verdict());
    assertEquals("no-pathway-open", commanderProfiling.verdictTrace().rule());
  }

  @Test
  void toStringIsOneLine() {
    assertEquals(
        "LINE_AGENT x MISSED_QUOTA: CRIMINAL=NOT_AVAILABLE, CIVIL=NOT_AVAILABLE,"
            + " ADMINISTRATIVE=AVAILABLE, POLITICAL=NOT_AVAILABLE -> LIMITED",
        ICE.assess(LINE_AGENT, MISSED_QUOTA).toString());
    assertFalse(ICE.assess(LINE_AGENT, MISSED_QUOTA, LocalDate.of(2025, 3, 1)).toString().contains("\n"));
  }

  @Test
  void claimsInvolvedAreThoseAboutWhatTheAnswerUses() {
    assertEquals(
        List.of("C1", "C2"), ids(ICE.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA).claims()));
    assertEquals(
        List.of("C4", "C5", "C6", "C8"), ids(ICE.assess(LINE_AGENT, UNLAWFUL_SEIZURE).claims()));
  }

  @Test
  void everyLiabilityHasAPathwayInOrder() {
    assertEquals(
        List.of(LiabilityType.values()),
        ICE.assess(LINE_AGENT, MISSED_QUOTA).pathways().stream()
            .map(Assessment.Pathway::liability)
            .collect(Collectors.toList()));
  }

  private static List<String> ids(List<? extends Entity> entities) {
    return entities.stream().map(Entity::id).collect(Collectors.toList());
  }
}

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
import static org.accountability.testing.Ids.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.accountability.casestudy.CaseStudies;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.LegalRoute;
import org.accountability.model.Lever;
import org.accountability.model.LiabilityType;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.Role;
import org.accountability.testing.FictionalFrameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessmentTest {
  private static final AccountabilityFramework ICE = CaseStudies.iceDeportationQuotas();

  /**
   * The answer table. Senior officials' administrative status for unlawful conduct is CONDITIONAL:
   * the routes that would reach them (SES reassignment and SES adverse actions) need career SES
   * membership, which the sources establish for field office directors only.
   */
  @ParameterizedTest(name = "{0} x {1}: {2} {3} {4} {5} -> {6}")
  @CsvSource({
    "LINE_AGENT, MISSED_QUOTA, NONE, NONE, CONDITIONAL, NONE, ADMINISTRATIVE_OR_POLITICAL_ONLY",
    "FIELD_OFFICE_MANAGER, MISSED_QUOTA, NONE, NONE, DOCUMENTED, NONE, ADMINISTRATIVE_OR_POLITICAL_ONLY",
    "SENIOR_OFFICIAL, MISSED_QUOTA, NONE, NONE, DOCUMENTED, NONE, ADMINISTRATIVE_OR_POLITICAL_ONLY",
    "LINE_AGENT, RACIAL_PROFILING, IN_LAW, RESTRICTED, IN_LAW, NONE, CRIMINAL_OR_CIVIL_IN_LAW_ONLY",
    "LINE_AGENT, UNLAWFUL_SEIZURE, IN_LAW, RESTRICTED, IN_LAW, NONE, CRIMINAL_OR_CIVIL_IN_LAW_ONLY",
    "LINE_AGENT, EXCESSIVE_FORCE, IN_LAW, RESTRICTED, IN_LAW, NONE, CRIMINAL_OR_CIVIL_IN_LAW_ONLY",
    "FIELD_OFFICE_MANAGER, RACIAL_PROFILING, IN_LAW, RESTRICTED, IN_LAW, NONE, CRIMINAL_OR_CIVIL_IN_LAW_ONLY",
    "FIELD_OFFICE_MANAGER, UNLAWFUL_SEIZURE, IN_LAW, RESTRICTED, IN_LAW, NONE, CRIMINAL_OR_CIVIL_IN_LAW_ONLY",
    "FIELD_OFFICE_MANAGER, EXCESSIVE_FORCE, IN_LAW, RESTRICTED, IN_LAW, NONE, CRIMINAL_OR_CIVIL_IN_LAW_ONLY",
    "SENIOR_OFFICIAL, RACIAL_PROFILING, IN_LAW, RESTRICTED, CONDITIONAL, IN_LAW, CRIMINAL_OR_CIVIL_IN_LAW_ONLY",
    "SENIOR_OFFICIAL, UNLAWFUL_SEIZURE, IN_LAW, RESTRICTED, CONDITIONAL, IN_LAW, CRIMINAL_OR_CIVIL_IN_LAW_ONLY",
    "SENIOR_OFFICIAL, EXCESSIVE_FORCE, IN_LAW, RESTRICTED, CONDITIONAL, IN_LAW, CRIMINAL_OR_CIVIL_IN_LAW_ONLY",
    "ADJUDICATOR, MISSED_QUOTA, NONE, NONE, NONE, NONE, NO_ROUTE",
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
          switch (p.status()) {
            case DOCUMENTED -> "documented-instance";
            case IN_LAW -> "route-in-law";
            case CONDITIONAL -> "precondition-not-established";
            case RESTRICTED -> "restricted-routes-only";
            case NONE -> "no-route";
          };
      assertEquals(expectedRule, p.trace().rule(), p.liability() + " trace");
    }
  }

  // Finding 1: a route in law was printed as if someone were accountable.

  @Test
  void aRouteInLawIsNotCalledAccountability() {
    Assessment a = ICE.assess(LINE_AGENT, RACIAL_PROFILING);
    assertEquals(Verdict.CRIMINAL_OR_CIVIL_IN_LAW_ONLY, a.verdict());
    assertTrue(
        a.verdictTrace().reason().contains("no use of it against them is documented"),
        a.verdictTrace().reason());
    assertTrue(a.verdictTrace().reason().contains("Not counted: civil RESTRICTED"));
    assertTrue(a.pathway(CRIMINAL).trace().reason().contains("not a consequence anyone suffered"));
    assertTrue(
        a.caveats().stream()
            .anyMatch(
                n ->
                    n.text().startsWith("No use of")
                        && n.text().contains("18 U.S.C. § 242")
                        && n.citations().contains("usc-18-242")),
        a.caveats().toString());
    String md = a.explain();
    assertFalse(md.contains("ACCOUNTABLE"), "no verdict word says more than the data");
    assertTrue(md.contains("Routes in law are not predictions"));
    assertTrue(md.contains("Hurdle (discretion): Only the Justice Department prosecutes"));
    assertTrue(
        md.contains("Precondition, established by the sources: The person acts under color"));
  }

  @Test
  void section242NeedsItsPreconditionEvidenceAndTheRoute() {
    LegalRoute s242 = route("section-242-prosecution");
    LegalRoute.Precondition unproven =
        LegalRoute.Precondition.notEstablished(s242.preconditions().get(0).statement());
    AccountabilityFramework withoutEvidence =
        replace(ICE, LegalRoute.builder().from(s242).preconditions(List.of(unproven)).build());
    AccountabilityFramework withoutRoute = ICE.toBuilder().remove(s242.id()).build();
    for (Role role : List.of(LINE_AGENT, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL)) {
      for (Conduct conduct : List.of(RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)) {
        assertEquals(
            PathwayStatus.CONDITIONAL,
            withoutEvidence.assess(role, conduct).pathway(CRIMINAL).status(),
            role + " x " + conduct);
        assertEquals(
            PathwayStatus.NONE,
            withoutRoute.assess(role, conduct).pathway(CRIMINAL).status(),
            role + " x " + conduct);
      }
    }
    assertEquals(
        Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY,
        withoutEvidence.assess(LINE_AGENT, EXCESSIVE_FORCE).verdict(),
        "a conditional criminal route does not make the verdict");
    assertTrue(
        withoutEvidence
            .assess(LINE_AGENT, EXCESSIVE_FORCE)
            .verdictTrace()
            .reason()
            .contains("criminal CONDITIONAL"));
    AccountabilityFramework contradicted =
        replace(
            ICE,
            LegalRoute.builder()
                .from(s242)
                .preconditions(
                    List.of(
                        new LegalRoute.Precondition(
                            "The person acts under color of law",
                            List.of(),
                            List.of(),
                            LegalRoute.Precondition.Status.CONTRADICTED,
                            List.of("usc-18-242"))))
                .build());
    Assessment.Pathway p = contradicted.assess(LINE_AGENT, EXCESSIVE_FORCE).pathway(CRIMINAL);
    assertEquals(PathwayStatus.NONE, p.status());
    assertTrue(p.trace().reason().contains("contradict a precondition"), p.trace().reason());
  }

  // Finding 3: the wrong personnel law for field office managers.

  @Test
  void fieldOfficeDirectorsAreReachedBySesLawNotByChapters43Or75() {
    List<String> missed =
        ids(ICE.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA).pathway(ADMINISTRATIVE).routes());
    assertEquals(List.of("ses-reassignment", "ses-performance-removal"), missed);
    List<String> force =
        ids(ICE.assess(FIELD_OFFICE_MANAGER, EXCESSIVE_FORCE).pathway(ADMINISTRATIVE).routes());
    assertEquals(List.of("ses-reassignment", "ses-adverse-action"), force);
    assertEquals(
        List.of("chapter-75-adverse-action"),
        ids(ICE.assess(LINE_AGENT, EXCESSIVE_FORCE).pathway(ADMINISTRATIVE).routes()));
    Assessment.Pathway senior =
        ICE.assess(SENIOR_OFFICIAL, EXCESSIVE_FORCE).pathway(ADMINISTRATIVE);
    assertTrue(
        senior.trace().reason().contains("no source in the framework says so"),
        senior.trace().reason());
  }

  // Finding 4: chapter 43 printed without its condition.

  @Test
  void chapter43IsConditionalUntilTheNumbersAreInTheOfficersStandards() {
    Assessment.Pathway p = ICE.assess(LINE_AGENT, MISSED_QUOTA).pathway(ADMINISTRATIVE);
    assertEquals(PathwayStatus.CONDITIONAL, p.status());
    assertEquals(PathwayStatus.CONDITIONAL, p.statusOf(route("chapter-43-performance-action")));
    assertTrue(p.trace().reason().contains("own written performance standards"));

    LegalRoute ch43 = route("chapter-43-performance-action");
    LegalRoute established =
        LegalRoute.builder()
            .from(ch43)
            .preconditions(
                List.of(
                    LegalRoute.Precondition.established(
                        "The arrest numbers are part of the officer's written standards",
                        "usc-5-4303")))
            .build();
    Assessment changed = replace(ICE, established).assess(LINE_AGENT, MISSED_QUOTA);
    assertEquals(PathwayStatus.IN_LAW, changed.pathway(ADMINISTRATIVE).status());
    assertEquals(Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY, changed.verdict());
  }

  // Finding 5: missing caveats.

  @Test
  void reassignmentHasNoAppealAndTheUnitedStatesAnswersForTorts() {
    String fom = ICE.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA).explain();
    assertTrue(
        fom.contains(
            "No appeal: a reassignment is not among the adverse actions of § 7542 or"
                + " § 7512, so it carries no appeal"),
        fom);
    Assessment force = ICE.assess(LINE_AGENT, EXCESSIVE_FORCE);
    List<String> caveats = force.caveats().stream().map(Assessment.Note::text).toList();
    assertTrue(
        caveats.stream()
            .anyMatch(
                c ->
                    c.startsWith(
                        "Damages against line agents personally are" + " restricted in law")),
        caveats.toString());
    assertTrue(
        caveats.stream()
            .anyMatch(
                c ->
                    c.startsWith(
                        "Who answers instead: For torts within the scope"
                            + " of their employment the United States is substituted")),
        caveats.toString());
    Assessment profiling = ICE.assess(LINE_AGENT, RACIAL_PROFILING);
    assertTrue(
        profiling.caveats().stream()
            .anyMatch(n -> n.text().startsWith("No route in this framework makes another party")),
        "the FTCA does not reach constitutional torts as such");
  }

  @Test
  void everyMissedQuotaAnswerCarriesC4AndC8() {
    for (Role role : List.of(LINE_AGENT, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL)) {
      List<String> claims = ids(ICE.assess(role, MISSED_QUOTA).claims());
      assertTrue(claims.containsAll(List.of("C4", "C8")), role + ": " + claims);
      String md = ICE.assess(role, MISSED_QUOTA).explain();
      assertTrue(
          md.contains("No documented prosecution or civil judgment rests on missing a quota"));
      assertTrue(md.contains("This framework does not declare missed quota unlawful"));
    }
    assertFalse(
        ICE.assess(LINE_AGENT, EXCESSIVE_FORCE).explain().contains("does not declare"),
        "excessive force is declared unlawful");
  }

  // Finding 6: a demand for information was read as a proceeding against an individual.

  @Test
  void theCongressionalInquiryIsAddressedToTheDepartmentNotToAnIndividual() {
    Assessment.Pathway senior = ICE.assess(SENIOR_OFFICIAL, EXCESSIVE_FORCE).pathway(POLITICAL);
    assertEquals(PathwayStatus.IN_LAW, senior.status());
    assertTrue(senior.documented().isEmpty());
    assertTrue(
        ids(senior.institutionalProceedings()).contains("oct-2025-detention-and-force-probe"));
    assertEquals(
        List.of(
            "house-oversight-democrats",
            "goldman-and-members-of-congress",
            "blumenthal-and-garcia"),
        ids(senior.enforcingBodies()));
    assertEquals(
        PathwayStatus.NONE, ICE.assess(LINE_AGENT, EXCESSIVE_FORCE).pathway(POLITICAL).status());
  }

  // Finding 7: inferences shown as reported facts, and smaller faults.

  @Test
  void anInferredLinkIsPrintedAsOneAndDocumentsNothing() {
    Assessment.Pathway senior = ICE.assess(SENIOR_OFFICIAL, MISSED_QUOTA).pathway(ADMINISTRATIVE);
    assertEquals(List.of("feb-2025-ero-reassignments"), ids(senior.documented()));
    assertEquals(List.of("feb-2025-acting-director-reassignment"), ids(senior.notCounted()));
    String md = ICE.assess(SENIOR_OFFICIAL, MISSED_QUOTA).explain();
    assertTrue(md.contains("Inference, not stated by the sources (conduct): the source reports"));
    assertTrue(md.contains("Inference, not stated by the sources (enforces)"));

    Assessment.Pathway fom = ICE.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA).pathway(ADMINISTRATIVE);
    assertEquals(List.of("oct-2025-field-office-director-reassignments"), ids(fom.documented()));
    assertEquals(List.of("jun-2025-bottom-ten-percent-threat"), ids(fom.notCounted()));
    assertTrue(
        ICE.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA)
            .explain()
            .contains("(reported as decided, not confirmed by the agency, 28 October 2025)"));
  }

  @Test
  void aRoleTheFrameworkDoesNotCoverIsSaidToBeUncovered() {
    Assessment judges = ICE.assess(Role.ADJUDICATOR, MISSED_QUOTA);
    assertFalse(judges.coversRole());
    assertTrue(judges.directives().isEmpty(), "no ICE arrest targets for immigration judges");
    String md = judges.explain();
    assertTrue(md.startsWith("# Can an adjudicator be held accountable"), md);
    assertTrue(md.contains("This framework covers no legal route that reaches adjudicators"));
    assertFalse(md.contains("## The targets"));
    assertTrue(judges.claims().isEmpty(), "no claim of the framework speaks to adjudicators");
    assertTrue(
        judges.caveats().stream()
            .anyMatch(
                n ->
                    n.text()
                            .startsWith(
                                "What the framework does record about adjudicators: The"
                                    + " Justice Department fired immigration judges")
                        && n.text().contains("that it was a penalty is an inference")
                        && n.citations().contains("npr-2025-07-14")),
        judges.caveats().toString());
  }

  @Test
  void targetsShownAreThoseAddressedToTheRole() {
    assertEquals(
        List.of("jan-2025-field-office-target"),
        ids(ICE.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA).directives()));
    assertEquals(
        List.of("jan-2025-agency-target", "may-2025-agency-target"),
        ids(ICE.assess(SENIOR_OFFICIAL, MISSED_QUOTA).directives()));
    Assessment line = ICE.assess(LINE_AGENT, MISSED_QUOTA);
    assertEquals(3, line.directives().size(), "none is addressed to line agents, so all are shown");
    assertTrue(line.explain().contains("No target in the sources is addressed to line agents"));
    assertTrue(ICE.assess(LINE_AGENT, EXCESSIVE_FORCE).directives().isEmpty());
  }

  @Test
  void aContestedClaimPrintsAsContested() {
    String md = ICE.assess(SENIOR_OFFICIAL, MISSED_QUOTA).explain();
    assertTrue(md.contains("- **C1** (contested) Senior officials set"), md);
    String before = ICE.assess(SENIOR_OFFICIAL, MISSED_QUOTA, LocalDate.of(2025, 1, 27)).explain();
    assertTrue(
        before.contains("- **C1** (reported)"),
        "no contradicting or two-sided source was published by 27 January 2025");
  }

  // Finding 2 and the two time axes.

  @Test
  void asOfShowsOnlyWhatWasKnownThatDay() {
    LocalDate march = LocalDate.of(2025, 3, 1);
    Assessment fom = ICE.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA, march);
    assertEquals(
        PathwayStatus.CONDITIONAL,
        fom.pathway(ADMINISTRATIVE).status(),
        "that field office directors are SES members is first in a source of 13 July 2025");
    assertEquals(List.of("jan-2025-field-office-target"), ids(fom.directives()));
    String md = fom.explain();
    assertTrue(
        md.contains(
            "Precondition, not yet established by the sources published by that day:"
                + " Field office directors are career members of the Senior Executive Service."),
        md);
    assertFalse(md.contains("Vasquez Perdomo"), "the Justice Department's denial of 4 August 2025");
    assertFalse(md.contains("newrepublic.com/post/198768"), md);
    assertTrue(md.contains("The White House press secretary called"));
    assertEquals(
        PathwayStatus.DOCUMENTED,
        ICE.assess(SENIOR_OFFICIAL, MISSED_QUOTA, march).pathway(ADMINISTRATIVE).status(),
        "the February 2025 reassignments had been reported by then");
    assertEquals(
        PathwayStatus.NONE,
        ICE.assess(SENIOR_OFFICIAL, EXCESSIVE_FORCE, march).pathway(POLITICAL).status(),
        "the congressional route rests on sources from July 2025 on");
    assertEquals(march, fom.asOf().orElseThrow());
  }

  @Test
  void anOutcomeIsShownAsItStoodThatDay() {
    String august = ICE.assess(LINE_AGENT, UNLAWFUL_SEIZURE, LocalDate.of(2025, 8, 15)).explain();
    assertTrue(
        august.contains("Largely upheld a restraining order")
            && august.contains("outcome as it stands: granted"),
        august);
    assertFalse(august.contains("stayed"), august);
    String september = ICE.assess(LINE_AGENT, UNLAWFUL_SEIZURE, LocalDate.of(2025, 9, 8)).explain();
    assertTrue(september.contains("outcome as it stands: stayed"), september);
    assertTrue(september.contains("Outcome: stayed, 8 September 2025: the Supreme Court stayed"));
  }

  @Test
  void anAsOfSweepNeverShowsALaterSource() {
    for (LocalDate day = LocalDate.of(2025, 1, 1);
        day.isBefore(LocalDate.of(2027, 1, 1));
        day = day.plusMonths(1)) {
      for (Role role : ICE.roles()) {
        for (Conduct conduct : ICE.conducts()) {
          String md = ICE.assess(role, conduct, day).explainWithTimeline();
          String references = md.substring(md.indexOf("## References"));
          for (var c : ICE.citations().list()) {
            if (references.contains(c.referenceLine())) {
              LocalDate d = day;
              assertTrue(
                  c.date()
                      .map(x -> x.certainlyOnOrBefore(d))
                      .orElse(c.kind().name().equals("STATUTE") || c.kind().name().equals("CASE")),
                  role + " x " + conduct + " as of " + day + " cites " + c.id());
            }
          }
        }
      }
    }
  }

  @Test
  void aRestrictionCountsOnlyFromItsStart() {
    assertEquals(
        PathwayStatus.NONE,
        ICE.assess(LINE_AGENT, EXCESSIVE_FORCE, LocalDate.of(2021, 6, 1)).pathway(CIVIL).status(),
        "the framework's sources on the damages route date from 2022");
    assertEquals(
        PathwayStatus.RESTRICTED,
        ICE.assess(LINE_AGENT, EXCESSIVE_FORCE, LocalDate.of(2023, 1, 1)).pathway(CIVIL).status());
    LegalRoute later =
        LegalRoute.builder()
            .from(route("bivens-damages-claim"))
            .restrictedSince(PartialDate.parse("2024"))
            .build();
    AccountabilityFramework changed = replace(ICE, later);
    assertEquals(
        PathwayStatus.IN_LAW,
        changed
            .assess(LINE_AGENT, EXCESSIVE_FORCE, LocalDate.of(2023, 6, 1))
            .pathway(CIVIL)
            .status(),
        "a restriction counts only from the day it certainly began");
    assertEquals(
        PathwayStatus.RESTRICTED,
        changed
            .assess(LINE_AGENT, EXCESSIVE_FORCE, LocalDate.of(2024, 12, 31))
            .pathway(CIVIL)
            .status());
  }

  @Test
  void theManagersTimelineShowsTheOctoberDecision() {
    Timeline t = ICE.timeline(FIELD_OFFICE_MANAGER, MISSED_QUOTA);
    assertEquals(PathwayStatus.CONDITIONAL, t.initial().pathway(ADMINISTRATIVE).status());
    List<Timeline.Change> changes = t.changes();
    assertEquals(2, changes.size(), t.toString());
    Timeline.Change july = changes.get(0);
    assertEquals(LocalDate.of(2025, 7, 13), july.day());
    assertEquals("CONDITIONAL", july.from());
    assertEquals("IN_LAW", july.to());
    assertEquals(List.of("jobset-2025-07-13"), july.citations());
    Timeline.Change october = changes.get(1);
    assertEquals(LocalDate.of(2025, 10, 28), october.day());
    assertEquals(ADMINISTRATIVE, october.liability().orElseThrow());
    assertEquals("IN_LAW", october.from());
    assertEquals("DOCUMENTED", october.to());
    assertEquals(List.of("oct-2025-field-office-director-reassignments"), october.facts());
    assertEquals(List.of("ap-2025-10-28"), october.citations());
    assertEquals(1, t.until(LocalDate.of(2025, 10, 27)).size());
    assertTrue(t.toString().contains("2025-10-28  administrative  IN_LAW"), t.toString());
    String md = ICE.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA).explainWithTimeline();
    assertTrue(md.contains("## How the answer changed"));
    assertTrue(md.contains("| 2025-10-28 | administrative | IN_LAW | DOCUMENTED |"), md);
  }

  @Test
  void aRestrictionInLawIsInTheTimeline() {
    Timeline t = ICE.timeline(LINE_AGENT, EXCESSIVE_FORCE);
    Timeline.Change bivens =
        t.changes().stream()
            .filter(
                c ->
                    c.liability().equals(java.util.Optional.of(CIVIL))
                        && c.to().equals("RESTRICTED"))
            .findFirst()
            .orElseThrow();
    assertEquals("IN_LAW", bivens.from());
    assertEquals("RESTRICTED", bivens.to());
    assertEquals(LocalDate.of(2022, 12, 31), bivens.day());
    assertEquals(List.of("bivens-damages-claim"), bivens.facts());
    assertEquals(
        List.of("egbert-v-boule"),
        bivens.citations(),
        "the decision, dated to its year, is certainly published by the year's end");
  }

  // The rules read data, not a table.

  @Test
  void onlyDecidedSanctionsDocumentAdministrativeAccountability() {
    Assessment.Pathway line = ICE.assess(LINE_AGENT, MISSED_QUOTA).pathway(ADMINISTRATIVE);
    assertTrue(line.documented().isEmpty(), "incentives and withdrawn pilots document nothing");
    assertEquals(List.of("chapter-43-performance-action"), ids(line.routes()));
  }

  @Test
  void noneCitesNothingAndSaysItIsAnAbsence() {
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
  }

  @Test
  void criminalPathwayCarriesForumStandardHurdlesAndWhoCanStartIt() {
    Assessment.Pathway p = ICE.assess(FIELD_OFFICE_MANAGER, EXCESSIVE_FORCE).pathway(CRIMINAL);
    assertEquals(List.of("federal criminal court"), List.copyOf(p.forums()));
    assertEquals(List.of("beyond a reasonable doubt"), List.copyOf(p.standardsOfProof()));
    assertEquals(List.of("justice-department"), ids(p.enforcingBodies()));
    assertEquals(List.of("usc-18-242"), p.citations());
    LegalRoute s242 = p.routes().get(0);
    assertEquals(3, s242.hurdlesFor(FIELD_OFFICE_MANAGER).size());
    assertEquals(2, s242.hurdlesFor(LINE_AGENT).size(), "own acts: managers and officials only");
  }

  @Test
  void aDocumentedProsecutionForAMissedQuotaIsDocumented() {
    AccountabilityFramework changed =
        ICE.toBuilder()
            .addCitations(
                FictionalFrameworks.fictionalSource("fictional-indictment", "Agent charged"))
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
                            .addOutcomes(
                                OversightAction.OutcomeStep.of(
                                    OversightAction.Outcome.PENDING,
                                    PartialDate.parse("2030-01-02"),
                                    "fictional-indictment"))
                            .addCitations("fictional-indictment")
                            .build())
                    .addCitations("fictional-indictment")
                    .build())
            .build();
    Assessment a = changed.assess(LINE_AGENT, MISSED_QUOTA);
    assertEquals(PathwayStatus.DOCUMENTED, a.pathway(CRIMINAL).status());
    assertEquals(List.of("fictional-prosecution"), ids(a.pathway(CRIMINAL).documented()));
    assertEquals(Verdict.CRIMINAL_OR_CIVIL_DOCUMENTED, a.verdict());
    assertEquals(
        Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY,
        ICE.assess(LINE_AGENT, MISSED_QUOTA).verdict(),
        "original unchanged");
  }

  @Test
  void removingTheOctoberDecisionLeavesTheManagersRouteInLawOnly() {
    AccountabilityFramework without =
        ICE.toBuilder().remove("oct-2025-field-office-director-reassignments").build();
    Assessment a = without.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA);
    assertEquals(PathwayStatus.IN_LAW, a.pathway(ADMINISTRATIVE).status());
    assertEquals(Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY, a.verdict());
  }

  @Test
  void legalityIsTheFrameworksData() {
    assertFalse(ICE.isUnlawful(MISSED_QUOTA));
    assertTrue(ICE.isUnlawful(EXCESSIVE_FORCE));
    AccountabilityFramework penalizing = ICE.toBuilder().addUnlawfulConducts(MISSED_QUOTA).build();
    assertTrue(penalizing.isUnlawful(MISSED_QUOTA));
    assertFalse(penalizing.assess(LINE_AGENT, MISSED_QUOTA).explain().contains("does not declare"));
  }

  @Test
  void anotherAgencysFrameworkGivesItsOwnAnswers() {
    AccountabilityFramework city = FictionalFrameworks.exampleCityTicketQuotas();
    Assessment officerQuota = city.assess(LINE_AGENT, MISSED_QUOTA);
    assertEquals(PathwayStatus.DOCUMENTED, officerQuota.pathway(ADMINISTRATIVE).status());
    assertEquals(Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY, officerQuota.verdict());

    Assessment officerForce = city.assess(LINE_AGENT, EXCESSIVE_FORCE);
    assertEquals(PathwayStatus.NONE, officerForce.pathway(CRIMINAL).status());
    assertEquals(PathwayStatus.IN_LAW, officerForce.pathway(CIVIL).status());
    assertEquals(Verdict.CRIMINAL_OR_CIVIL_IN_LAW_ONLY, officerForce.verdict());

    Assessment chiefQuota = city.assess(SENIOR_OFFICIAL, MISSED_QUOTA);
    assertEquals(PathwayStatus.IN_LAW, chiefQuota.pathway(POLITICAL).status());
    assertEquals(PathwayStatus.NONE, chiefQuota.pathway(ADMINISTRATIVE).status());

    Assessment commanderProfiling = city.assess(FIELD_OFFICE_MANAGER, RACIAL_PROFILING);
    assertEquals(Verdict.NO_ROUTE, commanderProfiling.verdict());
    assertEquals("no-route", commanderProfiling.verdictTrace().rule());
    assertFalse(commanderProfiling.coversRole());
  }

  @Test
  void toStringIsOneLine() {
    assertEquals(
        "LINE_AGENT x MISSED_QUOTA: CRIMINAL=NONE, CIVIL=NONE, ADMINISTRATIVE=CONDITIONAL,"
            + " POLITICAL=NONE -> ADMINISTRATIVE_OR_POLITICAL_ONLY",
        ICE.assess(LINE_AGENT, MISSED_QUOTA).toString());
    assertFalse(
        ICE.assess(LINE_AGENT, MISSED_QUOTA, LocalDate.of(2025, 3, 1)).toString().contains("\n"));
  }

  @Test
  void claimsAreThoseThatSpeakToTheRoleAndConduct() {
    assertEquals(
        List.of("C1", "C2", "C3", "C4", "C5", "C8", "C9"),
        ids(ICE.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA).claims()));
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

  private static LegalRoute route(String id) {
    return ICE.routes().list().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private static AccountabilityFramework replace(AccountabilityFramework f, LegalRoute changed) {
    return f.toBuilder().remove(changed.id()).addRoutes(changed).build();
  }
}

package org.accountability.framework;

import static org.accountability.testing.Ids.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.accountability.casestudy.CaseStudies;
import org.accountability.model.Citation;
import org.accountability.testing.FictionalFrameworks;
import org.junit.jupiter.api.Test;

class EvidenceAndAttainmentTest {
  private static final AccountabilityFramework ICE = CaseStudies.iceDeportationQuotas();

  @Test
  void aCitationLeadsToWhatItSupportsAndWhatItContradicts() {
    Evidence evidence = ICE.evidence();
    assertEquals(
        List.of("jan-2025-agency-target", "jan-2025-field-office-target", "C1"),
        ids(evidence.supportedBy("wapo-2025-01-26")));
    assertEquals(
        List.of(
            "jan-2025-agency-target",
            "jan-2025-field-office-target",
            "may-2025-agency-target",
            "C1"),
        ids(evidence.contradictedBy("tnr-2025-08-04")));
    assertTrue(evidence.supportedBy("tnr-2025-08-04").isEmpty(), "a denial supports nothing");
    assertEquals(List.of("C5"), ids(evidence.contradictedBy("aclu-2025-09-08")));
    assertTrue(
        ids(evidence.supportedBy("aclu-2025-09-08"))
            .containsAll(List.of("C6", "aclu-southern-california")));
    assertEquals(List.of("C1"), ids(evidence.reportsBothSides("independent-2025-01-29")));
  }

  @Test
  void aFactLeadsToItsSources() {
    assertEquals(
        List.of("ap-2025-10-28", "ktvu-2025-10", "guardian-2025-10"),
        citationIds(ICE.evidence().sourcesOf("oct-2025-field-office-director-reassignments")));
    assertEquals(
        List.of("egbert-v-boule", "hlr-egbert", "dailyjournal-2026-02-20"),
        citationIds(ICE.evidence().sourcesOf("bivens-damages-claim")),
        "a restricted route's sources include its restriction");
    assertTrue(ICE.evidence().sourcesOf("no-such-fact").isEmpty());
  }

  @Test
  void contestedClaimsKeepTheirContradictingSourcesBesideThem() {
    List<Evidence.ContestedClaim> contested = ICE.evidence().contestedClaims();
    assertEquals(
        List.of("C1", "C5"),
        contested.stream().map(c -> c.claim().id()).collect(Collectors.toList()));
    Evidence.ContestedClaim c5 = contested.get(1);
    assertEquals(
        List.of("aclu-2025-09-08", "spokesman-2026-03-10"), citationIds(c5.contradicting()));
    assertEquals(List.of("reuters-2025-02-11"), citationIds(c5.reportingBoth()));
    assertEquals(6, c5.supporting().size());
    assertEquals(List.of("tnr-2025-08-04"), citationIds(contested.get(0).contradicting()));
  }

  @Test
  void singleSourceFactsAndUnusedCitations() {
    List<String> single = ids(ICE.evidence().singleSourceFacts());
    assertTrue(single.contains("feb-2025-acting-director-reassignment"));
    assertTrue(single.contains("arrests-jul-2025"));
    assertTrue(!single.contains("oct-2025-field-office-director-reassignments"), "two sources");
    assertTrue(ICE.evidence().unusedCitations().isEmpty());
    AccountabilityFramework withSpare =
        ICE.toBuilder()
            .addCitations(FictionalFrameworks.fictionalSource("spare", "Unused"))
            .build();
    assertEquals(List.of("spare"), citationIds(withSpare.evidence().unusedCitations()));
  }

  @Test
  void targetsAgainstObservationsOfTheSameMetricAndScope() {
    List<TargetAttainment> attainment = ICE.attainment();
    assertEquals(
        List.of("jan-2025-agency-target", "jan-2025-field-office-target", "may-2025-agency-target"),
        attainment.stream().map(t -> t.directive().id()).collect(Collectors.toList()),
        "one entry per numerical directive; the detention figure has no target");

    TargetAttainment january = attainment.get(0);
    assertEquals(1, january.points().size());
    TargetAttainment.Point february = january.points().get(0);
    assertEquals("arrests-early-feb-2025", february.observation().id());
    assertEquals(0.5, february.ratio(), 1e-9, "under 600 against the 1,200 lower bound");
    assertEquals(TargetAttainment.Bound.AT_MOST, february.bound());
    assertEquals("at most 50%", february.percent());

    assertTrue(attainment.get(1).points().isEmpty(), "no per-office observations exist");

    TargetAttainment may = attainment.get(2);
    assertEquals(
        List.of("arrests-jun-2025", "arrests-jul-2025", "arrests-late-sep-2025"),
        may.points().stream().map(p -> p.observation().id()).collect(Collectors.toList()));
    TargetAttainment.Point july = may.points().get(1);
    assertEquals(990.0 / 3000.0, july.ratio(), 1e-9);
    assertEquals("33%", july.percent());
    assertEquals(TargetAttainment.Bound.ESTIMATE, july.bound());
    assertEquals("41%", may.points().get(0).percent());
    assertEquals("39%", may.points().get(2).percent());
    assertTrue(may.toString().contains("July 2025"), may.toString());
    assertTrue(
        may.toString().startsWith("may-2025-agency-target: 3,000 arrests per day, agency-wide"));
  }

  @Test
  void evidenceAnswersPrintAsTablesWithTheirCounts() {
    Evidence evidence = ICE.evidence();
    List<String> contested = evidence.contestedClaims().toString().lines().toList();
    assertTrue(
        contested.get(0).matches("claim +status +for +against +both +statement"), contested.get(0));
    assertTrue(contested.get(1).matches("-+( +-+){5}"), contested.get(1));
    assertTrue(
        contested.stream().anyMatch(l -> l.matches("C5 +CONTESTED +.*aclu-2025-09-08.*")),
        contested.toString());
    assertEquals(
        evidence.contestedClaims().size() + " contested claims",
        contested.get(contested.size() - 1));

    List<String> sources = evidence.sourcesOf("bivens-damages-claim").toString().lines().toList();
    assertTrue(sources.get(0).matches("id +kind +publisher +date +title"), sources.get(0));
    assertTrue(sources.get(2).startsWith("egbert-v-boule "), sources.get(2));
    assertEquals("3 citations", sources.get(sources.size() - 1));
    assertEquals("(no citations)", evidence.sourcesOf("no-such-fact").toString());

    List<String> single = evidence.singleSourceFacts().toString().lines().toList();
    assertTrue(single.get(0).matches("id +kind +label +sources"), single.get(0));
    assertTrue(
        single.stream()
            .anyMatch(l -> l.matches("signing-bonuses +PERSONNEL_ACTION +.* nyt-2025-08-06")));
    assertEquals(evidence.singleSourceFacts().size() + " facts", single.get(single.size() - 1));
    assertTrue(
        evidence.reportsBothSides("independent-2025-01-29").toString().endsWith("\n1 claim"));
  }

  @Test
  void attainmentPrintsAsOneTableWithARowPerObservation() {
    List<String> table = ICE.attainment().toString().lines().toList();
    assertTrue(
        table.get(0).matches("directive +target +period +observed +attainment +source"),
        table.get(0));
    assertTrue(
        table.stream()
            .anyMatch(
                l ->
                    l.matches(
                        "jan-2025-field-office-target +75 arrests per day, per field office +\\(no observation\\)")),
        table.toString());
    assertTrue(
        table.stream()
            .anyMatch(
                l ->
                    l.matches(
                        "may-2025-agency-target +3,000 .* +July 2025 +an average of 990 +33% +inquisitr-2025-08-05")),
        table.toString());
    assertEquals("3 numerical targets, 4 observations against them", table.get(table.size() - 1));
  }

  @Test
  void oneTargetPrintsItsObservationsAndAFrameworkWithoutTargetsSaysSo() {
    assertEquals(
        """
        jan-2025-agency-target: 1,200-1,500 arrests per day, agency-wide
        period               observed   attainment   source
        -------------------  ---------  -----------  ---------------
        early February 2025  under 600  at most 50%  wapo-2025-02-15
        1 observation""",
        ICE.attainment().get(0).toString());
    AccountabilityFramework withoutTargets =
        FictionalFrameworks.exampleCityTicketQuotas().toBuilder()
            .remove("officer-suspension")
            .remove("ticket-target")
            .build();
    assertTrue(withoutTargets.attainment().isEmpty());
    assertEquals("(no numerical targets)", withoutTargets.attainment().toString());
  }

  @Test
  void evidenceSummarisesItselfAndAContestedClaimListsItsSourcesByStance() {
    assertEquals(
        "Evidence[2 contested claims, 32 single-source facts, 0 unused citations]",
        ICE.evidence().toString());
    assertEquals(
        "C1 (CONTESTED): for [wapo-2025-01-26, ipt-quotas, axios-2025-05-28, tnr-2025-05-29,"
            + " nbc-2025-06-04, xinhua-2025-06-12, guardian-2025-10]; against [tnr-2025-08-04];"
            + " both [independent-2025-01-29]",
        ICE.evidence().contestedClaims().get(0).toString());
    List<String> single = ids(ICE.evidence().singleSourceFacts());
    assertTrue(
        single.contains("aclu-southern-california")
            && single.contains("aclu-los-angeles-stops-litigation"),
        "bodies and their actions are facts too: " + single);
  }

  @Test
  void resultsAreImmutableListsEqualToAnyListOfTheSameElements() {
    Results<Evidence.ContestedClaim> contested = ICE.evidence().contestedClaims();
    assertEquals(List.copyOf(contested), contested);
    assertEquals(contested, contested.list());
    assertEquals(List.copyOf(contested).hashCode(), contested.hashCode());
    assertThrows(UnsupportedOperationException.class, () -> contested.remove(0));
    assertThrows(UnsupportedOperationException.class, () -> contested.add(contested.get(0)));
    assertThrows(IndexOutOfBoundsException.class, () -> contested.get(contested.size()));
    assertEquals(ICE.attainment(), CaseStudies.iceDeportationQuotas().attainment());
  }

  private static List<String> citationIds(List<Citation> citations) {
    return citations.stream().map(Citation::id).collect(Collectors.toList());
  }
}

package org.accountability.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Evidence;
import org.junit.jupiter.api.Test;

class ExploreEvidenceTest {
  private final AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();

  private static String run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ExploreEvidence.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void listsWhichSourcesSupportWhichFacts() {
    List<List<String>> rows = ExploreEvidence.supportRows(ice);
    List<String> wapo =
        rows.stream().filter(r -> r.get(0).equals("wapo-2025-01-26")).findFirst().orElseThrow();
    assertEquals(
        List.of(
            "wapo-2025-01-26",
            "Washington Post",
            "2025-01-26",
            "jan-2025-agency-target, jan-2025-field-office-target, C1"),
        wapo);
    List<String> statute =
        rows.stream().filter(r -> r.get(0).equals("usc-18-242")).findFirst().orElseThrow();
    assertTrue(statute.get(3).contains("section-242-prosecution"), statute.toString());
    assertTrue(
        rows.stream().noneMatch(r -> r.get(0).equals("tnr-2025-08-04")),
        "the Justice Department's denial supports nothing");
  }

  @Test
  void showsTheOfficialDenialBesideTheContestedClaim() {
    Evidence.ContestedClaim c1 = ice.evidence().contestedClaims().get(0);
    assertEquals("C1", c1.claim().id());
    List<String> denials = ExploreEvidence.denialsBeside(ice, c1);
    assertTrue(
        denials.stream()
            .anyMatch(
                d ->
                    d.contains("not directed to meet any numerical quota")
                        && d.contains("[tnr-2025-08-04]")
                        && d.contains(
                            "jan-2025-agency-target, jan-2025-field-office-target, may-2025-agency-target")),
        denials.toString());

    String report = run();
    String c1Block = report.substring(report.indexOf("C1 (CONTESTED): "));
    c1Block = c1Block.substring(0, c1Block.indexOf("\n\n"));
    assertTrue(c1Block.contains("  against: tnr-2025-08-04"), c1Block);
    assertTrue(
        c1Block.contains("  official denial: In Vasquez Perdomo the Justice Department"), c1Block);
    assertTrue(report.contains("C5 (CONTESTED): "), report);
  }

  @Test
  void listsTheFactsRestingOnASingleSource() {
    String report = run();
    int single = ice.evidence().singleSourceFacts().size();
    assertTrue(single > 0);
    assertTrue(report.contains("\n" + single + " facts rest on one source.\n"), report);
    assertTrue(
        report.matches(
            "(?s).*\\nfeb-2025-acting-director-reassignment +PersonnelAction +gvwire-2025-02-21 .*"),
        "a single-source personnel action with its only source");
  }

  @Test
  void showsOneSourceOrOneFact() {
    String source = run("tnr-2025-08-04");
    String contradicts =
        source.substring(
            source.indexOf("contradicts:\n"), source.indexOf("reports both sides of:"));
    assertTrue(
        contradicts.contains("\n  C1 (Claim): Senior officials set numerical arrest targets"),
        source);
    assertTrue(contradicts.contains("\n  jan-2025-agency-target (Directive): "), source);
    assertTrue(source.contains("supports:\n  (nothing)\n"), source);
    String fact = run("C1");
    assertTrue(fact.contains("  tnr-2025-08-04 (CONTRADICTS): "), fact);
    assertTrue(fact.contains("  wapo-2025-01-26 (SUPPORTS): "), fact);
    assertThrows(IllegalArgumentException.class, () -> run("no-such-id"));
  }
}

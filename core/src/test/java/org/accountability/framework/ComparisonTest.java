package org.accountability.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accountability.casestudy.CaseStudies;
import org.accountability.model.Conduct;
import org.accountability.model.LiabilityType;
import org.accountability.model.Role;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static final Comparison ICE_NYPD =
      Comparison.of(CaseStudies.iceDeportationQuotas(), CaseStudies.nypdQuotas());

  @Test
  void linesUpTheRolesAndConductsBothVocabulariesHold() {
    assertEquals(List.of("ICE", "NYPD"), ICE_NYPD.labels());
    assertEquals(9, ICE_NYPD.rows().size(), ICE_NYPD.toString());
    assertTrue(
        ICE_NYPD.row(Role.SUPERVISOR, Conduct.MISSED_QUOTA).isEmpty(), "ICE has no supervisor");
    assertTrue(
        ICE_NYPD.row(Role.LINE_AGENT, Conduct.EXCESSIVE_FORCE).isEmpty(),
        "the NYPD data holds no excessive force");
  }

  @Test
  void damagesAgainstALineOfficerAreRestrictedForIceAndInLawForTheNypd() {
    Comparison.Row row = ICE_NYPD.row(Role.LINE_AGENT, Conduct.UNLAWFUL_SEIZURE).orElseThrow();
    assertEquals(PathwayStatus.RESTRICTED, row.left().pathway(LiabilityType.CIVIL).status());
    assertEquals(PathwayStatus.IN_LAW, row.right().pathway(LiabilityType.CIVIL).status());
    assertTrue(row.differences().contains(LiabilityType.CIVIL));
    String md = ICE_NYPD.explain();
    assertTrue(md.contains("Bivens damages claim against the officer personally (RESTRICTED)"), md);
    assertTrue(md.contains("hurdle: Qualified immunity"), md);
  }

  @Test
  void saysWhoAnswersInsteadAndWhetherPenalizingAMissedQuotaIsLawful() {
    String md = ICE_NYPD.explain();
    assertTrue(md.contains("the United States in place of the individual"), md);
    assertTrue(md.contains("NYPD, the municipality (Claim under 42 U.S.C. § 1983"), md);
    assertTrue(
        md.contains(
            "| penalizing missed quota | not declared unlawful (the framework does not name this"
                + " conduct) | unlawful |"),
        md);
    assertTrue(
        md.contains(
            "| missed quota | not declared unlawful | not declared unlawful;"
                + " protected: Grievance under N.Y. Labor Law § 215-a"),
        md);
  }

  @Test
  void everyReferenceNumberResolvesOnce() {
    String md = ICE_NYPD.explain();
    int refs = md.indexOf("## References");
    Matcher used = Pattern.compile("\\[(\\d+)]").matcher(md.substring(0, refs));
    int max = 0;
    while (used.find()) {
      max = Math.max(max, Integer.parseInt(used.group(1)));
    }
    List<String> listed = md.substring(refs).lines().filter(l -> l.matches("\\d+\\. .*")).toList();
    assertEquals(max, listed.size());
    assertEquals(
        listed.size(),
        listed.stream().map(l -> l.substring(l.indexOf(' '))).distinct().count(),
        "a source both frameworks cite is listed once");
  }

  @Test
  void aFrameworkComparedWithItselfAgrees() {
    Comparison same = Comparison.of(CaseStudies.nypdQuotas(), CaseStudies.nypdQuotas());
    assertTrue(same.rows().stream().noneMatch(Comparison.Row::differs));
    assertEquals(32, same.rows().size());
    assertTrue(same.explain().contains("The answers agree for every shared role and conduct."));
    assertEquals(List.of("NYPD", "NYPD (2)"), same.labels());
  }

  @Test
  void matchesGoldenFile() throws IOException {
    NypdAnswersTest.assertGolden("comparison-ice-nypd.md", ICE_NYPD.explain());
    NypdAnswersTest.assertGolden("comparison-ice-nypd.txt", ICE_NYPD.toString());
  }
}

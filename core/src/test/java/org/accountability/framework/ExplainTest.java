package org.accountability.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accountability.casestudy.CaseStudies;
import org.accountability.model.Citation;
import org.accountability.model.Conduct;
import org.accountability.model.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cited Markdown answer. Golden files pin two answers; set {@code -Dgolden.update=true} to
 * rewrite them from the current output after reviewing the difference.
 */
class ExplainTest {
  private static final AccountabilityFramework ICE = CaseStudies.iceDeportationQuotas();
  private static final Pattern REF = Pattern.compile("\\[(\\d+)]");
  private static final Pattern REF_GROUP = Pattern.compile("\\[\\d+](?: \\[\\d+])*");
  private static final Pattern LIST_ENTRY = Pattern.compile("^(\\d+)\\. (.*)$");

  @ParameterizedTest(name = "{0} x {1} as of {2} matches {3}")
  @CsvSource({
    "FIELD_OFFICE_MANAGER, MISSED_QUOTA, , field-office-manager-missed-quota.md",
    "LINE_AGENT, EXCESSIVE_FORCE, , line-agent-excessive-force.md",
    "FIELD_OFFICE_MANAGER, MISSED_QUOTA, 2025-08-15,"
        + " field-office-manager-missed-quota-as-of-2025-08-15-with-timeline.md",
  })
  void matchesGoldenFile(Role role, Conduct conduct, @Nullable LocalDate asOf, String file)
      throws IOException {
    String actual =
        asOf == null
            ? ICE.assess(role, conduct).explain()
            : ICE.assess(role, conduct, asOf).explainWithTimeline();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden", file), actual);
    }
    assertEquals(golden(file), actual);
  }

  static List<Role> quotaRoles() {
    return List.of(Role.LINE_AGENT, Role.FIELD_OFFICE_MANAGER, Role.SENIOR_OFFICIAL);
  }

  static List<Conduct> conducts() {
    return Conduct.standardConducts();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conducts")
  void everyFactualLineCitesAndEveryReferenceResolves(Conduct conduct) {
    for (Role role : Role.standardRoles()) {
      assertCitedAndResolved(ICE, ICE.assess(role, conduct).explain());
    }
  }

  /**
   * Every factual line of an answer cites, every rule but an absence cites, reference numbers
   * ascend within a group, and the reference list holds exactly the numbers used, in first-use
   * order.
   */
  static void assertCitedAndResolved(AccountabilityFramework f, String md) {
    String title = md.lines().findFirst().orElse("") + " (" + f.agency() + ")";
    List<String> lines = md.lines().toList();
    int refs = lines.indexOf("## References");
    assertTrue(refs > 0, "has a reference list");
    Set<Integer> used = new LinkedHashSet<>();
    boolean caveats = false;
    for (String line : lines.subList(0, refs)) {
      if (line.startsWith("## ")) {
        caveats = line.equals("## Before you quote this");
      }
      Matcher m = REF.matcher(line);
      boolean cited = false;
      while (m.find()) {
        used.add(Integer.parseInt(m.group(1)));
        cited = true;
      }
      Matcher group = REF_GROUP.matcher(line);
      while (group.find()) {
        List<Integer> inGroup = new ArrayList<>();
        Matcher numbers = REF.matcher(group.group());
        while (numbers.find()) {
          inGroup.add(Integer.parseInt(numbers.group(1)));
        }
        assertEquals(
            inGroup.stream().sorted().toList(), inGroup, "numbers in a group ascend: " + line);
      }
      boolean factual =
          !caveats
              && (line.startsWith("- ")
                  || (line.startsWith("  - ")
                      && !line.startsWith("  - Inference")
                      && !line.startsWith("  - Absence of evidence")));
      if (factual) {
        assertTrue(cited, title + ": uncited line: " + line);
      }
      if (line.startsWith("Rule `") && !line.startsWith("Rule `no-route`")) {
        assertTrue(cited, title + ": uncited rule: " + line);
      }
      if (line.startsWith("Rule `no-route`")) {
        assertEquals(
            line.contains("proposed, but not law"),
            cited,
            "an absence of a route cites nothing but the proposals it names: " + line);
      }
    }
    List<Integer> listed = new ArrayList<>();
    for (String line : lines.subList(refs + 1, lines.size())) {
      Matcher m = LIST_ENTRY.matcher(line);
      if (m.matches()) {
        int n = Integer.parseInt(m.group(1));
        listed.add(n);
        assertTrue(m.group(2).length() > 10, "reference " + n + " has content");
      }
    }
    assertEquals(List.copyOf(used), listed, title + ": numbered in first-use order");
    for (int i = 0; i < listed.size(); i++) {
      assertEquals(i + 1, listed.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quotaRoles")
  void referencesCarryTitlePublisherDateAndUrl(Role role) {
    String md = ICE.assess(role, Conduct.MISSED_QUOTA).explain();
    String wapo = ICE.citation("wapo-2025-01-26").map(Citation::referenceLine).orElseThrow();
    assertTrue(
        wapo.contains("Trump officials issue quotas to ICE officers to ramp up arrests")
            && wapo.contains("Washington Post")
            && wapo.contains("26 January 2025")
            && wapo.contains("https://www.washingtonpost.com/"),
        wapo);
    assertTrue(md.contains(wapo), "the quota report is in the reference list");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quotaRoles")
  void theJusticeDepartmentsDenialStandsBesideTheQuotaClaim(Role role) {
    String md = ICE.assess(role, Conduct.MISSED_QUOTA).explain();
    int denialRef = referenceNumber(md, "newrepublic.com/post/198768");
    String c1 = md.lines().filter(l -> l.startsWith("- **C1**")).findFirst().orElseThrow();
    assertTrue(c1.contains("Contradicted by [" + denialRef + "]"), c1);
    List<String> denials =
        md.lines()
            .filter(
                l ->
                    l.startsWith(
                        "- Officially denied: In Vasquez Perdomo the Justice Department told the"
                            + " Ninth Circuit that ICE was not directed to meet any numerical quota"
                            + " or target (bears on "))
            .toList();
    assertEquals(1, denials.size(), "printed once, however many targets it bears on: " + md);
    assertTrue(denials.get(0).endsWith(". [" + denialRef + "]"), denials.get(0));
  }

  @Test
  void aTargetThatRaisesAnotherSaysWhatItRaises() {
    String jan = ICE.directives().withId("jan-2025-agency-target").first().orElseThrow().summary();
    String md = ICE.assess(Role.SENIOR_OFFICIAL, Conduct.MISSED_QUOTA).explain();
    assertTrue(md.contains(" It raises: " + jan + "."), md);
  }

  @Test
  void aDenialIsPrintedOnlyOnceItsSourceIsOut() {
    String md =
        ICE.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA, LocalDate.of(2025, 3, 1))
            .explain();
    assertTrue(
        md.contains(
            "- Officially denied: The White House press secretary called the Washington"
                + " Post's quota story false"),
        md);
    assertFalse(md.contains("Officially denied: In Vasquez Perdomo"), md);
  }

  @Test
  void aSanctionPrintsTheOfficialResponse() {
    AccountabilityFramework nypd = CaseStudies.nypdQuotas();
    Conduct reporting = nypd.conduct("REPORTING_QUOTA").orElseThrow();
    String md = nypd.assess(Role.LINE_AGENT, reporting).explain();
    assertTrue(
        md.lines()
            .anyMatch(
                l ->
                    l.startsWith(
                        "  - Official response: The City settled, saying the settlement is not an"
                            + " admission of wrongdoing. [")),
        md);
  }

  private static int referenceNumber(String md, String urlFragment) {
    for (String line : md.lines().toList()) {
      Matcher m = LIST_ENTRY.matcher(line);
      if (m.matches() && m.group(2).contains(urlFragment)) {
        return Integer.parseInt(m.group(1));
      }
    }
    throw new AssertionError("no reference with " + urlFragment);
  }

  private static String golden(String file) throws IOException {
    try (InputStream in = ExplainTest.class.getResourceAsStream("/golden/" + file)) {
      if (in == null) {
        throw new AssertionError("missing golden file " + file + "; run with -Dgolden.update=true");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

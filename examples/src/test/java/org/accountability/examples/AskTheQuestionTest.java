package org.accountability.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.Verdict;
import org.junit.jupiter.api.Test;

class AskTheQuestionTest {
  private static String run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AskTheQuestion.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void answersTheQuestionWithAVerdictTableFirst() {
    String answer = run();
    assertTrue(
        answer.startsWith(
            "# Can ICE agents be held accountable for not meeting deportation quotas?\n"),
        answer);
    int table =
        answer.indexOf(
            "| Role | Conduct | Criminal | Civil | Administrative | Political | Verdict |");
    int firstExplanation = answer.indexOf("# Can a ");
    assertTrue(
        table > 0 && table < firstExplanation, "the verdict table comes before the explanations");
    assertTrue(
        answer.contains(
            "| line agent | missed quota | NONE | NONE | CONDITIONAL | NONE | **ADMINISTRATIVE_OR_POLITICAL_ONLY** |"));
    assertTrue(
        answer.contains(
            "| field office manager | missed quota | NONE | NONE | DOCUMENTED | NONE | **ADMINISTRATIVE_OR_POLITICAL_ONLY** |"));
    assertTrue(
        answer.contains(
            "| line agent | excessive force | IN_LAW | RESTRICTED | IN_LAW | NONE | **CRIMINAL_OR_CIVIL_IN_LAW_ONLY** |"));
    assertTrue(
        answer.contains(
            "- **missed quota**: ADMINISTRATIVE_OR_POLITICAL_ONLY for line agents, field office managers"
                + " and senior officials. Documented: administrative for field office managers and senior"
                + " officials. Conditional on facts the sources do not establish: administrative for line"
                + " agents.\n"),
        answer);
    assertTrue(
        answer.contains(
            "- **racial profiling**: CRIMINAL_OR_CIVIL_IN_LAW_ONLY for line agents, field office managers"
                + " and senior officials. In law, no use documented: criminal for line agents, field office"
                + " managers and senior officials; administrative for line agents and field office"
                + " managers; political for senior officials."),
        answer);
    assertTrue(
        answer.contains(
            "- CRIMINAL_OR_CIVIL_IN_LAW_ONLY: a criminal or civil route reaches them"
                + " in law, but no use of it against them is documented."));
    assertTrue(answer.contains("- IN_LAW: a route exists in law; no use of it is documented."));
    assertFalse(answer.contains("ACCOUNTABLE:"), "no verdict claims more than the data");
  }

  @Test
  void explainsEachRankForAMissedQuotaAndALineAgentsExcessiveForce() {
    String answer = run();
    for (String heading :
        List.of(
            "# Can a line agent be held accountable for missed quota?",
            "# Can a field office manager be held accountable for missed quota?",
            "# Can a senior official be held accountable for missed quota?",
            "# Can a line agent be held accountable for excessive force?")) {
      assertTrue(answer.contains("\n" + heading + "\n"), heading);
    }
    assertEquals(3, count(answer, "(?m)^\\*\\*Verdict: ADMINISTRATIVE_OR_POLITICAL_ONLY\\.\\*\\*"));
    assertEquals(1, count(answer, "(?m)^\\*\\*Verdict: CRIMINAL_OR_CIVIL_IN_LAW_ONLY\\.\\*\\*"));
    assertEquals(4, count(answer, "(?m)^## Before you quote this$"));
  }

  @Test
  void everyExplanationEndsWithItsNumberedReferences() {
    String answer = run();
    assertEquals(4, count(answer, "(?m)^## References$"));
    for (String section : answer.split("\n---\n", -1)) {
      if (!section.contains("# Can a ")) {
        continue;
      }
      String references = section.substring(section.indexOf("## References"));
      assertTrue(references.contains("\n1. "), "numbered references");
      Matcher cited =
          Pattern.compile("\\[(\\d+)]")
              .matcher(section.substring(0, section.indexOf("## References")));
      while (cited.find()) {
        assertTrue(
            references.contains("\n" + cited.group(1) + ". "),
            "reference " + cited.group(1) + " resolves");
      }
    }
    assertTrue(answer.contains("Egbert v. Boule"), "the restriction of damages suits is cited");
  }

  @Test
  void explainsOneRoleAndConductAsOfADay() {
    String answer = run("FIELD_OFFICE_MANAGER", "missed_quota", "2025-03-01");
    assertTrue(answer.startsWith("FIELD_OFFICE_MANAGER x MISSED_QUOTA as of 2025-03-01: "), answer);
    assertTrue(
        answer.contains("# Can a field office manager be held accountable for missed quota?"));
    assertTrue(answer.contains("## References"));
    assertTrue(answer.contains("## How the answer changed"), "up to the day");
    assertFalse(answer.contains("| 2025-10-28 |"), "a change after the day is left out");
    assertEquals(
        Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY,
        AskTheQuestion.explained(CaseStudies.iceDeportationQuotas()).get(1).verdict());
  }

  @Test
  void rejectsArgumentsItCannotRead() {
    IllegalArgumentException role =
        assertThrows(IllegalArgumentException.class, () -> run("JANITOR", "MISSED_QUOTA"));
    String message = String.valueOf(role.getMessage());
    assertTrue(message.contains("'JANITOR' is not a role of this case study"), message);
    assertTrue(message.contains("Usage: AskTheQuestion"), message);
    assertThrows(IllegalArgumentException.class, () -> run("LINE_AGENT"));
    assertThrows(IllegalArgumentException.class, () -> run("LINE_AGENT", "MISSED_QUOTA", "March"));
  }

  /**
   * The whole ICE answer, pinned byte for byte: the golden file was printed by the library before
   * roles and conducts became open vocabularies and the NYPD case study was added.
   */
  @Test
  void theIceAnswerIsUnchanged() throws java.io.IOException {
    try (java.io.InputStream in = getClass().getResourceAsStream("/golden/ice-answer.md")) {
      assertEquals(
          new String(java.util.Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8),
          run());
    }
  }

  @Test
  void answersTheNypdQuestionWithItsOwnVocabulary() {
    String answer = run("nypd");
    assertTrue(
        answer.startsWith(
            "# Can NYPD officers or commanders be held accountable over arrest and summons quotas?\n"),
        answer);
    assertTrue(
        answer.contains(
            "| supervisor | penalizing missed quota | NONE | CONDITIONAL | IN_LAW | NONE |"
                + " **ADMINISTRATIVE_OR_POLITICAL_ONLY** |"),
        answer);
    assertTrue(answer.contains("| line agent | issuing baseless summonses |"), answer);
    assertTrue(answer.contains("\n# Can a line agent be held accountable for missed quota?\n"));
    assertTrue(answer.contains("## What protects them"), answer);
    assertEquals(4, count(answer, "(?m)^## References$"));
  }

  @Test
  void explainsOneNypdRoleAndConductAsOfADay() {
    String answer = run("nypd", "SUPERVISOR", "retaliating against whistleblower", "2015-06-01");
    assertTrue(
        answer.startsWith("SUPERVISOR x RETALIATING_AGAINST_WHISTLEBLOWER as of 2015-06-01: "),
        answer);
    assertTrue(answer.contains("outcome as it stands: reinstated on appeal"), answer);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> run("nypd", "LINE_AGENT", "SPEEDING"));
    assertTrue(String.valueOf(e.getMessage()).contains("ISSUING_BASELESS_SUMMONS"), e.getMessage());
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}

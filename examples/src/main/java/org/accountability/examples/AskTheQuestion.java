package org.accountability.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Assessment;
import org.accountability.framework.PathwayStatus;
import org.accountability.framework.Verdict;
import org.accountability.model.Conduct;
import org.accountability.model.Role;

/**
 * Prints the cited Markdown answer to a bundled case study's question: by default the ICE case
 * study's "Can ICE agents be held accountable for not meeting deportation quotas?", with {@code
 * nypd} first the NYPD case study's. First a table of verdicts for every role the framework covers
 * and every conduct of its vocabulary, then {@link Assessment#explain()} for the answers the
 * explainer turns on, each with its numbered references.
 *
 * <p>Run it from the repository root:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Pask
 * ./mvnw -q -pl examples -am compile -Pask -Dexec.args=nypd
 * }</pre>
 *
 * <p>With {@code -Dexec.args="FIELD_OFFICE_MANAGER MISSED_QUOTA 2025-03-01"} (or {@code "nypd
 * SUPERVISOR RETALIATING_AGAINST_WHISTLEBLOWER 2015-06-01"}) it explains one role and conduct,
 * optionally as of a day, with how the answer changed over time.
 */
public final class AskTheQuestion {
  private AskTheQuestion() {}

  /**
   * The assessments explained in full by default. For the ICE case study: every rank for a missed
   * quota, and a line agent's excessive force. For the NYPD case study: a line officer's missed
   * quota, a commander's penalty for one, a supervisor's retaliation against a whistleblower, and a
   * commander's baseless summonses. For any other framework: each covered role for each conduct it
   * declares unlawful.
   *
   * @param framework the framework to assess
   * @return the assessments, in the order printed
   */
  public static List<Assessment> explained(AccountabilityFramework framework) {
    List<Assessment> out = new ArrayList<>();
    if (framework.equals(CaseStudies.iceDeportationQuotas())) {
      for (Role role : framework.coveredRoles()) {
        out.add(framework.assess(role, Conduct.MISSED_QUOTA));
      }
      out.add(framework.assess(Role.LINE_AGENT, Conduct.EXCESSIVE_FORCE));
    } else if (framework.equals(CaseStudies.nypdQuotas())) {
      out.add(framework.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA));
      out.add(framework.assess(Role.FIELD_OFFICE_MANAGER, Conduct.PENALIZING_MISSED_QUOTA));
      out.add(framework.assess(Role.SUPERVISOR, Conduct.RETALIATING_AGAINST_WHISTLEBLOWER));
      out.add(
          framework.assess(
              Role.FIELD_OFFICE_MANAGER,
              framework.conduct("ISSUING_BASELESS_SUMMONS").orElseThrow()));
    } else {
      for (Role role : framework.coveredRoles()) {
        for (Conduct conduct : framework.unlawfulConducts()) {
          out.add(framework.assess(role, conduct));
        }
      }
    }
    return out;
  }

  /**
   * The whole answer as Markdown: the question, a verdict table for every role the framework covers
   * and every conduct of its vocabulary, the short answer per conduct, then the explanation of each
   * of {@link #explained(AccountabilityFramework)}.
   *
   * @param framework the framework to assess
   * @return the Markdown text
   */
  public static String answer(AccountabilityFramework framework) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(framework.question().orElse(framework.title())).append("\n\n");
    out.append("Framework: ")
        .append(framework.title())
        .append(". Agency: ")
        .append(framework.agency())
        .append(".\n\n");
    out.append("## Verdicts\n\n");
    List<Assessment> all = new ArrayList<>();
    for (Role role : framework.coveredRoles()) {
      for (Conduct conduct : framework.conducts()) {
        all.add(framework.assess(role, conduct));
      }
    }
    out.append(verdictTable(all)).append('\n');
    out.append("In short (a route in law is not a consequence anyone suffered):\n\n");
    for (Conduct conduct : framework.conducts()) {
      out.append("- **")
          .append(conduct.readableName())
          .append("**: ")
          .append(shortAnswer(all, conduct))
          .append('\n');
    }
    out.append("\nWhat the verdicts mean, for individuals in the role:\n\n");
    for (Verdict verdict : Verdict.values()) {
      out.append("- ").append(verdict).append(": ").append(verdict.meaning()).append(".\n");
    }
    out.append("\nWhat the statuses mean:\n\n");
    for (PathwayStatus status : PathwayStatus.values()) {
      out.append("- ").append(status).append(": ").append(status.meaning()).append(".\n");
    }
    out.append('\n');
    for (Assessment assessment : explained(framework)) {
      out.append("---\n\n").append(assessment.explain()).append('\n');
    }
    return out.toString();
  }

  /**
   * A Markdown table with one row per assessment: role, conduct, the status of each liability and
   * the verdict.
   *
   * @param assessments the assessments
   * @return the table
   */
  public static String verdictTable(List<Assessment> assessments) {
    List<String> headers = new ArrayList<>(List.of("Role", "Conduct"));
    List<List<String>> rows = new ArrayList<>();
    if (!assessments.isEmpty()) {
      for (Assessment.Pathway p : assessments.get(0).pathways()) {
        headers.add(capitalized(p.liability().name()));
      }
    }
    headers.add("Verdict");
    for (Assessment a : assessments) {
      List<String> row =
          new ArrayList<>(List.of(a.role().readableName(), a.conduct().readableName()));
      for (Assessment.Pathway p : a.pathways()) {
        row.add(p.status().name());
      }
      row.add("**" + a.verdict() + "**");
      rows.add(row);
    }
    return Tables.markdown(headers, rows);
  }

  /**
   * One conduct's answer in words: the verdict for each group of roles, then which liabilities are
   * documented, in law only, conditional or restricted, and for whom.
   */
  static String shortAnswer(List<Assessment> all, Conduct conduct) {
    Map<Verdict, List<String>> rolesByVerdict = new LinkedHashMap<>();
    for (Assessment a : all) {
      if (a.conduct().equals(conduct)) {
        rolesByVerdict
            .computeIfAbsent(a.verdict(), v -> new ArrayList<>())
            .add(a.role().readableName() + "s");
      }
    }
    StringBuilder out =
        new StringBuilder(
                rolesByVerdict.entrySet().stream()
                    .map(e -> e.getKey() + " for " + inWords(e.getValue()))
                    .collect(Collectors.joining("; ")))
            .append('.');
    Map<PathwayStatus, String> words =
        Map.of(
            PathwayStatus.DOCUMENTED, "Documented",
            PathwayStatus.IN_LAW, "In law, no use documented",
            PathwayStatus.CONDITIONAL, "Conditional on facts the sources do not establish",
            PathwayStatus.RESTRICTED, "Restricted in law");
    for (PathwayStatus status :
        List.of(
            PathwayStatus.DOCUMENTED,
            PathwayStatus.IN_LAW,
            PathwayStatus.CONDITIONAL,
            PathwayStatus.RESTRICTED)) {
      Map<String, List<String>> rolesByLiability = new LinkedHashMap<>();
      for (Assessment a : all) {
        if (!a.conduct().equals(conduct)) {
          continue;
        }
        for (Assessment.Pathway p : a.pathways()) {
          if (p.status() == status) {
            rolesByLiability
                .computeIfAbsent(
                    p.liability().name().toLowerCase(Locale.ROOT), l -> new ArrayList<>())
                .add(a.role().readableName() + "s");
          }
        }
      }
      if (!rolesByLiability.isEmpty()) {
        out.append(' ')
            .append(words.get(status))
            .append(": ")
            .append(
                rolesByLiability.entrySet().stream()
                    .map(e -> e.getKey() + " for " + inWords(e.getValue()))
                    .collect(Collectors.joining("; ")))
            .append('.');
      }
    }
    return out.toString();
  }

  private static String inWords(List<String> items) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  private static String capitalized(String constant) {
    String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /**
   * Runs the example: with no arguments prints {@link #answer(AccountabilityFramework)} for the ICE
   * case study; with {@code ROLE CONDUCT [YYYY-MM-DD]} prints that one assessment, as of the day
   * when given. A first argument {@code nypd} (or {@code ice}) chooses the case study.
   *
   * @param args the arguments
   * @param out where to print
   * @throws IllegalArgumentException for arguments it cannot read, with the usage
   */
  public static void run(List<String> args, PrintStream out) {
    List<String> rest = new ArrayList<>(args);
    AccountabilityFramework framework = CaseStudies.iceDeportationQuotas();
    if (!rest.isEmpty() && rest.get(0).equalsIgnoreCase("nypd")) {
      framework = CaseStudies.nypdQuotas();
      rest.remove(0);
    } else if (!rest.isEmpty() && rest.get(0).equalsIgnoreCase("ice")) {
      rest.remove(0);
    }
    if (rest.isEmpty()) {
      out.print(answer(framework));
      return;
    }
    if (rest.size() < 2 || rest.size() > 3) {
      throw usage("expected no arguments, or ROLE CONDUCT [YYYY-MM-DD]");
    }
    AccountabilityFramework f = framework;
    Role role =
        f.role(term(rest.get(0)))
            .orElseThrow(
                () ->
                    usage(
                        "'"
                            + rest.get(0)
                            + "' is not a role of this case study;"
                            + " use one of "
                            + f.roles()));
    Conduct conduct =
        f.conduct(term(rest.get(1)))
            .orElseThrow(
                () ->
                    usage(
                        "'"
                            + rest.get(1)
                            + "' is not a conduct of this case study;"
                            + " use one of "
                            + f.conducts()));
    Assessment assessment;
    if (rest.size() == 3) {
      try {
        assessment = f.assess(role, conduct, LocalDate.parse(rest.get(2)));
      } catch (DateTimeParseException e) {
        throw usage("'" + rest.get(2) + "' is not a day such as 2025-03-01");
      }
    } else {
      assessment = f.assess(role, conduct);
    }
    out.println(assessment);
    out.println();
    out.print(assessment.explainWithTimeline());
  }

  private static String term(String text) {
    return text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
  }

  private static IllegalArgumentException usage(String problem) {
    return new IllegalArgumentException(
        problem + ". Usage: AskTheQuestion [ice|nypd] [ROLE CONDUCT [YYYY-MM-DD]]");
  }

  /**
   * Prints the answer to standard output.
   *
   * @param args none, or {@code [ice|nypd] [ROLE CONDUCT [YYYY-MM-DD]]}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(List.of(args), out);
    out.flush();
  }
}

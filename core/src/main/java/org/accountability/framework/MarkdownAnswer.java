package org.accountability.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Directive;
import org.accountability.model.Fact;
import org.accountability.model.Inference;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PersonnelAction;

/**
 * Renders an {@link Assessment} as cited Markdown. References are numbered in order of first use;
 * every line stating a fact ends with the numbers of the sources it rests on. In an answer as of a
 * day, only sources shown by then are cited.
 */
final class MarkdownAnswer {
  private final Assessment a;
  private final AccountabilityFramework f;
  private final AsOf time;
  private final Map<String, Integer> numbers = new LinkedHashMap<>();
  private final StringBuilder out = new StringBuilder();

  private MarkdownAnswer(Assessment assessment) {
    this.a = assessment;
    this.f = assessment.framework();
    this.time = assessment.time();
  }

  static String render(Assessment assessment, Optional<Timeline> timeline) {
    return new MarkdownAnswer(assessment).render(timeline);
  }

  private String render(Optional<Timeline> timeline) {
    String role = a.role().readableName();
    out.append("# Can ")
        .append(article(role))
        .append(' ')
        .append(role)
        .append(" be held accountable for ")
        .append(a.conduct().readableName())
        .append("?\n\n");
    out.append("Framework: ").append(f.title()).append(". Agency: ").append(f.agency()).append('.');
    a.asOf()
        .ifPresent(
            d ->
                out.append(" As of ")
                    .append(d)
                    .append(
                        ": only facts known and sources published by that day are used, and"
                            + " every outcome is shown as it stood then."));
    out.append("\n\n## Before you quote this\n\n");
    for (Assessment.Note n : a.caveats()) {
      out.append("- ").append(n.text()).append(cite(n.citations())).append('\n');
    }
    out.append('\n');
    out.append("**Verdict: ")
        .append(a.verdict())
        .append(".** ")
        .append(a.verdictTrace().reason())
        .append("\n\n");
    out.append(
        "| Liability | What it means | Status for individuals in the role | What the status means |\n");
    out.append("|---|---|---|---|\n");
    for (Assessment.Pathway p : a.pathways()) {
      out.append("| ")
          .append(title(p.liability()))
          .append(" | ")
          .append(p.liability().description())
          .append(" | ")
          .append(p.status())
          .append(" | ")
          .append(p.status().meaning())
          .append(" |\n");
    }
    out.append('\n');
    targets();
    protections();
    for (Assessment.Pathway p : a.pathways()) {
      pathway(p);
    }
    if (!a.claims().isEmpty()) {
      out.append("## Claims and their sources\n\n");
      for (Claim c : a.claims()) {
        claim(c);
      }
      out.append('\n');
    }
    timeline.ifPresent(this::timeline);
    out.append("## References\n\n");
    for (Map.Entry<String, Integer> e : numbers.entrySet()) {
      String line =
          f.citation(e.getKey()).map(Citation::referenceLine).orElse("(missing citation)");
      out.append(e.getValue()).append(". ").append(line).append('\n');
    }
    return out.toString();
  }

  private void targets() {
    if (a.directives().isEmpty()) {
      return;
    }
    String role = a.role().readableName();
    out.append("## The targets\n\n");
    boolean toRole =
        a.directives().stream().anyMatch(d -> d.addressee().role().equals(Optional.of(a.role())));
    if (!toRole) {
      out.append("No target in the sources is addressed to ")
          .append(role)
          .append("s; these are addressed to others.\n\n");
    }
    Map<Directive.Denial, List<String>> denials = new LinkedHashMap<>();
    for (Directive d : a.directives()) {
      directive(d);
      for (Directive.Denial denial : d.denials()) {
        if (time.shows(denial.citation())) {
          denials.computeIfAbsent(denial, k -> new ArrayList<>()).add(d.summary());
        }
      }
    }
    for (Map.Entry<Directive.Denial, List<String>> e : denials.entrySet()) {
      out.append("- Officially denied: ")
          .append(AssessmentRules.stripStop(e.getKey().statement()))
          .append(" (bears on ")
          .append(
              e.getValue().size() == a.directives().size() && e.getValue().size() > 1
                  ? "every target above"
                  : e.getValue().size() == 1
                      ? "the target \"" + e.getValue().get(0) + "\""
                      : e.getValue().size() + " of the targets above")
          .append(").")
          .append(cite(List.of(e.getKey().citation())))
          .append('\n');
    }
    out.append('\n');
  }

  private void protections() {
    if (a.protections().isEmpty()) {
      return;
    }
    out.append("## What protects them\n\n");
    for (LegalRoute r : a.protections()) {
      out.append("- ")
          .append(AssessmentRules.stripStop(r.name()))
          .append(": ")
          .append(Caveats.remedyClause(r))
          .append(". Brought by: ")
          .append(
              String.join(", ", r.claimants().stream().map(x -> x.readableName() + "s").toList()))
          .append(", the party it protects.")
          .append(cite(r.citations()))
          .append('\n');
      routeDetails(r);
    }
    out.append('\n');
  }

  private void directive(Directive d) {
    out.append("- ");
    d.effective().ifPresent(e -> out.append("From ").append(e.toReadableString()).append(": "));
    out.append(d.summary());
    d.target().ifPresent(t -> out.append(" (").append(t).append(')'));
    out.append("; issued by ").append(d.issuer()).append(" to ").append(d.addressee()).append('.');
    d.announcedAccountability().ifPresent(x -> out.append(" Announced: ").append(x).append('.'));
    d.supersedes()
        .flatMap(s -> f.entity(s.directive()).map(Directive.class::cast))
        .ifPresent(
            s ->
                out.append(" It ")
                    .append(d.supersedes().get().raises() ? "raises" : "replaces")
                    .append(": ")
                    .append(s.summary())
                    .append('.'));
    out.append(cite(d.citations())).append('\n');
  }

  private void pathway(Assessment.Pathway p) {
    out.append("## ").append(title(p.liability())).append(": ").append(p.status()).append("\n\n");
    out.append("Rule `").append(p.trace().rule()).append("`: ").append(p.trace().reason());
    out.append(cite(citationsOf(p.trace().evidence()))).append("\n\n");
    int before = out.length();
    for (Fact x : p.documented()) {
      out.append("- Documented: ").append(instance(x)).append(cite(x.citations())).append('\n');
      details(x);
    }
    for (LegalRoute r : p.routes()) {
      out.append("- Route, ")
          .append(p.statusOf(r))
          .append(": ")
          .append(route(r))
          .append(cite(r.citations()))
          .append('\n');
      routeDetails(r);
    }
    if (!p.enforcingBodies().isEmpty()) {
      List<String> names = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (OversightBody b : p.enforcingBodies()) {
        names.add(b.name());
        ids.addAll(b.citations());
      }
      out.append("- Who can start or decide these routes (not a report that they did): ")
          .append(String.join("; ", names))
          .append('.')
          .append(cite(ids))
          .append('\n');
    }
    for (Fact x : p.notCounted()) {
      out.append("- Not counted: ")
          .append(instance(x))
          .append(
              ": only a decided consequence whose link to the conduct the sources state"
                  + " documents accountability.")
          .append(cite(x.citations()))
          .append('\n');
      details(x);
    }
    for (LegalRoute r : p.institutionalRoutes()) {
      out.append("- Route against the institution: ")
          .append(route(r))
          .append(cite(r.citations()))
          .append('\n');
      routeDetails(r);
    }
    for (Fact x : p.institutionalProceedings()) {
      out.append("- Proceeding against the institution: ")
          .append(instance(x))
          .append(cite(x.citations()))
          .append('\n');
      details(x);
    }
    if (out.length() > before) {
      out.append('\n');
    }
  }

  private void routeDetails(LegalRoute r) {
    LegalRoute.Availability availability = time.availability(r);
    r.restriction()
        .filter(x -> availability != LegalRoute.Availability.OPEN)
        .ifPresent(
            why ->
                out.append(
                        availability == LegalRoute.Availability.PROPOSED
                            ? "  - Proposed, not law: "
                            : "  - Restricted in law: ")
                    .append(AssessmentRules.stripStop(why))
                    .append('.')
                    .append(cite(r.restrictedBy()))
                    .append('\n'));
    if (!r.remedies().isEmpty() && !a.protections().contains(r)) {
      out.append("  - What it can yield: ")
          .append(
              String.join(
                  ", ",
                  r.remedies().stream()
                      .map(org.accountability.model.Remedy::readableName)
                      .toList()))
          .append(
              r.claimants().isEmpty()
                      || r.remedies().contains(org.accountability.model.Remedy.DAMAGES)
                  ? ""
                  : "; not damages")
          .append('.')
          .append(cite(r.citations()))
          .append('\n');
    }
    for (LegalRoute.Precondition pc : r.preconditionsFor(a.role(), a.conduct())) {
      LegalRoute.Precondition.Status status = time.status(pc);
      out.append("  - Precondition, ")
          .append(
              status == pc.status()
                  ? status.readableName() + " by the sources: "
                  : "not yet established by the sources published by that day: ")
          .append(AssessmentRules.stripStop(pc.statement()))
          .append('.')
          .append(cite(pc.citations()))
          .append('\n');
    }
    for (LegalRoute.Hurdle h : r.hurdlesFor(a.role())) {
      out.append("  - Hurdle (")
          .append(h.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append("): ")
          .append(AssessmentRules.stripStop(h.description()))
          .append('.')
          .append(cite(h.citations()))
          .append('\n');
    }
    r.substitution()
        .ifPresent(
            s ->
                out.append("  - Answers in place of the individual: ")
                    .append(AssessmentRules.stripStop(s.description()))
                    .append('.')
                    .append(cite(s.citations()))
                    .append('\n'));
    r.appeal()
        .ifPresent(
            x ->
                out.append(x.available() ? "  - Appeal: " : "  - No appeal: ")
                    .append(AssessmentRules.stripStop(x.description()))
                    .append('.')
                    .append(cite(x.citations()))
                    .append('\n'));
  }

  private void details(Fact x) {
    if (x instanceof PersonnelAction pa) {
      out.append("  - Reason, as the sources give it: ")
          .append(AssessmentRules.stripStop(pa.reason()))
          .append('.')
          .append(cite(x.citations()))
          .append('\n');
      for (Inference i : pa.inferences()) {
        out.append("  - Inference, not stated by the sources (")
            .append(i.attribute())
            .append("): ")
            .append(AssessmentRules.stripStop(i.note()))
            .append(".\n");
      }
      pa.officialResponse()
          .ifPresent(
              r ->
                  out.append("  - Official response: ")
                      .append(r)
                      .append(cite(x.citations()))
                      .append('\n'));
    } else if (x instanceof OversightAction oa) {
      for (OversightAction.OutcomeStep step : oa.outcomes()) {
        if (!time.happened(step.date()) || time.shown(step.citations()).isEmpty()) {
          continue;
        }
        out.append("  - Outcome: ").append(step.outcome().readableName());
        step.date().ifPresent(d -> out.append(", ").append(d.toReadableString()));
        step.detail().ifPresent(d -> out.append(": ").append(AssessmentRules.stripStop(d)));
        if (!step.grounds().isEmpty()) {
          out.append("; grounds: ")
              .append(
                  String.join(
                      ", ",
                      step.grounds().stream().map(OversightAction.Ground::readableName).toList()));
        }
        if (!step.yields().isEmpty()) {
          out.append("; it yielded: ")
              .append(
                  String.join(
                      ", ",
                      step.yields().stream()
                          .map(org.accountability.model.Remedy::readableName)
                          .toList()));
        }
        out.append('.').append(cite(step.citations())).append('\n');
      }
    }
  }

  private String instance(Fact x) {
    StringBuilder s = new StringBuilder(AssessmentRules.stripStop(x.label()));
    if (x instanceof PersonnelAction pa) {
      s.append(" (").append(pa.status().readableName());
      pa.date().ifPresent(d -> s.append(", ").append(d.toReadableString()));
      s.append(')');
    } else if (x instanceof OversightAction oa) {
      OversightBody body = f.index().bodyOfAction.get(oa.id());
      List<String> parts = new ArrayList<>();
      if (body != null) {
        parts.add(body.name());
      }
      oa.date().ifPresent(d -> parts.add(d.toReadableString()));
      parts.add(
          "outcome as it stands: "
              + time.outcome(oa).map(o -> o.outcome().readableName()).orElse("none reported yet"));
      s.append(" (").append(String.join(", ", parts)).append(')');
    }
    return s.toString();
  }

  private static String route(LegalRoute r) {
    return AssessmentRules.stripStop(r.name())
        + "; decided by "
        + r.forum()
        + "; started by "
        + r.initiatedBy()
        + "; standard of proof: "
        + r.standardOfProof().orElse("not stated in the sources")
        + ".";
  }

  private void claim(Claim c) {
    out.append("- **")
        .append(c.id())
        .append("** (")
        .append(time.status(c).name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append(") ")
        .append(c.statement());
    List<String> supports = time.shown(c.citations(Claim.Stance.SUPPORTS));
    out.append(supports.isEmpty() ? "" : " Supported by" + cite(supports) + ".");
    List<String> both = time.shown(c.citations(Claim.Stance.REPORTS_BOTH));
    if (!both.isEmpty()) {
      out.append(" Reported with both sides by").append(cite(both)).append('.');
    }
    List<String> against = time.shown(c.citations(Claim.Stance.CONTRADICTS));
    if (!against.isEmpty()) {
      out.append(" Contradicted by").append(cite(against)).append('.');
    }
    out.append('\n');
    c.absenceOfEvidence()
        .ifPresent(
            x ->
                out.append("  - Absence of evidence, not proof: ")
                    .append(x)
                    .append(" Nothing found confirms or refutes it.\n"));
  }

  private void timeline(Timeline t) {
    List<Timeline.Change> changes = a.asOf().map(t::until).orElse(t.changes());
    out.append("## How the answer changed\n\n");
    out.append("At first (as of ")
        .append(t.initial().asOf().map(java.time.LocalDate::toString).orElse(""))
        .append(", before the framework's earliest date): ")
        .append(Timeline.statuses(t.initial()))
        .append(".\n\n");
    if (changes.isEmpty()) {
      out.append("No change.\n\n");
      return;
    }
    out.append("| Day | What | From | To | Because of |\n|---|---|---|---|---|\n");
    for (Timeline.Change c : changes) {
      out.append("| ")
          .append(c.day())
          .append(" | ")
          .append(c.subject())
          .append(" | ")
          .append(c.from())
          .append(" | ")
          .append(c.to())
          .append(" | ")
          .append(String.join(", ", c.facts()))
          .append(cite(c.citations()))
          .append(" |\n");
    }
    out.append('\n');
  }

  private List<String> citationsOf(List<String> entityIds) {
    List<String> ids = new ArrayList<>();
    for (String id : entityIds) {
      f.entity(id)
          .filter(Fact.class::isInstance)
          .map(Fact.class::cast)
          .ifPresent(x -> ids.addAll(x.citations()));
    }
    return ids;
  }

  /** The numbers of the citations shown as of the answer's day, in ascending order. */
  private String cite(List<String> citationIds) {
    TreeSet<Integer> cited = new TreeSet<>();
    for (String id : time.shown(citationIds)) {
      cited.add(numbers.computeIfAbsent(id, k -> numbers.size() + 1));
    }
    StringBuilder s = new StringBuilder();
    for (int n : cited) {
      s.append(" [").append(n).append(']');
    }
    return s.toString();
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String title(LiabilityType t) {
    String name = t.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}

package org.accountability.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Directive;
import org.accountability.model.Fact;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PersonnelAction;

/**
 * Renders an {@link Assessment} as cited Markdown. References are numbered in order of first use;
 * every line stating a fact ends with the numbers of the sources it rests on.
 */
final class MarkdownAnswer {
  private final Assessment a;
  private final AccountabilityFramework f;
  private final Map<String, Integer> numbers = new LinkedHashMap<>();
  private final StringBuilder out = new StringBuilder();

  private MarkdownAnswer(Assessment assessment) {
    this.a = assessment;
    this.f = assessment.framework();
  }

  static String render(Assessment assessment) {
    return new MarkdownAnswer(assessment).render();
  }

  private String render() {
    String role = a.role().readableName();
    String conduct = a.conduct().readableName();
    out.append("# Can a ").append(role).append(" be held accountable for ").append(conduct)
        .append("?\n\n");
    out.append("Framework: ").append(f.title()).append(". Agency: ").append(f.agency()).append('.');
    a.asOf().ifPresent(d -> out.append(" As of ").append(d).append(": later records are left out."));
    out.append("\n\n");
    out.append("**Verdict: ").append(a.verdict()).append(".** ").append(a.verdictTrace().reason())
        .append("\n\n");
    out.append("| Liability | Status for the individual |\n|---|---|\n");
    for (Assessment.Pathway p : a.pathways()) {
      out.append("| ").append(title(p.liability())).append(" | ").append(p.status()).append(" |\n");
    }
    out.append('\n');
    if (!a.directives().isEmpty()) {
      out.append("## The targets\n\n");
      for (Directive d : a.directives()) {
        directive(d);
      }
      out.append('\n');
    }
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
    out.append("## References\n\n");
    for (Map.Entry<String, Integer> e : numbers.entrySet()) {
      String line =
          f.citation(e.getKey()).map(Citation::referenceLine).orElse("(missing citation)");
      out.append(e.getValue()).append(". ").append(line).append('\n');
    }
    return out.toString();
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
    for (Directive.Denial denial : d.denials()) {
      out.append("  - Officially denied: ")
          .append(denial.statement())
          .append('.')
          .append(cite(List.of(denial.citation())))
          .append('\n');
    }
  }

  private void pathway(Assessment.Pathway p) {
    out.append("## ").append(title(p.liability())).append(": ").append(p.status()).append("\n\n");
    out.append("Rule `").append(p.trace().rule()).append("`: ").append(p.trace().reason());
    out.append(cite(citationsOf(p.trace().evidence()))).append("\n\n");
    int before = out.length();
    for (Fact x : p.documented()) {
      out.append("- Documented: ").append(instance(x)).append(cite(x.citations())).append('\n');
      response(x);
    }
    for (LegalRoute r : p.routes()) {
      out.append("- Route: ").append(route(r)).append(cite(r.citations())).append('\n');
      r.restriction()
          .ifPresent(
              why -> out.append("  - Restricted: ").append(why).append(cite(r.restrictedBy())).append('\n'));
    }
    if (!p.enforcingBodies().isEmpty()) {
      List<String> names = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (OversightBody b : p.enforcingBodies()) {
        names.add(b.name());
        ids.addAll(b.citations());
      }
      out.append("- Enforced by: ").append(String.join("; ", names)).append('.').append(cite(ids)).append('\n');
    }
    for (Fact x : p.notCounted()) {
      out.append("- Not counted: ")
          .append(instance(x))
          .append(": only announced or carried-out sanctions document accountability.")
          .append(cite(x.citations()))
          .append('\n');
    }
    for (LegalRoute r : p.institutionalRoutes()) {
      out.append("- Institutional route: ").append(route(r)).append(cite(r.citations())).append('\n');
    }
    for (Fact x : p.institutionalProceedings()) {
      out.append("- Proceeding against the institution: ").append(instance(x)).append(cite(x.citations())).append('\n');
    }
    if (out.length() > before) {
      out.append('\n');
    }
  }

  private void response(Fact x) {
    if (x instanceof PersonnelAction personnelAction) {
      personnelAction
          .officialResponse()
          .ifPresent(r -> out.append("  - Official response: ").append(r).append(cite(x.citations())).append('\n'));
    }
  }

  private String instance(Fact x) {
    StringBuilder s = new StringBuilder(x.label());
    if (x instanceof PersonnelAction pa) {
      s.append(" (").append(pa.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      pa.date().ifPresent(d -> s.append(", ").append(d.toReadableString()));
      s.append(')');
    } else if (x instanceof OversightAction oa) {
      OversightBody body = f.index().bodyOfAction.get(oa.id());
      s.append(" (");
      if (body != null) {
        s.append(body.name()).append(", ");
      }
      oa.date().ifPresent(d -> s.append(d.toReadableString()).append(", "));
      s.append("outcome: ").append(oa.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      oa.outcomeDetail().ifPresent(d -> s.append("; ").append(d));
      s.append(')');
    }
    return s.toString();
  }

  private static String route(LegalRoute r) {
    return r.name()
        + "; decided by "
        + r.forum()
        + "; started by "
        + r.initiatedBy()
        + "; standard of proof: "
        + r.standardOfProof().orElse("not stated in the sources")
        + "; "
        + r.availability().name().toLowerCase(Locale.ROOT)
        + ".";
  }

  private void claim(Claim c) {
    out.append("- **").append(c.id()).append("** (").append(c.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append(") ").append(c.statement());
    List<String> supports = c.citations(Claim.Stance.SUPPORTS);
    out.append(supports.isEmpty() ? "" : " Supported by" + cite(supports) + ".");
    List<String> both = c.citations(Claim.Stance.REPORTS_BOTH);
    if (!both.isEmpty()) {
      out.append(" Reported with both sides by").append(cite(both)).append('.');
    }
    List<String> against = c.citations(Claim.Stance.CONTRADICTS);
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

  private String cite(List<String> citationIds) {
    StringBuilder s = new StringBuilder();
    List<Integer> seen = new ArrayList<>();
    for (String id : citationIds) {
      int n = numbers.computeIfAbsent(id, k -> numbers.size() + 1);
      if (!seen.contains(n)) {
        seen.add(n);
        s.append(" [").append(n).append(']');
      }
    }
    return s.toString();
  }

  private static String title(LiabilityType t) {
    String name = t.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}

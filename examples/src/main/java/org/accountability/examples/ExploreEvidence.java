package org.accountability.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Evidence;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.Fact;

/**
 * Walks the case study's evidence: which sources support which facts ({@link
 * Evidence#supportedBy(String)}), the contested claims with each official denial beside them
 * ({@link Evidence#contestedClaims()}, {@link Directive#denials()}), and the facts that rest on a
 * single source ({@link Evidence#singleSourceFacts()}).
 *
 * <p>Run it from the repository root:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Pevidence
 * }</pre>
 *
 * <p>With {@code -Dexec.args=wapo-2025-01-26} it shows one source (what it supports and
 * contradicts); with the id of a fact, such as {@code -Dexec.args=C1}, the sources of that fact.
 */
public final class ExploreEvidence {
  private ExploreEvidence() {}

  /**
   * One row per citation that supports anything: the citation, its publisher and date, and the ids
   * of the facts it supports.
   *
   * @param framework the framework
   * @return rows of citation id, publisher, date, supported fact ids
   */
  public static List<List<String>> supportRows(AccountabilityFramework framework) {
    Evidence evidence = framework.evidence();
    List<List<String>> rows = new ArrayList<>();
    for (Citation c : framework.citations()) {
      List<Fact> facts = evidence.supportedBy(c.id());
      if (!facts.isEmpty()) {
        rows.add(
            List.of(c.id(), c.publisher(), c.date().map(Object::toString).orElse(""), ids(facts)));
      }
    }
    return rows;
  }

  /**
   * The official denials whose source contradicts the claim, or that contest a directive the claim
   * is about, as "directive: statement [source]" lines.
   *
   * @param framework the framework
   * @param contested the contested claim
   * @return the denial lines, without repeats
   */
  public static List<String> denialsBeside(
      AccountabilityFramework framework, Evidence.ContestedClaim contested) {
    Set<String> against =
        contested.contradicting().stream().map(Citation::id).collect(Collectors.toSet());
    Map<String, List<String>> directivesByDenial = new LinkedHashMap<>();
    for (Directive d : framework.directives()) {
      boolean about = contested.claim().about().contains(d.id());
      for (Directive.Denial denial : d.denials()) {
        if (about || against.contains(denial.citation())) {
          directivesByDenial
              .computeIfAbsent(
                  denial.statement() + " [" + denial.citation() + "]", k -> new ArrayList<>())
              .add(d.id());
        }
      }
    }
    List<String> lines = new ArrayList<>();
    directivesByDenial.forEach(
        (denial, ids) -> lines.add(denial + " (denies " + String.join(", ", ids) + ")"));
    return lines;
  }

  /**
   * The full report: support by source, contested claims with denials, directives officially
   * denied, and single-source facts.
   *
   * @param framework the framework
   * @return the report text
   */
  public static String report(AccountabilityFramework framework) {
    Evidence evidence = framework.evidence();
    StringBuilder out = new StringBuilder();
    out.append("Evidence in ")
        .append(framework.title())
        .append('\n')
        .append(evidence)
        .append("\n\n");

    out.append("== Which sources support which facts ==\n\n")
        .append(
            Tables.text(List.of("source", "publisher", "date", "supports"), supportRows(framework)))
        .append('\n');

    out.append("== Contested claims, with the counter-evidence beside them ==\n\n");
    for (Evidence.ContestedClaim c : evidence.contestedClaims()) {
      out.append(c.claim().id())
          .append(" (")
          .append(c.claim().status())
          .append("): ")
          .append(c.claim().statement())
          .append('\n');
      out.append("  for:     ").append(citationIds(c.supporting())).append('\n');
      out.append("  against: ").append(citationIds(c.contradicting())).append('\n');
      if (!c.reportingBoth().isEmpty()) {
        out.append("  both:    ").append(citationIds(c.reportingBoth())).append('\n');
      }
      for (String denial : denialsBeside(framework, c)) {
        out.append("  official denial: ").append(denial).append('\n');
      }
      for (Citation against : c.contradicting()) {
        out.append("  [")
            .append(against.id())
            .append("] ")
            .append(against.referenceLine())
            .append('\n');
      }
      out.append('\n');
    }

    out.append("== Directives whose existence is officially denied ==\n\n");
    for (Directive d : framework.directives().contested()) {
      out.append(d.id()).append(": ").append(d.summary()).append('\n');
      out.append("  reported by: ").append(String.join(", ", d.citations())).append('\n');
      for (Directive.Denial denial : d.denials()) {
        out.append("  denied: ")
            .append(denial.statement())
            .append(" [")
            .append(denial.citation())
            .append("]\n");
      }
    }
    out.append('\n');

    out.append("== Facts resting on a single source ==\n\n");
    List<List<String>> single = new ArrayList<>();
    for (Fact f : evidence.singleSourceFacts()) {
      single.add(
          List.of(f.id(), f.entityKind().typeName(), f.citations().get(0), shorten(text(f), 70)));
    }
    out.append(Tables.text(List.of("fact", "kind", "only source", "label"), single))
        .append(single.size())
        .append(" facts rest on one source.\n");
    return out.toString();
  }

  /**
   * The view of one entity: for a citation, the facts it supports and contradicts and the claims it
   * reports both sides of; for a fact, its sources.
   *
   * @param framework the framework
   * @param id a citation or fact id
   * @return the text
   * @throws IllegalArgumentException if no entity has the id
   */
  public static String about(AccountabilityFramework framework, String id) {
    Entity entity =
        framework
            .entity(id)
            .orElseThrow(() -> new IllegalArgumentException("no entity has the id '" + id + "'"));
    Evidence evidence = framework.evidence();
    StringBuilder out = new StringBuilder();
    if (entity instanceof Citation c) {
      out.append(c.id()).append(": ").append(c.referenceLine()).append("\n\n");
      out.append("supports:\n").append(lines(evidence.supportedBy(id)));
      out.append("contradicts:\n").append(lines(evidence.contradictedBy(id)));
      out.append("reports both sides of:\n").append(lines(evidence.reportsBothSides(id)));
    } else if (entity instanceof Fact f) {
      out.append(f.id())
          .append(" (")
          .append(f.entityKind().typeName())
          .append("): ")
          .append(text(f))
          .append("\n\n");
      out.append("sources:\n");
      for (Citation c : evidence.sourcesOf(id)) {
        String stance = f instanceof Claim claim ? stanceOf(claim, c.id()) : "";
        out.append("  ")
            .append(c.id())
            .append(stance)
            .append(": ")
            .append(c.referenceLine())
            .append('\n');
      }
    } else {
      out.append(id)
          .append(" is a ")
          .append(entity.entityKind().typeName())
          .append(", which cites nothing.\n");
    }
    return out.toString();
  }

  /** A fact's label; a claim's statement without its id, which is printed beside it. */
  private static String text(Fact fact) {
    return fact instanceof Claim claim ? claim.statement() : fact.label();
  }

  private static String stanceOf(Claim claim, String citationId) {
    return claim.sources().stream()
        .filter(s -> s.citation().equals(citationId))
        .map(s -> " (" + s.stance() + ")")
        .findFirst()
        .orElse("");
  }

  private static String lines(List<? extends Fact> facts) {
    if (facts.isEmpty()) {
      return "  (nothing)\n";
    }
    StringBuilder out = new StringBuilder();
    for (Fact f : facts) {
      out.append("  ")
          .append(f.id())
          .append(" (")
          .append(f.entityKind().typeName())
          .append("): ")
          .append(shorten(text(f), 90))
          .append('\n');
    }
    return out.toString();
  }

  private static String ids(List<? extends Entity> entities) {
    return entities.stream().map(Entity::id).collect(Collectors.joining(", "));
  }

  private static String citationIds(List<Citation> citations) {
    return citations.isEmpty() ? "(none)" : ids(citations);
  }

  private static String shorten(String text, int max) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }

  /**
   * Runs the example: the full report for the ICE case study, or with one argument the view of that
   * citation or fact.
   *
   * @param args none, or a citation or fact id
   * @param out where to print
   * @throws IllegalArgumentException for more than one argument or an unknown id
   */
  public static void run(List<String> args, PrintStream out) {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    if (args.size() > 1) {
      throw new IllegalArgumentException("Usage: ExploreEvidence [citation-or-fact-id]");
    }
    out.print(args.isEmpty() ? report(ice) : about(ice, args.get(0)));
  }

  /**
   * Prints the report to standard output.
   *
   * @param args none, or a citation or fact id
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(List.of(args), out);
    out.flush();
  }
}

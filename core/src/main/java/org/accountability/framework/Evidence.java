package org.accountability.framework;

import static java.util.Objects.requireNonNull;
import static org.accountability.framework.TextTable.column;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.Fact;
import org.accountability.model.LegalRoute;
import org.accountability.model.OversightBody;

/**
 * Evidence navigation over a framework: from a source to the facts it supports or contradicts, from
 * a fact to its sources, and the weak spots (contested claims, facts resting on one source,
 * citations nothing uses).
 *
 * <pre>{@code
 * Evidence evidence = ice.evidence();
 * evidence.supportedBy("wapo-2025-01-26");     // facts and claims it backs
 * evidence.contradictedBy("tnr-2025-08-04");  // the claims and directives it denies
 * evidence.contestedClaims();                 // each with its contradicting sources
 * evidence.singleSourceFacts();
 * }</pre>
 */
public final class Evidence {
  /**
   * A claim that some source contradicts (or that is marked contested), with its sources grouped by
   * stance.
   *
   * @param claim the claim
   * @param supporting the sources that support it
   * @param contradicting the sources that contradict it
   * @param reportingBoth the sources that report both sides
   */
  public record ContestedClaim(
      Claim claim,
      ImmutableList<Citation> supporting,
      ImmutableList<Citation> contradicting,
      ImmutableList<Citation> reportingBoth) {
    /** Checks that no component is null and copies the lists. */
    public ContestedClaim {
      requireNonNull(claim, "claim");
      supporting = ImmutableList.copyOf(requireNonNull(supporting, "supporting"));
      contradicting = ImmutableList.copyOf(requireNonNull(contradicting, "contradicting"));
      reportingBoth = ImmutableList.copyOf(requireNonNull(reportingBoth, "reportingBoth"));
    }

    @Override
    public String toString() {
      return claim.id()
          + " ("
          + claim.status()
          + "): for "
          + ids(supporting)
          + "; against "
          + ids(contradicting)
          + "; both "
          + ids(reportingBoth);
    }

    private static List<String> ids(List<Citation> citations) {
      return citations.stream().map(Citation::id).collect(ImmutableList.toImmutableList());
    }
  }

  private final AccountabilityFramework framework;

  private static final List<TextTable.Column<Fact>> FACT_COLUMNS =
      List.of(
          column("id", Fact::id),
          column("kind", f -> f.entityKind().toString()),
          column("label", Fact::label),
          column("sources", f -> TextTable.join(f.citations())));

  private static final List<TextTable.Column<ContestedClaim>> CONTESTED_COLUMNS =
      List.of(
          column("claim", c -> c.claim().id()),
          column("status", c -> c.claim().status().toString()),
          column("for", c -> TextTable.join(ContestedClaim.ids(c.supporting()))),
          column("against", c -> TextTable.join(ContestedClaim.ids(c.contradicting()))),
          column("both", c -> TextTable.join(ContestedClaim.ids(c.reportingBoth()))),
          column("statement", c -> c.claim().statement()));

  private static Results<Fact> facts(List<Fact> facts) {
    return Results.of(facts, FACT_COLUMNS, "facts");
  }

  private static Results<Citation> citations(List<Citation> citations) {
    return Results.of(citations, CitationQuery.COLUMNS, "citations");
  }

  private static Results<Claim> claims(List<Claim> claims) {
    return Results.of(claims, ClaimQuery.COLUMNS, "claims");
  }

  private static Results<ContestedClaim> contested(List<ContestedClaim> claims) {
    return Results.of(claims, CONTESTED_COLUMNS, "contested claims");
  }

  Evidence(AccountabilityFramework framework) {
    this.framework = framework;
  }

  /**
   * The facts the citation supports: every fact citing it as a source, except claims it contradicts
   * or reports both ways on, directives it denies, and routes whose restriction alone it documents.
   *
   * @param citationId the citation id
   * @return the facts, in framework order
   */
  public Results<Fact> supportedBy(String citationId) {
    requireNonNull(citationId, "citationId");
    return facts(
        framework.index().factsCiting(citationId).stream()
            .filter(f -> stanceOf(f, citationId).map(s -> s == Claim.Stance.SUPPORTS).orElse(true))
            .filter(f -> f.citations().contains(citationId))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The facts the citation contradicts: claims it contradicts and directives whose existence it
   * officially denies.
   *
   * @param citationId the citation id
   * @return the facts
   */
  public Results<Fact> contradictedBy(String citationId) {
    requireNonNull(citationId, "citationId");
    return facts(
        framework.index().factsCiting(citationId).stream()
            .filter(
                f ->
                    stanceOf(f, citationId).map(s -> s == Claim.Stance.CONTRADICTS).orElse(false)
                        || (f instanceof Directive directive
                            && directive.deniedBy().contains(citationId)))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The claims on which the citation reports both sides.
   *
   * @param citationId the citation id
   * @return the claims
   */
  public Results<Claim> reportsBothSides(String citationId) {
    requireNonNull(citationId, "citationId");
    return claims(
        framework.claims().stream()
            .filter(c -> c.citations(Claim.Stance.REPORTS_BOTH).contains(citationId))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The sources a fact rests on, in the order it cites them; for a route, its restriction's sources
   * follow; for a directive, its denials follow.
   *
   * @param factId the fact's id
   * @return the citations; empty if no fact has the id
   */
  public Results<Citation> sourcesOf(String factId) {
    requireNonNull(factId, "factId");
    Optional<Entity> entity = framework.entity(factId);
    if (entity.isEmpty() || !(entity.get() instanceof Fact fact)) {
      return citations(ImmutableList.of());
    }

    Set<String> ids = new LinkedHashSet<>(fact.citations());
    if (fact instanceof LegalRoute legalRoute) {
      ids.addAll(legalRoute.restrictedBy());
    }
    if (fact instanceof Directive directive) {
      ids.addAll(directive.deniedBy());
    }
    return citations(resolve(ids));
  }

  /**
   * Claims that any source contradicts or that are marked {@link Claim.EvidenceStatus#CONTESTED},
   * each with its sources grouped by stance: the counter-evidence beside the claim.
   *
   * @return the contested claims, in framework order
   */
  public Results<ContestedClaim> contestedClaims() {
    return contested(
        framework.claims().stream()
            .filter(
                c ->
                    c.status() == Claim.EvidenceStatus.CONTESTED
                        || !c.citations(Claim.Stance.CONTRADICTS).isEmpty())
            .map(
                c ->
                    new ContestedClaim(
                        c,
                        resolve(c.citations(Claim.Stance.SUPPORTS)),
                        resolve(c.citations(Claim.Stance.CONTRADICTS)),
                        resolve(c.citations(Claim.Stance.REPORTS_BOTH))))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Facts resting on exactly one source: the first to check when a source is retracted.
   *
   * @return the facts, in framework order
   */
  public Results<Fact> singleSourceFacts() {
    return facts(
        allFacts().stream()
            .filter(f -> new LinkedHashSet<>(f.citations()).size() == 1)
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Citations that no fact, claim, denial or restriction uses.
   *
   * @return the citations, in framework order
   */
  public Results<Citation> unusedCitations() {
    return citations(
        framework.citations().stream()
            .filter(c -> framework.index().factsCiting(c.id()).isEmpty())
            .collect(ImmutableList.toImmutableList()));
  }

  /** Every fact in framework order: each kind in turn, a body followed by its actions. */
  private ImmutableList<Fact> allFacts() {
    ImmutableList.Builder<Fact> facts = ImmutableList.builder();
    facts.addAll(framework.directiveList()).addAll(framework.personnelActionList());
    for (OversightBody body : framework.oversightBodyList()) {
      facts.add(body).addAll(body.actions());
    }
    return facts
        .addAll(framework.routeList())
        .addAll(framework.claimList())
        .addAll(framework.observationList())
        .build();
  }

  private static Optional<Claim.Stance> stanceOf(Fact fact, String citationId) {
    if (!(fact instanceof Claim claim)) {
      return Optional.empty();
    }
    return claim.sources().stream()
        .filter(s -> s.citation().equals(citationId))
        .map(Claim.Source::stance)
        .findFirst();
  }

  private ImmutableList<Citation> resolve(Iterable<String> ids) {
    ImmutableList.Builder<Citation> out = ImmutableList.builder();
    for (String id : ids) {
      framework.citation(id).ifPresent(out::add);
    }
    return out.build();
  }

  /**
   * A short summary: counts of contested claims, single-source facts and unused citations.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Evidence["
        + contestedClaims().size()
        + " contested claims, "
        + singleSourceFacts().size()
        + " single-source facts, "
        + unusedCitations().size()
        + " unused citations]";
  }
}

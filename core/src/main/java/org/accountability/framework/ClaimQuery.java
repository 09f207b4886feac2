package org.accountability.framework;

import static java.util.Objects.requireNonNull;
import static org.accountability.framework.TextTable.column;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Predicate;
import org.accountability.model.Claim;

/**
 * A query over claims.
 *
 * <pre>{@code
 * ice.claims().withStatus(Claim.EvidenceStatus.CONTESTED).list();   // C1 and C5
 * ice.claims().contradictedBy("tnr-2025-08-04").first();
 * }</pre>
 */
public final class ClaimQuery extends FactQuery<Claim, ClaimQuery> {
  static final List<TextTable.Column<Claim>> COLUMNS =
      List.of(
          column("id", Claim::id),
          column("status", c -> c.status().toString()),
          column("for", c -> Integer.toString(c.citations(Claim.Stance.SUPPORTS).size())),
          column("against", c -> Integer.toString(c.citations(Claim.Stance.CONTRADICTS).size())),
          column("both", c -> Integer.toString(c.citations(Claim.Stance.REPORTS_BOTH).size())),
          column("statement", Claim::statement));

  ClaimQuery(
      AccountabilityFramework framework,
      ImmutableList<Claim> source,
      List<Claim> candidates,
      Predicate<? super Claim> filter) {
    super(framework, source, candidates, filter);
  }

  @Override
  ClaimQuery derive(List<Claim> candidates, Predicate<? super Claim> filter) {
    return new ClaimQuery(framework, source(), candidates, filter);
  }

  @Override
  List<TextTable.Column<Claim>> columns() {
    return COLUMNS;
  }

  @Override
  String noun() {
    return "claims";
  }

  @Override
  Class<Claim> kind() {
    return Claim.class;
  }

  /**
   * Keeps claims with the evidence status.
   *
   * @param status the status
   * @return the narrowed query
   */
  public ClaimQuery withStatus(Claim.EvidenceStatus status) {
    requireNonNull(status, "status");
    return where(c -> c.status() == status);
  }

  /**
   * Keeps claims the citation supports.
   *
   * @param citationId the citation id
   * @return the narrowed query
   */
  public ClaimQuery supportedBy(String citationId) {
    requireNonNull(citationId, "citationId");
    return where(c -> c.citations(Claim.Stance.SUPPORTS).contains(citationId));
  }

  /**
   * Keeps claims the citation contradicts.
   *
   * @param citationId the citation id
   * @return the narrowed query
   */
  public ClaimQuery contradictedBy(String citationId) {
    requireNonNull(citationId, "citationId");
    return where(c -> c.citations(Claim.Stance.CONTRADICTS).contains(citationId));
  }

  /**
   * Keeps claims about the entity.
   *
   * @param entityId the entity id
   * @return the narrowed query
   */
  public ClaimQuery about(String entityId) {
    requireNonNull(entityId, "entityId");
    return where(c -> c.about().contains(entityId));
  }
}

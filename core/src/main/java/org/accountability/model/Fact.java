package org.accountability.model;

import java.util.List;
import java.util.Optional;

/**
 * An entity that states something about the world and so must cite its sources.
 *
 * <pre>{@code
 * framework.evidence().sourcesOf("feb-2025-ero-reassignments");
 * }</pre>
 */
public sealed interface Fact extends Entity
    permits Directive,
        PersonnelAction,
        OversightBody,
        OversightAction,
        LegalRoute,
        Claim,
        Observation {
  /**
   * The ids of the citations the fact rests on; a framework refuses a fact without one.
   *
   * @return the citation ids, in the order given
   */
  List<String> citations();

  /**
   * When the fact could first be known, where that differs from its sources' dates (a memo first
   * reported days after it was issued, say). Without it a fact is known from the earliest date
   * among its citations; an answer "as of" a day shows only facts known by then.
   *
   * @return the day, month or year from which the fact was known
   */
  Optional<PartialDate> knownSince();

  /**
   * A short label for tables and answers.
   *
   * @return the label
   */
  String label();
}

package org.accountability.model;

import java.util.List;

/**
 * An entity that states something about the world and so must cite its sources.
 *
 * <pre>{@code
 * framework.evidence().sourcesOf("feb-2025-ero-reassignments");
 * }</pre>
 */
public interface Fact extends Entity {
  /**
   * The ids of the citations the fact rests on; a framework refuses a fact without one.
   *
   * @return the citation ids, in the order given
   */
  List<String> citations();

  /**
   * A short label for tables and answers.
   *
   * @return the label
   */
  String label();
}

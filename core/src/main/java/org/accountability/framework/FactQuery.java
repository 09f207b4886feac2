package org.accountability.framework;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.accountability.model.Fact;

/**
 * A query over facts, which cite sources: adds {@link #citing(String)}.
 *
 * <pre>{@code
 * ice.personnelActions().citing("nyt-2025-08-06").list();
 * }</pre>
 *
 * @param <T> the fact type
 * @param <Q> the query type
 */
public abstract class FactQuery<T extends Fact, Q extends FactQuery<T, Q>>
    extends EntityQuery<T, Q> {
  FactQuery(
      AccountabilityFramework framework,
      ImmutableList<T> source,
      List<T> candidates,
      Predicate<? super T> filter) {
    super(framework, source, candidates, filter);
  }

  /** The model type of the facts queried: every fact of this type is in the source. */
  abstract Class<T> kind();

  /**
   * Keeps the facts that cite the citation (as a source, a denial or a restriction), through the
   * framework's citation index.
   *
   * @param citationId the citation id
   * @return the narrowed query
   */
  public final Q citing(String citationId) {
    requireNonNull(citationId, "citationId");
    ImmutableList<Fact> citing = framework.index().factsCiting(citationId);
    Class<T> kind = kind();
    return narrow(
        () -> {
          List<T> found = new ArrayList<>();
          for (Fact f : citing) {
            if (kind.isInstance(f)) {
              found.add(kind.cast(f));
            }
          }
          return found;
        },
        t -> citing.stream().anyMatch(f -> f == t));
  }
}

package org.accountability.framework;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.accountability.model.Entity;

/**
 * A lazy, immutable query over one kind of entity of a framework. Each filter returns a new query;
 * nothing is evaluated until a terminal method ({@link #list()}, {@link #stream()}, {@link
 * #count()}, {@link #first()}, iteration or {@link #toString()}) runs. Results keep the framework's
 * order. {@code toString()} prints the results as an aligned text table, which is what JShell
 * shows.
 *
 * <pre>{@code
 * ice.personnelActions()
 *     .against(Role.SENIOR_OFFICIAL)
 *     .withStatus(PersonnelAction.Status.CARRIED_OUT)
 *     .list();
 * }</pre>
 *
 * @param <T> the entity type
 * @param <Q> the query type, returned by filters
 */
public abstract class EntityQuery<T extends Entity, Q extends EntityQuery<T, Q>>
    implements Iterable<T> {
  /** The filter that keeps everything: a query with it needs no test per entity. */
  static final Predicate<Object> ALL = x -> true;

  final AccountabilityFramework framework;
  private final ImmutableList<T> source;

  /**
   * The entities the filter is tested on: the whole source, or the entities an index selected, a
   * subsequence of the source in its order.
   */
  private final List<T> candidates;

  private final Predicate<? super T> filter;

  EntityQuery(
      AccountabilityFramework framework,
      ImmutableList<T> source,
      List<T> candidates,
      Predicate<? super T> filter) {
    this.framework = framework;
    this.source = source;
    this.candidates = candidates;
    this.filter = filter;
  }

  final ImmutableList<T> source() {
    return source;
  }

  /** A query of the same type over the same source with the given candidates and filter. */
  abstract Q derive(List<T> candidates, Predicate<? super T> filter);

  /**
   * Narrows the query with a condition that an index answers: on the first such condition the
   * index's entities (exactly those of the source that satisfy it, in source order) become the
   * candidates; after that the condition is tested on each candidate like any other filter, so that
   * the answer is the same either way.
   *
   * @param indexed a supplier of the entities satisfying the condition, in source order
   * @param predicate the same condition as a test on one entity
   */
  final Q narrow(java.util.function.Supplier<List<T>> indexed, Predicate<? super T> predicate) {
    if (candidates == source) {
      return derive(indexed.get(), filter);
    }
    return where(predicate);
  }

  /** The columns of the text table. */
  abstract List<TextTable.Column<T>> columns();

  /** The plural noun for the table footer, such as {@code directives}. */
  abstract String noun();

  /**
   * Keeps the entities that match a predicate, for questions the typed filters do not cover.
   *
   * @param predicate the predicate
   * @return the narrowed query
   */
  public final Q where(Predicate<? super T> predicate) {
    requireNonNull(predicate, "predicate");
    Predicate<? super T> current = filter;
    if (current == ALL) {
      return derive(candidates, predicate);
    }
    return derive(candidates, t -> current.test(t) && predicate.test(t));
  }

  /**
   * Keeps the entity with the id.
   *
   * @param id the id
   * @return the narrowed query
   */
  public final Q withId(String id) {
    requireNonNull(id, "id");
    return where(t -> t.id().equals(id));
  }

  /**
   * The matching entities.
   *
   * @return an immutable list, in framework order
   */
  public final ImmutableList<T> list() {
    if (filter == ALL) {
      return candidates instanceof ImmutableList<T> l ? l : ImmutableList.copyOf(candidates);
    }
    return stream().collect(ImmutableList.toImmutableList());
  }

  /**
   * The matching entities as a sequential stream.
   *
   * @return the stream
   */
  public final Stream<T> stream() {
    return filter == ALL ? candidates.stream() : candidates.stream().filter(filter);
  }

  /**
   * How many entities match.
   *
   * @return the count
   */
  public final long count() {
    if (filter == ALL) {
      return candidates.size();
    }
    long n = 0;
    for (T t : candidates) {
      if (filter.test(t)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The first matching entity.
   *
   * @return the first, or empty if none match
   */
  public final Optional<T> first() {
    return stream().findFirst();
  }

  /**
   * Whether no entity matches.
   *
   * @return true if none match
   */
  public final boolean isEmpty() {
    return first().isEmpty();
  }

  @Override
  public final Iterator<T> iterator() {
    if (filter == ALL) {
      return java.util.Collections.unmodifiableList(candidates).iterator();
    }
    return stream().iterator();
  }

  /**
   * The matching entities as an aligned text table with a count.
   *
   * @return the table
   */
  @Override
  public final String toString() {
    return TextTable.render(columns(), list(), noun());
  }
}

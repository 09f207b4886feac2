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
  final AccountabilityFramework framework;
  private final ImmutableList<T> source;
  private final Predicate<? super T> filter;

  EntityQuery(AccountabilityFramework framework, ImmutableList<T> source, Predicate<? super T> filter) {
    this.framework = framework;
    this.source = source;
    this.filter = filter;
  }

  final ImmutableList<T> source() {
    return source;
  }

  /** A query of the same type over the same source with the given filter. */
  abstract Q derive(Predicate<? super T> filter);

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
    return derive(t -> current.test(t) && predicate.test(t));
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
    return stream().collect(ImmutableList.toImmutableList());
  }

  /**
   * The matching entities as a sequential stream.
   *
   * @return the stream
   */
  public final Stream<T> stream() {
    return source.stream().filter(filter);
  }

  /**
   * How many entities match.
   *
   * @return the count
   */
  public final long count() {
    return stream().count();
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
    return list().iterator();
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

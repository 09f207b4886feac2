package org.accountability.framework;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list of results that prints as an aligned text table with a count, which is what
 * JShell shows: the evidence's answers ({@link Evidence#contestedClaims()}, {@link
 * Evidence#sourcesOf(String)}, {@link Evidence#singleSourceFacts()} ...) and {@link
 * AccountabilityFramework#attainment()}.
 *
 * <pre>{@code
 * Results<Evidence.ContestedClaim> contested = ice.evidence().contestedClaims();
 * contested.size();          // a List in every other respect
 * System.out.println(contested);
 * // claim  status     for  against  both
 * // -----  ---------  ---  -------  ----
 * // C5     CONTESTED  ...
 * // 3 contested claims
 * }</pre>
 *
 * <p>It is equal to any list with the same elements in the same order; {@link #list()} gives them
 * as an {@link ImmutableList}. Methods that would change it throw {@link
 * UnsupportedOperationException}. Safe to share between threads.
 *
 * @param <T> the element type
 */
public final class Results<T> extends AbstractList<T> implements RandomAccess {
  private final ImmutableList<T> rows;
  private final Function<? super ImmutableList<T>, String> table;

  private Results(ImmutableList<T> rows, Function<? super ImmutableList<T>, String> table) {
    this.rows = rows;
    this.table = table;
  }

  /** Results printed as a table of the columns, with a count of the noun (a plural) below. */
  static <T> Results<T> of(List<? extends T> rows, List<TextTable.Column<T>> columns, String noun) {
    return new Results<>(ImmutableList.copyOf(rows), r -> TextTable.render(columns, r, noun));
  }

  /** Results printed by a function of their rows. */
  static <T> Results<T> printedBy(
      List<? extends T> rows, Function<? super ImmutableList<T>, String> table) {
    return new Results<>(ImmutableList.copyOf(rows), table);
  }

  /**
   * The element at a position.
   *
   * @param index the position, from 0
   * @return the element
   * @throws IndexOutOfBoundsException if there is no such position
   */
  @Override
  public T get(int index) {
    return rows.get(index);
  }

  /**
   * How many elements there are.
   *
   * @return the size
   */
  @Override
  public int size() {
    return rows.size();
  }

  /**
   * The elements as an immutable list.
   *
   * @return the list, in the same order
   */
  public ImmutableList<T> list() {
    return rows;
  }

  /**
   * The elements as an aligned text table with a count.
   *
   * @return the table
   */
  @Override
  public String toString() {
    return requireNonNull(table.apply(rows));
  }
}

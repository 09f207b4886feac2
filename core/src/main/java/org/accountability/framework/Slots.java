package org.accountability.framework;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.accountability.model.Entity;
import org.jspecify.annotations.Nullable;

/**
 * A builder's entities of one kind, in insertion order; duplicates are kept so that {@code build()}
 * can report them. Removal by id costs time in proportion to the entities removed, not to all the
 * entities held: a removed entity is marked, and the marked ones are dropped all at once, when they
 * are half the list or when the values are read. The positions of each id (and of each secondary
 * key, such as the ids of a body's actions) are indexed on the first removal and kept up to date
 * from then on, so that a builder that removes nothing pays nothing for them.
 *
 * @param <T> the entity type
 */
final class Slots<T extends Entity> {
  /** Counts the entities touched by removals and index upkeep; read by tests. */
  static final class Visits {
    long count;
  }

  private final ArrayList<T> items = new ArrayList<>();
  private final BitSet dead = new BitSet();
  private int deadCount;
  private final Function<? super T, ? extends Iterable<String>> secondaryKeys;
  private final Visits visits;
  private @Nullable Map<String, AssessIndex.Positions> byId;
  private @Nullable Map<String, AssessIndex.Positions> bySecondaryKey;

  /**
   * @param secondaryKeys the secondary keys of an entity, which {@link #replaceWhere} finds
   * @param visits the counter of entities touched
   */
  Slots(Function<? super T, ? extends Iterable<String>> secondaryKeys, Visits visits) {
    this.secondaryKeys = secondaryKeys;
    this.visits = visits;
  }

  void addAll(Iterable<? extends T> values) {
    if (values instanceof Collection<?> c) {
      items.ensureCapacity(items.size() + c.size());
    }
    for (T value : values) {
      items.add(checkNotNull(value, "a null entity was added"));
      if (byId != null) {
        index(items.size() - 1, value);
      }
    }
  }

  /** Removes every entity with the id; true if there was one. */
  boolean remove(String id) {
    AssessIndex.Positions positions = byId().remove(id);
    if (positions == null) {
      return false;
    }
    boolean removed = false;
    for (int p : positions.toArray()) {
      visits.count++;
      if (!dead.get(p) && items.get(p).id().equals(id)) {
        dead.set(p);
        deadCount++;
        removed = true;
      }
    }
    if (deadCount > 16 && deadCount > items.size() / 2) {
      compact();
    }
    return removed;
  }

  /**
   * Replaces each entity having the secondary key with its change, which must drop the key; true if
   * one changed.
   */
  boolean replaceWhere(String key, UnaryOperator<T> change) {
    byId();
    AssessIndex.Positions positions = requireIndex(bySecondaryKey).remove(key);
    if (positions == null) {
      return false;
    }
    boolean changed = false;
    for (int p : positions.toArray()) {
      visits.count++;
      if (dead.get(p)) {
        continue;
      }
      T before = items.get(p);
      T after = change.apply(before);
      if (after != before) {
        items.set(p, after);
        changed = true;
      }
    }
    return changed;
  }

  /** The entities held, in order, without the removed ones. */
  List<T> values() {
    if (deadCount > 0) {
      compact();
    }
    return items;
  }

  private void compact() {
    int kept = 0;
    for (int i = 0; i < items.size(); i++) {
      visits.count++;
      if (!dead.get(i)) {
        items.set(kept++, items.get(i));
      }
    }
    items.subList(kept, items.size()).clear();
    dead.clear();
    deadCount = 0;
    byId = null;
    bySecondaryKey = null;
  }

  private Map<String, AssessIndex.Positions> byId() {
    Map<String, AssessIndex.Positions> ids = byId;
    if (ids == null) {
      ids = new HashMap<>();
      byId = ids;
      bySecondaryKey = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        if (!dead.get(i)) {
          index(i, items.get(i));
        }
      }
    }
    return ids;
  }

  private void index(int position, T value) {
    visits.count++;
    requireIndex(byId).computeIfAbsent(value.id(), k -> new AssessIndex.Positions()).add(position);
    Map<String, AssessIndex.Positions> secondary = requireIndex(bySecondaryKey);
    for (String key : secondaryKeys.apply(value)) {
      secondary.computeIfAbsent(key, k -> new AssessIndex.Positions()).add(position);
    }
  }

  private static Map<String, AssessIndex.Positions> requireIndex(
      @Nullable Map<String, AssessIndex.Positions> index) {
    return checkNotNull(index, "the index is built on the first removal");
  }
}

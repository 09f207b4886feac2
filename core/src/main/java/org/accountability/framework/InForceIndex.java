package org.accountability.framework;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.accountability.model.Directive;
import org.accountability.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * The days on which each directive is certainly in force, as one interval of days per directive, in
 * a centred interval tree: the directives in force on a day are found in time proportional to the
 * depth of the tree and the number found, not to the number of directives.
 *
 * <p>A directive is certainly in force on a day ({@link DirectiveQuery#isInForce}) when the latest
 * day its effective date may denote is on or before the day, the latest day its end may denote (if
 * it ended) is on or after it, and the latest day on which the first directive superseding it may
 * have taken effect (if one did) is after it. Each of the three is a bound on the day, so the days
 * form one interval, from the first bound to the lesser of the other two.
 */
final class InForceIndex {
  private final List<Directive> directives;
  private final @Nullable Node root;

  /**
   * One node: the intervals containing its centre, by first day and by last day, with the days
   * themselves beside the positions so that a count is a binary search.
   */
  private static final class Node {
    final long centre;

    /** Positions of the intervals containing the centre, by first day ascending. */
    final int[] byFirst;

    /** Their first days, ascending. */
    final long[] firsts;

    /** The same positions, by last day descending. */
    final int[] byLast;

    /** Their last days, negated: ascending. */
    final long[] negatedLasts;

    final @Nullable Node left;
    final @Nullable Node right;

    Node(
        long centre,
        int[] byFirst,
        long[] firsts,
        int[] byLast,
        long[] negatedLasts,
        @Nullable Node left,
        @Nullable Node right) {
      this.centre = centre;
      this.byFirst = byFirst;
      this.firsts = firsts;
      this.byLast = byLast;
      this.negatedLasts = negatedLasts;
      this.left = left;
      this.right = right;
    }
  }

  private final long[] first;
  private final long[] last;

  InForceIndex(List<Directive> directives, Map<String, PartialDate> supersededOn) {
    this.directives = directives;
    int n = directives.size();
    this.first = new long[n];
    this.last = new long[n];
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Directive d = directives.get(i);
      if (d.effective().isEmpty()) {
        continue;
      }
      long from = d.effective().get().latest().toEpochDay();
      long to = Long.MAX_VALUE;
      if (d.ended().isPresent()) {
        to = d.ended().get().latest().toEpochDay();
      }
      PartialDate successor = supersededOn.get(d.id());
      if (successor != null) {
        to = Math.min(to, successor.latest().toEpochDay() - 1);
      }
      if (to < from) {
        continue;
      }
      first[i] = from;
      last[i] = to;
      kept.add(i);
    }
    int[] positions = new int[kept.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = kept.get(i);
    }
    this.root = build(positions);
  }

  private @Nullable Node build(int[] positions) {
    if (positions.length == 0) {
      return null;
    }
    long[] ends = new long[positions.length * 2];
    for (int i = 0; i < positions.length; i++) {
      ends[2 * i] = first[positions[i]];
      ends[2 * i + 1] = last[positions[i]];
    }
    Arrays.sort(ends);
    long centre = ends[positions.length];
    int leftCount = 0;
    int rightCount = 0;
    int hereCount = 0;
    for (int p : positions) {
      if (last[p] < centre) {
        leftCount++;
      } else if (first[p] > centre) {
        rightCount++;
      } else {
        hereCount++;
      }
    }
    int[] left = new int[leftCount];
    int[] right = new int[rightCount];
    Integer[] here = new Integer[hereCount];
    leftCount = 0;
    rightCount = 0;
    hereCount = 0;
    for (int p : positions) {
      if (last[p] < centre) {
        left[leftCount++] = p;
      } else if (first[p] > centre) {
        right[rightCount++] = p;
      } else {
        here[hereCount++] = p;
      }
    }
    Arrays.sort(here, (a, b) -> Long.compare(first[a], first[b]));
    int[] byFirst = new int[here.length];
    long[] firsts = new long[here.length];
    for (int i = 0; i < here.length; i++) {
      byFirst[i] = here[i];
      firsts[i] = first[here[i]];
    }
    Arrays.sort(here, (a, b) -> Long.compare(last[b], last[a]));
    int[] byLast = new int[here.length];
    long[] negatedLasts = new long[here.length];
    for (int i = 0; i < here.length; i++) {
      byLast[i] = here[i];
      negatedLasts[i] = -last[here[i]];
    }
    return new Node(centre, byFirst, firsts, byLast, negatedLasts, build(left), build(right));
  }

  /**
   * How many directives are certainly in force on the day, without listing them: each interval sits
   * in one node, and the intervals of a node that hold the day are a prefix of one of its sorted
   * arrays, found by binary search.
   */
  int countInForceOn(LocalDate day) {
    long d = day.toEpochDay();
    int count = 0;
    Node node = root;
    while (node != null) {
      if (d < node.centre) {
        count += prefixAtMost(node.firsts, d);
        node = node.left;
      } else if (d > node.centre) {
        count += prefixAtMost(node.negatedLasts, -d);
        node = node.right;
      } else {
        count += node.byFirst.length;
        node = null;
      }
    }
    return count;
  }

  /** The number of leading values, in an ascending array, that are at most the bound. */
  private static int prefixAtMost(long[] ascending, long bound) {
    int low = 0;
    int high = ascending.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (ascending[mid] <= bound) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * The directives certainly in force on the day as a list that counts them through the index and
   * lists them only when its elements are read.
   */
  List<Directive> lazilyInForceOn(LocalDate day) {
    return new InForceList(this, day);
  }

  /** A list of the directives in force on a day, listed on first read; its size is a count. */
  private static final class InForceList extends AbstractList<Directive> implements RandomAccess {
    private final Lazy<List<Directive>> listed;
    private final Lazy<Integer> size;

    InForceList(InForceIndex index, LocalDate day) {
      this.listed = new Lazy<>(() -> index.inForceOn(day));
      this.size = new Lazy<>(() -> index.countInForceOn(day));
    }

    @Override
    public int size() {
      return size.get();
    }

    @Override
    public Directive get(int i) {
      return listed.get().get(i);
    }

    @Override
    public Iterator<Directive> iterator() {
      return listed.get().iterator();
    }
  }

  /** The directives certainly in force on the day, in framework order. */
  List<Directive> inForceOn(LocalDate day) {
    long d = day.toEpochDay();
    BitSet found = new BitSet(directives.size());
    Node node = root;
    while (node != null) {
      if (d < node.centre) {
        for (int p : node.byFirst) {
          if (first[p] > d) {
            break;
          }
          found.set(p);
        }
        node = node.left;
      } else if (d > node.centre) {
        for (int p : node.byLast) {
          if (last[p] < d) {
            break;
          }
          found.set(p);
        }
        node = node.right;
      } else {
        for (int p : node.byFirst) {
          found.set(p);
        }
        node = null;
      }
    }
    List<Directive> out = new ArrayList<>(found.cardinality());
    for (int p = found.nextSetBit(0); p >= 0; p = found.nextSetBit(p + 1)) {
      out.add(directives.get(p));
    }
    return out;
  }
}

package org.accountability.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.accountability.model.Problem;
import org.accountability.model.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The problems (or the warnings) of one read, at most a set number of them. Once that many are
 * kept, a further problem is only counted, and the list ends with one more problem, coded {@link
 * Problem.Code#OVER_LIMIT} and located where the first problem left out is, that says how many were
 * left out: {@code and 29000 more problems, the first of them at this line and column; only the
 * first 1000 are listed (see AccountabilityJson.Builder.maxProblems)}. Memory stays bounded however
 * many problems the input has, and adding one costs the logarithm of the limit at most.
 *
 * <p>A list ordered by position keeps the problems that come first in the input, in input order
 * (problems without a line last, in the order found), whatever the order they were found in; a list
 * in the order found keeps the first ones found.
 */
final class ProblemList {
  /** A problem kept, with what orders it: its position, then when it was found. */
  private record Kept(Problem problem, long position, long sequence) {}

  private static final Comparator<Kept> FIRST =
      Comparator.comparingLong(Kept::position).thenComparingLong(Kept::sequence);

  private final int max;
  private final boolean byPosition;
  private final @Nullable String builder;
  private final String noun;

  /** Ordered by position: the latest kept first, to be let go when an earlier one comes. */
  private final PriorityQueue<Kept> latestFirst;

  /** In the order found. */
  private final List<Problem> found = new ArrayList<>();

  private long sequence;
  private long omitted;
  private long firstOmitted = Long.MAX_VALUE;
  private int firstOmittedLine;
  private int firstOmittedColumn;

  private ProblemList(int max, boolean byPosition, @Nullable String builder, String noun) {
    this.max = max;
    this.byPosition = byPosition;
    this.builder = builder;
    this.noun = noun;
    this.latestFirst = new PriorityQueue<>(FIRST.reversed());
  }

  /**
   * Problems ordered by position.
   *
   * @param max how many to keep, at least 1
   * @param builder the builder whose {@code maxProblems} sets it, for the last problem's message;
   *     null when there is none
   */
  static ProblemList byPosition(int max, @Nullable String builder) {
    return new ProblemList(max, true, builder, "problems");
  }

  /** Problems in the order found. */
  static ProblemList inOrderFound(int max, @Nullable String builder) {
    return new ProblemList(max, false, builder, "problems");
  }

  /** A list of warnings, kept as this list keeps problems. */
  ProblemList forWarnings() {
    return new ProblemList(max, byPosition, builder, "warnings");
  }

  boolean isEmpty() {
    return found.isEmpty() && latestFirst.isEmpty() && omitted == 0;
  }

  /**
   * Whether a problem at this line and column would be kept, so that a caller can leave out
   * building one that would not (and {@link #omit} it instead).
   */
  boolean keeps(int line, int column) {
    if (!byPosition) {
      return found.size() < max;
    }
    Kept latest = latestFirst.peek();
    return latestFirst.size() < max || latest == null || position(line, column) < latest.position();
  }

  void add(Problem p) {
    if (!byPosition) {
      if (found.size() < max) {
        found.add(p);
      } else {
        omit(line(p), column(p));
      }
      return;
    }
    Kept kept = new Kept(p, position(line(p), column(p)), sequence++);
    if (latestFirst.size() < max) {
      latestFirst.add(kept);
      return;
    }
    Kept latest = latestFirst.peek();
    if (latest != null && FIRST.compare(kept, latest) < 0) {
      latestFirst.poll();
      latestFirst.add(kept);
      kept = latest;
    }
    omit(line(kept.problem()), column(kept.problem()));
  }

  /** Counts a problem that is not kept. */
  void omit(int line, int column) {
    omitted++;
    sequence++;
    long position = position(line, column);
    if (position < firstOmitted || omitted == 1) {
      firstOmitted = position;
      firstOmittedLine = line;
      firstOmittedColumn = column;
    }
  }

  /** The problems kept, in order, then the one that says how many were left out, if any were. */
  List<Problem> list() {
    // Sized for what is kept: a read without problems makes an empty list, not one of the limit.
    List<Problem> out = new ArrayList<>(latestFirst.size() + found.size() + (omitted > 0 ? 1 : 0));
    if (byPosition) {
      List<Kept> kept = new ArrayList<>(latestFirst);
      kept.sort(FIRST);
      kept.forEach(k -> out.add(k.problem()));
    } else {
      out.addAll(found);
    }
    if (omitted > 0) {
      out.add(
          Problem.atPointer(
              Problem.Code.OVER_LIMIT,
              "",
              firstOmittedLine,
              firstOmittedColumn,
              "and "
                  + omitted
                  + " more "
                  + (omitted == 1 ? noun.substring(0, noun.length() - 1) : noun)
                  + ", the first of them at this line and column; only the first "
                  + max
                  + " are listed"
                  + (builder == null ? "" : " (see " + builder + ".maxProblems)")));
    }
    return out;
  }

  /** The exception that lists the problems. */
  ValidationException exception() {
    return new ValidationException(list());
  }

  /** Input order: by line, then column; a problem without a line after every one with. */
  private static long position(int line, int column) {
    long l = line > 0 ? line : Integer.MAX_VALUE;
    long c = column > 0 ? column : Integer.MAX_VALUE;
    return (l << 32) | c;
  }

  private static int line(Problem p) {
    return p.line().orElse(0);
  }

  private static int column(Problem p) {
    return p.column().orElse(0);
  }
}

package org.accountability.framework;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.accountability.model.Directive;
import org.accountability.model.NumericalTarget;
import org.accountability.model.Observation;
import org.accountability.model.PartialDate;

/**
 * One numerical directive held against the observations of the same metric and scope made while it
 * was in force.
 *
 * <p>An observation belongs to the directive in force at the stated start of its period: the
 * directive took effect on or before it, had not ended before it, and no directive superseding it
 * had taken effect by then. The attainment ratio is observed / target, a range target using its
 * lower bound; an observation qualified "under" gives an upper bound on attainment, "over" a lower
 * bound.
 *
 * <pre>{@code
 * for (TargetAttainment t : ice.attainment()) {
 *   System.out.println(t);   // "id: target", then a table: period, observed, attainment, source
 * }
 * }</pre>
 *
 * @param directive the numerical directive
 * @param target its target
 * @param points the comparable observations in period order
 */
public record TargetAttainment(
    Directive directive, NumericalTarget target, ImmutableList<Point> points) {
  /** How an attainment ratio bounds the true one. */
  public enum Bound {
    /** The ratio is the best estimate (exact, average or approximate observation). */
    ESTIMATE,
    /** The true ratio is at most this ("under" observation). */
    AT_MOST,
    /** The true ratio is at least this ("over" observation). */
    AT_LEAST
  }

  /**
   * One observation against the target.
   *
   * @param observation the observation
   * @param ratio observed / target lower bound
   * @param bound how the ratio bounds the true one
   */
  public record Point(Observation observation, double ratio, Bound bound) {
    /** Checks that no component is null. */
    public Point {
      requireNonNull(observation, "observation");
      requireNonNull(bound, "bound");
    }

    /**
     * The ratio as a whole percentage with its bound, such as {@code 33%} or {@code at most 50%}.
     *
     * @return the readable attainment
     */
    public String percent() {
      String pct = String.format(Locale.ROOT, "%.0f%%", ratio * 100);
      return switch (bound) {
        case AT_MOST -> "at most " + pct;
        case AT_LEAST -> "at least " + pct;
        default -> pct;
      };
    }
  }

  /** Checks that no component is null and copies the list. */
  public TargetAttainment {
    requireNonNull(directive, "directive");
    requireNonNull(target, "target");
    points = ImmutableList.copyOf(requireNonNull(points, "points"));
  }

  static ImmutableList<TargetAttainment> of(AccountabilityFramework f) {
    return of(f, new Slots.Visits());
  }

  /**
   * Each numerical directive against its observations, in time linear in the observations plus, for
   * each directive, the logarithm of its group and the points it gets: the observations are grouped
   * by metric and scope and sorted by period once, and each directive takes from its group the run
   * of observations whose period starts while it is in force. {@code visits} counts the
   * observations grouped and each observation looked at for a directive.
   */
  static ImmutableList<TargetAttainment> of(AccountabilityFramework f, Slots.Visits visits) {
    Map<List<String>, List<Observation>> groups = new HashMap<>();
    for (Observation o : f.observations()) {
      visits.count++;
      groups.computeIfAbsent(List.of(o.metric(), o.scope()), k -> new ArrayList<>()).add(o);
    }
    Map<List<String>, Observation[]> sorted = new HashMap<>(groups.size() * 2);
    groups.forEach(
        (k, v) -> {
          Observation[] byPeriod = v.toArray(new Observation[0]);
          Arrays.sort(byPeriod, (x, y) -> x.period().compareTo(y.period()));
          sorted.put(k, byPeriod);
        });
    ImmutableList.Builder<TargetAttainment> out = ImmutableList.builder();
    for (Directive d : f.directives()) {
      if (d.target().isEmpty()) {
        continue;
      }
      NumericalTarget target = d.target().get();
      Optional<PartialDate> successor = DirectiveQuery.successorStart(f, d);
      Observation[] group = sorted.get(List.of(target.metric(), target.scope()));
      ImmutableList.Builder<Point> points = ImmutableList.builder();
      if (group != null && d.effective().isPresent()) {
        // Periods are sorted by start first: those starting from the directive's effective start
        // are a suffix of the group, and the directive is in force at each until one fails the
        // end or the successor test, both of which, once failed, fail for every later start.
        LocalDate from = d.effective().get().start();
        int lo = 0;
        int hi = group.length;
        while (lo < hi) {
          visits.count++;
          int mid = (lo + hi) >>> 1;
          if (group[mid].period().start().isBefore(from)) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        for (int i = lo; i < group.length; i++) {
          visits.count++;
          Observation o = group[i];
          if (!inForceAt(d, successor, o.period().start())) {
            break;
          }
          if (target.isComparableWith(o)) {
            points.add(point(o, target));
          }
        }
      }
      out.add(new TargetAttainment(d, target, points.build()));
    }
    return out.build();
  }

  private static boolean inForceAt(Directive d, Optional<PartialDate> successor, LocalDate day) {
    return d.effective().map(e -> !e.start().isAfter(day)).orElse(false)
        && d.ended().map(e -> !e.end().isBefore(day)).orElse(true)
        && successor.map(s -> s.start().isAfter(day)).orElse(true);
  }

  private static Point point(Observation o, NumericalTarget target) {
    double ratio =
        target.lowerBound() == 0 ? Double.POSITIVE_INFINITY : o.value() / target.lowerBound();

    Bound bound =
        switch (o.qualifier()) {
          case UNDER -> Bound.AT_MOST;
          case OVER -> Bound.AT_LEAST;
          default -> Bound.ESTIMATE;
        };
    return new Point(o, ratio, bound);
  }

  /** A row of the table of all attainments: a point, or a target without one. */
  private record Row(TargetAttainment attainment, Optional<Point> point) {}

  private static final List<TextTable.Column<Row>> ROWS =
      List.of(
          TextTable.column("directive", r -> r.attainment().directive().id()),
          TextTable.column("target", r -> r.attainment().target().toString()),
          TextTable.column(
              "period",
              r -> r.point().map(p -> p.observation().readablePeriod()).orElse("(no observation)")),
          TextTable.column(
              "observed", r -> r.point().map(p -> p.observation().readableValue()).orElse("")),
          TextTable.column("attainment", r -> r.point().map(Point::percent).orElse("")),
          TextTable.column(
              "source",
              r -> r.point().map(p -> String.join(", ", p.observation().citations())).orElse("")));

  /**
   * Attainments printed as one table, a row per observation against its target (and a row for a
   * target no observation was held against), with the counts below.
   */
  static Results<TargetAttainment> printed(List<TargetAttainment> attainments) {
    return Results.printedBy(
        attainments,
        all -> {
          if (all.isEmpty()) {
            return "(no numerical targets)";
          }
          List<Row> rows = new ArrayList<>();
          int observations = 0;
          for (TargetAttainment t : all) {
            if (t.points().isEmpty()) {
              rows.add(new Row(t, Optional.empty()));
            }
            for (Point p : t.points()) {
              rows.add(new Row(t, Optional.of(p)));
              observations++;
            }
          }
          return TextTable.table(ROWS, rows)
              + TextTable.count(all.size(), "numerical targets")
              + ", "
              + TextTable.count(observations, "observations")
              + " against them";
        });
  }

  /**
   * The directive, its target and a table of the observations against it.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    List<TextTable.Column<Point>> columns =
        List.of(
            TextTable.column("period", p -> p.observation().readablePeriod()),
            TextTable.column("observed", p -> p.observation().readableValue()),
            TextTable.column("attainment", Point::percent),
            TextTable.column("source", p -> String.join(", ", p.observation().citations())));
    return directive.id()
        + ": "
        + target
        + "\n"
        + TextTable.render(columns, points, "observations");
  }
}

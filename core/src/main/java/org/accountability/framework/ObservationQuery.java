package org.accountability.framework;

import static java.util.Objects.requireNonNull;
import static org.accountability.framework.TextTable.column;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.accountability.model.Observation;
import org.accountability.model.PartialDate;

/**
 * A query over observations.
 *
 * <pre>{@code
 * ice.observations().ofMetric("arrests per day").inScope("agency-wide").list();
 * }</pre>
 */
public final class ObservationQuery extends FactQuery<Observation, ObservationQuery> {
  private static final List<TextTable.Column<Observation>> COLUMNS =
      List.of(
          column("id", Observation::id),
          column("metric", Observation::metric),
          column("scope", Observation::scope),
          column("value", Observation::readableValue),
          column("period", Observation::readablePeriod));

  ObservationQuery(
      AccountabilityFramework framework,
      ImmutableList<Observation> source,
      List<Observation> candidates,
      Predicate<? super Observation> filter) {
    super(framework, source, candidates, filter);
  }

  @Override
  ObservationQuery derive(List<Observation> candidates, Predicate<? super Observation> filter) {
    return new ObservationQuery(framework, source(), candidates, filter);
  }

  @Override
  List<TextTable.Column<Observation>> columns() {
    return COLUMNS;
  }

  @Override
  String noun() {
    return "observations";
  }

  @Override
  Class<Observation> kind() {
    return Observation.class;
  }

  /**
   * Keeps observations of the metric.
   *
   * @param metric the metric, such as {@code arrests per day}
   * @return the narrowed query
   */
  public ObservationQuery ofMetric(String metric) {
    requireNonNull(metric, "metric");
    return where(o -> o.metric().equals(metric));
  }

  /**
   * Keeps observations over the scope.
   *
   * @param scope the scope, such as {@code agency-wide}
   * @return the narrowed query
   */
  public ObservationQuery inScope(String scope) {
    requireNonNull(scope, "scope");
    return where(o -> o.scope().equals(scope));
  }

  /**
   * Keeps observations whose period may overlap the date.
   *
   * @param period a date of any precision
   * @return the narrowed query
   */
  public ObservationQuery during(PartialDate period) {
    requireNonNull(period, "period");
    return where(o -> o.period().possiblyOverlaps(period));
  }

  /**
   * Keeps observations whose period certainly ended on or before the day.
   *
   * @param day the day
   * @return the narrowed query
   */
  public ObservationQuery asOf(LocalDate day) {
    requireNonNull(day, "day");
    return where(o -> o.period().certainlyOnOrBefore(day));
  }
}

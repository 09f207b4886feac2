package org.accountability.framework;

import static java.util.Objects.requireNonNull;
import static org.accountability.framework.TextTable.column;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Predicate;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.Role;

/**
 * A query over legal routes.
 *
 * <pre>{@code
 * ice.routes().leadingTo(LiabilityType.CIVIL).covering(Conduct.EXCESSIVE_FORCE).list();
 * ice.routes().reaching(Role.LINE_AGENT).count();
 * }</pre>
 */
public final class LegalRouteQuery extends FactQuery<LegalRoute, LegalRouteQuery> {
  private static final List<TextTable.Column<LegalRoute>> COLUMNS =
      List.of(
          column("id", LegalRoute::id),
          column("liability", r -> r.liability().toString()),
          column("defendants", r -> TextTable.join(r.defendants())),
          column("availability", r -> r.availability().toString()),
          column("name", LegalRoute::name));

  LegalRouteQuery(
      AccountabilityFramework framework,
      ImmutableList<LegalRoute> source,
      List<LegalRoute> candidates,
      Predicate<? super LegalRoute> filter) {
    super(framework, source, candidates, filter);
  }

  @Override
  LegalRouteQuery derive(List<LegalRoute> candidates, Predicate<? super LegalRoute> filter) {
    return new LegalRouteQuery(framework, source(), candidates, filter);
  }

  @Override
  List<TextTable.Column<LegalRoute>> columns() {
    return COLUMNS;
  }

  @Override
  String noun() {
    return "legal routes";
  }

  @Override
  Class<LegalRoute> kind() {
    return LegalRoute.class;
  }

  /**
   * Keeps routes leading to the liability.
   *
   * @param liability the liability type
   * @return the narrowed query
   */
  public LegalRouteQuery leadingTo(LiabilityType liability) {
    requireNonNull(liability, "liability");
    return where(r -> r.liability() == liability);
  }

  /**
   * Keeps routes covering the conduct.
   *
   * @param conduct the conduct
   * @return the narrowed query
   */
  public LegalRouteQuery covering(Conduct conduct) {
    requireNonNull(conduct, "conduct");
    return where(r -> r.conducts().contains(conduct));
  }

  /**
   * Keeps routes that reach individuals in the role personally.
   *
   * @param role the role
   * @return the narrowed query
   */
  public LegalRouteQuery reaching(Role role) {
    requireNonNull(role, "role");
    return where(r -> r.defendants().contains(Defendant.INDIVIDUAL) && r.roles().contains(role));
  }

  /**
   * Keeps routes against the defendant.
   *
   * @param defendant the defendant
   * @return the narrowed query
   */
  public LegalRouteQuery against(Defendant defendant) {
    requireNonNull(defendant, "defendant");
    return where(r -> r.defendants().contains(defendant));
  }

  /**
   * Keeps routes with the availability.
   *
   * @param availability the availability
   * @return the narrowed query
   */
  public LegalRouteQuery withAvailability(LegalRoute.Availability availability) {
    requireNonNull(availability, "availability");
    return where(r -> r.availability() == availability);
  }
}

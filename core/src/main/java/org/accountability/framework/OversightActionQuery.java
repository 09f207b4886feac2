package org.accountability.framework;

import static java.util.Objects.requireNonNull;
import static org.accountability.framework.TextTable.column;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.accountability.model.Conduct;
import org.accountability.model.Lever;
import org.accountability.model.LiabilityType;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.Role;

/**
 * A query over the actions of oversight bodies.
 *
 * <pre>{@code
 * ice.oversightActions().about(Conduct.EXCESSIVE_FORCE).list();
 * ice.oversightActions().byBody("ninth-circuit").first();
 * }</pre>
 */
public final class OversightActionQuery extends FactQuery<OversightAction, OversightActionQuery> {
  private final List<TextTable.Column<OversightAction>> columns =
      List.of(
          column("id", OversightAction::id),
          column("body", a -> bodyOf(a).map(OversightBody::id).orElse("")),
          column("lever", a -> a.lever().toString()),
          column("date", a -> a.date().map(Object::toString).orElse("")),
          column("outcome", a -> a.outcome().toString()),
          column("summary", OversightAction::summary));

  OversightActionQuery(
      AccountabilityFramework framework,
      ImmutableList<OversightAction> source,
      List<OversightAction> candidates,
      Predicate<? super OversightAction> filter) {
    super(framework, source, candidates, filter);
  }

  @Override
  OversightActionQuery derive(
      List<OversightAction> candidates, Predicate<? super OversightAction> filter) {
    return new OversightActionQuery(framework, source(), candidates, filter);
  }

  @Override
  List<TextTable.Column<OversightAction>> columns() {
    return columns;
  }

  @Override
  String noun() {
    return "oversight actions";
  }

  @Override
  Class<OversightAction> kind() {
    return OversightAction.class;
  }

  private Optional<OversightBody> bodyOf(OversightAction action) {
    return Optional.ofNullable(framework.index().bodyOfAction.get(action.id()));
  }

  /**
   * Keeps the actions of one body.
   *
   * @param bodyId the body's id
   * @return the narrowed query
   */
  public OversightActionQuery byBody(String bodyId) {
    requireNonNull(bodyId, "bodyId");
    return where(a -> bodyOf(a).map(b -> b.id().equals(bodyId)).orElse(false));
  }

  /**
   * Keeps actions using the lever.
   *
   * @param lever the lever
   * @return the narrowed query
   */
  public OversightActionQuery withLever(Lever lever) {
    requireNonNull(lever, "lever");
    return where(a -> a.lever() == lever);
  }

  /**
   * Keeps actions pursuing the liability.
   *
   * @param liability the liability type
   * @return the narrowed query
   */
  public OversightActionQuery pursuing(LiabilityType liability) {
    requireNonNull(liability, "liability");
    return where(a -> a.liability() == liability);
  }

  /**
   * Keeps actions directed against individuals in the role.
   *
   * @param role the role
   * @return the narrowed query
   */
  public OversightActionQuery against(Role role) {
    requireNonNull(role, "role");
    return where(a -> a.isAgainstIndividual(role));
  }

  /**
   * Keeps actions about the conduct.
   *
   * @param conduct the conduct
   * @return the narrowed query
   */
  public OversightActionQuery about(Conduct conduct) {
    requireNonNull(conduct, "conduct");
    return where(a -> a.conducts().contains(conduct));
  }

  /**
   * Keeps actions that used the legal route.
   *
   * @param routeId the route id
   * @return the narrowed query
   */
  public OversightActionQuery usingRoute(String routeId) {
    requireNonNull(routeId, "routeId");
    return where(a -> a.route().equals(Optional.of(routeId)));
  }

  /**
   * Keeps actions dated certainly on or before the day; undated actions are left out.
   *
   * @param day the day
   * @return the narrowed query
   */
  public OversightActionQuery asOf(LocalDate day) {
    requireNonNull(day, "day");
    return where(a -> a.date().map(d -> d.certainlyOnOrBefore(day)).orElse(false));
  }
}

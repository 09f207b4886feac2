package org.accountability.framework;

import static java.util.Objects.requireNonNull;
import static org.accountability.framework.TextTable.column;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.accountability.model.Conduct;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;

/**
 * A query over personnel actions.
 *
 * <pre>{@code
 * ice.personnelActions().against(Role.FIELD_OFFICE_MANAGER).decidedSanctions().list();
 * ice.personnelActions().enforcing("jan-2025-agency-target").count();
 * }</pre>
 */
public final class PersonnelActionQuery extends FactQuery<PersonnelAction, PersonnelActionQuery> {
  private static final List<TextTable.Column<PersonnelAction>> COLUMNS =
      List.of(
          column("id", PersonnelAction::id),
          column("role", a -> a.subjectRole().toString()),
          column("nature", a -> a.nature().toString()),
          column("status", a -> a.status().toString()),
          column("date", a -> a.date().map(Object::toString).orElse("")),
          column("summary", PersonnelAction::summary));

  PersonnelActionQuery(
      AccountabilityFramework framework,
      ImmutableList<PersonnelAction> source,
      List<PersonnelAction> candidates,
      Predicate<? super PersonnelAction> filter) {
    super(framework, source, candidates, filter);
  }

  @Override
  PersonnelActionQuery derive(
      List<PersonnelAction> candidates, Predicate<? super PersonnelAction> filter) {
    return new PersonnelActionQuery(framework, source(), candidates, filter);
  }

  @Override
  List<TextTable.Column<PersonnelAction>> columns() {
    return COLUMNS;
  }

  @Override
  String noun() {
    return "personnel actions";
  }

  @Override
  Class<PersonnelAction> kind() {
    return PersonnelAction.class;
  }

  /**
   * Keeps actions taken against people in the role.
   *
   * @param role the role
   * @return the narrowed query
   */
  public PersonnelActionQuery against(Role role) {
    requireNonNull(role, "role");
    return narrow(() -> framework.personnelActionsAgainst(role), a -> a.subjectRole().equals(role));
  }

  /**
   * Keeps actions of a kind.
   *
   * @param kind the kind
   * @return the narrowed query
   */
  public PersonnelActionQuery ofKind(PersonnelAction.Kind kind) {
    requireNonNull(kind, "kind");
    return where(a -> a.kind() == kind);
  }

  /**
   * Keeps actions in a status.
   *
   * @param status the status
   * @return the narrowed query
   */
  public PersonnelActionQuery withStatus(PersonnelAction.Status status) {
    requireNonNull(status, "status");
    return where(a -> a.status() == status);
  }

  /**
   * Keeps sanctions or incentives.
   *
   * @param nature the nature
   * @return the narrowed query
   */
  public PersonnelActionQuery withNature(PersonnelAction.Nature nature) {
    requireNonNull(nature, "nature");
    return where(a -> a.nature() == nature);
  }

  /**
   * Keeps sanctions that were announced or carried out: the ones that document accountability.
   *
   * @return the narrowed query
   */
  public PersonnelActionQuery decidedSanctions() {
    return where(PersonnelAction::isDecidedSanction);
  }

  /**
   * Keeps actions answering the conduct.
   *
   * @param conduct the conduct
   * @return the narrowed query
   */
  public PersonnelActionQuery forConduct(Conduct conduct) {
    requireNonNull(conduct, "conduct");
    return narrow(
        () -> framework.personnelActionsFor(conduct),
        a -> a.conduct().equals(Optional.of(conduct)));
  }

  /**
   * Keeps actions that enforced the directive.
   *
   * @param directiveId the directive id
   * @return the narrowed query
   */
  public PersonnelActionQuery enforcing(String directiveId) {
    requireNonNull(directiveId, "directiveId");
    return where(a -> a.enforces().contains(directiveId));
  }

  /**
   * Keeps actions dated certainly on or before the day; undated actions are left out.
   *
   * @param day the day
   * @return the narrowed query
   */
  public PersonnelActionQuery asOf(LocalDate day) {
    requireNonNull(day, "day");
    return where(a -> a.date().map(d -> d.certainlyOnOrBefore(day)).orElse(false));
  }
}

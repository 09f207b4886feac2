package org.accountability.framework;

import static java.util.Objects.requireNonNull;
import static org.accountability.framework.TextTable.column;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.accountability.model.Directive;
import org.accountability.model.PartialDate;
import org.accountability.model.Role;

/**
 * A query over directives.
 *
 * <pre>{@code
 * ice.directives().ofKind(Directive.Kind.NUMERICAL_TARGET).inForceOn(LocalDate.of(2025, 6, 1));
 * ice.directives().issuedBy("Stephen Miller").list();
 * }</pre>
 */
public final class DirectiveQuery extends FactQuery<Directive, DirectiveQuery> {
  private static final List<TextTable.Column<Directive>> COLUMNS =
      List.of(
          column("id", Directive::id),
          column("kind", d -> d.kind().toString()),
          column("effective", d -> d.effective().map(Object::toString).orElse("")),
          column("target", d -> d.target().map(Object::toString).orElse("")),
          column("issuer", d -> d.issuer().toString()),
          column("summary", Directive::summary));

  DirectiveQuery(
      AccountabilityFramework framework,
      ImmutableList<Directive> source,
      List<Directive> candidates,
      Predicate<? super Directive> filter) {
    super(framework, source, candidates, filter);
  }

  @Override
  DirectiveQuery derive(List<Directive> candidates, Predicate<? super Directive> filter) {
    return new DirectiveQuery(framework, source(), candidates, filter);
  }

  @Override
  List<TextTable.Column<Directive>> columns() {
    return COLUMNS;
  }

  @Override
  String noun() {
    return "directives";
  }

  @Override
  Class<Directive> kind() {
    return Directive.class;
  }

  /**
   * Keeps directives of a kind.
   *
   * @param kind the kind
   * @return the narrowed query
   */
  public DirectiveQuery ofKind(Directive.Kind kind) {
    requireNonNull(kind, "kind");
    return where(d -> d.kind() == kind);
  }

  /**
   * Keeps directives whose issuer's description or one of whose names equals the text, ignoring
   * case.
   *
   * @param issuer a description such as {@code DHS Secretary} or a name such as {@code Kristi Noem}
   * @return the narrowed query
   */
  public DirectiveQuery issuedBy(String issuer) {
    requireNonNull(issuer, "issuer");
    return where(d -> d.issuer().isNamed(issuer));
  }

  /**
   * Keeps directives addressed to people in the role.
   *
   * @param role the role
   * @return the narrowed query
   */
  public DirectiveQuery addressedTo(Role role) {
    requireNonNull(role, "role");
    return where(d -> d.addressee().role().equals(Optional.of(role)));
  }

  /**
   * Keeps directives certainly in force on the day: they certainly took effect by then, had not
   * certainly ended, and no directive superseding them had certainly taken effect.
   *
   * @param day the day
   * @return the narrowed query
   */
  public DirectiveQuery inForceOn(LocalDate day) {
    requireNonNull(day, "day");
    return narrow(
        () -> framework.inForceIndex().lazilyInForceOn(day), d -> isInForce(framework, d, day));
  }

  /**
   * Keeps directives that had certainly taken effect (or been issued) by the day, whether or not
   * they were still in force.
   *
   * @param day the day
   * @return the narrowed query
   */
  public DirectiveQuery asOf(LocalDate day) {
    requireNonNull(day, "day");
    return where(d -> d.effective().map(e -> e.certainlyOnOrBefore(day)).orElse(false));
  }

  /**
   * Keeps directives whose existence an official denial contests.
   *
   * @return the narrowed query
   */
  public DirectiveQuery contested() {
    return where(Directive::isContested);
  }

  static boolean isInForce(AccountabilityFramework framework, Directive d, LocalDate day) {
    if (!d.isInForceOn(day)) {
      return false;
    }
    return successorStart(framework, d).map(s -> !s.certainlyOnOrBefore(day)).orElse(true);
  }

  /** When the first directive that supersedes {@code d} took effect, if one did. */
  static Optional<PartialDate> successorStart(AccountabilityFramework framework, Directive d) {
    return Optional.ofNullable(framework.index().supersededOn.get(d.id()));
  }
}

package org.accountability.framework;

import static java.util.Objects.requireNonNull;
import static org.accountability.framework.TextTable.column;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Predicate;
import org.accountability.model.Lever;
import org.accountability.model.OversightBody;

/**
 * A query over oversight bodies.
 *
 * <pre>{@code
 * ice.oversightBodies().ofKind(OversightBody.Kind.COURT).list();
 * ice.oversightBodies().withLever(Lever.INVESTIGATION).count();
 * }</pre>
 */
public final class OversightBodyQuery extends FactQuery<OversightBody, OversightBodyQuery> {
  private static final List<TextTable.Column<OversightBody>> COLUMNS =
      List.of(
          column("id", OversightBody::id),
          column("kind", b -> b.kind().toString()),
          column("levers", b -> TextTable.join(b.levers())),
          column("actions", b -> Integer.toString(b.actions().size())),
          column("name", OversightBody::name));

  OversightBodyQuery(
      AccountabilityFramework framework,
      ImmutableList<OversightBody> source,
      List<OversightBody> candidates,
      Predicate<? super OversightBody> filter) {
    super(framework, source, candidates, filter);
  }

  @Override
  OversightBodyQuery derive(
      List<OversightBody> candidates, Predicate<? super OversightBody> filter) {
    return new OversightBodyQuery(framework, source(), candidates, filter);
  }

  @Override
  List<TextTable.Column<OversightBody>> columns() {
    return COLUMNS;
  }

  @Override
  String noun() {
    return "oversight bodies";
  }

  @Override
  Class<OversightBody> kind() {
    return OversightBody.class;
  }

  /**
   * Keeps bodies of a kind.
   *
   * @param kind the kind
   * @return the narrowed query
   */
  public OversightBodyQuery ofKind(OversightBody.Kind kind) {
    requireNonNull(kind, "kind");
    return where(b -> b.kind() == kind);
  }

  /**
   * Keeps bodies that have the lever.
   *
   * @param lever the lever
   * @return the narrowed query
   */
  public OversightBodyQuery withLever(Lever lever) {
    requireNonNull(lever, "lever");
    return where(b -> b.levers().contains(lever));
  }
}

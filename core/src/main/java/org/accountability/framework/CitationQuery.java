package org.accountability.framework;

import static java.util.Objects.requireNonNull;
import static org.accountability.framework.TextTable.column;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.accountability.model.Citation;

/**
 * A query over citations.
 *
 * <pre>{@code
 * ice.citations().ofKind(Citation.Kind.STATUTE).list();
 * ice.citations().publishedBy("Washington Post").count();
 * }</pre>
 */
public final class CitationQuery extends EntityQuery<Citation, CitationQuery> {
  static final List<TextTable.Column<Citation>> COLUMNS =
      List.of(
          column("id", Citation::id),
          column("kind", c -> c.kind().toString()),
          column("publisher", Citation::publisher),
          column("date", c -> c.date().map(Object::toString).orElse("")),
          column("title", c -> c.title().orElse("")));

  CitationQuery(
      AccountabilityFramework framework,
      ImmutableList<Citation> source,
      List<Citation> candidates,
      Predicate<? super Citation> filter) {
    super(framework, source, candidates, filter);
  }

  @Override
  CitationQuery derive(List<Citation> candidates, Predicate<? super Citation> filter) {
    return new CitationQuery(framework, source(), candidates, filter);
  }

  @Override
  List<TextTable.Column<Citation>> columns() {
    return COLUMNS;
  }

  @Override
  String noun() {
    return "citations";
  }

  /**
   * Keeps citations of a kind.
   *
   * @param kind the kind
   * @return the narrowed query
   */
  public CitationQuery ofKind(Citation.Kind kind) {
    requireNonNull(kind, "kind");
    return where(c -> c.kind() == kind);
  }

  /**
   * Keeps citations whose publisher or host equals the name, ignoring case.
   *
   * @param name the publisher or host
   * @return the narrowed query
   */
  public CitationQuery publishedBy(String name) {
    requireNonNull(name, "name");
    return where(
        c ->
            c.publisher().equalsIgnoreCase(name)
                || c.host().map(name::equalsIgnoreCase).orElse(false));
  }

  /**
   * Keeps primary (or secondary) sources.
   *
   * @param primary true for primary sources, false for secondary
   * @return the narrowed query
   */
  public CitationQuery primary(boolean primary) {
    return where(c -> c.isPrimary() == primary);
  }

  /**
   * Keeps citations published certainly on or before the day; undated citations are left out.
   *
   * @param day the day
   * @return the narrowed query
   */
  public CitationQuery asOf(LocalDate day) {
    requireNonNull(day, "day");
    return where(c -> c.date().map(d -> d.certainlyOnOrBefore(day)).orElse(false));
  }
}

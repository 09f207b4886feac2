package org.accountability.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A case study's facts file on the test classpath, read as Markdown tables: the rows of the table
 * under a heading, each cell by its column header, and the helpers the facts tests share to read
 * cells and to look up what a case study holds.
 *
 * <pre>{@code
 * FactsFile facts = new FactsFile("ice-quotas-facts.md");
 * for (FactsFile.Row row : facts.table("Sources")) {
 *   row.get("key");
 * }
 * }</pre>
 */
final class FactsFile {
  private static final Splitter WHITESPACE =
      Splitter.on(CharMatcher.whitespace()).omitEmptyStrings();
  private static final Splitter COMMA = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Pattern STANCE_TOKEN = Pattern.compile("([+=-])(C[0-9]+)");
  private static final Pattern SEPARATOR = Pattern.compile("\\|(\\s*:?-+:?\\s*\\|)+");

  private final String resource;
  private final List<String> lines;

  /**
   * Reads a facts file from the root of the test classpath.
   *
   * @param resource the file's name, such as {@code ice-quotas-facts.md}
   */
  FactsFile(String resource) {
    this.resource = resource;
    this.lines = read(resource);
  }

  /** One data row of a Markdown table: its cells by column header, trimmed. */
  record Row(String table, int line, Map<String, String> cells) {
    String get(String column) {
      String cell = cells.get(column);
      if (cell == null) {
        throw new IllegalArgumentException(
            "table '"
                + table
                + "' has no column '"
                + column
                + "' (columns "
                + cells.keySet()
                + ")");
      }
      return cell;
    }

    @Override
    public String toString() {
      return table + " line " + line + ": " + cells;
    }
  }

  /**
   * The rows of the first table after the {@code ##} heading that starts with the text.
   *
   * @param heading the start of the heading, without the {@code ## }
   * @return the data rows, at least one
   */
  List<Row> table(String heading) {
    int i = 0;
    while (i < lines.size() && !lines.get(i).startsWith("## " + heading)) {
      i++;
    }
    if (i == lines.size()) {
      throw new IllegalStateException(resource + ": no heading '## " + heading + "'");
    }
    i++;
    while (i < lines.size() && !lines.get(i).startsWith("|")) {
      if (lines.get(i).startsWith("#")) {
        throw new IllegalStateException(resource + ": no table under '## " + heading + "'");
      }
      i++;
    }
    if (i + 1 >= lines.size()) {
      throw new IllegalStateException(resource + ": no table under '## " + heading + "'");
    }
    List<String> header = cells(lines.get(i));
    if (!SEPARATOR.matcher(lines.get(i + 1)).matches()) {
      throw new IllegalStateException(
          resource + " line " + (i + 2) + ": expected a separator row under '" + heading + "'");
    }
    List<Row> rows = new ArrayList<>();
    for (int j = i + 2; j < lines.size() && lines.get(j).startsWith("|"); j++) {
      List<String> cells = cells(lines.get(j));
      if (cells.size() != header.size()) {
        throw new IllegalStateException(
            resource
                + " line "
                + (j + 1)
                + ": "
                + cells.size()
                + " cells, expected "
                + header.size());
      }
      Map<String, String> byColumn = new LinkedHashMap<>();
      for (int k = 0; k < header.size(); k++) {
        byColumn.put(header.get(k), cells.get(k));
      }
      rows.add(new Row(heading, j + 1, byColumn));
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(resource + ": empty table under '## " + heading + "'");
    }
    return rows;
  }

  // ------------------------------------------------------------ cell helpers

  /**
   * The stance tokens of a Sources row, such as {@code +C1} and {@code =C5}; none for a row that is
   * context for routes only.
   */
  static Set<String> stanceTokens(Row row) {
    Set<String> tokens = new TreeSet<>();
    if (row.get("stance").startsWith("context for routes")) {
      return tokens;
    }
    for (String token : WHITESPACE.split(row.get("stance"))) {
      if (!STANCE_TOKEN.matcher(token).matches()) {
        throw new IllegalArgumentException(row.get("key") + ": unreadable stance '" + token + "'");
      }
      assertTrue(tokens.add(token), row.get("key") + ": stance " + token + " given twice");
    }
    return tokens;
  }

  /** The facts file's symbol for a stance: {@code +} supports, {@code -} contradicts, {@code =}. */
  static String symbol(Claim.Stance stance) {
    return switch (stance) {
      case SUPPORTS -> "+";
      case CONTRADICTS -> "-";
      case REPORTS_BOTH -> "=";
    };
  }

  /** A blank cell as empty, any other as its text. */
  static Optional<String> optional(String cell) {
    return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }

  /** A comma-separated cell as a set. */
  static Set<String> list(String cell) {
    return new TreeSet<>(COMMA.splitToList(cell));
  }

  /** One column of the rows, in order, asserting that no value repeats. */
  static List<String> keys(List<Row> rows, String column) {
    List<String> out = rows.stream().map(r -> r.get(column)).collect(Collectors.toList());
    assertEquals(out.size(), Set.copyOf(out).size(), "duplicate " + column + " in " + out);
    return out;
  }

  /** The rows as parameterized-test arguments, each shown by its name. */
  static Stream<Arguments> named(List<Row> rows, Function<Row, String> name) {
    return rows.stream().map(r -> Arguments.of(Named.of(name.apply(r), r)));
  }

  // ------------------------------------------------------- case-study lookups

  /**
   * The one personnel action of the framework citing exactly the row's sources, with the role and
   * status the row maps to; fails naming the candidates otherwise.
   */
  static PersonnelAction matchingAction(
      AccountabilityFramework framework, Role role, PersonnelAction.Status status, Row row) {
    String key = row.get("action");
    Set<String> sources = list(row.get("source"));
    List<PersonnelAction> matches =
        framework.personnelActions().list().stream()
            .filter(a -> Set.copyOf(a.citations()).equals(sources))
            .filter(a -> a.subjectRole().equals(role))
            .filter(a -> a.status() == status)
            .collect(Collectors.toList());
    if (matches.size() != 1) {
      List<String> sameSources =
          framework.personnelActions().list().stream()
              .filter(a -> Set.copyOf(a.citations()).equals(sources))
              .map(a -> a.id() + " " + a.subjectRole() + " " + a.status())
              .collect(Collectors.toList());
      fail(
          key
              + ": expected exactly one personnel action citing "
              + sources
              + " with role "
              + role
              + " and status "
              + status
              + ", found "
              + matches.size()
              + "; actions with those citations: "
              + sameSources);
    }
    return matches.get(0);
  }

  /** The case study's citation with the key, or a failure naming the key. */
  static Citation citation(AccountabilityFramework framework, String key) {
    Optional<Citation> citation = framework.citation(key);
    if (citation.isEmpty()) {
      fail(key + ": no citation with this id in the case study");
    }
    return citation.orElseThrow();
  }

  /** The case study's claim with the id, or a failure naming it. */
  static Claim claim(AccountabilityFramework framework, String id) {
    return framework.claims().list().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + ": no such claim"));
  }

  /** The stances the case study's claims take from one citation, as the file writes them. */
  static Set<String> stancesOf(AccountabilityFramework framework, String citation) {
    Set<String> actual = new TreeSet<>();
    for (Claim claim : framework.claims().list()) {
      for (Claim.Source source : claim.sources()) {
        if (source.citation().equals(citation)) {
          actual.add(symbol(source.stance()) + claim.id());
        }
      }
    }
    return actual;
  }

  /** Every claim source of the case study as {@code citation stance+claim}. */
  static Set<String> claimSources(AccountabilityFramework framework) {
    Set<String> actual = new TreeSet<>();
    for (Claim claim : framework.claims().list()) {
      for (Claim.Source source : claim.sources()) {
        actual.add(source.citation() + " " + symbol(source.stance()) + claim.id());
      }
    }
    return actual;
  }

  /** Every stance token of the Sources rows as {@code key stance+claim}. */
  static Set<String> tableStances(List<Row> sources) {
    Set<String> expected = new TreeSet<>();
    for (Row row : sources) {
      for (String token : stanceTokens(row)) {
        expected.add(row.get("key") + " " + token);
      }
    }
    return expected;
  }

  // ------------------------------------------------------------------ parser

  private static List<String> cells(String line) {
    String inner = line.trim();
    if (!inner.startsWith("|") || !inner.endsWith("|")) {
      throw new IllegalStateException("not a table row: " + line);
    }
    inner = inner.substring(1, inner.length() - 1);
    List<String> out = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      out.add(cell.trim());
    }
    return out;
  }

  private static List<String> read(String resource) {
    try (InputStream in = FactsFile.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

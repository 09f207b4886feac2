package org.accountability.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Renders rows as an aligned plain-text table, for JShell and logs. */
final class TextTable {
  static final int MAX_WIDTH = 60;

  /** One column: a header and how to get the cell of a row. */
  static final class Column<T> {
    final String header;
    final Function<? super T, String> cell;

    Column(String header, Function<? super T, String> cell) {
      this.header = header;
      this.cell = cell;
    }
  }

  private TextTable() {}

  static <T> Column<T> column(String header, Function<? super T, String> cell) {
    return new Column<>(header, cell);
  }

  static <T> String render(List<Column<T>> columns, List<? extends T> rows, String noun) {
    if (rows.isEmpty()) {
      return "(no " + noun + ")";
    }
    return table(columns, rows) + count(rows.size(), noun);
  }

  /** The header, a rule and a line per row, without a count. */
  static <T> String table(List<Column<T>> columns, List<? extends T> rows) {
    List<List<String>> cells = new ArrayList<>();
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = columns.get(c).header.length();
    }
    for (T row : rows) {
      List<String> line = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        String text = fit(columns.get(c).cell.apply(row));
        line.add(text);
        widths[c] = Math.max(widths[c], text.length());
      }
      cells.add(line);
    }
    StringBuilder out = new StringBuilder();
    List<String> headers = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      headers.add(columns.get(c).header);
      rules.add("-".repeat(widths[c]));
    }
    line(out, headers, widths);
    line(out, rules, widths);
    for (List<String> line : cells) {
      line(out, line, widths);
    }
    return out.toString();
  }

  /** {@code 2 claims}, {@code 1 claim}, {@code 1 oversight body}: a count with its noun. */
  static String count(long n, String plural) {
    if (n != 1) {
      return n + " " + plural;
    }
    return plural.endsWith("ies")
        ? "1 " + plural.substring(0, plural.length() - 3) + "y"
        : "1 " + plural.substring(0, plural.length() - 1);
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append("  ");
      }
      String cell = cells.get(c);
      line.append(cell);
      if (c < cells.size() - 1) {
        line.append(" ".repeat(widths[c] - cell.length()));
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String fit(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= MAX_WIDTH ? flat : flat.substring(0, MAX_WIDTH - 1) + "…";
  }

  static String join(Iterable<?> values) {
    List<String> parts = new ArrayList<>();
    values.forEach(v -> parts.add(String.valueOf(v)));
    return String.join(", ", parts);
  }
}

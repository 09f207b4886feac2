package org.accountability.examples;

import java.util.ArrayList;
import java.util.List;

/** Plain-text and Markdown tables for the examples' output. */
public final class Tables {
  private Tables() {}

  /**
   * An aligned plain-text table: header, rule, rows; cells are never cut.
   *
   * @param headers the column headers
   * @param rows the rows, each a list of cells (missing cells are blank)
   * @return the table, a line each for the header, the rule and every row
   */
  public static String text(List<String> headers, List<? extends List<String>> rows) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < headers.size(); c++) {
      widths[c] = headers.get(c).length();
    }
    for (List<String> row : rows) {
      for (int c = 0; c < headers.size(); c++) {
        widths[c] = Math.max(widths[c], cell(row, c).length());
      }
    }
    List<String> rules = new ArrayList<>();
    for (int width : widths) {
      rules.add("-".repeat(width));
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    line(out, rules, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  /**
   * A Markdown table; pipes inside cells are escaped.
   *
   * @param headers the column headers
   * @param rows the rows, each a list of cells (missing cells are blank)
   * @return the table in Markdown
   */
  public static String markdown(List<String> headers, List<? extends List<String>> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| ").append(String.join(" | ", escape(headers))).append(" |\n");
    out.append("|").append("---|".repeat(headers.size())).append('\n');
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < headers.size(); c++) {
        cells.add(cell(row, c));
      }
      out.append("| ").append(String.join(" | ", escape(cells))).append(" |\n");
    }
    return out.toString();
  }

  private static List<String> escape(List<String> cells) {
    List<String> out = new ArrayList<>();
    for (String cell : cells) {
      out.add(cell.replace("|", "\\|").replace('\n', ' '));
    }
    return out;
  }

  private static String cell(List<String> row, int c) {
    return c < row.size() ? row.get(c).replace('\n', ' ') : "";
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        line.append("  ");
      }
      String text = cell(cells, c);
      line.append(text).append(" ".repeat(widths[c] - text.length()));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}

package org.accountability.benchmarks;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Turns a JMH result file ({@code -rf json}) into the Markdown tables of the README: each library
 * benchmark against its reference of the same run, as medians and the ratio library / reference,
 * and how each benchmark grew from one size to the next.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.accountability.benchmarks.ResultsTable jmh-result.json
 * }</pre>
 *
 * <p>Several files (runs at different sizes, say) are read as one.
 *
 * <p>A ratio's error is the 99.9% confidence half-widths that JMH reports for the two means,
 * relative, added in quadrature and applied to the ratio of medians.
 */
public final class ResultsTable {
  private ResultsTable() {}

  /** Each library benchmark and its references, by method name within the class. */
  static final String[][] PAIRS = {
    {"ReadDocument", "library", "jacksonTokens"},
    {"ReadDocument", "library", "jacksonDatabind"},
    {"ReadProblems", "libraryFirstThousand", "validDocument"},
    {"ReadProblems", "libraryEveryProblem", "validDocument"},
    {"ReadJsonLines", "library", "jacksonTokens"},
    {"ReadJsonLines", "library", "jacksonDatabind"},
    {"Write", "libraryDocument", "jacksonDatabindDocument"},
    {"Write", "libraryJsonLines", "jacksonDatabindJsonLines"},
    {"Build", "library", "plainRecords"},
    {"Build", "libraryFrameworkOnly", "plainRecords"},
    {"Assess", "library", "plainLoop"},
    {"Query", "libraryInForce", "streamInForce"},
    {"Query", "libraryInForce", "duckdbInForce"},
    {"Query", "libraryAgainst", "streamAgainst"},
    {"Query", "libraryAgainst", "duckdbAgainst"},
    {"Query", "libraryForConduct", "streamForConduct"},
    {"Query", "libraryForConduct", "duckdbForConduct"},
    {"Query", "libraryCiting", "streamCiting"},
    {"Query", "libraryCiting", "duckdbCiting"},
    {"Growth", "libraryRemove", "plainRemove"},
  };

  private record Score(double median, double mean, double error, String unit) {}

  /**
   * Prints the tables.
   *
   * @param args the JMH result files, read as one ({@code jmh-result.json} if none)
   */
  public static void main(String[] args) {
    List<JsonNode> results = new ArrayList<>();
    for (String file : args.length > 0 ? args : new String[] {"jmh-result.json"}) {
      Plain.DOCUMENTS.readTree(new File(file)).forEach(results::add);
    }
    Map<String, Map<Integer, Score>> scores = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String name = r.get("benchmark").asString();
      String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      JsonNode size = r.path("params").path("size");
      JsonNode m = r.get("primaryMetric");
      scores
          .computeIfAbsent(shortName, k -> new TreeMap<>())
          .put(
              size.isMissingNode() ? 0 : Integer.parseInt(size.asString()),
              new Score(
                  value(m.get("scorePercentiles").get("50.0")),
                  value(m.get("score")),
                  value(m.get("scoreError")),
                  m.get("scoreUnit").asString()));
    }
    System.out.println(
        "| operation | entities | library (median) | reference | reference (median) | library / reference |");
    System.out.println("|---|---:|---:|---|---:|---:|");
    for (String[] pair : PAIRS) {
      Map<Integer, Score> library = scores.get(pair[0] + "." + pair[1]);
      Map<Integer, Score> reference = scores.get(pair[0] + "." + pair[2]);
      if (library == null || reference == null) {
        continue;
      }
      for (Map.Entry<Integer, Score> e : library.entrySet()) {
        int size = e.getKey();
        Score l = e.getValue();
        Score r = reference.get(size);
        if (r == null) {
          continue;
        }
        double ratio = l.median() / r.median();
        double error = ratio * Math.hypot(relative(l), relative(r));
        System.out.printf(
            Locale.ROOT,
            "| %s.%s | %,d | %s | %s | %s | %s ± %s |%n",
            pair[0],
            pair[1],
            size,
            format(l),
            pair[2],
            format(r),
            number(ratio),
            number(error));
      }
    }
    System.out.println();
    System.out.println("| benchmark | from (entities) | to | median from | median to | growth |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, Map<Integer, Score>> e : scores.entrySet()) {
      List<Map.Entry<Integer, Score>> sizes = new ArrayList<>(e.getValue().entrySet());
      for (int i = 1; i < sizes.size(); i++) {
        Score a = sizes.get(i - 1).getValue();
        Score b = sizes.get(i).getValue();
        System.out.printf(
            Locale.ROOT,
            "| %s | %,d | %,d | %s | %s | ×%s |%n",
            e.getKey(),
            sizes.get(i - 1).getKey(),
            sizes.get(i).getKey(),
            format(a),
            format(b),
            number(b.median() / a.median()));
      }
    }
  }

  /** A number, or NaN where JMH wrote "NaN" (an error from too few iterations). */
  private static double value(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.NaN;
  }

  private static double relative(Score s) {
    return s.error() / s.mean();
  }

  private static String format(Score s) {
    return number(s.median()) + " " + s.unit().replace("/op", "");
  }

  private static String number(double x) {
    if (x >= 100) {
      return String.format(Locale.ROOT, "%,.0f", x);
    } else if (x >= 10) {
      return String.format(Locale.ROOT, "%.1f", x);
    } else if (x >= 1) {
      return String.format(Locale.ROOT, "%.2f", x);
    }
    return Double.isNaN(x) ? "?" : String.format(Locale.ROOT, "%.3g", x);
  }
}

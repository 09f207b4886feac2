package org.accountability.examples.duckdb;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accountability.casestudy.CaseStudies;
import org.accountability.examples.Outputs;
import org.accountability.examples.Tables;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.json.AccountabilityJson;

/**
 * Exports the case study as JSON Lines ({@link AccountabilityJson#writeJsonLines(
 * AccountabilityFramework, Path)}: one header line, then one line per entity) and queries the file
 * with SQL in DuckDB, in process and in memory ({@code jdbc:duckdb:} and {@code read_json_auto}):
 * entities by type, personnel actions by status, the observations, and the oversight bodies'
 * actions unnested from their bodies.
 *
 * <p>Run it from the repository root:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples-duckdb -am compile -Pdata
 * }</pre>
 *
 * <p>The file goes to {@code examples-duckdb/target/ice-deportation-quotas.jsonl}, or to the path
 * given with {@code -Dexec.args=ice.jsonl}. The same SQL works in the DuckDB shell on that file.
 */
public final class DataOut {
  /** The JSON Lines file's name in the output directory. */
  public static final String DEFAULT_FILE = "ice-deportation-quotas.jsonl";

  /** Lines by type: every entity type, and the {@code FRAMEWORK} header line. */
  public static final String ENTITIES_BY_TYPE =
      "SELECT type, count(*) AS lines FROM entities GROUP BY type ORDER BY lines DESC, type";

  /** Personnel actions by status, with their ids. */
  public static final String PERSONNEL_ACTIONS_BY_STATUS =
      """
      SELECT status, count(*) AS actions, string_agg(id, ', ' ORDER BY id) AS ids
      FROM entities WHERE type = 'PERSONNEL_ACTION'
      GROUP BY status ORDER BY actions DESC, status""";

  /** The observations, in period order. */
  public static final String OBSERVATIONS =
      """
      SELECT id, metric, qualifier, value, period, coalesce(periodLabel, '') AS label
      FROM entities WHERE type = 'OBSERVATION' ORDER BY period, id""";

  /**
   * The actions of the oversight bodies, unnested from the bodies that hold them, each with its
   * latest outcome (the last of its dated steps).
   */
  public static final String OVERSIGHT_ACTIONS =
      """
      SELECT body, action.id AS action, action.lever AS lever,
        action.outcomes[-1].outcome AS outcome
      FROM (SELECT id AS body, unnest(actions) AS action FROM entities WHERE type = 'OVERSIGHT_BODY')
      ORDER BY body, action""";

  private DataOut() {}

  /**
   * A query's result: column labels and rows of cell text ({@code NULL} as an empty string).
   *
   * @param columns the column labels
   * @param rows the rows
   */
  public record Result(List<String> columns, List<List<String>> rows) {
    /** Copies the lists. */
    public Result {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }

    /**
     * The result as an aligned text table with a row count.
     *
     * @return the table
     */
    @Override
    public String toString() {
      return Tables.text(columns, rows)
          + "("
          + rows.size()
          + (rows.size() == 1 ? " row)" : " rows)");
    }
  }

  /**
   * Writes the framework as JSON Lines.
   *
   * @param framework the framework
   * @param file the file to create or replace
   * @return the file
   */
  public static Path export(AccountabilityFramework framework, Path file) {
    Outputs.createParent(file);
    AccountabilityJson.create().writeJsonLines(framework, file);
    return file;
  }

  /**
   * Opens an in-memory DuckDB database with a view {@code entities} over the JSON Lines file.
   *
   * @param jsonLines the file
   * @return the connection; close it when done
   * @throws SQLException if DuckDB cannot read the file
   */
  public static Connection open(Path jsonLines) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE VIEW entities AS SELECT * FROM read_json_auto('" + sqlString(jsonLines) + "')");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  private static String sqlString(Path file) {
    return file.toAbsolutePath().toString().replace("'", "''");
  }

  /**
   * Runs a query.
   *
   * @param connection the connection
   * @param sql the query
   * @return the result
   * @throws SQLException if the query fails
   */
  public static Result query(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        columns.add(meta.getColumnLabel(c));
      }
      List<List<String>> rows = new ArrayList<>();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int c = 1; c <= columns.size(); c++) {
          String value = rs.getString(c);
          row.add(value == null ? "" : value);
        }
        rows.add(row);
      }
      return new Result(columns, rows);
    }
  }

  /**
   * Counts the lines of each type in the file: every entity type and the {@code FRAMEWORK} header.
   *
   * @param connection a connection from {@link #open(Path)}
   * @return lines by type
   * @throws SQLException if the query fails
   */
  public static Map<String, Long> countByType(Connection connection) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (List<String> row : query(connection, ENTITIES_BY_TYPE).rows()) {
      counts.put(row.get(0), Long.parseLong(row.get(1)));
    }
    return counts;
  }

  /**
   * Runs the example: exports the case study and prints each query with its result.
   *
   * @param args none, or the JSON Lines file to write
   * @param out where to print
   * @return the file written
   * @throws SQLException if DuckDB fails
   */
  public static Path run(List<String> args, PrintStream out) throws SQLException {
    if (args.size() > 1) {
      throw new IllegalArgumentException("Usage: DataOut [file.jsonl]");
    }
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    Path file = export(ice, Outputs.fileArgument(args, 0, DEFAULT_FILE));
    out.println("Wrote " + file.toAbsolutePath().normalize());
    out.println();
    try (Connection db = open(file)) {
      out.println("-- DuckDB (in memory):");
      out.println(
          "CREATE VIEW entities AS SELECT * FROM read_json_auto('" + sqlString(file) + "');");
      for (String sql :
          List.of(ENTITIES_BY_TYPE, PERSONNEL_ACTIONS_BY_STATUS, OBSERVATIONS, OVERSIGHT_ACTIONS)) {
        out.println();
        out.println(sql + ";");
        out.println(query(db, sql));
      }
    }
    return file;
  }

  /**
   * Exports and queries the case study.
   *
   * @param args none, or the JSON Lines file to write
   * @throws SQLException if DuckDB fails
   */
  public static void main(String[] args) throws SQLException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(List.of(args), out);
    out.flush();
  }
}

package org.accountability.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The DuckDB reference: the library's JSON Lines export loaded with {@code read_json} into an
 * in-memory table, in process, and the library's queries asked in SQL. DuckDB runs on one thread,
 * as the library and the other references do.
 */
public final class Sql implements AutoCloseable {
  /**
   * The directives certainly in force on a day, by the library's rule: they certainly took effect
   * by then, had not certainly ended before it, and the first directive to supersede them (in the
   * order of partial dates: start, end, exact before approximate) had not certainly taken effect.
   */
  public static final String IN_FORCE =
      """
      WITH d AS (SELECT id, effective, ended, supersedes FROM entities WHERE type = 'DIRECTIVE'),
      successor AS (
        SELECT supersedes.directive AS superseded,
          first(effective ORDER BY pd_start(effective), pd_end(effective), contains(effective, '~'))
            AS effective
        FROM d WHERE supersedes IS NOT NULL AND effective IS NOT NULL GROUP BY 1)
      SELECT count(*) FROM d LEFT JOIN successor s ON s.superseded = d.id
      WHERE d.effective IS NOT NULL AND pd_latest(d.effective) <= ?
        AND (d.ended IS NULL OR pd_latest(d.ended) >= ?)
        AND (s.effective IS NULL OR pd_latest(s.effective) > ?)""";

  /** The personnel actions against people in a role. */
  public static final String AGAINST =
      "SELECT count(*) FROM entities WHERE type = 'PERSONNEL_ACTION' AND subjectRole = ?";

  /** The personnel actions answering a conduct. */
  public static final String FOR_CONDUCT =
      "SELECT count(*) FROM entities WHERE type = 'PERSONNEL_ACTION' AND conduct = ?";

  /** The personnel actions citing a source. */
  public static final String CITING =
      "SELECT count(*) FROM entities WHERE type = 'PERSONNEL_ACTION' AND list_contains(citations, ?)";

  /** A partial date's stated interval and its widening when approximate, as SQL macros. */
  private static final String[] MACROS = {
    "CREATE MACRO pd_text(s) AS replace(s, '~', '')",
    "CREATE MACRO pd_start(s) AS CAST(CASE length(pd_text(s)) WHEN 4 THEN pd_text(s) || '-01-01'"
        + " WHEN 7 THEN pd_text(s) || '-01' ELSE pd_text(s) END AS DATE)",
    "CREATE MACRO pd_units(s, n) AS CASE length(pd_text(s)) WHEN 4 THEN to_years(n)"
        + " WHEN 7 THEN to_months(n) ELSE to_days(n) END",
    "CREATE MACRO pd_end(s) AS CAST(pd_start(s) + pd_units(s, 1) - INTERVAL 1 DAY AS DATE)",
    "CREATE MACRO pd_latest(s) AS CAST(pd_start(s)"
        + " + pd_units(s, CASE WHEN contains(s, '~') THEN 2 ELSE 1 END) - INTERVAL 1 DAY AS DATE)",
  };

  private final Connection connection;
  private final PreparedStatement inForce;
  private final PreparedStatement against;
  private final PreparedStatement forConduct;
  private final PreparedStatement citing;

  private Sql(Connection connection) throws SQLException {
    this.connection = connection;
    this.inForce = connection.prepareStatement(IN_FORCE);
    this.against = connection.prepareStatement(AGAINST);
    this.forConduct = connection.prepareStatement(FOR_CONDUCT);
    this.citing = connection.prepareStatement(CITING);
  }

  /**
   * Loads a JSON Lines file into a new in-memory database.
   *
   * @param jsonLines the file
   * @return the database
   * @throws SQLException if DuckDB cannot read it
   */
  public static Sql load(Path jsonLines) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      s.execute("SET threads = 1");
      for (String macro : MACROS) {
        s.execute(macro);
      }
      s.execute(
          "CREATE TABLE entities AS SELECT * FROM read_json('"
              + jsonLines.toAbsolutePath().toString().replace("'", "''")
              + "', format = 'newline_delimited', sample_size = -1)");
      return new Sql(c);
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  /**
   * How many directives were certainly in force on the day.
   *
   * @param day the day
   * @return the count
   * @throws SQLException if the query fails
   */
  public long inForceOn(LocalDate day) throws SQLException {
    Date d = Date.valueOf(day);
    inForce.setDate(1, d);
    inForce.setDate(2, d);
    inForce.setDate(3, d);
    return count(inForce);
  }

  /**
   * How many personnel actions were taken against people in the role.
   *
   * @param role the role's id
   * @return the count
   * @throws SQLException if the query fails
   */
  public long against(String role) throws SQLException {
    against.setString(1, role);
    return count(against);
  }

  /**
   * How many personnel actions answered the conduct.
   *
   * @param conduct the conduct's id
   * @return the count
   * @throws SQLException if the query fails
   */
  public long forConduct(String conduct) throws SQLException {
    forConduct.setString(1, conduct);
    return count(forConduct);
  }

  /**
   * How many personnel actions cite the source.
   *
   * @param citation the citation's id
   * @return the count
   * @throws SQLException if the query fails
   */
  public long citing(String citation) throws SQLException {
    citing.setString(1, citation);
    return count(citing);
  }

  private static long count(PreparedStatement statement) throws SQLException {
    try (ResultSet rs = statement.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    inForce.close();
    against.close();
    forConduct.close();
    citing.close();
    connection.close();
  }
}

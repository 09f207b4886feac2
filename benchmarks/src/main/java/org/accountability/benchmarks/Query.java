package org.accountability.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Conduct;
import org.accountability.model.Directive;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Four queries, each three ways in the same run: the library's query API, a plain stream over the
 * framework's own entity lists, and the same query in SQL in DuckDB (in process, on one thread)
 * over a table loaded with {@code read_json} from the library's JSON Lines export.
 *
 * <ul>
 *   <li>{@code directives().inForceOn(day).count()}: the directives certainly in force on a day,
 *       supersession included;
 *   <li>{@code personnelActions().against(role).count()};
 *   <li>{@code personnelActions().forConduct(conduct).count()};
 *   <li>{@code personnelActions().citing(citationId).count()}: the actions citing one source.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@SuppressWarnings("NullAway.Init")
public class Query {
  /** The day asked about. */
  public static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  /** The role asked about. */
  public static final Role ROLE = Role.FIELD_OFFICE_MANAGER;

  /** The conduct asked about. */
  public static final Conduct CONDUCT = Conduct.PENALIZING_MISSED_QUOTA;

  /**
   * The citation asked about: a source of the middle field office.
   *
   * @param size the entities in the framework
   * @return the citation's id
   */
  public static String citation(int size) {
    return "fo" + (size / Generator.BLOCK / 2 + 1) + "-src-3";
  }

  /** Entities in the framework. */
  @Param({"10000", "100000"})
  public int size;

  private AccountabilityFramework framework;
  private List<Directive> directives;
  private Map<String, PartialDate> successorStart;
  private List<PersonnelAction> personnelActions;
  private Path file;
  private Sql sql;

  /**
   * Generates the framework, exports and loads it into DuckDB, and checks that the three ways
   * agree.
   *
   * @throws IOException if the export cannot be written
   * @throws SQLException if DuckDB cannot load it
   */
  @Setup
  public void setUp() throws IOException, SQLException {
    framework = Fixture.of(size).framework;
    directives = framework.directives().list();
    successorStart = successorStarts(directives);
    personnelActions = framework.personnelActions().list();
    file = Files.createTempFile("accountability-benchmark-", ".jsonl");
    Fixture.JSON.writeJsonLines(framework, file);
    sql = Sql.load(file);
    check(libraryInForce(), streamInForce(), duckdbInForce(), "directives in force");
    check(libraryAgainst(), streamAgainst(), duckdbAgainst(), "personnel actions against a role");
    check(
        libraryForConduct(),
        streamForConduct(),
        duckdbForConduct(),
        "personnel actions for a conduct");
    check(libraryCiting(), streamCiting(), duckdbCiting(), "personnel actions citing a source");
  }

  /**
   * Closes DuckDB and deletes the export.
   *
   * @throws IOException if the export cannot be deleted
   * @throws SQLException if DuckDB cannot be closed
   */
  @TearDown
  public void tearDown() throws IOException, SQLException {
    sql.close();
    Files.deleteIfExists(file);
  }

  private static void check(long library, long stream, long duckdb, String what) {
    if (library != stream || library != duckdb) {
      throw new IllegalStateException(
          what + ": library " + library + ", stream " + stream + ", DuckDB " + duckdb);
    }
  }

  /**
   * For each superseded directive, when the first directive superseding it took effect: what the
   * library's index holds, computed once.
   */
  static Map<String, PartialDate> successorStarts(List<Directive> directives) {
    Map<String, PartialDate> first = new HashMap<>();
    for (Directive d : directives) {
      if (d.effective().isPresent() && d.supersedes().isPresent()) {
        first.merge(
            d.supersedes().get().directive(),
            d.effective().get(),
            (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    return first;
  }

  /**
   * The library: {@code directives().inForceOn(day).count()}.
   *
   * @return the count
   */
  @Benchmark
  public long libraryInForce() {
    return framework.directives().inForceOn(DAY).count();
  }

  /**
   * A plain stream over the directives with the same rule.
   *
   * @return the count
   */
  @Benchmark
  public long streamInForce() {
    return directives.stream()
        .filter(d -> d.isInForceOn(DAY))
        .filter(
            d -> {
              PartialDate successor = successorStart.get(d.id());
              return successor == null || !successor.certainlyOnOrBefore(DAY);
            })
        .count();
  }

  /**
   * DuckDB: the same rule in SQL.
   *
   * @return the count
   * @throws SQLException if the query fails
   */
  @Benchmark
  public long duckdbInForce() throws SQLException {
    return sql.inForceOn(DAY);
  }

  /**
   * The library: {@code personnelActions().against(role).count()}.
   *
   * @return the count
   */
  @Benchmark
  public long libraryAgainst() {
    return framework.personnelActions().against(ROLE).count();
  }

  /**
   * A plain stream over the personnel actions.
   *
   * @return the count
   */
  @Benchmark
  public long streamAgainst() {
    return personnelActions.stream().filter(a -> a.subjectRole().equals(ROLE)).count();
  }

  /**
   * DuckDB: the same query in SQL.
   *
   * @return the count
   * @throws SQLException if the query fails
   */
  @Benchmark
  public long duckdbAgainst() throws SQLException {
    return sql.against(ROLE.id());
  }

  /**
   * The library: {@code personnelActions().forConduct(conduct).count()}.
   *
   * @return the count
   */
  @Benchmark
  public long libraryForConduct() {
    return framework.personnelActions().forConduct(CONDUCT).count();
  }

  /**
   * A plain stream over the personnel actions.
   *
   * @return the count
   */
  @Benchmark
  public long streamForConduct() {
    Optional<Conduct> conduct = Optional.of(CONDUCT);
    return personnelActions.stream().filter(a -> a.conduct().equals(conduct)).count();
  }

  /**
   * DuckDB: the same query in SQL.
   *
   * @return the count
   * @throws SQLException if the query fails
   */
  @Benchmark
  public long duckdbForConduct() throws SQLException {
    return sql.forConduct(CONDUCT.id());
  }

  /**
   * The library: {@code personnelActions().citing(citationId).count()}.
   *
   * @return the count
   */
  @Benchmark
  public long libraryCiting() {
    return framework.personnelActions().citing(citation(size)).count();
  }

  /**
   * A plain stream over the personnel actions.
   *
   * @return the count
   */
  @Benchmark
  public long streamCiting() {
    String citation = citation(size);
    return personnelActions.stream().filter(a -> a.citations().contains(citation)).count();
  }

  /**
   * DuckDB: the same query in SQL.
   *
   * @return the count
   * @throws SQLException if the query fails
   */
  @Benchmark
  public long duckdbCiting() throws SQLException {
    return sql.citing(citation(size));
  }
}

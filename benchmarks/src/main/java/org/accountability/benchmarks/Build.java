package org.accountability.benchmarks;

import java.util.concurrent.TimeUnit;
import org.accountability.framework.AccountabilityFramework;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building and validating a framework from values held in memory (the plain records): every entity
 * through its builder, then {@code AccountabilityFramework.builder()...build()}, against
 * constructing the same plain records. {@link #libraryFrameworkOnly()} measures the framework's own
 * validation and indexes alone, on entities already built.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@SuppressWarnings("NullAway.Init")
public class Build {
  /** Entities in the framework. */
  @Param({"10000", "100000"})
  public int size;

  private Plain.Document document;
  private AccountabilityFramework framework;

  /** Generates the plain records. */
  @Setup
  public void setUp() {
    Fixture f = Fixture.of(size);
    document = f.document;
    framework = f.framework;
  }

  /**
   * The library: every entity built and checked, then the framework built and validated.
   *
   * @return the framework
   */
  @Benchmark
  public AccountabilityFramework library() {
    return Convert.framework(document);
  }

  /**
   * The library's framework validation and indexes alone: {@code toBuilder().build()} on entities
   * already built.
   *
   * @return the framework
   */
  @Benchmark
  public AccountabilityFramework libraryFrameworkOnly() {
    return framework.toBuilder().build();
  }

  /**
   * The reference: the same plain records constructed anew.
   *
   * @return the records
   */
  @Benchmark
  public Plain.Document plainRecords() {
    return PlainCopy.document(document);
  }
}

package org.accountability.benchmarks;

import java.util.concurrent.TimeUnit;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Assessment;
import org.accountability.model.Conduct;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA)} against a plain loop over the plain records
 * computing the same statuses from the same inputs ({@link PlainAssess}).
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
public class Assess {
  /** Entities in the framework. */
  @Param({"10000", "100000"})
  public int size;

  private Plain.Document document;
  private AccountabilityFramework framework;

  /** Generates the framework and checks that both answers agree. */
  @Setup
  public void setUp() {
    Fixture f = Fixture.of(size);
    document = f.document;
    framework = f.framework;
    if (library().verdict() != plainLoop().verdict()) {
      throw new IllegalStateException("the plain loop's verdict differs from the library's");
    }
  }

  /**
   * The library: {@code assess(role, conduct)}.
   *
   * @return the assessment
   */
  @Benchmark
  public Assessment library() {
    return framework.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA);
  }

  /**
   * The reference: one plain loop per liability over the plain records.
   *
   * @return the statuses and the verdict
   */
  @Benchmark
  public PlainAssess.Result plainLoop() {
    return PlainAssess.assess(document, Role.FIELD_OFFICE_MANAGER.id(), Conduct.MISSED_QUOTA.id());
  }
}

package org.accountability.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.json.AccountabilityJson;
import org.accountability.model.ValidationException;
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
 * Reading a document full of problems, against reading the same document without them: each
 * citation's {@code publisher} misspelt (an unknown property, then a missing attribute) and each
 * fact's first citation changed to one that is not there (a dangling reference, found when the
 * framework is built), some three problems for every two entities. Read with the default limit (the
 * first thousand problems kept, the rest counted) and with every problem kept. Measured at two
 * sizes, it shows the read growing as the document does.
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
public class ReadProblems {
  /** Entities in the framework. */
  @Param({"10000", "100000"})
  public int size;

  private static final AccountabilityJson EVERY_PROBLEM =
      AccountabilityJson.builder()
          .maxDocumentLength(Long.MAX_VALUE)
          .maxTokenCount(Long.MAX_VALUE)
          .maxProblems(Integer.MAX_VALUE)
          .build();

  private byte[] valid;
  private byte[] problems;

  /**
   * Writes the framework, then the same text with its problems.
   *
   * @throws IllegalStateException if the problems are not what they should be
   */
  @Setup
  public void setUp() {
    valid = Fixture.of(size).documentBytes();
    problems = withProblems(valid);
    int found = everyProblem();
    if (found < size) {
      throw new IllegalStateException(found + " problems in " + size + " entities");
    }
  }

  /**
   * The library, with the default limit of problems.
   *
   * @return how many problems are listed
   */
  @Benchmark
  public int libraryFirstThousand() {
    return problems(Fixture.JSON);
  }

  /**
   * The library, keeping every problem.
   *
   * @return how many problems are listed
   */
  @Benchmark
  public int libraryEveryProblem() {
    return everyProblem();
  }

  /**
   * The reference: the same document without its problems.
   *
   * @return the framework
   */
  @Benchmark
  public AccountabilityFramework validDocument() {
    return Fixture.JSON.read(new ByteArrayInputStream(valid));
  }

  /**
   * A document's bytes with its problems: each {@code publisher} misspelt, each first citation of a
   * list of citations changed to one that is not there.
   */
  static byte[] withProblems(byte[] valid) {
    return new String(valid, StandardCharsets.UTF_8)
        .replaceAll("\"publisher\"(\\s*):", "\"publishr\"$1:")
        .replaceAll("\"citations\"(\\s*):(\\s*)\\[(\\s*)\"", "\"citations\"$1:$2[$3\"nowhere-")
        .getBytes(StandardCharsets.UTF_8);
  }

  private int everyProblem() {
    return problems(EVERY_PROBLEM);
  }

  private int problems(AccountabilityJson json) {
    try {
      json.read(new ByteArrayInputStream(problems));
    } catch (ValidationException e) {
      return e.problems().size();
    }
    throw new IllegalStateException("a document full of problems was read without one");
  }
}

package org.accountability.benchmarks;

import java.io.ByteArrayInputStream;
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
import tools.jackson.core.JsonParser;

/**
 * Reading one framework document: the library's strict reader against Jackson's tokenizer on the
 * same bytes (the floor: every token, nothing kept) and Jackson databind into the plain records
 * (the practical limit: the same data, unchecked).
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
public class ReadDocument {
  /** Entities in the framework. */
  @Param({"10000", "100000"})
  public int size;

  private byte[] bytes;

  /** Generates the framework and writes it with the library. */
  @Setup
  public void setUp() {
    bytes = Fixture.of(size).documentBytes();
  }

  /**
   * The library: {@code AccountabilityJson.read}.
   *
   * @return the framework
   */
  @Benchmark
  public AccountabilityFramework library() {
    return Fixture.JSON.read(new ByteArrayInputStream(bytes));
  }

  /**
   * The floor: Jackson's tokenizer over the same bytes, counting tokens.
   *
   * @return the number of tokens
   */
  @Benchmark
  public long jacksonTokens() {
    long tokens = 0;
    try (JsonParser p = Plain.DOCUMENTS.createParser(bytes)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * The practical limit: Jackson databind into the plain records.
   *
   * @return the records
   */
  @Benchmark
  public Plain.Document jacksonDatabind() {
    return Plain.DOCUMENT_READER.readValue(bytes);
  }
}

package org.accountability.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.MappingIterator;

/**
 * Reading JSON Lines, one entity a line: the library's {@code readJsonLines} (each line read and
 * checked as an entity) against Jackson databind of one plain record a line, and Jackson's
 * tokenizer over the same bytes.
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
public class ReadJsonLines {
  /** Entities in the framework. */
  @Param({"10000", "100000"})
  public int size;

  private byte[] bytes;

  /** Generates the framework and exports it with the library. */
  @Setup
  public void setUp() {
    bytes = Fixture.of(size).jsonLinesBytes();
  }

  /**
   * The library: {@code AccountabilityJson.readJsonLines}, every entity consumed.
   *
   * @param bh the sink
   */
  @Benchmark
  public void library(Blackhole bh) {
    Fixture.JSON.readJsonLines(new ByteArrayInputStream(bytes)).forEach(bh::consume);
  }

  /**
   * The floor: Jackson's tokenizer over the same bytes, counting tokens.
   *
   * @return the number of tokens
   */
  @Benchmark
  public long jacksonTokens() {
    long tokens = 0;
    try (JsonParser p = Plain.LINES.createParser(bytes)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * The practical limit: Jackson databind of one plain record a line.
   *
   * @param bh the sink
   */
  @Benchmark
  public void jacksonDatabind(Blackhole bh) {
    try (MappingIterator<Plain.Line> lines = Plain.LINE_READER.readValues(bytes)) {
      while (lines.hasNextValue()) {
        bh.consume(lines.nextValue());
      }
    }
  }
}

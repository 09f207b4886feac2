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
import tools.jackson.databind.SequenceWriter;

/**
 * Writing a document (indented) and JSON Lines (one entity a line), in UTF-8, to a stream that only
 * counts bytes: the library's writers against Jackson databind writing the plain records.
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
public class Write {
  /** Entities in the framework. */
  @Param({"10000", "100000"})
  public int size;

  private AccountabilityFramework framework;
  private Plain.Document document;
  private final Fixture.Counting out = new Fixture.Counting();

  /** Generates the framework and its plain records. */
  @Setup
  public void setUp() {
    Fixture f = Fixture.of(size);
    framework = f.framework;
    document = f.document;
  }

  /**
   * The library: {@code AccountabilityJson.write} of a document.
   *
   * @return the bytes written
   */
  @Benchmark
  public long libraryDocument() {
    out.reset();
    Fixture.JSON.write(framework, out);
    return out.count();
  }

  /**
   * Jackson databind writing the plain document, indented.
   *
   * @return the bytes written
   */
  @Benchmark
  public long jacksonDatabindDocument() {
    out.reset();
    Plain.DOCUMENT_WRITER.writeValue(out, document);
    return out.count();
  }

  /**
   * The library: {@code AccountabilityJson.writeJsonLines} to a stream.
   *
   * @return the bytes written
   */
  @Benchmark
  public long libraryJsonLines() {
    out.reset();
    Fixture.JSON.writeJsonLines(framework, out);
    return out.count();
  }

  /**
   * Jackson databind writing the header and one plain record a line.
   *
   * @return the bytes written
   */
  @Benchmark
  public long jacksonDatabindJsonLines() {
    out.reset();
    try (SequenceWriter lines = Plain.LINE_WRITER.withRootValueSeparator("\n").writeValues(out)) {
      lines.write(document.header());
      lines.writeAll(document.citations());
      lines.writeAll(document.directives());
      lines.writeAll(document.personnelActions());
      lines.writeAll(document.oversightBodies());
      lines.writeAll(document.routes());
      lines.writeAll(document.claims());
      lines.writeAll(document.observations());
    }
    return out.count();
  }
}

package org.accountability.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs, each read through the public API in a JVM of its own with a 64 MiB heap ({@link
 * HostileInputMain}): each must end in the library's {@code ValidationException} whose first
 * problem is located, within {@value #SECONDS} seconds, never in an {@code OutOfMemoryError}, a
 * {@code StackOverflowError} or another exception. The inputs are generated into a temporary
 * directory, so that no large file is kept in the repository.
 *
 * <p>The time bound is generous, for a loaded CI machine with two cores; on an idle machine each
 * case takes a few seconds. Run only this suite with
 *
 * <pre>
 * ./mvnw -B -pl core,json test -Dtest=HostileInputTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Set {@code -Dhostile.verbose=true} to print each child's time and peak heap.
 */
class HostileInputTest {
  static final int SECONDS = 60;
  static final String HEAP = "-Xmx64m";

  @TempDir Path dir;

  // ---------------------------------------------------------------- paths and memory

  /**
   * A 40,000-character property name over an array of 200,000 numbers: were a JSON Pointer kept for
   * every value, this would take 8 GB.
   */
  @Test
  void aLongPropertyNameOverALargeArrayInADocument() throws IOException {
    Path file = longNameOverArray("document.json", "", "");
    assertLocatedValidationException(run("document", file), "MISSING");
  }

  @Test
  void aLongPropertyNameOverALargeArrayInAJsonLinesLine() throws IOException {
    Path file = longNameOverArray("stream.jsonl", "", "\n");
    assertLocatedValidationException(run("json-lines", file), "MISSING");
  }

  @Test
  void aLongPropertyNameOverALargeArrayInCslJson() throws IOException {
    Path file = longNameOverArray("citations.json", "[", "]");
    assertLocatedValidationException(run("csl", file), "MISSING");
  }

  // ---------------------------------------------------------------- many problems

  /** 30,000 problems in a document of about 1 MB. */
  @Test
  void thirtyThousandProblemsInADocument() throws IOException {
    Path file = dir.resolve("problems.json");
    Files.writeString(
        file, ReliabilityTest.citationsWithoutPublisher(30_000), StandardCharsets.UTF_8);
    assertLocatedValidationException(run("document", file), "MISSING");
  }

  /** 120,000 problems in CSL-JSON: three for each of 40,000 items. */
  @Test
  void oneHundredTwentyThousandProblemsInCslJson() throws IOException {
    Path file = dir.resolve("problems-csl.json");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("[\n");
      for (int i = 0; i < 40_000; i++) {
        out.write((i == 0 ? "" : ",\n") + "{\"type\": \"webpage\", \"title\": \"t" + i + "\"}");
      }
      out.write("\n]\n");
    }
    assertLocatedValidationException(run("csl", file), "MISSING");
  }

  // ---------------------------------------------------------------- long numbers

  /** A format version whose minor number has a million digits. */
  @Test
  void aMillionDigitVersion() throws IOException {
    Path file = dir.resolve("version.json");
    Files.writeString(
        file,
        "{\"format\": {\"name\": \"accountability-framework\", \"version\": \"2.1"
            + "0".repeat(999_989)
            + "\"}, \"title\": \"T\"}\n",
        StandardCharsets.UTF_8);
    assertLocatedValidationException(run("document", file), "MISSING");
  }

  /** A CSL-JSON date part of a million digits. */
  @Test
  void aMillionDigitCslDatePart() throws IOException {
    Path file = dir.resolve("date-csl.json");
    Files.writeString(
        file,
        "[{\"id\": \"a\", \"type\": \"report\", \"publisher\": \"p\", \"issued\":"
            + " {\"date-parts\": [[\"1"
            + "0".repeat(999_989)
            + "\"]]}}]\n",
        StandardCharsets.UTF_8);
    assertLocatedValidationException(run("csl", file), "OUT_OF_RANGE");
  }

  // ---------------------------------------------------------------- limits

  /** Two million numbers: four times the token limit, in 4 MB. */
  @Test
  void aDocumentOfTooManyTokens() throws IOException {
    Path file = zeros("tokens.json", "{\"x\": ", "}");
    assertLocatedValidationException(run("document", file), "OVER_LIMIT");
  }

  @Test
  void cslJsonOfTooManyTokens() throws IOException {
    Path file = zeros("tokens-csl.json", "", "");
    assertLocatedValidationException(run("csl", file), "OVER_LIMIT");
  }

  /** A JSON Lines line of 40 MB, which a reader that held a line whole would not survive. */
  @Test
  void aJsonLinesLineOf40Megabytes() throws IOException {
    Path file = dir.resolve("long-line.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"type\": \"CITATION\", \"title\": \"");
      String chunk = "x".repeat(1 << 20);
      for (int i = 0; i < 40; i++) {
        out.write(chunk);
      }
      out.write("\"}\n");
    }
    assertLocatedValidationException(run("json-lines", file), "OVER_LIMIT");
  }

  private Path zeros(String name, String prefix, String suffix) throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(prefix);
      out.write("[0");
      for (int i = 1; i < 2_000_000; i++) {
        out.write(",0");
      }
      out.write("]");
      out.write(suffix);
    }
    return file;
  }

  // ---------------------------------------------------------------- encoding and numbers

  @Test
  void invalidUtf8ReadFromAStreamAndFromAFile() throws Exception {
    Path file = dir.resolve("invalid-utf8.json");
    Files.write(file, ReliabilityTest.withInvalidByte(ReliabilityTest.base()));
    assertLocatedValidationException(run("document-stream", file), "MALFORMED");
    assertLocatedValidationException(run("document", file), "MALFORMED");
  }

  @Test
  void invalidUtf8InJsonLinesReadFromAStreamAndFromAFile() throws Exception {
    java.io.StringWriter lines = new java.io.StringWriter();
    AccountabilityJson json = AccountabilityJson.create();
    json.writeJsonLines(json.read(ReliabilityTest.base()), lines);
    Path file = dir.resolve("invalid-utf8.jsonl");
    Files.write(file, ReliabilityTest.withInvalidByte(lines.toString()));
    assertLocatedValidationException(run("json-lines-stream", file), "MALFORMED");
    assertLocatedValidationException(run("json-lines", file), "MALFORMED");
  }

  @Test
  void numbersADoubleCannotHold() throws Exception {
    Path big = dir.resolve("two-to-the-53-plus-one.json");
    Files.writeString(
        big, ReliabilityTest.base().replace("\"low\": 20", "\"low\": 9007199254740993"));
    assertLocatedValidationException(run("document", big), "OUT_OF_RANGE");
    Path tiny = dir.resolve("underflow.json");
    Files.writeString(tiny, ReliabilityTest.base().replace("\"value\": 12.5", "\"value\": 1e-400"));
    assertLocatedValidationException(run("document", tiny), "OUT_OF_RANGE");
  }

  // ---------------------------------------------------------------- nesting

  /**
   * Nesting with the limit raised to the maximum: 100,000 levels, where a reader that recursed
   * overflowed a default thread stack at a few thousand.
   */
  @Test
  void deepNestingWithTheLimitRaised() throws IOException {
    int depth = 100_000;
    Path file = dir.resolve("deep.json");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"title\": ");
      out.write("[".repeat(depth));
      out.write("]".repeat(depth));
      out.write("}");
    }
    assertLocatedValidationException(
        run("document", file, "maxNestingDepth=" + Integer.MAX_VALUE), "MISSING");
  }

  // ---------------------------------------------------------------- helpers

  /** {@code prefix {"xxx…": [0, 0, …]} suffix}: one long name over many small values. */
  private Path longNameOverArray(String name, String prefix, String suffix) throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(prefix);
      out.write("{\"");
      out.write("x".repeat(40_000));
      out.write("\": [0");
      for (int i = 1; i < 200_000; i++) {
        out.write(",0");
      }
      out.write("]}");
      out.write(suffix);
    }
    return file;
  }

  /** What a child JVM printed, and how it ended. */
  record Result(int exitCode, List<String> lines, long millis) {
    String line(String key) {
      for (String line : lines) {
        if (line.startsWith(key + " ")) {
          return line.substring(key.length() + 1);
        }
      }
      return "";
    }

    @Override
    public String toString() {
      return "exit " + exitCode + " after " + millis + " ms: " + String.join(" | ", lines);
    }
  }

  /** Reads a file in a child JVM with a small heap, through {@link HostileInputMain}. */
  static Result run(String how, Path file, String... settings) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(HEAP);
    command.add("-cp");
    command.add(classPath());
    command.add(HostileInputMain.class.getName());
    command.add(how);
    command.add(file.toString());
    command.addAll(List.of(settings));
    long start = System.nanoTime();
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      if (!process.waitFor(SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("no answer within " + SECONDS + " s: " + how + " " + file.getFileName());
      }
      List<String> lines =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .toList();
      Result result =
          new Result(process.exitValue(), lines, (System.nanoTime() - start) / 1_000_000);
      if (Boolean.getBoolean("hostile.verbose")) {
        System.out.println(how + " " + file.getFileName() + ": " + result);
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The test class path, with the module path that Surefire puts the main classes and their
   * dependencies on: all of it as a class path for the child.
   */
  private static String classPath() {
    String classPath = System.getProperty("java.class.path", "");
    String modulePath = System.getProperty("jdk.module.path", "");
    return modulePath.isEmpty() ? classPath : classPath + File.pathSeparator + modulePath;
  }

  private static final Pattern FIRST = Pattern.compile("(\\w+) (\\d+) (\\d+) (.*)");

  /**
   * The child ended normally with the library's exception, whose first problem has the expected
   * code and a line (and a column, except for a JSON Lines line over the line limit).
   */
  static void assertLocatedValidationException(Result result, String code) {
    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.line("RESULT").startsWith("ValidationException "), result::toString);
    Matcher first = FIRST.matcher(result.line("FIRST"));
    assertTrue(first.matches(), result::toString);
    assertEquals(code, first.group(1), result::toString);
    assertTrue(Integer.parseInt(first.group(2)) > 0, () -> "a line: " + result);
  }
}

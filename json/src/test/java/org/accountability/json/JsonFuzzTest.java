package org.accountability.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.stream.Stream;
import org.accountability.model.Entity;
import org.accountability.model.Problem;
import org.accountability.model.ValidationException;

/**
 * Fuzz tests of the JSON format with Jazzer.
 *
 * <p>In a normal build ({@code mvn verify}) each method only replays the inputs stored under {@code
 * src/test/resources/org/accountability/json/JsonFuzzTestInputs/<method>/}. To fuzz, set {@code
 * JAZZER_FUZZ=1} and run one method per JVM, for example:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl json -am test -Dtest=JsonFuzzTest#readerNeverThrowsAnythingElse -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>({@code -am} builds {@code core} from this tree; without it Maven takes whatever {@code
 * accountability-core} was last installed in the local repository.)
 *
 * <p>Jazzer stops at the first finding and writes it ({@code crash-<sha1>}) to that method's inputs
 * directory, where later builds replay it; its growing corpus goes to {@code json/.cifuzz-corpus/},
 * which is not meant to be committed. {@code JAZZER_MAX_DURATION=5m} fuzzes longer, {@code
 * JAZZER_KEEP_GOING=10} goes on past findings (the test then fails only if it reaches that many, so
 * look for new {@code crash-*} files after such a run), and {@code
 * JAZZER_INSTRUMENT='org.accountability.**,tools.jackson.**'} guides the fuzzer by the coverage of
 * the core model and of Jackson too, not only of this package (it found number-parsing defects that
 * 30-second runs without it missed).
 */
class JsonFuzzTest {
  private static final AccountabilityJson STRICT = AccountabilityJson.create();
  private static final AccountabilityJson LENIENT =
      AccountabilityJson.builder().lenient(true).build();

  /** Lines of at most 64 characters, so that the fuzzer reaches the limit. */
  private static final AccountabilityJson TIGHT =
      AccountabilityJson.builder().maxLineLength(64).build();

  /** A framework built from the fuzzer's choices survives every round trip of the format. */
  @FuzzTest(maxDuration = "60s")
  void roundTrip(FuzzedDataProvider data) {
    RoundTripTest.assertRoundTrips(
        FrameworkGenerator.generate(FrameworkGenerator.Choices.fuzzed(data)));
  }

  /**
   * Whatever the text, reading it as a document or as JSON Lines either succeeds or throws a {@link
   * ValidationException} whose every problem has a JSON Pointer: never another exception.
   */
  @FuzzTest(maxDuration = "60s")
  void readerNeverThrowsAnythingElse(byte[] input) {
    String text = new String(input, UTF_8);
    for (AccountabilityJson json : new AccountabilityJson[] {STRICT, LENIENT}) {
      try {
        json.read(text);
      } catch (ValidationException e) {
        assertLocated(e);
      }
      try (Stream<Entity> entities = json.readJsonLines(new StringReader(text))) {
        entities.forEach(JsonFuzzTest::touch);
      } catch (ValidationException e) {
        assertLocated(e);
      }
    }
  }

  /**
   * Whatever the text, the direct reader reads it, as a document or as each of its lines, only when
   * the located reader reads the same value from it with no problem and no warning.
   */
  @FuzzTest(maxDuration = "60s")
  void directReaderReadsOnlyWhatTheLocatedReaderReadsAlike(byte[] input) {
    String text = new String(input, UTF_8);
    DirectReaderTest.assertReadDirectlyAsLocated(text);
    boolean first = true;
    for (String line : text.split("\n", -1)) {
      DirectReaderTest.assertLineReadDirectlyAsLocated(line, null, first);
      first = false;
    }
  }

  /**
   * Whatever the bytes, a JSON Lines stream read from them reads the entities, and stops with the
   * problems, that their strictly decoded text gives: lines, limits, byte order marks and bytes
   * that are not UTF-8 are found in the bytes as the text's reader finds them.
   */
  @FuzzTest(maxDuration = "60s")
  void jsonLinesReadFromBytesAsFromTheirText(byte[] input) {
    JsonLinesBytesTest.assertSameReading(input, STRICT);
    JsonLinesBytesTest.assertSameReading(input, TIGHT);
  }

  private static void touch(Entity entity) {
    assertFalse(entity.id().isEmpty());
  }

  private static void assertLocated(ValidationException e) {
    assertFalse(e.problems().isEmpty(), "a ValidationException without problems");
    for (Problem p : e.problems()) {
      assertTrue(p.jsonPointer().isPresent(), () -> "problem without a JSON Pointer: " + p);
      String pointer = p.jsonPointer().get();
      assertTrue(
          pointer.isEmpty() || pointer.startsWith("/"),
          () -> "not a JSON Pointer: '" + pointer + "' in " + p);
      assertFalse(p.message().isBlank(), () -> "problem without a message at " + pointer);
    }
  }
}

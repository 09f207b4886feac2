package org.accountability.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accountability.model.Entity;
import org.accountability.model.Problem;
import org.accountability.model.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The framework reader and the CSL-JSON reader word the same failure the same way: the same value
 * at fault in a citation of a framework (read as a JSON Lines line) and in a CSL-JSON item gives
 * the same code and the same message.
 */
class SharedWordingTest {
  private static final String HEADER =
      "{\"type\": \"FRAMEWORK\", \"format\": {\"name\": \"accountability-framework\", \"version\":"
          + " \"2.0\"}, \"title\": \"T\", \"agency\": \"A\", \"roles\": [], \"conducts\": []}\n";

  /** A valid citation line of a framework, with {@code extra} properties added. */
  private static String citationLine(String extra) {
    return HEADER
        + "{\"type\": \"CITATION\", \"id\": \"c\", \"publisher\": \"p\", \"kind\": \"STATUTE\""
        + extra
        + "}\n";
  }

  /** A valid CSL-JSON item, with {@code extra} properties added. */
  private static String cslItem(String extra) {
    return "[{\"id\": \"c\", \"type\": \"legislation\", \"publisher\": \"p\"" + extra + "}]";
  }

  /** The code and message of each problem, without where it is. */
  private static List<String> worded(List<Problem> problems) {
    return problems.stream()
        .map(p -> "[" + p.code() + "] " + p.message())
        .collect(Collectors.toList());
  }

  private static List<String> framework(String stream) {
    return worded(
        assertThrows(
                ValidationException.class,
                () -> {
                  try (Stream<Entity> entities =
                      AccountabilityJson.create().readJsonLines(new StringReader(stream))) {
                    entities.forEach(e -> {});
                  }
                })
            .problems());
  }

  private static List<String> csl(String text) {
    return worded(assertThrows(ValidationException.class, () -> CslJson.read(text)).problems());
  }

  @Test
  void aRepeatedProperty() {
    List<String> expected =
        List.of("[REPEATED] duplicate property 'title': each property may appear once");
    assertEquals(expected, framework(citationLine(", \"title\": \"a\", \"title\": \"b\"")));
    assertEquals(expected, csl(cslItem(", \"title\": \"a\", \"title\": \"b\"")));
  }

  @Test
  void aNumberWhereAStringIsRequired() {
    List<String> expected = List.of("[WRONG_TYPE] must be a string, found 42");
    assertEquals(expected, framework(citationLine(", \"title\": 42")));
    assertEquals(expected, csl(cslItem(", \"title\": 42")));
  }

  @Test
  void aStringWhereTrueOrFalseIsRequired() {
    List<String> expected = List.of("[WRONG_TYPE] must be true or false, found 'yes'");
    assertEquals(expected, framework(citationLine(", \"primary\": \"yes\"")));
    assertEquals(expected, csl(cslItem(", \"custom\": {\"accountability-primary\": \"yes\"}")));
  }

  @Test
  void anArrayWhereAnObjectIsRequired() {
    List<String> expected = List.of("[WRONG_TYPE] must be an object, found an array");
    assertEquals(expected, framework(citationLine(", \"legalReference\": []")));
    assertEquals(expected, csl(cslItem(", \"custom\": []")));
  }

  @Test
  void anUnknownCitationKind() {
    String kinds =
        Stream.of(org.accountability.model.Citation.Kind.values())
            .map(Enum::name)
            .collect(Collectors.joining(", "));
    List<String> expected =
        List.of("[UNKNOWN_VALUE] unknown value 'JUDGMENT': expected one of " + kinds);
    assertEquals(
        expected,
        framework(citationLine("").replace("\"kind\": \"STATUTE\"", "\"kind\": \"JUDGMENT\"")));
    assertEquals(
        expected,
        csl(
            cslItem(", \"custom\": {\"accountability-kind\": \"JUDGMENT\"}")
                .replace("legislation", "report")));
  }

  @Test
  void aMissingId() {
    List<String> framework = framework(citationLine("").replace("\"id\": \"c\", ", ""));
    List<String> csl = csl(cslItem("").replace("\"id\": \"c\", ", ""));
    assertEquals(List.of("[MISSING] is required but missing"), csl);
    assertEquals(csl, framework);
  }

  @Test
  void aDateOutsideTheCalendar() {
    // The framework's dates are ISO text and CSL-JSON's are numbers, so the codes stay those each
    // reader gave; the reason is worded the same.
    String reason = "day 30 is out of range 1..29 of 2028-02";
    assertEquals(
        List.of("[INVALID_VALUE] '2028-02-30' is not a calendar date: " + reason),
        framework(citationLine(", \"date\": \"2028-02-30\"")));
    assertEquals(
        List.of("[OUT_OF_RANGE] " + reason),
        csl(cslItem(", \"issued\": {\"date-parts\": [[2028, 2, 30]]}")));
  }

  @Test
  void anIgnoredProperty() {
    List<Problem> frameworkWarnings = new ArrayList<>();
    try (Stream<Entity> entities =
        AccountabilityJson.builder()
            .lenient(true)
            .build()
            .readJsonLines(
                new StringReader(citationLine(", \"author\": \"x\"")), frameworkWarnings::add)) {
      entities.forEach(e -> {});
    }
    List<Problem> cslWarnings = CslJson.readLeniently(cslItem(", \"author\": \"x\"")).warnings();
    assertEquals(
        List.of("[UNKNOWN_PROPERTY] unknown property 'author' was ignored: not part of the format"),
        worded(frameworkWarnings));
    assertEquals(
        List.of(
            "[UNKNOWN_PROPERTY] unknown property 'author' was ignored: citation 'c' has no place"
                + " for it"),
        worded(cslWarnings));
  }

  @Test
  void malformedJson() {
    String framework =
        assertThrows(
                ValidationException.class, () -> AccountabilityJson.create().read("{\"title\": }"))
            .problems()
            .get(0)
            .message();
    String csl =
        assertThrows(ValidationException.class, () -> CslJson.read("[{\"title\": }]"))
            .problems()
            .get(0)
            .message();
    assertEquals(framework, csl);
    assertEquals(
        ProblemMessages.TRAILING_CONTENT,
        assertThrows(ValidationException.class, () -> CslJson.read("[] []"))
            .problems()
            .get(0)
            .message());
  }
}

package org.accountability.json;

import static org.accountability.testing.Problems.assertThat;
import static org.accountability.testing.Problems.atPointer;
import static org.accountability.testing.Problems.inEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.accountability.model.EntityKind;
import org.accountability.model.Problem;
import org.accountability.model.Problem.Code;
import org.accountability.model.ValidationException;
import org.accountability.testing.Problems.Expected;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What the readers do with hostile input, in this JVM: deep nesting, long paths, many problems,
 * long numbers, bad encodings and numbers a double cannot hold. {@link HostileInputTest} reads the
 * largest of these inputs in JVMs of their own, with a small heap.
 */
class ReliabilityTest {
  private static final AccountabilityJson JSON = AccountabilityJson.create();

  // The problems of a document that has none of the top-level properties it needs.
  private static final Expected MISSING_FORMAT =
      atPointer(
          Code.MISSING,
          "/format",
          1,
          1,
          "is required but missing: expected {\"name\": \"accountability-framework\", \"version\":"
              + " \"2.0\"}");
  private static final Expected MISSING_ROLES =
      atPointer(
          Code.MISSING,
          "/roles",
          1,
          1,
          "is required but missing: list the framework's roles (id, name, description), [] for"
              + " none");
  private static final Expected MISSING_CONDUCTS =
      atPointer(
          Code.MISSING,
          "/conducts",
          1,
          1,
          "is required but missing: list the framework's conducts (id, name, description,"
              + " unlawful), [] for none");
  private static final Expected MISSING_TITLE =
      inEntity(Code.MISSING, "AccountabilityFramework", "", "title", "is required but missing")
          .locatedAt("/title", 1, 1);
  private static final Expected MISSING_AGENCY =
      inEntity(Code.MISSING, "AccountabilityFramework", "", "agency", "is required but missing")
          .locatedAt("/agency", 1, 1);

  // ------------------------------------------------------------------ nesting

  @Test
  void nestingAsDeepAsTheLimitAllowsIsReadOnADefaultThreadStack() throws InterruptedException {
    int depth = 100_000;
    String deep = "{\"title\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
    AccountabilityJson raised =
        AccountabilityJson.builder().maxNestingDepth(Integer.MAX_VALUE).build();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    // A thread of its own, with the default stack size, whatever the test runner's thread has.
    Thread reader =
        new Thread(
            null,
            () -> {
              try {
                raised.read(deep);
              } catch (Throwable t) {
                thrown.set(t);
              }
            },
            "default-stack",
            0);
    reader.start();
    reader.join();
    ValidationException e = assertInstanceOfValidation(thrown.get());
    assertThat(e)
        .hasExactly(
            MISSING_FORMAT,
            MISSING_ROLES,
            MISSING_CONDUCTS,
            MISSING_AGENCY,
            atPointer(Code.WRONG_TYPE, "/title", 1, 11, "must be a string, found an array"));
  }

  @Test
  void aReadStoppedDeepInsideIsLocatedThere() {
    String deep = "{\"a\": {\"b~/c\": [[1, {\"d\": [true, \"x]}";
    ValidationException e = assertThrows(ValidationException.class, () -> JSON.read(deep));
    assertThat(e)
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "/a/b~0~1c/0/1/d/1",
                1,
                38,
                "malformed JSON: Unexpected end-of-input: was expecting closing quote for a string value"));
  }

  // ------------------------------------------------------------------ many problems

  /** A document of 30,000 citations, each without its publisher. */
  static String citationsWithoutPublisher(int count) {
    StringBuilder out =
        new StringBuilder(
            "{\"format\": {\"name\": \"accountability-framework\", \"version\": \"2.0\"},"
                + " \"title\": \"T\", \"agency\": \"A\", \"roles\": [], \"conducts\": [],"
                + " \"citations\": [\n");
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ",\n")
          .append("{\"id\": \"c")
          .append(i)
          .append("\", \"kind\": \"STATUTE\"}");
    }
    return out.append(
            "\n], \"directives\": [], \"personnelActions\": [], \"oversightBodies\": [],"
                + " \"routes\": [], \"claims\": [], \"observations\": []}\n")
        .toString();
  }

  @Test
  void theFirstThousandProblemsAreListedThenHowManyMoreThereAre() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> JSON.read(citationsWithoutPublisher(30_000)));
    assertThat(e)
        .hasSize(1001)
        .hasAt(
            0,
            inEntity(Code.MISSING, "Citation", "c0", "publisher", "is required but missing")
                .locatedAt("/citations/0/publisher", 2, 1))
        .hasAt(
            999,
            inEntity(Code.MISSING, "Citation", "c999", "publisher", "is required but missing")
                .locatedAt("/citations/999/publisher", 1001, 1))
        .hasAt(
            1000,
            atPointer(
                Code.OVER_LIMIT,
                "",
                1002,
                1,
                "and 29000 more problems, the first of them at this line and column; only the first 1000 are listed (see AccountabilityJson.Builder.maxProblems)"));
    String message = String.valueOf(e.getMessage());
    assertTrue(message.startsWith("1001 problems:"), message.substring(0, 40));
  }

  @Test
  void theProblemsListedAreTheFirstInTheInputWhateverTheOrderFound() {
    // The dangling reference (line 3) is found after the whole document is read, when the
    // framework is built; the citation without a publisher (line 4) is found while reading it.
    String document =
        "{\"format\": {\"name\": \"accountability-framework\", \"version\": \"2.0\"},"
            + " \"title\": \"T\", \"agency\": \"A\", \"roles\": [], \"conducts\": [],\n"
            + "\"observations\": [{\"id\": \"o\", \"metric\": \"m\", \"scope\": \"s\", \"value\": 1,"
            + " \"qualifier\": \"EXACT\", \"period\": \"2030\",\n"
            + " \"citations\": [\"nowhere\"]}],\n"
            + "\"citations\": [{\"id\": \"c\", \"kind\": \"STATUTE\"}]}\n";
    ValidationException all = assertThrows(ValidationException.class, () -> JSON.read(document));
    assertThat(all)
        .hasExactly(
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "Observation",
                    "o",
                    "citations[0]",
                    "refers to Citation 'nowhere', which is not in the framework")
                .locatedAt("/observations/0/citations/0", 3, 16)
                .withReference("nowhere", EntityKind.CITATION),
            inEntity(Code.MISSING, "Citation", "c", "publisher", "is required but missing")
                .locatedAt("/citations/0/publisher", 4, 15));
    AccountabilityJson one = AccountabilityJson.builder().maxProblems(1).build();
    assertThat(assertThrows(ValidationException.class, () -> one.read(document)))
        .hasExactly(
            // the first in the input, though found after the one on line 4
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "Observation",
                    "o",
                    "citations[0]",
                    "refers to Citation 'nowhere', which is not in the framework")
                .locatedAt("/observations/0/citations/0", 3, 16)
                .withReference("nowhere", EntityKind.CITATION),
            atPointer(
                Code.OVER_LIMIT,
                "",
                4,
                15,
                "and 1 more problem, the first of them at this line and column; only the first 1 are listed (see AccountabilityJson.Builder.maxProblems)"));
  }

  @Test
  void warningsAreCappedAsProblemsAre() {
    StringBuilder document =
        new StringBuilder(
            JSON.write(org.accountability.casestudy.CaseStudies.iceDeportationQuotas()));
    document.setLength(document.lastIndexOf("}"));
    for (int i = 0; i < 1500; i++) {
      document.append(", \"extra").append(i).append("\": ").append(i);
    }
    document.append("}\n");
    List<Problem> warnings =
        AccountabilityJson.builder()
            .lenient(true)
            .build()
            .readWithWarnings(document.toString())
            .warnings();
    assertThat(warnings)
        .hasSize(1001)
        .hasAt(
            999,
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/extra999",
                2084,
                16778,
                "unknown property 'extra999' was ignored: not part of the format"))
        .hasAt(
            1000,
            atPointer(
                Code.OVER_LIMIT,
                "",
                2084,
                16796,
                "and 500 more warnings, the first of them at this line and column; only the first 1000 are listed (see AccountabilityJson.Builder.maxProblems)"));
  }

  @Test
  void eachJsonLinesLineListsTheFirstProblemsOfItsOwn() {
    StringBuilder line =
        new StringBuilder(
            "{\"type\": \"CITATION\", \"id\": \"c\", \"publisher\": \"p\", \"kind\": \"STATUTE\"");
    for (int i = 0; i < 5; i++) {
      line.append(", \"extra").append(i).append("\": ").append(i);
    }
    String stream = line.append("}\n").toString();
    AccountabilityJson three = AccountabilityJson.builder().maxProblems(3).build();
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> {
              try (java.util.stream.Stream<org.accountability.model.Entity> s =
                  three.readJsonLines(new java.io.StringReader("\n" + stream))) {
                s.count();
              }
            });
    assertThat(e)
        .hasExactly(
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/extra0",
                2,
                80,
                "unknown property 'extra0': not part of the format"),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/extra1",
                2,
                93,
                "unknown property 'extra1': not part of the format"),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/extra2",
                2,
                106,
                "unknown property 'extra2': not part of the format"),
            atPointer(
                Code.OVER_LIMIT,
                "",
                2,
                119,
                "and 2 more problems, the first of them at this line and column; only the first 3 are listed (see AccountabilityJson.Builder.maxProblems)"));
  }

  @Test
  void cslJsonListsTheFirstProblemsFoundThenHowManyMoreThereAre() {
    StringBuilder csl = new StringBuilder("[\n");
    for (int i = 0; i < 40_000; i++) {
      csl.append(i == 0 ? "" : ",\n")
          .append("{\"type\": \"webpage\", \"title\": \"t")
          .append(i)
          .append("\"}");
    }
    String text = csl.append("\n]\n").toString();
    ValidationException e = assertThrows(ValidationException.class, () -> CslJson.read(text));
    assertThat(e)
        .hasSize(1001)
        .hasAt(0, atPointer(Code.MISSING, "/0/id", 2, 1, "is required but missing"))
        .hasAt(
            1000,
            atPointer(
                Code.OVER_LIMIT,
                "",
                335,
                1,
                "and 119000 more problems, the first of them at this line and column; only the first 1000 are listed (see CslJson.Builder.maxProblems)"));
    ValidationException three =
        assertThrows(
            ValidationException.class,
            () -> CslJson.builder().maxProblems(3).build().readCitations("[{}, {}]"));
    assertThat(three)
        .hasExactly(
            atPointer(Code.MISSING, "/0/id", 1, 2, "is required but missing"),
            atPointer(Code.MISSING, "/0/type", 1, 2, "is required but missing"),
            inEntity(Code.MISSING, "Citation", "", "publisher", "is required but missing")
                .locatedAt("/0/publisher", 1, 2),
            atPointer(
                Code.OVER_LIMIT,
                "",
                1,
                6,
                "and 3 more problems, the first of them at this line and column; only the first 3 are listed (see CslJson.Builder.maxProblems)"));
  }

  @Test
  void theProblemLimitMustBePositive() {
    assertThat(
            assertThrows(
                ValidationException.class, () -> AccountabilityJson.builder().maxProblems(0)))
        .hasExactly(
            inEntity(
                Code.OUT_OF_RANGE,
                "AccountabilityJson.Builder",
                "",
                "maxProblems",
                "must be positive, was 0"));
    assertThat(assertThrows(ValidationException.class, () -> CslJson.builder().maxProblems(-1)))
        .hasExactly(
            inEntity(
                Code.OUT_OF_RANGE,
                "CslJson.Builder",
                "",
                "maxProblems",
                "must be positive, was -1"));
  }

  // ------------------------------------------------------------------ long numbers

  @Test
  void aVersionNumberOfAMillionDigitsIsRefusedUnreadAndQuotedShort() {
    String version = "2." + "1" + "0".repeat(999_989);
    String document =
        "{\"format\": {\"name\": \"accountability-framework\", \"version\": \"" + version + "\"}}";
    assertThat(assertThrows(ValidationException.class, () -> JSON.read(document)))
        .hasExactly(
            MISSING_ROLES,
            MISSING_CONDUCTS,
            MISSING_TITLE,
            MISSING_AGENCY,
            atPointer(
                Code.UNSUPPORTED_VERSION,
                "/format/version",
                1,
                60,
                "version '"
                    + version.substring(0, 80)
                    + "…' is not supported: a version number has more than 18 digits; this reader reads versions 1.0 and 2.0"));
    assertThat(
            assertThrows(
                ValidationException.class,
                () -> JSON.read(document.replace(version, "2.999999999999999999"))))
        .hasExactly(
            MISSING_ROLES,
            MISSING_CONDUCTS,
            MISSING_TITLE,
            MISSING_AGENCY,
            atPointer(
                Code.UNSUPPORTED_VERSION,
                "/format/version",
                1,
                60,
                "version 2.999999999999999999 is newer than this reader (2.0); upgrade accountability-json to read it"));
    assertThat(
            assertThrows(
                ValidationException.class,
                () -> JSON.read(document.replace(version, "1000000000000000000.0"))))
        .hasExactly(
            MISSING_ROLES,
            MISSING_CONDUCTS,
            MISSING_TITLE,
            MISSING_AGENCY,
            atPointer(
                Code.UNSUPPORTED_VERSION,
                "/format/version",
                1,
                60,
                "version '1000000000000000000.0' is not supported: a version number has more than 18 digits; this reader reads versions 1.0 and 2.0"));
  }

  @Test
  void aCslDatePartOfAMillionDigitsIsRefusedUnreadAndQuotedShort() {
    String digits = "1" + "0".repeat(999_989);
    String csl =
        "[{\"id\": \"a\", \"type\": \"report\", \"publisher\": \"p\", \"issued\":"
            + " {\"date-parts\": [[\""
            + digits
            + "\"]]}}]";
    assertThat(assertThrows(ValidationException.class, () -> CslJson.read(csl)))
        .hasExactly(
            atPointer(
                Code.OUT_OF_RANGE,
                "/0/issued/date-parts/0/0",
                1,
                77,
                "year '" + digits.substring(0, 80) + "…' is out of range 1..9999"));
    assertThat(
            assertThrows(
                ValidationException.class,
                () ->
                    CslJson.read(
                        csl.replace("[\"" + digits + "\"]", "[2030, 12345678901234567890]"))))
        .hasExactly(
            atPointer(
                Code.OUT_OF_RANGE,
                "/0/issued/date-parts/0/1",
                1,
                83,
                "month '12345678901234567890' is out of range 1..12"));
    assertEquals(
        org.accountability.model.PartialDate.ofMonth(2030, 2),
        CslJson.read(csl.replace("[\"" + digits + "\"]", "[2030, \"000000000000000000000002\"]"))
            .get(0)
            .date()
            .orElseThrow());
  }

  // ------------------------------------------------------------------ limits

  /** The problems of a read that is refused. */
  private static List<Problem> problems(Runnable read) {
    return assertThrows(ValidationException.class, read::run).problems();
  }

  @Test
  void aDocumentOfTooManyTokensIsRefusedWhenTheLimitIsReached() {
    String zeros = "{\"x\": [0" + ",0".repeat(600_000) + "]}";
    assertThat(problems(() -> JSON.read(zeros)))
        .hasExactly(
            atPointer(
                Code.OVER_LIMIT,
                "/x",
                1,
                1000002,
                "the input is over a read limit: Token count (500001) exceeds the maximum allowed (500000: see AccountabilityJson.Builder.maxTokenCount)"));
    assertThat(problems(() -> AccountabilityJson.builder().maxTokenCount(5).build().read(zeros)))
        .hasExactly(
            atPointer(
                Code.OVER_LIMIT,
                "/x",
                1,
                12,
                "the input is over a read limit: Token count (6) exceeds the maximum allowed (5: see AccountabilityJson.Builder.maxTokenCount)"));
    assertThat(problems(() -> CslJson.read("[0" + ",0".repeat(600_000) + "]")))
        .hasExactly(
            atPointer(
                Code.OVER_LIMIT,
                "",
                1,
                1000000,
                "the input is over a read limit: Token count (500001) exceeds the maximum allowed (500000: see CslJson.Builder.maxTokenCount)"));
  }

  /** Every limit a message names is set by a method of the builder it names. */
  @Test
  void eachLimitIsNamedByABuilderMethodThatSetsIt() throws NoSuchMethodException {
    String name = "{\"abcdefghijk\": 1}";
    String number = "{\"a\": 1234567}";
    String deep = "{\"a\": [[[[[[[1]]]]]]]}";
    String text = "{\"a\": \"abcdefghijk\"}";
    String spaces = "{}" + " ".repeat(40);
    AccountabilityJson.Builder json = AccountabilityJson.builder();
    CslJson.Builder csl = CslJson.builder();
    List<List<Problem>> refused =
        List.of(
            problems(() -> json.maxNameLength(5).build().read(name)),
            problems(() -> json.maxNumberLength(5).build().read(number)),
            problems(() -> json.maxNestingDepth(4).build().read(deep)),
            problems(() -> json.maxStringLength(5).build().read(text)),
            problems(() -> json.maxDocumentLength(30).build().read(spaces)),
            problems(() -> json.maxTokenCount(3).build().read(deep)),
            problems(() -> csl.maxNameLength(5).build().readCitations("[" + name + "]")),
            problems(() -> csl.maxNumberLength(5).build().readCitations("[" + number + "]")),
            problems(() -> csl.maxNestingDepth(4).build().readCitations(deep)),
            problems(() -> csl.maxStringLength(5).build().readCitations("[" + text + "]")),
            problems(() -> csl.maxDocumentLength(30).build().readCitations("[" + spaces + "]")),
            problems(() -> csl.maxTokenCount(3).build().readCitations("[1, 2, 3]")));
    List<Expected> expected =
        List.of(
            atPointer(
                Code.OVER_LIMIT,
                "",
                1,
                1,
                "the input is over a read limit: Name length (11) exceeds the maximum allowed (5: see AccountabilityJson.Builder.maxNameLength)"),
            atPointer(
                Code.OVER_LIMIT,
                "",
                1,
                2,
                "the input is over a read limit: Number value length (7) exceeds the maximum allowed (5: see AccountabilityJson.Builder.maxNumberLength)"),
            atPointer(
                Code.OVER_LIMIT,
                "/a/0/0",
                1,
                10,
                "the input is over a read limit: Document nesting depth (5) exceeds the maximum allowed (4: see AccountabilityJson.Builder.maxNestingDepth)"),
            atPointer(
                Code.OVER_LIMIT,
                "/a",
                1,
                7,
                "the input is over a read limit: String value length (11) exceeds the maximum allowed (5: see AccountabilityJson.Builder.maxStringLength)"),
            atPointer(
                Code.OVER_LIMIT,
                "",
                1,
                2,
                "the input is over a read limit: Document length (42) exceeds the maximum allowed (30: see AccountabilityJson.Builder.maxDocumentLength)"),
            atPointer(
                Code.OVER_LIMIT,
                "/a",
                1,
                8,
                "the input is over a read limit: Token count (4) exceeds the maximum allowed (3: see AccountabilityJson.Builder.maxTokenCount)"),
            atPointer(
                Code.OVER_LIMIT,
                "/0",
                1,
                2,
                "the input is over a read limit: Name length (11) exceeds the maximum allowed (5: see CslJson.Builder.maxNameLength)"),
            atPointer(
                Code.OVER_LIMIT,
                "/0",
                1,
                3,
                "the input is over a read limit: Number value length (7) exceeds the maximum allowed (5: see CslJson.Builder.maxNumberLength)"),
            atPointer(
                Code.OVER_LIMIT,
                "/a/0/0",
                1,
                10,
                "the input is over a read limit: Document nesting depth (5) exceeds the maximum allowed (4: see CslJson.Builder.maxNestingDepth)"),
            atPointer(
                Code.OVER_LIMIT,
                "/0/a",
                1,
                8,
                "the input is over a read limit: String value length (11) exceeds the maximum allowed (5: see CslJson.Builder.maxStringLength)"),
            atPointer(
                Code.OVER_LIMIT,
                "",
                1,
                44,
                "the input is over a read limit: Document length (44) exceeds the maximum allowed (30: see CslJson.Builder.maxDocumentLength)"),
            atPointer(
                Code.OVER_LIMIT,
                "",
                1,
                8,
                "the input is over a read limit: Token count (4) exceeds the maximum allowed (3: see CslJson.Builder.maxTokenCount)"));
    List<String> messages = new java.util.ArrayList<>();
    for (int i = 0; i < refused.size(); i++) {
      assertThat(refused.get(i)).hasExactly(expected.get(i));
      messages.add(refused.get(i).get(0).message());
    }
    java.util.regex.Pattern see =
        java.util.regex.Pattern.compile("see (AccountabilityJson|CslJson)\\.Builder\\.(\\w+)\\)");
    List<String> named = new java.util.ArrayList<>();
    for (String message : messages) {
      java.util.regex.Matcher m = see.matcher(message);
      assertTrue(m.find(), message);
      Class<?> builder =
          m.group(1).equals("CslJson") ? CslJson.Builder.class : AccountabilityJson.Builder.class;
      boolean takesLong =
          m.group(2).equals("maxDocumentLength") || m.group(2).equals("maxTokenCount");
      Class<?> parameter = takesLong ? long.class : int.class;
      builder.getMethod(m.group(2), parameter);
      named.add(m.group(1) + "." + m.group(2));
    }
    assertEquals(
        List.of(
            "AccountabilityJson.maxNameLength",
            "AccountabilityJson.maxNumberLength",
            "AccountabilityJson.maxNestingDepth",
            "AccountabilityJson.maxStringLength",
            "AccountabilityJson.maxDocumentLength",
            "AccountabilityJson.maxTokenCount",
            "CslJson.maxNameLength",
            "CslJson.maxNumberLength",
            "CslJson.maxNestingDepth",
            "CslJson.maxStringLength",
            "CslJson.maxDocumentLength",
            "CslJson.maxTokenCount"),
        named);
  }

  @Test
  void aJsonLinesLineOverTheLineLimitIsRefusedBeforeItIsReadWhole() {
    // A line that never ends: the reader must stop at the limit, not at the end of the line.
    long[] read = new long[1];
    java.io.Reader endless =
        new java.io.Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, 'x');
            read[0] += length;
            return length;
          }

          @Override
          public void close() {}
        };
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> {
              try (java.util.stream.Stream<org.accountability.model.Entity> s =
                  JSON.readJsonLines(endless)) {
                s.count();
              }
            });
    assertThat(e)
        .hasExactly(
            atPointer(
                Code.OVER_LIMIT,
                "",
                1,
                0,
                "the line is over the read limit of 1048576 characters (see AccountabilityJson.Builder.maxLineLength)"));
    assertTrue(read[0] < 2 * AccountabilityJson.DEFAULT_MAX_LINE_LENGTH, "read " + read[0]);
    String line = "{\"type\": \"CITATION\", \"id\": \"" + "x".repeat(50) + "\"}\n";
    assertThat(
            problems(
                () -> {
                  try (java.util.stream.Stream<org.accountability.model.Entity> s =
                      AccountabilityJson.builder()
                          .maxLineLength(40)
                          .build()
                          .readJsonLines(new java.io.StringReader(line))) {
                    s.forEach(entity -> {});
                  }
                }))
        .hasExactly(
            atPointer(
                Code.OVER_LIMIT,
                "",
                1,
                0,
                "the line is over the read limit of 40 characters (see AccountabilityJson.Builder.maxLineLength)"));
  }

  @Test
  void newLimitsMustBePositive() {
    List<Runnable> sets =
        List.<Runnable>of(
            () -> AccountabilityJson.builder().maxTokenCount(0),
            () -> AccountabilityJson.builder().maxNameLength(0),
            () -> AccountabilityJson.builder().maxNumberLength(0),
            () -> AccountabilityJson.builder().maxLineLength(0),
            () -> CslJson.builder().maxTokenCount(0),
            () -> CslJson.builder().maxDocumentLength(0),
            () -> CslJson.builder().maxNestingDepth(0),
            () -> CslJson.builder().maxStringLength(0),
            () -> CslJson.builder().maxNameLength(0),
            () -> CslJson.builder().maxNumberLength(0));
    List<Expected> refused = new java.util.ArrayList<>();
    for (String limit :
        List.of("maxTokenCount", "maxNameLength", "maxNumberLength", "maxLineLength")) {
      refused.add(
          inEntity(
              Code.OUT_OF_RANGE,
              "AccountabilityJson.Builder",
              "",
              limit,
              "must be positive, was 0"));
    }
    for (String limit :
        List.of(
            "maxTokenCount",
            "maxDocumentLength",
            "maxNestingDepth",
            "maxStringLength",
            "maxNameLength",
            "maxNumberLength")) {
      refused.add(
          inEntity(Code.OUT_OF_RANGE, "CslJson.Builder", "", limit, "must be positive, was 0"));
    }
    for (int i = 0; i < sets.size(); i++) {
      assertThat(assertThrows(ValidationException.class, sets.get(i)::run))
          .hasExactly(refused.get(i));
    }
  }

  // ------------------------------------------------------------------ encoding and numbers

  static String base() throws java.io.IOException, java.net.URISyntaxException {
    return java.nio.file.Files.readString(
        InvalidInputCatalogueTest.catalogue().resolve("valid/fictional-ticket-quotas-2.0.json"));
  }

  /** The base document as UTF-8 bytes, with the title's "City" spelled with an invalid byte. */
  static byte[] withInvalidByte(String document) {
    byte[] bytes = document.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int at = document.indexOf("Example City");
    bytes[at + "Example ".length()] = (byte) 0xff;
    return bytes;
  }

  @Test
  void invalidUtf8IsALocatedProblemFromAStreamAndFromAFile(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    byte[] bytes = withInvalidByte(base());
    Expected expected =
        atPointer(
            Code.MALFORMED,
            "/title",
            6,
            38,
            "the input is not valid UTF-8: invalid byte 0xff at byte offset 119; to read text in"
                + " another encoding, pass a Reader");
    assertThat(problems(() -> JSON.read(new java.io.ByteArrayInputStream(bytes))))
        .hasExactly(expected);
    java.nio.file.Path file = dir.resolve("invalid.json");
    java.nio.file.Files.write(file, bytes);
    assertThat(problems(() -> JSON.read(file))).hasExactly(expected);
    // A character cut short by the end of the input.
    byte[] cut =
        java.util.Arrays.copyOf(
            "{\"title\": \"caf\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8), 15);
    assertThat(problems(() -> JSON.read(new java.io.ByteArrayInputStream(cut))))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "/title",
                1,
                15,
                "the input is not valid UTF-8: the input ends inside a character: byte 0xc3 at byte offset 14; to read text in another encoding, pass a Reader"));
  }

  @Test
  void aDocumentFromAStreamOfShortReadsReadsAsFromItsWholeBytes() throws Exception {
    String document = base();
    byte[] marked = ("\uFEFF" + document).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] invalid = withInvalidByte(document);
    List<Problem> expected = problems(() -> JSON.read(new java.io.ByteArrayInputStream(invalid)));
    for (int most = 1; most <= 4; most++) {
      int m = most;
      assertEquals(JSON.read(document), JSON.read(new Trickle(marked, m)), () -> m + " a read");
      assertEquals(
          expected, problems(() -> JSON.read(new Trickle(invalid, m))), () -> m + " a read");
    }
  }

  @Test
  void aByteOrderMarkBeforeACharacterCutShortIsNotTakenForTheEnd() {
    // The mark decodes alone: the bytes after it are not a character until the input ends.
    byte[] bytes = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, (byte) 0xc3};
    assertThat(problems(() -> JSON.read(new java.io.ByteArrayInputStream(bytes))))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "",
                1,
                1,
                "the input is not valid UTF-8: the input ends inside a character: byte 0xc3 at byte"
                    + " offset 3; to read text in another encoding, pass a Reader"));
  }

  @Test
  void aByteOrderMarkReadAloneIsSkippedAndTheTextAfterItRead() throws java.io.IOException {
    byte[] bytes =
        "\uFEFF{\"title\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.io.StringWriter text = new java.io.StringWriter();
    // Three bytes a read: the mark, alone, first.
    try (java.io.Reader in = Inputs.utf8(new Trickle(bytes, 3))) {
      in.transferTo(text);
    }
    assertEquals("{\"title\": \"caf\u00e9\"}", text.toString());
  }

  @Test
  void invalidUtf8InJsonLinesIsALocatedProblemAfterTheLinesBeforeIt(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.io.StringWriter out = new java.io.StringWriter();
    JSON.writeJsonLines(JSON.read(base()), out);
    List<String> lines = out.toString().lines().collect(Collectors.toList());
    String stream = String.join("\n", lines.subList(0, 4)) + "\n";
    byte[] bytes = stream.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int at = stream.indexOf("Example", stream.indexOf('\n', stream.indexOf('\n') + 1));
    bytes[at] = (byte) 0xc0;
    int line = (int) stream.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    int column = at - stream.lastIndexOf('\n', at);
    java.nio.file.Path file = dir.resolve("invalid.jsonl");
    java.nio.file.Files.write(file, bytes);
    for (java.util.function.Supplier<java.util.stream.Stream<org.accountability.model.Entity>>
        open :
            List
                .<java.util.function.Supplier<
                        java.util.stream.Stream<org.accountability.model.Entity>>>
                    of(
                        () -> JSON.readJsonLines(file),
                        () -> JSON.readJsonLines(new java.io.ByteArrayInputStream(bytes)))) {
      List<String> read = new java.util.ArrayList<>();
      ValidationException e =
          assertThrows(
              ValidationException.class,
              () -> {
                try (java.util.stream.Stream<org.accountability.model.Entity> s = open.get()) {
                  s.forEach(entity -> read.add(entity.id()));
                }
              });
      assertEquals(line - 2, read.size(), "the entities of the lines before it: " + read);
      assertThat(e)
          .hasExactly(
              atPointer(
                  Code.MALFORMED,
                  "",
                  line,
                  column,
                  "the input is not valid UTF-8: invalid byte 0xc0 at byte offset "
                      + at
                      + "; to read text in another encoding, pass a Reader"));
    }
  }

  @Test
  void anInvalidByteIsPlacedAfterLoneCarriageReturnsAndCrLfPairsAsAJsonParserCountsThem(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // Line 1 "{", a lone CR; line 2 the padding, a CR LF; line 3 "1,", an LF; line 4 up to the
    // invalid byte, which is the eighth character of its line. The padding puts the CR LF pair of
    // line 2 across the reader's buffers, at several offsets, so that it counts as one break.
    for (int padding : new int[] {0, 8187, 8188, 8189, 8190, 16379}) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      out.writeBytes("{\r\"a\":".getBytes(StandardCharsets.UTF_8));
      out.writeBytes(" ".repeat(padding).getBytes(StandardCharsets.UTF_8));
      out.writeBytes("\r\n1,\n\"b\": \"x".getBytes(StandardCharsets.UTF_8));
      out.write(0xff);
      out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
      byte[] bytes = out.toByteArray();
      java.nio.file.Path file = dir.resolve("cr-" + padding + ".json");
      java.nio.file.Files.write(file, bytes);
      for (ValidationException e :
          List.of(
              assertThrows(ValidationException.class, () -> JSON.read(file)),
              assertThrows(
                  ValidationException.class,
                  () -> JSON.read(new java.io.ByteArrayInputStream(bytes))))) {
        // The invalid byte follows 18 bytes and the padding.
        assertThat(e)
            .hasExactly(
                atPointer(
                    Code.MALFORMED,
                    "/b",
                    4,
                    8,
                    "the input is not valid UTF-8: invalid byte 0xff at byte offset "
                        + (18 + padding)
                        + "; to read text in another encoding, pass a Reader"));
      }
    }
  }

  @Test
  void aLeadingByteOrderMarkIsSkipped(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    String document = base();
    org.accountability.framework.AccountabilityFramework expected = JSON.read(document);
    String bom = "\uFEFF";
    java.nio.file.Path file = dir.resolve("bom.json");
    java.nio.file.Files.writeString(file, bom + document);
    assertEquals(expected, JSON.read(bom + document));
    assertEquals(expected, JSON.read(new java.io.StringReader(bom + document)));
    assertEquals(expected, JSON.read(file));
    assertEquals(
        expected,
        JSON.read(
            new java.io.ByteArrayInputStream(
                (bom + document).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    // located as without the mark
    assertThat(
            problems(
                () ->
                    JSON.read(
                        bom
                            + document.replace(
                                "\"Ticket quotas in Example City (fictional)\"", "7"))))
        .hasExactly(atPointer(Code.WRONG_TYPE, "/title", 6, 12, "must be a string, found 7"));
    java.io.StringWriter lines = new java.io.StringWriter();
    JSON.writeJsonLines(expected, lines);
    java.nio.file.Path jsonl = dir.resolve("bom.jsonl");
    java.nio.file.Files.writeString(jsonl, bom + lines);
    try (java.util.stream.Stream<org.accountability.model.Entity> s = JSON.readJsonLines(jsonl)) {
      assertEquals(10, s.count());
    }
    assertEquals(
        CslJson.read(CslJson.write(expected.citations().list())),
        CslJson.read(bom + CslJson.write(expected.citations().list())));
    // Only one mark is skipped.
    assertThat(assertThrows(ValidationException.class, () -> JSON.read(bom + bom + "{}")))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "",
                1,
                1,
                "malformed JSON: Unexpected character ('\uFEFF' (code 65279 / 0xfeff)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"));
  }

  @Test
  void numbersADoubleCannotHoldAreRefusedNotRounded() throws Exception {
    String document = base();
    assertThat(
            problems(() -> JSON.read(document.replace("\"low\": 20", "\"low\": 9007199254740993"))))
        .hasExactly(
            atPointer(
                Code.OUT_OF_RANGE,
                "/directives/0/target/low",
                100,
                16,
                "'9007199254740993' cannot be held exactly as a double: it would be read as 9.007199254740992E15; write a number with at most 15 significant digits"));
    assertThat(problems(() -> JSON.read(document.replace("\"value\": 12.5", "\"value\": 1e-400"))))
        .hasExactly(
            atPointer(
                Code.OUT_OF_RANGE,
                "/observations/0/value",
                291,
                16,
                "'1e-400' cannot be held exactly as a double: it would be read as 0.0; write a number with at most 15 significant digits"));
    assertThat(
            problems(
                () ->
                    JSON.read(
                        document.replace("\"value\": 12.5", "\"value\": 0.1000000000000000001"))))
        .hasExactly(
            atPointer(
                Code.OUT_OF_RANGE,
                "/observations/0/value",
                291,
                16,
                "'0.1000000000000000001' cannot be held exactly as a double: it would be read as 0.1; write a number with at most 15 significant digits"));
    for (String held :
        List.of(
            "9007199254740992",
            "9007199254740994",
            "0.1",
            "12.50",
            "1.5e3",
            "4.9e-324",
            "1.7976931348623157e308",
            "2.82879384806159E17",
            "0.30000000000000004",
            "0",
            "0.0e10",
            "100000000000000000000")) {
      org.accountability.framework.AccountabilityFramework f =
          JSON.read(document.replace("\"value\": 12.5", "\"value\": " + held));
      assertEquals(Double.parseDouble(held), f.observations().list().get(0).value(), held);
    }
  }

  /** UTF-8 bytes of {@code before}, then the bytes {@code invalid}, then {@code after}. */
  private static byte[] withBytes(String before, int[] invalid, String after) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    for (int b : invalid) {
      out.write(b);
    }
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static List<Problem> problemsOf(byte[] bytes) {
    return assertThrows(
            ValidationException.class, () -> JSON.read(new java.io.ByteArrayInputStream(bytes)))
        .problems();
  }

  @Test
  void lineBreaksAreCountedOnceWhereverTheDecodedTextIsCut() {
    // The decoder hands the parser 8,192 characters at a time. The first block holds a tab, an LF,
    // a CR LF pair and a lone CR, and ends with a CR whose LF starts the second block: lines 2, 3,
    // 4 and 5. The invalid byte is the thirteenth character of line 5.
    StringBuilder cut = new StringBuilder("[\t\n\r\n\r");
    cut.append(" ".repeat(8191 - cut.length())).append("\r\n").append(" ".repeat(10)).append("\"x");
    assertThat(problemsOf(withBytes(cut.toString(), new int[] {0xff}, "\"]")))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "/0",
                5,
                13,
                "the input is not valid UTF-8: invalid byte 0xff at byte offset 8205; to read text in another encoding, pass a Reader"));
    // A line that starts in the first block and goes on in the second: its columns add up.
    String across = "[\n" + " ".repeat(8190 + 5) + "\"x";
    assertThat(problemsOf(withBytes(across, new int[] {0xff}, "\"]")))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "/0",
                2,
                8198,
                "the input is not valid UTF-8: invalid byte 0xff at byte offset 8199; to read text in another encoding, pass a Reader"));
  }

  @Test
  void anInvalidByteAfterAByteOrderMarkIsLocatedAsWithoutTheMark() {
    String expected =
        "the input is not valid UTF-8: invalid byte 0xff at byte offset %d; to read text in another"
            + " encoding, pass a Reader";
    assertThat(problemsOf(withBytes("{\"title\": \"caf", new int[] {0xff}, "\"}")))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "/title",
                1,
                15,
                String.format(java.util.Locale.ROOT, expected, 14)));
    // The offset counts the mark's three bytes; the column does not count the mark.
    assertThat(problemsOf(withBytes("\uFEFF{\"title\": \"caf", new int[] {0xff}, "\"}")))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "/title",
                1,
                15,
                String.format(java.util.Locale.ROOT, expected, 17)));
  }

  @Test
  void anInvalidSequenceOfSeveralBytesIsQuotedByteByByte() {
    // A surrogate encoded as UTF-8, which UTF-8 does not allow; then a character cut short.
    assertThat(problemsOf(withBytes("{\"title\": \"caf", new int[] {0xed, 0xa0, 0x80}, "\"}")))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "/title",
                1,
                15,
                "the input is not valid UTF-8: invalid bytes 0xed 0xa0 0x80 at byte offset 14; to read text in another encoding, pass a Reader"));
    assertThat(problemsOf(withBytes("{\"title\": \"caf", new int[] {0xe2, 0x82}, "x\"}")))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "/title",
                1,
                15,
                "the input is not valid UTF-8: invalid bytes 0xe2 0x82 at byte offset 14; to read text in another encoding, pass a Reader"));
  }

  @Test
  void aReaderWithoutAByteOrderMarkKeepsItsFirstCharacter() throws java.io.IOException {
    java.io.Reader marked = Inputs.withoutBom(new java.io.StringReader("\uFEFFab"));
    assertEquals('a', marked.read());
    assertEquals('b', marked.read());
    assertEquals(-1, marked.read());
    java.io.Reader plain = Inputs.withoutBom(new java.io.StringReader("ab"));
    char[] buffer = new char[4];
    assertEquals(0, plain.read(buffer, 0, 0), "a read of no characters reads none");
    assertEquals(1, plain.read(buffer, 0, 4));
    assertEquals('a', buffer[0]);
    assertEquals(1, plain.read(buffer, 0, 4));
    assertEquals('b', buffer[0]);
    assertEquals(-1, plain.read(buffer, 0, 4));
    // Through the reader: empty text is empty, and a control character is not the end of it.
    assertThat(problems(() -> JSON.read(new java.io.StringReader(""))))
        .hasExactly(
            atPointer(Code.MALFORMED, "", 1, 1, "the input is empty: expected a JSON value"));
    assertThat(problems(() -> JSON.read("\u0000{}")))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "",
                1,
                1,
                "malformed JSON: Illegal character ((CTRL-CHAR, code 0)): only regular white space (\\r, \\n, \\t) is allowed between tokens"));
  }

  @Test
  void numbersAtTheEdgesOfWhatADoubleHolds() throws Exception {
    String document = base();
    java.util.function.Function<String, String> withValue =
        v -> document.replace("\"value\": 12.5", "\"value\": " + v);
    assertThat(problems(() -> JSON.read(withValue.apply("-9007199254740993"))))
        .hasExactly(
            atPointer(
                Code.OUT_OF_RANGE,
                "/observations/0/value",
                291,
                16,
                "'-9007199254740993' cannot be held exactly as a double: it would be read as -9.007199254740992E15; write a number with at most 15 significant digits"));
    String digits801 = "1." + "0".repeat(799) + "1";
    // more significant digits than any double has
    assertThat(problems(() -> JSON.read(withValue.apply(digits801))))
        .hasExactly(
            atPointer(
                Code.OUT_OF_RANGE,
                "/observations/0/value",
                291,
                16,
                "'"
                    + digits801.substring(0, 80)
                    + "…' cannot be held exactly as a double: it would be read as 1.0; write a number with at most 15 significant digits"));
    // Leading zeros are not significant: 1e-20 written out in full is held, and so is 0.1 written
    // with the first 20 significant digits of the double nearest to it.
    for (String held :
        List.of("0.00000000000000000001", "0.10000000000000000555", "1024", "1025")) {
      assertEquals(
          Double.parseDouble(held),
          JSON.read(withValue.apply(held)).observations().list().get(0).value(),
          held);
    }
    // The same checks through a mapper of one's own, which may read numbers as it likes.
    String observation =
        "{\"id\": \"o\", \"metric\": \"m\", \"scope\": \"s\", \"value\": %s, \"qualifier\":"
            + " \"EXACT\", \"period\": \"2030\", \"citations\": [\"c\"]}";
    tools.jackson.databind.json.JsonMapper mapper =
        tools.jackson.databind.json.JsonMapper.builder()
            .addModule(new AccountabilityModule())
            .build();
    assertEquals(
        1.0e20,
        mapper
            .readValue(
                String.format(java.util.Locale.ROOT, observation, "100000000000000000000"),
                org.accountability.model.Observation.class)
            .value());
    tools.jackson.databind.json.JsonMapper decimals =
        tools.jackson.databind.json.JsonMapper.builder()
            .addModule(new AccountabilityModule())
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    tools.jackson.databind.DatabindException refused =
        assertThrows(
            tools.jackson.databind.DatabindException.class,
            () ->
                decimals.readValue(
                    String.format(java.util.Locale.ROOT, observation, "0.1000000000000000001"),
                    org.accountability.model.Observation.class));
    assertTrue(
        String.valueOf(refused.getMessage())
            .startsWith(
                "1 problem: /value: '0.1000000000000000001' cannot be held exactly as a double: it"
                    + " would be read as 0.1"),
        refused::getMessage);
  }

  private static ValidationException assertInstanceOfValidation(@Nullable Throwable t) {
    if (t instanceof ValidationException e) {
      return e;
    }
    throw new AssertionError("a ValidationException, not " + t, t);
  }
}

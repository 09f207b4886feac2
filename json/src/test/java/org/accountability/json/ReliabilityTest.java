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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What the readers do with hostile input, in this JVM: deep nesting, long paths, many problems,
 * long numbers, bad encodings and numbers a double cannot hold. {@link HostileInputTest} reads the
 * largest of these inputs in JVMs of their own, with a small heap.
 */
class ReliabilityTest {
  private static final AccountabilityJson JSON = AccountabilityJson.create();

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
    assertEquals(
        "/title (line 1, column 11): must be a string, found an array",
        e.problems().stream()
            .filter(p -> p.code() == Problem.Code.WRONG_TYPE)
            .map(Problem::toString)
            .findFirst()
            .orElseThrow());
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
                "and 29000 more problems, the first of them at this line and column; only the"
                    + " first 1000 are listed (see AccountabilityJson.Builder.maxProblems)"));
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
                "and 1 more problem, the first of them at this line and column; only the first 1"
                    + " are listed (see AccountabilityJson.Builder.maxProblems)"));
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
    assertEquals(1001, warnings.size());
    assertEquals(Problem.Code.UNKNOWN_PROPERTY, warnings.get(999).code());
    assertTrue(
        warnings
            .get(1000)
            .message()
            .startsWith("and 500 more warnings, the first of them at this line and column"),
        warnings.get(1000)::toString);
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
                "and 119000 more problems, the first of them at this line and column; only the"
                    + " first 1000 are listed (see CslJson.Builder.maxProblems)"));
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
    Problem p =
        assertThrows(ValidationException.class, () -> JSON.read(document)).problems().stream()
            .filter(q -> q.code() == Problem.Code.UNSUPPORTED_VERSION)
            .findFirst()
            .orElseThrow();
    assertEquals(
        "/format/version (line 1, column 60): version '"
            + version.substring(0, 80)
            + "…' is not"
            + " supported: a version number has more than 18 digits; this reader reads versions"
            + " 1.0 and 2.0",
        p.toString());
    assertEquals(
        "/format/version (line 1, column 60): version 2.999999999999999999 is newer than this"
            + " reader (2.0); upgrade accountability-json to read it",
        assertThrows(
                ValidationException.class,
                () -> JSON.read(document.replace(version, "2.999999999999999999")))
            .problems()
            .stream()
            .filter(q -> q.code() == Problem.Code.UNSUPPORTED_VERSION)
            .map(Problem::toString)
            .findFirst()
            .orElseThrow());
    assertTrue(
        assertThrows(
                ValidationException.class,
                () -> JSON.read(document.replace(version, "1000000000000000000.0")))
            .problems()
            .stream()
            .anyMatch(q -> q.message().contains("more than 18 digits")));
  }

  @Test
  void aCslDatePartOfAMillionDigitsIsRefusedUnreadAndQuotedShort() {
    String digits = "1" + "0".repeat(999_989);
    String csl =
        "[{\"id\": \"a\", \"type\": \"report\", \"publisher\": \"p\", \"issued\":"
            + " {\"date-parts\": [[\""
            + digits
            + "\"]]}}]";
    assertEquals(
        List.of(
            "/0/issued/date-parts/0/0 (line 1, column 77): year '"
                + digits.substring(0, 80)
                + "…' is out of range 1..9999"),
        assertThrows(ValidationException.class, () -> CslJson.read(csl)).problems().stream()
            .map(Problem::toString)
            .collect(Collectors.toList()));
    assertEquals(
        List.of(
            "/0/issued/date-parts/0/1 (line 1, column 83): month '12345678901234567890' is out of"
                + " range 1..12"),
        assertThrows(
                ValidationException.class,
                () ->
                    CslJson.read(
                        csl.replace("[\"" + digits + "\"]", "[2030, 12345678901234567890]")))
            .problems()
            .stream()
            .map(Problem::toString)
            .collect(Collectors.toList()));
    assertEquals(
        org.accountability.model.PartialDate.ofMonth(2030, 2),
        CslJson.read(csl.replace("[\"" + digits + "\"]", "[2030, \"000000000000000000000002\"]"))
            .get(0)
            .date()
            .orElseThrow());
  }

  // ------------------------------------------------------------------ limits

  private static String firstProblem(Runnable read) {
    return assertThrows(ValidationException.class, read::run).problems().get(0).toString();
  }

  @Test
  void aDocumentOfTooManyTokensIsRefusedWhenTheLimitIsReached() {
    String zeros = "{\"x\": [0" + ",0".repeat(600_000) + "]}";
    assertEquals(
        "/x (line 1, column 1000002): the input is over a read limit: Token count (500001) exceeds"
            + " the maximum allowed (500000: see AccountabilityJson.Builder.maxTokenCount)",
        firstProblem(() -> JSON.read(zeros)));
    assertEquals(
        "/x (line 1, column 12): the input is over a read limit: Token count (6) exceeds the"
            + " maximum allowed (5: see AccountabilityJson.Builder.maxTokenCount)",
        firstProblem(() -> AccountabilityJson.builder().maxTokenCount(5).build().read(zeros)));
    assertEquals(
        "(document) (line 1, column 1000000): the input is over a read limit: Token count"
            + " (500001) exceeds the maximum allowed (500000: see CslJson.Builder.maxTokenCount)",
        firstProblem(() -> CslJson.read("[0" + ",0".repeat(600_000) + "]")));
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
    List<String> messages =
        List.of(
            firstProblem(() -> json.maxNameLength(5).build().read(name)),
            firstProblem(() -> json.maxNumberLength(5).build().read(number)),
            firstProblem(() -> json.maxNestingDepth(4).build().read(deep)),
            firstProblem(() -> json.maxStringLength(5).build().read(text)),
            firstProblem(() -> json.maxDocumentLength(30).build().read(spaces)),
            firstProblem(() -> json.maxTokenCount(3).build().read(deep)),
            firstProblem(() -> csl.maxNameLength(5).build().readCitations("[" + name + "]")),
            firstProblem(() -> csl.maxNumberLength(5).build().readCitations("[" + number + "]")),
            firstProblem(() -> csl.maxNestingDepth(4).build().readCitations(deep)),
            firstProblem(() -> csl.maxStringLength(5).build().readCitations("[" + text + "]")),
            firstProblem(() -> csl.maxDocumentLength(30).build().readCitations("[" + spaces + "]")),
            firstProblem(() -> csl.maxTokenCount(3).build().readCitations("[1, 2, 3]")));
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
    assertEquals(
        "(document) (line 1): the line is over the read limit of 1048576 characters (see"
            + " AccountabilityJson.Builder.maxLineLength)",
        e.problems().get(0).toString());
    assertTrue(read[0] < 2 * AccountabilityJson.DEFAULT_MAX_LINE_LENGTH, "read " + read[0]);
    String line = "{\"type\": \"CITATION\", \"id\": \"" + "x".repeat(50) + "\"}\n";
    assertEquals(
        "(document) (line 1): the line is over the read limit of 40 characters (see"
            + " AccountabilityJson.Builder.maxLineLength)",
        firstProblem(
            () -> {
              try (java.util.stream.Stream<org.accountability.model.Entity> s =
                  AccountabilityJson.builder()
                      .maxLineLength(40)
                      .build()
                      .readJsonLines(new java.io.StringReader(line))) {
                s.forEach(entity -> {});
              }
            }));
  }

  @Test
  void newLimitsMustBePositive() {
    for (Runnable set :
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
            () -> CslJson.builder().maxNumberLength(0))) {
      assertEquals(
          Problem.Code.OUT_OF_RANGE,
          assertThrows(ValidationException.class, set::run).problems().get(0).code());
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
    String expected =
        "/title (line 6, column 38): the input is not valid UTF-8: invalid byte 0xff at byte offset"
            + " 119; to read text in another encoding, pass a Reader";
    assertEquals(expected, firstProblem(() -> JSON.read(new java.io.ByteArrayInputStream(bytes))));
    java.nio.file.Path file = dir.resolve("invalid.json");
    java.nio.file.Files.write(file, bytes);
    assertEquals(expected, firstProblem(() -> JSON.read(file)));
    assertEquals(
        Problem.Code.MALFORMED,
        assertThrows(ValidationException.class, () -> JSON.read(file)).problems().get(0).code());
    // A character cut short by the end of the input.
    byte[] cut =
        java.util.Arrays.copyOf(
            "{\"title\": \"caf\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8), 15);
    assertEquals(
        "/title (line 1, column 15): the input is not valid UTF-8: the input ends inside a"
            + " character: byte 0xc3 at byte offset 14; to read text in another encoding, pass a"
            + " Reader",
        firstProblem(() -> JSON.read(new java.io.ByteArrayInputStream(cut))));
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
      Problem p = e.problems().get(0);
      assertEquals(Problem.Code.MALFORMED, p.code());
      assertEquals(java.util.OptionalInt.of(line), p.line());
      assertEquals(java.util.OptionalInt.of(column), p.column());
      assertTrue(
          p.message()
              .startsWith("the input is not valid UTF-8: invalid byte 0xc0 at byte offset " + at),
          p::toString);
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
        Problem p = e.problems().get(0);
        assertEquals(Problem.Code.MALFORMED, p.code(), p::toString);
        assertEquals(java.util.OptionalInt.of(4), p.line(), "padding " + padding + ": " + p);
        assertEquals(java.util.OptionalInt.of(8), p.column(), "padding " + padding + ": " + p);
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
    assertEquals(
        "/title (line 6, column 12): must be a string, found 7",
        firstProblem(
            () ->
                JSON.read(
                    bom + document.replace("\"Ticket quotas in Example City (fictional)\"", "7"))),
        "located as without the mark");
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
    Problem second =
        assertThrows(ValidationException.class, () -> JSON.read(bom + bom + "{}"))
            .problems()
            .get(0);
    assertEquals(Problem.Code.MALFORMED, second.code(), "only one mark is skipped: " + second);
    assertEquals("(document) (line 1, column 1)", second.where());
  }

  @Test
  void numbersADoubleCannotHoldAreRefusedNotRounded() throws Exception {
    String document = base();
    assertEquals(
        "/directives/0/target/low (line 100, column 16): '9007199254740993' cannot be held exactly"
            + " as a double: it would be read as 9.007199254740992E15; write a number with at most"
            + " 15 significant digits",
        firstProblem(
            () -> JSON.read(document.replace("\"low\": 20", "\"low\": 9007199254740993"))));
    assertEquals(
        "/observations/0/value (line 291, column 16): '1e-400' cannot be held exactly as a double:"
            + " it would be read as 0.0; write a number with at most 15 significant digits",
        firstProblem(() -> JSON.read(document.replace("\"value\": 12.5", "\"value\": 1e-400"))));
    assertEquals(
        "/observations/0/value (line 291, column 16): '0.1000000000000000001' cannot be held"
            + " exactly as a double: it would be read as 0.1; write a number with at most 15"
            + " significant digits",
        firstProblem(
            () ->
                JSON.read(
                    document.replace("\"value\": 12.5", "\"value\": 0.1000000000000000001"))));
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

  private static Problem firstProblemOf(byte[] bytes) {
    return assertThrows(
            ValidationException.class, () -> JSON.read(new java.io.ByteArrayInputStream(bytes)))
        .problems()
        .get(0);
  }

  @Test
  void lineBreaksAreCountedOnceWhereverTheDecodedTextIsCut() {
    // The decoder hands the parser 8,192 characters at a time. The first block holds a tab, an LF,
    // a CR LF pair and a lone CR, and ends with a CR whose LF starts the second block: lines 2, 3,
    // 4 and 5. The invalid byte is the thirteenth character of line 5.
    StringBuilder cut = new StringBuilder("[\t\n\r\n\r");
    cut.append(" ".repeat(8191 - cut.length())).append("\r\n").append(" ".repeat(10)).append("\"x");
    assertEquals(
        "/0 (line 5, column 13): the input is not valid UTF-8: invalid byte 0xff at byte offset"
            + " 8205; to read text in another encoding, pass a Reader",
        firstProblemOf(withBytes(cut.toString(), new int[] {0xff}, "\"]")).toString());
    // A line that starts in the first block and goes on in the second: its columns add up.
    String across = "[\n" + " ".repeat(8190 + 5) + "\"x";
    assertEquals(
        "/0 (line 2, column 8198): the input is not valid UTF-8: invalid byte 0xff at byte offset"
            + " 8199; to read text in another encoding, pass a Reader",
        firstProblemOf(withBytes(across, new int[] {0xff}, "\"]")).toString());
  }

  @Test
  void anInvalidByteAfterAByteOrderMarkIsLocatedAsWithoutTheMark() {
    String expected =
        "/title (line 1, column 15): the input is not valid UTF-8: invalid byte 0xff at byte offset"
            + " %d; to read text in another encoding, pass a Reader";
    assertEquals(
        String.format(java.util.Locale.ROOT, expected, 14),
        firstProblemOf(withBytes("{\"title\": \"caf", new int[] {0xff}, "\"}")).toString());
    assertEquals(
        String.format(java.util.Locale.ROOT, expected, 17),
        firstProblemOf(withBytes("\uFEFF{\"title\": \"caf", new int[] {0xff}, "\"}")).toString(),
        "the offset counts the mark's three bytes; the column does not count the mark");
  }

  @Test
  void anInvalidSequenceOfSeveralBytesIsQuotedByteByByte() {
    // A surrogate encoded as UTF-8, which UTF-8 does not allow; then a character cut short.
    assertEquals(
        "/title (line 1, column 15): the input is not valid UTF-8: invalid bytes 0xed 0xa0 0x80 at"
            + " byte offset 14; to read text in another encoding, pass a Reader",
        firstProblemOf(withBytes("{\"title\": \"caf", new int[] {0xed, 0xa0, 0x80}, "\"}"))
            .toString());
    assertEquals(
        "/title (line 1, column 15): the input is not valid UTF-8: invalid bytes 0xe2 0x82 at"
            + " byte offset 14; to read text in another encoding, pass a Reader",
        firstProblemOf(withBytes("{\"title\": \"caf", new int[] {0xe2, 0x82}, "x\"}")).toString());
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
    assertEquals(
        "(document) (line 1, column 1): the input is empty: expected a JSON value",
        firstProblem(() -> JSON.read(new java.io.StringReader(""))));
    assertEquals(
        "(document) (line 1, column 1): malformed JSON: Illegal character ((CTRL-CHAR, code 0)):"
            + " only regular white space (\\r, \\n, \\t) is allowed between tokens",
        firstProblem(() -> JSON.read("\u0000{}")));
  }

  @Test
  void numbersAtTheEdgesOfWhatADoubleHolds() throws Exception {
    String document = base();
    java.util.function.Function<String, String> withValue =
        v -> document.replace("\"value\": 12.5", "\"value\": " + v);
    assertEquals(
        "/observations/0/value (line 291, column 16): '-9007199254740993' cannot be held exactly"
            + " as a double: it would be read as -9.007199254740992E15; write a number with at most"
            + " 15 significant digits",
        firstProblem(() -> JSON.read(withValue.apply("-9007199254740993"))));
    String digits801 = "1." + "0".repeat(799) + "1";
    assertEquals(
        "/observations/0/value (line 291, column 16): '"
            + digits801.substring(0, 80)
            + "…' cannot"
            + " be held exactly as a double: it would be read as 1.0; write a number with at most 15"
            + " significant digits",
        firstProblem(() -> JSON.read(withValue.apply(digits801))),
        "more significant digits than any double has");
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

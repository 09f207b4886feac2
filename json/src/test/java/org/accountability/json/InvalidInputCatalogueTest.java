package org.accountability.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Problem;
import org.accountability.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of invalid documents under {@code src/test/resources/catalogue/invalid}, one
 * directory per error category. Each {@code name.json} sits beside {@code name.expected}, the exact
 * problem list a user sees, one problem per line: its code in brackets, then {@code
 * Problem.toString()}, as in {@code [DANGLING_REFERENCE] /routes/0/citations/0 (line 12, column 9):
 * refers to ...}. Documents under {@code over-limit} are read with tight limits (nesting 8, strings
 * of 100 characters, documents of 4,000 characters). Most documents are of format 1.0, which the
 * reader still reads; those about what format 2.0 added are 2.0 documents, changed from {@code
 * valid/fictional-ticket-quotas-2.0.json}. Run with {@code -Dcatalogue.update=true} to rewrite the
 * expected files after reviewing a change.
 */
class InvalidInputCatalogueTest {
  private static final AccountabilityJson STRICT = AccountabilityJson.create();
  private static final AccountabilityJson TIGHT =
      AccountabilityJson.builder()
          .maxNestingDepth(8)
          .maxStringLength(100)
          .maxDocumentLength(4000)
          .build();

  static Stream<String> documents() throws IOException, URISyntaxException {
    Path root = catalogue().resolve("invalid");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void reportsTheExactProblemList(String name) throws IOException, URISyntaxException {
    Path file = catalogue().resolve("invalid").resolve(name);
    AccountabilityJson json = name.startsWith("over-limit/") ? TIGHT : STRICT;
    ValidationException e = assertThrows(ValidationException.class, () -> json.read(file));
    String actual =
        e.problems().stream()
            .map(InvalidInputCatalogueTest::line)
            .collect(Collectors.joining("\n", "", "\n"));
    Path expectedFile = Path.of(file.toString().replace(".json", ".expected"));
    if (Boolean.getBoolean("catalogue.update")) {
      Path source =
          Path.of("src/test/resources/catalogue/invalid")
              .resolve(name.replace(".json", ".expected"));
      Files.writeString(source, actual, StandardCharsets.UTF_8);
    }
    assertTrue(
        Files.exists(expectedFile),
        "missing " + expectedFile + "; run with -Dcatalogue.update=true");
    assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, name);
    for (Problem p : e.problems()) {
      assertTrue(p.jsonPointer().isPresent(), "every problem has a JSON Pointer: " + p);
      assertTrue(p.line().isPresent() || name.startsWith("malformed/empty"), "located: " + p);
    }
    assertEquals(
        e.problems().size(),
        String.valueOf(e.getMessage()).lines().filter(l -> l.startsWith("  - ")).count()
            + (e.problems().size() == 1 ? 1 : 0),
        "the message lists every problem");
  }

  /**
   * A document read from a stream or a reader, which is kept as it is read and read again when it
   * has a problem, reports exactly what the located reader reports reading it once, down to the
   * counts in the parser's own messages (which depend on the pieces the input is read in).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void aStreamAndAReaderReportWhatTheyReportReadOnce(String name)
      throws IOException, URISyntaxException {
    Path file = catalogue().resolve("invalid").resolve(name);
    AccountabilityJson json = name.startsWith("over-limit/") ? TIGHT : STRICT;
    byte[] bytes = Files.readAllBytes(file);
    assertEquals(
        problems(
            () -> json.readLocated(Inputs.utf8(new java.io.ByteArrayInputStream(bytes))).value()),
        problems(() -> json.read(new java.io.ByteArrayInputStream(bytes))),
        name);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(
        problems(() -> json.readLocated(new java.io.StringReader(text)).value()),
        problems(() -> json.read(new java.io.StringReader(text))),
        name);
  }

  private static List<Problem> problems(org.junit.jupiter.api.function.Executable read) {
    return assertThrows(ValidationException.class, read).problems();
  }

  @Test
  void theCatalogueHasEnoughOfEachCategory() throws IOException, URISyntaxException {
    Map<String, Long> perCategory =
        documents()
            .collect(
                Collectors.groupingBy(
                    n -> n.substring(0, n.indexOf('/')), TreeMap::new, Collectors.counting()));
    assertEquals(
        List.of(
            "dangling-reference",
            "duplicate-id",
            "format-version",
            "invalid-id",
            "malformed",
            "missing-field",
            "multiple",
            "over-limit",
            "trailing-content",
            "unknown-enum",
            "unknown-property",
            "wrong-type"),
        List.copyOf(perCategory.keySet()));
    perCategory.forEach((category, count) -> assertTrue(count >= 3, category + " has " + count));
    assertTrue(perCategory.getOrDefault("multiple", 0L) >= 5);
  }

  @Test
  void theCatalogueBaseDocumentsAreValid() throws IOException, URISyntaxException {
    Path base = catalogue().resolve("valid/fictional-ticket-quotas-2.0.json");
    ReadResult<AccountabilityFramework> read = STRICT.readWithWarnings(base);
    assertEquals(
        "AccountabilityFramework[Ticket quotas in Example City (fictional) | Example City Police"
            + " Department | 1 directive, 1 personnel action, 1 oversight body (1 action), 2 legal"
            + " routes, 1 claim, 1 observation, 3 citations]",
        read.value().toString());
    assertEquals(List.of(), read.warnings(), "a 2.0 document needs no assumption");
    assertEquals(
        Files.readString(base, StandardCharsets.UTF_8), STRICT.write(read.value()), "as written");
  }

  @Test
  void theFormat10BaseDocumentIsReadWithItsAssumptions() throws IOException, URISyntaxException {
    Path base = catalogue().resolve("valid/fictional-ticket-quotas.json");
    ReadResult<AccountabilityFramework> read = STRICT.readWithWarnings(base);
    assertEquals(
        "AccountabilityFramework[Ticket quotas in Example City (fictional) | Example City Police"
            + " Department | 1 directive, 1 personnel action, 1 oversight body (1 action), 1 legal"
            + " route, 1 claim, 1 observation, 2 citations]",
        read.value().toString());
    assertEquals(
        List.of(
            "/format/version (line 4, column 16): read as format 1.0: unlawfulConducts assumed to"
                + " be RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE, the legality format 1.0"
                + " fixed (MISSED_QUOTA lawful)",
            "/directives/0/kind (line 38, column 15): read as format 1.0: conducts assumed to be"
                + " MISSED_QUOTA, which format 1.0 implied for every NUMERICAL_TARGET directive",
            "/oversightBodies/0/actions/0/outcome (line 99, column 22): read as format 1.0:"
                + " outcome NO_OUTCOME_REPORTED became a single outcome step dated as the action"
                + " (2030-06-01), citing the action's citations",
            "/claims (line 132, column 13): read as format 1.0: claims name no conducts or roles"
                + " (added in 2.0), so no claim speaks to a role and conduct"),
        read.warnings().stream().map(Problem::toString).collect(Collectors.toList()));
    assertTrue(
        read.warnings().stream().allMatch(w -> w.code() == Problem.Code.ASSUMED),
        "what reading 1.0 assumed is coded ASSUMED: " + read.warnings());
    assertEquals(
        TIGHT.read(base), read.value(), "the tight limits of over-limit/ read this base document");
  }

  @Test
  void multiProblemDocumentsReportSeveralProblems() throws IOException, URISyntaxException {
    for (String name :
        documents().filter(n -> n.startsWith("multiple/")).collect(Collectors.toList())) {
      ValidationException e =
          assertThrows(
              ValidationException.class,
              () -> STRICT.read(catalogue().resolve("invalid").resolve(name)));
      assertTrue(e.problems().size() >= 3, name + " reports " + e.problems());
    }
  }

  /** One line of an expected file: the problem's code, then what the user sees. */
  static String line(Problem p) {
    return "[" + p.code() + "] " + p;
  }

  static Path catalogue() throws URISyntaxException {
    return Path.of(InvalidInputCatalogueTest.class.getResource("/catalogue").toURI());
  }
}

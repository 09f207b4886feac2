package org.accountability.json;

import static org.accountability.testing.Problems.assertThat;
import static org.accountability.testing.Problems.atPointer;
import static org.accountability.testing.Problems.inEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Citation;
import org.accountability.model.Conduct;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.EntityKind;
import org.accountability.model.Problem;
import org.accountability.model.Problem.Code;
import org.accountability.model.Role;
import org.accountability.model.ValidationException;
import org.accountability.testing.Problems.Expected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The format pinned by golden files in both directions, the bundled data files, lenient mode,
 * atomic writes, JSON Lines and the Jackson module. Set {@code -Dgolden.update=true} to rewrite the
 * golden and data files from the current output after reviewing a change.
 */
class JsonFormatTest {
  private static final AccountabilityFramework ICE = CaseStudies.iceDeportationQuotas();
  private static final AccountabilityJson JSON = AccountabilityJson.create();
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(new AccountabilityModule())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "citation-with-host, gvwire-2025-02-21",
    "citation-of-a-case, egbert-v-boule",
    "citation-approximate-date, ktvu-2025-10",
    "citation-government-document, opm-ses-desk-guide-ch8",
    "directive, may-2025-agency-target",
    "directive-known-since, jul-2025-bond-hearing-memo",
    "personnel-action, oct-2025-field-office-director-reassignments",
    "personnel-action-with-inference, feb-2025-ero-reassignments",
    "oversight-body, ninth-circuit",
    "oversight-action, oct-2025-detention-and-force-probe",
    "oversight-action-with-outcome-steps, ninth-circuit-los-angeles-stops-order",
    "legal-route, bivens-damages-claim",
    "legal-route-with-preconditions-and-hurdles, ses-performance-removal",
    "legal-route-with-substitution, ftca-claim",
    "legal-route-with-appeal, ses-adverse-action",
    "claim, C8",
    "observation, arrests-early-feb-2025",
  })
  void eachModelTypeMatchesItsGoldenFileInBothDirections(String file, String id)
      throws IOException {
    Entity entity = ICE.entity(id).orElseThrow();
    String written = MAPPER.writeValueAsString(entity) + "\n";
    String golden = golden("golden/" + file + ".json", written);
    assertEquals(golden, written, "write");
    assertEquals(entity, MAPPER.readValue(golden, entity.entityKind().type()), "read");
  }

  @Test
  void anAssessmentMatchesItsGoldenFile() throws IOException {
    String written = JSON.write(ICE.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA));
    assertEquals(
        golden("golden/assessment-field-office-manager-missed-quota.json", written), written);
    assertEquals(
        MAPPER.readTree(written),
        MAPPER.readTree(
            MAPPER.writeValueAsString(ICE.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA))),
        "the module writes the same assessment");
  }

  @Test
  void anAssessmentAsOfADaySaysWhichDay() {
    assertEquals(
        "2025-06-01",
        MAPPER
            .readTree(
                JSON.write(
                    ICE.assess(
                        Role.FIELD_OFFICE_MANAGER,
                        Conduct.MISSED_QUOTA,
                        java.time.LocalDate.of(2025, 6, 1))))
            .get("asOf")
            .stringValue());
    assertFalse(
        MAPPER
            .readTree(JSON.write(ICE.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA)))
            .has("asOf"),
        "an assessment of the framework as a whole names no day");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ice-deportation-quotas", "nypd-quotas"})
  void theBundledDataFilesAreWhatTheCodeWrites(String name) throws IOException {
    AccountabilityFramework framework = name.startsWith("ice") ? ICE : CaseStudies.nypdQuotas();
    Path json = Path.of("../examples/data/" + name + ".json");
    Path lines = Path.of("../examples/data/" + name + ".jsonl");
    StringWriter jsonl = new StringWriter();
    JSON.writeJsonLines(framework, jsonl);
    if (UPDATE) {
      JSON.write(framework, json);
      JSON.writeJsonLines(framework, lines);
    }
    assertEquals(Files.readString(json), JSON.write(framework));
    assertEquals(Files.readString(lines), jsonl.toString());
    assertEquals(framework, JSON.read(json));
    try (Stream<Entity> entities = JSON.readJsonLines(lines)) {
      assertEquals(
          RoundTripTest.topLevelEntities(framework), entities.collect(Collectors.toList()));
    }
  }

  @Test
  void readsFromEveryKindOfSource() {
    String text = JSON.write(ICE);
    assertEquals(ICE, JSON.read(text));
    assertEquals(ICE, JSON.read(new StringReader(text)));
    assertEquals(ICE, JSON.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(ICE, out);
    assertEquals(text, out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theFormatWritesNoNullsAndKeepsDatePrecision() {
    String text = JSON.write(ICE);
    assertFalse(text.contains("null"), "no nulls written");
    assertTrue(text.contains("\"date\": \"2025-10~\""), "approximate month");
    assertTrue(text.contains("\"date\": \"2022-11\""), "month precision");
    assertTrue(text.contains("\"restrictedSince\": \"2022\""), "year precision");
    assertTrue(text.contains("\"effective\": \"2026-01-28\""), "day precision");
    assertTrue(text.contains("\"low\": 3000\n"), "whole numbers stay whole");
    assertTrue(
        text.startsWith(
            """
            {
              "format": {
                "name": "accountability-framework",
                "version": "2.0"
              },
            """));
    assertTrue(
        text.contains(
            """
              "question": "Can ICE agents be held accountable for not meeting deportation quotas?",
              "roles": [
                {
                  "id": "LINE_AGENT",
                  "name": "line agent",
                  "description": "an officer who makes arrests and stops (an ICE officer, a patrol officer)"
                },
            """),
        "the vocabularies follow the header");
    assertTrue(
        text.contains(
            """
              "conducts": [
                {
                  "id": "MISSED_QUOTA",
                  "name": "missed quota",
                  "description": "falling short of a numerical target set by the agency",
                  "unlawful": false
                },
                {
                  "id": "RACIAL_PROFILING",
            """),
        "each conduct says whether it is unlawful");
  }

  @Test
  void lenientModeIgnoresUnknownPropertiesAndNamesEach() {
    String text =
        JSON.write(ICE)
            .replaceFirst("\"title\": \"ICE", "\"notes\": \"draft\",\n  \"title\": \"ICE")
            .replaceFirst(
                "\"kind\": \"NEWS_REPORT\",",
                "\"kind\": \"NEWS_REPORT\", \"author\": \"A. Reporter\",");
    ValidationException strict = assertThrows(ValidationException.class, () -> JSON.read(text));
    assertThat(strict)
        .hasExactly(
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/notes",
                6,
                12,
                "unknown property 'notes': not part of the format"),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/citations/0/author",
                65,
                40,
                "unknown property 'author': not part of the format"));
    ReadResult<AccountabilityFramework> lenient =
        AccountabilityJson.builder().lenient(true).build().readWithWarnings(text);
    assertEquals(ICE, lenient.value());
    assertThat(lenient.warnings())
        .hasExactly(
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/notes",
                6,
                12,
                "unknown property 'notes' was ignored: not part of the format"),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/citations/0/author",
                65,
                40,
                "unknown property 'author' was ignored: not part of the format"));
    assertTrue(JSON.readWithWarnings(JSON.write(ICE)).warnings().isEmpty());
    ValidationException stillStrict =
        assertThrows(
            ValidationException.class,
            () ->
                AccountabilityJson.builder()
                    .lenient(true)
                    .build()
                    .read(text.replace("\"NEWS_REPORT\"", "\"BLOG\"")));
    // Lenient mode relaxes unknown properties only: every citation of the unknown kind is refused.
    List<Expected> blogs = new ArrayList<>();
    int[][] citationAndLine = {
      {0, 65}, {1, 73}, {3, 89}, {4, 96}, {5, 104}, {6, 114}, {7, 123}, {8, 132}, {9, 142},
      {10, 151}, {11, 161}, {13, 179}, {14, 187}, {15, 195}, {18, 222}, {19, 231}, {20, 241},
      {22, 261}, {26, 296}, {27, 305}, {29, 322}, {30, 330}, {33, 358}
    };
    for (int[] at : citationAndLine) {
      blogs.add(
          atPointer(
              Code.UNKNOWN_VALUE,
              "/citations/" + at[0] + "/kind",
              at[1],
              15,
              "unknown value 'BLOG': expected one of NEWS_REPORT, COURT_DOCUMENT, STATUTE, CASE,"
                  + " PRESS_RELEASE, DASHBOARD, GOVERNMENT_DOCUMENT, SECONDARY_ANALYSIS"));
    }
    assertThat(stillStrict).hasExactly(blogs);
  }

  @Test
  void writesFilesAtomically(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ice.json");
    Files.writeString(file, "previous content");
    JSON.write(ICE, file);
    assertEquals(JSON.write(ICE), Files.readString(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.collect(Collectors.toList()), "no temporary file left");
    }

    Path blocked = dir.resolve("blocked.json");
    Files.createDirectories(blocked);
    Files.writeString(blocked.resolve("keep.txt"), "kept");
    assertThrows(UncheckedIOException.class, () -> JSON.write(ICE, blocked));
    assertEquals(
        "kept", Files.readString(blocked.resolve("keep.txt")), "the target is left as it was");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("blocked.json", "ice.json"),
          files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()),
          "a failed write leaves no temporary file");
    }
  }

  @Test
  void aJsonLinesStreamReadAsADocumentSaysToUseReadJsonLines() {
    StringWriter out = new StringWriter();
    JSON.writeJsonLines(ICE, out);
    ValidationException e =
        assertThrows(ValidationException.class, () -> JSON.read(out.toString()));
    assertThat(e)
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "",
                1,
                1,
                "this is a JSON Lines stream (a FRAMEWORK header line then one entity per line), not a framework document: read it with readJsonLines"));
  }

  @Test
  void aJsonLinesStreamWithoutHeaderReadAsADocumentSaysToUseReadJsonLines() {
    StringWriter out = new StringWriter();
    JSON.writeJsonLines(ICE.citations().stream(), out);
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> JSON.readWithWarnings(new StringReader(out.toString())));
    assertThat(e)
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "",
                1,
                1,
                "this is a JSON Lines stream (one entity per line), not a framework document: read it with readJsonLines"));
  }

  @Test
  void oneEntityLineReadAsADocumentIsJudgedAsADocument() {
    StringWriter out = new StringWriter();
    JSON.writeJsonLines(ICE.citations().stream().limit(1), out);
    ValidationException e =
        assertThrows(ValidationException.class, () -> JSON.read(out.toString()));
    // a single value is not recognisably a stream: no problem says to use readJsonLines
    assertThat(e)
        .hasExactly(
            atPointer(
                Code.MISSING,
                "/format",
                1,
                1,
                "is required but missing: expected {\"name\": \"accountability-framework\", \"version\": \"2.0\"}"),
            atPointer(
                Code.MISSING,
                "/roles",
                1,
                1,
                "is required but missing: list the framework's roles (id, name, description), [] for none"),
            atPointer(
                Code.MISSING,
                "/conducts",
                1,
                1,
                "is required but missing: list the framework's conducts (id, name, description, unlawful), [] for none"),
            inEntity(
                    Code.MISSING,
                    "AccountabilityFramework",
                    "",
                    "agency",
                    "is required but missing")
                .locatedAt("/agency", 1, 1),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/type",
                1,
                9,
                "unknown property 'type': not part of the format"),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/id",
                1,
                25,
                "unknown property 'id': not part of the format"),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/publisher",
                1,
                129,
                "unknown property 'publisher': not part of the format"),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/date",
                1,
                154,
                "unknown property 'date': not part of the format"),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/url",
                1,
                173,
                "unknown property 'url': not part of the format"),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/kind",
                1,
                267,
                "unknown property 'kind': not part of the format"),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/primary",
                1,
                291,
                "unknown property 'primary': not part of the format"));
  }

  @Test
  void aDocumentReadAsJsonLinesSaysToUseRead() {
    String pretty = JSON.write(ICE);
    String compact = JsonMapper.builder().build().readTree(pretty).toString();
    for (String document : List.of(pretty, compact, "\n" + pretty)) {
      ValidationException e =
          assertThrows(
              ValidationException.class,
              () -> {
                try (Stream<Entity> entities = JSON.readJsonLines(new StringReader(document))) {
                  entities.forEach(entity -> {});
                }
              });
      int line = document.startsWith("\n") ? 2 : 1;
      assertThat(e)
          .hasExactly(
              atPointer(
                  Code.MALFORMED,
                  "",
                  line,
                  1,
                  "this is a framework document (one object with a 'format' object and the entity arrays), not a JSON Lines stream: read it with read or readWithWarnings"));
    }
  }

  @Test
  void aBadFirstLineThatIsNotADocumentKeepsItsOwnProblems() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> {
              try (Stream<Entity> entities =
                  JSON.readJsonLines(new StringReader("{\"type\": \"CITATION\"\n"))) {
                entities.forEach(entity -> {});
              }
            });
    // no problem calls the line a framework document; the message ends in the JSON parser's words
    assertThat(e)
        .hasExactly(
            atPointer(
                    Code.MALFORMED,
                    "",
                    1,
                    20,
                    "malformed JSON: Unexpected end-of-input: expected close marker for Object")
                .messageStartingWith());
  }

  @Test
  void bothApproximateSpellingsReadAsOneDateInJsonLines() {
    StringWriter out = new StringWriter();
    JSON.writeJsonLines(ICE, out);
    String trailing = out.toString();
    assertTrue(trailing.contains("\"2025-10~\""), "the format writes the ISO 8601-2 suffix");
    String leading = trailing.replaceAll("\"(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)~\"", "\"~$1\"");
    assertFalse(leading.contains("~\""));
    try (Stream<Entity> a = JSON.readJsonLines(new StringReader(trailing));
        Stream<Entity> b = JSON.readJsonLines(new StringReader(leading))) {
      assertEquals(a.collect(Collectors.toList()), b.collect(Collectors.toList()));
    }
  }

  @Test
  void jsonLinesAreReadLazilyAndEachLineIsValidatedAlone(@TempDir Path dir) {
    StringWriter out = new StringWriter();
    JSON.writeJsonLines(ICE.citations().stream(), out);
    String[] lines = out.toString().lines().toArray(String[]::new);
    String stream =
        lines[0]
            + "\n\n"
            + lines[1]
            + "\n{\"type\": \"CITATION\", \"id\": \"x\"}\n"
            + lines[2]
            + "\n";
    try (Stream<Entity> entities = JSON.readJsonLines(new StringReader(stream))) {
      var it = entities.iterator();
      assertEquals("wapo-2025-01-26", it.next().id());
      assertEquals("independent-2025-01-29", it.next().id());
      ValidationException e = assertThrows(ValidationException.class, it::next);
      // moved to its line, a problem keeps its code and model location
      assertThat(e)
          .hasExactly(
              inEntity(Code.MISSING, "Citation", "x", "publisher", "is required but missing")
                  .locatedAt("/publisher", 4, 1),
              inEntity(Code.MISSING, "Citation", "x", "kind", "is required but missing")
                  .locatedAt("/kind", 4, 1));
    }
    AccountabilityJson tight = AccountabilityJson.builder().maxDocumentLength(100).build();
    String longLine = "{\"type\": \"CITATION\", \"id\": \"" + "x".repeat(200) + "\"}\n";
    ValidationException tooLong =
        assertThrows(
            ValidationException.class,
            () -> {
              try (Stream<Entity> s = tight.readJsonLines(new StringReader(longLine))) {
                s.count();
              }
            });
    assertThat(tooLong)
        .hasExactly(
            atPointer(
                Code.OVER_LIMIT, "", 1, 0, "the line is over the read limit of 100 characters"));
    JSON.writeJsonLines(ICE, dir.resolve("ice.jsonl"));
    try (Stream<Entity> entities = JSON.readJsonLines(dir.resolve("ice.jsonl"))) {
      assertEquals(
          RoundTripTest.topLevelEntities(ICE).size(),
          entities.count(),
          "the FRAMEWORK header line is checked and skipped");
    }
  }

  @Test
  void aJsonLinesHeaderOfAnotherFormatVersionIsRefused() {
    String header =
        "{\"type\": \"FRAMEWORK\", \"format\": {\"name\": \"accountability-framework\", \"version\":"
            + " \"3.0\"}, \"title\": \"T\", \"agency\": \"A\", \"roles\": [], \"conducts\": []}\n";
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> {
              try (Stream<Entity> s = JSON.readJsonLines(new StringReader(header))) {
                s.count();
              }
            });
    assertThat(e)
        .hasExactly(
            atPointer(
                Code.UNSUPPORTED_VERSION,
                "/format/version",
                1,
                81,
                "version 3.0 is not supported: this reader reads versions 1.0 and 2.0"));
  }

  @Test
  void theModuleIsFoundByServiceLoaderAndStaysStrict() {
    JsonMapper found =
        JsonMapper.builder()
            .findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    String citation = found.writeValueAsString(ICE.citation("egbert-v-boule").orElseThrow());
    assertEquals(
        ICE.citation("egbert-v-boule").orElseThrow(), found.readValue(citation, Citation.class));
    DatabindException e =
        assertThrows(
            DatabindException.class,
            () -> found.readValue(citation.replaceFirst("\\{", "{\"extra\": 1, "), Citation.class));
    ValidationException cause = assertInstanceOf(ValidationException.class, rootCause(e));
    assertThat(cause)
        .hasExactly(
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/extra",
                0,
                0,
                "unknown property 'extra': not part of the format"));
    assertEquals(
        ICE, found.readValue(found.writeValueAsString(ICE), AccountabilityFramework.class));
  }

  @Test
  void readLimitsMustBePositive() {
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> AccountabilityJson.builder().maxNestingDepth(0));
    assertThat(e)
        .hasExactly(
            inEntity(
                Code.OUT_OF_RANGE,
                "AccountabilityJson.Builder",
                "",
                "maxNestingDepth",
                "must be positive, was 0"));
    assertThrows(
        ValidationException.class, () -> AccountabilityJson.builder().maxDocumentLength(-1));
  }

  @Test
  void aJsonLinesHeaderDeclaresTheVocabulary() {
    StringWriter out = new StringWriter();
    JSON.writeJsonLines(ICE, out);
    String header = out.toString().lines().findFirst().orElseThrow();
    assertTrue(
        header.contains(
            ",\"roles\":[{\"id\":\"LINE_AGENT\",\"name\":\"line agent\",\"description\":"),
        header);
    assertTrue(
        header.endsWith(
            "{\"id\":\"EXCESSIVE_FORCE\",\"name\":\"excessive force\",\"description\":\"force"
                + " beyond what the situation allows in law\",\"unlawful\":true}]}"),
        header);
    String without = header.replaceFirst(",\"conducts\":\\[.*]}$", "}") + "\n";
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> {
              try (Stream<Entity> s = JSON.readJsonLines(new StringReader(without))) {
                s.count();
              }
            });
    assertThat(e)
        .hasExactly(
            atPointer(
                Code.MISSING,
                "/conducts",
                1,
                1,
                "is required but missing: list the framework's conducts (id, name, description, unlawful), [] for none"));
  }

  @Test
  void aJsonLinesHeaderDeclaresTheTermsItsLinesName() {
    Conduct summons =
        Conduct.of(
            "ISSUING_BASELESS_SUMMONS",
            "issuing a baseless summons",
            "issuing a summons without probable cause, to meet a number");
    Directive d =
        ICE.directives().list().stream()
            .filter(x -> x.supersedes().isEmpty())
            .findFirst()
            .orElseThrow();
    Directive naming = Directive.builder().from(d).conducts(List.of(summons)).build();
    AccountabilityFramework own =
        AccountabilityFramework.builder()
            .title("Summonses")
            .agency("An agency")
            .addConducts(summons)
            .addUnlawfulConducts(summons)
            .addCitations(ICE.citations().list())
            .addDirectives(naming)
            .build();
    StringWriter out = new StringWriter();
    JSON.writeJsonLines(own, out);
    List<Entity> read;
    try (Stream<Entity> s = JSON.readJsonLines(new StringReader(out.toString()))) {
      read = s.collect(Collectors.toList());
    }
    assertEquals(RoundTripTest.topLevelEntities(own), read);
    Directive back = (Directive) read.get(read.size() - 1);
    assertEquals(
        "issuing a summons without probable cause, to meet a number",
        back.conducts().get(0).description(),
        "the term the header declares, with its description");

    String undeclared =
        out.toString()
            .replace(
                "\"conducts\":[{\"id\":\"ISSUING_BASELESS_SUMMONS\"",
                "\"conducts\":[{\"id\":\"OTHER\"");
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> {
              try (Stream<Entity> s = JSON.readJsonLines(new StringReader(undeclared))) {
                s.count();
              }
            });
    assertThat(e)
        .hasExactly(
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "Directive",
                    "jan-2025-agency-target",
                    "conducts[0]",
                    "names conduct ISSUING_BASELESS_SUMMONS, which the FRAMEWORK header does not declare in /conducts")
                .locatedAt("/conducts/0", 49, 797)
                .withReference("ISSUING_BASELESS_SUMMONS"));

    String headerless = out.toString().substring(out.toString().indexOf('\n') + 1);
    try (Stream<Entity> s = JSON.readJsonLines(new StringReader(headerless))) {
      Directive alone = (Directive) s.reduce((a, b) -> b).orElseThrow();
      assertEquals(
          naming, alone, "without a header, a well-formed id is read as a term of its own");
      assertEquals("issuing baseless summons", alone.conducts().get(0).readableName());
    }
    Directive mapped = MAPPER.readValue(MAPPER.writeValueAsString(naming), Directive.class);
    assertEquals(naming, mapped, "the module reads an entity alone in the same way");
  }

  @Test
  void anEmptyVocabularyIsWrittenAsEmptyListsAndReadBack() {
    AccountabilityFramework none =
        AccountabilityFramework.builder().title("Nothing unlawful").agency("An agency").build();
    String text = JSON.write(none);
    assertTrue(text.contains("  \"roles\": [],\n  \"conducts\": [],\n"), text);
    assertEquals(none, JSON.read(text));
    String twice =
        "{\"id\": \"EXCESSIVE_FORCE\", \"name\": \"force\", \"description\": \"force\","
            + " \"unlawful\": true}";
    ValidationException repeated =
        assertThrows(
            ValidationException.class,
            () ->
                JSON.read(
                    text.replace(
                        "\"conducts\": []", "\"conducts\": [" + twice + ", " + twice + "]")));
    assertThat(repeated)
        .hasExactly(
            atPointer(
                Code.REPEATED,
                "/conducts/1/id",
                9,
                109,
                "declares conduct EXCESSIVE_FORCE again; declare each conduct once"));
  }

  @Test
  void lenientWarningsOfJsonLinesReachTheConsumer() {
    StringWriter out = new StringWriter();
    JSON.writeJsonLines(ICE.citations().stream().limit(2), out);
    String text =
        out.toString()
            .replaceFirst("\\{\"type\":\"CITATION\",", "{\"type\":\"CITATION\",\"author\":\"A\",");
    List<Problem> warnings = new java.util.ArrayList<>();
    AccountabilityJson lenient = AccountabilityJson.builder().lenient(true).build();
    try (Stream<Entity> entities = lenient.readJsonLines(new StringReader(text), warnings::add)) {
      assertEquals(2, entities.count());
    }
    assertThat(warnings)
        .hasExactly(
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/author",
                1,
                29,
                "unknown property 'author' was ignored: not part of the format"));
  }

  @Test
  void theSchemasShipInTheJar() throws IOException {
    for (String resource :
        List.of(AccountabilityJson.SCHEMA_RESOURCE, AccountabilityJson.SCHEMA_RESOURCE_1_0)) {
      try (InputStream in = AccountabilityJson.class.getResourceAsStream(resource)) {
        assertTrue(in != null, resource);
        String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(schema.contains("2020-12"), resource);
      }
    }
    assertTrue(AccountabilityJson.SCHEMA_RESOURCE.endsWith("-2.0.schema.json"));
    assertTrue(AccountabilityJson.SCHEMA_RESOURCE_1_0.endsWith("-1.0.schema.json"));
  }

  @Test
  void aSupersessionCycleIsReportedAtTheSupersedesProperty() {
    ObjectNode root = (ObjectNode) MAPPER.readTree(JSON.write(ICE));
    ArrayNode directives = (ArrayNode) root.get("directives");
    String first = directives.get(0).get("id").stringValue();
    String second = directives.get(1).get("id").stringValue();
    ((ObjectNode) directives.get(0))
        .putObject("supersedes")
        .put("directive", second)
        .put("raises", true);
    ((ObjectNode) directives.get(1))
        .putObject("supersedes")
        .put("directive", first)
        .put("raises", false);
    ValidationException e =
        assertThrows(ValidationException.class, () -> JSON.read(MAPPER.writeValueAsString(root)));
    // Reported once, at the first directive's supersedes property, and nothing else.
    assertThat(e)
        .hasExactly(
            inEntity(
                    Code.INCONSISTENT,
                    "Directive",
                    first,
                    "supersedes",
                    "supersedes in a cycle: '" + first + "' -> '" + second + "' -> '" + first + "'")
                .locatedAt("/directives/0/supersedes", 507, 20)
                .withReference(second, EntityKind.DIRECTIVE));
  }

  @Test
  void aJsonLinesHeaderIsAcceptedOnlyAsTheFirstLine() {
    StringWriter out = new StringWriter();
    JSON.writeJsonLines(ICE, out);
    List<String> lines = out.toString().lines().collect(Collectors.toList());
    String header = lines.get(0);
    try (Stream<Entity> s =
        JSON.readJsonLines(new StringReader("\n" + header + "\n" + lines.get(1)))) {
      assertEquals(1, s.count(), "blank lines before the header are skipped");
    }
    for (String stream :
        List.of(
            header + "\n" + lines.get(1) + "\n" + header + "\n",
            header + "\n\n" + header + "\n",
            lines.get(1) + "\n\n" + header + "\n")) {
      ValidationException e =
          assertThrows(
              ValidationException.class,
              () -> {
                try (Stream<Entity> s = JSON.readJsonLines(new StringReader(stream))) {
                  s.count();
                }
              });
      assertThat(e)
          .hasExactly(
              atPointer(
                  Code.UNKNOWN_VALUE,
                  "/type",
                  3,
                  9,
                  "a FRAMEWORK header is allowed only as the first line: expected one of CITATION, DIRECTIVE, PERSONNEL_ACTION, OVERSIGHT_BODY, OVERSIGHT_ACTION, LEGAL_ROUTE, CLAIM, OBSERVATION"));
    }
  }

  @Test
  void quotedValuesFromJsonAreEscapedAndCutShort() {
    String line =
        "{\"type\": \"CITATION\", \"id\": \"x\\n  - forged\", \"publisher\": \"P\", \"a\\tb\": 1,"
            + " \"kind\": \""
            + "k".repeat(10_000)
            + "\"}";
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> {
              try (Stream<Entity> s = JSON.readJsonLines(new StringReader(line))) {
                s.count();
              }
            });
    assertEquals(
        List.of(
            "/id (line 1, column 28): 'x\\n  - forged' is not a valid id: use 1 to 128 letters,"
                + " digits, '.', '_', ':' or '-', starting with a letter or digit",
            "/a\\tb (line 1, column 71): unknown property 'a\\tb': not part of the format",
            "/kind (line 1, column 82): unknown value '"
                + "k".repeat(80)
                + "…': expected one of NEWS_REPORT, COURT_DOCUMENT, STATUTE, CASE, PRESS_RELEASE,"
                + " DASHBOARD, GOVERNMENT_DOCUMENT, SECONDARY_ANALYSIS"),
        e.problems().stream().map(Problem::toString).collect(Collectors.toList()));
    assertEquals(
        e.problems().size() + 1, String.valueOf(e.getMessage()).lines().count(), e.getMessage());
  }

  private static Throwable rootCause(Throwable t) {
    Throwable cause = t;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String golden(String resource, String current) throws IOException {
    if (UPDATE) {
      Files.writeString(Path.of("src/test/resources", resource), current);
    }
    try (InputStream in = JsonFormatTest.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new AssertionError("missing " + resource + "; run with -Dgolden.update=true");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

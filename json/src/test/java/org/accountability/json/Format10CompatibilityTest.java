package org.accountability.json;

import static org.accountability.testing.Problems.assertThat;
import static org.accountability.testing.Problems.atPointer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Conduct;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.OversightAction;
import org.accountability.model.PartialDate;
import org.accountability.model.Problem;
import org.accountability.model.Problem.Code;
import org.accountability.model.Role;
import org.accountability.model.ValidationException;
import org.accountability.testing.Problems.Expected;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading documents of format 1.0: the bundled case study as an earlier version of the library
 * wrote it in that format (stored under {@code src/test/resources/format-1.0}) is read, in strict
 * mode, into a valid framework, and every assumption the conversion makes is a warning.
 */
class Format10CompatibilityTest {
  private static final AccountabilityJson JSON = AccountabilityJson.create();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String DOCUMENT = resource("/format-1.0/ice-deportation-quotas.json");
  private static final String JSON_LINES = resource("/format-1.0/ice-deportation-quotas.jsonl");

  @Test
  void theLibraryWritesFormat20AndReadsBoth() {
    assertEquals("2.0", AccountabilityJson.FORMAT_VERSION);
    assertEquals(AccountabilityJson.FORMAT_VERSION, FormatVersion.CURRENT.toString());
    assertEquals("1.0 and 2.0", FormatVersion.readable());
    assertTrue(
        MAPPER.readTree(DOCUMENT).at("/format/version").stringValue().equals("1.0"),
        "the stored document is of format 1.0");
  }

  /** The assumptions named when the previous release's document is read, in order. */
  private static final List<Expected> ASSUMPTIONS =
      List.of(
          atPointer(
              Code.ASSUMED,
              "/format/version",
              4,
              16,
              "read as format 1.0: unlawfulConducts assumed to be RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE, the legality format 1.0 fixed (MISSED_QUOTA lawful)"),
          atPointer(
              Code.ASSUMED,
              "/directives/0/kind",
              419,
              15,
              "read as format 1.0: conducts assumed to be MISSED_QUOTA, which format 1.0 implied for every NUMERICAL_TARGET directive"),
          atPointer(
              Code.ASSUMED,
              "/directives/1/kind",
              453,
              15,
              "read as format 1.0: conducts assumed to be MISSED_QUOTA, which format 1.0 implied for every NUMERICAL_TARGET directive"),
          atPointer(
              Code.ASSUMED,
              "/directives/2/kind",
              487,
              15,
              "read as format 1.0: conducts assumed to be MISSED_QUOTA, which format 1.0 implied for every NUMERICAL_TARGET directive"),
          atPointer(
              Code.ASSUMED,
              "/personnelActions/3/status",
              638,
              17,
              "read as format 1.0: ANNOUNCED kept as ANNOUNCED (announced by the agency); in 1.0 it also covered actions only reported as decided, which 2.0 marks REPORTED"),
          atPointer(
              Code.ASSUMED,
              "/oversightBodies/0/actions/0/outcome",
              720,
              22,
              "read as format 1.0: outcome STAYED became a single outcome step dated as the action (2025-08-01), with outcomeDetail as its detail, citing the action's citations"),
          atPointer(
              Code.ASSUMED,
              "/oversightBodies/1/actions/0/outcome",
              753,
              22,
              "read as format 1.0: outcome STAYED became a single outcome step, undated as the action is, with outcomeDetail as its detail, citing the action's citations"),
          atPointer(
              Code.ASSUMED,
              "/oversightBodies/2/actions/0/outcome",
              785,
              22,
              "read as format 1.0: outcome GRANTED became a single outcome step dated as the action (2025-10~), citing the action's citations"),
          atPointer(
              Code.ASSUMED,
              "/oversightBodies/3/actions/0/outcome",
              816,
              22,
              "read as format 1.0: outcome DENIED became a single outcome step dated as the action (2026-03~), citing the action's citations"),
          atPointer(
              Code.ASSUMED,
              "/oversightBodies/4/actions/0/outcome",
              845,
              22,
              "read as format 1.0: outcome NO_OUTCOME_REPORTED became a single outcome step dated as the action (2025-07-01), citing the action's citations"),
          atPointer(
              Code.ASSUMED,
              "/oversightBodies/4/actions/1/outcome",
              864,
              22,
              "read as format 1.0: outcome COMPLETED became a single outcome step dated as the action (2025-10-20), citing the action's citations"),
          atPointer(
              Code.ASSUMED,
              "/oversightBodies/5/actions/0/outcome",
              893,
              22,
              "read as format 1.0: outcome NO_OUTCOME_REPORTED became a single outcome step dated as the action (2025-08-08), citing the action's citations"),
          atPointer(
              Code.ASSUMED,
              "/oversightBodies/6/actions/0/outcome",
              929,
              22,
              "read as format 1.0: outcome NO_OUTCOME_REPORTED became a single outcome step dated as the action (2025-10-20~), citing the action's citations"),
          atPointer(
              Code.ASSUMED,
              "/oversightBodies/7/actions/0/outcome",
              955,
              22,
              "read as format 1.0: outcome NO_OUTCOME_REPORTED became a single outcome step, undated as the action is, citing the action's citations"),
          atPointer(
              Code.ASSUMED,
              "/claims",
              1195,
              13,
              "read as format 1.0: claims name no conducts or roles (added in 2.0), so no claim speaks to a role and conduct"));

  @Test
  void thePreviousReleasesDocumentIsReadStrictlyWithEveryAssumptionNamed() {
    ReadResult<AccountabilityFramework> read = JSON.readWithWarnings(DOCUMENT);
    assertThat(read.warnings()).hasExactly(ASSUMPTIONS);
    assertEquals(
        read.warnings(),
        AccountabilityJson.builder().lenient(true).build().readWithWarnings(DOCUMENT).warnings(),
        "lenient mode assumes the same and ignores nothing more");
  }

  @Test
  void eachConversionIsWhatTheWarningsSay() {
    AccountabilityFramework f = JSON.read(DOCUMENT);
    JsonNode tree = MAPPER.readTree(DOCUMENT);
    assertEquals(
        List.of(Conduct.RACIAL_PROFILING, Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE),
        List.copyOf(f.unlawfulConducts()));
    assertFalse(f.isUnlawful(Conduct.MISSED_QUOTA));
    // 1.0's roles and conducts are standard terms now; the framework declares none of its own.
    for (Role r : f.roles()) {
      assertEquals(Role.standard(r.id()).orElseThrow().description(), r.description(), r.id());
    }
    for (Conduct c : f.conducts()) {
      assertEquals(Conduct.standard(c.id()).orElseThrow().description(), c.description(), c.id());
    }
    assertEquals(
        List.of(
            Conduct.MISSED_QUOTA,
            Conduct.RACIAL_PROFILING,
            Conduct.UNLAWFUL_SEIZURE,
            Conduct.EXCESSIVE_FORCE),
        f.conducts());

    List<JsonNode> actions = new ArrayList<>();
    tree.get("oversightBodies").forEach(b -> b.get("actions").forEach(actions::add));
    assertEquals(actions.size(), f.oversightActions().count());
    assertTrue(actions.size() >= 9, "the document has many actions to convert: " + actions.size());
    for (JsonNode old : actions) {
      OversightAction action =
          f.oversightActions().list().stream()
              .filter(a -> a.id().equals(old.get("id").stringValue()))
              .findFirst()
              .orElseThrow();
      List<String> citations = new ArrayList<>();
      old.get("citations").forEach(c -> citations.add(c.stringValue()));
      OversightAction.OutcomeStep step =
          new OversightAction.OutcomeStep(
              OversightAction.Outcome.valueOf(old.get("outcome").stringValue()),
              Optional.ofNullable(old.get("date")).map(d -> PartialDate.parse(d.stringValue())),
              Optional.ofNullable(old.get("outcomeDetail")).map(JsonNode::stringValue),
              List.of(),
              List.of(),
              citations);
      assertEquals(List.of(step), action.outcomes(), action.id());
    }

    for (Directive d : f.directives().list()) {
      assertEquals(
          d.kind() == Directive.Kind.NUMERICAL_TARGET ? List.of(Conduct.MISSED_QUOTA) : List.of(),
          d.conducts(),
          d.id());
    }
    assertTrue(
        f.claims().list().stream().allMatch(c -> c.conducts().isEmpty() && c.roles().isEmpty()));
    assertEquals(
        1,
        f.personnelActions().list().stream()
            .filter(a -> a.status() == org.accountability.model.PersonnelAction.Status.ANNOUNCED)
            .count());
  }

  @Test
  void theConvertedFrameworkIsWrittenAsFormat20AndReadBackWithoutWarnings() {
    AccountabilityFramework f = JSON.read(DOCUMENT);
    String written = JSON.write(f);
    assertTrue(written.contains("\"version\": \"2.0\""));
    ReadResult<AccountabilityFramework> again = JSON.readWithWarnings(written);
    assertEquals(f, again.value());
    assertEquals(List.of(), again.warnings());
  }

  @Test
  void theModuleReadsAFormat10DocumentToo() {
    JsonMapper mapper = JsonMapper.builder().addModule(new AccountabilityModule()).build();
    assertEquals(JSON.read(DOCUMENT), mapper.readValue(DOCUMENT, AccountabilityFramework.class));
  }

  @Test
  void aFormat10JsonLinesStreamIsReadAsFormat10WithItsWarningsOnTheirLines() {
    List<Problem> warnings = new ArrayList<>();
    List<Entity> entities;
    try (Stream<Entity> read = JSON.readJsonLines(new StringReader(JSON_LINES), warnings::add)) {
      entities = read.collect(Collectors.toList());
    }
    assertEquals(RoundTripTest.topLevelEntities(JSON.read(DOCUMENT)), entities);
    // Each warning is located on its own line: the pointer is within that line's entity.
    assertThat(warnings)
        .hasExactly(
            atPointer(
                Code.ASSUMED,
                "/kind",
                43,
                58,
                "read as format 1.0: conducts assumed to be MISSED_QUOTA, which format 1.0 implied for every NUMERICAL_TARGET directive"),
            atPointer(
                Code.ASSUMED,
                "/kind",
                44,
                64,
                "read as format 1.0: conducts assumed to be MISSED_QUOTA, which format 1.0 implied for every NUMERICAL_TARGET directive"),
            atPointer(
                Code.ASSUMED,
                "/kind",
                45,
                58,
                "read as format 1.0: conducts assumed to be MISSED_QUOTA, which format 1.0 implied for every NUMERICAL_TARGET directive"),
            atPointer(
                Code.ASSUMED,
                "/status",
                52,
                397,
                "read as format 1.0: ANNOUNCED kept as ANNOUNCED (announced by the agency); in 1.0 it also covered actions only reported as decided, which 2.0 marks REPORTED"),
            atPointer(
                Code.ASSUMED,
                "/actions/0/outcome",
                56,
                534,
                "read as format 1.0: outcome STAYED became a single outcome step dated as the action (2025-08-01), with outcomeDetail as its detail, citing the action's citations"),
            atPointer(
                Code.ASSUMED,
                "/actions/0/outcome",
                57,
                477,
                "read as format 1.0: outcome STAYED became a single outcome step, undated as the action is, with outcomeDetail as its detail, citing the action's citations"),
            atPointer(
                Code.ASSUMED,
                "/actions/0/outcome",
                58,
                550,
                "read as format 1.0: outcome GRANTED became a single outcome step dated as the action (2025-10~), citing the action's citations"),
            atPointer(
                Code.ASSUMED,
                "/actions/0/outcome",
                59,
                493,
                "read as format 1.0: outcome DENIED became a single outcome step dated as the action (2026-03~), citing the action's citations"),
            atPointer(
                Code.ASSUMED,
                "/actions/0/outcome",
                60,
                436,
                "read as format 1.0: outcome NO_OUTCOME_REPORTED became a single outcome step dated as the action (2025-07-01), citing the action's citations"),
            atPointer(
                Code.ASSUMED,
                "/actions/1/outcome",
                60,
                870,
                "read as format 1.0: outcome COMPLETED became a single outcome step dated as the action (2025-10-20), citing the action's citations"),
            atPointer(
                Code.ASSUMED,
                "/actions/0/outcome",
                61,
                518,
                "read as format 1.0: outcome NO_OUTCOME_REPORTED became a single outcome step dated as the action (2025-08-08), citing the action's citations"),
            atPointer(
                Code.ASSUMED,
                "/actions/0/outcome",
                62,
                565,
                "read as format 1.0: outcome NO_OUTCOME_REPORTED became a single outcome step dated as the action (2025-10-20~), citing the action's citations"),
            atPointer(
                Code.ASSUMED,
                "/actions/0/outcome",
                63,
                359,
                "read as format 1.0: outcome NO_OUTCOME_REPORTED became a single outcome step, undated as the action is, citing the action's citations"));
    try (Stream<Entity> read = JSON.readJsonLines(new StringReader(JSON_LINES))) {
      assertEquals(entities, read.collect(Collectors.toList()), "without a consumer too");
    }
  }

  @Test
  void aFormat10StreamCannotSwitchToFormat20AtALaterHeader() {
    String[] lines = JSON_LINES.split("\n");
    String header20 =
        "{\"type\": \"FRAMEWORK\", \"format\": {\"name\": \"accountability-framework\", \"version\":"
            + " \"2.0\"}, \"title\": \"T\", \"agency\": \"A\", \"roles\": [], \"conducts\": []}";
    String action =
        java.util.Arrays.stream(lines)
            .filter(l -> l.startsWith("{\"type\":\"OVERSIGHT_BODY\""))
            .findFirst()
            .orElseThrow();
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> {
              String stream = lines[0] + "\n" + action + "\n" + header20 + "\n" + action;
              try (Stream<Entity> read = JSON.readJsonLines(new StringReader(stream))) {
                read.count();
              }
            });
    assertThat(e)
        .hasExactly(
            atPointer(
                Code.UNKNOWN_VALUE,
                "/type",
                3,
                10,
                "a FRAMEWORK header is allowed only as the first line: expected one of CITATION, DIRECTIVE, PERSONNEL_ACTION, OVERSIGHT_BODY, OVERSIGHT_ACTION, LEGAL_ROUTE, CLAIM, OBSERVATION"));
  }

  @Test
  void aFormat10HeaderCannotDeclareAVocabulary() {
    String header =
        "{\"type\": \"FRAMEWORK\", \"format\": {\"name\": \"accountability-framework\", \"version\":"
            + " \"1.0\"}, \"title\": \"T\", \"agency\": \"A\", \"conducts\": []}\n";
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> {
              try (Stream<Entity> read = JSON.readJsonLines(new StringReader(header))) {
                read.count();
              }
            });
    assertThat(e)
        .hasExactly(
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/conducts",
                1,
                130,
                "unknown property 'conducts': not part of format 1.0 (added in 2.0)"));
  }

  @Test
  void a10DocumentNamesOnlyThe10RolesAndConducts() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                JSON.read(
                    DOCUMENT
                        .replaceFirst(
                            "\"subjectRole\": \"[A-Z_]+\"", "\"subjectRole\": \"SUPERVISOR\"")
                        .replaceFirst(
                            "\"conduct\": \"[A-Z_]+\"", "\"conduct\": \"CUSTOM_CONDUCT\"")));
    assertThat(e)
        .hasExactly(
            atPointer(
                Code.UNKNOWN_VALUE,
                "/personnelActions/0/subjectRole",
                574,
                22,
                "unknown value 'SUPERVISOR': expected one of LINE_AGENT, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL, ADJUDICATOR (SUPERVISOR was added in format 2.0)"),
            atPointer(
                Code.UNKNOWN_VALUE,
                "/personnelActions/0/conduct",
                583,
                18,
                "unknown value 'CUSTOM_CONDUCT': expected one of MISSED_QUOTA, RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE"));
  }

  @Test
  void lenientModeIgnoresA20PropertyInA10DocumentAndSaysWhy() {
    String text =
        DOCUMENT.replaceFirst(
            "\"kind\": \"NUMERICAL_TARGET\",",
            "\"kind\": \"NUMERICAL_TARGET\", \"knownSince\": \"2025\",");
    ValidationException strict = assertThrows(ValidationException.class, () -> JSON.read(text));
    assertThat(strict)
        .hasExactly(
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/directives/0/knownSince",
                419,
                49,
                "unknown property 'knownSince': not part of format 1.0 (added in 2.0)"));
    ReadResult<AccountabilityFramework> lenient =
        AccountabilityJson.builder().lenient(true).build().readWithWarnings(text);
    assertEquals(JSON.read(DOCUMENT), lenient.value());
    // The same assumptions, and the property ignored where it is, after the first directive's kind.
    List<Expected> warnings = new ArrayList<>(ASSUMPTIONS);
    warnings.add(
        2,
        atPointer(
            Code.UNKNOWN_PROPERTY,
            "/directives/0/knownSince",
            419,
            49,
            "unknown property 'knownSince' was ignored: not part of format 1.0 (added in 2.0)"));
    assertThat(lenient.warnings()).hasExactly(warnings);
  }

  @Test
  void theStoredFuzzSeedsThatAreValidReadWithoutProblems() {
    String dir = "/org/accountability/json/JsonFuzzTestInputs/readerNeverThrowsAnythingElse/";
    assertEquals(
        "1.0",
        MAPPER.readTree(resource(dir + "valid-document.json")).at("/format/version").stringValue());
    assertFalse(JSON.read(resource(dir + "valid-document.json")).citations().list().isEmpty());
    assertTrue(
        JSON.readWithWarnings(resource(dir + "valid-document-2.0.json")).warnings().isEmpty());
    for (String lines : List.of("valid-json-lines.jsonl", "valid-json-lines-2.0.jsonl")) {
      try (Stream<Entity> read = JSON.readJsonLines(new StringReader(resource(dir + lines)))) {
        assertTrue(read.count() > 5, lines);
      }
    }
  }

  private static String resource(String name) {
    try (InputStream in = Format10CompatibilityTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.accountability.json;

import static org.accountability.testing.Problems.assertThat;
import static org.accountability.testing.Problems.atPointer;
import static org.accountability.testing.Problems.inEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accountability.model.Entity;
import org.accountability.model.Problem;
import org.accountability.model.Problem.Code;
import org.accountability.model.ValidationException;
import org.accountability.testing.Problems.Expected;
import org.junit.jupiter.api.Test;

/**
 * The exact problem lists of the document and JSON Lines readers at their edges: an unknown
 * property in each kind of object the format has, property names a JSON Pointer must escape,
 * repeated properties, values of the wrong type in lists, the header of a document and of a JSON
 * Lines stream, a problem that explains another so that only one is reported, line endings, and the
 * line limit at and one past it. Each problem is written as the catalogue writes it: its code, then
 * its pointer, line, column and message.
 */
class ReaderBoundariesTest {
  private static final AccountabilityJson JSON = AccountabilityJson.create();

  /** The catalogue's valid 2.0 document with each {@code from, to} pair replaced. */
  private static String document(String... replacements) throws IOException, URISyntaxException {
    return replaced(ReliabilityTest.base(), replacements);
  }

  /** The catalogue's valid 1.0 document with each {@code from, to} pair replaced. */
  private static String format10(String... replacements) throws IOException, URISyntaxException {
    return replaced(
        Files.readString(
            InvalidInputCatalogueTest.catalogue().resolve("valid/fictional-ticket-quotas.json")),
        replacements);
  }

  private static String replaced(String text, String... replacements) {
    String out = text;
    for (int i = 0; i < replacements.length; i += 2) {
      assertTrue(out.contains(replacements[i]), replacements[i]);
      out = out.replace(replacements[i], replacements[i + 1]);
    }
    return out;
  }

  private static List<Problem> problems(AccountabilityJson json, String document) {
    return assertThrows(ValidationException.class, () -> json.read(document)).problems();
  }

  private static List<Problem> problems(String document) {
    return problems(JSON, document);
  }

  /** The problems of a JSON Lines stream, read to its end. */
  private static List<Problem> problemsOfLines(AccountabilityJson json, String stream) {
    return assertThrows(ValidationException.class, () -> idsOfLines(json, stream)).problems();
  }

  private static List<String> idsOfLines(AccountabilityJson json, String stream) {
    try (Stream<Entity> entities = json.readJsonLines(new StringReader(stream))) {
      return entities.map(Entity::id).collect(Collectors.toList());
    }
  }

  // ------------------------------------------------------------------ documents

  @Test
  void anUnknownPropertyIsReportedInEveryKindOfObject() throws Exception {
    String document =
        document(
            "\"version\": \"2.0\"",
            "\"version\": \"2.0\", \"u1\": 1",
            "\"description\": \"an officer who makes arrests and stops (an ICE officer, a patrol"
                + " officer)\"",
            "\"description\": \"d\", \"u2\": 1",
            "\"unlawful\": false",
            "\"unlawful\": false, \"u3\": 1",
            "\"locator\": \"9\",",
            "\"locator\": \"9\", \"u4\": 1,",
            "\"description\": \"Police chief\",",
            "\"description\": \"Police chief\", \"u5\": 1,",
            "\"effective\": \"2030-03\",",
            "\"effective\": \"2030-03\", \"supersedes\": {\"directive\": \"old\", \"raises\": true,"
                + " \"u6\": 1}, \"denials\": [{\"statement\": \"s\", \"citation\":"
                + " \"gazette-quota\", \"u7\": 1}],",
            "\"low\": 20",
            "\"low\": 20, \"u8\": 1",
            "\"id\": \"officer-suspension\",",
            "\"id\": \"officer-suspension\", \"u9\": 1,",
            "\"id\": \"city-council\",",
            "\"id\": \"city-council\", \"u10\": 1,",
            "\"id\": \"council-hearing\",",
            "\"id\": \"council-hearing\", \"u11\": 1,",
            "\"id\": \"department-discipline\",",
            "\"id\": \"department-discipline\", \"u12\": 1,",
            "\"id\": \"C1\",",
            "\"id\": \"C1\", \"u13\": 1,",
            "\"stance\": \"SUPPORTS\"",
            "\"stance\": \"SUPPORTS\", \"u14\": 1",
            "\"id\": \"tickets-2030-04\",",
            "\"id\": \"tickets-2030-04\", \"u15\": 1,");
    String unknown = ": not part of the format";
    assertThat(problems(document))
        .hasExactly(
            atPointer(
                Code.UNKNOWN_PROPERTY, "/format/u1", 4, 29, "unknown property 'u1'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY, "/roles/0/u2", 12, 33, "unknown property 'u2'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY, "/conducts/0/u3", 25, 32, "unknown property 'u3'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/citations/1/legalReference/u4",
                67,
                31,
                "unknown property 'u4'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/directives/0/issuer/u5",
                89,
                46,
                "unknown property 'u5'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/directives/0/supersedes/u6",
                96,
                88,
                "unknown property 'u6'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/directives/0/denials/0/u7",
                96,
                158,
                "unknown property 'u7'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/directives/0/target/u8",
                100,
                26,
                "unknown property 'u8'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/personnelActions/0/u9",
                113,
                41,
                "unknown property 'u9'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/oversightBodies/0/u10",
                138,
                36,
                "unknown property 'u10'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/oversightBodies/0/actions/0/u11",
                146,
                43,
                "unknown property 'u11'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/routes/0/u12",
                186,
                45,
                "unknown property 'u12'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/claims/0/u13",
                266,
                26,
                "unknown property 'u13'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/claims/0/sources/0/u14",
                272,
                40,
                "unknown property 'u14'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/observations/0/u15",
                288,
                39,
                "unknown property 'u15'" + unknown));
  }

  @Test
  void aPropertyOfAnotherFormatVersionSaysWhatBecameOfIt() throws Exception {
    assertThat(problems(document("\"agency\":", "\"unlawfulConducts\": [], \"agency\":")))
        .hasExactly(
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/unlawfulConducts",
                7,
                23,
                "unknown property 'unlawfulConducts': not part of format 2.0, in which each entry of 'conducts' says whether the conduct is 'unlawful'"));
    String added = ": not part of format 1.0 (added in 2.0)";
    assertThat(
            problems(
                format10(
                    "\"agency\":", "\"roles\": [], \"agency\":",
                    "\"kind\": \"LEGISLATURE\",",
                        "\"kind\": \"LEGISLATURE\", \"knownSince\": \"2030\",",
                    "\"availability\": \"OPEN\",",
                        "\"availability\": \"OPEN\", \"preconditions\": [],",
                    "\"period\": \"2030-04\",",
                        "\"period\": \"2030-04\", \"knownSince\": \"2030\",")))
        .hasExactly(
            atPointer(Code.UNKNOWN_PROPERTY, "/roles", 7, 12, "unknown property 'roles'" + added),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/oversightBodies/0/knownSince",
                82,
                44,
                "unknown property 'knownSince'" + added),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/routes/0/preconditions",
                126,
                48,
                "unknown property 'preconditions'" + added),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/observations/0/knownSince",
                155,
                42,
                "unknown property 'knownSince'" + added));
  }

  @Test
  void propertyNamesAreEscapedInPointersAndLocatedAtTheName() throws Exception {
    String unknown = ": not part of the format";
    assertThat(
            problems(
                document("\"agency\":", "\"~a\": 1,\n  \"/b\": 2,\n  \"c~d/e\": 3, \"agency\":")))
        .hasExactly(
            atPointer(Code.UNKNOWN_PROPERTY, "/~0a", 7, 9, "unknown property '~a'" + unknown),
            atPointer(Code.UNKNOWN_PROPERTY, "/~1b", 8, 9, "unknown property '/b'" + unknown),
            atPointer(
                Code.UNKNOWN_PROPERTY, "/c~0d~1e", 9, 12, "unknown property 'c~d/e'" + unknown));
  }

  @Test
  void aRepeatedPropertyIsOneProblemThatExplainsItsFirstValue() throws Exception {
    // The first value is kept; the model's own problem with it (a blank publisher) is not reported
    // as well.
    assertThat(
            problems(
                document(
                    "\"publisher\": \"Example Gazette\",",
                    "\"publisher\": \" \",\n      \"publisher\": \"Example Gazette\",")))
        .hasExactly(
            atPointer(
                Code.REPEATED,
                "/citations/0/publisher",
                51,
                7,
                "duplicate property 'publisher': each property may appear once"));
    // A repeated property inside the value of a repeated property, which the reader leaves out:
    // both are reported, and the problem of an earlier property (the blank title) stays.
    assertThat(
            problems(
                document(
                    "\"id\": \"code-9\",\n      \"title\": \"Example State Code § 9 (fictional)\",",
                    "\"title\": \" \",\n      \"id\": \"code-9\",",
                    "\"fictional\": true\n    },\n    {\n      \"id\": \"personnel-manual\"",
                    "\"fictional\": true, \"legalReference\": {\"volume\": \"1\", \"volume\": \"2\"}\n"
                        + "    },\n    {\n      \"id\": \"personnel-manual\"")))
        .hasExactly(
            inEntity(
                    Code.BLANK,
                    "Citation",
                    "code-9",
                    "title",
                    "must not be blank when present; leave it out instead")
                .locatedAt("/citations/1/title", 58, 16),
            atPointer(
                Code.REPEATED,
                "/citations/1/legalReference",
                70,
                26,
                "duplicate property 'legalReference': each property may appear once"),
            atPointer(
                Code.REPEATED,
                "/citations/1/legalReference/volume",
                70,
                60,
                "duplicate property 'volume': each property may appear once"));
    // Repeated properties past the problem limit are counted, from the first left out.
    assertThat(
            problems(
                AccountabilityJson.builder().maxProblems(1).build(),
                document(
                    "\"publisher\": \"Example Gazette\",",
                    "\"publisher\": \"Example Gazette\",\n      \"publisher\": \"p0\",\n"
                        + "      \"publisher\": \"p1\",\n      \"publisher\": \"p2\",")))
        .hasExactly(
            atPointer(
                Code.REPEATED,
                "/citations/0/publisher",
                51,
                7,
                "duplicate property 'publisher': each property may appear once"),
            atPointer(
                Code.OVER_LIMIT,
                "",
                52,
                7,
                "and 2 more problems, the first of them at this line and column; only the first 1 are listed (see AccountabilityJson.Builder.maxProblems)"));
  }

  @Test
  void aRepeatedPropertyEarlyInAContainerThatGrowsLeavesTheLaterProblemsReported()
      throws Exception {
    // The first of 73 citations repeats a property; the last lacks its publisher.
    StringBuilder more = new StringBuilder();
    for (int i = 3; i < 73; i++) {
      more.append(",\n    {\"id\": \"c")
          .append(i)
          .append("\", \"kind\": \"STATUTE\"")
          .append(i == 72 ? "" : ", \"publisher\": \"P\"")
          .append('}');
    }
    assertThat(
            problems(
                document(
                    "\"primary\": false,",
                    "\"primary\": false, \"primary\": false,",
                    "      \"fictional\": true\n    }\n  ],\n  \"directives\"",
                    "      \"fictional\": true\n    }" + more + "\n  ],\n  \"directives\"")))
        .hasExactly(
            atPointer(
                Code.REPEATED,
                "/citations/0/primary",
                54,
                25,
                "duplicate property 'primary': each property may appear once"),
            inEntity(Code.MISSING, "Citation", "c72", "publisher", "is required but missing")
                .locatedAt("/citations/72/publisher", 151, 5));
  }

  @Test
  void aRepeatedPropertyEarlyInAnObjectOfManyPropertiesLeavesTheOthersReported() throws Exception {
    List<Expected> expected = new ArrayList<>();
    expected.add(
        atPointer(
            Code.REPEATED,
            "/citations/0/publisher",
            50,
            39,
            "duplicate property 'publisher': each property may appear once"));
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 70; i++) {
      many.append(", \"x").append(i).append("\": ");
      // Line 50 has 58 characters before the properties; each is located at its value.
      expected.add(
          atPointer(
              Code.UNKNOWN_PROPERTY,
              "/citations/0/x" + i,
              50,
              58 + many.length() + 1,
              "unknown property 'x" + i + "': not part of the format"));
      many.append(i);
    }
    assertThat(
            problems(
                document(
                    "\"publisher\": \"Example Gazette\",",
                    "\"publisher\": \"Example Gazette\", \"publisher\": \"again\"" + many + ",")))
        .hasExactly(expected);
  }

  @Test
  void aValueOfTheWrongTypeIsNamedAndTheElementsAfterItKeepTheirIndex() throws Exception {
    assertThat(problems("[]"))
        .hasExactly(atPointer(Code.WRONG_TYPE, "", 1, 1, "must be an object, found an array"));
    assertThat(
            problems(
                document(
                    "\"title\": \"Ticket quotas in Example City (fictional)\"", "\"title\": true")))
        .hasExactly(atPointer(Code.WRONG_TYPE, "/title", 6, 12, "must be a string, found true"));
    assertThat(problems(document("\"citations\": [\n    {", "\"citations\": [\n    7, {")))
        .hasExactly(
            atPointer(Code.WRONG_TYPE, "/citations/0", 47, 5, "must be an object, found 7"));
    assertThat(
            problems(
                document(
                    "\"about\": [\n        \"ticket-target\"",
                    "\"about\": [\n        1, \"nowhere\"")))
        .hasExactly(
            atPointer(Code.WRONG_TYPE, "/claims/0/about/0", 276, 9, "must be a string, found 1"),
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "Claim",
                    "C1",
                    "about[0]",
                    "refers to 'nowhere', which is not in the framework")
                .locatedAt("/claims/0/about/1", 276, 12)
                .withReference("nowhere"));
    assertThat(
            problems(
                document(
                    "\"defendants\": [\n        \"AGENCY\"",
                    "\"defendants\": [\n        7, \"AGENCY\", \"AGENCY\"")))
        .hasExactly(
            atPointer(
                Code.WRONG_TYPE, "/routes/1/defendants/0", 245, 9, "must be a string, found 7"),
            inEntity(
                    Code.REPEATED,
                    "LegalRoute",
                    "city-liability",
                    "defendants[1]",
                    "repeats AGENCY; list each value once")
                .locatedAt("/routes/1/defendants/2", 245, 22));
    assertThat(
            problems(
                document(
                    "\"roles\": [\n        \"LINE_AGENT\"\n      ],\n      \"forum\"",
                    "\"roles\": [\n        \"lower\", \"LINE_AGENT\", \"LINE_AGENT\"\n      ],\n"
                        + "      \"forum\"")))
        .hasExactly(
            atPointer(
                Code.INVALID_ID,
                "/routes/0/roles/0",
                196,
                9,
                "'lower' is not a valid Role id: use 1 to 64 upper-case letters, digits or '_', starting with a letter, such as LINE_AGENT"),
            inEntity(
                    Code.REPEATED,
                    "LegalRoute",
                    "department-discipline",
                    "roles[1]",
                    "repeats LINE_AGENT; list each value once")
                .locatedAt("/routes/0/roles/2", 196, 32));
  }

  @Test
  void theFormatObjectNamesWhatItLacksAndVersionsAreReadUpTo18Digits() throws Exception {
    assertThat(problems(document("\"name\": \"accountability-framework\",", "")))
        .hasExactly(
            atPointer(
                Code.MISSING,
                "/format/name",
                2,
                13,
                "is required but missing: expected 'accountability-framework'"));
    assertThat(problems(document(",\n    \"version\": \"2.0\"", "")))
        .hasExactly(
            atPointer(
                Code.MISSING, "/format/version", 2, 13, "is required but missing: expected '2.0'"));
    // a major version of 18 digits is read
    assertThat(problems(document("\"version\": \"2.0\"", "\"version\": \"100000000000000000.0\"")))
        .hasExactly(
            atPointer(
                Code.UNSUPPORTED_VERSION,
                "/format/version",
                4,
                16,
                "version 100000000000000000.0 is not supported: this reader reads versions 1.0 and 2.0"));
    // a minor version of 18 digits is read
    assertThat(problems(document("\"version\": \"2.0\"", "\"version\": \"2.100000000000000000\"")))
        .hasExactly(
            atPointer(
                Code.UNSUPPORTED_VERSION,
                "/format/version",
                4,
                16,
                "version 2.100000000000000000 is newer than this reader (2.0); upgrade accountability-json to read it"));
  }

  @Test
  void aDateIsCheckedForItsShapeBeforeItsCalendar() throws Exception {
    for (String date : List.of("~2030~", "2030/04", "abcd", "~")) {
      assertThat(problems(document("\"period\": \"2030-04\"", "\"period\": \"" + date + "\"")))
          .hasExactly(
              atPointer(
                  Code.INVALID_VALUE,
                  "/observations/0/period",
                  293,
                  17,
                  "'"
                      + date
                      + "' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, with a trailing ~ when approximate"));
    }
    assertThat(problems(document("\"period\": \"2030-04\"", "\"period\": \"2030-13\"")))
        .hasExactly(
            atPointer(
                Code.INVALID_VALUE,
                "/observations/0/period",
                293,
                17,
                "'2030-13' is not a calendar date: month 13 is out of range 1..12"));
  }

  @Test
  void aHeaderDeclarationThatCannotBeReadExplainsTheEntitiesThatNameIt() throws Exception {
    // DESK_CLERK is declared without a name: the personnel action that names it is not also
    // reported, nor left without a subject role.
    assertThat(
            problems(
                document(
                    "\"id\": \"SENIOR_OFFICIAL\",\n      \"name\": \"senior official\",",
                    "\"id\": \"DESK_CLERK\",",
                    "\"subjectRole\": \"LINE_AGENT\"",
                    "\"subjectRole\": \"DESK_CLERK\"")))
        .hasExactly(atPointer(Code.MISSING, "/roles/1/name", 14, 5, "is required but missing"));
    assertThat(problems(document("\"id\": \"UNLAWFUL_SEIZURE\"", "\"id\": \"RACIAL_PROFILING\"")))
        .hasExactly(
            atPointer(
                Code.REPEATED,
                "/conducts/2/id",
                34,
                13,
                "declares conduct RACIAL_PROFILING again; declare each conduct once"));
    assertThat(problems(document(",\n        \"low\": 20", "")))
        .hasExactly(
            atPointer(Code.MISSING, "/directives/0/target/low", 97, 17, "is required but missing"));
  }

  @Test
  void anUndeclaredTermIsLocatedInTheModelsTermsToo() throws Exception {
    String document =
        document(
            "\"conducts\": [\n        \"MISSED_QUOTA\"\n      ],\n      \"knownSince\"",
            "\"conducts\": [\n        \"OTHER_THING\"\n      ],\n      \"knownSince\"");
    List<Problem> problems =
        assertThrows(ValidationException.class, () -> JSON.read(document)).problems();
    assertThat(problems)
        .hasExactly(
            inEntity(
                    Code.DANGLING_REFERENCE,
                    "Directive",
                    "ticket-target",
                    "conducts[0]",
                    "names conduct OTHER_THING, which the document does not declare in /conducts")
                .locatedAt("/directives/0/conducts/0", 103, 9)
                .withReference("OTHER_THING"));
    Problem p = problems.get(0);
    assertEquals(Optional.of("Directive"), p.entityKind());
    assertEquals(Optional.of("ticket-target"), p.entityId());
    assertEquals(List.of("conducts", "0"), p.attributePath());
    assertEquals(Optional.of("OTHER_THING"), p.reference());
  }

  @Test
  void aFormat10OutcomeIsReportedWhereTheDocumentHasIt() throws Exception {
    String outcome = "\"outcome\": \"NO_OUTCOME_REPORTED\",";
    // the missing outcome, not also the action's missing outcome step
    assertThat(problems(format10(outcome, "")))
        .hasExactly(
            atPointer(
                Code.MISSING,
                "/oversightBodies/0/actions/0/outcome",
                87,
                9,
                "is required but missing"));
    // the step's detail is the action's outcomeDetail
    assertThat(problems(format10(outcome, outcome + " \"outcomeDetail\": \" \",")))
        .hasExactly(
            inEntity(
                    Code.BLANK,
                    "OversightAction.OutcomeStep",
                    "",
                    "detail",
                    "must not be blank when present; leave it out instead")
                .locatedAt("/oversightBodies/0/actions/0/outcomeDetail", 99, 62));
    // the step cites the action's citations, which are reported once
    assertThat(
            problems(
                format10(
                    outcome + "\n          \"citations\": [\n            \"gazette-quota\"",
                    outcome + "\n          \"citations\": [\n            \"gazette-quota\", \"\"")))
        .hasExactly(
            inEntity(
                    Code.INVALID_ID,
                    "OversightAction.OutcomeStep",
                    "",
                    "citations[1]",
                    "'' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit")
                .locatedAt("/oversightBodies/0/actions/0/citations/1", 101, 30));
  }

  @Test
  void aDocumentWithAStrayTypeThatIsNoEntityKindKeepsItsOwnProblems() {
    assertThat(problems("{\"type\": \"BOOK\"} {}"))
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
                    Code.MISSING, "AccountabilityFramework", "", "title", "is required but missing")
                .locatedAt("/title", 1, 1),
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
                10,
                "unknown property 'type': not part of the format"),
            atPointer(
                Code.MALFORMED,
                "",
                1,
                18,
                "trailing content after the JSON value: only one value is allowed"));
  }

  // ------------------------------------------------------------------ JSON Lines

  private static final String HEADER =
      "{\"type\": \"FRAMEWORK\", \"format\": {\"name\": \"accountability-framework\", \"version\":"
          + " \"2.0\"}, \"title\": \"T\", \"agency\": \"A\", \"roles\": [], \"conducts\": []}";

  private static final String CITATION =
      "{\"type\": \"CITATION\", \"id\": \"c\", \"publisher\": \"p\", \"kind\": \"STATUTE\"}";

  @Test
  void aJsonLinesHeaderIsCheckedAsADocumentsTopLevel() {
    assertThat(
            problemsOfLines(
                JSON,
                replaced(
                        HEADER,
                        "\"title\": \"T\", ",
                        "",
                        "\"A\"",
                        "\" \"",
                        "\"roles\"",
                        "\"question\": \"\", \"extra\": 1, \"roles\"")
                    + "\n"))
        .hasExactly(
            atPointer(Code.MISSING, "/title", 1, 1, "is required but missing"),
            atPointer(Code.BLANK, "/agency", 1, 99, "must not be blank"),
            atPointer(Code.BLANK, "/question", 1, 116, "must not be blank"),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/extra",
                1,
                129,
                "unknown property 'extra': not part of the format"));
  }

  @Test
  void aJsonLinesLineNamesItsTypeAndAFactCitesASource() {
    String kinds =
        "FRAMEWORK, CITATION, DIRECTIVE, PERSONNEL_ACTION, OVERSIGHT_BODY, OVERSIGHT_ACTION,"
            + " LEGAL_ROUTE, CLAIM, OBSERVATION";
    assertThat(problemsOfLines(JSON, "{\"id\": \"c\"}\n"))
        .hasExactly(
            atPointer(Code.MISSING, "/type", 1, 1, "is required but missing: one of " + kinds),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/id",
                1,
                8,
                "unknown property 'id': not part of the format"));
    assertThat(problemsOfLines(JSON, "{\"type\": \"BOOK\", \"id\": \"c\"}\n"))
        .hasExactly(
            atPointer(
                Code.UNKNOWN_VALUE,
                "/type",
                1,
                10,
                "unknown value 'BOOK': expected one of " + kinds),
            atPointer(
                Code.UNKNOWN_PROPERTY,
                "/id",
                1,
                24,
                "unknown property 'id': not part of the format"));
    assertThat(
            problemsOfLines(
                JSON,
                "{\"type\": \"OBSERVATION\", \"id\": \"o\", \"metric\": \"m\", \"scope\": \"s\","
                    + " \"value\": 1, \"qualifier\": \"EXACT\", \"period\": \"2030\"}\n"))
        .hasExactly(
            atPointer(
                Code.UNCITED,
                "/citations",
                1,
                1,
                "is uncited: every fact must cite at least one source"));
  }

  @Test
  void aLineEndsAtLfOrCrLfWhereverTheReaderIsInItsBuffer() {
    // A line cut short is located at its end, whether it ends in LF, CR LF, a last CR or nothing,
    // and when it is longer than the reader's buffer.
    String cut = "{\"type\": \"CITATION\", \"id\": \"c\"";
    String longCut = cut + ", \"title\": \"" + "t".repeat(9000) + "\"";
    for (String stream : List.of(cut + "\n", cut + "\r\n", cut + "\r", cut, longCut + "\r\n")) {
      int column = stream.startsWith(longCut) ? 9044 : 31;
      assertThat(problemsOfLines(JSON, stream))
          .hasExactly(
              atPointer(
                  Code.MALFORMED,
                  "",
                  1,
                  column,
                  "malformed JSON: Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); byte offset: #UNKNOWN])"));
    }
    String other = CITATION.replace("\"c\"", "\"d\"");
    assertEquals(List.of("c", "d"), idsOfLines(JSON, CITATION + "\r\n" + other + "\r\n"));
    assertEquals(
        List.of("c", "d"), idsOfLines(JSON, CITATION + "\n" + other), "a last line without an end");
  }

  @Test
  void aLineAsLongAsTheLimitIsReadAndOneLongerIsRefused() {
    int length = CITATION.length();
    String other = CITATION.replace("\"c\"", "\"d\"");
    assertEquals(
        List.of("c", "d"),
        idsOfLines(
            AccountabilityJson.builder().maxLineLength(length).build(),
            CITATION + "\n" + other + "\n"));
    assertThat(
            problemsOfLines(
                AccountabilityJson.builder().maxLineLength(length - 1).build(), CITATION + "\n"))
        .hasExactly(
            atPointer(
                Code.OVER_LIMIT,
                "",
                1,
                0,
                "the line is over the read limit of "
                    + (length - 1)
                    + " characters (see AccountabilityJson.Builder.maxLineLength)"));
    // The line limit is the document limit when that is lower, and the message names the limit
    // that applies.
    assertThat(
            problemsOfLines(
                AccountabilityJson.builder().maxLineLength(40).maxDocumentLength(40).build(),
                CITATION + "\n"))
        .hasExactly(
            atPointer(
                Code.OVER_LIMIT,
                "",
                1,
                0,
                "the line is over the read limit of 40 characters (see AccountabilityJson.Builder.maxLineLength)"));
    assertThat(
            problemsOfLines(
                AccountabilityJson.builder().maxLineLength(41).maxDocumentLength(40).build(),
                CITATION + "\n"))
        .hasExactly(
            atPointer(
                Code.OVER_LIMIT, "", 1, 0, "the line is over the read limit of 40 characters"));
  }

  @Test
  void aDocumentIsRecognisedByItsFormatObjectWithinThreeLinesAfterItsFirst() {
    assertThat(problemsOfLines(JSON, "{\n\n\n\"format\": {\"name\": \"x\"}}\n"))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "",
                1,
                1,
                "this is a framework document (one object with a 'format' object and the entity arrays), not a JSON Lines stream: read it with read or readWithWarnings"));
    // further on, the first line keeps its own problem
    assertThat(problemsOfLines(JSON, "{\n\n\n\n\"format\": {\"name\": \"x\"}}\n"))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "",
                1,
                2,
                "malformed JSON: Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); byte offset: #UNKNOWN])"));
  }

  @Test
  void closingAJsonLinesStreamClosesWhatItReads() {
    String stream = HEADER + "\n" + CITATION + "\n";
    List<String> closed = new ArrayList<>();
    StringReader reader =
        new StringReader(stream) {
          @Override
          public void close() {
            closed.add("reader");
            super.close();
          }
        };
    try (Stream<Entity> entities = JSON.readJsonLines(reader)) {
      assertEquals(1, entities.count());
    }
    ByteArrayInputStream bytes =
        new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() throws IOException {
            closed.add("stream");
            super.close();
          }
        };
    try (Stream<Entity> entities = JSON.readJsonLines(bytes)) {
      assertEquals(1, entities.count());
    }
    assertEquals(List.of("reader", "stream"), closed);
  }
}

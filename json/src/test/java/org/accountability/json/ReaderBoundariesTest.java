package org.accountability.json;

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
import org.accountability.model.ValidationException;
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

  private static List<String> lines(List<Problem> problems) {
    return problems.stream().map(InvalidInputCatalogueTest::line).collect(Collectors.toList());
  }

  private static List<String> problems(AccountabilityJson json, String document) {
    return lines(assertThrows(ValidationException.class, () -> json.read(document)).problems());
  }

  private static List<String> problems(String document) {
    return problems(JSON, document);
  }

  /** The problems of a JSON Lines stream, read to its end. */
  private static List<String> problemsOfLines(AccountabilityJson json, String stream) {
    return lines(
        assertThrows(ValidationException.class, () -> idsOfLines(json, stream)).problems());
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
    assertEquals(
        List.of(
            "[UNKNOWN_PROPERTY] /format/u1 (line 4, column 29): unknown property 'u1'" + unknown,
            "[UNKNOWN_PROPERTY] /roles/0/u2 (line 12, column 33): unknown property 'u2'" + unknown,
            "[UNKNOWN_PROPERTY] /conducts/0/u3 (line 25, column 32): unknown property 'u3'"
                + unknown,
            "[UNKNOWN_PROPERTY] /citations/1/legalReference/u4 (line 67, column 31): unknown property"
                + " 'u4'"
                + unknown,
            "[UNKNOWN_PROPERTY] /directives/0/issuer/u5 (line 89, column 46): unknown property 'u5'"
                + unknown,
            "[UNKNOWN_PROPERTY] /directives/0/supersedes/u6 (line 96, column 88): unknown property"
                + " 'u6'"
                + unknown,
            "[UNKNOWN_PROPERTY] /directives/0/denials/0/u7 (line 96, column 158): unknown property"
                + " 'u7'"
                + unknown,
            "[UNKNOWN_PROPERTY] /directives/0/target/u8 (line 100, column 26): unknown property 'u8'"
                + unknown,
            "[UNKNOWN_PROPERTY] /personnelActions/0/u9 (line 113, column 41): unknown property 'u9'"
                + unknown,
            "[UNKNOWN_PROPERTY] /oversightBodies/0/u10 (line 138, column 36): unknown property 'u10'"
                + unknown,
            "[UNKNOWN_PROPERTY] /oversightBodies/0/actions/0/u11 (line 146, column 43): unknown"
                + " property 'u11'"
                + unknown,
            "[UNKNOWN_PROPERTY] /routes/0/u12 (line 186, column 45): unknown property 'u12'"
                + unknown,
            "[UNKNOWN_PROPERTY] /claims/0/u13 (line 266, column 26): unknown property 'u13'"
                + unknown,
            "[UNKNOWN_PROPERTY] /claims/0/sources/0/u14 (line 272, column 40): unknown property"
                + " 'u14'"
                + unknown,
            "[UNKNOWN_PROPERTY] /observations/0/u15 (line 288, column 39): unknown property 'u15'"
                + unknown),
        problems(document));
  }

  @Test
  void aPropertyOfAnotherFormatVersionSaysWhatBecameOfIt() throws Exception {
    assertEquals(
        List.of(
            "[UNKNOWN_PROPERTY] /unlawfulConducts (line 7, column 23): unknown property"
                + " 'unlawfulConducts': not part of format 2.0, in which each entry of 'conducts'"
                + " says whether the conduct is 'unlawful'"),
        problems(document("\"agency\":", "\"unlawfulConducts\": [], \"agency\":")));
    String added = ": not part of format 1.0 (added in 2.0)";
    assertEquals(
        List.of(
            "[UNKNOWN_PROPERTY] /roles (line 7, column 12): unknown property 'roles'" + added,
            "[UNKNOWN_PROPERTY] /oversightBodies/0/knownSince (line 82, column 44): unknown property"
                + " 'knownSince'"
                + added,
            "[UNKNOWN_PROPERTY] /routes/0/preconditions (line 126, column 48): unknown property"
                + " 'preconditions'"
                + added,
            "[UNKNOWN_PROPERTY] /observations/0/knownSince (line 155, column 42): unknown property"
                + " 'knownSince'"
                + added),
        problems(
            format10(
                "\"agency\":", "\"roles\": [], \"agency\":",
                "\"kind\": \"LEGISLATURE\",",
                    "\"kind\": \"LEGISLATURE\", \"knownSince\": \"2030\",",
                "\"availability\": \"OPEN\",", "\"availability\": \"OPEN\", \"preconditions\": [],",
                "\"period\": \"2030-04\",", "\"period\": \"2030-04\", \"knownSince\": \"2030\",")));
  }

  @Test
  void propertyNamesAreEscapedInPointersAndLocatedAtTheName() throws Exception {
    String unknown = ": not part of the format";
    assertEquals(
        List.of(
            "[UNKNOWN_PROPERTY] /~0a (line 7, column 9): unknown property '~a'" + unknown,
            "[UNKNOWN_PROPERTY] /~1b (line 8, column 9): unknown property '/b'" + unknown,
            "[UNKNOWN_PROPERTY] /c~0d~1e (line 9, column 12): unknown property 'c~d/e'" + unknown),
        problems(document("\"agency\":", "\"~a\": 1,\n  \"/b\": 2,\n  \"c~d/e\": 3, \"agency\":")));
  }

  @Test
  void aRepeatedPropertyIsOneProblemThatExplainsItsFirstValue() throws Exception {
    // The first value is kept; the model's own problem with it (a blank publisher) is not reported
    // as well.
    assertEquals(
        List.of(
            "[REPEATED] /citations/0/publisher (line 51, column 7): duplicate property 'publisher':"
                + " each property may appear once"),
        problems(
            document(
                "\"publisher\": \"Example Gazette\",",
                "\"publisher\": \" \",\n      \"publisher\": \"Example Gazette\",")));
    // A repeated property inside the value of a repeated property, which the reader leaves out:
    // both are reported, and the problem of an earlier property (the blank title) stays.
    assertEquals(
        List.of(
            "[BLANK] /citations/1/title (line 58, column 16): must not be blank when present; leave"
                + " it out instead",
            "[REPEATED] /citations/1/legalReference (line 70, column 26): duplicate property"
                + " 'legalReference': each property may appear once",
            "[REPEATED] /citations/1/legalReference/volume (line 70, column 60): duplicate property"
                + " 'volume': each property may appear once"),
        problems(
            document(
                "\"id\": \"code-9\",\n      \"title\": \"Example State Code § 9 (fictional)\",",
                "\"title\": \" \",\n      \"id\": \"code-9\",",
                "\"fictional\": true\n    },\n    {\n      \"id\": \"personnel-manual\"",
                "\"fictional\": true, \"legalReference\": {\"volume\": \"1\", \"volume\": \"2\"}\n"
                    + "    },\n    {\n      \"id\": \"personnel-manual\"")));
    // Repeated properties past the problem limit are counted, from the first left out.
    assertEquals(
        List.of(
            "[REPEATED] /citations/0/publisher (line 51, column 7): duplicate property 'publisher':"
                + " each property may appear once",
            "[OVER_LIMIT] (document) (line 52, column 7): and 2 more problems, the first of them at"
                + " this line and column; only the first 1 are listed (see"
                + " AccountabilityJson.Builder.maxProblems)"),
        problems(
            AccountabilityJson.builder().maxProblems(1).build(),
            document(
                "\"publisher\": \"Example Gazette\",",
                "\"publisher\": \"Example Gazette\",\n      \"publisher\": \"p0\",\n"
                    + "      \"publisher\": \"p1\",\n      \"publisher\": \"p2\",")));
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
    assertEquals(
        List.of(
            "[REPEATED] /citations/0/primary (line 54, column 25): duplicate property 'primary':"
                + " each property may appear once",
            "[MISSING] /citations/72/publisher (line 151, column 5): is required but missing"),
        problems(
            document(
                "\"primary\": false,",
                "\"primary\": false, \"primary\": false,",
                "      \"fictional\": true\n    }\n  ],\n  \"directives\"",
                "      \"fictional\": true\n    }" + more + "\n  ],\n  \"directives\"")));
  }

  @Test
  void aRepeatedPropertyEarlyInAnObjectOfManyPropertiesLeavesTheOthersReported() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 70; i++) {
      many.append(", \"x").append(i).append("\": ").append(i);
    }
    List<String> problems =
        problems(
            document(
                "\"publisher\": \"Example Gazette\",",
                "\"publisher\": \"Example Gazette\", \"publisher\": \"again\"" + many + ","));
    assertEquals(71, problems.size(), problems::toString);
    assertEquals(
        "[REPEATED] /citations/0/publisher (line 50, column 39): duplicate property 'publisher':"
            + " each property may appear once",
        problems.get(0));
    assertEquals(
        "[UNKNOWN_PROPERTY] /citations/0/x69 (line 50, column 807): unknown property 'x69': not part"
            + " of the format",
        problems.get(70));
  }

  @Test
  void aValueOfTheWrongTypeIsNamedAndTheElementsAfterItKeepTheirIndex() throws Exception {
    assertEquals(
        List.of("[WRONG_TYPE] (document) (line 1, column 1): must be an object, found an array"),
        problems("[]"));
    assertEquals(
        List.of("[WRONG_TYPE] /title (line 6, column 12): must be a string, found true"),
        problems(
            document(
                "\"title\": \"Ticket quotas in Example City (fictional)\"", "\"title\": true")));
    assertEquals(
        List.of("[WRONG_TYPE] /citations/0 (line 47, column 5): must be an object, found 7"),
        problems(document("\"citations\": [\n    {", "\"citations\": [\n    7, {")));
    assertEquals(
        List.of(
            "[WRONG_TYPE] /claims/0/about/0 (line 276, column 9): must be a string, found 1",
            "[DANGLING_REFERENCE] /claims/0/about/1 (line 276, column 12): refers to 'nowhere',"
                + " which is not in the framework"),
        problems(
            document(
                "\"about\": [\n        \"ticket-target\"",
                "\"about\": [\n        1, \"nowhere\"")));
    assertEquals(
        List.of(
            "[WRONG_TYPE] /routes/1/defendants/0 (line 245, column 9): must be a string, found"
                + " 7",
            "[REPEATED] /routes/1/defendants/2 (line 245, column 22): repeats AGENCY; list each value"
                + " once"),
        problems(
            document(
                "\"defendants\": [\n        \"AGENCY\"",
                "\"defendants\": [\n        7, \"AGENCY\", \"AGENCY\"")));
    assertEquals(
        List.of(
            "[INVALID_ID] /routes/0/roles/0 (line 196, column 9): 'lower' is not a valid Role id: use"
                + " 1 to 64 upper-case letters, digits or '_', starting with a letter, such as"
                + " LINE_AGENT",
            "[REPEATED] /routes/0/roles/2 (line 196, column 32): repeats LINE_AGENT; list each value"
                + " once"),
        problems(
            document(
                "\"roles\": [\n        \"LINE_AGENT\"\n      ],\n      \"forum\"",
                "\"roles\": [\n        \"lower\", \"LINE_AGENT\", \"LINE_AGENT\"\n      ],\n"
                    + "      \"forum\"")));
  }

  @Test
  void theFormatObjectNamesWhatItLacksAndVersionsAreReadUpTo18Digits() throws Exception {
    assertEquals(
        List.of(
            "[MISSING] /format/name (line 2, column 13): is required but missing: expected"
                + " 'accountability-framework'"),
        problems(document("\"name\": \"accountability-framework\",", "")));
    assertEquals(
        List.of(
            "[MISSING] /format/version (line 2, column 13): is required but missing: expected"
                + " '2.0'"),
        problems(document(",\n    \"version\": \"2.0\"", "")));
    assertEquals(
        List.of(
            "[UNSUPPORTED_VERSION] /format/version (line 4, column 16): version"
                + " 100000000000000000.0 is not supported: this reader reads versions 1.0 and 2.0"),
        problems(document("\"version\": \"2.0\"", "\"version\": \"100000000000000000.0\"")),
        "a major version of 18 digits is read");
    assertEquals(
        List.of(
            "[UNSUPPORTED_VERSION] /format/version (line 4, column 16): version"
                + " 2.100000000000000000 is newer than this reader (2.0); upgrade accountability-json"
                + " to read it"),
        problems(document("\"version\": \"2.0\"", "\"version\": \"2.100000000000000000\"")),
        "a minor version of 18 digits is read");
  }

  @Test
  void aDateIsCheckedForItsShapeBeforeItsCalendar() throws Exception {
    for (String date : List.of("~2030~", "2030/04", "abcd", "~")) {
      assertEquals(
          List.of(
              "[INVALID_VALUE] /observations/0/period (line 293, column 17): '"
                  + date
                  + "' is not a"
                  + " date: expected YYYY, YYYY-MM or YYYY-MM-DD, with a trailing ~ when"
                  + " approximate"),
          problems(document("\"period\": \"2030-04\"", "\"period\": \"" + date + "\"")),
          date);
    }
    assertEquals(
        List.of(
            "[INVALID_VALUE] /observations/0/period (line 293, column 17): '2030-13' is not a"
                + " calendar date: month 13 is out of range 1..12"),
        problems(document("\"period\": \"2030-04\"", "\"period\": \"2030-13\"")));
  }

  @Test
  void aHeaderDeclarationThatCannotBeReadExplainsTheEntitiesThatNameIt() throws Exception {
    // DESK_CLERK is declared without a name: the personnel action that names it is not also
    // reported, nor left without a subject role.
    assertEquals(
        List.of("[MISSING] /roles/1/name (line 14, column 5): is required but missing"),
        problems(
            document(
                "\"id\": \"SENIOR_OFFICIAL\",\n      \"name\": \"senior official\",",
                "\"id\": \"DESK_CLERK\",",
                "\"subjectRole\": \"LINE_AGENT\"",
                "\"subjectRole\": \"DESK_CLERK\"")));
    assertEquals(
        List.of(
            "[REPEATED] /conducts/2/id (line 34, column 13): declares conduct RACIAL_PROFILING"
                + " again; declare each conduct once"),
        problems(document("\"id\": \"UNLAWFUL_SEIZURE\"", "\"id\": \"RACIAL_PROFILING\"")));
    assertEquals(
        List.of("[MISSING] /directives/0/target/low (line 97, column 17): is required but missing"),
        problems(document(",\n        \"low\": 20", "")));
  }

  @Test
  void anUndeclaredTermIsLocatedInTheModelsTermsToo() throws Exception {
    String document =
        document(
            "\"conducts\": [\n        \"MISSED_QUOTA\"\n      ],\n      \"knownSince\"",
            "\"conducts\": [\n        \"OTHER_THING\"\n      ],\n      \"knownSince\"");
    List<Problem> problems =
        assertThrows(ValidationException.class, () -> JSON.read(document)).problems();
    assertEquals(
        List.of(
            "[DANGLING_REFERENCE] /directives/0/conducts/0 (line 103, column 9): names conduct"
                + " OTHER_THING, which the document does not declare in /conducts"),
        lines(problems));
    Problem p = problems.get(0);
    assertEquals(Optional.of("Directive"), p.entityKind());
    assertEquals(Optional.of("ticket-target"), p.entityId());
    assertEquals(List.of("conducts", "0"), p.attributePath());
    assertEquals(Optional.of("OTHER_THING"), p.reference());
  }

  @Test
  void aFormat10OutcomeIsReportedWhereTheDocumentHasIt() throws Exception {
    String outcome = "\"outcome\": \"NO_OUTCOME_REPORTED\",";
    assertEquals(
        List.of(
            "[MISSING] /oversightBodies/0/actions/0/outcome (line 87, column 9): is required but"
                + " missing"),
        problems(format10(outcome, "")),
        "the missing outcome, not also the action's missing outcome step");
    assertEquals(
        List.of(
            "[BLANK] /oversightBodies/0/actions/0/outcomeDetail (line 99, column 62): must not be"
                + " blank when present; leave it out instead"),
        problems(format10(outcome, outcome + " \"outcomeDetail\": \" \",")),
        "the step's detail is the action's outcomeDetail");
    assertEquals(
        List.of(
            "[INVALID_ID] /oversightBodies/0/actions/0/citations/1 (line 101, column 30): '' is not"
                + " a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a"
                + " letter or digit"),
        problems(
            format10(
                outcome + "\n          \"citations\": [\n            \"gazette-quota\"",
                outcome + "\n          \"citations\": [\n            \"gazette-quota\", \"\"")),
        "the step cites the action's citations, which are reported once");
  }

  @Test
  void aDocumentWithAStrayTypeThatIsNoEntityKindKeepsItsOwnProblems() {
    assertEquals(
        List.of(
            "[MISSING] /format (line 1, column 1): is required but missing: expected {\"name\":"
                + " \"accountability-framework\", \"version\": \"2.0\"}",
            "[MISSING] /roles (line 1, column 1): is required but missing: list the framework's"
                + " roles (id, name, description), [] for none",
            "[MISSING] /conducts (line 1, column 1): is required but missing: list the framework's"
                + " conducts (id, name, description, unlawful), [] for none",
            "[MISSING] /title (line 1, column 1): is required but missing",
            "[MISSING] /agency (line 1, column 1): is required but missing",
            "[UNKNOWN_PROPERTY] /type (line 1, column 10): unknown property 'type': not part of the"
                + " format",
            "[MALFORMED] (document) (line 1, column 18): trailing content after the JSON value: only"
                + " one value is allowed"),
        problems("{\"type\": \"BOOK\"} {}"));
  }

  // ------------------------------------------------------------------ JSON Lines

  private static final String HEADER =
      "{\"type\": \"FRAMEWORK\", \"format\": {\"name\": \"accountability-framework\", \"version\":"
          + " \"2.0\"}, \"title\": \"T\", \"agency\": \"A\", \"roles\": [], \"conducts\": []}";

  private static final String CITATION =
      "{\"type\": \"CITATION\", \"id\": \"c\", \"publisher\": \"p\", \"kind\": \"STATUTE\"}";

  @Test
  void aJsonLinesHeaderIsCheckedAsADocumentsTopLevel() {
    assertEquals(
        List.of(
            "[MISSING] /title (line 1, column 1): is required but missing",
            "[BLANK] /agency (line 1, column 99): must not be blank",
            "[BLANK] /question (line 1, column 116): must not be blank",
            "[UNKNOWN_PROPERTY] /extra (line 1, column 129): unknown property 'extra': not part of"
                + " the format"),
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
                + "\n"));
  }

  @Test
  void aJsonLinesLineNamesItsTypeAndAFactCitesASource() {
    String kinds =
        "FRAMEWORK, CITATION, DIRECTIVE, PERSONNEL_ACTION, OVERSIGHT_BODY, OVERSIGHT_ACTION,"
            + " LEGAL_ROUTE, CLAIM, OBSERVATION";
    assertEquals(
        List.of(
            "[MISSING] /type (line 1, column 1): is required but missing: one of " + kinds,
            "[UNKNOWN_PROPERTY] /id (line 1, column 8): unknown property 'id': not part of the"
                + " format"),
        problemsOfLines(JSON, "{\"id\": \"c\"}\n"));
    assertEquals(
        List.of(
            "[UNKNOWN_VALUE] /type (line 1, column 10): unknown value 'BOOK': expected one of "
                + kinds,
            "[UNKNOWN_PROPERTY] /id (line 1, column 24): unknown property 'id': not part of the"
                + " format"),
        problemsOfLines(JSON, "{\"type\": \"BOOK\", \"id\": \"c\"}\n"));
    assertEquals(
        List.of(
            "[UNCITED] /citations (line 1, column 1): is uncited: every fact must cite at least one"
                + " source"),
        problemsOfLines(
            JSON,
            "{\"type\": \"OBSERVATION\", \"id\": \"o\", \"metric\": \"m\", \"scope\": \"s\","
                + " \"value\": 1, \"qualifier\": \"EXACT\", \"period\": \"2030\"}\n"));
  }

  @Test
  void aLineEndsAtLfOrCrLfWhereverTheReaderIsInItsBuffer() {
    // A line cut short is located at its end, whether it ends in LF, CR LF, a last CR or nothing,
    // and when it is longer than the reader's buffer.
    String cut = "{\"type\": \"CITATION\", \"id\": \"c\"";
    String longCut = cut + ", \"title\": \"" + "t".repeat(9000) + "\"";
    for (String stream : List.of(cut + "\n", cut + "\r\n", cut + "\r", cut, longCut + "\r\n")) {
      int column = stream.startsWith(longCut) ? 9044 : 31;
      assertEquals(
          List.of(
              "[MALFORMED] (document) (line 1, column "
                  + column
                  + "): malformed JSON: Unexpected"
                  + " end-of-input: expected close marker for Object (start marker at [Source:"
                  + " REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); byte"
                  + " offset: #UNKNOWN])"),
          problemsOfLines(JSON, stream),
          stream.substring(Math.max(0, stream.length() - 3)));
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
    assertEquals(
        List.of(
            "[OVER_LIMIT] (document) (line 1): the line is over the read limit of "
                + (length - 1)
                + " characters (see AccountabilityJson.Builder.maxLineLength)"),
        problemsOfLines(
            AccountabilityJson.builder().maxLineLength(length - 1).build(), CITATION + "\n"));
    // The line limit is the document limit when that is lower, and the message names the limit
    // that applies.
    assertEquals(
        List.of(
            "[OVER_LIMIT] (document) (line 1): the line is over the read limit of 40 characters"
                + " (see AccountabilityJson.Builder.maxLineLength)"),
        problemsOfLines(
            AccountabilityJson.builder().maxLineLength(40).maxDocumentLength(40).build(),
            CITATION + "\n"));
    assertEquals(
        List.of(
            "[OVER_LIMIT] (document) (line 1): the line is over the read limit of 40 characters"),
        problemsOfLines(
            AccountabilityJson.builder().maxLineLength(41).maxDocumentLength(40).build(),
            CITATION + "\n"));
  }

  @Test
  void aDocumentIsRecognisedByItsFormatObjectWithinThreeLinesAfterItsFirst() {
    assertEquals(
        List.of(
            "[MALFORMED] (document) (line 1, column 1): this is a framework document (one object"
                + " with a 'format' object and the entity arrays), not a JSON Lines stream: read it"
                + " with read or readWithWarnings"),
        problemsOfLines(JSON, "{\n\n\n\"format\": {\"name\": \"x\"}}\n"));
    assertEquals(
        List.of(
            "[MALFORMED] (document) (line 1, column 2): malformed JSON: Unexpected end-of-input:"
                + " expected close marker for Object (start marker at [Source: REDACTED"
                + " (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); byte offset:"
                + " #UNKNOWN])"),
        problemsOfLines(JSON, "{\n\n\n\n\"format\": {\"name\": \"x\"}}\n"),
        "further on, the first line keeps its own problem");
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

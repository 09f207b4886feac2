package org.accountability.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.accountability.casestudy.CaseStudies;
import org.accountability.model.Citation;
import org.accountability.model.LegalReference;
import org.accountability.model.PartialDate;
import org.accountability.model.Problem;
import org.accountability.model.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The lenient CSL-JSON import: what it reads and what it reports of exports from other tools, a
 * reference manager's library and a legal citation library, shaped as those tools write them.
 */
class CslJsonLenientTest {
  private static String text(String name) {
    try (InputStream in = CslJsonLenientTest.class.getResourceAsStream(name)) {
      assertNotNull(in, () -> name + " is not on the test classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void aReferenceManagerExportKeepsWhatTheModelHolds() {
    ReadResult<List<Citation>> result = CslJson.readLeniently(text("/csl/zotero-export.json"));
    assertEquals(
        List.of(
            Citation.builder()
                .id("http:-zotero.org-users-1234567-items-ABCD2345")
                .kind(Citation.Kind.NEWS_REPORT)
                .title("City council hears testimony on the oversight board")
                .publisher("The Example Gazette")
                .host("news.example.org")
                .date(PartialDate.ofDay(2024, 3, 15))
                .url("https://news.example.org/2024/03/15/oversight-board")
                .build(),
            Citation.builder()
                .id("http:-zotero.org-users-1234567-items-JKLM2468")
                .kind(Citation.Kind.SECONDARY_ANALYSIS)
                .title("Annual report of the Example Civilian Review Board")
                .publisher("Example Civilian Review Board")
                .date(PartialDate.ofDay(2024, 1, 31))
                .build(),
            Citation.builder()
                .id("http:-zotero.org-users-1234567-items-BCDF3579")
                .kind(Citation.Kind.DASHBOARD)
                .title("Use-of-force incidents")
                .publisher("Example Police Department")
                .url("https://data.example.org/use-of-force")
                .build(),
            Citation.builder()
                .id("42")
                .kind(Citation.Kind.PRESS_RELEASE)
                .publisher("Office of the Example Mayor")
                .date(PartialDate.ofDay(2023, 5, 4).approximately())
                .build()),
        result.value());
    assertEquals(
        List.of(
            "/0/id (line 3, column 11): 'http://zotero.org/users/1234567/items/ABCD2345' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit; read as 'http:-zotero.org-users-1234567-items-ABCD2345'",
            "/0/language (line 9, column 17): unknown property 'language' was ignored: citation 'http:-zotero.org-users-1234567-items-ABCD2345' has no place for it",
            "/0/author (line 10, column 15): unknown property 'author' was ignored: citation 'http:-zotero.org-users-1234567-items-ABCD2345' has no place for it",
            "/0/accessed (line 12, column 17): unknown property 'accessed' was ignored: citation 'http:-zotero.org-users-1234567-items-ABCD2345' has no place for it",
            "/1/type (line 16, column 13): item 'http://zotero.org/users/1234567/items/EFGH6789' skipped: unknown value 'article-journal': expected one of article-newspaper, dataset, document, legal_case, legislation, report (the CSL types this library reads)",
            "/1/publisher (line 14, column 3): item 'http://zotero.org/users/1234567/items/EFGH6789' skipped: is required but missing",
            "/2/id (line 27, column 11): 'http://zotero.org/users/1234567/items/JKLM2468' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit; read as 'http:-zotero.org-users-1234567-items-JKLM2468'",
            "/2/URL (line 33, column 12): left out of citation 'http:-zotero.org-users-1234567-items-JKLM2468': 'www.example.org/reports/annual-2023.pdf' is not an absolute http or https URL",
            "/2/publisher-place (line 31, column 24): unknown property 'publisher-place' was ignored: citation 'http:-zotero.org-users-1234567-items-JKLM2468' has no place for it",
            "/2/number (line 32, column 15): unknown property 'number' was ignored: citation 'http:-zotero.org-users-1234567-items-JKLM2468' has no place for it",
            "/3/type (line 38, column 13): item 'http://zotero.org/users/1234567/items/NPQR1357' skipped: unknown value 'webpage': expected one of article-newspaper, dataset, document, legal_case, legislation, report (the CSL types this library reads)",
            "/3/publisher (line 36, column 3): item 'http://zotero.org/users/1234567/items/NPQR1357' skipped: is required but missing",
            "/4/type (line 45, column 13): item 'http://zotero.org/users/1234567/items/STUV9753' skipped: unknown value 'book': expected one of article-newspaper, dataset, document, legal_case, legislation, report (the CSL types this library reads)",
            "/5/publisher (line 51, column 3): item 'http://zotero.org/users/1234567/items/WXYZ8642' skipped: is required but missing",
            "/6/issued/date-parts (line 64, column 31): left out of citation 'http:-zotero.org-users-1234567-items-BCDF3579': is a date range, which a citation cannot hold: give one date",
            "/6/id (line 59, column 11): 'http://zotero.org/users/1234567/items/BCDF3579' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit; read as 'http:-zotero.org-users-1234567-items-BCDF3579'",
            "/7/id (line 67, column 11): item 'http://zotero.org/users/1234567/items/ABCD2345' skipped: duplicates the id of the item at /0 ('http:-zotero.org-users-1234567-items-ABCD2345'); ids must be unique across the CSL-JSON array",
            "/8/title (line 76, column 14): left out of citation '42': must not be blank when present; leave it out instead",
            "/8/note (line 78, column 13): unknown property 'note' was ignored: citation '42' has no place for it"),
        lines(result.warnings()));
  }

  @Test
  void aLegalLibraryExportKeepsWhatTheModelHolds() {
    ReadResult<List<Citation>> result = CslJson.readLeniently(text("/csl/legal-library.json"));
    assertEquals(
        List.of(
            Citation.builder()
                .id("doe-v-roe-1999")
                .kind(Citation.Kind.CASE)
                .title("Doe v. Roe")
                .publisher("Supreme Court of Exampleland")
                .legalReference(LegalReference.reported("12", "Ex. Rep.", "345"))
                .date(PartialDate.ofDay(1999, 6, 1))
                .url("https://law.example.org/cases/doe-v-roe")
                .build(),
            Citation.builder()
                .id("doe-v-roe-complaint")
                .kind(Citation.Kind.COURT_DOCUMENT)
                .title("Doe v. Roe, complaint")
                .publisher("District Court of Exampleland")
                .date(PartialDate.ofDay(2021, 2, 3))
                .build(),
            Citation.builder()
                .id("ex-code-7-101")
                .kind(Citation.Kind.STATUTE)
                .title("Exampleland Code, title 7, section 101")
                .publisher("Exampleland Code")
                .legalReference(LegalReference.statute("7", "Ex. Code", "101"))
                .build(),
            // Its legal reference has a section and a page, so it is left out, and a legal_case
            // without one is a court document.
            Citation.builder()
                .id("smith-v-example-city")
                .kind(Citation.Kind.COURT_DOCUMENT)
                .title("Smith v. Example City")
                .publisher("Court of Appeals of Exampleland")
                .date(PartialDate.ofDay(2010, 10, 10))
                .build(),
            Citation.builder()
                .id("Doe-v.-Roe-2001-")
                .kind(Citation.Kind.CASE)
                .title("Doe v. Roe")
                .publisher("Supreme Court of Exampleland")
                .legalReference(LegalReference.reported("15", "Ex. Rep.", "9"))
                .date(PartialDate.ofDay(2001, 1, 8))
                .primary(true)
                .build()),
        result.value());
    assertEquals(
        List.of(
            "/1/number (line 18, column 15): unknown property 'number' was ignored: citation 'doe-v-roe-complaint' has no place for it",
            "/2/URL (line 29, column 12): left out of citation 'ex-code-7-101': 'law.example.org/code/7/101' is not an absolute http or https URL",
            "/3/publisher (line 31, column 3): item 'ex-code-9-12' skipped: is required but missing",
            "/4/page (line 46, column 13): left out of citation 'smith-v-example-city': must be left out when section is given: a legal reference has the section of a code or the first page of a case, not both",
            "/4/container-title (line 43, column 24): unknown property 'container-title' was ignored: citation 'smith-v-example-city' has no place for it",
            "/4/volume (line 44, column 15): unknown property 'volume' was ignored: citation 'smith-v-example-city' has no place for it",
            "/4/section (line 45, column 16): unknown property 'section' was ignored: citation 'smith-v-example-city' has no place for it",
            "/5/type (line 51, column 13): item 'ex-bill-2024-17' skipped: unknown value 'bill': expected one of article-newspaper, dataset, document, legal_case, legislation, report (the CSL types this library reads)",
            "/5/publisher (line 49, column 3): item 'ex-bill-2024-17' skipped: is required but missing",
            "/6/type (line 58, column 13): item 'ex-reg-3-4' skipped: unknown value 'regulation': expected one of article-newspaper, dataset, document, legal_case, legislation, report (the CSL types this library reads)",
            "/6/publisher (line 56, column 3): item 'ex-reg-3-4' skipped: is required but missing",
            "/7/id (line 63, column 11): 'Doe v. Roe (2001)' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit; read as 'Doe-v.-Roe-2001-'",
            "/7/custom/reviewed-by (line 71, column 64): unknown property 'reviewed-by' was ignored: not a custom key of this library"),
        lines(result.warnings()));
  }

  @Test
  void aValidFileReadsLenientlyAsStrictlyWithoutWarnings() {
    List<Citation> caseStudy = CaseStudies.iceDeportationQuotas().citations().list();
    for (String csl : List.of(CslJson.write(caseStudy), text("/csl/statute-case-news.json"))) {
      ReadResult<List<Citation>> result = CslJson.readLeniently(csl);
      assertEquals(CslJson.read(csl), result.value());
      assertEquals(List.of(), result.warnings());
    }
    assertEquals(caseStudy, CslJson.readLeniently(CslJson.write(caseStudy)).value());
  }

  @Test
  void whatIsNoCitationListAtAllIsStillRefused() {
    for (String text : List.of("", "{}", "[{\"id\": 1", "[1] 2")) {
      ValidationException strict =
          assertThrows(ValidationException.class, () -> CslJson.read(text), text);
      ValidationException lenient =
          assertThrows(ValidationException.class, () -> CslJson.readLeniently(text), text);
      assertEquals(strict.problems(), lenient.problems(), text);
    }
    // A repeated property is refused as in a framework document: located, and read no further.
    String repeated = "[{\"id\": \"a\", \"id\": \"b\"}]";
    ValidationException strict =
        assertThrows(ValidationException.class, () -> CslJson.read(repeated));
    ValidationException lenient =
        assertThrows(ValidationException.class, () -> CslJson.readLeniently(repeated));
    String duplicate =
        "/0/id (line 1, column 14): duplicate property 'id': each property may appear once";
    assertEquals(List.of(duplicate), lines(lenient.problems()));
    assertEquals(duplicate, lines(strict.problems()).get(0));
    CslJson small = CslJson.builder().maxDocumentLength(100).build();
    String zotero = text("/csl/zotero-export.json");
    ValidationException over =
        assertThrows(ValidationException.class, () -> small.readCitationsLeniently(zotero));
    assertEquals(
        List.of(
            "(document) (line 81, column 1): the input is over a read limit: Document length (2768) exceeds the maximum allowed (100: see CslJson.Builder.maxDocumentLength)"),
        lines(over.problems()));
  }

  @Test
  void itemsAndValuesTheModelCannotHold() {
    String csl =
        """
        [
          1,
          {"id": "a", "type": "book", "publisher": "P", "custom": {"accountability-kind": "STATUTE"}},
          {"id": "///", "type": "report", "publisher": "P"},
          {"id": "b", "type": "report", "publisher": "P", "source": " ", "URL": "https://"},
          {"id": "c", "type": "report", "publisher": "P", "custom": 7, "issued": {"date-parts": [[2024, 13]]}},
          {"id": "a", "type": "dataset", "publisher": "P"}
        ]
        """;
    ReadResult<List<Citation>> result = CslJson.readLeniently(csl);
    assertEquals(
        List.of(
            Citation.builder().id("a").kind(Citation.Kind.STATUTE).publisher("P").build(),
            Citation.builder()
                .id("b")
                .kind(Citation.Kind.SECONDARY_ANALYSIS)
                .publisher("P")
                .build(),
            Citation.builder()
                .id("c")
                .kind(Citation.Kind.SECONDARY_ANALYSIS)
                .publisher("P")
                .build()),
        result.value());
    assertEquals(
        List.of(
            "/0 (line 2, column 3): item skipped: must be a CSL-JSON item (an object), found 1",
            "/1/type (line 3, column 23): left out of citation 'a': unknown value 'book': expected one of article-newspaper, dataset, document, legal_case, legislation, report (the CSL types this library reads)",
            "/2/id (line 4, column 10): item '///' skipped: '///' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit",
            "/3/source (line 5, column 61): left out of citation 'b': must not be blank when present; leave it out instead",
            "/3/URL (line 5, column 73): left out of citation 'b': 'https://' is not a URL: Expected authority",
            "/4/custom (line 6, column 61): left out of citation 'c': must be an object, found 7",
            "/4/issued/date-parts/0/1 (line 6, column 97): left out of citation 'c': month 13 is out of range 1..12",
            "/5/id (line 7, column 10): item 'a' skipped: duplicates the id of the item at /1 ('a'); ids must be unique across the CSL-JSON array"),
        lines(result.warnings()));
  }

  @Test
  void eachWarningNamesItsCitationAndCode() {
    ReadResult<List<Citation>> result = CslJson.readLeniently(text("/csl/zotero-export.json"));
    assertEquals(
        List.of(
            "INVALID_ID Citation http:-zotero.org-users-1234567-items-ABCD2345 /0/id",
            "UNKNOWN_PROPERTY Citation http:-zotero.org-users-1234567-items-ABCD2345 /0/language",
            "UNKNOWN_PROPERTY Citation http:-zotero.org-users-1234567-items-ABCD2345 /0/author",
            "UNKNOWN_PROPERTY Citation http:-zotero.org-users-1234567-items-ABCD2345 /0/accessed",
            "UNKNOWN_VALUE Citation http://zotero.org/users/1234567/items/EFGH6789 /1/type",
            "MISSING Citation http://zotero.org/users/1234567/items/EFGH6789 /1/publisher",
            "INVALID_ID Citation http:-zotero.org-users-1234567-items-JKLM2468 /2/id",
            "INVALID_VALUE Citation http:-zotero.org-users-1234567-items-JKLM2468 /2/URL",
            "UNKNOWN_PROPERTY Citation http:-zotero.org-users-1234567-items-JKLM2468 /2/publisher-place",
            "UNKNOWN_PROPERTY Citation http:-zotero.org-users-1234567-items-JKLM2468 /2/number",
            "UNKNOWN_VALUE Citation http://zotero.org/users/1234567/items/NPQR1357 /3/type",
            "MISSING Citation http://zotero.org/users/1234567/items/NPQR1357 /3/publisher",
            "UNKNOWN_VALUE Citation http://zotero.org/users/1234567/items/STUV9753 /4/type",
            "MISSING Citation http://zotero.org/users/1234567/items/WXYZ8642 /5/publisher",
            "INVALID_VALUE Citation http:-zotero.org-users-1234567-items-BCDF3579 /6/issued/date-parts",
            "INVALID_ID Citation http:-zotero.org-users-1234567-items-BCDF3579 /6/id",
            "DUPLICATE_ID Citation http://zotero.org/users/1234567/items/ABCD2345 /7/id",
            "BLANK Citation 42 /8/title",
            "UNKNOWN_PROPERTY Citation 42 /8/note"),
        result.warnings().stream()
            .map(
                w ->
                    w.code()
                        + " "
                        + w.entityKind().orElse("-")
                        + " "
                        + w.entityId().orElse("-")
                        + " "
                        + w.jsonPointer().orElse("-"))
            .collect(Collectors.toList()));
  }

  @Test
  void warningsAreListedUpToTheMostProblems() {
    ReadResult<List<Citation>> result =
        CslJson.builder()
            .maxProblems(3)
            .build()
            .readCitationsLeniently(text("/csl/legal-library.json"));
    assertEquals(5, result.value().size());
    assertEquals(
        List.of(
            "/1/number (line 18, column 15): unknown property 'number' was ignored: citation 'doe-v-roe-complaint' has no place for it",
            "/2/URL (line 29, column 12): left out of citation 'ex-code-7-101': 'law.example.org/code/7/101' is not an absolute http or https URL",
            "/3/publisher (line 31, column 3): item 'ex-code-9-12' skipped: is required but missing",
            "(document) (line 43, column 24): and 10 more warnings, the first of them at this line and column; only the first 3 are listed (see CslJson.Builder.maxProblems)"),
        lines(result.warnings()));

    // The variables a citation does not hold count against the most too, however many there are.
    String many =
        "[{\"id\": \"a\", \"type\": \"report\", \"publisher\": \"P\","
            + " \"v1\": 1, \"v2\": 2, \"v3\": 3, \"v4\": 4, \"v5\": 5}]";
    ReadResult<List<Citation>> capped =
        CslJson.builder().maxProblems(2).build().readCitationsLeniently(many);
    assertEquals(1, capped.value().size());
    assertEquals(
        List.of(
            "/0/v1 (line 1, column 56): unknown property 'v1' was ignored: citation 'a' has no place for it",
            "/0/v2 (line 1, column 65): unknown property 'v2' was ignored: citation 'a' has no place for it",
            "(document) (line 1, column 74): and 3 more warnings, the first of them at this line and column; only the first 2 are listed (see CslJson.Builder.maxProblems)"),
        lines(capped.warnings()));
  }

  @Test
  void circaAndTheCustomFlagsReadAsStrictly() {
    String csl =
        """
        [
          {"id": "a", "type": "report", "publisher": "P", "issued": {"date-parts": [[2024]], "circa": false}},
          {"id": "b", "type": "report", "publisher": "P", "issued": {"date-parts": [[2024]], "circa": 0}},
          {"id": "c", "type": "report", "publisher": "P", "issued": {"date-parts": [[2024]], "circa": ""}},
          {"id": "d", "type": "report", "publisher": "P", "issued": {"date-parts": [[2024]], "circa": 1}},
          {"id": "e", "type": "report", "publisher": "P", "issued": {"date-parts": [[2024]], "circa": "yes"}},
          {"id": "f", "type": "report", "publisher": "P", "issued": {"date-parts": [[2024]], "circa": [1]}},
          {"id": "g", "type": "dataset", "publisher": "P", "custom": {"accountability-primary": false, "accountability-fictional": true}}
        ]
        """;
    ReadResult<List<Citation>> result = CslJson.readLeniently(csl);
    PartialDate year = PartialDate.ofYear(2024);
    List<Citation> expected = new java.util.ArrayList<>();
    for (String id : List.of("a", "b", "c", "d", "e", "f")) {
      boolean circa = id.equals("d") || id.equals("e");
      expected.add(
          Citation.builder()
              .id(id)
              .kind(Citation.Kind.SECONDARY_ANALYSIS)
              .publisher("P")
              .date(circa ? year.approximately() : year)
              .build());
    }
    expected.add(
        Citation.builder()
            .id("g")
            .kind(Citation.Kind.DASHBOARD)
            .publisher("P")
            .primary(false)
            .fictional(true)
            .build());
    assertEquals(expected, result.value());
    assertEquals(
        List.of(
            "/5/issued/circa (line 7, column 95): left out of citation 'f': must be true or false, found an array"),
        lines(result.warnings()));
  }

  @Test
  void aValueLeftOutIsNeitherGuessedNorReplaced() {
    String csl =
        """
        [
          {"id": "a", "type": "legislation", "publisher": "P", "custom": {"accountability-primary": "yes", "accountability-fictional": 1}},
          {"id": "b", "type": "report", "publisher": "P", "title": 7, "source": 8, "URL": 9},
          {"id": "--c d", "type": "report", "publisher": "P"},
          {"id": "e", "type": "legal_case", "publisher": "P", "authority": "Court"}
        ]
        """;
    ReadResult<List<Citation>> result = CslJson.readLeniently(csl);
    assertEquals(
        List.of(
            Citation.builder().id("a").kind(Citation.Kind.STATUTE).publisher("P").build(),
            Citation.builder()
                .id("b")
                .kind(Citation.Kind.SECONDARY_ANALYSIS)
                .publisher("P")
                .build(),
            Citation.builder()
                .id("c-d")
                .kind(Citation.Kind.SECONDARY_ANALYSIS)
                .publisher("P")
                .build(),
            Citation.builder().id("e").kind(Citation.Kind.COURT_DOCUMENT).publisher("P").build()),
        result.value());
    assertTrue(result.value().get(0).isPrimary(), "a statute is primary unless it says otherwise");
    assertFalse(result.value().get(0).isFictional());
    assertEquals(
        List.of(
            "/0/custom/accountability-primary (line 2, column 93): left out of citation 'a': must be"
                + " true or false, found 'yes'",
            "/0/custom/accountability-fictional (line 2, column 128): left out of citation 'a': must"
                + " be true or false, found 1",
            "/1/title (line 3, column 60): left out of citation 'b': must be a string, found 7",
            "/1/source (line 3, column 73): left out of citation 'b': must be a string, found 8",
            "/1/URL (line 3, column 83): left out of citation 'b': must be a string, found 9",
            "/2/id (line 4, column 10): '--c d' is not a valid id: use 1 to 128 letters, digits,"
                + " '.', '_', ':' or '-', starting with a letter or digit; read as 'c-d'",
            "/3/authority (line 5, column 68): unknown property 'authority' was ignored: citation 'e' has no"
                + " place for it"),
        lines(result.warnings()));
  }
}

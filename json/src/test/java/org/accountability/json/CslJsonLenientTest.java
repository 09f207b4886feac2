package org.accountability.json;

import static org.accountability.testing.Problems.assertThat;
import static org.accountability.testing.Problems.atPointer;
import static org.accountability.testing.Problems.inEntity;
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
import org.accountability.casestudy.CaseStudies;
import org.accountability.model.Citation;
import org.accountability.model.LegalReference;
import org.accountability.model.PartialDate;
import org.accountability.model.Problem.Code;
import org.accountability.model.ValidationException;
import org.accountability.testing.Problems.Expected;
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

  /** The warnings of a lenient read of {@code /csl/zotero-export.json}. */
  private static final List<Expected> ZOTERO_WARNINGS =
      List.of(
          inEntity(
                  Code.INVALID_ID,
                  "Citation",
                  "http:-zotero.org-users-1234567-items-ABCD2345",
                  "",
                  "'http://zotero.org/users/1234567/items/ABCD2345' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit; read as 'http:-zotero.org-users-1234567-items-ABCD2345'")
              .locatedAt("/0/id", 3, 11),
          inEntity(
                  Code.UNKNOWN_PROPERTY,
                  "Citation",
                  "http:-zotero.org-users-1234567-items-ABCD2345",
                  "",
                  "unknown property 'language' was ignored: citation 'http:-zotero.org-users-1234567-items-ABCD2345' has no place for it")
              .locatedAt("/0/language", 9, 17),
          inEntity(
                  Code.UNKNOWN_PROPERTY,
                  "Citation",
                  "http:-zotero.org-users-1234567-items-ABCD2345",
                  "",
                  "unknown property 'author' was ignored: citation 'http:-zotero.org-users-1234567-items-ABCD2345' has no place for it")
              .locatedAt("/0/author", 10, 15),
          inEntity(
                  Code.UNKNOWN_PROPERTY,
                  "Citation",
                  "http:-zotero.org-users-1234567-items-ABCD2345",
                  "",
                  "unknown property 'accessed' was ignored: citation 'http:-zotero.org-users-1234567-items-ABCD2345' has no place for it")
              .locatedAt("/0/accessed", 12, 17),
          inEntity(
                  Code.UNKNOWN_VALUE,
                  "Citation",
                  "http://zotero.org/users/1234567/items/EFGH6789",
                  "",
                  "item 'http://zotero.org/users/1234567/items/EFGH6789' skipped: unknown value 'article-journal': expected one of article-newspaper, dataset, document, legal_case, legislation, report (the CSL types this library reads)")
              .locatedAt("/1/type", 16, 13),
          inEntity(
                  Code.MISSING,
                  "Citation",
                  "http://zotero.org/users/1234567/items/EFGH6789",
                  "publisher",
                  "item 'http://zotero.org/users/1234567/items/EFGH6789' skipped: is required but missing")
              .locatedAt("/1/publisher", 14, 3),
          inEntity(
                  Code.INVALID_ID,
                  "Citation",
                  "http:-zotero.org-users-1234567-items-JKLM2468",
                  "",
                  "'http://zotero.org/users/1234567/items/JKLM2468' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit; read as 'http:-zotero.org-users-1234567-items-JKLM2468'")
              .locatedAt("/2/id", 27, 11),
          inEntity(
                  Code.INVALID_VALUE,
                  "Citation",
                  "http:-zotero.org-users-1234567-items-JKLM2468",
                  "url",
                  "left out of citation 'http:-zotero.org-users-1234567-items-JKLM2468': 'www.example.org/reports/annual-2023.pdf' is not an absolute http or https URL")
              .locatedAt("/2/URL", 33, 12),
          inEntity(
                  Code.UNKNOWN_PROPERTY,
                  "Citation",
                  "http:-zotero.org-users-1234567-items-JKLM2468",
                  "",
                  "unknown property 'publisher-place' was ignored: citation 'http:-zotero.org-users-1234567-items-JKLM2468' has no place for it")
              .locatedAt("/2/publisher-place", 31, 24),
          inEntity(
                  Code.UNKNOWN_PROPERTY,
                  "Citation",
                  "http:-zotero.org-users-1234567-items-JKLM2468",
                  "",
                  "unknown property 'number' was ignored: citation 'http:-zotero.org-users-1234567-items-JKLM2468' has no place for it")
              .locatedAt("/2/number", 32, 15),
          inEntity(
                  Code.UNKNOWN_VALUE,
                  "Citation",
                  "http://zotero.org/users/1234567/items/NPQR1357",
                  "",
                  "item 'http://zotero.org/users/1234567/items/NPQR1357' skipped: unknown value 'webpage': expected one of article-newspaper, dataset, document, legal_case, legislation, report (the CSL types this library reads)")
              .locatedAt("/3/type", 38, 13),
          inEntity(
                  Code.MISSING,
                  "Citation",
                  "http://zotero.org/users/1234567/items/NPQR1357",
                  "publisher",
                  "item 'http://zotero.org/users/1234567/items/NPQR1357' skipped: is required but missing")
              .locatedAt("/3/publisher", 36, 3),
          inEntity(
                  Code.UNKNOWN_VALUE,
                  "Citation",
                  "http://zotero.org/users/1234567/items/STUV9753",
                  "",
                  "item 'http://zotero.org/users/1234567/items/STUV9753' skipped: unknown value 'book': expected one of article-newspaper, dataset, document, legal_case, legislation, report (the CSL types this library reads)")
              .locatedAt("/4/type", 45, 13),
          inEntity(
                  Code.MISSING,
                  "Citation",
                  "http://zotero.org/users/1234567/items/WXYZ8642",
                  "publisher",
                  "item 'http://zotero.org/users/1234567/items/WXYZ8642' skipped: is required but missing")
              .locatedAt("/5/publisher", 51, 3),
          inEntity(
                  Code.INVALID_VALUE,
                  "Citation",
                  "http:-zotero.org-users-1234567-items-BCDF3579",
                  "",
                  "left out of citation 'http:-zotero.org-users-1234567-items-BCDF3579': is a date range, which a citation cannot hold: give one date")
              .locatedAt("/6/issued/date-parts", 64, 31),
          inEntity(
                  Code.INVALID_ID,
                  "Citation",
                  "http:-zotero.org-users-1234567-items-BCDF3579",
                  "",
                  "'http://zotero.org/users/1234567/items/BCDF3579' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit; read as 'http:-zotero.org-users-1234567-items-BCDF3579'")
              .locatedAt("/6/id", 59, 11),
          inEntity(
                  Code.DUPLICATE_ID,
                  "Citation",
                  "http://zotero.org/users/1234567/items/ABCD2345",
                  "",
                  "item 'http://zotero.org/users/1234567/items/ABCD2345' skipped: duplicates the id of the item at /0 ('http:-zotero.org-users-1234567-items-ABCD2345'); ids must be unique across the CSL-JSON array")
              .locatedAt("/7/id", 67, 11),
          inEntity(
                  Code.BLANK,
                  "Citation",
                  "42",
                  "title",
                  "left out of citation '42': must not be blank when present; leave it out instead")
              .locatedAt("/8/title", 76, 14),
          inEntity(
                  Code.UNKNOWN_PROPERTY,
                  "Citation",
                  "42",
                  "",
                  "unknown property 'note' was ignored: citation '42' has no place for it")
              .locatedAt("/8/note", 78, 13));

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
    assertThat(result.warnings()).hasExactly(ZOTERO_WARNINGS);
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
    assertThat(result.warnings())
        .hasExactly(
            inEntity(
                    Code.UNKNOWN_PROPERTY,
                    "Citation",
                    "doe-v-roe-complaint",
                    "",
                    "unknown property 'number' was ignored: citation 'doe-v-roe-complaint' has no place for it")
                .locatedAt("/1/number", 18, 15),
            inEntity(
                    Code.INVALID_VALUE,
                    "Citation",
                    "ex-code-7-101",
                    "url",
                    "left out of citation 'ex-code-7-101': 'law.example.org/code/7/101' is not an absolute http or https URL")
                .locatedAt("/2/URL", 29, 12),
            inEntity(
                    Code.MISSING,
                    "Citation",
                    "ex-code-9-12",
                    "publisher",
                    "item 'ex-code-9-12' skipped: is required but missing")
                .locatedAt("/3/publisher", 31, 3),
            inEntity(
                    Code.INCONSISTENT,
                    "Citation",
                    "smith-v-example-city",
                    "",
                    "left out of citation 'smith-v-example-city': must be left out when section is given: a legal reference has the section of a code or the first page of a case, not both")
                .locatedAt("/4/page", 46, 13),
            inEntity(
                    Code.UNKNOWN_PROPERTY,
                    "Citation",
                    "smith-v-example-city",
                    "",
                    "unknown property 'container-title' was ignored: citation 'smith-v-example-city' has no place for it")
                .locatedAt("/4/container-title", 43, 24),
            inEntity(
                    Code.UNKNOWN_PROPERTY,
                    "Citation",
                    "smith-v-example-city",
                    "",
                    "unknown property 'volume' was ignored: citation 'smith-v-example-city' has no place for it")
                .locatedAt("/4/volume", 44, 15),
            inEntity(
                    Code.UNKNOWN_PROPERTY,
                    "Citation",
                    "smith-v-example-city",
                    "",
                    "unknown property 'section' was ignored: citation 'smith-v-example-city' has no place for it")
                .locatedAt("/4/section", 45, 16),
            inEntity(
                    Code.UNKNOWN_VALUE,
                    "Citation",
                    "ex-bill-2024-17",
                    "",
                    "item 'ex-bill-2024-17' skipped: unknown value 'bill': expected one of article-newspaper, dataset, document, legal_case, legislation, report (the CSL types this library reads)")
                .locatedAt("/5/type", 51, 13),
            inEntity(
                    Code.MISSING,
                    "Citation",
                    "ex-bill-2024-17",
                    "publisher",
                    "item 'ex-bill-2024-17' skipped: is required but missing")
                .locatedAt("/5/publisher", 49, 3),
            inEntity(
                    Code.UNKNOWN_VALUE,
                    "Citation",
                    "ex-reg-3-4",
                    "",
                    "item 'ex-reg-3-4' skipped: unknown value 'regulation': expected one of article-newspaper, dataset, document, legal_case, legislation, report (the CSL types this library reads)")
                .locatedAt("/6/type", 58, 13),
            inEntity(
                    Code.MISSING,
                    "Citation",
                    "ex-reg-3-4",
                    "publisher",
                    "item 'ex-reg-3-4' skipped: is required but missing")
                .locatedAt("/6/publisher", 56, 3),
            inEntity(
                    Code.INVALID_ID,
                    "Citation",
                    "Doe-v.-Roe-2001-",
                    "",
                    "'Doe v. Roe (2001)' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit; read as 'Doe-v.-Roe-2001-'")
                .locatedAt("/7/id", 63, 11),
            inEntity(
                    Code.UNKNOWN_PROPERTY,
                    "Citation",
                    "Doe-v.-Roe-2001-",
                    "",
                    "unknown property 'reviewed-by' was ignored: not a custom key of this library")
                .locatedAt("/7/custom/reviewed-by", 71, 64));
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
    Expected duplicate =
        atPointer(
            Code.REPEATED,
            "/0/id",
            1,
            14,
            "duplicate property 'id': each property may appear once");
    assertThat(lenient).hasExactly(duplicate);
    assertThat(strict)
        .hasExactly(
            duplicate,
            atPointer(Code.MISSING, "/0/type", 1, 2, "is required but missing"),
            inEntity(Code.MISSING, "Citation", "a", "publisher", "is required but missing")
                .locatedAt("/0/publisher", 1, 2));
    CslJson small = CslJson.builder().maxDocumentLength(100).build();
    String zotero = text("/csl/zotero-export.json");
    ValidationException over =
        assertThrows(ValidationException.class, () -> small.readCitationsLeniently(zotero));
    assertThat(over)
        .hasExactly(
            atPointer(
                Code.OVER_LIMIT,
                "",
                81,
                1,
                "the input is over a read limit: Document length (2768) exceeds the maximum allowed (100: see CslJson.Builder.maxDocumentLength)"));
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
    assertThat(result.warnings())
        .hasExactly(
            inEntity(
                    Code.WRONG_TYPE,
                    "Citation",
                    "",
                    "",
                    "item skipped: must be a CSL-JSON item (an object), found 1")
                .locatedAt("/0", 2, 3),
            inEntity(
                    Code.UNKNOWN_VALUE,
                    "Citation",
                    "a",
                    "",
                    "left out of citation 'a': unknown value 'book': expected one of article-newspaper, dataset, document, legal_case, legislation, report (the CSL types this library reads)")
                .locatedAt("/1/type", 3, 23),
            inEntity(
                    Code.INVALID_ID,
                    "Citation",
                    "///",
                    "id",
                    "item '///' skipped: '///' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit")
                .locatedAt("/2/id", 4, 10),
            inEntity(
                    Code.BLANK,
                    "Citation",
                    "b",
                    "host",
                    "left out of citation 'b': must not be blank when present; leave it out instead")
                .locatedAt("/3/source", 5, 61),
            inEntity(
                    Code.INVALID_VALUE,
                    "Citation",
                    "b",
                    "url",
                    "left out of citation 'b': 'https://' is not a URL: Expected authority")
                .locatedAt("/3/URL", 5, 73),
            inEntity(
                    Code.WRONG_TYPE,
                    "Citation",
                    "c",
                    "",
                    "left out of citation 'c': must be an object, found 7")
                .locatedAt("/4/custom", 6, 61),
            inEntity(
                    Code.OUT_OF_RANGE,
                    "Citation",
                    "c",
                    "",
                    "left out of citation 'c': month 13 is out of range 1..12")
                .locatedAt("/4/issued/date-parts/0/1", 6, 97),
            inEntity(
                    Code.DUPLICATE_ID,
                    "Citation",
                    "a",
                    "",
                    "item 'a' skipped: duplicates the id of the item at /1 ('a'); ids must be unique across the CSL-JSON array")
                .locatedAt("/5/id", 7, 10));
  }

  @Test
  void eachWarningNamesItsCitationAndCode() {
    ReadResult<List<Citation>> result = CslJson.readLeniently(text("/csl/zotero-export.json"));
    // Each warning names its citation (kind and id), its code and where it is.
    assertThat(result.warnings()).hasExactly(ZOTERO_WARNINGS);
  }

  @Test
  void warningsAreListedUpToTheMostProblems() {
    ReadResult<List<Citation>> result =
        CslJson.builder()
            .maxProblems(3)
            .build()
            .readCitationsLeniently(text("/csl/legal-library.json"));
    assertEquals(5, result.value().size());
    assertThat(result.warnings())
        .hasExactly(
            inEntity(
                    Code.UNKNOWN_PROPERTY,
                    "Citation",
                    "doe-v-roe-complaint",
                    "",
                    "unknown property 'number' was ignored: citation 'doe-v-roe-complaint' has no place for it")
                .locatedAt("/1/number", 18, 15),
            inEntity(
                    Code.INVALID_VALUE,
                    "Citation",
                    "ex-code-7-101",
                    "url",
                    "left out of citation 'ex-code-7-101': 'law.example.org/code/7/101' is not an absolute http or https URL")
                .locatedAt("/2/URL", 29, 12),
            inEntity(
                    Code.MISSING,
                    "Citation",
                    "ex-code-9-12",
                    "publisher",
                    "item 'ex-code-9-12' skipped: is required but missing")
                .locatedAt("/3/publisher", 31, 3),
            atPointer(
                Code.OVER_LIMIT,
                "",
                43,
                24,
                "and 10 more warnings, the first of them at this line and column; only the first 3 are listed (see CslJson.Builder.maxProblems)"));

    // The variables a citation does not hold count against the most too, however many there are.
    String many =
        "[{\"id\": \"a\", \"type\": \"report\", \"publisher\": \"P\","
            + " \"v1\": 1, \"v2\": 2, \"v3\": 3, \"v4\": 4, \"v5\": 5}]";
    ReadResult<List<Citation>> capped =
        CslJson.builder().maxProblems(2).build().readCitationsLeniently(many);
    assertEquals(1, capped.value().size());
    assertThat(capped.warnings())
        .hasExactly(
            inEntity(
                    Code.UNKNOWN_PROPERTY,
                    "Citation",
                    "a",
                    "",
                    "unknown property 'v1' was ignored: citation 'a' has no place for it")
                .locatedAt("/0/v1", 1, 56),
            inEntity(
                    Code.UNKNOWN_PROPERTY,
                    "Citation",
                    "a",
                    "",
                    "unknown property 'v2' was ignored: citation 'a' has no place for it")
                .locatedAt("/0/v2", 1, 65),
            atPointer(
                Code.OVER_LIMIT,
                "",
                1,
                74,
                "and 3 more warnings, the first of them at this line and column; only the first 2 are listed (see CslJson.Builder.maxProblems)"));
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
    assertThat(result.warnings())
        .hasExactly(
            inEntity(
                    Code.WRONG_TYPE,
                    "Citation",
                    "f",
                    "",
                    "left out of citation 'f': must be true or false, found an array")
                .locatedAt("/5/issued/circa", 7, 95));
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
    assertThat(result.warnings())
        .hasExactly(
            inEntity(
                    Code.WRONG_TYPE,
                    "Citation",
                    "a",
                    "",
                    "left out of citation 'a': must be true or false, found 'yes'")
                .locatedAt("/0/custom/accountability-primary", 2, 93),
            inEntity(
                    Code.WRONG_TYPE,
                    "Citation",
                    "a",
                    "",
                    "left out of citation 'a': must be true or false, found 1")
                .locatedAt("/0/custom/accountability-fictional", 2, 128),
            inEntity(
                    Code.WRONG_TYPE,
                    "Citation",
                    "b",
                    "",
                    "left out of citation 'b': must be a string, found 7")
                .locatedAt("/1/title", 3, 60),
            inEntity(
                    Code.WRONG_TYPE,
                    "Citation",
                    "b",
                    "",
                    "left out of citation 'b': must be a string, found 8")
                .locatedAt("/1/source", 3, 73),
            inEntity(
                    Code.WRONG_TYPE,
                    "Citation",
                    "b",
                    "",
                    "left out of citation 'b': must be a string, found 9")
                .locatedAt("/1/URL", 3, 83),
            inEntity(
                    Code.INVALID_ID,
                    "Citation",
                    "c-d",
                    "",
                    "'--c d' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit; read as 'c-d'")
                .locatedAt("/2/id", 4, 10),
            inEntity(
                    Code.UNKNOWN_PROPERTY,
                    "Citation",
                    "e",
                    "",
                    "unknown property 'authority' was ignored: citation 'e' has no place for it")
                .locatedAt("/3/authority", 5, 68));
  }
}

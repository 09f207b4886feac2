package org.accountability.json;

import static org.accountability.testing.Problems.assertThat;
import static org.accountability.testing.Problems.atPointer;
import static org.accountability.testing.Problems.inEntity;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accountability.casestudy.CaseStudies;
import org.accountability.model.Citation;
import org.accountability.model.LegalReference;
import org.accountability.model.PartialDate;
import org.accountability.model.Problem.Code;
import org.accountability.model.ValidationException;
import org.accountability.testing.Problems.Expected;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;

class CslJsonTest {
  /** The official CSL-JSON 1.0 schema (draft-07), vendored with its MIT notice. */
  private static final Schema CSL_SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(resource("/csl/csl-data.json"));

  private static final List<Citation> CASE_STUDY =
      CaseStudies.iceDeportationQuotas().citations().list();

  private static final String TYPES =
      "article-newspaper, dataset, document, legal_case, legislation, report";

  private static InputStream resource(String name) {
    InputStream in = CslJsonTest.class.getResourceAsStream(name);
    assertNotNull(in, () -> name + " is not on the test classpath");
    return in;
  }

  private static String text(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> schemaErrors(String json) {
    return CSL_SCHEMA.validate(json, InputFormat.JSON).stream()
        .map(Error::toString)
        .collect(Collectors.toList());
  }

  private static Citation caseStudy(String id) {
    Map<String, Citation> byId =
        CASE_STUDY.stream().collect(Collectors.toMap(Citation::id, Function.identity()));
    Citation citation = byId.get(id);
    assertNotNull(citation, id);
    return citation;
  }

  /** The exception of a strict read that refuses the text. */
  private static ValidationException problems(String cslJson) {
    return assertThrows(ValidationException.class, () -> CslJson.read(cslJson));
  }

  /** Fictional citations of every kind, with every optional attribute absent and present. */
  private static List<Citation> fictional() {
    List<Citation> citations = new ArrayList<>();
    PartialDate[] dates = {
      PartialDate.parse("2030"),
      PartialDate.parse("~2031"),
      PartialDate.parse("2032-02"),
      PartialDate.parse("~2033-12"),
      PartialDate.parse("2036-02-29"),
      PartialDate.parse("~2035-07-04"),
      PartialDate.parse("0001-01-01"),
    };
    int n = 0;
    for (Citation.Kind kind : Citation.Kind.values()) {
      citations.add(
          Citation.builder()
              .id("min-" + kind.name().toLowerCase(Locale.ROOT))
              .publisher("Example Gazette")
              .kind(kind)
              .fictional(true)
              .build());
      PartialDate date = dates[n % dates.length];
      citations.add(
          Citation.builder()
              .id("max-" + kind.name().toLowerCase(Locale.ROOT))
              .title("Council \"sets\" quota \u2014 50 stops/shift, \u00a7\u00a02 \u2028 \u2713")
              .publisher("Example Gazette\\Press")
              .host("Example Aggregator")
              .date(date)
              .url("https://example.org/stories/" + n + "?q=a&b=%20c")
              .kind(kind)
              .primary(!kind.isPrimaryByDefault())
              .legalReference(
                  n % 2 == 0
                      ? LegalReference.statute("99", "Ex. Code", "12-3(a)")
                      : LegalReference.reported("7", "Ex. Rep.", "1001"))
              .fictional(true)
              .build());
      n++;
    }
    citations.add(
        Citation.builder()
            .id("not-fictional")
            .publisher("Example Gazette")
            .kind(Citation.Kind.DASHBOARD)
            .date(PartialDate.parse("~2030-01"))
            .build());
    return citations;
  }

  @Test
  void vendoredSchemaKeepsItsNotice() {
    String license = text("/csl/LICENSE.txt");
    assertAll(
        () -> assertTrue(license.startsWith("MIT License"), license),
        () -> assertTrue(license.contains("Citation Style Language and contributors"), license));
  }

  @Test
  void schemaValidatorRejectsWhatTheSchemaForbids() {
    // Guards the tests below against a validator that accepts everything.
    assertAll(
        () -> assertEquals(1, schemaErrors("[{\"id\": \"a\"}]").size()),
        () -> assertEquals(1, schemaErrors("[{\"id\": \"a\", \"type\": \"tweet\"}]").size()),
        () ->
            assertEquals(
                1,
                schemaErrors("[{\"id\": \"a\", \"type\": \"report\", \"host\": \"x\"}]").size()));
  }

  @Test
  void caseStudyIsValidCslJson() {
    assertTrue(CASE_STUDY.size() > 40, "the case study's citations: " + CASE_STUDY.size());
    String csl = CslJson.write(CASE_STUDY);
    assertEquals(List.of(), schemaErrors(csl));
    assertEquals(CASE_STUDY.size(), CslJson.toTree(CASE_STUDY).size());
  }

  @Test
  void aGovernmentDocumentIsAReportThatKeepsItsKind() {
    Citation citation =
        Citation.builder()
            .id("example-vacancy-announcement")
            .title("Supervisory officer, vacancy announcement")
            .publisher("Example Personnel Office")
            .kind(Citation.Kind.GOVERNMENT_DOCUMENT)
            .fictional(true)
            .build();
    String csl = CslJson.write(List.of(citation));
    assertEquals(
        """
        [
          {
            "id": "example-vacancy-announcement",
            "type": "report",
            "title": "Supervisory officer, vacancy announcement",
            "publisher": "Example Personnel Office",
            "note": "fictional",
            "custom": {
              "accountability-kind": "GOVERNMENT_DOCUMENT",
              "accountability-primary": true,
              "accountability-fictional": true
            }
          }
        ]
        """,
        csl);
    assertEquals(List.of(), schemaErrors(csl));
    assertEquals(List.of(citation), CslJson.read(csl));
    String withoutCustomKind =
        csl.replaceFirst("\\s*\"accountability-kind\": \"GOVERNMENT_DOCUMENT\",", "");
    Citation withoutKind = CslJson.read(withoutCustomKind).get(0);
    assertEquals(
        Citation.Kind.SECONDARY_ANALYSIS,
        withoutKind.kind(),
        "without the custom kind a report is read as the kind other tools mean by it");
  }

  @Test
  void fictionalEdgeCasesAreValidCslJson() {
    assertEquals(List.of(), schemaErrors(CslJson.write(fictional())));
    assertEquals(List.of(), schemaErrors(CslJson.write(List.of())));
  }

  @Test
  void writesStatuteCaseAndApproximateNewsReportExactly() {
    List<Citation> three =
        List.of(
            caseStudy("usc-18-242"), caseStudy("egbert-v-boule"), caseStudy("guardian-2025-10"));
    String golden = text("/csl/statute-case-news.json");
    assertEquals(golden, CslJson.write(three));
    assertEquals(three, CslJson.read(golden));
    assertEquals(List.of(), schemaErrors(golden));
  }

  @Test
  void writesAFictionalCitationExactly() {
    Citation citation =
        Citation.builder()
            .id("example-2030-01-05")
            .title("City sets ticket quota")
            .publisher("Example Gazette")
            .date(PartialDate.parse("2030-01-05"))
            .kind(Citation.Kind.NEWS_REPORT)
            .fictional(true)
            .build();
    assertEquals(
        """
        [
          {
            "id": "example-2030-01-05",
            "type": "article-newspaper",
            "title": "City sets ticket quota",
            "publisher": "Example Gazette",
            "container-title": "Example Gazette",
            "issued": {
              "date-parts": [[2030, 1, 5]]
            },
            "note": "fictional",
            "custom": {
              "accountability-kind": "NEWS_REPORT",
              "accountability-primary": false,
              "accountability-fictional": true
            }
          }
        ]
        """,
        CslJson.write(List.of(citation)));
    assertEquals("[]\n", CslJson.write(List.of()));
  }

  @Test
  void treeHasTheWrittenPropertyOrder() {
    ArrayNode tree = CslJson.toTree(List.of(caseStudy("gvwire-2025-02-21")));
    assertEquals(
        List.of(
            "id",
            "type",
            "title",
            "publisher",
            "container-title",
            "source",
            "issued",
            "URL",
            "custom"),
        new ArrayList<>(tree.get(0).propertyNames()));
  }

  @Test
  void caseStudyRoundTripsLosslessly() {
    assertEquals(CASE_STUDY, CslJson.read(CslJson.write(CASE_STUDY)));
  }

  @Test
  void fictionalCitationsRoundTripLosslessly() {
    List<Citation> citations = fictional();
    assertEquals(citations, CslJson.read(CslJson.write(citations)));
    assertEquals(List.of(), CslJson.read(CslJson.write(List.of())));
  }

  @Test
  void writeRejectsRepeatedIds() {
    Citation a = caseStudy("usc-18-242");
    ValidationException e =
        assertThrows(ValidationException.class, () -> CslJson.write(List.of(a, a, a)));
    Expected repeats =
        inEntity(
            Code.DUPLICATE_ID,
            "Citation",
            "usc-18-242",
            "id",
            "duplicates the id of the citation at index 0; ids must be unique across the CSL-JSON"
                + " array");
    assertThat(e).hasExactly(repeats, repeats);
  }

  @Test
  void readsCslFromOtherToolsIgnoringUnknownVariables() {
    String zotero =
        """
        [
          {
            "id": "smith2030",
            "type": "article-newspaper",
            "title": "City sets ticket quota",
            "container-title": "The Example Times",
            "author": [{"family": "Smith", "given": "Jane"}],
            "abstract": "A city sets a quota.",
            "accessed": {"date-parts": [[2031, 1, 2]]},
            "language": "en",
            "section": "Metro",
            "page": "A1",
            "issued": {"date-parts": [["2030", "3", "4"]]},
            "note": "fictional",
            "custom": {"zotero-key": "ABCD1234"}
          },
          {
            "id": 1234,
            "type": "legal_case",
            "title": "Doe v. City",
            "authority": "Example Court of Appeals",
            "container-title": "F.4th",
            "volume": 99,
            "page": 123,
            "issued": {"date-parts": [[2030]], "circa": 1}
          },
          {
            "id": "doe-order",
            "type": "legal_case",
            "publisher": "Example District Court",
            "authority": "Another Court",
            "page": "7",
            "URL": "https://example.org/order.pdf"
          },
          {
            "id": "ex-code-12",
            "type": "legislation",
            "publisher": "Example Code",
            "container-title": "Ex. Code",
            "volume": "12",
            "section": "3",
            "note": "see also section 4"
          }
        ]
        """;
    List<Citation> expected =
        List.of(
            Citation.builder()
                .id("smith2030")
                .title("City sets ticket quota")
                .publisher("The Example Times")
                .date(PartialDate.ofDay(2030, 3, 4))
                .kind(Citation.Kind.NEWS_REPORT)
                .fictional(true)
                .build(),
            Citation.builder()
                .id("1234")
                .title("Doe v. City")
                .publisher("Example Court of Appeals")
                .date(PartialDate.parse("~2030"))
                .kind(Citation.Kind.CASE)
                .legalReference(LegalReference.reported("99", "F.4th", "123"))
                .build(),
            Citation.builder()
                .id("doe-order")
                .publisher("Example District Court")
                .url("https://example.org/order.pdf")
                .kind(Citation.Kind.COURT_DOCUMENT)
                .build(),
            Citation.builder()
                .id("ex-code-12")
                .publisher("Example Code")
                .kind(Citation.Kind.STATUTE)
                .legalReference(LegalReference.statute("12", "Ex. Code", "3"))
                .build());
    assertEquals(List.of(), schemaErrors(zotero));
    assertEquals(expected, CslJson.read(zotero));
  }

  @Test
  void customAndPublisherWinOverOtherVariables() {
    String csl =
        """
        [
          {
            "id": "a",
            "type": "article-newspaper",
            "publisher": "Example Wire",
            "container-title": "Example Gazette",
            "note": "fictional",
            "custom": {
              "accountability-kind": "NEWS_REPORT",
              "accountability-primary": true,
              "accountability-fictional": false
            }
          },
          {
            "id": "b",
            "type": "legal_case",
            "publisher": "Example Court",
            "authority": "Another Court",
            "custom": {"accountability-kind": "CASE"}
          }
        ]
        """;
    assertEquals(
        List.of(
            Citation.builder()
                .id("a")
                .publisher("Example Wire")
                .kind(Citation.Kind.NEWS_REPORT)
                .primary(true)
                .build(),
            Citation.builder().id("b").publisher("Example Court").kind(Citation.Kind.CASE).build()),
        CslJson.read(csl));
  }

  @Test
  void aRepeatedPropertyIsLocatedAsInAFrameworkDocument() {
    assertThat(problems("[{\"id\": \"a\", \"id\": \"b\"}]"))
        .hasExactly(
            atPointer(
                Code.REPEATED,
                "/0/id",
                1,
                14,
                "duplicate property 'id': each property may appear once"),
            atPointer(Code.MISSING, "/0/type", 1, 2, "is required but missing"),
            inEntity(Code.MISSING, "Citation", "a", "publisher", "is required but missing")
                .locatedAt("/0/publisher", 1, 2));
  }

  @Test
  void malformedJsonStopsAtTheFirstSyntaxError() {
    assertThat(problems("[\n  {\"id\": \"a\",}\n  {\"id\": 1\n]"))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "",
                2,
                14,
                "malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start property name"));
    assertThat(problems("[]\n[]"))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "",
                2,
                1,
                "trailing content after the JSON value: only one value is allowed"));
    assertThat(problems(" \n"))
        .hasExactly(
            atPointer(
                Code.MALFORMED,
                "",
                0,
                0,
                "the input is empty: expected a CSL-JSON array of items"));
  }

  @Test
  void documentMustBeAnArrayOfObjects() {
    assertThat(problems("{\"id\": \"a\", \"type\": \"report\"}"))
        .hasExactly(
            atPointer(
                Code.WRONG_TYPE, "", 1, 1, "must be a CSL-JSON array of items, found an object"));
    assertThat(problems("null"))
        .hasExactly(
            atPointer(Code.WRONG_TYPE, "", 1, 1, "must be a CSL-JSON array of items, found null"));
    assertThat(problems("[\"usc-18-242\", 7, []]"))
        .hasExactly(
            atPointer(
                Code.WRONG_TYPE,
                "/0",
                1,
                2,
                "must be a CSL-JSON item (an object), found 'usc-18-242'"),
            atPointer(Code.WRONG_TYPE, "/1", 1, 16, "must be a CSL-JSON item (an object), found 7"),
            atPointer(
                Code.WRONG_TYPE,
                "/2",
                1,
                19,
                "must be a CSL-JSON item (an object), found an array"));
  }

  @Test
  void reportsEveryProblemOfEveryItem() {
    String bad =
        """
        [
          {
            "type": "webpage",
            "title": "  "
          },
          {
            "id": "bad-date",
            "type": "article-newspaper",
            "publisher": "Example Gazette",
            "issued": {"date-parts": [[2030, 13, 1]]},
            "URL": "ftp://example.org/x"
          },
          {
            "id": "bad-date",
            "type": "report",
            "publisher": 42,
            "issued": {"date-parts": [[2030, 1], [2030, 3]]},
            "custom": {"accountability-kind": "CASE", "accountability-primary": "yes"}
          },
          {
            "id": "no-page",
            "type": "legislation",
            "publisher": "Example Code",
            "volume": "18",
            "issued": {"date-parts": [[2030, 2, 29]], "circa": {}}
          },
          {
            "id": "bad/id",
            "type": "legal_case",
            "publisher": " ",
            "source": "",
            "container-title": "U.S.",
            "volume": "596",
            "section": "1",
            "page": "482",
            "custom": {"accountability-kind": "JUDGMENT", "accountability-fictional": 1}
          }
        ]
        """;
    assertThat(problems(bad))
        .hasExactly(
            atPointer(Code.MISSING, "/0/id", 2, 3, "is required but missing"),
            atPointer(
                Code.UNKNOWN_VALUE,
                "/0/type",
                3,
                13,
                "unknown value 'webpage': expected one of "
                    + TYPES
                    + " (the CSL types this library reads)"),
            inEntity(
                    Code.BLANK,
                    "Citation",
                    "",
                    "title",
                    "must not be blank when present; leave it out instead")
                .locatedAt("/0/title", 4, 14),
            inEntity(Code.MISSING, "Citation", "", "publisher", "is required but missing")
                .locatedAt("/0/publisher", 2, 3),
            atPointer(
                Code.OUT_OF_RANGE,
                "/1/issued/date-parts/0/1",
                10,
                38,
                "month 13 is out of range 1..12"),
            inEntity(
                    Code.INVALID_VALUE,
                    "Citation",
                    "bad-date",
                    "url",
                    "'ftp://example.org/x' is not an absolute http or https URL")
                .locatedAt("/1/URL", 11, 12),
            atPointer(
                Code.INCONSISTENT,
                "/2/type",
                15,
                13,
                "'report' does not match custom accountability-kind CASE, which is written as 'legal_case'"),
            atPointer(Code.WRONG_TYPE, "/2/publisher", 16, 18, "must be a string, found 42"),
            atPointer(
                Code.INVALID_VALUE,
                "/2/issued/date-parts",
                17,
                30,
                "is a date range, which a citation cannot hold: give one date"),
            atPointer(
                Code.WRONG_TYPE,
                "/2/custom/accountability-primary",
                18,
                73,
                "must be true or false, found 'yes'"),
            atPointer(
                Code.DUPLICATE_ID,
                "/2/id",
                14,
                11,
                "duplicates the id of the item at /1 ('bad-date'); ids must be unique across the CSL-JSON array"),
            atPointer(
                Code.MISSING,
                "/3/container-title",
                20,
                3,
                "is required but missing: the code or reporter that volume is in"),
            atPointer(
                Code.MISSING,
                "/3",
                20,
                3,
                "has volume but neither section nor page: a legal reference needs the section of a code or the first page of a case"),
            atPointer(
                Code.WRONG_TYPE,
                "/3/issued/circa",
                25,
                56,
                "must be true or false, found an object"),
            atPointer(
                Code.OUT_OF_RANGE,
                "/3/issued/date-parts/0/2",
                25,
                41,
                "day 29 is out of range 1..28 of 2030-02"),
            atPointer(
                Code.UNKNOWN_VALUE,
                "/4/custom/accountability-kind",
                36,
                39,
                "unknown value 'JUDGMENT': expected one of NEWS_REPORT, COURT_DOCUMENT, STATUTE, CASE, PRESS_RELEASE, DASHBOARD, GOVERNMENT_DOCUMENT, SECONDARY_ANALYSIS"),
            atPointer(
                Code.INCONSISTENT,
                "/4/page",
                35,
                13,
                "must be left out when section is given: a legal reference has the section of a code or the first page of a case, not both"),
            atPointer(
                Code.WRONG_TYPE,
                "/4/custom/accountability-fictional",
                36,
                79,
                "must be true or false, found 1"),
            inEntity(
                    Code.INVALID_ID,
                    "Citation",
                    "bad/id",
                    "id",
                    "'bad/id' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit")
                .locatedAt("/4/id", 28, 11),
            inEntity(Code.BLANK, "Citation", "bad/id", "publisher", "must not be blank")
                .locatedAt("/4/publisher", 30, 18),
            inEntity(
                    Code.BLANK,
                    "Citation",
                    "bad/id",
                    "host",
                    "must not be blank when present; leave it out instead")
                .locatedAt("/4/source", 31, 15));
  }

  @Test
  void reportsInvalidLegalReferencesAndDatesPrecisely() {
    String bad =
        """
        [
          {
            "id": "a",
            "type": "legislation",
            "publisher": "Example Code",
            "container-title": "",
            "volume": 1.5,
            "section": " ",
            "issued": {"date-parts": [[0, 1]]}
          },
          {
            "id": "b",
            "type": "dataset",
            "publisher": "Example",
            "issued": {"date-parts": [["20x0"]]}
          },
          {
            "id": "c",
            "type": "dataset",
            "publisher": "Example",
            "issued": {"date-parts": [[]]}
          },
          {
            "id": "d",
            "type": "dataset",
            "publisher": "Example",
            "issued": {"raw": "2030-01-01"}
          },
          {
            "id": "e",
            "type": "dataset",
            "publisher": "Example",
            "issued": "2030"
          }
        ]
        """;
    assertThat(problems(bad))
        .hasExactly(
            atPointer(
                Code.WRONG_TYPE, "/0/volume", 7, 15, "must be a string or an integer, found 1.5"),
            atPointer(
                Code.OUT_OF_RANGE,
                "/0/issued/date-parts/0/0",
                9,
                32,
                "year 0 is out of range 1..9999"),
            atPointer(
                Code.WRONG_TYPE,
                "/1/issued/date-parts/0/0",
                15,
                32,
                "must be an integer, found '20x0'"),
            atPointer(
                Code.INVALID_VALUE,
                "/2/issued/date-parts/0",
                21,
                31,
                "must hold 1 to 3 numbers (year, month, day), found 0 elements"),
            atPointer(
                Code.MISSING,
                "/3/issued/date-parts",
                27,
                15,
                "is required but missing: raw and literal dates are not read"),
            atPointer(
                Code.WRONG_TYPE,
                "/4/issued",
                33,
                15,
                "must be an object with date-parts, found '2030'"));
    String blankLegal =
        """
        [{"id": "a", "type": "legislation", "publisher": "Example Code",
          "container-title": "", "volume": "1", "section": " "}]
        """;
    assertThat(problems(blankLegal))
        .hasExactly(
            inEntity(Code.BLANK, "LegalReference", "", "reporter", "must not be blank")
                .locatedAt("/0/container-title", 2, 22),
            inEntity(Code.BLANK, "LegalReference", "", "locator", "must not be blank")
                .locatedAt("/0/section", 2, 52));
  }

  @Test
  void aValueOfTheWrongShapeIsQuotedAsWrittenAndLocated() {
    String eighty = "1" + "0".repeat(77) + ".5";
    String csl =
        """
        [
          {"id": "a", "type": "report", "publisher": "P", "title": 12.50, "source": %s},
          {"id": "b", "type": "report", "publisher": "P", "source": %s1},
          {"id": "c", "type": "report", "publisher": "P", "custom": {"accountability-kind": 5}},
          {"id": "d", "type": "report", "publisher": "P", "issued": {"date-parts": 2030}},
          {"id": "e", "type": "report", "publisher": "P", "issued": {"date-parts": [2030]}},
          {"id": "f", "type": "report", "publisher": "P", "issued": {"date-parts": [[2030], [2031], [2032]]}},
          {"id": "g", "type": "report", "publisher": "P", "issued": {"date-parts": [[100000000000000000]]}},
          {"id": "h", "type": "report", "publisher": "P", "issued": {"date-parts": [["1000000000000000000"]]}}
        ]
        """
            .formatted(eighty, eighty);
    // 18 digits are read and the year given; 19 are refused unread and quoted
    assertThat(problems(csl))
        .hasExactly(
            atPointer(Code.WRONG_TYPE, "/0/title", 2, 60, "must be a string, found 12.50"),
            atPointer(Code.WRONG_TYPE, "/0/source", 2, 77, "must be a string, found " + eighty),
            atPointer(
                Code.WRONG_TYPE, "/1/source", 3, 61, "must be a string, found " + eighty + "…"),
            atPointer(
                Code.WRONG_TYPE,
                "/2/custom/accountability-kind",
                4,
                85,
                "must be a string, found 5"),
            atPointer(
                Code.WRONG_TYPE,
                "/3/issued/date-parts",
                5,
                76,
                "must be an array such as [[2025, 1, 26]], found 2030"),
            atPointer(
                Code.WRONG_TYPE,
                "/4/issued/date-parts/0",
                6,
                77,
                "must be an array of year, month and day, found 2030"),
            atPointer(
                Code.INVALID_VALUE,
                "/5/issued/date-parts",
                7,
                76,
                "must hold one date such as [2025, 1, 26], found 3 elements"),
            atPointer(
                Code.OUT_OF_RANGE,
                "/6/issued/date-parts/0/0",
                8,
                78,
                "year 100000000000000000 is out of range 1..9999"),
            atPointer(
                Code.OUT_OF_RANGE,
                "/7/issued/date-parts/0/0",
                9,
                78,
                "year '1000000000000000000' is out of range 1..9999"));
  }
}

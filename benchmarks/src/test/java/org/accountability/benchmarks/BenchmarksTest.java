package org.accountability.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Assessment;
import org.accountability.json.AccountabilityJson;
import org.accountability.model.Conduct;
import org.accountability.model.LiabilityType;
import org.accountability.model.Problem;
import org.accountability.model.Role;
import org.accountability.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.MappingIterator;

/**
 * The benchmarks compare like with like: the generator's frameworks are valid, the plain records
 * mirror the library's JSON exactly, and each reference computes the library's answer.
 */
class BenchmarksTest {
  private static final Fixture FIXTURE = Fixture.of(2_000);

  @Test
  void generatesValidFrameworksOfTheSizeAsked() {
    AccountabilityFramework f = FIXTURE.framework;
    assertEquals(2_000, FIXTURE.document.entityCount());
    assertEquals(500, f.citations().count());
    assertEquals(200, f.directives().count());
    assertEquals(500, f.personnelActions().count());
    assertEquals(20, f.oversightBodies().count());
    assertEquals(60, f.oversightActions().count());
    assertEquals(40, f.routes().count());
    assertEquals(280, f.claims().count());
    assertEquals(400, f.observations().count());
    assertEquals(FIXTURE.document, Generator.document(2_000));
    assertThrows(IllegalArgumentException.class, () -> Generator.document(150));
  }

  @Test
  void plainRecordsReadTheLibrarysDocumentAsGenerated() {
    Plain.Document read = Plain.DOCUMENT_READER.readValue(FIXTURE.documentBytes());
    assertEquals(FIXTURE.document, read);
    assertEquals(FIXTURE.document, PlainCopy.document(FIXTURE.document));
  }

  @Test
  void plainRecordsReadTheLibrarysJsonLinesAsGenerated() {
    byte[] bytes = FIXTURE.jsonLinesBytes();
    List<Plain.Line> lines = new ArrayList<>();
    try (MappingIterator<Plain.Line> it = Plain.LINE_READER.readValues(bytes)) {
      it.forEachRemaining(lines::add);
    }
    Plain.Document d = FIXTURE.document;
    List<Plain.Line> expected = new ArrayList<>();
    expected.add(d.header());
    expected.addAll(d.citations());
    expected.addAll(d.directives());
    expected.addAll(d.personnelActions());
    expected.addAll(d.oversightBodies());
    expected.addAll(d.routes());
    expected.addAll(d.claims());
    expected.addAll(d.observations());
    assertEquals(expected, lines);
    assertEquals(
        lines.size() - 1L, Fixture.JSON.readJsonLines(new ByteArrayInputStream(bytes)).count());
  }

  @Test
  void theLibraryReadsWhatDatabindWritesFromThePlainRecords() {
    String json = Plain.DOCUMENT_WRITER.writeValueAsString(FIXTURE.document);
    assertEquals(FIXTURE.framework, Fixture.JSON.read(json));
  }

  @Test
  void theDocumentFullOfProblemsHasAProblemInEveryCitationAndEveryFact() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                AccountabilityJson.builder()
                    .maxProblems(Integer.MAX_VALUE)
                    .build()
                    .read(
                        new ByteArrayInputStream(
                            ReadProblems.withProblems(FIXTURE.documentBytes()))));
    Map<Problem.Code, Long> codes =
        e.problems().stream()
            .collect(Collectors.groupingBy(Problem::code, TreeMap::new, Collectors.counting()));
    long citations = FIXTURE.framework.citations().count();
    long listsOfCitations =
        Pattern.compile("\"citations\"\\s*:\\s*\\[\\s*\"")
            .matcher(new String(FIXTURE.documentBytes(), StandardCharsets.UTF_8))
            .results()
            .count();
    assertTrue(listsOfCitations > FIXTURE.framework.directives().count());
    assertEquals(
        Map.of(
            Problem.Code.UNKNOWN_PROPERTY, citations,
            Problem.Code.MISSING, citations,
            Problem.Code.DANGLING_REFERENCE, listsOfCitations),
        codes);
  }

  @Test
  void thePlainLoopAssessesAsTheLibraryDoes() {
    for (Role role : FIXTURE.framework.roles()) {
      for (Conduct conduct : FIXTURE.framework.conducts()) {
        Assessment library = FIXTURE.framework.assess(role, conduct);
        PlainAssess.Result plain = PlainAssess.assess(FIXTURE.document, role.id(), conduct.id());
        assertEquals(library.verdict(), plain.verdict(), role + " " + conduct);
        for (LiabilityType liability : LiabilityType.values()) {
          assertEquals(
              library.pathway(liability).status(),
              plain.pathway(liability).status(),
              role + " " + conduct + " " + liability);
          assertEquals(
              library.pathway(liability).routes().size(),
              plain.pathway(liability).routes().size(),
              role + " " + conduct + " " + liability);
        }
      }
    }
  }

  @Test
  void thePlainLoopGivesTheLibrarysVerdictsForSmallFrameworksToo() {
    for (long seed = 1; seed <= 20; seed++) {
      Plain.Document d = Generator.document(Generator.BLOCK, seed);
      AccountabilityFramework f = Convert.framework(d);
      for (Role role : f.roles()) {
        for (Conduct conduct : f.conducts()) {
          assertEquals(
              f.assess(role, conduct).verdict(),
              PlainAssess.assess(d, role.id(), conduct.id()).verdict(),
              seed + " " + role + " " + conduct);
        }
      }
    }
  }

  @Test
  void theStreamAndDuckDbAnswerTheQueriesAsTheLibraryDoes(@TempDir Path dir) throws Exception {
    AccountabilityFramework f = FIXTURE.framework;
    Path file = dir.resolve("framework.jsonl");
    Fixture.JSON.writeJsonLines(f, file);
    var successors = Query.successorStarts(f.directives().list());
    try (Sql sql = Sql.load(file)) {
      for (int year = 2014; year <= 2036; year++) {
        for (int month = 1; month <= 12; month += 5) {
          LocalDate day = LocalDate.of(year, month, 1 + year % 28);
          long library = f.directives().inForceOn(day).count();
          long stream =
              f.directives().stream()
                  .filter(d -> d.isInForceOn(day))
                  .filter(
                      d -> {
                        var s = successors.get(d.id());
                        return s == null || !s.certainlyOnOrBefore(day);
                      })
                  .count();
          assertEquals(library, stream, day.toString());
          assertEquals(library, sql.inForceOn(day), day.toString());
        }
      }
      for (Role role : f.roles()) {
        assertEquals(
            f.personnelActions().against(role).count(), sql.against(role.id()), role.toString());
      }
      for (Conduct conduct : f.conducts()) {
        long library = f.personnelActions().forConduct(conduct).count();
        assertEquals(
            f.personnelActions().stream()
                .filter(a -> a.conduct().equals(java.util.Optional.of(conduct)))
                .count(),
            library,
            conduct.toString());
        assertEquals(library, sql.forConduct(conduct.id()), conduct.toString());
      }
      for (int office = 1; office <= 3; office++) {
        for (int source = 0; source < 25; source += 6) {
          String citation = "fo" + office + "-src-" + source;
          long library = f.personnelActions().citing(citation).count();
          assertEquals(
              f.personnelActions().stream().filter(a -> a.citations().contains(citation)).count(),
              library,
              citation);
          assertEquals(library, sql.citing(citation), citation);
        }
      }
      assertTrue(f.personnelActions().citing(Query.citation(Generator.BLOCK * 4)).count() > 0);
    }
    Files.delete(file);
  }
}

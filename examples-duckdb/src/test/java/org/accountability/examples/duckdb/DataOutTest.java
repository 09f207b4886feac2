package org.accountability.examples.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.accountability.casestudy.CaseStudies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataOutTest {
  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void export() {
    file = DataOut.export(CaseStudies.iceDeportationQuotas(), dir.resolve("ice.jsonl"));
  }

  @Test
  void writesOneHeaderLineAndOneLinePerEntity() throws Exception {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(95, lines.size());
    assertTrue(lines.get(0).startsWith("{\"type\":\"FRAMEWORK\""), lines.get(0));
    assertEquals(94, lines.stream().skip(1).filter(l -> l.startsWith("{\"type\":\"")).count());
  }

  @Test
  void countsEntitiesByTypeWithSql() throws Exception {
    try (Connection db = DataOut.open(file)) {
      Map<String, Long> counts = DataOut.countByType(db);
      assertEquals(47L, counts.get("CITATION"));
      assertEquals(6L, counts.get("DIRECTIVE"));
      assertEquals(7L, counts.get("PERSONNEL_ACTION"));
      assertEquals(10L, counts.get("OVERSIGHT_BODY"));
      assertEquals(10L, counts.get("LEGAL_ROUTE"));
      assertEquals(9L, counts.get("CLAIM"));
      assertEquals(5L, counts.get("OBSERVATION"));
      assertEquals(1L, counts.get("FRAMEWORK"));
      assertEquals(
          94L,
          counts.entrySet().stream()
              .filter(e -> !e.getKey().equals("FRAMEWORK"))
              .mapToLong(Map.Entry::getValue)
              .sum());
    }
  }

  @Test
  void listsPersonnelActionsByStatusObservationsAndOversightActions() throws Exception {
    try (Connection db = DataOut.open(file)) {
      DataOut.Result byStatus = DataOut.query(db, DataOut.PERSONNEL_ACTIONS_BY_STATUS);
      assertEquals(List.of("status", "actions", "ids"), byStatus.columns());
      assertEquals(List.of("CARRIED_OUT", "4"), byStatus.rows().get(0).subList(0, 2));
      assertEquals(7, byStatus.rows().stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum());
      assertTrue(
          byStatus.rows().stream()
              .anyMatch(
                  r ->
                      r.equals(
                          List.of(
                              "REPORTED", "1", "oct-2025-field-office-director-reassignments"))));

      DataOut.Result observations = DataOut.query(db, DataOut.OBSERVATIONS);
      assertEquals(5, observations.rows().size());
      assertEquals(
          List.of(
              "arrests-early-feb-2025",
              "arrests per day",
              "UNDER",
              "600",
              "2025-02",
              "early February 2025"),
          observations.rows().get(0));

      assertEquals(9, DataOut.query(db, DataOut.OVERSIGHT_ACTIONS).rows().size());
    }
  }

  @Test
  void runPrintsEachQueryAndItsResult() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Path written =
        DataOut.run(
            List.of(dir.resolve("run.jsonl").toString()),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(95, Files.readAllLines(written, StandardCharsets.UTF_8).size());
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains(DataOut.ENTITIES_BY_TYPE + ";\n"), out);
    assertTrue(out.matches("(?s).*\\nCITATION +47\\n.*"), out);
    assertTrue(out.contains("(8 rows)"), out);
    assertTrue(out.contains("(9 rows)"), out);
  }
}

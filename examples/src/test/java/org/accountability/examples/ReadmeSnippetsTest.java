package org.accountability.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jshell.JShell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code java} code block of the README, as written, each in a JShell of its own, as a
 * reader would paste one: each block must compile with its own imports and run without an
 * exception, given only {@code ice} and {@code json} (see {@link #GIVEN}); then what its comments
 * promise is checked. Files the blocks read and write go to a temporary directory: {@code
 * Path.of("x")} becomes {@code Path.of("<tmp>/x")}, the only change.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("../README.md");

  /**
   * What every block may assume, as the README says: {@code ice} is the ICE case study and, in the
   * blocks on JSON, {@code json} is {@code AccountabilityJson.create()}. Fully qualified, so that
   * no import leaks into the blocks.
   */
  private static final String GIVEN =
      """
      var ice = org.accountability.casestudy.CaseStudies.iceDeportationQuotas();
      var json = org.accountability.json.AccountabilityJson.create();
      """;

  @TempDir Path dir;

  /** The {@code java} code blocks of a Markdown text, in order. */
  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : markdown.split("\n", -1)) {
      if (block == null && line.equals("```java")) {
        block = new StringBuilder();
      } else if (block != null && line.equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  @Test
  void everyJavaBlockOfTheReadmeCompilesAndRuns() throws Exception {
    List<String> blocks = javaBlocks(Files.readString(README, StandardCharsets.UTF_8));
    assertTrue(blocks.size() >= 6, "java blocks found: " + blocks.size());
    // The block on format 1.0 reads a document in that format, as a user's old file.
    Files.copy(
        Path.of("../json/src/test/resources/format-1.0/ice-deportation-quotas.json"),
        dir.resolve("ice-1.0.json"));
    // The block on the lenient CSL-JSON import reads a Zotero export.
    Files.copy(
        Path.of("../json/src/test/resources/csl/zotero-export.json"),
        dir.resolve("zotero-export.json"));

    PrintStream captured =
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    // What the blocks' comments promise, checked in the block that declares the variable.
    Map<String, Map.Entry<String, String>> promises = new LinkedHashMap<>();
    promises.put(
        "city",
        Map.entry("city.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).verdict()", "NO_ROUTE"));
    promises.put(
        "answer",
        Map.entry(
            "ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).verdict()",
            "ADMINISTRATIVE_OR_POLITICAL_ONLY"));
    promises.put("back", Map.entry("back.equals(ice)", "true"));
    promises.put(
        "old",
        Map.entry(
            "!old.warnings().isEmpty() && json.read(Path.of(\""
                + dir
                + "/ice.json\")).equals(old.value())",
            "true"));
    promises.put(
        "citation",
        Map.entry("citation.equals(ice.citation(\"egbert-v-boule\").orElseThrow())", "true"));
    promises.put("citations", Map.entry("citations.size()", "4"));
    Set<String> kept = new HashSet<>();
    for (int i = 0; i < blocks.size(); i++) {
      String block = blocks.get(i).replace("Path.of(\"", "Path.of(\"" + dir + "/");
      try (JShell shell = JShellSnippets.open(captured)) {
        JShellSnippets.run(shell, GIVEN, "the variables the README's blocks assume");
        JShellSnippets.run(shell, block, "README java block " + (i + 1));
        for (String variable : declared(shell)) {
          Map.Entry<String, String> promise = promises.get(variable);
          if (promise != null && kept.add(variable)) {
            assertEquals(
                promise.getValue(),
                JShellSnippets.value(shell, promise.getKey()),
                "README java block " + (i + 1) + ": " + promise.getKey());
          }
        }
      }
    }
    assertEquals(promises.keySet(), kept, "every promise was checked");
  }

  private static Set<String> declared(JShell shell) {
    Set<String> names = new HashSet<>();
    shell.variables().forEach(v -> names.add(v.name()));
    return names;
  }
}

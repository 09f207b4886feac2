package org.accountability.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Evaluates the JShell startup script (and then the smoke test's expressions) through the JShell
 * API, in this JVM, so that a broken import or greeting fails the build; examples/jshell.sh and
 * examples/src/test/jshell/smoke.sh test the real command.
 */
class JShellStartupTest {
  private static final Path STARTUP = Path.of("src/main/jshell/startup.jsh");
  private static final Path SMOKE = Path.of("src/test/jshell/smoke.jsh");

  /**
   * The snippets of a script, read line by line as the JShell tool reads them: a line that starts
   * with {@code /} outside a snippet (a command or a comment) is skipped, and a line that completes
   * a snippet ends it, with or without a semicolon.
   */
  private static List<String> snippets(JShell shell, String script) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    List<String> out = new ArrayList<>();
    String pending = "";
    for (String line : script.split("\n", -1)) {
      if (pending.isBlank() && line.strip().startsWith("/")) {
        continue;
      }
      pending += line + "\n";
      while (!pending.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
        if (!info.completeness().isComplete()) {
          break;
        }
        out.add(info.source());
        pending = info.remaining();
      }
    }
    assertTrue(pending.isBlank(), "incomplete snippet at the end: " + pending);
    return out;
  }

  private static List<String> classPath() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path", ""));
    return List.of(path.split(File.pathSeparator, -1));
  }

  @Test
  void startupScriptImportsTheApiBindsIceAndGreets() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream captured = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    PrintStream original = System.out;
    System.setOut(captured);
    try (JShell shell = JShell.builder().executionEngine("local").out(captured).err(captured).build()) {
      classPath().forEach(shell::addToClasspath);
      for (String script : List.of(Files.readString(STARTUP, StandardCharsets.UTF_8),
          Files.readString(SMOKE, StandardCharsets.UTF_8))) {
        for (String snippet : snippets(shell, script)) {
          for (SnippetEvent event : shell.eval(snippet)) {
            String diagnostics = shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList().toString();
            assertEquals(Snippet.Status.VALID, event.status(), snippet + " " + diagnostics);
            assertNull(event.exception(), snippet);
          }
        }
      }
      assertEquals("ADMINISTRATIVE_OR_POLITICAL_ONLY", shell.eval("ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).verdict()").get(0).value());
      assertEquals("[section-215a-grievance]", shell.eval("nypd.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).protections().stream().map(LegalRoute::id).toList()").get(0).value());
      assertEquals("true", shell.eval("LocalDate.of(2025, 3, 1) instanceof LocalDate").get(0).value());
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("Welcome to the accountability JShell."), out);
    assertTrue(out.contains("  ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA)\n"), out);
    assertTrue(out.contains("  ice.personnelActions().against(Role.SENIOR_OFFICIAL)\n"), out);
    assertTrue(out.contains("\nAccountabilityFramework[ICE arrest and deportation quotas, 2025-2026 | "), out);
    assertTrue(out.contains("\n  AccountabilityFramework[NYPD arrest and summons quotas, 1999-2022 | "), out);
    assertTrue(out.contains("  show(Comparison.of(ice, nypd))\n"), out);
    assertTrue(out.contains(" -> ADMINISTRATIVE_OR_POLITICAL_ONLY\n"), out);
    assertTrue(out.matches("(?s).*\\nid +role +nature +status +date +summary\\n.*"), out);
    assertTrue(out.contains("JSON round trip equal: true"), out);
  }
}

package org.accountability.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jshell.JShell;
import org.junit.jupiter.api.Test;

/**
 * Evaluates the JShell startup script (and then the smoke test's expressions) through the JShell
 * API, in this JVM, so that a broken import or greeting fails the build; examples/jshell.sh and
 * examples/src/test/jshell/smoke.sh test the real command.
 */
class JShellStartupTest {
  private static final Path STARTUP = Path.of("src/main/jshell/startup.jsh");
  private static final Path SMOKE = Path.of("src/test/jshell/smoke.jsh");

  @Test
  void startupScriptImportsTheApiBindsIceAndGreets() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream captured = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    PrintStream original = System.out;
    System.setOut(captured);
    try (JShell shell = JShellSnippets.open(captured)) {
      JShellSnippets.run(
          shell, Files.readString(STARTUP, StandardCharsets.UTF_8), STARTUP.toString());
      JShellSnippets.run(shell, Files.readString(SMOKE, StandardCharsets.UTF_8), SMOKE.toString());
      assertEquals(
          "ADMINISTRATIVE_OR_POLITICAL_ONLY",
          JShellSnippets.value(
              shell, "ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).verdict()"));
      assertEquals(
          "[section-215a-grievance]",
          JShellSnippets.value(
              shell,
              "nypd.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).protections().stream().map(LegalRoute::id).toList()"));
      assertEquals(
          "true", JShellSnippets.value(shell, "LocalDate.of(2025, 3, 1) instanceof LocalDate"));
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("Welcome to the accountability JShell."), out);
    assertTrue(out.contains("  ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA)\n"), out);
    assertTrue(out.contains("  ice.personnelActions().against(Role.SENIOR_OFFICIAL)\n"), out);
    assertTrue(
        out.contains("\nAccountabilityFramework[ICE arrest and deportation quotas, 2025-2026 | "),
        out);
    assertTrue(
        out.contains("\n  AccountabilityFramework[NYPD arrest and summons quotas, 1999-2022 | "),
        out);
    assertTrue(out.contains("  show(Comparison.of(ice, nypd))\n"), out);
    assertTrue(out.contains(" -> ADMINISTRATIVE_OR_POLITICAL_ONLY\n"), out);
    assertTrue(out.matches("(?s).*\\nid +role +nature +status +date +summary\\n.*"), out);
    assertTrue(out.contains("JSON round trip equal: true"), out);
  }
}

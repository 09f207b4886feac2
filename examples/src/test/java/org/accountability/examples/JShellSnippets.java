package org.accountability.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/** Runs scripts through the JShell API, in this JVM, with the test class path. */
final class JShellSnippets {
  private JShellSnippets() {}

  /** A JShell that runs snippets in this JVM, with the test class path on its own. */
  static JShell open(java.io.PrintStream out) {
    JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build();
    String path =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path", ""));
    for (String entry : path.split(File.pathSeparator, -1)) {
      shell.addToClasspath(entry);
    }
    return shell;
  }

  /**
   * The snippets of a script, read line by line as the JShell tool reads them: a line that starts
   * with {@code /} outside a snippet (a command or a comment) is skipped, and a line that completes
   * a snippet ends it, with or without a semicolon; unless, as in Java code, the next line with
   * code starts with {@code .} and so continues a chain of calls.
   */
  static List<String> snippets(JShell shell, String script) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    List<String> out = new ArrayList<>();
    String pending = "";
    String[] lines = script.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (pending.isBlank() && line.strip().startsWith("/")) {
        continue;
      }
      pending += line + "\n";
      if (continuesOnNextLine(lines, i)) {
        continue;
      }
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

  private static boolean continuesOnNextLine(String[] lines, int i) {
    for (int j = i + 1; j < lines.length; j++) {
      String next = lines[j].strip();
      if (!next.isEmpty() && !next.startsWith("//")) {
        return next.startsWith(".");
      }
    }
    return false;
  }

  /** Evaluates every snippet of a script and fails on the first that is invalid or throws. */
  static void run(JShell shell, String script, String where) {
    for (String snippet : snippets(shell, script)) {
      for (SnippetEvent event : shell.eval(snippet)) {
        if (event.causeSnippet() != null) {
          continue; // an earlier snippet replaced or updated by this one
        }
        String diagnostics =
            shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList().toString();
        assertEquals(
            Snippet.Status.VALID, event.status(), where + ": " + snippet + " " + diagnostics);
        assertNull(event.exception(), where + ": " + snippet);
      }
    }
  }

  /** The value of an expression, as JShell shows it. */
  static String value(JShell shell, String expression) {
    List<SnippetEvent> events = shell.eval(expression);
    assertEquals(Snippet.Status.VALID, events.get(0).status(), expression);
    assertNull(events.get(0).exception(), expression);
    return events.get(0).value();
  }
}

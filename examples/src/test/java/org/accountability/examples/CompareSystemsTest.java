package org.accountability.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompareSystemsTest {
  @Test
  void printsTheTableThenTheCitedDifferences() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CompareSystems.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("ICE / NYPD: "), out);
    assertTrue(
        out.contains("LINE_AGENT            UNLAWFUL_SEIZURE  IN_LAW / NONE  RESTRICTED / IN_LAW"),
        out);
    int table = out.indexOf("9 shared role and conduct pairs");
    int markdown = out.indexOf("# ICE and NYPD compared");
    assertTrue(table > 0 && markdown > table, "the table comes first");
    assertTrue(out.contains("## Is the conduct lawful?"), out);
    assertTrue(out.contains("## Who answers in damages beside or instead of the individual"), out);
    assertTrue(out.contains("## Where the answers differ"), out);
    assertTrue(out.contains("## References"), out);
  }
}

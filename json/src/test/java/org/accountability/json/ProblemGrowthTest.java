package org.accountability.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.accountability.model.Problem;
import org.accountability.model.Problem.Code;
import org.accountability.model.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Shows that reading a document full of problems grows linearly with the document, by the memory
 * each read allocates and the problems it finds rather than by timing it: eight times the entities,
 * and the problems, allocate at most ten times the memory, where a quadratic path (a JSON Pointer
 * kept for every value read, a scan of the earlier problems for each new one, an entity looked for
 * by its id among the others) would allocate or find sixty-four times. Each problem comes from a
 * different stage of the read: a value of the wrong type and an unknown property (the located
 * tree), a missing attribute (an entity's checks), a dangling reference, a reference to the wrong
 * kind and a duplicate id (the framework's checks, relocated into the document).
 *
 * <p>Allocation is counted by the JVM for the reading thread ({@code
 * com.sun.management.ThreadMXBean}); each size is read once to warm up, then three times, and the
 * least of the three is kept, so that code compiled later, which may allocate less, cannot favour
 * one size.
 */
class ProblemGrowthTest {
  private static final int SMALL = 600;
  private static final int LARGE = 8 * SMALL;

  /** Every problem kept, so that the list itself grows with the document. */
  private static final AccountabilityJson ALL =
      AccountabilityJson.builder().maxProblems(1_000_000).build();

  /** The default limit: the first thousand problems kept, the rest counted. */
  private static final AccountabilityJson CAPPED = AccountabilityJson.create();

  @Test
  void everyProblemOfADocumentIsFoundWhateverItsSize() {
    List<Problem> small = read(ALL, document(SMALL));
    List<Problem> large = read(ALL, document(LARGE));
    Set<Code> codes = EnumSet.noneOf(Code.class);
    small.forEach(p -> codes.add(p.code()));
    assertEquals(
        EnumSet.of(
            Code.WRONG_TYPE,
            Code.UNKNOWN_PROPERTY,
            Code.MISSING,
            Code.DANGLING_REFERENCE,
            Code.WRONG_KIND,
            Code.DUPLICATE_ID),
        codes);
    assertEquals(SMALL, small.size(), "one problem in each group");
    assertEquals(LARGE, large.size(), "one problem in each group");
    assertEquals("/citations/0/publisher", small.get(0).jsonPointer().orElseThrow());
  }

  @Test
  void readingADocumentFullOfProblemsAllocatesInProportionToIt() {
    assertLinear("every problem kept", text -> read(ALL, text));
  }

  @Test
  void readingADocumentFullOfProblemsUnderTheProblemLimitAllocatesInProportionToIt() {
    assertLinear("the first thousand kept", text -> read(CAPPED, text));
  }

  @Test
  void readingTheBytesOfADocumentFullOfProblemsAllocatesInProportionToThem() {
    assertLinear(
        "read from bytes",
        text -> {
          ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
          return assertThrows(ValidationException.class, () -> ALL.read(in)).problems();
        });
  }

  private static void assertLinear(String what, Function<String, List<Problem>> read) {
    String small = document(SMALL);
    String large = document(LARGE);
    // Warm-up: each size read once before it is counted.
    assertTrue(read.apply(small).size() < read.apply(large).size());
    long smallBytes = leastAllocated(read, small);
    long largeBytes = leastAllocated(read, large);
    assertTrue(
        largeBytes <= 10 * smallBytes,
        what
            + ": "
            + smallBytes
            + " bytes allocated, then "
            + largeBytes
            + " for eight times the document");
  }

  private static long leastAllocated(Function<String, List<Problem>> read, String text) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long before = threads.getCurrentThreadAllocatedBytes();
      List<Problem> problems = read.apply(text);
      long allocated = threads.getCurrentThreadAllocatedBytes() - before;
      assertTrue(problems.size() > 1, "a problem for each group");
      least = Math.min(least, allocated);
    }
    return least;
  }

  private static List<Problem> read(AccountabilityJson json, String text) {
    return assertThrows(ValidationException.class, () -> json.read(text)).problems();
  }

  /**
   * A document of {@code groups} groups of a citation, a directive citing it and a personnel action
   * enforcing the directive, each group with one problem, in turn: a citation without its
   * publisher, a citation whose date is a number, a directive with a property the format does not
   * have, a directive citing a citation that is not there, a personnel action enforcing a citation,
   * a personnel action with its citation's id.
   */
  static String document(int groups) {
    StringBuilder citations = new StringBuilder();
    StringBuilder directives = new StringBuilder();
    StringBuilder actions = new StringBuilder();
    for (int i = 0; i < groups; i++) {
      String separator = i == 0 ? "\n" : ",\n";
      int problem = i % 6;
      citations
          .append(separator)
          .append("{\"id\": \"c-")
          .append(i)
          .append("\", \"title\": \"Report ")
          .append(i)
          .append(" (fictional)\"")
          .append(problem == 0 ? "" : ", \"publisher\": \"Example Gazette\"")
          .append(", \"date\": ")
          .append(problem == 1 ? "42" : "\"2030-01-02\"")
          .append(", \"url\": \"https://example.org/c-")
          .append(i)
          .append("\", \"kind\": \"NEWS_REPORT\", \"primary\": false, \"fictional\": true}");
      directives
          .append(separator)
          .append("{\"id\": \"d-")
          .append(i)
          .append("\", \"kind\": \"NUMERICAL_TARGET\"")
          .append(problem == 2 ? ", \"urgency\": \"high\"" : "")
          .append(", \"summary\": \"Officers are to make 20 stops a day\"")
          .append(", \"issuer\": {\"description\": \"Chief\", \"role\": \"SENIOR_OFFICIAL\"}")
          .append(", \"addressee\": {\"description\": \"Officers\", \"role\": \"LINE_AGENT\"}")
          .append(", \"effective\": \"2030-01\"")
          .append(", \"target\": {\"metric\": \"stops per day\", \"scope\": \"office ")
          .append(i)
          .append("\", \"low\": 20}, \"conducts\": [\"MISSED_QUOTA\"], \"citations\": [\"")
          .append(problem == 3 ? "nowhere-" : "c-")
          .append(i)
          .append("\"]}");
      actions
          .append(separator)
          .append("{\"id\": \"")
          .append(problem == 5 ? "c-" : "pa-")
          .append(i)
          .append("\", \"kind\": \"REASSIGNMENT\", \"summary\": \"An officer was reassigned\"")
          .append(", \"subjectRole\": \"LINE_AGENT\", \"actor\": {\"description\": \"Chief\"}")
          .append(", \"date\": \"2030-03\", \"nature\": \"SANCTION\", \"status\": \"REPORTED\"")
          .append(", \"conduct\": \"MISSED_QUOTA\", \"reason\": \"stops below the target\"")
          .append(", \"enforces\": [\"")
          .append(problem == 4 ? "c-" : "d-")
          .append(i)
          .append("\"], \"citations\": [\"c-")
          .append(i)
          .append("\"]}");
    }
    return "{\"format\": {\"name\": \"accountability-framework\", \"version\": \"2.0\"},"
        + " \"title\": \"Growth (fictional)\", \"agency\": \"Example agency (fictional)\","
        + " \"roles\": [], \"conducts\": [],\n\"citations\": ["
        + citations
        + "],\n\"directives\": ["
        + directives
        + "],\n\"personnelActions\": ["
        + actions
        + "],\n\"oversightBodies\": [], \"routes\": [], \"claims\": [], \"observations\": []}\n";
  }
}

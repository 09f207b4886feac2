package org.accountability.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.accountability.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * The capped problem lists every reader uses: which problems are kept when there are more than the
 * limit, in what order, and the last line that counts the rest. The hostile-input suite checks the
 * same at scale, in JVMs of their own; these check each rule on a few problems.
 */
class ProblemListTest {
  private static Problem at(int line, int column, String message) {
    return Problem.atPointer(Problem.Code.MISSING, "/p", line, column, message);
  }

  private static List<String> messages(ProblemList list) {
    return list.list().stream().map(Problem::message).toList();
  }

  @Test
  void byPositionKeepsTheProblemsThatComeFirstInTheInputWhateverTheOrderTheyWereFound() {
    ProblemList list = ProblemList.byPosition(2, "AccountabilityJson.Builder");
    list.add(at(5, 1, "five"));
    list.add(at(1, 1, "one"));
    list.add(at(3, 1, "three"));
    list.add(at(2, 1, "two"));
    List<Problem> problems = list.list();
    assertEquals(3, problems.size());
    assertEquals(List.of("one", "two"), messages(list).subList(0, 2));
    Problem last = problems.get(2);
    assertEquals(Problem.Code.OVER_LIMIT, last.code());
    assertEquals(java.util.OptionalInt.of(3), last.line(), "the first left out, by position");
    assertEquals(java.util.OptionalInt.of(1), last.column());
    assertEquals(
        "and 2 more problems, the first of them at this line and column; only the first 2 are"
            + " listed (see AccountabilityJson.Builder.maxProblems)",
        last.message());
  }

  @Test
  void keepsSaysWhetherAProblemAtAPlaceWouldBeKept() {
    ProblemList list = ProblemList.byPosition(2, null);
    assertTrue(list.keeps(9, 9), "room left");
    list.add(at(2, 5, "a"));
    assertTrue(list.keeps(9, 9), "room left");
    list.add(at(4, 1, "b"));
    assertFalse(list.keeps(4, 2), "after the latest kept");
    assertFalse(list.keeps(4, 1), "at the latest kept: the one found first stays");
    assertFalse(list.keeps(4, 0), "a place without a column is after every column of its line");
    assertTrue(list.keeps(3, 80), "before the latest kept");
    assertTrue(list.keeps(2, 6));
    list.add(at(3, 80, "c"));
    assertEquals(List.of("a", "c"), messages(list).subList(0, 2));
    assertFalse(list.keeps(3, 81));
  }

  @Test
  void problemsAtTheSamePlaceKeepTheOrderTheyWereFoundIn() {
    ProblemList list = ProblemList.byPosition(2, null);
    list.add(at(1, 1, "first"));
    list.add(at(1, 1, "second"));
    list.add(at(1, 1, "third"));
    assertEquals(
        List.of(
            "first",
            "second",
            "and 1 more problem, the first of them at this line and column; only the first 2 are"
                + " listed"),
        messages(list));
  }

  @Test
  void aProblemFoundAfterOthersWereLeftOutStaysAfterAnEarlierOneAtItsPlace() {
    // A reader leaves problems out unbuilt (omit) once the list is full; a later problem at the
    // place of one kept is still found after it, and left out in its turn.
    ProblemList list = ProblemList.byPosition(1, null);
    list.add(at(1, 1, "first"));
    list.omit(2, 1);
    list.omit(3, 1);
    list.add(at(1, 1, "found later"));
    assertEquals(
        List.of(
            "first",
            "and 3 more problems, the first of them at this line and column; only the first 1 are"
                + " listed"),
        messages(list));
    assertEquals(java.util.OptionalInt.of(1), list.list().get(1).line());
  }

  @Test
  void problemsWithoutAPlaceComeAfterEveryProblemWithOne() {
    ProblemList list = ProblemList.byPosition(3, null);
    list.add(Problem.atPointer(Problem.Code.MISSING, "", 0, 0, "nowhere"));
    list.add(at(7, 3, "seven"));
    list.add(at(2, 0, "two, no column"));
    list.add(at(2, 9, "two"));
    assertEquals(
        List.of(
            "two",
            "two, no column",
            "seven",
            "and 1 more problem, the first of them at this line and column; only the first 3 are"
                + " listed"),
        messages(list));
  }

  @Test
  void inOrderFoundKeepsTheFirstFoundAndCountsTheRest() {
    ProblemList list = ProblemList.inOrderFound(2, "CslJson.Builder");
    assertTrue(list.isEmpty());
    list.add(at(9, 1, "nine"));
    list.add(at(1, 1, "one"));
    assertFalse(list.keeps(0, 0), "full");
    list.add(at(5, 1, "five"));
    list.add(at(3, 1, "three"));
    List<Problem> problems = list.list();
    assertEquals(List.of("nine", "one"), messages(list).subList(0, 2));
    assertEquals(
        java.util.OptionalInt.of(3), problems.get(2).line(), "the earliest of those left out");
    assertEquals(
        "and 2 more problems, the first of them at this line and column; only the first 2 are"
            + " listed (see CslJson.Builder.maxProblems)",
        problems.get(2).message());
    assertFalse(list.isEmpty());
    assertEquals(problems, list.exception().problems());
  }

  @Test
  void warningsAreCountedAsWarnings() {
    ProblemList warnings = ProblemList.inOrderFound(1, null).forWarnings();
    warnings.add(at(1, 1, "kept"));
    warnings.add(at(2, 1, "left out"));
    assertEquals(
        List.of(
            "kept",
            "and 1 more warning, the first of them at this line and column; only the first 1 are"
                + " listed"),
        messages(warnings));
    ProblemList none = ProblemList.byPosition(5, null);
    assertTrue(none.isEmpty());
    assertEquals(List.of(), none.list());
  }
}

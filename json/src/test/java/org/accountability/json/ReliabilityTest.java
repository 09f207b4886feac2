package org.accountability.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.accountability.model.Problem;
import org.accountability.model.ValidationException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What the readers do with hostile input, in this JVM: deep nesting, long paths, many problems,
 * long numbers, bad encodings and numbers a double cannot hold. {@link HostileInputTest} reads the
 * largest of these inputs in JVMs of their own, with a small heap.
 */
class ReliabilityTest {
  private static final AccountabilityJson JSON = AccountabilityJson.create();

  // ------------------------------------------------------------------ nesting

  @Test
  void nestingAsDeepAsTheLimitAllowsIsReadOnADefaultThreadStack() throws InterruptedException {
    int depth = 100_000;
    String deep = "{\"title\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
    AccountabilityJson raised = AccountabilityJson.builder().maxNestingDepth(Integer.MAX_VALUE).build();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    // A thread of its own, with the default stack size, whatever the test runner's thread has.
    Thread reader = new Thread(null, () -> {
      try {
        raised.read(deep);
      } catch (Throwable t) {
        thrown.set(t);
      }
    }, "default-stack", 0);
    reader.start();
    reader.join();
    ValidationException e = assertInstanceOfValidation(thrown.get());
    assertEquals(
        "/title (line 1, column 11): must be a string, was an array",
        e.problems().stream()
            .filter(p -> p.code() == Problem.Code.WRONG_TYPE)
            .map(Problem::toString)
            .findFirst()
            .orElseThrow());
  }

  @Test
  void aReadStoppedDeepInsideIsLocatedThere() {
    String deep = "{\"a\": {\"b~/c\": [[1, {\"d\": [true, \"x]}";
    ValidationException e = assertThrows(ValidationException.class, () -> JSON.read(deep));
    assertEquals(
        List.of(
            "/a/b~0~1c/0/1/d/1 (line 1, column 38): malformed JSON: Unexpected end-of-input:"
                + " was expecting closing quote for a string value"),
        e.problems().stream().map(Problem::toString).collect(Collectors.toList()));
  }

  private static ValidationException assertInstanceOfValidation(@Nullable Throwable t) {
    if (t instanceof ValidationException e) {
      return e;
    }
    throw new AssertionError("a ValidationException, not " + t, t);
  }
}

package org.accountability.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The one exception the library throws for bad input: it lists every problem found, each with where
 * it is, never only the first.
 *
 * <p>An entity builder throws it with all of that entity's problems (missing attributes and invalid
 * values together); {@link org.accountability.framework.AccountabilityFramework.Builder#build()}
 * throws it with all cross-entity problems (duplicate ids, dangling references, uncited facts, end
 * before start); the JSON reader throws it with all problems of a document, each located by JSON
 * Pointer. When it is thrown nothing was built.
 *
 * <pre>{@code
 * try {
 *   framework = builder.build();
 * } catch (ValidationException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;

  /**
   * Creates an exception listing the given problems.
   *
   * @param problems at least one problem
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ValidationException(List<Problem> problems) {
    super(describe(requireNonNull(problems, "problems")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Used by generated builders when a null reaches a setter or an attribute is missing.
   *
   * @param message the generated message, naming the attribute
   */
  ValidationException(String message) {
    this(ImmutableList.of(nullProblem(message)));
  }

  /**
   * The problems, in the order they were found.
   *
   * @return at least one problem
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static Problem nullProblem(String generated) {
    return generated.contains(" ")
        ? Problem.inEntity(Problem.Code.MISSING, "(builder)", "", "", generated)
        : Problem.inEntity(Problem.Code.MISSING, "(builder)", "", generated, "must not be null");
  }

  private static String describe(List<Problem> problems) {
    if (problems.size() == 1) {
      return "1 problem: " + problems.get(0);
    }
    StringBuilder out = new StringBuilder().append(problems.size()).append(" problems:");
    for (Problem p : problems) {
      out.append(System.lineSeparator()).append("  - ").append(p);
    }
    return out.toString();
  }
}

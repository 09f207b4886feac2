package org.accountability.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.accountability.model.EntityKind;
import org.accountability.model.Problem;
import org.accountability.model.Problem.Code;
import org.accountability.model.ValidationException;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * The one way tests assert on the problems of a {@link ValidationException}: each expected problem
 * is an {@link Expected} value, and {@link #assertThat(ValidationException)} compares the actual
 * problems with them, in order.
 *
 * <pre>{@code
 * Problems.assertThat(assertThrows(ValidationException.class, builder::build))
 *     .hasExactly(
 *         Problems.inEntity(Code.MISSING, "Citation", "c1", "publisher", "is required but missing"),
 *         Problems.inEntity(Code.DANGLING_REFERENCE, "Claim", "C1", "sources[1].citation",
 *                 "refers to Citation 'x', which is not in the framework")
 *             .withReference("x", EntityKind.CITATION));
 * }</pre>
 *
 * <p>What a match means, for each problem:
 *
 * <ul>
 *   <li>the {@link Problem#code() code} is equal;
 *   <li>the location is equal, all of it: entity kind, entity id (or none), attribute path (or
 *       none), JSON Pointer (or none), line and column (or none);
 *   <li>the {@link Problem#reference() reference} and {@link Problem#expectedKind() expected kind}
 *       are equal (an expected problem without {@link Expected#withReference} expects none);
 *   <li>the message is equal, unless the expected problem was made with {@link
 *       Expected#messageStartingWith}: then the actual message starts with the given text. That is
 *       for messages that end in text the library does not write itself (a JDK parser's reason),
 *       nowhere else.
 * </ul>
 *
 * <p>{@link Assertion#hasExactly} checks the whole list: no problem may be missing or extra, and the
 * order is the order reported. {@link Assertion#hasAt} checks one problem of a long list (a list cut
 * short at the most problems a reader lists, say) together with {@link Assertion#hasSize}. On a
 * failure the message lists every expected and every actual problem, one a line, each written out
 * with all its fields (line breaks and tabs escaped), so that the difference shows.
 */
public final class Problems {
  private Problems() {}

  /**
   * An expected problem in an entity or value built from Java code.
   *
   * @param code the code
   * @param kind the entity kind, such as {@code Directive} or {@code LegalRoute.Precondition}
   * @param id the entity id; the empty string for a problem without one
   * @param attribute the attribute as {@link Problem#attribute()} writes it ({@code target.low},
   *     {@code outcomes[2].date}); the empty string for the entity as a whole
   * @param message the whole message
   * @return the expected problem
   */
  public static Expected inEntity(
      Code code, String kind, String id, String attribute, String message) {
    return new Expected(
        code,
        requireNonNull(kind, "kind"),
        blankToNull(id),
        blankToNull(attribute),
        null,
        0,
        0,
        null,
        null,
        message,
        false);
  }

  /**
   * An expected problem found in a JSON document, with no model location.
   *
   * @param code the code
   * @param pointer the JSON Pointer, the empty string for the whole document
   * @param line the line, 0 for none
   * @param column the column, 0 for none
   * @param message the whole message
   * @return the expected problem
   */
  public static Expected atPointer(
      Code code, String pointer, int line, int column, String message) {
    return new Expected(
        code,
        null,
        null,
        null,
        requireNonNull(pointer, "pointer"),
        line,
        column,
        null,
        null,
        message,
        false);
  }

  /**
   * Starts assertions on the problems of an exception.
   *
   * @param e the exception
   * @return the assertion
   */
  public static Assertion assertThat(ValidationException e) {
    return new Assertion(e.problems());
  }

  /**
   * Starts assertions on a list of problems, such as the warnings of a read.
   *
   * @param problems the problems
   * @return the assertion
   */
  public static Assertion assertThat(List<Problem> problems) {
    return new Assertion(List.copyOf(problems));
  }

  /**
   * One problem as a test expects it: code, location, reference and message. Immutable; the {@code
   * with} methods return changed copies.
   */
  public static final class Expected {
    private final Code code;
    private final @Nullable String kind;
    private final @Nullable String id;
    private final @Nullable String attribute;
    private final @Nullable String pointer;
    private final int line;
    private final int column;
    private final @Nullable String reference;
    private final @Nullable EntityKind expectedKind;
    private final String message;
    private final boolean messageIsPrefix;

    private Expected(
        Code code,
        @Nullable String kind,
        @Nullable String id,
        @Nullable String attribute,
        @Nullable String pointer,
        int line,
        int column,
        @Nullable String reference,
        @Nullable EntityKind expectedKind,
        String message,
        boolean messageIsPrefix) {
      this.code = requireNonNull(code, "code");
      this.kind = kind;
      this.id = id;
      this.attribute = attribute;
      this.pointer = pointer;
      this.line = line;
      this.column = column;
      this.reference = reference;
      this.expectedKind = expectedKind;
      this.message = requireNonNull(message, "message");
      this.messageIsPrefix = messageIsPrefix;
    }

    /**
     * This problem, referring to an id with no expected kind.
     *
     * @param id the id referred to
     * @return the changed copy
     */
    public Expected withReference(String id) {
      return new Expected(
          code,
          kind,
          this.id,
          attribute,
          pointer,
          line,
          column,
          requireNonNull(id, "id"),
          null,
          message,
          messageIsPrefix);
    }

    /**
     * This problem, referring to an id where an entity of the given kind is expected.
     *
     * @param id the id referred to
     * @param expected the kind expected
     * @return the changed copy
     */
    public Expected withReference(String id, EntityKind expected) {
      return new Expected(
          code,
          kind,
          this.id,
          attribute,
          pointer,
          line,
          column,
          requireNonNull(id, "id"),
          requireNonNull(expected, "expected"),
          message,
          messageIsPrefix);
    }

    /**
     * This problem, found in a JSON document at the given place as well as in its entity.
     *
     * @param pointer the JSON Pointer
     * @param line the line, 0 for none
     * @param column the column, 0 for none
     * @return the changed copy
     */
    public Expected locatedAt(String pointer, int line, int column) {
      return new Expected(
          code,
          kind,
          id,
          attribute,
          requireNonNull(pointer, "pointer"),
          line,
          column,
          reference,
          expectedKind,
          message,
          messageIsPrefix);
    }

    /**
     * This problem, matching any message that starts with its message. Only for messages that end
     * in text the library does not write (a JDK parser's reason).
     *
     * @return the changed copy
     */
    public Expected messageStartingWith() {
      return new Expected(
          code,
          kind,
          id,
          attribute,
          pointer,
          line,
          column,
          reference,
          expectedKind,
          message,
          true);
    }

    /**
     * Whether a problem matches this one (see {@link Problems} for what matching means).
     *
     * @param p the actual problem
     * @return whether it matches
     */
    public boolean matches(Problem p) {
      return p.code() == code
          && p.entityKind().equals(Optional.ofNullable(kind))
          && p.entityId().equals(Optional.ofNullable(id))
          && p.attribute().equals(Optional.ofNullable(attribute))
          && p.jsonPointer().equals(Optional.ofNullable(pointer))
          && p.line().equals(line == 0 ? OptionalInt.empty() : OptionalInt.of(line))
          && p.column().equals(column == 0 ? OptionalInt.empty() : OptionalInt.of(column))
          && p.reference().equals(Optional.ofNullable(reference))
          && p.expectedKind().equals(Optional.ofNullable(expectedKind))
          && (messageIsPrefix ? p.message().startsWith(message) : p.message().equals(message));
    }

    /** Every field, as the failure messages of {@link Assertion} list it. */
    @Override
    public String toString() {
      return describe(
          code,
          kind,
          id,
          attribute,
          pointer,
          line,
          column,
          reference,
          expectedKind,
          messageIsPrefix ? message + "…(and what follows)" : message);
    }
  }

  /** Assertions on one list of actual problems. */
  public static final class Assertion {
    private final List<Problem> actual;

    private Assertion(List<Problem> actual) {
      this.actual = actual;
    }

    /**
     * Asserts that the problems are exactly these, in this order.
     *
     * @param expected every problem expected
     * @return this assertion
     */
    public Assertion hasExactly(Expected... expected) {
      return hasExactly(List.of(expected));
    }

    /**
     * Asserts that the problems are exactly these, in this order.
     *
     * @param expected every problem expected
     * @return this assertion
     */
    public Assertion hasExactly(List<Expected> expected) {
      boolean same = expected.size() == actual.size();
      for (int i = 0; same && i < expected.size(); i++) {
        same = expected.get(i).matches(actual.get(i));
      }
      if (!same) {
        fail("the problems differ", expected);
      }
      return this;
    }

    /**
     * Asserts how many problems there are.
     *
     * @param size the number of problems
     * @return this assertion
     */
    public Assertion hasSize(int size) {
      if (actual.size() != size) {
        throw new AssertionFailedError(
            "expected " + size + " problems but there were " + actual.size() + ":\n" + listed(),
            size,
            actual.size());
      }
      return this;
    }

    /**
     * Asserts one problem of the list, by its index.
     *
     * @param index the index, from 0
     * @param expected the problem expected there
     * @return this assertion
     */
    public Assertion hasAt(int index, Expected expected) {
      if (index >= actual.size() || !expected.matches(actual.get(index))) {
        throw new AssertionFailedError(
            "problem "
                + index
                + " differs:\n  expected: "
                + expected
                + "\n  actual:   "
                + (index < actual.size() ? describe(actual.get(index)) : "(none)")
                + "\nall problems:\n"
                + listed(),
            expected.toString(),
            index < actual.size() ? describe(actual.get(index)) : "(none)");
      }
      return this;
    }

    private void fail(String what, List<Expected> expected) {
      List<String> wanted = new ArrayList<>();
      expected.forEach(e -> wanted.add(e.toString()));
      List<String> got = new ArrayList<>();
      for (int i = 0; i < actual.size(); i++) {
        Problem p = actual.get(i);
        // a match prints as expected, so that only the differences stand out in a diff
        got.add(i < expected.size() && expected.get(i).matches(p) ? wanted.get(i) : describe(p));
      }
      throw new AssertionFailedError(
          what
              + ":\nexpected "
              + expected.size()
              + ":\n  "
              + String.join("\n  ", wanted)
              + "\nactual "
              + actual.size()
              + ":\n  "
              + String.join("\n  ", got),
          String.join("\n", wanted),
          String.join("\n", got));
    }

    private String listed() {
      List<String> lines = new ArrayList<>();
      actual.forEach(p -> lines.add("  " + describe(p)));
      return String.join("\n", lines);
    }
  }

  /**
   * A problem with every field written out, as the failure messages list it: {@code [CODE] Kind
   * 'id' attribute @ /pointer (line L, column C) -> 'reference' (KIND): message}.
   *
   * @param p the problem
   * @return the description
   */
  public static String describe(Problem p) {
    return describe(
        p.code(),
        p.entityKind().orElse(null),
        p.entityId().orElse(null),
        p.attribute().orElse(null),
        p.jsonPointer().orElse(null),
        p.line().orElse(0),
        p.column().orElse(0),
        p.reference().orElse(null),
        p.expectedKind().orElse(null),
        p.message());
  }

  private static String describe(
      Code code,
      @Nullable String kind,
      @Nullable String id,
      @Nullable String attribute,
      @Nullable String pointer,
      int line,
      int column,
      @Nullable String reference,
      @Nullable EntityKind expectedKind,
      String message) {
    StringBuilder out = new StringBuilder("[").append(code).append(']');
    if (kind != null) {
      out.append(' ').append(kind);
    }
    if (id != null) {
      out.append(" '").append(id).append('\'');
    }
    if (attribute != null) {
      out.append(' ').append(attribute);
    }
    if (pointer != null) {
      out.append(" @ ").append(pointer.isEmpty() ? "(document)" : pointer);
    }
    if (line > 0) {
      out.append(" (line ").append(line);
      if (column > 0) {
        out.append(", column ").append(column);
      }
      out.append(')');
    }
    if (reference != null) {
      out.append(" -> '").append(reference).append('\'');
      if (expectedKind != null) {
        out.append(" (").append(expectedKind).append(')');
      }
    }
    return oneLine(out.append(": ").append(message).toString());
  }

  /** Writes line breaks and tabs as escapes, so that each problem takes one line of a failure. */
  private static String oneLine(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
  }

  private static @Nullable String blankToNull(String s) {
    return requireNonNull(s).isEmpty() ? null : s;
  }
}

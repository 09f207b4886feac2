package org.accountability.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in input: what kind of problem it is ({@link #code()}), where it is and what is
 * wrong.
 *
 * <p>A problem found in a model built from Java code names the entity kind, its id (when it has
 * one) and the attribute, for example {@code Directive 'may-2025-target' target.low}. A problem
 * found in a JSON document names a JSON Pointer and, where known, the line and column, for example
 * {@code /directives/3/target/low (line 41, column 17)}; when the model's own checks found it, it
 * keeps the entity kind, id and attribute too. A problem about a reference also names the id
 * referred to ({@link #reference()}) and, where one kind is expected, that kind ({@link
 * #expectedKind()}).
 *
 * <p>Programs decide on the {@link Code} and the structured fields; the message is for people and
 * may be reworded.
 *
 * <pre>{@code
 * try {
 *   Citation.builder().id("").build();
 * } catch (ValidationException e) {
 *   for (Problem p : e.problems()) {
 *     System.out.println(p.code() + " " + p.where() + ": " + p.message());
 *   }
 *   e.problems().get(0).code();        // INVALID_ID
 *   e.problems().get(0).attribute();   // Optional[id]
 * }
 * }</pre>
 *
 * <p>Problems are immutable values: two problems are equal when their code, location, reference and
 * message are equal. {@link #toString()} is {@code where: message}, the line a user sees.
 */
public final class Problem {

  /**
   * What kind of problem a {@link Problem} is. Every problem the library reports has exactly one
   * code; the vocabulary is small on purpose, and the structured fields of the problem say the rest
   * (which attribute, which reference, which JSON Pointer).
   *
   * <pre>{@code
   * try {
   *   framework = builder.build();
   * } catch (ValidationException e) {
   *   List<String> missingSources =
   *       e.problems().stream()
   *           .filter(p -> p.code() == Problem.Code.DANGLING_REFERENCE)
   *           .flatMap(p -> p.reference().stream())
   *           .toList();
   * }
   * }</pre>
   */
  public enum Code {
    /**
     * A required value is absent: a missing attribute or JSON property, a null element, a list that
     * needs at least one element and has none, or a value that another value makes required (a
     * restriction for a restricted route, a target for a numerical directive).
     */
    MISSING,
    /** A text is empty or only white space. */
    BLANK,
    /** An id (of an entity or in a reference) is not of the documented form. */
    INVALID_ID,
    /**
     * A value is malformed on its own: a URL, a date text or a calendar date, a format name or
     * version text, a CSL-JSON date of the wrong shape.
     */
    INVALID_VALUE,
    /**
     * A number is outside its allowed range: a negative or non-finite target or observation, a high
     * bound below the low one, a year, month or day out of range, a non-positive read limit.
     */
    OUT_OF_RANGE,
    /**
     * Values that are valid alone contradict each other: a target on a directive that is not
     * numerical, roles without an individual defendant, a contested claim no source contradicts, an
     * action using a lever its body does not have, a directive superseding itself or directives
     * superseding each other in a cycle.
     */
    INCONSISTENT,
    /**
     * A value is given more than once where each may appear once: an element of a list that stands
     * for a set, a claim's source, an inference's attribute, a property of a JSON object.
     */
    REPEATED,
    /** Two entities (or two CSL-JSON items) share an id; reported on the later one. */
    DUPLICATE_ID,
    /**
     * A reference names an id that is not in the framework; {@link Problem#reference()} is that id,
     * and {@link Problem#expectedKind()} the kind expected where there is one.
     */
    DANGLING_REFERENCE,
    /**
     * A reference names an entity of the wrong kind; {@link Problem#reference()} is its id, and
     * {@link Problem#expectedKind()} the kind expected where there is one.
     */
    WRONG_KIND,
    /** A fact, or a part that must be sourced, cites no source. */
    UNCITED,
    /**
     * Dates are out of order: an end before its start, outcome steps out of date order, a directive
     * taking effect before the one it supersedes, an action dated before the directive it enforces
     * (then {@link Problem#reference()} names that directive).
     */
    OUT_OF_ORDER,
    /**
     * The input is over a read limit (nesting depth, string, name or number length, document or
     * line length, token count), which stops the read; or, as the last problem of a list cut short
     * at the most problems a reader lists, how many more problems there are ({@code and 29000 more
     * problems, the first of them at this line and column; ...}), located at the first one not
     * listed.
     */
    OVER_LIMIT,
    /** The input is not JSON: a syntax error, empty input or content after the one value. */
    MALFORMED,
    /** A JSON value has the wrong type (a string where a number belongs, say). */
    WRONG_TYPE,
    /**
     * A JSON property that is not part of the format (in lenient mode, the warning that it was
     * ignored).
     */
    UNKNOWN_PROPERTY,
    /**
     * A name outside a fixed vocabulary: an enum constant, an entity type, a CSL type, a JSON Lines
     * {@code FRAMEWORK} header after the first line.
     */
    UNKNOWN_VALUE,
    /** A document of a format version this reader does not read. */
    UNSUPPORTED_VERSION,
    /**
     * Not an error but a warning: what reading a document of an older format version assumed to
     * convert it to the current model.
     */
    ASSUMED
  }

  private final Code code;
  private final @Nullable String entityKind;
  private final @Nullable String entityId;
  private final ImmutableList<String> attributePath;
  private final @Nullable String reference;
  private final @Nullable EntityKind expectedKind;
  private final @Nullable String jsonPointer;
  private final int line;
  private final int column;
  private final String message;

  private Problem(
      Code code,
      @Nullable String entityKind,
      @Nullable String entityId,
      ImmutableList<String> attributePath,
      @Nullable String reference,
      @Nullable EntityKind expectedKind,
      @Nullable String jsonPointer,
      int line,
      int column,
      String message) {
    this.code = requireNonNull(code, "code");
    this.entityKind = entityKind;
    this.entityId = entityId;
    this.attributePath = attributePath;
    this.reference = reference;
    this.expectedKind = expectedKind;
    this.jsonPointer = jsonPointer;
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.message = requireNonNull(message, "message");
  }

  /**
   * A problem in one attribute of an entity.
   *
   * @param code what kind of problem it is
   * @param entityKind the kind of entity, such as {@code Directive}
   * @param entityId the id of the entity; empty when the entity has no usable id
   * @param attribute the name of the attribute at fault; empty when the entity as a whole is at
   *     fault
   * @param message what is wrong
   * @return the problem
   */
  public static Problem inEntity(
      Code code, String entityKind, String entityId, String attribute, String message) {
    requireNonNull(attribute, "attribute");
    return inEntity(
        code, entityKind, entityId, attribute.isEmpty() ? List.of() : List.of(attribute), message);
  }

  /**
   * A problem in a nested attribute of an entity, such as {@code outcomes[2].date}.
   *
   * @param code what kind of problem it is
   * @param entityKind the kind of entity, such as {@code OversightAction}
   * @param entityId the id of the entity; empty when the entity has no usable id
   * @param attributePath the steps to the attribute at fault, as in {@link #attributePath()}:
   *     {@code ["outcomes", "2", "date"]}; empty when the entity as a whole is at fault
   * @param message what is wrong
   * @return the problem
   */
  public static Problem inEntity(
      Code code, String entityKind, String entityId, List<String> attributePath, String message) {
    requireNonNull(entityKind, "entityKind");
    requireNonNull(entityId, "entityId");
    requireNonNull(attributePath, "attributePath");
    return new Problem(
        code,
        entityKind,
        entityId.isEmpty() ? null : entityId,
        ImmutableList.copyOf(attributePath),
        null,
        null,
        null,
        0,
        0,
        message);
  }

  /**
   * A problem at a place in a JSON document.
   *
   * @param code what kind of problem it is
   * @param jsonPointer the JSON Pointer of the value at fault ({@code ""} is the whole document)
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param message what is wrong
   * @return the problem
   */
  public static Problem atPointer(
      Code code, String jsonPointer, int line, int column, String message) {
    return new Problem(
        code,
        null,
        null,
        ImmutableList.of(),
        null,
        null,
        requireNonNull(jsonPointer, "jsonPointer"),
        line,
        column,
        message);
  }

  /**
   * This problem, also naming the id a reference refers to.
   *
   * @param id the id referred to
   * @return a problem equal to this one but for its reference
   */
  public Problem withReference(String id) {
    return new Problem(
        code,
        entityKind,
        entityId,
        attributePath,
        requireNonNull(id, "id"),
        expectedKind,
        jsonPointer,
        line,
        column,
        message);
  }

  /**
   * This problem, also naming the id a reference refers to and the kind of entity it should be.
   *
   * @param id the id referred to
   * @param expected the kind of entity the reference must name
   * @return a problem equal to this one but for its reference and expected kind
   */
  public Problem withReference(String id, EntityKind expected) {
    return new Problem(
        code,
        entityKind,
        entityId,
        attributePath,
        requireNonNull(id, "id"),
        requireNonNull(expected, "expected"),
        jsonPointer,
        line,
        column,
        message);
  }

  /**
   * This problem, located in a JSON document: what a reader does with a problem the model's checks
   * found in a value read from JSON. The entity kind, id, attribute and reference are kept.
   *
   * @param pointer the JSON Pointer of the value at fault ({@code ""} is the whole document)
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @return a problem equal to this one but for its JSON Pointer, line and column
   */
  public Problem locatedAt(String pointer, int line, int column) {
    return new Problem(
        code,
        entityKind,
        entityId,
        attributePath,
        reference,
        expectedKind,
        requireNonNull(pointer, "pointer"),
        line,
        column,
        message);
  }

  /**
   * What kind of problem this is.
   *
   * @return the code
   */
  public Code code() {
    return code;
  }

  /**
   * The kind of entity or nested value at fault, such as {@code Directive} or {@code
   * LegalRoute.Precondition}, when the model's checks found the problem.
   *
   * @return the kind, or empty
   */
  public Optional<String> entityKind() {
    return Optional.ofNullable(entityKind);
  }

  /**
   * The id of the entity at fault, when it has one.
   *
   * @return the id, or empty
   */
  public Optional<String> entityId() {
    return Optional.ofNullable(entityId);
  }

  /**
   * The attribute at fault, as one readable path such as {@code target.low} or {@code
   * outcomes[2].date}.
   *
   * @return the attribute, or empty when the entity as a whole (or a JSON value) is at fault
   */
  public Optional<String> attribute() {
    if (attributePath.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    for (String step : attributePath) {
      if (isIndex(step)) {
        out.append('[').append(step).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(step);
      }
    }
    return Optional.of(out.toString());
  }

  /**
   * The attribute at fault, step by step: an attribute name, or the index of a list element written
   * in decimal digits, as a JSON Pointer writes it. {@code outcomes[2].date} is {@code ["outcomes",
   * "2", "date"]}.
   *
   * @return the steps, empty when the entity as a whole (or a JSON value) is at fault
   */
  public ImmutableList<String> attributePath() {
    return attributePath;
  }

  /**
   * The id a reference at fault refers to: for {@link Code#DANGLING_REFERENCE} and {@link
   * Code#WRONG_KIND}, and for date-order problems between two entities.
   *
   * @return the id, or empty
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * The kind of entity a reference at fault must name, where only one kind will do.
   *
   * @return the kind, or empty
   */
  public Optional<EntityKind> expectedKind() {
    return Optional.ofNullable(expectedKind);
  }

  /**
   * The RFC 6901 JSON Pointer of the value at fault, when the problem is in a JSON document.
   *
   * @return the pointer ({@code ""} is the whole document), or empty
   */
  public Optional<String> jsonPointer() {
    return Optional.ofNullable(jsonPointer);
  }

  /**
   * The 1-based line in the input, when known.
   *
   * @return the line, or empty
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * The 1-based column in the input, when known.
   *
   * @return the column, or empty
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * What is wrong, as a sentence a person can act on.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Where the problem is, as one readable phrase.
   *
   * @return for example {@code Directive 'may-2025-target' target.low} or {@code /claims/2/id (line
   *     9, column 13)}
   */
  public String where() {
    StringBuilder out = new StringBuilder();
    if (jsonPointer != null) {
      if (jsonPointer.isEmpty()) {
        out.append("(document)");
      } else {
        appendEscaped(out, jsonPointer, Integer.MAX_VALUE);
      }
    } else {
      out.append(entityKind == null ? "(model)" : entityKind);
      if (entityId != null) {
        out.append(' ').append(quote(entityId));
      }
      attribute().ifPresent(a -> out.append(' ').append(a));
    }
    if (line > 0) {
      out.append(" (line ").append(line);
      if (column > 0) {
        out.append(", column ").append(column);
      }
      out.append(')');
    }
    return out.toString();
  }

  private static boolean isIndex(String step) {
    return !step.isEmpty() && step.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Problem p
        && code == p.code
        && Objects.equals(entityKind, p.entityKind)
        && Objects.equals(entityId, p.entityId)
        && attributePath.equals(p.attributePath)
        && Objects.equals(reference, p.reference)
        && expectedKind == p.expectedKind
        && Objects.equals(jsonPointer, p.jsonPointer)
        && line == p.line
        && column == p.column
        && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        code,
        entityKind,
        entityId,
        attributePath,
        reference,
        expectedKind,
        jsonPointer,
        line,
        column,
        message);
  }

  /** How many characters of a value {@link #quote} shows before cutting it short. */
  private static final int QUOTE_LIMIT = 80;

  /**
   * A value as a problem message quotes it: in single quotes, cut to its first 80 characters
   * followed by {@code …} when longer, with each control character (and each line, paragraph or
   * bidirectional-text separator) escaped as {@code \n}, {@code \r}, {@code \t} or {@code \u0000},
   * so that a message stays one line however hostile the value. An ordinary value is quoted as
   * written: {@code quote("may-2025-target")} is {@code 'may-2025-target'}.
   *
   * @param value the value to quote, as given by the user
   * @return the quoted excerpt
   */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), QUOTE_LIMIT) + 3).append('\'');
    appendEscaped(out, value, QUOTE_LIMIT);
    return out.append('\'').toString();
  }

  /** Appends at most {@code limit} characters of a value, escaped, and {@code …} if cut short. */
  private static void appendEscaped(StringBuilder out, String value, int limit) {
    int i = 0;
    int shown = 0;
    while (i < value.length() && shown < limit) {
      int c = value.codePointAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (mustEscape(c)) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
      i += Character.charCount(c);
      shown++;
    }
    if (i < value.length()) {
      out.append('…');
    }
  }

  private static boolean mustEscape(int c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** Returns {@code where: message}, the line a user sees; the code is in {@link #code()}. */
  @Override
  public String toString() {
    return where() + ": " + message;
  }
}

package org.accountability.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One problem found in input: where it is and what is wrong.
 *
 * <p>A problem found in a model built from Java code names the entity kind, its id (when it has one)
 * and the attribute, for example {@code Directive 'may-2025-target' target.low}. A problem found in a
 * JSON document names a JSON Pointer and, where known, the line and column, for example
 * {@code /directives/3/target/low (line 41, column 17)}.
 *
 * <pre>{@code
 * try {
 *   Citation.builder().id("").build();
 * } catch (ValidationException e) {
 *   for (Problem p : e.problems()) {
 *     System.out.println(p.where() + ": " + p.message());
 *   }
 * }
 * }</pre>
 *
 * @param entityKind the kind of entity, such as {@code Directive}, when the problem is in the model
 * @param entityId the id of the entity, when it has one
 * @param attribute the attribute (a dotted path such as {@code target.low}), when one is at fault
 * @param jsonPointer the RFC 6901 JSON Pointer, when the problem is in a JSON document
 * @param line the 1-based line in the input, when known
 * @param column the 1-based column in the input, when known
 * @param message what is wrong, as a sentence a person can act on
 */
public record Problem(
    Optional<String> entityKind,
    Optional<String> entityId,
    Optional<String> attribute,
    Optional<String> jsonPointer,
    OptionalInt line,
    OptionalInt column,
    String message) {
  /** Checks that no component is null. */
  public Problem {
    requireNonNull(entityKind, "entityKind");
    requireNonNull(entityId, "entityId");
    requireNonNull(attribute, "attribute");
    requireNonNull(jsonPointer, "jsonPointer");
    requireNonNull(line, "line");
    requireNonNull(column, "column");
    requireNonNull(message, "message");
  }

  /**
   * A problem in one attribute of an entity.
   *
   * @param entityKind the kind of entity, such as {@code Directive}
   * @param entityId the id of the entity; empty when the entity has no usable id
   * @param attribute the attribute at fault; empty when the entity as a whole is at fault
   * @param message what is wrong
   * @return the problem
   */
  public static Problem inEntity(
      String entityKind, String entityId, String attribute, String message) {
    requireNonNull(entityKind, "entityKind");
    requireNonNull(entityId, "entityId");
    requireNonNull(attribute, "attribute");
    requireNonNull(message, "message");
    return new Problem(
        Optional.of(entityKind),
        Optional.of(entityId).filter(s -> !s.isEmpty()),
        Optional.of(attribute).filter(s -> !s.isEmpty()),
        Optional.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        message);
  }

  /**
   * A problem at a place in a JSON document.
   *
   * @param jsonPointer the JSON Pointer of the value at fault ({@code ""} is the whole document)
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param message what is wrong
   * @return the problem
   */
  public static Problem atPointer(String jsonPointer, int line, int column, String message) {
    requireNonNull(jsonPointer, "jsonPointer");
    requireNonNull(message, "message");
    return new Problem(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(jsonPointer),
        line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
        column > 0 ? OptionalInt.of(column) : OptionalInt.empty(),
        message);
  }

  /**
   * Where the problem is, as one readable phrase.
   *
   * @return for example {@code Directive 'may-2025-target' target.low} or {@code /claims/2/id (line
   *     9, column 13)}
   */
  public String where() {
    StringBuilder out = new StringBuilder();
    if (jsonPointer.isPresent()) {
      out.append(jsonPointer.get().isEmpty() ? "(document)" : jsonPointer.get());
    } else {
      out.append(entityKind.orElse("(model)"));
      entityId.ifPresent(id -> out.append(" '").append(id).append('\''));
      attribute.ifPresent(a -> out.append(' ').append(a));
    }
    if (line.isPresent()) {
      out.append(" (line ").append(line.getAsInt());
      if (column.isPresent()) {
        out.append(", column ").append(column.getAsInt());
      }
      out.append(')');
    }
    return out.toString();
  }

  /** Returns {@code where: message}. */
  @Override
  public String toString() {
    return where() + ": " + message;
  }
}

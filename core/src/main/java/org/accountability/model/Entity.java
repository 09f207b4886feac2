package org.accountability.model;

/**
 * Anything in the model with an id that is unique within its framework: a {@link Citation} or a
 * {@link Fact}. The interface is sealed; {@link EntityKind} names each kind and its type.
 *
 * <pre>{@code
 * framework.entity("usc-18-242").map(Entity::id);
 * }</pre>
 */
public sealed interface Entity permits Citation, Fact {
  /**
   * The id, unique within a framework: 1 to 128 letters, digits, {@code .}, {@code _}, {@code :} or
   * {@code -}, starting with a letter or digit.
   *
   * @return the id
   */
  String id();

  /**
   * What kind of entity this is.
   *
   * @return the kind
   */
  EntityKind entityKind();
}

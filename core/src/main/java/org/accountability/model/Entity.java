package org.accountability.model;

/**
 * Anything in the model with an id that is unique within its framework.
 *
 * <pre>{@code
 * framework.entity("usc-18-242").map(Entity::id);
 * }</pre>
 */
public interface Entity {
  /**
   * The id, unique within a framework: 1 to 128 letters, digits, {@code .}, {@code _}, {@code :}
   * or {@code -}, starting with a letter or digit.
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

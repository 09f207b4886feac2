package org.accountability.model;

/**
 * The kinds of entity a framework holds.
 *
 * <pre>{@code
 * framework.entity("C1").map(Entity::entityKind);   // Optional[CLAIM]
 * }</pre>
 */
public enum EntityKind {
  /** A {@link Citation}. */
  CITATION("Citation"),
  /** A {@link Directive}. */
  DIRECTIVE("Directive"),
  /** A {@link PersonnelAction}. */
  PERSONNEL_ACTION("PersonnelAction"),
  /** An {@link OversightBody}. */
  OVERSIGHT_BODY("OversightBody"),
  /** An {@link OversightAction}, held by its body. */
  OVERSIGHT_ACTION("OversightAction"),
  /** A {@link LegalRoute}. */
  LEGAL_ROUTE("LegalRoute"),
  /** A {@link Claim}. */
  CLAIM("Claim"),
  /** An {@link Observation}. */
  OBSERVATION("Observation");

  private final String typeName;

  EntityKind(String typeName) {
    this.typeName = typeName;
  }

  /**
   * The name of the Java type, as problems name it: {@code PersonnelAction}.
   *
   * @return the type name
   */
  public String typeName() {
    return typeName;
  }
}

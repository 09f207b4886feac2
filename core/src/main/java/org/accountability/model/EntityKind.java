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
  CITATION(Citation.class),
  /** A {@link Directive}. */
  DIRECTIVE(Directive.class),
  /** A {@link PersonnelAction}. */
  PERSONNEL_ACTION(PersonnelAction.class),
  /** An {@link OversightBody}. */
  OVERSIGHT_BODY(OversightBody.class),
  /** An {@link OversightAction}, held by its body. */
  OVERSIGHT_ACTION(OversightAction.class),
  /** A {@link LegalRoute}. */
  LEGAL_ROUTE(LegalRoute.class),
  /** A {@link Claim}. */
  CLAIM(Claim.class),
  /** An {@link Observation}. */
  OBSERVATION(Observation.class);

  private final Class<? extends Entity> type;

  EntityKind(Class<? extends Entity> type) {
    this.type = type;
  }

  /**
   * The Java type of entities of this kind.
   *
   * <pre>{@code
   * framework.entity("C1").map(e -> e.entityKind().type());  // Optional[class ...model.Claim]
   * }</pre>
   *
   * @return the type, such as {@code LegalRoute.class}
   */
  public Class<? extends Entity> type() {
    return type;
  }

  /**
   * The name of the Java type, as problems name it: {@code PersonnelAction}.
   *
   * @return the type name
   */
  public String typeName() {
    return type.getSimpleName();
  }
}

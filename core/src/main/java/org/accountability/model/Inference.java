package org.accountability.model;

/**
 * A link that a framework draws but its sources do not state: that a reassignment answered a missed
 * target, that an action enforced a particular directive, that a firing was a penalty. An answer
 * prints an inference as one, and an inferred link never documents accountability on its own.
 *
 * <pre>{@code
 * PersonnelAction.builder()
 *     // ...
 *     .conduct(Conduct.MISSED_QUOTA)
 *     .addInferences(new Inference("conduct",
 *         "the source reports the pace of deportations; no target is named"))
 *     .build();
 * }</pre>
 *
 * @param attribute the attribute that holds the inferred link, such as {@code conduct}
 * @param note why it is an inference, in a sentence
 */
public record Inference(String attribute, String note) {
  /**
   * Validates the components.
   *
   * @throws ValidationException listing every problem
   */
  public Inference {
    EntityChecks checks = new EntityChecks("Inference", null);
    checks.text("attribute", attribute);
    checks.text("note", note);
    checks.throwIfAny();
  }
}

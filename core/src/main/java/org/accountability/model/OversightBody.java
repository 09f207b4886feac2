package org.accountability.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A body that can constrain an agency or its people: a court, members or committees of Congress, a
 * state or local government, the Justice Department, an inspector general, a civil-society group,
 * the press. Its levers, and what it did with them.
 *
 * <pre>{@code
 * OversightBody court = OversightBody.builder()
 *     .id("ninth-circuit")
 *     .name("U.S. Court of Appeals for the Ninth Circuit")
 *     .kind(OversightBody.Kind.COURT)
 *     .addLevers(Lever.INJUNCTION)
 *     .addActions(upheldOrder)
 *     .addCitations("ninth-cir-2025-08-01")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract sealed class OversightBody implements Fact permits ImmutableOversightBody {
  /** What kind of body it is. */
  public enum Kind {
    /** A court. */
    COURT,
    /** A committee of a legislature or some of its members. */
    LEGISLATURE,
    /** A state, county or city government. */
    STATE_OR_LOCAL_GOVERNMENT,
    /** The Justice Department (or another prosecuting authority). */
    JUSTICE_DEPARTMENT,
    /** An inspector general or internal watchdog. */
    INSPECTOR_GENERAL,
    /** An advocacy, legal-aid or civil-liberties group. */
    CIVIL_SOCIETY,
    /** The press. */
    PRESS,
    /** A labor union of the agency's employees. */
    UNION,
    /** An arbitrator deciding a grievance. */
    ARBITRATOR,
    /** A monitor appointed by a court to oversee compliance with its order. */
    COURT_MONITOR,
    /** The agency's own leadership or internal investigators. */
    AGENCY
  }

  OversightBody() {}

  @Override
  public final EntityKind entityKind() {
    return EntityKind.OVERSIGHT_BODY;
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code OversightBody} values: set the attributes, then call {@code build()}. {@code
   * from(..)} starts from an existing value, to build a changed copy.
   *
   * <p>{@code build()} checks the whole value and reports every problem at once in one {@link
   * ValidationException}: a required attribute left unset (or set to {@code null}), a blank text,
   * an invalid id. A setter of an optional attribute refuses {@code null} at once with a {@code
   * ValidationException}; to clear an optional attribute, pass {@code Optional.empty()}. A builder
   * is not thread-safe: use it in one thread, for one value.
   *
   * <p>See {@link OversightBody} for an example.
   */
  public static final class Builder extends ImmutableOversightBody.Builder {
    Builder() {}
  }

  /**
   * Its name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What kind of body it is.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The levers it has.
   *
   * @return at least one lever
   */
  public abstract List<Lever> levers();

  /**
   * What it did, in the order given.
   *
   * @return the actions
   */
  public abstract List<OversightAction> actions();

  @Override
  public abstract List<String> citations();

  @Override
  public String label() {
    return name();
  }

  @Value.Check
  void check() {
    EntityChecks checks = new EntityChecks("OversightBody", id());
    checks.id(id());
    checks.text("name", name());
    checks.required("kind", kind());
    checks.check(
        !levers().isEmpty(), Problem.Code.MISSING, "levers", "must name at least one lever");
    checks.references("citations", citations());
    checks.distinct("levers", levers());
    for (int i = 0; i < actions().size(); i++) {
      OversightAction action = actions().get(i);
      if (action == null) {
        checks.add(Problem.Code.MISSING, EntityChecks.path("actions", i), "must not be null");
        continue;
      }
      if (!levers().contains(action.lever())) {
        checks.add(
            Problem.Code.INCONSISTENT,
            EntityChecks.path("actions", i, "lever"),
            "action "
                + Problem.quote(action.id())
                + " uses "
                + action.lever()
                + ", which is not among the"
                + " body's levers "
                + levers());
      }
    }
    checks.throwIfAny();
  }
}

package org.accountability.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The place of a person in an enforcement agency, in agency-neutral terms: one term of a
 * framework's open vocabulary of roles.
 *
 * <p>The standard roles are ready-made constants: an ICE deportation officer and a patrol officer
 * are both a {@link #LINE_AGENT}; a sergeant is a {@link #SUPERVISOR}; an ICE field office director
 * and a precinct commander are both a {@link #FIELD_OFFICE_MANAGER}; the acting ICE director and a
 * police commissioner are both a {@link #SENIOR_OFFICIAL}. A framework may declare roles of its own
 * with {@link #of(String, String, String)} and {@code AccountabilityFramework.Builder.addRoles}.
 * Two roles are equal when their ids are: a framework's own description of {@code LINE_AGENT} is
 * the same role as the constant.
 *
 * <pre>{@code
 * ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).verdict();
 * Role deputyChief = Role.of("DEPUTY_CHIEF", "deputy chief",
 *     "a commander over several precincts, below the chief of department");
 * }</pre>
 */
public final class Role extends Term {
  /** An officer who makes arrests, stops and summonses: an ICE officer, a patrol officer. */
  public static final Role LINE_AGENT =
      standard(
          "LINE_AGENT",
          "an officer who makes arrests and stops (an ICE officer, a patrol officer)");

  /**
   * A first-line or mid-level supervisor between the line officer and the manager of the unit: a
   * sergeant, a lieutenant, a supervisory deportation officer.
   */
  public static final Role SUPERVISOR =
      standard(
          "SUPERVISOR",
          "a supervisor between line officers and the manager of their unit (a sergeant, a"
              + " lieutenant)");

  /**
   * A manager of a local unit who answers for its numbers: an ICE field office director, a precinct
   * commander or its executive officer.
   */
  public static final Role FIELD_OFFICE_MANAGER =
      standard(
          "FIELD_OFFICE_MANAGER",
          "a manager of a local unit who answers for its numbers (an ICE field office director, a"
              + " precinct commander)");

  /**
   * A leader of the agency or of one of its directorates: the ICE director, the head of Enforcement
   * and Removal Operations, a police commissioner or chief.
   */
  public static final Role SENIOR_OFFICIAL =
      standard(
          "SENIOR_OFFICIAL",
          "a leader of the agency or one of its directorates (the ICE director, a police chief)");

  /**
   * A judge or hearing officer who decides cases the agency brings, such as an immigration judge
   * employed by the Justice Department.
   */
  public static final Role ADJUDICATOR =
      standard(
          "ADJUDICATOR",
          "a judge or hearing officer who decides the cases the agency brings (an immigration"
              + " judge)");

  private static final ImmutableList<Role> STANDARD =
      ImmutableList.of(LINE_AGENT, SUPERVISOR, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL, ADJUDICATOR);

  private Role(String id, String readableName, String description) {
    super(id, readableName, description);
  }

  private static Role standard(String id, String description) {
    return new Role(id, Term.words(id), description);
  }

  /**
   * A role of a framework's own vocabulary.
   *
   * @param id upper-case letters, digits and {@code _}, such as {@code DEPUTY_CHIEF}
   * @param readableName the role in lower-case words, for sentences, such as {@code deputy chief}
   * @param description what the role covers, with examples
   * @return the role
   * @throws ValidationException if the id is malformed or a text is blank
   */
  public static Role of(String id, String readableName, String description) {
    requireNonNull(id, "id");
    requireNonNull(readableName, "readableName");
    requireNonNull(description, "description");
    Term.check("Role", id, readableName, description);
    return new Role(id, readableName, description);
  }

  /**
   * The ready-made roles, in order from the line to the top, then the adjudicator.
   *
   * @return the standard roles
   */
  public static ImmutableList<Role> standardRoles() {
    return STANDARD;
  }

  /**
   * The standard role with this id.
   *
   * <pre>{@code
   * Role.standard("LINE_AGENT");   // Optional[LINE_AGENT]
   * }</pre>
   *
   * @param id the id
   * @return the role, or empty if no standard role has the id
   */
  public static Optional<Role> standard(String id) {
    requireNonNull(id, "id");
    for (Role r : STANDARD) {
      if (r.id().equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The standard role with this id, as an enum's {@code valueOf} would give it.
   *
   * <pre>{@code
   * Role.valueOf("LINE_AGENT");   // Role.LINE_AGENT
   * }</pre>
   *
   * @param id the id
   * @return the standard role
   * @throws IllegalArgumentException if no standard role has the id
   */
  public static Role valueOf(String id) {
    return standard(id)
        .orElseThrow(
            () -> new IllegalArgumentException("no standard role has the id " + Problem.quote(id)));
  }

  /**
   * Whether this is one of the {@link #standardRoles() standard roles}.
   *
   * @return true for a ready-made role's id
   */
  public boolean isStandard() {
    return standard(id()).isPresent();
  }

  /**
   * Equal when the ids are equal.
   *
   * @param o another object
   * @return true for a role with the same id
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Role r && r.id().equals(id());
  }

  @Override
  public int hashCode() {
    return id().hashCode();
  }
}

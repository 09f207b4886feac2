package org.accountability.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * A person or body that issues, receives or carries out something: described by office, named where
 * the sources name someone, and placed in a {@link Role} where one fits.
 *
 * <pre>{@code
 * Actor miller = Actor.named("White House deputy chief of staff", "Stephen Miller");
 * Actor offices = Actor.of("ICE field offices").withRole(Role.FIELD_OFFICE_MANAGER);
 * }</pre>
 *
 * @param description the office or body, such as {@code DHS Secretary}
 * @param names the people the sources name, if any
 * @param role the role the actor holds, where one of the model's roles fits
 */
public record Actor(String description, ImmutableList<String> names, Optional<Role> role) {
  /**
   * Validates the components.
   *
   * @throws ValidationException listing every problem
   */
  public Actor {
    EntityChecks checks = new EntityChecks("Actor", null);
    checks.text("description", description);
    checks.required("names", names);
    checks.required("role", role);
    if (names != null) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).isBlank()) {
          checks.add(Problem.Code.BLANK, EntityChecks.path("names", i), "must not be blank");
        }
      }
    }
    checks.throwIfAny();
  }

  /**
   * An actor described by office alone.
   *
   * @param description the office or body
   * @return the actor
   */
  public static Actor of(String description) {
    requireNonNull(description, "description");
    return new Actor(description, ImmutableList.of(), Optional.empty());
  }

  /**
   * An actor described by office and named.
   *
   * @param description the office or body
   * @param names the people the sources name
   * @return the actor
   */
  public static Actor named(String description, String... names) {
    requireNonNull(description, "description");
    requireNonNull(names, "names");
    return new Actor(description, copyNames(List.of(names)), Optional.empty());
  }

  /**
   * The same actor placed in a role.
   *
   * @param newRole the role
   * @return a copy with the role
   */
  public Actor withRole(Role newRole) {
    requireNonNull(newRole, "newRole");
    return new Actor(description, names, Optional.of(newRole));
  }

  /**
   * Whether the text names this actor: equal, ignoring case, to the description or to one of the
   * names.
   *
   * @param text a description or a name
   * @return true on a match
   */
  public boolean isNamed(String text) {
    requireNonNull(text, "text");
    return description.equalsIgnoreCase(text) || names.stream().anyMatch(text::equalsIgnoreCase);
  }

  /**
   * The description followed by the names, for example {@code DHS Secretary (Kristi Noem)}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return names.isEmpty() ? description : description + " (" + String.join(", ", names) + ")";
  }

  private static ImmutableList<String> copyNames(List<String> names) {
    return ImmutableList.copyOf(names);
  }
}

package org.accountability.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** The checks shared by the two open vocabularies, {@link Role} and {@link Conduct}. */
final class Terms {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  static final String ID_RULE =
      "use 1 to 64 upper-case letters, digits or '_', starting with a letter, such as LINE_AGENT";

  private Terms() {}

  static boolean isValidId(String id) {
    return ID.matcher(id).matches();
  }

  /** Checks a declaration and throws with every problem. */
  static void check(String kind, String id, String name, String description) {
    EntityChecks checks = new EntityChecks(kind, isValidId(id) ? id : null);
    checks.check(
        isValidId(id),
        Problem.Code.INVALID_ID,
        "id",
        Problem.quote(id) + " is not a valid " + kind + " id: " + ID_RULE);
    checks.text("name", name);
    checks.text("description", description);
    checks.throwIfAny();
  }

  /** The id in lower-case words: {@code LINE_AGENT} reads {@code line agent}. */
  static String words(String id) {
    return id.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

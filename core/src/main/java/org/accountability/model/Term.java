package org.accountability.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A term of one of the open vocabularies, {@link Role} and {@link Conduct}: an id, a readable name
 * and a description. Each vocabulary makes its terms equal by id.
 */
abstract class Term {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  static final String ID_RULE =
      "use 1 to 64 upper-case letters, digits or '_', starting with a letter, such as LINE_AGENT";

  private final String id;
  private final String readableName;
  private final String description;

  Term(String id, String readableName, String description) {
    this.id = id;
    this.readableName = readableName;
    this.description = description;
  }

  /**
   * The id, such as {@code LINE_AGENT} or {@code MISSED_QUOTA}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The term in lower-case words, for sentences: {@code field office manager}, {@code missed
   * quota}.
   *
   * @return the readable name
   */
  public String readableName() {
    return readableName;
  }

  /**
   * What the term covers, with examples.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The id.
   *
   * @return the id, such as {@code LINE_AGENT}
   */
  @Override
  public String toString() {
    return id;
  }

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

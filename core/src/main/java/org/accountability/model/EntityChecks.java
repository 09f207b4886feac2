package org.accountability.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import org.accountability.model.Problem.Code;
import org.jspecify.annotations.Nullable;

/**
 * Collects the problems of one entity so that its builder can report them all at once. Generated
 * builders skip mandatory checks (see {@link ModelStyle}), so a missing attribute arrives here as
 * null.
 */
final class EntityChecks {

  private final String kind;
  private final String id;

  /** The problems found, made on the first: nearly every entity has none. */
  private @Nullable List<Problem> problems;

  /**
   * An {@code Optional}, {@code Iterable} or array given to a builder, which the generated builder
   * would dereference unchecked: a {@code null} one is refused at once, with the problem a {@code
   * null} optional value gets, before the builder changes.
   *
   * @throws ValidationException naming the attribute if {@code argument} is {@code null}
   */
  static <T> T checked(@Nullable T argument, String attribute) {
    if (argument == null) {
      throw new ValidationException(attribute);
    }
    return argument;
  }

  EntityChecks(String kind, @Nullable String id) {
    this.kind = kind;
    this.id = id == null ? "" : id;
  }

  /** Checks an entity id: present and of the documented form. */
  EntityChecks id(@Nullable String value) {
    if (value == null) {
      missing("id");
    } else if (!isValidId(value)) {
      add(Code.INVALID_ID, "id", Problem.quote(value) + " is not a valid id: " + ID_RULE);
    }
    return this;
  }

  static final String ID_RULE =
      "use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

  /**
   * Whether a text is an id: 1 to 128 characters, letters and digits of ASCII, '.', '_', ':' or
   * '-', the first a letter or digit. Written out rather than as a regular expression because every
   * id and every reference of a framework goes through it.
   */
  static boolean isValidId(String value) {
    int n = value.length();
    if (n == 0 || n > 128 || !isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Checks that a required attribute is present. */
  EntityChecks required(String attribute, @Nullable Object value) {
    if (value == null) {
      missing(attribute);
    }
    return this;
  }

  /** Checks that a required text is present and not blank. */
  EntityChecks text(String attribute, @Nullable String value) {
    if (value == null) {
      missing(attribute);
    } else if (value.isBlank()) {
      add(Code.BLANK, attribute, "must not be blank");
    }
    return this;
  }

  /** Checks that an optional text, when present, is not blank. */
  EntityChecks optionalText(String attribute, Optional<String> value) {
    if (value.isPresent() && value.get().isBlank()) {
      add(Code.BLANK, attribute, "must not be blank when present; leave it out instead");
    }
    return this;
  }

  /** Checks that a single reference is present and a valid id. */
  EntityChecks reference(String attribute, @Nullable String value) {
    if (value == null) {
      missing(attribute);
    } else if (!isValidId(value)) {
      add(Code.INVALID_ID, attribute, Problem.quote(value) + " is not a valid id: " + ID_RULE);
    }
    return this;
  }

  /** Checks that every element of a list of references is present and a valid id. */
  EntityChecks references(String attribute, Collection<String> values) {
    if (values instanceof List<String> list && values instanceof RandomAccess) {
      // By index, without an iterator: every reference of a framework goes through here.
      for (int i = 0; i < list.size(); i++) {
        @Nullable String value = list.get(i);
        if (value == null || !isValidId(value)) {
          referenceAt(attribute, i, value);
        }
      }
      return this;
    }
    int i = 0;
    for (@Nullable String value : values) {
      referenceAt(attribute, i, value);
      i++;
    }
    return this;
  }

  /** Adds the problem of an element of a list of references, if it has one. */
  private void referenceAt(String attribute, int i, @Nullable String value) {
    if (value == null) {
      add(Code.MISSING, path(attribute, i), "must not be null");
    } else if (!isValidId(value)) {
      add(
          Code.INVALID_ID,
          path(attribute, i),
          Problem.quote(value) + " is not a valid id: " + ID_RULE);
    }
  }

  /**
   * Checks that a collection has no null element; generated builders accept nulls so that they can
   * be reported here with the entity's other problems.
   */
  EntityChecks noNulls(String attribute, Collection<?> values) {
    if (values instanceof List<?> list && values instanceof RandomAccess) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) == null) {
          add(Code.MISSING, path(attribute, i), "must not be null");
        }
      }
      return this;
    }
    int i = 0;
    for (@Nullable Object value : values) {
      if (value == null) {
        add(Code.MISSING, path(attribute, i), "must not be null");
      }
      i++;
    }
    return this;
  }

  /**
   * Checks that a list that stands for a set has no null and no repeated element; such attributes
   * are lists because a builder must accept a null to report it here.
   */
  EntityChecks distinct(String attribute, List<?> values) {
    noNulls(attribute, values);
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value != null && values.indexOf(value) < i) {
        add(Code.REPEATED, path(attribute, i), "repeats " + value + "; list each value once");
      }
    }
    return this;
  }

  /**
   * Checks the citations of a nested value: present, every element a valid id, and at least one
   * when {@code required}.
   */
  EntityChecks citations(String attribute, @Nullable List<String> values, boolean required) {
    if (values == null) {
      missing(attribute);
    } else {
      references(attribute, values);
      check(
          !required || !values.isEmpty(), Code.UNCITED, attribute, "must cite at least one source");
    }
    return this;
  }

  /** Checks a nested value's roles: present, no null and no repeat. */
  EntityChecks roles(String attribute, @Nullable List<Role> values) {
    if (values == null) {
      missing(attribute);
    } else {
      distinct(attribute, values);
    }
    return this;
  }

  /** Checks a nested value's conducts: present, no null and no repeat. */
  EntityChecks conducts(String attribute, @Nullable List<Conduct> values) {
    if (values == null) {
      missing(attribute);
    } else {
      distinct(attribute, values);
    }
    return this;
  }

  /** Adds a problem when a condition does not hold. */
  EntityChecks check(boolean holds, Code code, String attribute, String message) {
    if (!holds) {
      add(code, attribute, message);
    }
    return this;
  }

  /** Adds a problem in a nested attribute (see {@link #path}) when a condition does not hold. */
  EntityChecks check(boolean holds, Code code, List<String> attribute, String message) {
    if (!holds) {
      add(code, attribute, message);
    }
    return this;
  }

  void missing(String attribute) {
    add(Code.MISSING, attribute, "is required but missing");
  }

  void add(Code code, String attribute, String message) {
    add(code, path(attribute), message);
  }

  void add(Code code, List<String> attribute, String message) {
    List<Problem> found = problems;
    if (found == null) {
      found = new ArrayList<>();
      problems = found;
    }
    found.add(Problem.inEntity(code, kind, id, attribute, message));
  }

  /** Whether a problem has been found. */
  boolean hasProblems() {
    return problems != null;
  }

  /**
   * The path of a nested attribute, as {@link Problem#attributePath()} has it: names, and list
   * indexes given as numbers. {@code path("outcomes", 2, "date")} is {@code outcomes[2].date}.
   */
  static List<String> path(Object... steps) {
    List<String> out = new ArrayList<>(steps.length);
    for (Object step : steps) {
      String s = step.toString();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** Throws all collected problems, if any. */
  void throwIfAny() {
    List<Problem> found = problems;
    if (found != null) {
      throw new ValidationException(found);
    }
  }
}

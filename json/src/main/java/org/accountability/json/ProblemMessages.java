package org.accountability.json;

import java.time.YearMonth;
import org.accountability.model.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The wording of the problems the readers find in their input: the framework reader and the
 * CSL-JSON reader word the same failure the same way, from these builders. A reader adds only what
 * is its own (what it expected, why a property is unknown to it); the message is built only for a
 * problem, never for a value read without one.
 */
final class ProblemMessages {
  private ProblemMessages() {}

  /** The most characters of a number a message quotes. */
  private static final int NUMBER_EXCERPT = 80;

  /** A value of the wrong JSON type: {@code must be a string, found 42}. */
  static String wrongType(String expected, @Nullable Object value) {
    return "must be " + expected + ", found " + describe(value);
  }

  /**
   * What a value is, for a message: a string quoted, a number as written (cut short), {@code true},
   * {@code false} or {@code null}, else {@code an object} or {@code an array}.
   */
  static String describe(@Nullable Object value) {
    if (value instanceof LocatedTree.Obj) {
      return "an object";
    }
    if (value instanceof LocatedTree.Arr) {
      return "an array";
    }
    if (value instanceof String text) {
      return Problem.quote(text);
    }
    if (value instanceof LocatedTree.Num number) {
      String text = number.text();
      return text.length() <= NUMBER_EXCERPT ? text : text.substring(0, NUMBER_EXCERPT) + "…";
    }
    if (value instanceof Boolean flag) {
      return flag.toString();
    }
    return "null";
  }

  /** A required property that is absent. */
  static String missing() {
    return "is required but missing";
  }

  /** A required property that is absent, with what it should hold. */
  static String missing(String detail) {
    return "is required but missing: " + detail;
  }

  /** A property a strict reader does not read, and why. */
  static String unknownProperty(String name, String why) {
    return "unknown property " + Problem.quote(name) + ": " + why;
  }

  /** A property a lenient reader ignored, and why. */
  static String ignoredProperty(String name, String why) {
    return "unknown property " + Problem.quote(name) + " was ignored: " + why;
  }

  /** A text that is none of the values allowed: {@code unknown value 'X': expected one of A, B}. */
  static String unknownValue(String text, String expected) {
    return "unknown value " + Problem.quote(text) + ": expected one of " + expected;
  }

  /** As {@link #unknownValue(String, String)}, with a note on the value or on those expected. */
  static String unknownValue(String text, String expected, String note) {
    return unknownValue(text, expected) + " (" + note + ")";
  }

  /** A number out of the range of its meaning: {@code month 13 is out of range 1..12}. */
  static String outOfRange(String what, String value, long max, String context) {
    return what + " " + value + " is out of range 1.." + max + context;
  }

  /**
   * Why a year, month and day are not a calendar date (each in range of its own), in the words of
   * {@link #outOfRange}: {@code day 30 is out of range 1..28 of 2025-02}; null when they are one.
   */
  static @Nullable String notInCalendar(int year, int month, int day) {
    if (year < 1 || year > 9999) {
      return outOfRange("year", Integer.toString(year), 9999, "");
    }
    if (month < 1 || month > 12) {
      return outOfRange("month", Integer.toString(month), 12, "");
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (day < 1 || day > yearMonth.lengthOfMonth()) {
      return outOfRange(
          "day", Integer.toString(day), yearMonth.lengthOfMonth(), " of " + yearMonth);
    }
    return null;
  }

  /**
   * An id that an earlier value has, in the words of the model's own check: {@code duplicates the
   * id of the item at /1 ('a'); ids must be unique across the CSL-JSON array}.
   */
  static String duplicateId(String earlier, String scope) {
    return "duplicates the id of " + earlier + "; ids must be unique " + scope;
  }

  /** The problem of a syntax error starts with this, followed by the parser's own message. */
  static final String MALFORMED_JSON = "malformed JSON: ";

  /** Content after the one JSON value of a document. */
  static final String TRAILING_CONTENT =
      "trailing content after the JSON value: only one value is allowed";

  /** Input with no JSON value at all. */
  static String empty(String expected) {
    return "the input is empty: expected " + expected;
  }
}

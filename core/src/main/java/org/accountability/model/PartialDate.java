package org.accountability.model;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar date known to the year, the month or the day, possibly approximate.
 *
 * <p>A partial date denotes an interval: {@code 2025} is the whole of 2025, {@code 2025-10} the
 * whole of October 2025, {@code 2025-10-20} that one day. An approximate date ({@code ~2025-10},
 * "around October 2025") widens the interval by one unit of its precision on each side, so {@code
 * ~2025-10} may be any day from 2025-09-01 to 2025-11-30. {@link #earliest()} and {@link #latest()}
 * give that widened interval; {@link #start()} and {@link #end()} give the stated one.
 *
 * <p>The approximate mark has two spellings, and both are read wherever a partial date is read
 * ({@link #parse(String)}, {@link #tryParse(String)} and the JSON format): a leading {@code ~}
 * ({@code ~2025-10}), which {@link #toString()} writes, and the ISO 8601-2 trailing {@code ~}
 * ({@code 2025-10~}), which {@link #toIso8601()} and the JSON format write. Both denote the same
 * date: {@code PartialDate.parse("~2025-10").equals(PartialDate.parse("2025-10~"))}. A date marked
 * on both sides ({@code ~2025-10~}) is not a date.
 *
 * <p>Comparisons come in two strengths, because an interval can overlap a day:
 *
 * <ul>
 *   <li>"certainly": true for every day the date may denote ({@code 2025-02} is certainly on or
 *       before 2025-03-01);
 *   <li>"possibly": true for at least one day it may denote ({@code 2025-10} is possibly on or
 *       before 2025-10-15, but not certainly).
 * </ul>
 *
 * <pre>{@code
 * PartialDate october = PartialDate.parse("~2025-10");
 * october.precision();                                         // MONTH
 * october.certainlyOnOrBefore(LocalDate.of(2025, 12, 1));      // true
 * october.possiblyOnOrBefore(LocalDate.of(2025, 10, 15));      // true
 * october.certainlyOnOrBefore(LocalDate.of(2025, 10, 15));     // false
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Natural order is by stated start, then stated end,
 * then exact before approximate.
 */
public final class PartialDate implements Comparable<PartialDate> {
  /** How much of a date is known. */
  public enum Precision {
    /** Only the year is known. */
    YEAR,
    /** The year and month are known. */
    MONTH,
    /** The full date is known. */
    DAY
  }

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::start)
          .thenComparing(PartialDate::end)
          .thenComparing(PartialDate::isApproximate);

  private final LocalDate start;
  private final Precision precision;
  private final boolean approximate;

  private PartialDate(LocalDate start, Precision precision, boolean approximate) {
    this.start = start;
    this.precision = precision;
    this.approximate = approximate;
  }

  /**
   * A date known to the year.
   *
   * @param year the year, 1 to 9999
   * @return the partial date
   * @throws ValidationException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    return create(year, 1, 1, Precision.YEAR, false);
  }

  /**
   * A date known to the month.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @return the partial date
   * @throws ValidationException if a field is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    return create(year, month, 1, Precision.MONTH, false);
  }

  /**
   * A date known to the day.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @return the partial date
   * @throws ValidationException if the fields do not make a date
   */
  public static PartialDate ofDay(int year, int month, int day) {
    return create(year, month, day, Precision.DAY, false);
  }

  /**
   * A date known to the day, from a {@link LocalDate}.
   *
   * @param date the date
   * @return the partial date
   */
  public static PartialDate of(LocalDate date) {
    requireNonNull(date, "date");
    return create(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY, false);
  }

  /**
   * Parses an ISO-8601 calendar date of any precision, marked approximate by a {@code ~} before it
   * or, as ISO 8601-2 writes it, after it: {@code 2025}, {@code 2025-10}, {@code 2025-10-20},
   * {@code ~2025-10}, {@code 2025-10~}. The two approximate spellings give equal dates; a date
   * marked on both sides is refused.
   *
   * @param text the text
   * @return the partial date
   * @throws ValidationException if the text is not such a date
   */
  public static PartialDate parse(String text) {
    requireNonNull(text, "text");
    Optional<PartialDate> parsed = tryParse(text);
    if (parsed.isEmpty()) {
      throw new ValidationException(
          java.util.List.of(
              Problem.inEntity(
                  Problem.Code.INVALID_VALUE,
                  "PartialDate",
                  "",
                  "",
                  Problem.quote(text)
                      + " is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, with a ~ before"
                      + " or after it for an approximate date (~2025-10 or 2025-10~)")));
    }
    return parsed.get();
  }

  /**
   * Parses like {@link #parse(String)} but returns empty instead of throwing.
   *
   * @param text the text
   * @return the partial date, or empty if the text is not one
   */
  public static Optional<PartialDate> tryParse(String text) {
    requireNonNull(text, "text");
    // (~)?YYYY(-MM(-DD)?)?(~)?, marked on one side at most, read without a regular expression:
    // dates are read for every entity of a document.
    int n = text.length();
    boolean leading = n > 0 && text.charAt(0) == '~';
    boolean trailing = n > 1 && text.charAt(n - 1) == '~';
    if (leading && trailing) {
      return Optional.empty();
    }
    int from = leading ? 1 : 0;
    int length = n - from - (trailing ? 1 : 0);
    if (length != 4 && length != 7 && length != 10) {
      return Optional.empty();
    }
    int year = digits(text, from, 4);
    int month = length >= 7 && text.charAt(from + 4) == '-' ? digits(text, from + 5, 2) : -1;
    int day = length == 10 && text.charAt(from + 7) == '-' ? digits(text, from + 8, 2) : -1;
    if (year < 0 || (length >= 7 && month < 0) || (length == 10 && day < 0)) {
      return Optional.empty();
    }
    boolean approximate = leading || trailing;
    try {
      PartialDate date;
      if (length == 4) {
        date = create(year, 1, 1, Precision.YEAR, approximate);
      } else if (length == 7) {
        date = create(year, month, 1, Precision.MONTH, approximate);
      } else {
        date = create(year, month, day, Precision.DAY, approximate);
      }
      return Optional.of(date);
    } catch (ValidationException e) {
      return Optional.empty();
    }
  }

  /** The value of {@code count} ASCII digits at {@code from}, or -1 if any is not one. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static PartialDate create(
      int year, int month, int day, Precision precision, boolean approximate) {
    if (year < 1 || year > 9999) {
      throw invalid(Problem.Code.OUT_OF_RANGE, "year " + year + " is out of range 1..9999");
    }
    try {
      return new PartialDate(LocalDate.of(year, month, day), precision, approximate);
    } catch (DateTimeException e) {
      throw invalid(Problem.Code.INVALID_VALUE, String.valueOf(e.getMessage()));
    }
  }

  private static ValidationException invalid(Problem.Code code, String why) {
    return new ValidationException(
        java.util.List.of(Problem.inEntity(code, "PartialDate", "", "", why)));
  }

  /**
   * The same date marked approximate ("around").
   *
   * @return an approximate copy
   */
  public PartialDate approximately() {
    return new PartialDate(start, precision, true);
  }

  /**
   * How much of the date is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Whether the date is approximate.
   *
   * @return true for an approximate date
   */
  public boolean isApproximate() {
    return approximate;
  }

  /**
   * The year.
   *
   * @return the year
   */
  public int year() {
    return start.getYear();
  }

  /**
   * The month, when known.
   *
   * @return the month 1..12, or empty at year precision
   */
  public Optional<Integer> month() {
    return precision == Precision.YEAR ? Optional.empty() : Optional.of(start.getMonthValue());
  }

  /**
   * The day of the month, when known.
   *
   * @return the day, or empty unless at day precision
   */
  public Optional<Integer> day() {
    return precision == Precision.DAY ? Optional.of(start.getDayOfMonth()) : Optional.empty();
  }

  /**
   * The first day of the stated interval.
   *
   * @return the first day
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The last day of the stated interval.
   *
   * @return the last day (inclusive)
   */
  public LocalDate end() {
    return switch (precision) {
      case YEAR -> LocalDate.of(start.getYear(), 12, 31);
      case MONTH -> YearMonth.from(start).atEndOfMonth();
      default -> start;
    };
  }

  /**
   * The first day the date may denote: the stated start, one unit earlier when approximate.
   *
   * @return the earliest day
   */
  public LocalDate earliest() {
    if (!approximate) {
      return start;
    }
    return switch (precision) {
      case YEAR -> start.minusYears(1);
      case MONTH -> start.minusMonths(1);
      default -> start.minusDays(1);
    };
  }

  /**
   * The last day the date may denote: the stated end, one unit later when approximate.
   *
   * @return the latest day (inclusive)
   */
  public LocalDate latest() {
    if (!approximate) {
      return end();
    }
    return switch (precision) {
      case YEAR -> LocalDate.of(start.getYear() + 1, 12, 31);
      case MONTH -> YearMonth.from(start).plusMonths(1).atEndOfMonth();
      default -> start.plusDays(1);
    };
  }

  /**
   * Whether every day this date may denote is on or before {@code day}.
   *
   * @param day the day
   * @return true if certainly on or before
   */
  public boolean certainlyOnOrBefore(LocalDate day) {
    requireNonNull(day, "day");
    return !latest().isAfter(day);
  }

  /**
   * Whether at least one day this date may denote is on or before {@code day}.
   *
   * @param day the day
   * @return true if possibly on or before
   */
  public boolean possiblyOnOrBefore(LocalDate day) {
    requireNonNull(day, "day");
    return !earliest().isAfter(day);
  }

  /**
   * Whether every day this date may denote is before every day {@code other} may denote.
   *
   * @param other the other date
   * @return true if certainly before
   */
  public boolean certainlyBefore(PartialDate other) {
    requireNonNull(other, "other");
    return latest().isBefore(other.earliest());
  }

  /**
   * Whether some day this date may denote is before some day {@code other} may denote.
   *
   * @param other the other date
   * @return true if possibly before
   */
  public boolean possiblyBefore(PartialDate other) {
    requireNonNull(other, "other");
    return earliest().isBefore(other.latest());
  }

  /**
   * Whether the two dates may denote a common day.
   *
   * @param other the other date
   * @return true if the intervals overlap
   */
  public boolean possiblyOverlaps(PartialDate other) {
    requireNonNull(other, "other");
    return !earliest().isAfter(other.latest()) && !other.earliest().isAfter(latest());
  }

  /**
   * The months' names in English, as {@code Month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)}
   * gives them, without loading the JDK's locale data (some 15 ms in a new JVM) to find them.
   */
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  /**
   * A date for people: {@code 2025}, {@code October 2025}, {@code 20 October 2025}, prefixed with
   * "around" when approximate.
   *
   * @return the readable date
   */
  public String toReadableString() {
    String month = MONTHS[start.getMonthValue() - 1];

    String text =
        switch (precision) {
          case YEAR -> Integer.toString(start.getYear());
          case MONTH -> month + " " + start.getYear();
          default -> start.getDayOfMonth() + " " + month + " " + start.getYear();
        };
    return approximate ? "around " + text : text;
  }

  /**
   * The ISO 8601-2 form: the date at its precision, with a trailing {@code ~} when approximate.
   * This is how the JSON format writes dates; {@link #parse(String)} reads it back, as it reads the
   * leading {@code ~} of {@link #toString()}.
   *
   * @return for example {@code 2025}, {@code 2025-10~} or {@code 2025-10-20}
   */
  public String toIso8601() {
    return format(false);
  }

  @Override
  public int compareTo(PartialDate other) {
    requireNonNull(other, "other");
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof PartialDate partialDate
        && partialDate.start.equals(start)
        && partialDate.precision == precision
        && partialDate.approximate == approximate;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, precision, approximate);
  }

  /**
   * The ISO-8601 form at the date's precision, with a leading {@code ~} when approximate; {@link
   * #parse(String)} reads it back, and so does the JSON format's reader, which also reads the
   * trailing {@code ~} of {@link #toIso8601()}.
   *
   * @return for example {@code 2025}, {@code ~2025-10} or {@code 2025-10-20}
   */
  @Override
  public String toString() {
    return format(true);
  }

  /**
   * The date at its precision, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (the year is 1
   * to 9999, so four digits), an approximate one marked before or after: written into one array, as
   * dates are written for every entity of a document.
   */
  private String format(boolean markBefore) {
    int length = precision == Precision.YEAR ? 4 : precision == Precision.MONTH ? 7 : 10;
    char[] out = new char[length + (approximate ? 1 : 0)];
    int at = approximate && markBefore ? 1 : 0;
    if (approximate) {
      out[markBefore ? 0 : length] = '~';
    }
    int year = start.getYear();
    out[at] = (char) ('0' + year / 1000);
    out[at + 1] = (char) ('0' + year / 100 % 10);
    out[at + 2] = (char) ('0' + year / 10 % 10);
    out[at + 3] = (char) ('0' + year % 10);
    if (precision != Precision.YEAR) {
      int month = start.getMonthValue();
      out[at + 4] = '-';
      out[at + 5] = (char) ('0' + month / 10);
      out[at + 6] = (char) ('0' + month % 10);
    }
    if (precision == Precision.DAY) {
      int day = start.getDayOfMonth();
      out[at + 7] = '-';
      out[at + 8] = (char) ('0' + day / 10);
      out[at + 9] = (char) ('0' + day % 10);
    }
    return new String(out);
  }
}

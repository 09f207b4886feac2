package org.accountability.model;

import static org.accountability.testing.Problems.assertThat;
import static org.accountability.testing.Problems.inEntity;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.accountability.model.Problem.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", "2025-10", "2025-10-20", "~2025-10", "~2025", "~2025-10-20"})
  void parseAndToStringRoundTrip(String text) {
    PartialDate date = PartialDate.parse(text);
    assertEquals(text, date.toString());
    assertEquals(date, PartialDate.parse(date.toString()));
    assertEquals(Optional.of(date), PartialDate.tryParse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", "2025-10", "2025-10-20"})
  void bothApproximateSpellingsParseToEqualDates(String exact) {
    PartialDate leading = PartialDate.parse("~" + exact);
    PartialDate trailing = PartialDate.parse(exact + "~");
    assertAll(
        () -> assertEquals(leading, trailing),
        () -> assertEquals(leading.hashCode(), trailing.hashCode()),
        () -> assertTrue(trailing.isApproximate()),
        () -> assertEquals(PartialDate.parse(exact).approximately(), trailing),
        () -> assertEquals(Optional.of(leading), PartialDate.tryParse(exact + "~")),
        () -> assertEquals(Optional.of(trailing), PartialDate.tryParse("~" + exact)),
        // each side keeps writing its own spelling, and each spelling reads back
        () -> assertEquals("~" + exact, trailing.toString()),
        () -> assertEquals(exact + "~", leading.toIso8601()),
        () -> assertEquals(leading, PartialDate.parse(leading.toIso8601())),
        () -> assertEquals(trailing, PartialDate.parse(trailing.toString())));
  }

  @Test
  void aDateMarkedApproximateOnBothSidesIsRefused() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> PartialDate.parse("~2025-10~"));
    assertThat(e)
        .hasExactly(
            inEntity(
                Code.INVALID_VALUE,
                "PartialDate",
                "",
                "",
                "'~2025-10~' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, with a ~ before or after it for an approximate date (~2025-10 or 2025-10~)"));
    assertEquals(Optional.empty(), PartialDate.tryParse("~2025-10~"));
  }

  @Test
  void precisionAndFields() {
    PartialDate year = PartialDate.parse("2025");
    PartialDate month = PartialDate.parse("2025-10");
    PartialDate dayDate = PartialDate.parse("2025-10-20");
    PartialDate approximate = PartialDate.parse("~2025-10");
    assertAll(
        () -> assertEquals(PartialDate.Precision.YEAR, year.precision()),
        () -> assertEquals(PartialDate.Precision.MONTH, month.precision()),
        () -> assertEquals(PartialDate.Precision.DAY, dayDate.precision()),
        () -> assertEquals(PartialDate.Precision.MONTH, approximate.precision()),
        () -> assertFalse(month.isApproximate()),
        () -> assertTrue(approximate.isApproximate()),
        () -> assertEquals(2025, year.year()),
        () -> assertEquals(Optional.empty(), year.month()),
        () -> assertEquals(Optional.empty(), year.day()),
        () -> assertEquals(Optional.of(10), month.month()),
        () -> assertEquals(Optional.empty(), month.day()),
        () -> assertEquals(Optional.of(10), dayDate.month()),
        () -> assertEquals(Optional.of(20), dayDate.day()));
  }

  @Test
  void factoriesEqualParsedDates() {
    assertAll(
        () -> assertEquals(PartialDate.parse("2025"), PartialDate.ofYear(2025)),
        () -> assertEquals(PartialDate.parse("2025-10"), PartialDate.ofMonth(2025, 10)),
        () -> assertEquals(PartialDate.parse("2025-10-20"), PartialDate.ofDay(2025, 10, 20)),
        () -> assertEquals(PartialDate.parse("2025-10-20"), PartialDate.of(day(2025, 10, 20))),
        () ->
            assertEquals(
                PartialDate.parse("~2025-10"), PartialDate.ofMonth(2025, 10).approximately()));
  }

  @Test
  void startAndEndOfStatedInterval() {
    assertAll(
        () -> assertEquals(day(2025, 1, 1), PartialDate.parse("2025").start()),
        () -> assertEquals(day(2025, 12, 31), PartialDate.parse("2025").end()),
        () -> assertEquals(day(2025, 2, 1), PartialDate.parse("2025-02").start()),
        () -> assertEquals(day(2025, 2, 28), PartialDate.parse("2025-02").end()),
        () -> assertEquals(day(2024, 2, 29), PartialDate.parse("2024-02").end()),
        () -> assertEquals(day(2025, 10, 31), PartialDate.parse("2025-10").end()),
        () -> assertEquals(day(2025, 10, 20), PartialDate.parse("2025-10-20").start()),
        () -> assertEquals(day(2025, 10, 20), PartialDate.parse("2025-10-20").end()),
        // the stated interval of an approximate date is not widened
        () -> assertEquals(day(2025, 10, 1), PartialDate.parse("~2025-10").start()),
        () -> assertEquals(day(2025, 10, 31), PartialDate.parse("~2025-10").end()));
  }

  @Test
  void exactDateEarliestAndLatestAreItsStatedInterval() {
    PartialDate month = PartialDate.parse("2025-10");
    assertEquals(month.start(), month.earliest());
    assertEquals(month.end(), month.latest());
  }

  @Test
  void approximateDateWidensByOneUnitOnEachSide() {
    PartialDate month = PartialDate.parse("~2025-10");
    PartialDate dayDate = PartialDate.parse("~2025-10-20");
    PartialDate year = PartialDate.parse("~2022");
    assertAll(
        () -> assertEquals(day(2025, 9, 1), month.earliest()),
        () -> assertEquals(day(2025, 11, 30), month.latest()),
        () -> assertEquals(day(2025, 10, 19), dayDate.earliest()),
        () -> assertEquals(day(2025, 10, 21), dayDate.latest()),
        () -> assertEquals(day(2021, 1, 1), year.earliest()),
        () -> assertEquals(day(2023, 12, 31), year.latest()),
        // widening crosses year and leap-day boundaries
        () -> assertEquals(day(2024, 12, 1), PartialDate.parse("~2025-01").earliest()),
        () -> assertEquals(day(2024, 2, 29), PartialDate.parse("~2024-01").latest()));
  }

  @Test
  void certainlyVersusPossiblyOnOrBeforeAtTheBoundaries() {
    PartialDate october = PartialDate.parse("2025-10");
    assertAll(
        () -> assertTrue(october.certainlyOnOrBefore(day(2025, 10, 31))),
        () -> assertFalse(october.certainlyOnOrBefore(day(2025, 10, 30))),
        () -> assertTrue(october.possiblyOnOrBefore(day(2025, 10, 1))),
        () -> assertFalse(october.possiblyOnOrBefore(day(2025, 9, 30))),
        () -> assertTrue(october.possiblyOnOrBefore(day(2025, 10, 15))),
        () -> assertFalse(october.certainlyOnOrBefore(day(2025, 10, 15))));

    PartialDate around = PartialDate.parse("~2025-10");
    assertAll(
        () -> assertTrue(around.certainlyOnOrBefore(day(2025, 12, 1))),
        () -> assertTrue(around.certainlyOnOrBefore(day(2025, 11, 30))),
        () -> assertFalse(around.certainlyOnOrBefore(day(2025, 11, 29))),
        () -> assertTrue(around.possiblyOnOrBefore(day(2025, 9, 1))),
        () -> assertFalse(around.possiblyOnOrBefore(day(2025, 8, 31))),
        () -> assertTrue(around.possiblyOnOrBefore(day(2025, 10, 15))),
        () -> assertFalse(around.certainlyOnOrBefore(day(2025, 10, 15))));

    PartialDate exactDay = PartialDate.parse("2025-10-20");
    assertAll(
        () -> assertTrue(exactDay.certainlyOnOrBefore(day(2025, 10, 20))),
        () -> assertTrue(exactDay.possiblyOnOrBefore(day(2025, 10, 20))),
        () -> assertFalse(exactDay.certainlyOnOrBefore(day(2025, 10, 19))),
        () -> assertFalse(exactDay.possiblyOnOrBefore(day(2025, 10, 19))));
  }

  @Test
  void certainlyBeforePossiblyBeforeAndPossiblyOverlaps() {
    PartialDate september = PartialDate.parse("2025-09");
    PartialDate october = PartialDate.parse("2025-10");
    PartialDate aroundOctober = PartialDate.parse("~2025-10");
    PartialDate year = PartialDate.parse("2025");
    PartialDate lastOfOctober = PartialDate.parse("2025-10-31");
    PartialDate firstOfNovember = PartialDate.parse("2025-11-01");
    assertAll(
        () -> assertTrue(september.certainlyBefore(october)),
        () -> assertFalse(october.certainlyBefore(september)),
        () -> assertFalse(september.certainlyBefore(aroundOctober)),
        () -> assertFalse(year.certainlyBefore(october)),
        () -> assertTrue(october.certainlyBefore(firstOfNovember)),
        () -> assertFalse(lastOfOctober.certainlyBefore(october)),
        () -> assertTrue(year.possiblyBefore(october)),
        () -> assertTrue(october.possiblyBefore(year)),
        () -> assertFalse(lastOfOctober.possiblyBefore(october)),
        () -> assertTrue(firstOfNovember.possiblyBefore(aroundOctober)),
        () -> assertFalse(firstOfNovember.possiblyBefore(october)),
        () -> assertTrue(october.possiblyOverlaps(lastOfOctober)),
        () -> assertTrue(lastOfOctober.possiblyOverlaps(october)),
        () -> assertFalse(october.possiblyOverlaps(firstOfNovember)),
        () -> assertFalse(firstOfNovember.possiblyOverlaps(october)),
        () -> assertTrue(aroundOctober.possiblyOverlaps(firstOfNovember)),
        () -> assertTrue(year.possiblyOverlaps(october)),
        () -> assertFalse(september.possiblyOverlaps(october)),
        () -> assertTrue(september.possiblyOverlaps(aroundOctober)));
  }

  @Test
  void compareToOrdersByStartThenEndThenExactBeforeApproximate() {
    PartialDate year = PartialDate.parse("2025");
    PartialDate january = PartialDate.parse("2025-01");
    PartialDate firstOfJanuary = PartialDate.parse("2025-01-01");
    PartialDate aroundJanuary = PartialDate.parse("~2025-01");
    PartialDate february = PartialDate.parse("2025-02");
    PartialDate previousYear = PartialDate.parse("2024-12-31");
    List<PartialDate> expected =
        List.of(previousYear, firstOfJanuary, january, aroundJanuary, year, february);
    List<PartialDate> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertEquals(expected, shuffled);
    assertAll(
        () -> assertTrue(january.compareTo(year) < 0),
        () -> assertTrue(year.compareTo(january) > 0),
        () -> assertTrue(january.compareTo(aroundJanuary) < 0),
        () -> assertEquals(0, january.compareTo(PartialDate.parse("2025-01"))));
  }

  @Test
  void equalsAndHashCode() {
    PartialDate october = PartialDate.parse("2025-10");
    PartialDate same = PartialDate.ofMonth(2025, 10);
    assertAll(
        () -> assertEquals(october, same),
        () -> assertEquals(october.hashCode(), same.hashCode()),
        () -> assertNotEquals(october, PartialDate.parse("~2025-10")),
        () -> assertNotEquals(october, PartialDate.parse("2025-10-01")),
        () -> assertNotEquals(PartialDate.parse("2025"), PartialDate.parse("2025-01")),
        () -> assertNotEquals(october, (Object) "2025-10"));
  }

  @Test
  void readableString() {
    assertAll(
        () -> assertEquals("2025", PartialDate.parse("2025").toReadableString()),
        () -> assertEquals("October 2025", PartialDate.parse("2025-10").toReadableString()),
        () -> assertEquals("20 October 2025", PartialDate.parse("2025-10-20").toReadableString()),
        () -> assertEquals("around October 2025", PartialDate.parse("~2025-10").toReadableString()),
        () -> assertEquals("around 2022", PartialDate.parse("~2022").toReadableString()),
        () -> assertEquals("1 February 2025", PartialDate.parse("2025-02-01").toReadableString()));
  }

  @Test
  void everyMonthIsNamedAsTheJdkNamesItInEnglish() {
    for (java.time.Month m : java.time.Month.values()) {
      String name = m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
      String month = String.format(java.util.Locale.ROOT, "2025-%02d", m.getValue());
      assertEquals(name + " 2025", PartialDate.parse(month).toReadableString());
      assertEquals("9 " + name + " 2025", PartialDate.parse(month + "-09").toReadableString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-13", "2025-02-30", "25-01", "2025/01", "", "~", "0000", "2025-00"})
  void invalidTextIsRejectedWithOneProblemNamingIt(String text) {
    ValidationException e = assertThrows(ValidationException.class, () -> PartialDate.parse(text));
    assertEquals(1, e.problems().size());
    Problem problem = e.problems().get(0);
    assertEquals(Optional.of("PartialDate"), problem.entityKind());
    assertTrue(
        problem.message().contains("'" + text + "'"),
        () -> "message should name the text: " + problem.message());
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("'" + text + "'"), message);
    assertEquals(Optional.empty(), PartialDate.tryParse(text));
  }

  @Test
  void outOfRangeFieldsInFactoriesThrowValidationException() {
    assertAll(
        () -> assertThrows(ValidationException.class, () -> PartialDate.ofYear(0)),
        () -> assertThrows(ValidationException.class, () -> PartialDate.ofYear(10000)),
        () -> assertThrows(ValidationException.class, () -> PartialDate.ofMonth(2025, 13)),
        () -> assertThrows(ValidationException.class, () -> PartialDate.ofDay(2025, 2, 29)));
    assertEquals(day(2024, 2, 29), PartialDate.ofDay(2024, 2, 29).start());
  }
}

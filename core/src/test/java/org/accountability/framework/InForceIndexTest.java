package org.accountability.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.accountability.model.Actor;
import org.accountability.model.Directive;
import org.accountability.model.PartialDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The interval tree behind {@code directives().inForceOn(day)} lists, and counts, exactly the
 * directives the rule keeps, on every day of a range that covers every date's boundaries: dates
 * known to the year, month or day, approximate ones, open-ended and ended directives, and
 * successors that took effect before, on or after the directive they supersede.
 */
class InForceIndexTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2019, 11, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 1);

  @Test
  void listsAndCountsExactlyWhatTheRuleKeepsOnEveryDay() {
    int daysWithSeveral = 0;
    for (long seed = 0; seed < 16; seed++) {
      Random random = new Random(seed);
      List<Directive> directives = new ArrayList<>();
      Map<String, PartialDate> supersededOn = new HashMap<>();
      int count = 1 + random.nextInt(48);
      for (int i = 0; i < count; i++) {
        Directive d = directive("d" + i, random);
        directives.add(d);
        if (random.nextInt(3) == 0) {
          supersededOn.put(d.id(), date(random));
        }
      }
      InForceIndex index = new InForceIndex(directives, supersededOn);
      for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
        LocalDate on = day;
        List<Directive> expected =
            directives.stream().filter(d -> inForce(d, supersededOn.get(d.id()), on)).toList();
        String where = "seed " + seed + ", " + day;
        assertEquals(expected, index.inForceOn(day), where);
        assertEquals(expected.size(), index.countInForceOn(day), where);
        List<Directive> lazily = index.lazilyInForceOn(day);
        assertEquals(expected.size(), lazily.size(), where);
        assertEquals(expected, lazily, where);
        daysWithSeveral += expected.size() > 1 ? 1 : 0;
      }
    }
    assertTrue(daysWithSeveral > 1000, "overlapping directives: " + daysWithSeveral);
  }

  @Test
  void aFrameworkWithoutDatedDirectivesHasNoneInForce() {
    Random random = new Random(1);
    Directive undated =
        Directive.builder()
            .from(directive("undated", random))
            .effective(Optional.empty())
            .ended(Optional.empty())
            .build();
    InForceIndex index = new InForceIndex(List.of(undated), Map.of());
    assertEquals(List.of(), index.inForceOn(LocalDate.of(2024, 1, 1)));
    assertEquals(0, index.countInForceOn(LocalDate.of(2024, 1, 1)));
    assertEquals(0, new InForceIndex(List.of(), Map.of()).countInForceOn(FIRST_DAY));
  }

  /** The rule, as {@link DirectiveQuery#isInForce} states it, with the successors given. */
  private static boolean inForce(Directive d, @Nullable PartialDate successorStart, LocalDate day) {
    return d.isInForceOn(day)
        && (successorStart == null || !successorStart.certainlyOnOrBefore(day));
  }

  private static Directive directive(String id, Random random) {
    Directive.Builder b =
        Directive.builder()
            .id(id)
            .kind(Directive.Kind.POLICY_MEMO)
            .summary("A memo")
            .issuer(Actor.of("A chief"))
            .addressee(Actor.of("Officers"))
            .addCitations("a-source");
    if (random.nextInt(8) != 0) {
      PartialDate effective = date(random);
      b.effective(effective);
      if (random.nextBoolean()) {
        LocalDate end = effective.latest().plusDays(random.nextInt(900));
        PartialDate ended = PartialDate.of(end);
        b.ended(random.nextInt(5) == 0 ? ended.approximately() : ended);
      }
    }
    return b.build();
  }

  /** A date from 2020 to 2025, known to the year, month or day, a fifth of them approximate. */
  private static PartialDate date(Random random) {
    int year = 2020 + random.nextInt(6);
    PartialDate date =
        switch (random.nextInt(3)) {
          case 0 -> PartialDate.ofYear(year);
          case 1 -> PartialDate.ofMonth(year, 1 + random.nextInt(12));
          default -> PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    return random.nextInt(5) == 0 ? date.approximately() : date;
  }
}

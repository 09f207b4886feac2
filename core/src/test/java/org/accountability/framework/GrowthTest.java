package org.accountability.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accountability.model.Actor;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Directive;
import org.accountability.model.NumericalTarget;
import org.accountability.model.Observation;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;
import org.junit.jupiter.api.Test;

/**
 * Shows, by counting the entities each operation touches rather than by timing it, that {@code
 * attainment()} and {@code Builder.remove(id)} grow linearly with the framework: eight times the
 * entities take at most about eight times the work (a quadratic path would take sixty-four).
 */
class GrowthTest {
  private static final int SMALL = 50;
  private static final int LARGE = 8 * SMALL;

  @Test
  void attainmentTouchesEachObservationAFixedNumberOfTimes() {
    long small = attainmentVisits(offices(SMALL).build());
    long large = attainmentVisits(offices(LARGE).build());
    assertTrue(small > 0);
    assertTrue(
        large <= 9 * small,
        "attainment touched " + small + " then " + large + " for eight times the entities");
  }

  @Test
  void attainmentFindsWhatTheRuleSays() {
    AccountabilityFramework f = offices(3).build();
    for (TargetAttainment t : f.attainment()) {
      Directive d = t.directive();
      List<Observation> expected = new ArrayList<>();
      for (Observation o : f.observations()) {
        LocalDate day = o.period().start();
        boolean inForce =
            d.effective().map(e -> !e.start().isAfter(day)).orElse(false)
                && d.ended().map(e -> !e.end().isBefore(day)).orElse(true)
                && DirectiveQuery.successorStart(f, d)
                    .map(s -> s.start().isAfter(day))
                    .orElse(true);
        if (inForce && t.target().isComparableWith(o)) {
          expected.add(o);
        }
      }
      expected.sort((x, y) -> x.period().compareTo(y.period()));
      assertEquals(
          expected, t.points().stream().map(TargetAttainment.Point::observation).toList(), d.id());
    }
  }

  @Test
  void removingEveryActionAndDirectiveOneByOneIsLinear() {
    long small = removalVisits(SMALL);
    long large = removalVisits(LARGE);
    assertTrue(small > 0);
    assertTrue(
        large <= 9 * small,
        "removal touched " + small + " then " + large + " for eight times the entities");
  }

  @Test
  void removalKeepsOrderAndDropsAboutReferences() {
    AccountabilityFramework.Builder b = offices(4);
    b.remove("pa-1").remove("d-2-1").remove("pa-2").remove("d-2-0");
    AccountabilityFramework f = b.build();
    assertEquals(
        List.of("pa-0", "pa-3"), f.personnelActions().stream().map(PersonnelAction::id).toList());
    assertEquals(
        List.of("d-0-0", "d-0-1", "d-1-0", "d-1-1", "d-3-0", "d-3-1"),
        f.directives().stream().map(Directive::id).toList());
    assertEquals(
        List.of("claim-0", "claim-1", "claim-3"),
        f.claims().stream().filter(c -> !c.about().isEmpty()).map(Claim::id).toList());
    assertEquals(ImmutableList.of(), f.claims().withId("claim-2").first().orElseThrow().about());
    // Added back, an entity goes to the end, as a list's add would put it.
    AccountabilityFramework again =
        f.toBuilder()
            .remove("pa-0")
            .addPersonnelActions(f.personnelActions().list().get(0))
            .build();
    assertEquals(
        List.of("pa-3", "pa-0"),
        again.personnelActions().stream().map(PersonnelAction::id).toList());
  }

  @Test
  void attainmentGroupsEachObservationOnceAndLooksOnlyAtTheRunInForce() {
    AccountabilityFramework f = offices(1).build();
    long observations = f.observations().count();
    int points = 0;
    int targets = 0;
    for (TargetAttainment t : f.attainment()) {
      points += t.points().size();
      targets++;
    }
    long visits = attainmentVisits(f);
    assertTrue(
        visits >= observations + points + targets,
        "each observation grouped, each point looked at, a search per target: " + visits);
    assertTrue(
        visits <= observations + points + targets * 5L,
        "at most four search steps and one look past the run, per target: " + visits);
  }

  @Test
  void onceIndexedARemovalTouchesOnlyWhatItRemovesAndBuildingCompactsOnce() {
    AccountabilityFramework.Builder b = offices(SMALL);
    b.remove("pa-0");
    long before = b.visits.count;
    b.remove("pa-1");
    assertEquals(1, b.visits.count - before, "the action removed");
    before = b.visits.count;
    b.remove("d-1-1");
    assertEquals(2, b.visits.count - before, "the directive removed and the claim about it");
    before = b.visits.count;
    AccountabilityFramework f = b.build();
    assertEquals(
        SMALL + 2 * SMALL,
        b.visits.count - before,
        "building drops the removed entities of the two kinds that lost some, touching each once");
    assertEquals(SMALL - 2L, f.personnelActions().count());
    assertEquals(List.of("d-1-0"), f.claims().withId("claim-1").first().orElseThrow().about());
  }

  @Test
  void anEntityAddedAfterARemovalCanItselfBeRemoved() {
    PersonnelAction second =
        offices(3).build().personnelActions().withId("pa-1").first().orElseThrow();
    AccountabilityFramework.Builder b = offices(3);
    b.remove("pa-1");
    b.addPersonnelActions(PersonnelAction.builder().from(second).id("pa-again").build());
    b.addPersonnelActions(PersonnelAction.builder().from(second).id("pa-last").build());
    b.remove("pa-again");
    assertEquals(
        List.of("pa-0", "pa-2", "pa-last"),
        b.build().personnelActions().stream().map(PersonnelAction::id).toList());
  }

  private static long attainmentVisits(AccountabilityFramework f) {
    Slots.Visits visits = new Slots.Visits();
    TargetAttainment.of(f, visits);
    return visits.count;
  }

  /** Builds, then removes every personnel action and the directives in turn, counting. */
  private static long removalVisits(int offices) {
    AccountabilityFramework.Builder b = offices(offices);
    long before = b.visits.count;
    for (int i = 0; i < offices; i++) {
      b.remove("pa-" + i);
    }
    for (int i = 0; i < offices; i++) {
      b.remove("d-" + i + "-1").remove("d-" + i + "-0");
    }
    return b.visits.count - before;
  }

  /**
   * A builder of a framework of {@code n} offices: each with a source, a numerical target
   * superseded by a higher one (the first of them ending in some offices), a personnel action
   * enforcing it, a claim about it and twelve monthly observations.
   */
  static AccountabilityFramework.Builder offices(int n) {
    AccountabilityFramework.Builder b =
        AccountabilityFramework.builder().title("Growth").agency("Example agency (fictional)");
    for (int i = 0; i < n; i++) {
      String src = "src-" + i;
      String scope = "office " + i;
      b.addCitations(
          Citation.builder()
              .id(src)
              .title("Office " + i + " numbers (fictional)")
              .publisher("Example Gazette")
              .date(PartialDate.parse("2030-01-02"))
              .url("https://example.org/" + src)
              .kind(Citation.Kind.NEWS_REPORT)
              .fictional(true)
              .build());
      var first =
          Directive.builder()
              .id("d-" + i + "-0")
              .kind(Directive.Kind.NUMERICAL_TARGET)
              .summary("Officers are to make 20 stops a day")
              .issuer(Actor.of("Chief").withRole(Role.SENIOR_OFFICIAL))
              .addressee(Actor.of("Officers").withRole(Role.LINE_AGENT))
              .effective(PartialDate.parse(i % 2 == 0 ? "2030-01" : "2030-01-15"))
              .target(NumericalTarget.of("stops per day", scope, 20))
              .addConducts(Conduct.MISSED_QUOTA)
              .addCitations(src);
      if (i % 3 == 0) {
        first.ended(PartialDate.parse("2030-04"));
      }
      b.addDirectives(
          first.build(),
          Directive.builder()
              .id("d-" + i + "-1")
              .kind(Directive.Kind.NUMERICAL_TARGET)
              .summary("Officers are to make 25 stops a day")
              .issuer(Actor.of("Chief").withRole(Role.SENIOR_OFFICIAL))
              .addressee(Actor.of("Officers").withRole(Role.LINE_AGENT))
              .effective(PartialDate.parse(i % 2 == 0 ? "2030-07" : "~2030-06"))
              .supersedes(Directive.Supersession.raises("d-" + i + "-0"))
              .target(NumericalTarget.of("stops per day", scope, 25))
              .addConducts(Conduct.MISSED_QUOTA)
              .addCitations(src)
              .build());
      b.addPersonnelActions(
          PersonnelAction.builder()
              .id("pa-" + i)
              .kind(PersonnelAction.Kind.SUSPENSION)
              .summary("An officer was suspended for missing the number")
              .subjectRole(i % 2 == 0 ? Role.LINE_AGENT : Role.SUPERVISOR)
              .date(PartialDate.parse("2030-08"))
              .nature(PersonnelAction.Nature.SANCTION)
              .status(PersonnelAction.Status.CARRIED_OUT)
              .conduct(Conduct.MISSED_QUOTA)
              .reason("missing the number")
              .addEnforces("d-" + i + "-1")
              .addCitations(src)
              .build());
      b.addClaims(
          Claim.builder()
              .id("claim-" + i)
              .statement("Office " + i + " set a number")
              .status(Claim.EvidenceStatus.REPORTED)
              .addSources(Claim.Source.supports(src))
              .addAbout("d-" + i + "-0", "d-" + i + "-1")
              .build());
      for (int m = 1; m <= 12; m++) {
        b.addObservations(
            Observation.builder()
                .id("obs-" + i + "-" + m)
                .metric("stops per day")
                .scope(scope)
                .value(10 + m)
                .qualifier(m % 4 == 0 ? Observation.Qualifier.UNDER : Observation.Qualifier.EXACT)
                .period(
                    m % 5 == 0
                        ? PartialDate.of(LocalDate.of(2030, 13 - m, 1))
                        : PartialDate.ofMonth(2030, 13 - m))
                .addCitations(src)
                .build());
      }
    }
    return b;
  }
}

package org.accountability.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.accountability.casestudy.CaseStudies;
import org.accountability.model.Citation;
import org.accountability.model.Conduct;
import org.accountability.model.Directive;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;
import org.accountability.testing.FictionalFrameworks;
import org.junit.jupiter.api.Test;

/**
 * The queries an index answers give what their rule gives when tested on every entity: alone, in
 * either order with other filters, and through every terminal method.
 */
class IndexedQueryTest {
  private static final List<AccountabilityFramework> FRAMEWORKS =
      List.of(
          CaseStudies.iceDeportationQuotas(),
          CaseStudies.nypdQuotas(),
          FictionalFrameworks.exampleCityTicketQuotas(),
          GrowthTest.offices(30).build());

  @Test
  void inForceOnEveryDayIsTheRuleTestedOnEveryDirective() {
    for (AccountabilityFramework f : FRAMEWORKS) {
      int days = 0;
      for (LocalDate day = LocalDate.of(2000, 1, 1);
          day.isBefore(LocalDate.of(2032, 1, 1));
          day = day.plusDays(3)) {
        LocalDate d = day;
        List<Directive> expected =
            f.directives().list().stream().filter(x -> DirectiveQuery.isInForce(f, x, d)).toList();
        assertSame(expected, f.directives().inForceOn(d), f.title() + " " + d);
        days += expected.isEmpty() ? 0 : 1;
      }
      assertTrue(days > 0, f.title());
    }
  }

  @Test
  void inForceOnCombinesWithOtherFiltersInEitherOrder() {
    for (AccountabilityFramework f : FRAMEWORKS) {
      for (int year = 2010; year <= 2031; year++) {
        LocalDate day = LocalDate.of(year, 6, 1);
        for (Directive.Kind kind : Directive.Kind.values()) {
          List<Directive> expected =
              f.directives().list().stream()
                  .filter(x -> x.kind() == kind && DirectiveQuery.isInForce(f, x, day))
                  .toList();
          assertSame(expected, f.directives().inForceOn(day).ofKind(kind), f.title());
          assertSame(expected, f.directives().ofKind(kind).inForceOn(day), f.title());
          assertSame(
              expected, f.directives().inForceOn(day).ofKind(kind).inForceOn(day), f.title());
        }
      }
    }
  }

  @Test
  void againstAndForConductAreTheRuleTestedOnEveryAction() {
    for (AccountabilityFramework f : FRAMEWORKS) {
      for (Role role : f.roles()) {
        assertSame(
            filter(f.personnelActions().list(), a -> a.subjectRole().equals(role)),
            f.personnelActions().against(role),
            role.toString());
        for (Conduct conduct : f.conducts()) {
          List<PersonnelAction> expected =
              filter(
                  f.personnelActions().list(),
                  a -> a.subjectRole().equals(role) && a.conduct().equals(Optional.of(conduct)));
          assertSame(
              expected, f.personnelActions().against(role).forConduct(conduct), role.toString());
          assertSame(
              expected, f.personnelActions().forConduct(conduct).against(role), role.toString());
        }
      }
      assertSame(
          List.of(), f.personnelActions().against(Role.of("NOBODY", "nobody", "no one")), "");
    }
  }

  @Test
  void citingIsEveryFactOfTheKindThatCitesTheSource() {
    for (AccountabilityFramework f : FRAMEWORKS) {
      int found = 0;
      for (Citation c : f.citations()) {
        String id = c.id();
        List<Directive> directives =
            filter(
                f.directives().list(),
                d -> d.citations().contains(id) || d.deniedBy().contains(id));
        assertSame(directives, f.directives().citing(id), id);
        List<PersonnelAction> actions =
            filter(f.personnelActions().list(), a -> a.citations().contains(id));
        assertSame(actions, f.personnelActions().citing(id), id);
        assertSame(
            filter(actions, a -> a.isDecidedSanction()),
            f.personnelActions().decidedSanctions().citing(id),
            id);
        found += actions.size() + directives.size();
      }
      assertTrue(found > 0, f.title());
    }
  }

  /** The query gives the expected entities, in order, through each terminal method. */
  private static <T> void assertSame(List<T> expected, EntityQuery<?, ?> query, String message) {
    assertEquals(expected, query.list(), message);
    assertEquals(expected.size(), query.count(), message);
    assertEquals(expected, query.stream().collect(Collectors.toList()), message);
    List<Object> iterated = new ArrayList<>();
    query.forEach(iterated::add);
    assertEquals(expected, iterated, message);
    assertEquals(expected.isEmpty(), query.isEmpty(), message);
    assertEquals(expected.stream().findFirst(), query.first().map(x -> (Object) x), message);
  }

  private static <T> List<T> filter(List<T> list, Predicate<T> rule) {
    return list.stream().filter(rule).toList();
  }
}

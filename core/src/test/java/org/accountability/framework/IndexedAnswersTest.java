package org.accountability.framework;

import static org.accountability.model.Conduct.EXCESSIVE_FORCE;
import static org.accountability.model.Conduct.MISSED_QUOTA;
import static org.accountability.model.LiabilityType.ADMINISTRATIVE;
import static org.accountability.model.LiabilityType.CIVIL;
import static org.accountability.model.Role.ADJUDICATOR;
import static org.accountability.model.Role.FIELD_OFFICE_MANAGER;
import static org.accountability.model.Role.LINE_AGENT;
import static org.accountability.testing.Answers.notes;
import static org.accountability.testing.FictionalFrameworks.exampleCityWithProceedings;
import static org.accountability.testing.FictionalFrameworks.successor;
import static org.accountability.testing.Ids.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.accountability.casestudy.CaseStudies;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.Fact;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;
import org.junit.jupiter.api.Test;

/**
 * An answer selects exactly the entities its documented rules name, on every role and conduct of
 * frameworks built afresh in each test (the two case studies rebuilt from their builders, and a
 * fictional city with proceedings, protections and a substitute defendant): each pathway's routes,
 * institutional routes, documented instances, institutional proceedings, uncounted actions and
 * enforcing bodies; the protections, claims and directives of the answer; the caveats naming who
 * answers instead and what the framework records about a role it does not cover. It also pins the
 * per-framework lookups that the queries and the evidence view share with the answer: covered
 * roles, the actions against a role or for a conduct, the facts citing each source (by a denial, an
 * outcome or what a route rests on) and the sources nothing cites, and which directives are in
 * force once superseded.
 */
class IndexedAnswersTest {

  /** The frameworks, each built anew: no answer here reads an index built by another test. */
  private static List<AccountabilityFramework> freshFrameworks() {
    return List.of(
        CaseStudies.iceDeportationQuotas().toBuilder().build(),
        CaseStudies.nypdQuotas().toBuilder().build(),
        exampleCityWithProceedings().build());
  }

  @Test
  void everyAnswerSelectsWhatTheRulesName() {
    int checked = 0;
    for (AccountabilityFramework f : freshFrameworks()) {
      assertEquals(
          f.roles().stream()
              .filter(
                  r ->
                      f.routes().stream()
                          .anyMatch(
                              x ->
                                  x.defendants().contains(Defendant.INDIVIDUAL)
                                      && x.roles().contains(r)))
              .toList(),
          f.coveredRoles().asList(),
          f.title());
      for (Role role : f.roles()) {
        for (Conduct conduct : f.conducts()) {
          assertAnswerSelectsWhatTheRulesName(f, role, conduct);
          checked++;
        }
      }
    }
    assertEquals(16 + 32 + 10, checked);
  }

  @Test
  void theFictionalCityAnswersWithItsProceedingsAndItsSubstituteDefendant() {
    AccountabilityFramework f = exampleCityWithProceedings().build();
    Assessment force = f.assess(LINE_AGENT, EXCESSIVE_FORCE);
    Assessment.Pathway administrative = force.pathway(ADMINISTRATIVE);
    assertEquals(PathwayStatus.DOCUMENTED, administrative.status());
    assertEquals(List.of("ia-force-case"), ids(administrative.documented()));
    assertEquals(
        List.of("internal-affairs"),
        ids(administrative.enforcingBodies()),
        "the body that brought the proceeding enforces the pathway");
    Assessment.Pathway civil = force.pathway(CIVIL);
    assertEquals(PathwayStatus.IN_LAW, civil.status());
    assertEquals(List.of("state-civil-rights-suit"), ids(civil.routes()));
    assertEquals(List.of("city-indemnity"), ids(civil.institutionalRoutes()));
    assertEquals(List.of("city-force-suit"), ids(civil.institutionalProceedings()));
    assertEquals(List.of(), ids(civil.documented()));
    assertEquals(
        List.of(
            "Who answers instead: The city pays any judgment against its officers; the route"
                + " is: Indemnity claim against the city."),
        force.caveats().stream()
            .map(Assessment.Note::text)
            .filter(t -> t.startsWith("Who answers instead"))
            .toList());
    assertEquals(Verdict.CRIMINAL_OR_CIVIL_IN_LAW_ONLY, force.verdict());
    assertEquals(
        List.of("example-code-9", "gazette-force"),
        administrative.citations(),
        "the route's sources, then the proceeding's");
    assertEquals(
        List.of("example-code-12", "gazette-suit"),
        civil.citations(),
        "the routes' sources, then the suit against the city");
    assertEquals(
        "route-in-law: " + civil.trace().reason(), civil.trace().toString(), "rule: reason");
    Assessment.Note first = force.caveats().get(0);
    assertEquals(first.text(), first.toString());
    assertTrue(force.coversRole());
    assertFalse(f.assess(FIELD_OFFICE_MANAGER, EXCESSIVE_FORCE).coversRole());
    assertEquals(
        "LINE_AGENT x EXCESSIVE_FORCE as of 2030-06-15: CRIMINAL=NONE, CIVIL=IN_LAW,"
            + " ADMINISTRATIVE=DOCUMENTED, POLITICAL=NONE -> CRIMINAL_OR_CIVIL_IN_LAW_ONLY",
        f.assess(LINE_AGENT, EXCESSIVE_FORCE, LocalDate.of(2030, 6, 15)).toString());

    Assessment quota = f.assess(LINE_AGENT, MISSED_QUOTA);
    assertEquals(
        List.of("quota-grievance"),
        ids(quota.protections()),
        "a proposed ban protects no one yet; the law in force does");
    assertEquals(List.of("officer-suspension"), ids(quota.pathway(ADMINISTRATIVE).documented()));
    assertEquals(
        List.of("quota-grievance"), quota.pathway(ADMINISTRATIVE).trace().evidence().subList(1, 2));
    assertEquals(List.of(), ids(f.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA).protections()));
  }

  @Test
  void aClaimNamingARoleSpeaksToThatRoleEvenWhereTheFrameworkDoesNotCoverIt() {
    AccountabilityFramework ice =
        CaseStudies.iceDeportationQuotas().toBuilder()
            .addClaims(
                Claim.builder()
                    .id("C-judges")
                    .statement("Immigration judges were told to close cases faster")
                    .status(Claim.EvidenceStatus.REPORTED)
                    .addSources(Claim.Source.supports("wapo-2025-01-26"))
                    .addConducts(MISSED_QUOTA)
                    .addRoles(ADJUDICATOR)
                    .build(),
                Claim.builder()
                    .id("C-agents")
                    .statement("Line agents were told the quota applied to each of them")
                    .status(Claim.EvidenceStatus.REPORTED)
                    .addSources(Claim.Source.supports("wapo-2025-01-26"))
                    .addConducts(MISSED_QUOTA)
                    .addRoles(LINE_AGENT)
                    .build())
            .build();
    assertEquals(List.of("C-judges"), ids(ice.assess(ADJUDICATOR, MISSED_QUOTA).claims()));
    assertEquals(
        List.of("C-judges"),
        ids(ice.assess(ADJUDICATOR, MISSED_QUOTA, LocalDate.of(2026, 1, 1)).claims()));
    List<String> agents = ids(ice.assess(LINE_AGENT, MISSED_QUOTA).claims());
    assertTrue(agents.contains("C-agents") && !agents.contains("C-judges"), agents.toString());
    assertEquals(
        List.of("C1", "C2", "C3", "C4", "C5", "C8", "C9"),
        ids(ice.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA).claims()),
        "claims naming other roles are left out; those naming none are kept, in order");
  }

  @Test
  void aDirectiveIsSupersededFromItsEarliestSuccessor() {
    AccountabilityFramework f =
        exampleCityWithProceedings()
            .addDirectives(
                successor("ticket-target-july", "2030-07", 30),
                successor("ticket-target-may", "2030-05", 25))
            .build();
    assertEquals(
        List.of("ticket-target-may"),
        ids(f.directives().inForceOn(LocalDate.of(2030, 6, 15))),
        "the May successor ends the original target before the July one begins");
    assertEquals(
        List.of("ticket-target-july", "ticket-target-may"),
        ids(f.directives().inForceOn(LocalDate.of(2030, 8, 15))));
    assertEquals(
        List.of("ticket-target"), ids(f.directives().inForceOn(LocalDate.of(2030, 4, 15))));
  }

  @Test
  void theActionsAgainstARoleOrForAConductAreTheRuleOnAFreshFramework() {
    for (AccountabilityFramework f : freshFrameworks()) {
      for (Role role : f.roles()) {
        assertEquals(
            filter(f.personnelActions().list(), a -> a.subjectRole().equals(role)),
            f.personnelActions().against(role).list(),
            role.toString());
      }
      for (Conduct conduct : f.conducts()) {
        assertEquals(
            filter(f.personnelActions().list(), a -> a.conduct().equals(Optional.of(conduct))),
            f.personnelActions().forConduct(conduct).list(),
            conduct.toString());
      }
    }
  }

  @Test
  void citingFindsEveryFactBySourceDenialOutcomeOrWhatARouteRestsOn() {
    int byDenial = 0;
    int byOutcomeOnly = 0;
    int byRestOnly = 0;
    for (AccountabilityFramework f : freshFrameworks()) {
      for (Citation c : f.citations()) {
        String id = c.id();
        List<Directive> directives =
            filter(
                f.directives().list(),
                d -> d.citations().contains(id) || d.deniedBy().contains(id));
        assertEquals(directives, f.directives().citing(id).list(), id);
        byDenial += filter(directives, d -> !d.citations().contains(id)).size();
        List<OversightAction> proceedings =
            filter(
                f.oversightActions().list(),
                a ->
                    a.citations().contains(id)
                        || a.outcomes().stream().anyMatch(s -> s.citations().contains(id)));
        assertEquals(proceedings, f.oversightActions().citing(id).list(), id);
        byOutcomeOnly += filter(proceedings, a -> !a.citations().contains(id)).size();
        List<LegalRoute> routes = filter(f.routes().list(), r -> RouteCitations.of(r).contains(id));
        assertEquals(routes, f.routes().citing(id).list(), id);
        byRestOnly += filter(routes, r -> !r.citations().contains(id)).size();
        List<PersonnelAction> actions =
            filter(f.personnelActions().list(), a -> a.citations().contains(id));
        for (Role role : f.roles()) {
          assertEquals(
              filter(actions, a -> a.subjectRole().equals(role)),
              f.personnelActions().against(role).citing(id).list(),
              id + " " + role);
        }
      }
      assertEquals(
          filter(f.citations().list(), c -> !cited(f, c.id())),
          f.evidence().unusedCitations(),
          f.title() + " unused citations");
    }
    assertTrue(byDenial > 0, "some directive is cited by a denial alone");
    assertTrue(byOutcomeOnly > 0, "some proceeding is cited by an outcome alone");
    assertTrue(byRestOnly > 0, "some route is cited by its restriction or a precondition alone");
  }

  /** Checks one answer against the rules, written out here on the framework's public data. */
  private static void assertAnswerSelectsWhatTheRulesName(
      AccountabilityFramework f, Role role, Conduct conduct) {
    Assessment a = f.assess(role, conduct);
    String at = f.title() + ": " + role + " x " + conduct;
    boolean covered = f.coveredRoles().contains(role);
    for (LiabilityType l : LiabilityType.values()) {
      Assessment.Pathway p = a.pathway(l);
      String where = at + " " + l;
      assertEquals(
          filter(f.routes().list(), r -> r.liability() == l && r.reachesIndividual(role, conduct)),
          p.routes(),
          where + " routes");
      assertEquals(
          filter(
              f.routes().list(),
              r ->
                  r.liability() == l
                      && !r.reachesIndividual(role, conduct)
                      && r.reachesInstitution(conduct)),
          p.institutionalRoutes(),
          where + " institutional routes");
      List<Fact> documented = new ArrayList<>();
      List<Fact> notCounted = new ArrayList<>();
      if (l == ADMINISTRATIVE) {
        for (PersonnelAction x : f.personnelActions()) {
          if (x.subjectRole().equals(role) && x.conduct().equals(Optional.of(conduct))) {
            (x.isDecidedSanction() ? documented : notCounted).add(x);
          }
        }
      }
      List<OversightAction> proceedings =
          filter(
              f.oversightActions().list(),
              x -> x.liability() == l && x.conducts().contains(conduct));
      documented.addAll(filter(proceedings, x -> x.isAgainstIndividual(role)));
      assertEquals(documented, p.documented(), where + " documented");
      assertEquals(notCounted, p.notCounted(), where + " not counted");
      assertEquals(
          filter(proceedings, x -> !x.isAgainstIndividual(role) && x.isAgainstInstitution()),
          p.institutionalProceedings(),
          where + " institutional proceedings");
      Set<String> bodies = new LinkedHashSet<>();
      for (Fact x : p.documented()) {
        if (x instanceof OversightAction action) {
          bodies.add(bodyOf(f, action));
        }
      }
      p.routes().forEach(r -> bodies.addAll(r.enforcedBy()));
      assertEquals(
          f.oversightBodies().stream().map(OversightBody::id).filter(bodies::contains).toList(),
          ids(p.enforcingBodies()),
          where + " enforcing bodies");
    }
    assertEquals(
        filter(
            f.routes().list(),
            r -> r.protects(role, conduct) && r.availability() != LegalRoute.Availability.PROPOSED),
        a.protections(),
        at + " protections");
    assertEquals(
        filter(
            f.claims().list(),
            c -> c.speaksTo(role, conduct) && (covered || c.roles().contains(role))),
        a.claims(),
        at + " claims");
    List<Directive> bearing = filter(f.directives().list(), d -> d.conducts().contains(conduct));
    List<Directive> toRole = filter(bearing, d -> d.addressee().role().equals(Optional.of(role)));
    assertEquals(
        !covered ? List.of() : toRole.isEmpty() ? bearing : toRole,
        a.directives(),
        at + " directives");
    assertEquals(
        filter(f.routes().list(), r -> r.liability() == CIVIL && r.substitutesFor(role, conduct))
            .size(),
        notes(a, "Who answers instead: ").size(),
        at + " substitutes");
    assertEquals(
        covered ? 0 : filter(f.personnelActions().list(), x -> x.subjectRole().equals(role)).size(),
        notes(a, "What the framework does record about ").size(),
        at + " records of an uncovered role");
  }

  /** Whether any fact cites the source: as a source, a denial, an outcome or a route's basis. */
  private static boolean cited(AccountabilityFramework f, String id) {
    return f.directives().stream()
            .anyMatch(d -> d.citations().contains(id) || d.deniedBy().contains(id))
        || f.personnelActions().stream().anyMatch(a -> a.citations().contains(id))
        || f.oversightBodies().stream().anyMatch(b -> b.citations().contains(id))
        || f.oversightActions().stream()
            .anyMatch(
                a ->
                    a.citations().contains(id)
                        || a.outcomes().stream().anyMatch(s -> s.citations().contains(id)))
        || f.routes().stream().anyMatch(r -> RouteCitations.of(r).contains(id))
        || f.claims().stream().anyMatch(c -> c.citations().contains(id))
        || f.observations().stream().anyMatch(o -> o.citations().contains(id));
  }

  private static String bodyOf(AccountabilityFramework f, OversightAction action) {
    return f.oversightBodies().stream()
        .filter(b -> b.actions().contains(action))
        .map(OversightBody::id)
        .findFirst()
        .orElseThrow();
  }

  private static <T> List<T> filter(List<T> list, Predicate<T> rule) {
    return list.stream().filter(rule).toList();
  }
}

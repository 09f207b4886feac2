package org.accountability.framework;

import static org.accountability.model.Conduct.EXCESSIVE_FORCE;
import static org.accountability.model.Conduct.MISSED_QUOTA;
import static org.accountability.model.Conduct.UNLAWFUL_SEIZURE;
import static org.accountability.model.LiabilityType.ADMINISTRATIVE;
import static org.accountability.model.LiabilityType.CIVIL;
import static org.accountability.model.Role.FIELD_OFFICE_MANAGER;
import static org.accountability.model.Role.LINE_AGENT;
import static org.accountability.testing.Answers.notes;
import static org.accountability.testing.FictionalFrameworks.exampleTown;
import static org.accountability.testing.FictionalFrameworks.townCitation;
import static org.accountability.testing.FictionalFrameworks.townCourt;
import static org.accountability.testing.FictionalFrameworks.townProceeding;
import static org.accountability.testing.FictionalFrameworks.townQuota;
import static org.accountability.testing.FictionalFrameworks.townRoute;
import static org.accountability.testing.FictionalFrameworks.townSuspension;
import static org.accountability.testing.FictionalFrameworks.undatedTown;
import static org.accountability.testing.Ids.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.accountability.model.Citation;
import org.accountability.model.Directive;
import org.accountability.model.LegalRoute;
import org.accountability.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * How an answer changes over time, on a fictional town whose facts are known, take effect and are
 * restricted on known days: the exact changes of a timeline (day, subject, from, to, facts and
 * sources) and its printed table; the day its initial answer is given, whatever kind of date is the
 * framework's earliest; and what an answer as of a day leaves out (directives not yet in effect,
 * claims, protections and substitutes not yet known, a restriction whose source is not yet out, a
 * proceeding's caveat once a judgment is shown).
 */
class TimelineTest {
  private static final PartialDate EARLIEST = PartialDate.parse("2029-03-05");

  @Test
  void aRouteKnownLaterAndASanctionAnnouncedBeforeItHappenedChangeTheAnswerOnTheirDays() {
    Timeline t = exampleTown().build().timeline(LINE_AGENT, MISSED_QUOTA);
    assertEquals(Optional.of(LocalDate.of(2030, 1, 9)), t.initial().asOf());
    assertEquals(
        List.of(
            new Timeline.Change(
                LocalDate.of(2030, 2, 15),
                Optional.of(ADMINISTRATIVE),
                "NONE",
                "IN_LAW",
                com.google.common.collect.ImmutableList.of("town-discipline"),
                com.google.common.collect.ImmutableList.of("town-code", "gazette-jan")),
            new Timeline.Change(
                LocalDate.of(2030, 2, 15),
                Optional.empty(),
                "NO_ROUTE",
                "ADMINISTRATIVE_OR_POLITICAL_ONLY",
                com.google.common.collect.ImmutableList.of("town-discipline"),
                com.google.common.collect.ImmutableList.of("town-code", "gazette-jan")),
            new Timeline.Change(
                LocalDate.of(2030, 5, 10),
                Optional.of(ADMINISTRATIVE),
                "IN_LAW",
                "DOCUMENTED",
                com.google.common.collect.ImmutableList.of("town-suspension"),
                com.google.common.collect.ImmutableList.of("gazette-jan"))),
        t.changes(),
        "the sanction's only source was shown before it happened, so the change cites it again");
    assertEquals(
        """
        LINE_AGENT x MISSED_QUOTA, at first (as of 2030-01-09, before the framework's earliest date): \
        CRIMINAL=NONE, CIVIL=NONE, ADMINISTRATIVE=NONE, POLITICAL=NONE, verdict NO_ROUTE
        day         what            from      to                                facts            sources
        ----------  --------------  --------  --------------------------------  ---------------  ----------------------
        2030-02-15  administrative  NONE      IN_LAW                            town-discipline  town-code, gazette-jan
        2030-02-15  verdict         NO_ROUTE  ADMINISTRATIVE_OR_POLITICAL_ONLY  town-discipline  town-code, gazette-jan
        2030-05-10  administrative  IN_LAW    DOCUMENTED                        town-suspension  gazette-jan
        3 changes""",
        t.toString());
  }

  @Test
  void aRestrictionCountsFromItsStartAndARestrictionWithoutAStartFromItsSource() {
    AccountabilityFramework f = exampleTown().build();
    assertEquals(
        List.of(
            "2030-08-15 civil IN_LAW -> RESTRICTED [town-immunity-suit] [town-code, town-case]",
            "2030-08-15 verdict CRIMINAL_OR_CIVIL_IN_LAW_ONLY -> NO_ROUTE [] [town-code, town-case]",
            "2030-10-01 civil RESTRICTED -> DOCUMENTED [town-force-suit] [gazette-oct]",
            "2030-10-01 verdict NO_ROUTE -> CRIMINAL_OR_CIVIL_DOCUMENTED [town-force-suit]"
                + " [gazette-oct]"),
        lines(f.timeline(LINE_AGENT, EXCESSIVE_FORCE)),
        "the restriction's source is undated law, so the change cites what the route rests on");
    assertEquals(
        List.of(
            "2030-09-01 civil IN_LAW -> RESTRICTED [town-notice-rule] [gazette-sep]",
            "2030-09-01 verdict CRIMINAL_OR_CIVIL_IN_LAW_ONLY -> NO_ROUTE [] [gazette-sep]"),
        lines(f.timeline(LINE_AGENT, UNLAWFUL_SEIZURE)));
    assertEquals(
        PathwayStatus.IN_LAW,
        f.assess(LINE_AGENT, UNLAWFUL_SEIZURE, LocalDate.of(2030, 8, 31)).pathway(CIVIL).status(),
        "a restriction no shown source reports does not count yet");
  }

  @Test
  void theInitialAnswerIsGivenTheDayBeforeTheEarliestDateOfAnyKind() {
    LocalDate dayBefore = LocalDate.of(2029, 3, 4);
    Citation notice = townCitation("town-notice", Citation.Kind.NEWS_REPORT, Optional.empty());
    List<UnaryOperator<AccountabilityFramework.Builder>> earliest =
        List.of(
            b ->
                b.addCitations(
                    townCitation("gazette-2029", Citation.Kind.NEWS_REPORT, Optional.of(EARLIEST))),
            b ->
                b.addDirectives(
                    Directive.builder()
                        .from(townQuota())
                        .effective(EARLIEST)
                        .citations(List.of("town-notice"))
                        .build()),
            b ->
                b.addPersonnelActions(
                    townSuspension("town-early-suspension", EARLIEST, "town-notice")),
            b ->
                b.addOversightBodies(
                    townCourt(townProceeding(Optional.of(EARLIEST), Optional.empty()))),
            b ->
                b.addOversightBodies(
                    townCourt(townProceeding(Optional.empty(), Optional.of(EARLIEST)))),
            b ->
                b.addRoutes(
                    LegalRoute.builder()
                        .from(townRoute("town-old-immunity", CIVIL, EXCESSIVE_FORCE))
                        .availability(LegalRoute.Availability.RESTRICTED)
                        .restriction("Officers are immune from damages.")
                        .restrictedSince(EARLIEST)
                        .addRestrictedBy("town-case")
                        .build()),
            b ->
                b.addRoutes(
                    LegalRoute.builder()
                        .from(townRoute("town-old-discipline", ADMINISTRATIVE, MISSED_QUOTA))
                        .knownSince(EARLIEST)
                        .build()));
    List<String> kinds =
        List.of(
            "a source's publication",
            "a directive's effect",
            "a personnel action",
            "a proceeding",
            "a step in an outcome",
            "a restriction in law",
            "a fact's known date");
    AccountabilityFramework undated = undatedTown().addCitations(notice).build();
    assertEquals(
        Optional.of(LocalDate.of(1900, 1, 1)),
        undated.timeline(LINE_AGENT, MISSED_QUOTA).initial().asOf(),
        "without a date, the initial answer is as of 1 January 1900");
    for (int i = 0; i < earliest.size(); i++) {
      AccountabilityFramework f = earliest.get(i).apply(undatedTown().addCitations(notice)).build();
      assertEquals(
          Optional.of(dayBefore),
          f.timeline(LINE_AGENT, MISSED_QUOTA).initial().asOf(),
          kinds.get(i));
    }
  }

  @Test
  void anAnswerAsOfADayLeavesOutWhatWasNotYetInEffectOrKnown() {
    AccountabilityFramework f = exampleTown().build();
    LocalDate beforeEffect = LocalDate.of(2030, 4, 19);
    LocalDate inEffect = LocalDate.of(2030, 4, 20);
    assertEquals(List.of(), ids(f.assess(LINE_AGENT, MISSED_QUOTA, beforeEffect).directives()));
    assertEquals(
        List.of("town-quota"), ids(f.assess(LINE_AGENT, MISSED_QUOTA, inEffect).directives()));
    assertEquals(
        List.of(), ids(f.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA, beforeEffect).directives()));
    assertEquals(
        List.of("town-quota"),
        ids(f.assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA, inEffect).directives()),
        "no directive is addressed to managers, so the one bearing on the conduct is shown");

    LocalDate beforeJune = LocalDate.of(2030, 5, 31);
    LocalDate june = LocalDate.of(2030, 6, 1);
    Assessment may = f.assess(LINE_AGENT, MISSED_QUOTA, beforeJune);
    Assessment later = f.assess(LINE_AGENT, MISSED_QUOTA, june);
    assertEquals(List.of(), ids(may.claims()));
    assertEquals(List.of("C-town"), ids(later.claims()));
    assertEquals(List.of(), ids(may.protections()));
    assertEquals(List.of("town-grievance"), ids(later.protections()));
    assertEquals(
        List.of("town-suspension"), later.pathway(ADMINISTRATIVE).trace().evidence().subList(0, 1));
    assertTrue(
        later.pathway(ADMINISTRATIVE).trace().reason().contains("The framework's law forbids"),
        later.pathway(ADMINISTRATIVE).trace().reason());
    assertTrue(
        notes(f.assess(LINE_AGENT, EXCESSIVE_FORCE, beforeJune), "Who answers instead").isEmpty());
    assertEquals(
        List.of(
            "Who answers instead: The town pays any judgment against its officers; the route is:"
                + " Indemnity claim against the town."),
        notes(f.assess(LINE_AGENT, EXCESSIVE_FORCE, june), "Who answers instead"));
  }

  @Test
  void aProceedingIsNotCalledAFindingOnceItsJudgmentIsShown() {
    AccountabilityFramework f = exampleTown().build();
    String caveat = "A proceeding is not a finding of liability";
    assertEquals(
        1, notes(f.assess(LINE_AGENT, EXCESSIVE_FORCE, LocalDate.of(2030, 10, 15)), caveat).size());
    assertEquals(
        0, notes(f.assess(LINE_AGENT, EXCESSIVE_FORCE, LocalDate.of(2030, 12, 1)), caveat).size());
    assertEquals(0, notes(f.assess(LINE_AGENT, EXCESSIVE_FORCE), caveat).size());
  }

  @Test
  void theAnswerPrintsARestrictionOnlyOnceItHasBegun() {
    AccountabilityFramework f = exampleTown().build();
    String restricted = "  - Restricted in law: Officers are immune from damages.";
    String before = f.assess(LINE_AGENT, EXCESSIVE_FORCE, LocalDate.of(2030, 5, 1)).explain();
    String after = f.assess(LINE_AGENT, EXCESSIVE_FORCE, LocalDate.of(2030, 9, 1)).explain();
    assertTrue(before.lines().noneMatch(l -> l.startsWith(restricted)), before);
    assertTrue(after.lines().anyMatch(l -> l.startsWith(restricted)), after);
  }

  @Test
  void anUnmetPreconditionIsQuotedWithoutItsFullStop() {
    Assessment a = exampleTown().build().assess(FIELD_OFFICE_MANAGER, MISSED_QUOTA);
    assertEquals(PathwayStatus.CONDITIONAL, a.pathway(ADMINISTRATIVE).status());
    assertTrue(
        a.pathway(ADMINISTRATIVE)
            .trace()
            .reason()
            .contains("that the sources do not establish: The manager set the numbers. No use"),
        a.pathway(ADMINISTRATIVE).trace().reason());
  }

  /** Each change as one line: day, subject, from, to, facts and sources. */
  private static List<String> lines(Timeline t) {
    return t.changes().stream()
        .map(
            c ->
                c.day()
                    + " "
                    + c.subject()
                    + " "
                    + c.from()
                    + " -> "
                    + c.to()
                    + " "
                    + c.facts()
                    + " "
                    + c.citations())
        .toList();
  }
}

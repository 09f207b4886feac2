package org.accountability.framework;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accountability.model.Conduct;
import org.accountability.model.Fact;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.OversightAction;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;

/**
 * The standing caveats that open every answer, generated from the framework's data: that routes in
 * law are not predictions, which criminal and civil routes have no documented use, where damages
 * against the individual are foreclosed and who answers instead, and whether the framework covers
 * the role at all.
 */
final class Caveats {
  private Caveats() {}

  static ImmutableList<Assessment.Note> of(
      AccountabilityFramework f,
      AsOf time,
      Role role,
      Conduct conduct,
      Map<LiabilityType, Assessment.Pathway> pathways,
      List<LegalRoute> protections) {
    List<Assessment.Note> notes = new ArrayList<>();
    String who = role.readableName() + "s";
    String what = conduct.readableName();
    if (!f.coveredRoles().contains(role)) {
      notes.add(
          note(
              "This framework covers no legal route that reaches "
                  + who
                  + " personally, so it cannot say whether they can be held accountable for "
                  + what
                  + "; NONE below means the framework holds no route, not that the law has none."));
      for (PersonnelAction a : f.personnelActionsAgainst(role)) {
        if (a.subjectRole().equals(role) && time.counts(a, a.date())) {
          notes.add(
              new Assessment.Note(
                  "What the framework does record about "
                      + who
                      + ": "
                      + AssessmentRules.stripStop(a.summary())
                      + " ("
                      + a.status().readableName()
                      + (a.isInferred("nature") ? "; that it was a penalty is an inference" : "")
                      + ").",
                  time.shown(a.citations())));
        }
      }
    }
    notes.add(
        note(
            "Routes in law are not predictions: IN_LAW, CONDITIONAL and RESTRICTED say what the law"
                + " provides, not that anyone has been or will be held to account; only DOCUMENTED"
                + " reports a consequence or proceeding, with its own status."));
    if (!f.isUnlawful(conduct)) {
      notes.add(
          note(
              "This framework does not declare "
                  + what
                  + " unlawful: it is not treated as an offence here."));
    }
    for (LegalRoute r : protections) {
      boolean sanctioned =
          !java.util.Objects.requireNonNull(pathways.get(LiabilityType.ADMINISTRATIVE))
              .documented()
              .isEmpty();
      notes.add(
          new Assessment.Note(
              "Here the law protects "
                  + who
                  + " for "
                  + what
                  + (sanctioned
                      ? ", so the consequences documented below are themselves forbidden here"
                      : "")
                  + ". Their remedy: "
                  + AssessmentRules.stripStop(r.name())
                  + ", "
                  + remedyClause(r)
                  + ".",
              time.shown(RouteCitations.of(r))));
    }
    for (Assessment.Pathway p : pathways.values()) {
      if (!p.liability().isJudicial()) {
        continue;
      }
      List<OversightAction> proceedings =
          p.documented().stream()
              .filter(OversightAction.class::isInstance)
              .map(OversightAction.class::cast)
              .toList();
      if (p.liability().isJudicial()
          && !proceedings.isEmpty()
          && proceedings.stream()
              .noneMatch(
                  x ->
                      time.outcome(x)
                          .map(o -> o.outcome() == OversightAction.Outcome.GRANTED)
                          .orElse(false))) {
        notes.add(
            note(
                "A proceeding is not a finding of liability: none of the "
                    + p.liability().name().toLowerCase(java.util.Locale.ROOT)
                    + " proceedings documented against "
                    + who
                    + " stands as a judgment or order against them; each outcome below says how"
                    + " it ended and, where the sources say, who paid."));
      }
    }
    List<String> unused = new ArrayList<>();
    Set<String> unusedCitations = new LinkedHashSet<>();
    for (Assessment.Pathway p : pathways.values()) {
      if (!p.liability().isJudicial()) {
        continue;
      }
      Set<String> used = usedRoutes(p.documented());
      for (LegalRoute r : p.routes()) {
        if (p.statusOf(r) != PathwayStatus.NONE && !used.contains(r.id())) {
          unused.add(r.name());
          unusedCitations.addAll(time.shown(r.citations()));
        }
      }
    }
    if (!unused.isEmpty()) {
      notes.add(
          new Assessment.Note(
              "No use of "
                  + (unused.size() == 1
                      ? "this criminal or civil route"
                      : "these criminal and civil routes")
                  + " against "
                  + who
                  + " for "
                  + what
                  + " is documented in the sources: "
                  + String.join("; ", unused)
                  + ".",
              ImmutableList.copyOf(unusedCitations)));
    }
    damages(
        f,
        time,
        role,
        conduct,
        java.util.Objects.requireNonNull(pathways.get(LiabilityType.CIVIL)),
        notes);
    return ImmutableList.copyOf(notes);
  }

  /**
   * Where damages against the individual are restricted in law, says so, and names any route whose
   * defendant answers in the individual's place.
   */
  private static void damages(
      AccountabilityFramework f,
      AsOf time,
      Role role,
      Conduct conduct,
      Assessment.Pathway civil,
      List<Assessment.Note> notes) {
    List<LegalRoute> restricted =
        civil.routes().stream().filter(r -> civil.statusOf(r) == PathwayStatus.RESTRICTED).toList();
    List<LegalRoute> substitutes =
        f
            .assessIndex()
            .get(f.routeList(), AssessIndex.Group.SUBSTITUTES, role, conduct, "")
            .stream()
            .filter(r -> r.liability() == LiabilityType.CIVIL && time.knows(r))
            .filter(r -> r.substitutesFor(role, conduct))
            .toList();
    if (restricted.isEmpty() && substitutes.isEmpty()) {
      return;
    }
    String who = role.readableName() + "s";
    for (LegalRoute r : restricted) {
      notes.add(
          new Assessment.Note(
              "Damages against "
                  + who
                  + " personally are restricted in law: "
                  + AssessmentRules.stripStop(r.restriction().orElse(r.name()))
                  + ".",
              time.shown(r.restrictedBy())));
    }
    for (LegalRoute r : substitutes) {
      LegalRoute.Substitution s = r.substitution().orElseThrow();
      List<String> ids = new ArrayList<>(s.citations());
      ids.addAll(r.citations());
      notes.add(
          new Assessment.Note(
              "Who answers instead: "
                  + AssessmentRules.stripStop(s.description())
                  + "; the route is: "
                  + AssessmentRules.stripStop(r.name())
                  + ".",
              time.shown(List.copyOf(new LinkedHashSet<>(ids)))));
    }
    if (substitutes.isEmpty()) {
      notes.add(
          note(
              "No route in this framework makes another party answer in damages in place of "
                  + who
                  + " for "
                  + conduct.readableName()
                  + "."));
    }
  }

  /** Against whom a protecting route runs, where, and what it yields, in a clause. */
  static String remedyClause(LegalRoute r) {
    String yields =
        r.remedies().isEmpty()
            ? "what it yields is not stated"
            : r.remedies().stream()
                    .map(org.accountability.model.Remedy::readableName)
                    .collect(java.util.stream.Collectors.joining(", "))
                + (r.remedies().contains(org.accountability.model.Remedy.DAMAGES)
                    ? ""
                    : " (no damages)");
    String against =
        r.defendants().stream()
            .map(org.accountability.model.Defendant::readableName)
            .collect(java.util.stream.Collectors.joining(" or "));
    return "against "
        + against
        + ", through "
        + AssessmentRules.stripStop(r.forum())
        + "; it yields "
        + yields;
  }

  /** The ids of the routes that documented proceedings used. */
  private static Set<String> usedRoutes(List<Fact> documented) {
    Set<String> used = new java.util.HashSet<>();
    for (Fact x : documented) {
      if (x instanceof OversightAction a && a.route().isPresent()) {
        used.add(a.route().get());
      }
    }
    return used;
  }

  private static Assessment.Note note(String text) {
    return new Assessment.Note(text, ImmutableList.of());
  }
}

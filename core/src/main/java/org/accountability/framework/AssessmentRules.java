package org.accountability.framework;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.Fact;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;

/**
 * The rules that turn a framework's routes, personnel actions and proceedings into pathway
 * statuses, a verdict and the standing caveats. Nothing here is keyed on a particular role,
 * conduct, statute or agency: all of it comes from the framework's data.
 *
 * <p>For each liability, in order: DOCUMENTED if a decided consequence (for administrative
 * liability) or a proceeding of that liability is reported against individuals in the role for the
 * conduct, its link to the conduct stated by the sources; else IN_LAW if an open route reaches them
 * and the sources establish each of its preconditions; else CONDITIONAL if an open route would
 * reach them but a precondition is not established; else RESTRICTED if only restricted routes reach
 * them; else NONE. A route one of whose preconditions the sources contradict does not reach them.
 * See {@link Verdict} for the verdict.
 */
final class AssessmentRules {
  static final String DOCUMENTED_RULE = "documented-instance";
  static final String IN_LAW_RULE = "route-in-law";
  static final String CONDITIONAL_RULE = "precondition-not-established";
  static final String RESTRICTED_RULE = "restricted-routes-only";
  static final String NO_ROUTE_RULE = "no-route";

  private AssessmentRules() {}

  static Assessment assess(
      AccountabilityFramework f, Role role, Conduct conduct, Optional<LocalDate> asOf) {
    AsOf time = AsOf.of(f, asOf);
    EnumMap<LiabilityType, Assessment.Pathway> pathways = new EnumMap<>(LiabilityType.class);
    for (LiabilityType liability : LiabilityType.values()) {
      pathways.put(liability, pathway(f, time, role, conduct, liability));
    }
    ImmutableList<LegalRoute> protections = protections(f, time, role, conduct);
    Verdict verdict = verdict(pathways);
    Assessment.Trace verdictTrace = verdictTrace(verdict, role, conduct, pathways);
    boolean covered = f.coveredRoles().contains(role);
    // The index holds exactly the claims that speak to the role and conduct (only those naming
    // the role when the framework does not cover it); without a day, each of them counts.
    List<Claim> speaking = f.assessIndex().claims(f.claimList(), conduct, role, covered);
    ImmutableList<Claim> claims =
        time.day().isEmpty()
            ? ImmutableList.copyOf(speaking)
            : speaking.stream()
                .filter(c -> c.speaksTo(role, conduct) && time.knows(c))
                .filter(c -> covered || c.roles().contains(role))
                .collect(ImmutableList.toImmutableList());
    return new Assessment(
        f,
        role,
        conduct,
        time,
        ImmutableMap.copyOf(pathways),
        verdict,
        verdictTrace,
        directives(f, time, role, conduct),
        claims,
        protections,
        Caveats.of(f, time, role, conduct, pathways, protections));
  }

  /**
   * The directives bearing on the conduct, known by the day: those addressed to the role, or all of
   * them when none is; none for a role the framework does not cover.
   */
  private static ImmutableList<Directive> directives(
      AccountabilityFramework f, AsOf time, Role role, Conduct conduct) {
    if (!f.coveredRoles().contains(role)) {
      return ImmutableList.of();
    }
    // The index holds exactly the directives naming the conduct, and those of them addressed to
    // the role; as of a day, only those that count then.
    AssessIndex index = f.assessIndex();
    List<Directive> bearing =
        index.get(f.directiveList(), AssessIndex.Group.DIRECTIVES, conduct, "", "");
    List<Directive> toRole =
        index.get(f.directiveList(), AssessIndex.Group.DIRECTIVES_TO_ROLE, conduct, role, "");
    if (time.day().isPresent()) {
      bearing = bearing.stream().filter(d -> time.counts(d, d.effective())).toList();
      toRole = toRole.stream().filter(d -> time.counts(d, d.effective())).toList();
    }
    return ImmutableList.copyOf(toRole.isEmpty() ? bearing : toRole);
  }

  private static Assessment.Pathway pathway(
      AccountabilityFramework f, AsOf time, Role role, Conduct conduct, LiabilityType liability) {
    List<Fact> documented = new ArrayList<>();
    List<Fact> notCounted = new ArrayList<>();
    AssessIndex index = f.assessIndex();
    if (liability == LiabilityType.ADMINISTRATIVE) {
      // The index holds the actions against the role for the conduct, decided sanctions apart.
      List<PersonnelAction> actions = f.personnelActionList();
      List<PersonnelAction> decided =
          index.get(actions, AssessIndex.Group.DECIDED_SANCTIONS, role, conduct, "");
      List<PersonnelAction> other =
          index.get(actions, AssessIndex.Group.OTHER_ACTIONS, role, conduct, "");
      if (time.day().isEmpty()) {
        documented.addAll(decided);
        notCounted.addAll(other);
      } else {
        for (PersonnelAction a : decided) {
          if (time.counts(a, a.date())) {
            documented.add(a);
          }
        }
        for (PersonnelAction a : other) {
          if (time.counts(a, a.date())) {
            notCounted.add(a);
          }
        }
      }
    }
    List<Fact> institutionalProceedings = new ArrayList<>();
    Map<String, OversightBody> bodies = new HashMap<>();
    List<OversightAction> actions = f.oversightActionList();
    for (OversightAction a :
        index.get(
            actions, AssessIndex.Group.PROCEEDINGS_AGAINST_INDIVIDUALS, liability, conduct, role)) {
      if (a.liability() == liability
          && a.conducts().contains(conduct)
          && a.isAgainstIndividual(role)
          && time.counts(a, a.date())) {
        documented.add(a);
        OversightBody body = f.index().bodyOfAction.get(a.id());
        if (body != null) {
          bodies.putIfAbsent(body.id(), body);
        }
      }
    }
    for (OversightAction a :
        index.get(
            actions, AssessIndex.Group.PROCEEDINGS_AGAINST_INSTITUTIONS, liability, conduct, "")) {
      if (a.liability() == liability
          && a.conducts().contains(conduct)
          && !a.isAgainstIndividual(role)
          && a.isAgainstInstitution()
          && time.counts(a, a.date())) {
        institutionalProceedings.add(a);
      }
    }
    Map<String, PathwayStatus> routeStatuses = new LinkedHashMap<>();
    List<LegalRoute> routes = new ArrayList<>();
    List<LegalRoute> institutional = new ArrayList<>();
    List<LegalRoute> routeList = f.routeList();
    for (LegalRoute r :
        index.get(routeList, AssessIndex.Group.ROUTES_TO_INDIVIDUALS, liability, conduct, role)) {
      if (r.liability() == liability && time.knows(r) && r.reachesIndividual(role, conduct)) {
        routes.add(r);
        routeStatuses.put(r.id(), routeStatus(time, r, role, conduct));
        for (String id : r.enforcedBy()) {
          f.entity(id)
              .map(OversightBody.class::cast)
              .ifPresent(body -> bodies.putIfAbsent(body.id(), body));
        }
      }
    }
    for (LegalRoute r :
        index.get(routeList, AssessIndex.Group.ROUTES_TO_INSTITUTIONS, liability, conduct, "")) {
      if (r.liability() == liability
          && time.knows(r)
          && !r.reachesIndividual(role, conduct)
          && r.reachesInstitution(conduct)) {
        institutional.add(r);
      }
    }
    String where =
        " individual "
            + role.readableName()
            + "s for "
            + conduct.readableName()
            + " with "
            + liability.name().toLowerCase(Locale.ROOT)
            + " liability";
    PathwayStatus status;
    Assessment.Trace trace;
    List<LegalRoute> inLaw = withStatus(routes, routeStatuses, PathwayStatus.IN_LAW);
    List<LegalRoute> conditional = withStatus(routes, routeStatuses, PathwayStatus.CONDITIONAL);
    List<LegalRoute> restricted = withStatus(routes, routeStatuses, PathwayStatus.RESTRICTED);
    String threats =
        notCounted.isEmpty()
            ? ""
            : " Threats, incentives, withdrawn schemes and inferred links do not count ("
                + notCounted.size()
                + " listed).";
    if (!documented.isEmpty()) {
      status = PathwayStatus.DOCUMENTED;
      List<LegalRoute> forbidding =
          liability == LiabilityType.ADMINISTRATIVE
              ? protections(f, time, role, conduct)
              : List.of();
      List<String> evidence = new ArrayList<>(ids(documented));
      evidence.addAll(ids(forbidding));
      trace =
          new Assessment.Trace(
              DOCUMENTED_RULE,
              count(
                      documented.size(),
                      "decided consequence or proceeding",
                      "decided consequences" + " or proceedings")
                  + " against"
                  + where
                  + (documented.size() == 1 ? " is" : " are")
                  + " reported; each keeps its own status."
                  + (forbidding.isEmpty()
                      ? ""
                      : " The framework's law forbids such consequences: "
                          + names(forbidding)
                          + " protects "
                          + role.readableName()
                          + "s for "
                          + conduct.readableName()
                          + ".")
                  + threats,
              ImmutableList.copyOf(evidence));
    } else if (!inLaw.isEmpty()) {
      status = PathwayStatus.IN_LAW;
      trace =
          new Assessment.Trace(
              IN_LAW_RULE,
              count(inLaw.size(), "open route reaches", "open routes reach")
                  + where
                  + ", and the sources establish each of "
                  + (inLaw.size() == 1 ? "its" : "their")
                  + " preconditions; no use against them is documented. This is a route in law,"
                  + " not a consequence anyone suffered."
                  + threats,
              ids(inLaw));
    } else if (!conditional.isEmpty()) {
      status = PathwayStatus.CONDITIONAL;
      List<String> unmet = new ArrayList<>();
      for (LegalRoute r : conditional) {
        for (LegalRoute.Precondition p : r.preconditionsFor(role, conduct)) {
          if (time.status(p) == LegalRoute.Precondition.Status.NOT_ESTABLISHED) {
            unmet.add(stripStop(p.statement()));
          }
        }
      }
      trace =
          new Assessment.Trace(
              CONDITIONAL_RULE,
              count(conditional.size(), "open route would reach", "open routes would reach")
                  + where
                  + " only if "
                  + (unmet.size() == 1 ? "a precondition holds" : "preconditions hold")
                  + " that the sources do not establish: "
                  + String.join("; ", new LinkedHashSet<>(unmet))
                  + ". No use against them is documented."
                  + threats,
              ids(conditional));
    } else if (!restricted.isEmpty()) {
      status = PathwayStatus.RESTRICTED;
      trace =
          new Assessment.Trace(
              RESTRICTED_RULE,
              "The only "
                  + (restricted.size() == 1 ? "route" : "routes")
                  + " reaching"
                  + where
                  + (restricted.size() == 1 ? " is" : " are")
                  + " restricted in law, and no use against them is documented."
                  + threats,
              ids(restricted));
    } else {
      status = PathwayStatus.NONE;
      List<LegalRoute> proposed =
          routes.stream()
              .filter(r -> r.availability() == LegalRoute.Availability.PROPOSED)
              .toList();
      List<LegalRoute> contradicted = routes.stream().filter(r -> !proposed.contains(r)).toList();
      trace =
          new Assessment.Trace(
              NO_ROUTE_RULE,
              "No route in the framework reaches"
                  + where
                  + (contradicted.isEmpty()
                      ? ""
                      : " (the sources contradict a precondition of " + names(contradicted) + ")")
                  + ", and nothing is documented"
                  + (proposed.isEmpty()
                      ? "; this is the absence of a route, so it cites nothing."
                      : "; proposed, but not law: "
                          + proposed.stream()
                              .map(
                                  r ->
                                      r.name() + " (" + stripStop(r.restriction().orElse("")) + ")")
                              .collect(java.util.stream.Collectors.joining("; "))
                          + ".")
                  + threats,
              ids(proposed));
    }
    return new Assessment.Pathway(
        liability,
        status,
        ImmutableList.copyOf(routes),
        ImmutableMap.copyOf(routeStatuses),
        ImmutableList.copyOf(institutional),
        ImmutableList.copyOf(documented),
        ImmutableList.copyOf(institutionalProceedings),
        ImmutableList.copyOf(notCounted),
        bodies.values().stream()
            .sorted(java.util.Comparator.comparingInt(index::bodyPosition))
            .collect(ImmutableList.toImmutableList()),
        trace);
  }

  /** One route's status for the role and conduct, as of the day; a proposed route is NONE. */
  static PathwayStatus routeStatus(AsOf time, LegalRoute r, Role role, Conduct conduct) {
    if (r.availability() == LegalRoute.Availability.PROPOSED) {
      return PathwayStatus.NONE;
    }
    boolean unmet = false;
    for (LegalRoute.Precondition p : r.preconditionsFor(role, conduct)) {
      LegalRoute.Precondition.Status s = time.status(p);
      if (s == LegalRoute.Precondition.Status.CONTRADICTED) {
        return PathwayStatus.NONE;
      }
      unmet |= s == LegalRoute.Precondition.Status.NOT_ESTABLISHED;
    }
    if (time.availability(r) == LegalRoute.Availability.RESTRICTED) {
      return PathwayStatus.RESTRICTED;
    }
    return unmet ? PathwayStatus.CONDITIONAL : PathwayStatus.IN_LAW;
  }

  private static Verdict verdict(Map<LiabilityType, Assessment.Pathway> pathways) {
    boolean judicialDocumented = false;
    boolean judicialInLaw = false;
    boolean other = false;
    for (Assessment.Pathway p : pathways.values()) {
      if (p.liability().isJudicial()) {
        judicialDocumented |= p.status() == PathwayStatus.DOCUMENTED;
        judicialInLaw |= p.status() == PathwayStatus.IN_LAW;
      } else {
        other |=
            p.status() == PathwayStatus.DOCUMENTED
                || p.status() == PathwayStatus.IN_LAW
                || p.status() == PathwayStatus.CONDITIONAL;
      }
    }
    if (judicialDocumented) {
      return Verdict.CRIMINAL_OR_CIVIL_DOCUMENTED;
    }
    if (judicialInLaw) {
      return Verdict.CRIMINAL_OR_CIVIL_IN_LAW_ONLY;
    }
    return other ? Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY : Verdict.NO_ROUTE;
  }

  private static Assessment.Trace verdictTrace(
      Verdict verdict,
      Role role,
      Conduct conduct,
      Map<LiabilityType, Assessment.Pathway> pathways) {
    List<String> counted = new ArrayList<>();
    List<String> notCounted = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    for (Assessment.Pathway p : pathways.values()) {
      String label = p.liability().name().toLowerCase(Locale.ROOT) + " " + p.status();
      boolean counts =
          switch (verdict) {
            case CRIMINAL_OR_CIVIL_DOCUMENTED ->
                p.liability().isJudicial() && p.status() == PathwayStatus.DOCUMENTED;
            case CRIMINAL_OR_CIVIL_IN_LAW_ONLY ->
                p.liability().isJudicial() && p.status() == PathwayStatus.IN_LAW;
            case ADMINISTRATIVE_OR_POLITICAL_ONLY ->
                !p.liability().isJudicial()
                    && p.status() != PathwayStatus.NONE
                    && p.status() != PathwayStatus.RESTRICTED;
            case NO_ROUTE -> false;
          };
      if (counts) {
        counted.add(label);
        evidence.addAll(p.trace().evidence());
      } else if (p.liability().isJudicial() && p.status() == PathwayStatus.RESTRICTED) {
        notCounted.add(label + " (restricted in law)");
      } else if (p.liability().isJudicial() && p.status() == PathwayStatus.CONDITIONAL) {
        notCounted.add(label + " (it rests on a precondition the sources do not establish)");
      }
    }
    String who = role.readableName() + "s";
    String what = conduct.readableName();
    String reason =
        switch (verdict) {
          case CRIMINAL_OR_CIVIL_DOCUMENTED ->
              "A criminal or civil consequence or proceeding against "
                  + who
                  + " for "
                  + what
                  + " is reported ("
                  + String.join(", ", counted)
                  + ").";
          case CRIMINAL_OR_CIVIL_IN_LAW_ONLY ->
              "A criminal or civil route reaches "
                  + who
                  + " for "
                  + what
                  + " in law ("
                  + String.join(", ", counted)
                  + "), but no use of it against them is documented in the sources.";
          case ADMINISTRATIVE_OR_POLITICAL_ONLY ->
              "No criminal or civil route counts for "
                  + who
                  + " for "
                  + what
                  + "; the only routes are administrative or political ("
                  + String.join(", ", counted)
                  + ").";
          case NO_ROUTE -> "No route of any liability counts for " + who + " for " + what + ".";
        };
    if (!notCounted.isEmpty()) {
      reason += " Not counted: " + String.join("; ", notCounted) + ".";
    }
    return new Assessment.Trace(
        verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        reason,
        ImmutableList.copyOf(new LinkedHashSet<>(evidence)));
  }

  /**
   * The routes, known and not merely proposed on the day, that protect individuals in the role who
   * engage in the conduct: a consequence for it is what they forbid.
   */
  static ImmutableList<LegalRoute> protections(
      AccountabilityFramework f, AsOf time, Role role, Conduct conduct) {
    return f
        .assessIndex()
        .get(f.routeList(), AssessIndex.Group.PROTECTIONS, role, conduct, "")
        .stream()
        .filter(r -> r.protects(role, conduct) && time.knows(r))
        .filter(r -> r.availability() != LegalRoute.Availability.PROPOSED)
        .collect(ImmutableList.toImmutableList());
  }

  private static List<LegalRoute> withStatus(
      List<LegalRoute> routes, Map<String, PathwayStatus> statuses, PathwayStatus status) {
    return routes.stream().filter(r -> statuses.get(r.id()) == status).toList();
  }

  private static String names(List<LegalRoute> routes) {
    return String.join("; ", routes.stream().map(LegalRoute::name).toList());
  }

  static String stripStop(String sentence) {
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }

  static String count(int n, String one, String many) {
    return n == 1 ? "1 " + one : n + " " + many;
  }

  private static ImmutableList<String> ids(List<? extends Entity> entities) {
    return entities.stream().map(Entity::id).collect(ImmutableList.toImmutableList());
  }
}

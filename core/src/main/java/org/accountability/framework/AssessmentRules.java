package org.accountability.framework;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.Fact;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;

/**
 * The rules that turn a framework's routes, personnel actions and proceedings into pathway
 * statuses and a verdict. Nothing here is keyed on a particular role or conduct.
 *
 * <p>For each liability, in order: DOCUMENTED if a decided sanction (for administrative liability)
 * or a proceeding of that liability is reported against individuals in the role for the conduct;
 * else AVAILABLE if an open route reaches them; else RESTRICTED if only restricted routes reach
 * them; else NOT_AVAILABLE. The verdict is ACCOUNTABLE if a criminal or civil pathway is documented
 * or available, LIMITED if only an administrative or political one is, NOT_ACCOUNTABLE otherwise.
 */
final class AssessmentRules {
  static final String DOCUMENTED_RULE = "documented-instance";
  static final String OPEN_ROUTE_RULE = "open-route";
  static final String RESTRICTED_RULE = "restricted-routes-only";
  static final String NO_ROUTE_RULE = "no-route";

  private AssessmentRules() {}

  static Assessment assess(
      AccountabilityFramework f, Role role, Conduct conduct, Optional<LocalDate> asOf) {
    EnumMap<LiabilityType, Assessment.Pathway> pathways = new EnumMap<>(LiabilityType.class);
    for (LiabilityType liability : LiabilityType.values()) {
      pathways.put(liability, pathway(f, role, conduct, liability, asOf));
    }
    Verdict verdict = verdict(pathways);
    Assessment.Trace verdictTrace = verdictTrace(verdict, role, conduct, pathways);
    ImmutableList<Directive> directives =
        conduct == Conduct.MISSED_QUOTA
            ? f.directives().stream()
                .filter(d -> d.kind() == Directive.Kind.NUMERICAL_TARGET)
                .filter(d -> known(d.effective(), asOf))
                .collect(ImmutableList.toImmutableList())
            : ImmutableList.of();
    Set<String> used = new LinkedHashSet<>();
    directives.forEach(d -> used.add(d.id()));
    for (Assessment.Pathway p : pathways.values()) {
      p.routes().forEach(r -> used.add(r.id()));
      p.institutionalRoutes().forEach(r -> used.add(r.id()));
      p.documented().forEach(x -> used.add(x.id()));
      p.institutionalProceedings().forEach(x -> used.add(x.id()));
      p.notCounted().forEach(x -> used.add(x.id()));
    }
    ImmutableList<Claim> claims =
        f.claims().stream()
            .filter(c -> c.about().stream().anyMatch(used::contains))
            .collect(ImmutableList.toImmutableList());
    return new Assessment(
        f, role, conduct, asOf, ImmutableMap.copyOf(pathways), verdict, verdictTrace, directives, claims);
  }

  private static Assessment.Pathway pathway(
      AccountabilityFramework f,
      Role role,
      Conduct conduct,
      LiabilityType liability,
      Optional<LocalDate> asOf) {
    List<Fact> documented = new ArrayList<>();
    List<Fact> notCounted = new ArrayList<>();
    if (liability == LiabilityType.ADMINISTRATIVE) {
      for (PersonnelAction a : f.personnelActions()) {
        if (a.subjectRole() != role
            || !a.conduct().equals(Optional.of(conduct))
            || !known(a.date(), asOf)) {
          continue;
        }
        (a.isDecidedSanction() ? documented : notCounted).add(a);
      }
    }
    List<Fact> institutionalProceedings = new ArrayList<>();
    Set<OversightBody> bodies = new LinkedHashSet<>();
    for (OversightAction a : f.oversightActions()) {
      if (a.liability() != liability
          || !a.conducts().contains(conduct)
          || !known(a.date(), asOf)) {
        continue;
      }
      OversightBody body = f.index().bodyOfAction.get(a.id());
      if (a.isAgainstIndividual(role)) {
        documented.add(a);
        if (body != null) {
          bodies.add(body);
        }
      } else if (a.isAgainstInstitution()) {
        institutionalProceedings.add(a);
      }
    }
    List<LegalRoute> routes =
        f.routes().stream()
            .filter(r -> r.liability() == liability && r.reachesIndividual(role, conduct))
            .collect(Collectors.toList());
    List<LegalRoute> institutional =
        f.routes().stream()
            .filter(r -> r.liability() == liability && r.reachesInstitution(conduct))
            .filter(r -> !routes.contains(r))
            .collect(Collectors.toList());
    for (LegalRoute r : routes) {
      for (String id : r.enforcedBy()) {
        f.entity(id).map(OversightBody.class::cast).ifPresent(bodies::add);
      }
    }
    LocalDate day = asOf.orElse(LocalDate.MAX);
    String who = "individual " + role.readableName() + "s";
    String what = conduct.readableName();
    String kind = liability.name().toLowerCase(java.util.Locale.ROOT);
    List<LegalRoute> open =
        routes.stream()
            .filter(r -> r.availabilityOn(day) == LegalRoute.Availability.OPEN)
            .collect(Collectors.toList());
    PathwayStatus status;
    Assessment.Trace trace;
    if (!documented.isEmpty()) {
      status = PathwayStatus.DOCUMENTED;
      trace =
          new Assessment.Trace(
              DOCUMENTED_RULE,
              count(documented.size(), "decided sanction or proceeding", "decided sanctions or proceedings")
                  + " with "
                  + kind
                  + " consequences against "
                  + who
                  + " for "
                  + what
                  + (documented.size() == 1 ? " is" : " are")
                  + " reported"
                  + (notCounted.isEmpty()
                      ? "."
                      : "; threats, incentives and withdrawn schemes do not count."),
              ids(documented));
    } else if (!open.isEmpty()) {
      status = PathwayStatus.AVAILABLE;
      trace =
          new Assessment.Trace(
              OPEN_ROUTE_RULE,
              count(open.size(), "open route reaches", "open routes reach")
                  + " "
                  + who
                  + " for "
                  + what
                  + " with "
                  + kind
                  + " liability, but no instance is documented"
                  + (notCounted.isEmpty() ? "." : " (threats, incentives and withdrawn schemes do not count)."),
              ids(open));
    } else if (!routes.isEmpty()) {
      status = PathwayStatus.RESTRICTED;
      trace =
          new Assessment.Trace(
              RESTRICTED_RULE,
              "The only "
                  + (routes.size() == 1 ? "route" : "routes")
                  + " reaching "
                  + who
                  + " for "
                  + what
                  + " with "
                  + kind
                  + " liability "
                  + (routes.size() == 1 ? "is" : "are")
                  + " restricted in law, and no instance is documented.",
              ids(routes));
    } else {
      status = PathwayStatus.NOT_AVAILABLE;
      trace =
          new Assessment.Trace(
              NO_ROUTE_RULE,
              "No route in the framework reaches "
                  + who
                  + " for "
                  + what
                  + " with "
                  + kind
                  + " liability, and no instance is documented; this is the absence of a route, so"
                  + " it cites nothing.",
              ImmutableList.of());
    }
    return new Assessment.Pathway(
        liability,
        status,
        ImmutableList.copyOf(routes),
        ImmutableList.copyOf(institutional),
        ImmutableList.copyOf(documented),
        ImmutableList.copyOf(institutionalProceedings),
        ImmutableList.copyOf(notCounted),
        f.oversightBodies().stream().filter(bodies::contains).collect(ImmutableList.toImmutableList()),
        trace);
  }

  private static Verdict verdict(EnumMap<LiabilityType, Assessment.Pathway> pathways) {
    boolean judicial = false;
    boolean other = false;
    for (Assessment.Pathway p : pathways.values()) {
      if (p.status().isOpen()) {
        judicial |= p.liability().isJudicial();
        other |= !p.liability().isJudicial();
      }
    }
    return judicial ? Verdict.ACCOUNTABLE : other ? Verdict.LIMITED : Verdict.NOT_ACCOUNTABLE;
  }

  private static Assessment.Trace verdictTrace(
      Verdict verdict,
      Role role,
      Conduct conduct,
      EnumMap<LiabilityType, Assessment.Pathway> pathways) {
    List<String> open = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    for (Assessment.Pathway p : pathways.values()) {
      boolean counts =
          verdict == Verdict.ACCOUNTABLE ? p.liability().isJudicial() : !p.liability().isJudicial();
      if (p.status().isOpen() && counts) {
        open.add(p.liability().name().toLowerCase(java.util.Locale.ROOT) + " " + p.status());
        evidence.addAll(p.trace().evidence());
      }
    }
    String who = role.readableName() + "s";
    String what = conduct.readableName();
    return switch (verdict) {
  case ACCOUNTABLE -> 
new Assessment.Trace(
            "judicial-pathway-open",
            "A criminal or civil pathway is documented or available to "
                + who
                + " for "
                + what
                + " ("
                + String.join(", ", open)
                + ").",
            ImmutableList.copyOf(evidence));
  case LIMITED -> 
new Assessment.Trace(
            "only-non-judicial-pathways-open",
            "No criminal or civil pathway is documented or available to "
                + who
                + " for "
                + what
                + "; only administrative or political ones are ("
                + String.join(", ", open)
                + ").",
            ImmutableList.copyOf(evidence));
  default -> 
new Assessment.Trace(
            "no-pathway-open",
            "No pathway of any liability is documented or available to "
                + who
                + " for "
                + what
                + ".",
            ImmutableList.of());
};
  }

  /**
   * Whether something dated is known by the day: without a day everything counts; with one, only
   * what is dated certainly on or before it (an undated thing cannot be placed, so it does not).
   */
  static boolean known(Optional<PartialDate> date, Optional<LocalDate> asOf) {
    return asOf.isEmpty() || date.map(d -> d.certainlyOnOrBefore(asOf.get())).orElse(false);
  }

  private static String count(int n, String one, String many) {
    return n == 1 ? "1 " + one : n + " " + many;
  }

  private static ImmutableList<String> ids(List<? extends Entity> entities) {
    return entities.stream().map(Entity::id).collect(ImmutableList.toImmutableList());
  }
}

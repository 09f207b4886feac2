package org.accountability.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.accountability.framework.PathwayStatus;
import org.accountability.framework.Verdict;
import org.accountability.model.Defendant;
import org.accountability.model.LegalRoute.Availability;
import org.accountability.model.LegalRoute.Precondition;
import org.accountability.model.LiabilityType;
import org.accountability.model.PersonnelAction.Nature;
import org.accountability.model.PersonnelAction.Status;

/**
 * The reference for {@code assess(role, conduct)}: one plain loop per liability over the plain
 * records, computing what the library's statuses rest on (which decided consequences and
 * proceedings are documented against individuals in the role, which routes reach them and in what
 * state) and, from that, each pathway's status and the verdict, by the library's rules for an
 * assessment without a date. It builds no traces, caveats, claims or explanations.
 */
public final class PlainAssess {
  private PlainAssess() {}

  /**
   * One liability's pathway: what is documented, which routes reach, and the status.
   *
   * @param documented the decided consequences and proceedings against individuals in the role
   * @param routes the routes that reach them
   * @param status the status
   */
  public record Pathway(List<Object> documented, List<Plain.Route> routes, PathwayStatus status) {}

  /**
   * The pathway of each liability and the verdict.
   *
   * @param pathways the pathway of each liability
   * @param verdict the verdict
   */
  public record Result(Map<LiabilityType, Pathway> pathways, Verdict verdict) {
    /**
     * One liability's pathway.
     *
     * @param liability the liability
     * @return its pathway
     */
    public Pathway pathway(LiabilityType liability) {
      Pathway p = pathways.get(liability);
      if (p == null) {
        throw new IllegalArgumentException("no pathway for " + liability);
      }
      return p;
    }
  }

  /**
   * Assesses a role and a conduct.
   *
   * @param doc the plain records
   * @param role the role's id
   * @param conduct the conduct's id
   * @return the pathways and the verdict
   */
  public static Result assess(Plain.Document doc, String role, String conduct) {
    EnumMap<LiabilityType, Pathway> pathways = new EnumMap<>(LiabilityType.class);
    for (LiabilityType liability : LiabilityType.values()) {
      pathways.put(liability, pathway(doc, role, conduct, liability));
    }
    return new Result(pathways, verdict(pathways));
  }

  private static Pathway pathway(
      Plain.Document doc, String role, String conduct, LiabilityType liability) {
    List<Object> documented = new ArrayList<>();
    if (liability == LiabilityType.ADMINISTRATIVE) {
      for (Plain.PersonnelAction a : doc.personnelActions()) {
        if (a.subjectRole().equals(role) && conduct.equals(a.conduct()) && isDecidedSanction(a)) {
          documented.add(a);
        }
      }
    }
    for (Plain.OversightBody body : doc.oversightBodies()) {
      for (Plain.OversightAction a : body.actions()) {
        if (a.liability() == liability
            && a.conducts().contains(conduct)
            && a.defendants().contains(Defendant.INDIVIDUAL)
            && a.roles().contains(role)) {
          documented.add(a);
        }
      }
    }
    List<Plain.Route> routes = new ArrayList<>();
    boolean inLaw = false;
    boolean conditional = false;
    boolean restricted = false;
    for (Plain.Route r : doc.routes()) {
      if (r.liability() != liability
          || !r.defendants().contains(Defendant.INDIVIDUAL)
          || !r.roles().contains(role)
          || !r.conducts().contains(conduct)) {
        continue;
      }
      routes.add(r);
      PathwayStatus s = routeStatus(r, role, conduct);
      inLaw |= s == PathwayStatus.IN_LAW;
      conditional |= s == PathwayStatus.CONDITIONAL;
      restricted |= s == PathwayStatus.RESTRICTED;
    }
    PathwayStatus status =
        !documented.isEmpty()
            ? PathwayStatus.DOCUMENTED
            : inLaw
                ? PathwayStatus.IN_LAW
                : conditional
                    ? PathwayStatus.CONDITIONAL
                    : restricted ? PathwayStatus.RESTRICTED : PathwayStatus.NONE;
    return new Pathway(documented, routes, status);
  }

  private static boolean isDecidedSanction(Plain.PersonnelAction a) {
    if (a.nature() != Nature.SANCTION
        || !(a.status() == Status.REPORTED
            || a.status() == Status.ANNOUNCED
            || a.status() == Status.CARRIED_OUT)) {
      return false;
    }
    for (Plain.Inference i : a.inferences()) {
      if (i.attribute().equals("nature") || i.attribute().equals("conduct")) {
        return false;
      }
    }
    return true;
  }

  private static PathwayStatus routeStatus(Plain.Route r, String role, String conduct) {
    if (r.availability() == Availability.PROPOSED) {
      return PathwayStatus.NONE;
    }
    boolean unmet = false;
    for (Plain.RoutePrecondition p : r.preconditions()) {
      if ((!p.roles().isEmpty() && !p.roles().contains(role))
          || (!p.conducts().isEmpty() && !p.conducts().contains(conduct))) {
        continue;
      }
      if (p.status() == Precondition.Status.CONTRADICTED) {
        return PathwayStatus.NONE;
      }
      unmet |= p.status() == Precondition.Status.NOT_ESTABLISHED;
    }
    if (r.availability() == Availability.RESTRICTED) {
      return PathwayStatus.RESTRICTED;
    }
    return unmet ? PathwayStatus.CONDITIONAL : PathwayStatus.IN_LAW;
  }

  private static Verdict verdict(Map<LiabilityType, Pathway> pathways) {
    boolean judicialDocumented = false;
    boolean judicialInLaw = false;
    boolean other = false;
    for (Map.Entry<LiabilityType, Pathway> e : pathways.entrySet()) {
      PathwayStatus s = e.getValue().status();
      if (e.getKey().isJudicial()) {
        judicialDocumented |= s == PathwayStatus.DOCUMENTED;
        judicialInLaw |= s == PathwayStatus.IN_LAW;
      } else {
        other |=
            s == PathwayStatus.DOCUMENTED
                || s == PathwayStatus.IN_LAW
                || s == PathwayStatus.CONDITIONAL;
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
}

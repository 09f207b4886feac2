package org.accountability;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Assessment;
import org.accountability.framework.Evidence;
import org.accountability.framework.TargetAttainment;
import org.accountability.framework.Timeline;
import org.accountability.model.Actor;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Directive;
import org.accountability.model.Inference;
import org.accountability.model.LegalReference;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.NumericalTarget;
import org.accountability.model.Observation;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Problem;
import org.accountability.model.Role;
import org.accountability.model.ValidationException;

/**
 * Valid instances of the public types, for the package sanity tests: as receivers of the methods
 * they check, as record values whose components are nulled one at a time, and as the defaults
 * {@link NullPointerTester} passes for the arguments it does not null (it cannot make an abstract
 * value type or a class without a public constructor itself).
 */
public final class SanityFixtures {
  /** The bundled ICE case study: a small, valid framework with every kind of entity. */
  public static final AccountabilityFramework ICE = CaseStudies.iceDeportationQuotas();

  private SanityFixtures() {}

  /**
   * An instance of each public model type that needs one.
   *
   * @return instances by type
   */
  public static Map<Class<?>, Object> model() {
    PartialDate date = PartialDate.ofMonth(2025, 6);
    Map<Class<?>, Object> m = new LinkedHashMap<>();
    m.put(Actor.class, Actor.named("DHS Secretary", "Kristi Noem").withRole(Role.SENIOR_OFFICIAL));
    m.put(Citation.class, ICE.citations().first().orElseThrow());
    m.put(Claim.class, ICE.claims().first().orElseThrow());
    m.put(Claim.Source.class, Claim.Source.supports("a-source"));
    m.put(Conduct.class, Conduct.PENALIZING_MISSED_QUOTA);
    m.put(Directive.class, ICE.directives().first().orElseThrow());
    m.put(Directive.Supersession.class, Directive.Supersession.raises("a-directive"));
    m.put(Directive.Denial.class, new Directive.Denial("It never happened.", "a-source"));
    m.put(Inference.class, new Inference("date", "the month of the first report"));
    m.put(LegalReference.class, LegalReference.statute("18", "U.S.C.", "242"));
    m.put(LegalRoute.class, ICE.routes().first().orElseThrow());
    m.put(LegalRoute.Precondition.class, LegalRoute.Precondition.established("It holds.", "a"));
    m.put(
        LegalRoute.Hurdle.class,
        LegalRoute.Hurdle.of(LegalRoute.Hurdle.Kind.IMMUNITY, "An immunity.", "a"));
    m.put(
        LegalRoute.Substitution.class,
        new LegalRoute.Substitution(
            List.of(Role.LINE_AGENT), "The United States answers.", List.of("a")));
    m.put(LegalRoute.Appeal.class, LegalRoute.Appeal.available("To the board.", "a"));
    m.put(NumericalTarget.class, NumericalTarget.range("arrests", "per day", 1200, 1500));
    m.put(Observation.class, ICE.observations().first().orElseThrow());
    m.put(OversightAction.class, ICE.oversightActions().first().orElseThrow());
    m.put(
        OversightAction.OutcomeStep.class,
        OversightAction.OutcomeStep.of(OversightAction.Outcome.GRANTED, date, "a")
            .withDetail("An order was granted."));
    m.put(OversightBody.class, ICE.oversightBodies().first().orElseThrow());
    m.put(PartialDate.class, date);
    m.put(PersonnelAction.class, ICE.personnelActions().first().orElseThrow());
    m.put(
        Role.class, Role.of("DEPUTY_CHIEF", "deputy chief", "a commander over several precincts"));
    m.put(
        Problem.class,
        Problem.inEntity(
            Problem.Code.MISSING, "Directive", "an-id", "summary", "is required but missing"));
    m.put(
        ValidationException.class,
        new ValidationException(
            List.of(Problem.atPointer(Problem.Code.MISSING, "/title", 1, 2, "is required"))));
    return m;
  }

  /**
   * An instance of each public framework type that needs one.
   *
   * @return instances by type
   */
  public static Map<Class<?>, Object> framework() {
    Assessment assessment = ICE.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA);
    Evidence evidence = ICE.evidence();
    Timeline timeline = ICE.timeline(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA);
    TargetAttainment attainment =
        ICE.attainment().stream().filter(a -> !a.points().isEmpty()).findFirst().orElseThrow();
    Map<Class<?>, Object> m = new LinkedHashMap<>();
    m.put(AccountabilityFramework.class, ICE);
    m.put(AccountabilityFramework.Builder.class, ICE.toBuilder());
    m.put(Assessment.class, assessment);
    m.put(Assessment.Trace.class, assessment.verdictTrace());
    m.put(Assessment.Note.class, assessment.caveats().get(0));
    m.put(Assessment.Pathway.class, assessment.pathway(LiabilityType.ADMINISTRATIVE));
    m.put(Evidence.class, evidence);
    m.put(Evidence.ContestedClaim.class, evidence.contestedClaims().get(0));
    m.put(Timeline.class, timeline);
    org.accountability.framework.Comparison comparison =
        org.accountability.framework.Comparison.of(ICE, CaseStudies.nypdQuotas());
    m.put(org.accountability.framework.Comparison.class, comparison);
    m.put(org.accountability.framework.Comparison.Row.class, comparison.rows().get(0));
    m.put(Timeline.Change.class, timeline.changes().get(0));
    m.put(TargetAttainment.class, attainment);
    m.put(TargetAttainment.Point.class, attainment.points().get(0));
    m.put(org.accountability.framework.Results.class, evidence.contestedClaims());
    m.put(org.accountability.framework.EntityQuery.class, ICE.directives());
    m.put(org.accountability.framework.FactQuery.class, ICE.directives());
    m.put(org.accountability.framework.CitationQuery.class, ICE.citations());
    m.put(org.accountability.framework.ClaimQuery.class, ICE.claims());
    m.put(org.accountability.framework.DirectiveQuery.class, ICE.directives());
    m.put(org.accountability.framework.LegalRouteQuery.class, ICE.routes());
    m.put(org.accountability.framework.ObservationQuery.class, ICE.observations());
    m.put(org.accountability.framework.OversightActionQuery.class, ICE.oversightActions());
    m.put(org.accountability.framework.OversightBodyQuery.class, ICE.oversightBodies());
    m.put(org.accountability.framework.PersonnelActionQuery.class, ICE.personnelActions());
    return m;
  }

  /**
   * A tester whose defaults are valid values of every model and framework type.
   *
   * @return the tester
   */
  public static NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester();
    model().forEach((type, value) -> setDefault(tester, type, value));
    framework().forEach((type, value) -> setDefault(tester, type, value));
    tester.setDefault(LocalDate.class, LocalDate.of(2025, 6, 1));
    tester.setDefault(Role.class, Role.LINE_AGENT);
    tester.setDefault(Conduct.class, Conduct.MISSED_QUOTA);
    return tester;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }
}

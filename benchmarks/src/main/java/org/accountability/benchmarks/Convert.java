package org.accountability.benchmarks;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Actor;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Directive;
import org.accountability.model.Inference;
import org.accountability.model.LegalReference;
import org.accountability.model.LegalRoute;
import org.accountability.model.NumericalTarget;
import org.accountability.model.Observation;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * Builds the library's framework from plain records through the library's builders, as an
 * application holding its own data would: every entity is built and checked, then the framework is
 * built and validated as a whole.
 */
public final class Convert {
  private final Map<String, Role> roles = new HashMap<>();
  private final Map<String, Conduct> conducts = new HashMap<>();

  private Convert(Plain.Document doc) {
    for (Plain.RoleDeclaration r : doc.roles()) {
      roles.put(r.id(), Role.of(r.id(), r.name(), r.description()));
    }
    for (Plain.ConductDeclaration c : doc.conducts()) {
      conducts.put(c.id(), Conduct.of(c.id(), c.name(), c.description()));
    }
  }

  /**
   * The framework the document describes.
   *
   * @param doc the document
   * @return the framework
   * @throws org.accountability.model.ValidationException if it is not valid
   */
  public static AccountabilityFramework framework(Plain.Document doc) {
    return new Convert(doc).build(doc);
  }

  private AccountabilityFramework build(Plain.Document doc) {
    AccountabilityFramework.Builder b =
        AccountabilityFramework.builder().title(doc.title()).agency(doc.agency());
    if (doc.question() != null) {
      b.question(doc.question());
    }
    List<Role> declaredRoles = new ArrayList<>();
    for (Plain.RoleDeclaration r : doc.roles()) {
      declaredRoles.add(role(r.id()));
    }
    List<Conduct> declaredConducts = new ArrayList<>();
    List<Conduct> unlawful = new ArrayList<>();
    for (Plain.ConductDeclaration c : doc.conducts()) {
      declaredConducts.add(conduct(c.id()));
      if (c.unlawful()) {
        unlawful.add(conduct(c.id()));
      }
    }
    b.addRoles(declaredRoles).addConducts(declaredConducts).addUnlawfulConducts(unlawful);
    List<Citation> citations = new ArrayList<>(doc.citations().size());
    for (Plain.Citation c : doc.citations()) {
      citations.add(citation(c));
    }
    List<Directive> directives = new ArrayList<>(doc.directives().size());
    for (Plain.Directive d : doc.directives()) {
      directives.add(directive(d));
    }
    List<PersonnelAction> personnelActions = new ArrayList<>(doc.personnelActions().size());
    for (Plain.PersonnelAction a : doc.personnelActions()) {
      personnelActions.add(personnelAction(a));
    }
    List<OversightBody> bodies = new ArrayList<>(doc.oversightBodies().size());
    for (Plain.OversightBody o : doc.oversightBodies()) {
      bodies.add(oversightBody(o));
    }
    List<LegalRoute> routes = new ArrayList<>(doc.routes().size());
    for (Plain.Route r : doc.routes()) {
      routes.add(route(r));
    }
    List<Claim> claims = new ArrayList<>(doc.claims().size());
    for (Plain.Claim c : doc.claims()) {
      claims.add(claim(c));
    }
    List<Observation> observations = new ArrayList<>(doc.observations().size());
    for (Plain.Observation o : doc.observations()) {
      observations.add(observation(o));
    }
    return b.addCitations(citations)
        .addDirectives(directives)
        .addPersonnelActions(personnelActions)
        .addOversightBodies(bodies)
        .addRoutes(routes)
        .addClaims(claims)
        .addObservations(observations)
        .build();
  }

  // ------------------------------------------------------------------------------ entities

  private static Citation citation(Plain.Citation c) {
    Plain.LegalReference ref = c.legalReference();
    return Citation.builder()
        .id(c.id())
        .title(Optional.ofNullable(c.title()))
        .publisher(c.publisher())
        .host(Optional.ofNullable(c.host()))
        .date(date(c.date()))
        .url(Optional.ofNullable(c.url()))
        .kind(c.kind())
        .primary(c.primary())
        .legalReference(
            ref == null
                ? Optional.empty()
                : Optional.of(
                    new LegalReference(ref.volume(), ref.reporter(), ref.locator(), ref.section())))
        .fictional(c.fictional())
        .build();
  }

  private Directive directive(Plain.Directive d) {
    Plain.Supersession s = d.supersedes();
    Plain.Target t = d.target();
    var b =
        Directive.builder()
            .id(d.id())
            .kind(d.kind())
            .summary(d.summary())
            .issuer(actor(d.issuer()))
            .addressee(actor(d.addressee()))
            .effective(date(d.effective()))
            .ended(date(d.ended()))
            .supersedes(
                s == null
                    ? Optional.empty()
                    : Optional.of(new Directive.Supersession(s.directive(), s.raises())))
            .target(
                t == null
                    ? Optional.empty()
                    : Optional.of(
                        new NumericalTarget(
                            t.metric(), t.scope(), t.low(), Optional.ofNullable(t.high()))))
            .announcedAccountability(Optional.ofNullable(d.announcedAccountability()))
            .addAllConducts(conducts(d.conducts()))
            .knownSince(date(d.knownSince()))
            .addAllCitations(d.citations());
    for (Plain.Denial denial : d.denials()) {
      b.addDenials(new Directive.Denial(denial.statement(), denial.citation()));
    }
    return b.build();
  }

  private PersonnelAction personnelAction(Plain.PersonnelAction a) {
    Plain.Actor actor = a.actor();
    String conduct = a.conduct();
    List<Inference> inferences = new ArrayList<>(a.inferences().size());
    for (Plain.Inference i : a.inferences()) {
      inferences.add(new Inference(i.attribute(), i.note()));
    }
    return PersonnelAction.builder()
        .id(a.id())
        .kind(a.kind())
        .summary(a.summary())
        .subjectRole(role(a.subjectRole()))
        .subjectDescription(Optional.ofNullable(a.subjectDescription()))
        .addAllSubjectNames(a.subjectNames())
        .actor(actor == null ? Optional.empty() : Optional.of(actor(actor)))
        .date(date(a.date()))
        .until(date(a.until()))
        .nature(a.nature())
        .status(a.status())
        .conduct(conduct == null ? Optional.empty() : Optional.of(conduct(conduct)))
        .reason(a.reason())
        .addAllEnforces(a.enforces())
        .officialResponse(Optional.ofNullable(a.officialResponse()))
        .addAllInferences(inferences)
        .knownSince(date(a.knownSince()))
        .addAllCitations(a.citations())
        .build();
  }

  private OversightBody oversightBody(Plain.OversightBody o) {
    List<OversightAction> actions = new ArrayList<>(o.actions().size());
    for (Plain.OversightAction a : o.actions()) {
      actions.add(oversightAction(a));
    }
    return OversightBody.builder()
        .id(o.id())
        .name(o.name())
        .kind(o.kind())
        .addAllLevers(o.levers())
        .addAllActions(actions)
        .knownSince(date(o.knownSince()))
        .addAllCitations(o.citations())
        .build();
  }

  private OversightAction oversightAction(Plain.OversightAction a) {
    List<OversightAction.OutcomeStep> steps = new ArrayList<>(a.outcomes().size());
    for (Plain.OutcomeStep s : a.outcomes()) {
      steps.add(
          new OversightAction.OutcomeStep(
              s.outcome(),
              date(s.date()),
              Optional.ofNullable(s.detail()),
              s.grounds(),
              s.yields(),
              s.citations()));
    }
    return OversightAction.builder()
        .id(a.id())
        .lever(a.lever())
        .summary(a.summary())
        .date(date(a.date()))
        .liability(a.liability())
        .addAllDefendants(a.defendants())
        .addAllRoles(roles(a.roles()))
        .addAllConducts(conducts(a.conducts()))
        .route(Optional.ofNullable(a.route()))
        .addAllOutcomes(steps)
        .knownSince(date(a.knownSince()))
        .addAllCitations(a.citations())
        .build();
  }

  private LegalRoute route(Plain.Route r) {
    var b =
        LegalRoute.builder()
            .id(r.id())
            .name(r.name())
            .liability(r.liability())
            .addAllConducts(conducts(r.conducts()))
            .addAllDefendants(r.defendants())
            .addAllRoles(roles(r.roles()))
            .forum(r.forum())
            .standardOfProof(Optional.ofNullable(r.standardOfProof()))
            .initiatedBy(r.initiatedBy())
            .availability(r.availability())
            .restriction(Optional.ofNullable(r.restriction()))
            .restrictedSince(date(r.restrictedSince()))
            .addAllRestrictedBy(r.restrictedBy())
            .addAllEnforcedBy(r.enforcedBy())
            .addAllClaimants(roles(r.claimants()))
            .addAllProtects(conducts(r.protects()))
            .addAllRemedies(r.remedies())
            .knownSince(date(r.knownSince()))
            .addAllCitations(r.citations());
    for (Plain.RoutePrecondition p : r.preconditions()) {
      b.addPreconditions(
          new LegalRoute.Precondition(
              p.statement(), roles(p.roles()), conducts(p.conducts()), p.status(), p.citations()));
    }
    for (Plain.RouteHurdle h : r.hurdles()) {
      b.addHurdles(
          new LegalRoute.Hurdle(h.kind(), h.description(), roles(h.roles()), h.citations()));
    }
    Plain.Substitution s = r.substitution();
    if (s != null) {
      b.substitution(new LegalRoute.Substitution(roles(s.roles()), s.description(), s.citations()));
    }
    Plain.Appeal a = r.appeal();
    if (a != null) {
      b.appeal(new LegalRoute.Appeal(a.available(), a.description(), a.citations()));
    }
    return b.build();
  }

  private Claim claim(Plain.Claim c) {
    List<Claim.Source> sources = new ArrayList<>(c.sources().size());
    for (Plain.Source s : c.sources()) {
      sources.add(new Claim.Source(s.citation(), s.stance()));
    }
    return Claim.builder()
        .id(c.id())
        .statement(c.statement())
        .status(c.status())
        .addAllSources(sources)
        .absenceOfEvidence(Optional.ofNullable(c.absenceOfEvidence()))
        .addAllAbout(c.about())
        .addAllConducts(conducts(c.conducts()))
        .addAllRoles(roles(c.roles()))
        .knownSince(date(c.knownSince()))
        .build();
  }

  private static Observation observation(Plain.Observation o) {
    return Observation.builder()
        .id(o.id())
        .metric(o.metric())
        .scope(o.scope())
        .value(o.value())
        .qualifier(o.qualifier())
        .period(PartialDate.parse(o.period()))
        .periodLabel(Optional.ofNullable(o.periodLabel()))
        .knownSince(date(o.knownSince()))
        .addAllCitations(o.citations())
        .build();
  }

  // ------------------------------------------------------------------------------ values

  private Actor actor(Plain.Actor a) {
    String role = a.role();
    return new Actor(
        a.description(),
        ImmutableList.copyOf(a.names()),
        role == null ? Optional.empty() : Optional.of(role(role)));
  }

  private static Optional<PartialDate> date(@Nullable String text) {
    return text == null ? Optional.empty() : Optional.of(PartialDate.parse(text));
  }

  private Role role(String id) {
    Role declared = roles.get(id);
    return declared != null ? declared : Role.valueOf(id);
  }

  private Conduct conduct(String id) {
    Conduct declared = conducts.get(id);
    return declared != null ? declared : Conduct.valueOf(id);
  }

  private List<Role> roles(List<String> ids) {
    List<Role> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      out.add(role(id));
    }
    return out;
  }

  private List<Conduct> conducts(List<String> ids) {
    List<Conduct> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      out.add(conduct(id));
    }
    return out;
  }
}

package org.accountability.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The reference for building a framework: constructing the same plain records from the same values,
 * every record and list new, nothing checked.
 */
public final class PlainCopy {
  private PlainCopy() {}

  /**
   * A new document with the same values, built record by record.
   *
   * @param d the document
   * @return the copy
   */
  public static Plain.Document document(Plain.Document d) {
    return new Plain.Document(
        new Plain.Format(d.format().name(), d.format().version()),
        d.title(),
        d.agency(),
        d.question(),
        map(d.roles(), r -> new Plain.RoleDeclaration(r.id(), r.name(), r.description())),
        map(
            d.conducts(),
            c -> new Plain.ConductDeclaration(c.id(), c.name(), c.description(), c.unlawful())),
        map(d.citations(), PlainCopy::citation),
        map(d.directives(), PlainCopy::directive),
        map(d.personnelActions(), PlainCopy::personnelAction),
        map(d.oversightBodies(), PlainCopy::oversightBody),
        map(d.routes(), PlainCopy::route),
        map(d.claims(), PlainCopy::claim),
        map(d.observations(), PlainCopy::observation));
  }

  private static Plain.Citation citation(Plain.Citation c) {
    Plain.LegalReference r = c.legalReference();
    return new Plain.Citation(
        c.id(),
        c.title(),
        c.publisher(),
        c.host(),
        c.date(),
        c.url(),
        c.kind(),
        c.primary(),
        r == null
            ? null
            : new Plain.LegalReference(r.volume(), r.reporter(), r.locator(), r.section()),
        c.fictional());
  }

  private static Plain.Directive directive(Plain.Directive d) {
    Plain.Supersession s = d.supersedes();
    Plain.Target t = d.target();
    return new Plain.Directive(
        d.id(),
        d.kind(),
        d.summary(),
        actor(d.issuer()),
        actor(d.addressee()),
        d.effective(),
        d.ended(),
        s == null ? null : new Plain.Supersession(s.directive(), s.raises()),
        t == null ? null : new Plain.Target(t.metric(), t.scope(), t.low(), t.high()),
        d.announcedAccountability(),
        map(d.denials(), x -> new Plain.Denial(x.statement(), x.citation())),
        List.copyOf(d.conducts()),
        d.knownSince(),
        List.copyOf(d.citations()));
  }

  private static Plain.PersonnelAction personnelAction(Plain.PersonnelAction a) {
    Plain.Actor actor = a.actor();
    return new Plain.PersonnelAction(
        a.id(),
        a.kind(),
        a.summary(),
        a.subjectRole(),
        a.subjectDescription(),
        List.copyOf(a.subjectNames()),
        actor == null ? null : actor(actor),
        a.date(),
        a.until(),
        a.nature(),
        a.status(),
        a.conduct(),
        a.reason(),
        List.copyOf(a.enforces()),
        a.officialResponse(),
        map(a.inferences(), i -> new Plain.Inference(i.attribute(), i.note())),
        a.knownSince(),
        List.copyOf(a.citations()));
  }

  private static Plain.OversightBody oversightBody(Plain.OversightBody b) {
    return new Plain.OversightBody(
        b.id(),
        b.name(),
        b.kind(),
        List.copyOf(b.levers()),
        map(b.actions(), PlainCopy::oversightAction),
        b.knownSince(),
        List.copyOf(b.citations()));
  }

  private static Plain.OversightAction oversightAction(Plain.OversightAction a) {
    return new Plain.OversightAction(
        a.id(),
        a.lever(),
        a.summary(),
        a.date(),
        a.liability(),
        List.copyOf(a.defendants()),
        List.copyOf(a.roles()),
        List.copyOf(a.conducts()),
        a.route(),
        map(
            a.outcomes(),
            s ->
                new Plain.OutcomeStep(
                    s.outcome(),
                    s.date(),
                    s.detail(),
                    List.copyOf(s.grounds()),
                    List.copyOf(s.yields()),
                    List.copyOf(s.citations()))),
        a.knownSince(),
        List.copyOf(a.citations()));
  }

  private static Plain.Route route(Plain.Route r) {
    Plain.Substitution s = r.substitution();
    Plain.Appeal a = r.appeal();
    return new Plain.Route(
        r.id(),
        r.name(),
        r.liability(),
        List.copyOf(r.conducts()),
        List.copyOf(r.defendants()),
        List.copyOf(r.roles()),
        r.forum(),
        r.standardOfProof(),
        r.initiatedBy(),
        r.availability(),
        r.restriction(),
        r.restrictedSince(),
        List.copyOf(r.restrictedBy()),
        List.copyOf(r.enforcedBy()),
        map(
            r.preconditions(),
            p ->
                new Plain.RoutePrecondition(
                    p.statement(),
                    List.copyOf(p.roles()),
                    List.copyOf(p.conducts()),
                    p.status(),
                    List.copyOf(p.citations()))),
        map(
            r.hurdles(),
            h ->
                new Plain.RouteHurdle(
                    h.kind(), h.description(), List.copyOf(h.roles()), List.copyOf(h.citations()))),
        s == null
            ? null
            : new Plain.Substitution(
                List.copyOf(s.roles()), s.description(), List.copyOf(s.citations())),
        a == null
            ? null
            : new Plain.Appeal(a.available(), a.description(), List.copyOf(a.citations())),
        List.copyOf(r.claimants()),
        List.copyOf(r.protects()),
        List.copyOf(r.remedies()),
        r.knownSince(),
        List.copyOf(r.citations()));
  }

  private static Plain.Claim claim(Plain.Claim c) {
    return new Plain.Claim(
        c.id(),
        c.statement(),
        c.status(),
        map(c.sources(), s -> new Plain.Source(s.citation(), s.stance())),
        c.absenceOfEvidence(),
        List.copyOf(c.about()),
        List.copyOf(c.conducts()),
        List.copyOf(c.roles()),
        c.knownSince());
  }

  private static Plain.Observation observation(Plain.Observation o) {
    return new Plain.Observation(
        o.id(),
        o.metric(),
        o.scope(),
        o.value(),
        o.qualifier(),
        o.period(),
        o.periodLabel(),
        o.knownSince(),
        List.copyOf(o.citations()));
  }

  private static Plain.Actor actor(Plain.Actor a) {
    return new Plain.Actor(a.description(), List.copyOf(a.names()), a.role());
  }

  private static <T, R> List<R> map(List<T> values, Function<T, R> copy) {
    List<R> out = new ArrayList<>(values.size());
    for (T value : values) {
      out.add(copy.apply(value));
    }
    return out;
  }
}

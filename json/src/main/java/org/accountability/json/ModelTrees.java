package org.accountability.json;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Assessment;
import org.accountability.model.Actor;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.Fact;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns model values into JSON trees in the format's one property order (format {@value
 * AccountabilityJson#FORMAT_VERSION}). Absent optional values and empty optional lists are left
 * out; nothing is written as null. The exceptions are a framework's vocabularies, {@code roles}
 * and {@code conducts}, written even when empty, and the entity arrays. Roles and conducts are
 * named by their ids; the header declares each one the framework's vocabulary holds, standard or
 * not, with its name, description and (for a conduct) whether it is unlawful.
 */
final class ModelTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ModelTrees() {}

  static ObjectNode framework(AccountabilityFramework f) {
    ObjectNode o = NODES.objectNode();
    o.set("format", format());
    o.put("title", f.title());
    o.put("agency", f.agency());
    f.question().ifPresent(q -> o.put("question", q));
    vocabulary(o, f);
    o.set("citations", array(f.citations().list(), ModelTrees::citation));
    o.set("directives", array(f.directives().list(), ModelTrees::directive));
    o.set("personnelActions", array(f.personnelActions().list(), ModelTrees::personnelAction));
    o.set("oversightBodies", array(f.oversightBodies().list(), ModelTrees::oversightBody));
    o.set("routes", array(f.routes().list(), ModelTrees::legalRoute));
    o.set("claims", array(f.claims().list(), ModelTrees::claim));
    o.set("observations", array(f.observations().list(), ModelTrees::observation));
    return o;
  }

  static ObjectNode format() {
    ObjectNode o = NODES.objectNode();
    o.put("name", AccountabilityJson.FORMAT_NAME);
    o.put("version", AccountabilityJson.FORMAT_VERSION);
    return o;
  }

  /** The first line of a JSON Lines export of a framework. */
  static ObjectNode jsonLinesHeader(AccountabilityFramework f) {
    ObjectNode o = NODES.objectNode();
    o.put("type", JsonLines.FRAMEWORK_TYPE);
    o.set("format", format());
    o.put("title", f.title());
    o.put("agency", f.agency());
    f.question().ifPresent(q -> o.put("question", q));
    vocabulary(o, f);
    return o;
  }

  /**
   * The framework's vocabularies: every role and every conduct it holds, in its order, each with
   * its name and description, and whether each conduct is unlawful in the framework's
   * jurisdiction. Both arrays are always written.
   */
  private static void vocabulary(ObjectNode o, AccountabilityFramework f) {
    ArrayNode roles = o.putArray("roles");
    for (Role r : f.roles()) {
      ObjectNode x = roles.addObject();
      x.put("id", r.id());
      x.put("name", r.readableName());
      x.put("description", r.description());
    }
    ArrayNode conducts = o.putArray("conducts");
    for (Conduct c : f.conducts()) {
      ObjectNode x = conducts.addObject();
      x.put("id", c.id());
      x.put("name", c.readableName());
      x.put("description", c.description());
      x.put("unlawful", f.isUnlawful(c));
    }
  }

  /** An entity as one JSON Lines record: its type first, then its properties. */
  static ObjectNode jsonLine(Entity e) {
    ObjectNode o = NODES.objectNode();
    o.put("type", e.entityKind().name());
    o.setAll(entity(e));
    return o;
  }

  static ObjectNode entity(Entity e) {
    return switch (e.entityKind()) {
      case CITATION -> citation((Citation) e);
      case DIRECTIVE -> directive((Directive) e);
      case PERSONNEL_ACTION -> personnelAction((PersonnelAction) e);
      case OVERSIGHT_BODY -> oversightBody((OversightBody) e);
      case OVERSIGHT_ACTION -> oversightAction((OversightAction) e);
      case LEGAL_ROUTE -> legalRoute((LegalRoute) e);
      case CLAIM -> claim((Claim) e);
      case OBSERVATION -> observation((Observation) e);
    };
  }

  static ObjectNode citation(Citation c) {
    ObjectNode o = NODES.objectNode();
    o.put("id", c.id());
    c.title().ifPresent(v -> o.put("title", v));
    o.put("publisher", c.publisher());
    c.host().ifPresent(v -> o.put("host", v));
    c.date().ifPresent(v -> o.put("date", date(v)));
    c.url().ifPresent(v -> o.put("url", v));
    o.put("kind", c.kind().name());
    o.put("primary", c.isPrimary());
    c.legalReference().ifPresent(v -> o.set("legalReference", legalReference(v)));
    if (c.isFictional()) {
      o.put("fictional", true);
    }
    return o;
  }

  static ObjectNode directive(Directive d) {
    ObjectNode o = NODES.objectNode();
    o.put("id", d.id());
    o.put("kind", d.kind().name());
    o.put("summary", d.summary());
    o.set("issuer", actor(d.issuer()));
    o.set("addressee", actor(d.addressee()));
    d.effective().ifPresent(v -> o.put("effective", date(v)));
    d.ended().ifPresent(v -> o.put("ended", date(v)));
    d.supersedes()
        .ifPresent(
            s -> {
              ObjectNode x = NODES.objectNode();
              x.put("directive", s.directive());
              x.put("raises", s.raises());
              o.set("supersedes", x);
            });
    d.target().ifPresent(t -> o.set("target", target(t)));
    d.announcedAccountability().ifPresent(v -> o.put("announcedAccountability", v));
    if (!d.denials().isEmpty()) {
      ArrayNode denials = o.putArray("denials");
      for (Directive.Denial denial : d.denials()) {
        ObjectNode x = denials.addObject();
        x.put("statement", denial.statement());
        x.put("citation", denial.citation());
      }
    }
    optionalTerms(o, "conducts", d.conducts(), Conduct::id);
    knownSince(o, d);
    o.set("citations", strings(d.citations()));
    return o;
  }

  static ObjectNode personnelAction(PersonnelAction a) {
    ObjectNode o = NODES.objectNode();
    o.put("id", a.id());
    o.put("kind", a.kind().name());
    o.put("summary", a.summary());
    o.put("subjectRole", a.subjectRole().id());
    a.subjectDescription().ifPresent(v -> o.put("subjectDescription", v));
    optionalStrings(o, "subjectNames", a.subjectNames());
    a.actor().ifPresent(v -> o.set("actor", actor(v)));
    a.date().ifPresent(v -> o.put("date", date(v)));
    a.until().ifPresent(v -> o.put("until", date(v)));
    o.put("nature", a.nature().name());
    o.put("status", a.status().name());
    a.conduct().ifPresent(v -> o.put("conduct", v.id()));
    o.put("reason", a.reason());
    optionalStrings(o, "enforces", a.enforces());
    a.officialResponse().ifPresent(v -> o.put("officialResponse", v));
    if (!a.inferences().isEmpty()) {
      ArrayNode inferences = o.putArray("inferences");
      for (Inference inference : a.inferences()) {
        ObjectNode x = inferences.addObject();
        x.put("attribute", inference.attribute());
        x.put("note", inference.note());
      }
    }
    knownSince(o, a);
    o.set("citations", strings(a.citations()));
    return o;
  }

  static ObjectNode oversightBody(OversightBody b) {
    ObjectNode o = NODES.objectNode();
    o.put("id", b.id());
    o.put("name", b.name());
    o.put("kind", b.kind().name());
    o.set("levers", enums(b.levers()));
    o.set("actions", array(b.actions(), ModelTrees::oversightAction));
    knownSince(o, b);
    o.set("citations", strings(b.citations()));
    return o;
  }

  static ObjectNode oversightAction(OversightAction a) {
    ObjectNode o = NODES.objectNode();
    o.put("id", a.id());
    o.put("lever", a.lever().name());
    o.put("summary", a.summary());
    a.date().ifPresent(v -> o.put("date", date(v)));
    o.put("liability", a.liability().name());
    o.set("defendants", enums(a.defendants()));
    optionalTerms(o, "roles", a.roles(), Role::id);
    optionalTerms(o, "conducts", a.conducts(), Conduct::id);
    a.route().ifPresent(v -> o.put("route", v));
    ArrayNode outcomes = o.putArray("outcomes");
    for (OversightAction.OutcomeStep step : a.outcomes()) {
      ObjectNode x = outcomes.addObject();
      x.put("outcome", step.outcome().name());
      step.date().ifPresent(v -> x.put("date", date(v)));
      step.detail().ifPresent(v -> x.put("detail", v));
      optionalEnums(x, "grounds", step.grounds());
      optionalEnums(x, "yields", step.yields());
      x.set("citations", strings(step.citations()));
    }
    knownSince(o, a);
    o.set("citations", strings(a.citations()));
    return o;
  }

  static ObjectNode legalRoute(LegalRoute r) {
    ObjectNode o = NODES.objectNode();
    o.put("id", r.id());
    o.put("name", r.name());
    o.put("liability", r.liability().name());
    o.set("conducts", terms(r.conducts(), Conduct::id));
    o.set("defendants", enums(r.defendants()));
    optionalTerms(o, "roles", r.roles(), Role::id);
    o.put("forum", r.forum());
    r.standardOfProof().ifPresent(v -> o.put("standardOfProof", v));
    o.put("initiatedBy", r.initiatedBy());
    o.put("availability", r.availability().name());
    r.restriction().ifPresent(v -> o.put("restriction", v));
    r.restrictedSince().ifPresent(v -> o.put("restrictedSince", date(v)));
    optionalStrings(o, "restrictedBy", r.restrictedBy());
    optionalStrings(o, "enforcedBy", r.enforcedBy());
    if (!r.preconditions().isEmpty()) {
      ArrayNode preconditions = o.putArray("preconditions");
      for (LegalRoute.Precondition p : r.preconditions()) {
        ObjectNode x = preconditions.addObject();
        x.put("statement", p.statement());
        optionalTerms(x, "roles", p.roles(), Role::id);
        optionalTerms(x, "conducts", p.conducts(), Conduct::id);
        x.put("status", p.status().name());
        optionalStrings(x, "citations", p.citations());
      }
    }
    if (!r.hurdles().isEmpty()) {
      ArrayNode hurdles = o.putArray("hurdles");
      for (LegalRoute.Hurdle h : r.hurdles()) {
        ObjectNode x = hurdles.addObject();
        x.put("kind", h.kind().name());
        x.put("description", h.description());
        optionalTerms(x, "roles", h.roles(), Role::id);
        x.set("citations", strings(h.citations()));
      }
    }
    r.substitution()
        .ifPresent(
            s -> {
              ObjectNode x = o.putObject("substitution");
              x.set("roles", terms(s.roles(), Role::id));
              x.put("description", s.description());
              x.set("citations", strings(s.citations()));
            });
    r.appeal()
        .ifPresent(
            a -> {
              ObjectNode x = o.putObject("appeal");
              x.put("available", a.available());
              x.put("description", a.description());
              x.set("citations", strings(a.citations()));
            });
    optionalTerms(o, "claimants", r.claimants(), Role::id);
    optionalTerms(o, "protects", r.protects(), Conduct::id);
    optionalEnums(o, "remedies", r.remedies());
    knownSince(o, r);
    o.set("citations", strings(r.citations()));
    return o;
  }

  static ObjectNode claim(Claim c) {
    ObjectNode o = NODES.objectNode();
    o.put("id", c.id());
    o.put("statement", c.statement());
    o.put("status", c.status().name());
    ArrayNode sources = o.putArray("sources");
    for (Claim.Source s : c.sources()) {
      ObjectNode x = sources.addObject();
      x.put("citation", s.citation());
      x.put("stance", s.stance().name());
    }
    c.absenceOfEvidence().ifPresent(v -> o.put("absenceOfEvidence", v));
    optionalStrings(o, "about", c.about());
    optionalTerms(o, "conducts", c.conducts(), Conduct::id);
    optionalTerms(o, "roles", c.roles(), Role::id);
    knownSince(o, c);
    return o;
  }

  static ObjectNode observation(Observation ob) {
    ObjectNode o = NODES.objectNode();
    o.put("id", ob.id());
    o.put("metric", ob.metric());
    o.put("scope", ob.scope());
    number(o, "value", ob.value());
    o.put("qualifier", ob.qualifier().name());
    o.put("period", date(ob.period()));
    ob.periodLabel().ifPresent(v -> o.put("periodLabel", v));
    knownSince(o, ob);
    o.set("citations", strings(ob.citations()));
    return o;
  }

  static ObjectNode assessment(Assessment a) {
    ObjectNode o = NODES.objectNode();
    o.put("role", a.role().id());
    o.put("conduct", a.conduct().id());
    a.asOf().ifPresent(d -> o.put("asOf", d.toString()));
    o.put("coversRole", a.coversRole());
    ArrayNode caveats = o.putArray("caveats");
    for (Assessment.Note note : a.caveats()) {
      ObjectNode x = caveats.addObject();
      x.put("text", note.text());
      x.set("citations", strings(note.citations()));
    }
    o.put("verdict", a.verdict().name());
    o.set("verdictTrace", trace(a.verdictTrace()));
    ArrayNode pathways = o.putArray("pathways");
    for (Assessment.Pathway p : a.pathways()) {
      ObjectNode x = pathways.addObject();
      x.put("liability", p.liability().name());
      x.put("status", p.status().name());
      x.set("routes", ids(p.routes()));
      ObjectNode routeStatuses = x.putObject("routeStatuses");
      p.routeStatuses().forEach((route, status) -> routeStatuses.put(route, status.name()));
      x.set("institutionalRoutes", ids(p.institutionalRoutes()));
      x.set("documented", ids(p.documented()));
      x.set("institutionalProceedings", ids(p.institutionalProceedings()));
      x.set("notCounted", ids(p.notCounted()));
      x.set("enforcingBodies", ids(p.enforcingBodies()));
      x.set("forums", strings(p.forums()));
      x.set("standardsOfProof", strings(p.standardsOfProof()));
      x.set("citations", strings(p.citations()));
      x.set("trace", trace(p.trace()));
    }
    o.set("directives", ids(a.directives()));
    o.set("claims", ids(a.claims()));
    return o;
  }

  private static ObjectNode trace(Assessment.Trace t) {
    ObjectNode o = NODES.objectNode();
    o.put("rule", t.rule());
    o.put("reason", t.reason());
    o.set("evidence", strings(t.evidence()));
    return o;
  }

  static ObjectNode actor(Actor a) {
    ObjectNode o = NODES.objectNode();
    o.put("description", a.description());
    optionalStrings(o, "names", a.names());
    a.role().ifPresent(r -> o.put("role", r.id()));
    return o;
  }

  static ObjectNode target(NumericalTarget t) {
    ObjectNode o = NODES.objectNode();
    o.put("metric", t.metric());
    o.put("scope", t.scope());
    number(o, "low", t.low());
    t.high().ifPresent(h -> number(o, "high", h));
    return o;
  }

  static ObjectNode legalReference(LegalReference l) {
    ObjectNode o = NODES.objectNode();
    o.put("volume", l.volume());
    o.put("reporter", l.reporter());
    o.put("locator", l.locator());
    o.put("section", l.section());
    return o;
  }

  /** ISO 8601 at the date's precision; an approximate date carries the ISO 8601-2 suffix {@code ~}. */
  static String date(PartialDate d) {
    return d.toIso8601();
  }

  /** Whole numbers are written without a fraction, so 3000 stays 3000. */
  private static void number(ObjectNode o, String name, double value) {
    boolean negativeZero = Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
    if (value == Math.rint(value) && Math.abs(value) < 1e15 && !negativeZero) {
      o.put(name, (long) value);
    } else {
      o.put(name, value);
    }
  }

  /** When a fact was first known, where it says: just before the sources it rests on. */
  private static void knownSince(ObjectNode o, Fact fact) {
    fact.knownSince().ifPresent(v -> o.put("knownSince", date(v)));
  }

  private static void optionalEnums(
      ObjectNode o, String name, Collection<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      o.set(name, enums(values));
    }
  }

  /** Terms of a vocabulary (roles or conducts), by id, when there are any. */
  private static <T> void optionalTerms(
      ObjectNode o, String name, Collection<T> values, Function<T, String> id) {
    if (!values.isEmpty()) {
      o.set(name, terms(values, id));
    }
  }

  private static <T> ArrayNode terms(Collection<T> values, Function<T, String> id) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(v -> a.add(id.apply(v)));
    return a;
  }

  private static void optionalStrings(ObjectNode o, String name, Collection<String> values) {
    if (!values.isEmpty()) {
      o.set(name, strings(values));
    }
  }

  private static ArrayNode strings(Collection<String> values) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(a::add);
    return a;
  }

  private static ArrayNode enums(Collection<? extends Enum<?>> values) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(v -> a.add(v.name()));
    return a;
  }

  private static ArrayNode ids(Collection<? extends Entity> values) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(v -> a.add(v.id()));
    return a;
  }

  private static <T> ArrayNode array(List<T> values, Function<T, ObjectNode> f) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(v -> a.add(f.apply(v)));
    return a;
  }

}

package org.accountability.json;

import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.accountability.framework.AccountabilityFramework;
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
import tools.jackson.core.JsonGenerator;

/**
 * Writes model values straight to a {@link JsonGenerator}, in the format's one property order
 * (format {@value AccountabilityJson#FORMAT_VERSION}), with no tree in between. Absent optional
 * values and empty optional lists are left out; nothing is written as null. The exceptions are a
 * framework's vocabularies, {@code roles} and {@code conducts}, written even when empty, and the
 * entity arrays. Roles and conducts are named by their ids; the header declares each one the
 * framework's vocabulary holds, standard or not, with its name, description and (for a conduct)
 * whether it is unlawful.
 */
final class ModelWriter {
  private ModelWriter() {}

  static void framework(JsonGenerator g, AccountabilityFramework f) {
    g.writeStartObject();
    g.writeName("format");
    format(g);
    g.writeStringProperty("title", f.title());
    g.writeStringProperty("agency", f.agency());
    text(g, "question", f.question());
    vocabulary(g, f);
    array(g, "citations", f.citations().list(), ModelWriter::citation);
    array(g, "directives", f.directives().list(), ModelWriter::directive);
    array(g, "personnelActions", f.personnelActions().list(), ModelWriter::personnelAction);
    array(g, "oversightBodies", f.oversightBodies().list(), ModelWriter::oversightBody);
    array(g, "routes", f.routes().list(), ModelWriter::legalRoute);
    array(g, "claims", f.claims().list(), ModelWriter::claim);
    array(g, "observations", f.observations().list(), ModelWriter::observation);
    g.writeEndObject();
  }

  private static void format(JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("name", AccountabilityJson.FORMAT_NAME);
    g.writeStringProperty("version", AccountabilityJson.FORMAT_VERSION);
    g.writeEndObject();
  }

  /** The first line of a JSON Lines export of a framework. */
  static void jsonLinesHeader(JsonGenerator g, AccountabilityFramework f) {
    g.writeStartObject();
    g.writeStringProperty("type", JsonLines.FRAMEWORK_TYPE);
    g.writeName("format");
    format(g);
    g.writeStringProperty("title", f.title());
    g.writeStringProperty("agency", f.agency());
    text(g, "question", f.question());
    vocabulary(g, f);
    g.writeEndObject();
  }

  /**
   * The framework's vocabularies: every role and every conduct it holds, in its order, each with
   * its name and description, and whether each conduct is unlawful in the framework's jurisdiction.
   * Both arrays are always written.
   */
  private static void vocabulary(JsonGenerator g, AccountabilityFramework f) {
    g.writeArrayPropertyStart("roles");
    for (Role r : f.roles()) {
      g.writeStartObject();
      g.writeStringProperty("id", r.id());
      g.writeStringProperty("name", r.readableName());
      g.writeStringProperty("description", r.description());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("conducts");
    for (Conduct c : f.conducts()) {
      g.writeStartObject();
      g.writeStringProperty("id", c.id());
      g.writeStringProperty("name", c.readableName());
      g.writeStringProperty("description", c.description());
      g.writeBooleanProperty("unlawful", f.isUnlawful(c));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** An entity as one JSON Lines record: its type first, then its properties. */
  static void jsonLine(JsonGenerator g, Entity e) {
    g.writeStartObject();
    g.writeStringProperty("type", e.entityKind().name());
    switch (e.entityKind()) {
      case CITATION -> citationProperties(g, (Citation) e);
      case DIRECTIVE -> directiveProperties(g, (Directive) e);
      case PERSONNEL_ACTION -> personnelActionProperties(g, (PersonnelAction) e);
      case OVERSIGHT_BODY -> oversightBodyProperties(g, (OversightBody) e);
      case OVERSIGHT_ACTION -> oversightActionProperties(g, (OversightAction) e);
      case LEGAL_ROUTE -> legalRouteProperties(g, (LegalRoute) e);
      case CLAIM -> claimProperties(g, (Claim) e);
      case OBSERVATION -> observationProperties(g, (Observation) e);
    }
    g.writeEndObject();
  }

  static void citation(JsonGenerator g, Citation c) {
    g.writeStartObject();
    citationProperties(g, c);
    g.writeEndObject();
  }

  private static void citationProperties(JsonGenerator g, Citation c) {
    g.writeStringProperty("id", c.id());
    text(g, "title", c.title());
    g.writeStringProperty("publisher", c.publisher());
    text(g, "host", c.host());
    date(g, "date", c.date());
    text(g, "url", c.url());
    g.writeStringProperty("kind", c.kind().name());
    g.writeBooleanProperty("primary", c.isPrimary());
    c.legalReference()
        .ifPresent(
            v -> {
              g.writeName("legalReference");
              legalReference(g, v);
            });
    if (c.isFictional()) {
      g.writeBooleanProperty("fictional", true);
    }
  }

  static void directive(JsonGenerator g, Directive d) {
    g.writeStartObject();
    directiveProperties(g, d);
    g.writeEndObject();
  }

  private static void directiveProperties(JsonGenerator g, Directive d) {
    g.writeStringProperty("id", d.id());
    g.writeStringProperty("kind", d.kind().name());
    g.writeStringProperty("summary", d.summary());
    g.writeName("issuer");
    actor(g, d.issuer());
    g.writeName("addressee");
    actor(g, d.addressee());
    date(g, "effective", d.effective());
    date(g, "ended", d.ended());
    d.supersedes()
        .ifPresent(
            s -> {
              g.writeObjectPropertyStart("supersedes");
              g.writeStringProperty("directive", s.directive());
              g.writeBooleanProperty("raises", s.raises());
              g.writeEndObject();
            });
    d.target()
        .ifPresent(
            t -> {
              g.writeName("target");
              target(g, t);
            });
    text(g, "announcedAccountability", d.announcedAccountability());
    if (!d.denials().isEmpty()) {
      g.writeArrayPropertyStart("denials");
      for (Directive.Denial denial : d.denials()) {
        g.writeStartObject();
        g.writeStringProperty("statement", denial.statement());
        g.writeStringProperty("citation", denial.citation());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    optionalTerms(g, "conducts", d.conducts(), Conduct::id);
    knownSince(g, d);
    strings(g, "citations", d.citations());
  }

  static void personnelAction(JsonGenerator g, PersonnelAction a) {
    g.writeStartObject();
    personnelActionProperties(g, a);
    g.writeEndObject();
  }

  private static void personnelActionProperties(JsonGenerator g, PersonnelAction a) {
    g.writeStringProperty("id", a.id());
    g.writeStringProperty("kind", a.kind().name());
    g.writeStringProperty("summary", a.summary());
    g.writeStringProperty("subjectRole", a.subjectRole().id());
    text(g, "subjectDescription", a.subjectDescription());
    optionalStrings(g, "subjectNames", a.subjectNames());
    a.actor()
        .ifPresent(
            v -> {
              g.writeName("actor");
              actor(g, v);
            });
    date(g, "date", a.date());
    date(g, "until", a.until());
    g.writeStringProperty("nature", a.nature().name());
    g.writeStringProperty("status", a.status().name());
    a.conduct().ifPresent(v -> g.writeStringProperty("conduct", v.id()));
    g.writeStringProperty("reason", a.reason());
    optionalStrings(g, "enforces", a.enforces());
    text(g, "officialResponse", a.officialResponse());
    if (!a.inferences().isEmpty()) {
      g.writeArrayPropertyStart("inferences");
      for (Inference inference : a.inferences()) {
        g.writeStartObject();
        g.writeStringProperty("attribute", inference.attribute());
        g.writeStringProperty("note", inference.note());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    knownSince(g, a);
    strings(g, "citations", a.citations());
  }

  static void oversightBody(JsonGenerator g, OversightBody b) {
    g.writeStartObject();
    oversightBodyProperties(g, b);
    g.writeEndObject();
  }

  private static void oversightBodyProperties(JsonGenerator g, OversightBody b) {
    g.writeStringProperty("id", b.id());
    g.writeStringProperty("name", b.name());
    g.writeStringProperty("kind", b.kind().name());
    enums(g, "levers", b.levers());
    array(g, "actions", b.actions(), ModelWriter::oversightAction);
    knownSince(g, b);
    strings(g, "citations", b.citations());
  }

  static void oversightAction(JsonGenerator g, OversightAction a) {
    g.writeStartObject();
    oversightActionProperties(g, a);
    g.writeEndObject();
  }

  private static void oversightActionProperties(JsonGenerator g, OversightAction a) {
    g.writeStringProperty("id", a.id());
    g.writeStringProperty("lever", a.lever().name());
    g.writeStringProperty("summary", a.summary());
    date(g, "date", a.date());
    g.writeStringProperty("liability", a.liability().name());
    enums(g, "defendants", a.defendants());
    optionalTerms(g, "roles", a.roles(), Role::id);
    optionalTerms(g, "conducts", a.conducts(), Conduct::id);
    text(g, "route", a.route());
    g.writeArrayPropertyStart("outcomes");
    for (OversightAction.OutcomeStep step : a.outcomes()) {
      g.writeStartObject();
      g.writeStringProperty("outcome", step.outcome().name());
      date(g, "date", step.date());
      text(g, "detail", step.detail());
      optionalEnums(g, "grounds", step.grounds());
      optionalEnums(g, "yields", step.yields());
      strings(g, "citations", step.citations());
      g.writeEndObject();
    }
    g.writeEndArray();
    knownSince(g, a);
    strings(g, "citations", a.citations());
  }

  static void legalRoute(JsonGenerator g, LegalRoute r) {
    g.writeStartObject();
    legalRouteProperties(g, r);
    g.writeEndObject();
  }

  private static void legalRouteProperties(JsonGenerator g, LegalRoute r) {
    g.writeStringProperty("id", r.id());
    g.writeStringProperty("name", r.name());
    g.writeStringProperty("liability", r.liability().name());
    terms(g, "conducts", r.conducts(), Conduct::id);
    enums(g, "defendants", r.defendants());
    optionalTerms(g, "roles", r.roles(), Role::id);
    g.writeStringProperty("forum", r.forum());
    text(g, "standardOfProof", r.standardOfProof());
    g.writeStringProperty("initiatedBy", r.initiatedBy());
    g.writeStringProperty("availability", r.availability().name());
    text(g, "restriction", r.restriction());
    date(g, "restrictedSince", r.restrictedSince());
    optionalStrings(g, "restrictedBy", r.restrictedBy());
    optionalStrings(g, "enforcedBy", r.enforcedBy());
    if (!r.preconditions().isEmpty()) {
      g.writeArrayPropertyStart("preconditions");
      for (LegalRoute.Precondition p : r.preconditions()) {
        g.writeStartObject();
        g.writeStringProperty("statement", p.statement());
        optionalTerms(g, "roles", p.roles(), Role::id);
        optionalTerms(g, "conducts", p.conducts(), Conduct::id);
        g.writeStringProperty("status", p.status().name());
        optionalStrings(g, "citations", p.citations());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!r.hurdles().isEmpty()) {
      g.writeArrayPropertyStart("hurdles");
      for (LegalRoute.Hurdle h : r.hurdles()) {
        g.writeStartObject();
        g.writeStringProperty("kind", h.kind().name());
        g.writeStringProperty("description", h.description());
        optionalTerms(g, "roles", h.roles(), Role::id);
        strings(g, "citations", h.citations());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    r.substitution()
        .ifPresent(
            s -> {
              g.writeObjectPropertyStart("substitution");
              terms(g, "roles", s.roles(), Role::id);
              g.writeStringProperty("description", s.description());
              strings(g, "citations", s.citations());
              g.writeEndObject();
            });
    r.appeal()
        .ifPresent(
            a -> {
              g.writeObjectPropertyStart("appeal");
              g.writeBooleanProperty("available", a.available());
              g.writeStringProperty("description", a.description());
              strings(g, "citations", a.citations());
              g.writeEndObject();
            });
    optionalTerms(g, "claimants", r.claimants(), Role::id);
    optionalTerms(g, "protects", r.protects(), Conduct::id);
    optionalEnums(g, "remedies", r.remedies());
    knownSince(g, r);
    strings(g, "citations", r.citations());
  }

  static void claim(JsonGenerator g, Claim c) {
    g.writeStartObject();
    claimProperties(g, c);
    g.writeEndObject();
  }

  private static void claimProperties(JsonGenerator g, Claim c) {
    g.writeStringProperty("id", c.id());
    g.writeStringProperty("statement", c.statement());
    g.writeStringProperty("status", c.status().name());
    g.writeArrayPropertyStart("sources");
    for (Claim.Source s : c.sources()) {
      g.writeStartObject();
      g.writeStringProperty("citation", s.citation());
      g.writeStringProperty("stance", s.stance().name());
      g.writeEndObject();
    }
    g.writeEndArray();
    text(g, "absenceOfEvidence", c.absenceOfEvidence());
    optionalStrings(g, "about", c.about());
    optionalTerms(g, "conducts", c.conducts(), Conduct::id);
    optionalTerms(g, "roles", c.roles(), Role::id);
    knownSince(g, c);
  }

  static void observation(JsonGenerator g, Observation ob) {
    g.writeStartObject();
    observationProperties(g, ob);
    g.writeEndObject();
  }

  private static void observationProperties(JsonGenerator g, Observation ob) {
    g.writeStringProperty("id", ob.id());
    g.writeStringProperty("metric", ob.metric());
    g.writeStringProperty("scope", ob.scope());
    number(g, "value", ob.value());
    g.writeStringProperty("qualifier", ob.qualifier().name());
    date(g, "period", ob.period());
    text(g, "periodLabel", ob.periodLabel());
    knownSince(g, ob);
    strings(g, "citations", ob.citations());
  }

  private static void actor(JsonGenerator g, Actor a) {
    g.writeStartObject();
    g.writeStringProperty("description", a.description());
    optionalStrings(g, "names", a.names());
    a.role().ifPresent(r -> g.writeStringProperty("role", r.id()));
    g.writeEndObject();
  }

  private static void target(JsonGenerator g, NumericalTarget t) {
    g.writeStartObject();
    g.writeStringProperty("metric", t.metric());
    g.writeStringProperty("scope", t.scope());
    number(g, "low", t.low());
    t.high().ifPresent(h -> number(g, "high", h));
    g.writeEndObject();
  }

  private static void legalReference(JsonGenerator g, LegalReference l) {
    g.writeStartObject();
    g.writeStringProperty("volume", l.volume());
    g.writeStringProperty("reporter", l.reporter());
    g.writeStringProperty("locator", l.locator());
    g.writeBooleanProperty("section", l.section());
    g.writeEndObject();
  }

  /** An optional text, when it is present; with no lambda made for it, as an entity has many. */
  private static void text(JsonGenerator g, String name, java.util.Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  /** An optional date, when it is present. */
  private static void date(JsonGenerator g, String name, java.util.Optional<PartialDate> value) {
    if (value.isPresent()) {
      date(g, name, value.get());
    }
  }

  /**
   * A date as {@link PartialDate#toIso8601()} gives it, {@code YYYY}, {@code YYYY-MM} or {@code
   * YYYY-MM-DD} with a trailing {@code ~} when approximate, written as characters: no string is
   * made for it, as a document has dates in most of its entities.
   */
  private static void date(JsonGenerator g, String name, PartialDate d) {
    char[] out = new char[11];
    int year = d.year();
    out[0] = (char) ('0' + year / 1000);
    out[1] = (char) ('0' + year / 100 % 10);
    out[2] = (char) ('0' + year / 10 % 10);
    out[3] = (char) ('0' + year % 10);
    int length = 4;
    if (d.precision() != PartialDate.Precision.YEAR) {
      java.time.LocalDate start = d.start();
      length = twoDigits(out, length, start.getMonthValue());
      if (d.precision() == PartialDate.Precision.DAY) {
        length = twoDigits(out, length, start.getDayOfMonth());
      }
    }
    if (d.isApproximate()) {
      out[length++] = '~';
    }
    g.writeName(name);
    g.writeString(out, 0, length);
  }

  /** Writes {@code -NN} at {@code at}, returning where it ends. */
  private static int twoDigits(char[] out, int at, int value) {
    out[at] = '-';
    out[at + 1] = (char) ('0' + value / 10);
    out[at + 2] = (char) ('0' + value % 10);
    return at + 3;
  }

  /** Whole numbers are written without a fraction, so 3000 stays 3000. */
  private static void number(JsonGenerator g, String name, double value) {
    boolean negativeZero = Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
    if (value == Math.rint(value) && Math.abs(value) < 1e15 && !negativeZero) {
      g.writeNumberProperty(name, (long) value);
    } else {
      g.writeNumberProperty(name, value);
    }
  }

  /** When a fact was first known, where it says: just before the sources it rests on. */
  private static void knownSince(JsonGenerator g, Fact fact) {
    date(g, "knownSince", fact.knownSince());
  }

  private static void optionalEnums(
      JsonGenerator g, String name, Collection<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      enums(g, name, values);
    }
  }

  /** Terms of a vocabulary (roles or conducts), by id, when there are any. */
  private static <T> void optionalTerms(
      JsonGenerator g, String name, Collection<T> values, Function<T, String> id) {
    if (!values.isEmpty()) {
      terms(g, name, values, id);
    }
  }

  private static <T> void terms(
      JsonGenerator g, String name, Collection<T> values, Function<T, String> id) {
    g.writeArrayPropertyStart(name);
    for (T v : values) {
      g.writeString(id.apply(v));
    }
    g.writeEndArray();
  }

  private static void optionalStrings(JsonGenerator g, String name, Collection<String> values) {
    if (!values.isEmpty()) {
      strings(g, name, values);
    }
  }

  private static void strings(JsonGenerator g, String name, Collection<String> values) {
    g.writeArrayPropertyStart(name);
    if (values instanceof List<String> list && values instanceof RandomAccess) {
      // By index: an iterator is an object a call, which a document of many lists notices.
      for (int i = 0, n = list.size(); i < n; i++) {
        g.writeString(list.get(i));
      }
    } else {
      for (String v : values) {
        g.writeString(v);
      }
    }
    g.writeEndArray();
  }

  private static void enums(JsonGenerator g, String name, Collection<? extends Enum<?>> values) {
    g.writeArrayPropertyStart(name);
    if (values instanceof List<? extends Enum<?>> list && values instanceof RandomAccess) {
      for (int i = 0, n = list.size(); i < n; i++) {
        g.writeString(list.get(i).name());
      }
    } else {
      for (Enum<?> v : values) {
        g.writeString(v.name());
      }
    }
    g.writeEndArray();
  }

  private static <T> void array(
      JsonGenerator g, String name, List<T> values, BiConsumer<JsonGenerator, T> write) {
    g.writeArrayPropertyStart(name);
    if (values instanceof RandomAccess) {
      for (int i = 0, n = values.size(); i < n; i++) {
        write.accept(g, values.get(i));
      }
    } else {
      for (T v : values) {
        write.accept(g, v);
      }
    }
    g.writeEndArray();
  }
}

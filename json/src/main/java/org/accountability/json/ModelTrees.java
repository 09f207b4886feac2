package org.accountability.json;

import java.util.Collection;
import org.accountability.framework.Assessment;
import org.accountability.model.Entity;
import org.accountability.model.PartialDate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an assessment into a JSON tree, entities referred to by id, and writes a date as the format
 * does. Frameworks and entities are written by {@link ModelWriter}, straight to a generator.
 */
final class ModelTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ModelTrees() {}

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

  /**
   * ISO 8601 at the date's precision; an approximate date carries the ISO 8601-2 suffix {@code ~}.
   */
  static String date(PartialDate d) {
    return d.toIso8601();
  }

  private static ArrayNode strings(Collection<String> values) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(a::add);
    return a;
  }

  private static ArrayNode ids(Collection<? extends Entity> values) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(v -> a.add(v.id()));
    return a;
  }
}

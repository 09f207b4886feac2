/**
 * JSON for the accountability model: a Jackson 3 module, a strict facade for framework documents
 * and JSON Lines, the published JSON Schema of the format, and CSL-JSON for citations.
 */
module org.accountability.json {
  requires transitive org.accountability.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports org.accountability.json;

  provides tools.jackson.databind.JacksonModule with
      org.accountability.json.AccountabilityModule;
}

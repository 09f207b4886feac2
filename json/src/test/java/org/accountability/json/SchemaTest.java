package org.accountability.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.InvalidSchemaException;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.DisallowUnknownKeywordFactory;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.EntityKind;
import org.accountability.model.LegalRoute;
import org.accountability.model.Lever;
import org.accountability.model.LiabilityType;
import org.accountability.model.Observation;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Problem;
import org.accountability.model.Remedy;
import org.accountability.model.Role;
import org.accountability.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON Schema against the writer and the strict reader: what the writer produces is
 * valid, every structural error is caught by both the schema and the reader, and the cross-entity
 * rules the schema cannot express (references, unique ids, date order) are caught by the reader
 * alone. Each invalid document is the case study's own tree with one thing changed. The schema of
 * format 1.0, still shipped, still describes the 1.0 documents the reader reads.
 */
class SchemaTest {
  private static final AccountabilityJson JSON = AccountabilityJson.create();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final AccountabilityFramework CASE_STUDY = CaseStudies.iceDeportationQuotas();
  private static final String CASE_STUDY_TEXT = JSON.write(CASE_STUDY);

  private static final String SCHEMA_TEXT = schemaText();
  private static final JsonNode SCHEMA_NODE = MAPPER.readTree(SCHEMA_TEXT);
  private static final String SCHEMA_ID = SCHEMA_NODE.get("$id").stringValue();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build())
                  .schemas(Map.of(SCHEMA_ID, SCHEMA_TEXT)));
  private static final Schema DOCUMENT = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID));
  private static final Schema JSON_LINE =
      REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/jsonLine"));

  private static final String SCHEMA_1_0_TEXT =
      resourceText(AccountabilityJson.SCHEMA_RESOURCE_1_0);
  private static final String SCHEMA_1_0_ID =
      MAPPER.readTree(SCHEMA_1_0_TEXT).get("$id").stringValue();
  private static final SchemaRegistry REGISTRY_1_0 =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build())
                  .schemas(Map.of(SCHEMA_1_0_ID, SCHEMA_1_0_TEXT)));
  private static final Schema DOCUMENT_1_0 =
      REGISTRY_1_0.getSchema(SchemaLocation.of(SCHEMA_1_0_ID));
  private static final Schema JSON_LINE_1_0 =
      REGISTRY_1_0.getSchema(SchemaLocation.of(SCHEMA_1_0_ID + "#/$defs/jsonLine"));

  // ------------------------------------------------------------------ valid output

  @Test
  void caseStudyDocumentIsValidAgainstSchema() {
    assertEquals(List.of(), messages(DOCUMENT, caseStudy()));
  }

  @Test
  void generatedDocumentsAndTheirJsonLinesAreValidAgainstSchema() {
    for (long seed = 0; seed < 200; seed++) {
      AccountabilityFramework generated = FrameworkGenerator.generate(seed);
      assertEquals(
          List.of(), messages(DOCUMENT, MAPPER.readTree(JSON.write(generated))), "seed " + seed);
      StringWriter out = new StringWriter();
      JSON.writeJsonLines(generated, out);
      for (String line : out.toString().lines().collect(Collectors.toList())) {
        assertEquals(
            List.of(), messages(JSON_LINE, MAPPER.readTree(line)), "seed " + seed + ": " + line);
      }
    }
  }

  @Test
  void everyJsonLinesLineIsValidAgainstJsonLineDefinitionAndReadBack() {
    StringWriter out = new StringWriter();
    JSON.writeJsonLines(CASE_STUDY, out);
    List<String> lines = out.toString().lines().collect(Collectors.toList());
    assertTrue(lines.size() > 1, "a header and entities");
    for (String line : lines) {
      assertEquals(List.of(), messages(JSON_LINE, MAPPER.readTree(line)), line);
    }
    assertEquals("FRAMEWORK", MAPPER.readTree(lines.get(0)).get("type").stringValue());
    try (Stream<Entity> read = JSON.readJsonLines(new StringReader(out.toString()))) {
      assertEquals(lines.size() - 1, read.count());
    }
  }

  @Test
  void theSchemaIsOfFormat20AndThe10SchemaOf10() {
    assertEquals(
        "https://accountability.org/schema/accountability-framework-2.0.schema.json", SCHEMA_ID);
    assertEquals(
        "https://accountability.org/schema/accountability-framework-1.0.schema.json",
        SCHEMA_1_0_ID);
    assertEquals(List.of(), messages(DOCUMENT, caseStudy()));
    assertFalse(messages(DOCUMENT_1_0, caseStudy()).isEmpty(), "a 2.0 document is not a 1.0 one");
  }

  @Test
  void format10DocumentsTheReaderReadsAreValidAgainstThe10Schema() {
    for (String resource :
        List.of(
            "/format-1.0/ice-deportation-quotas.json",
            "/catalogue/valid/fictional-ticket-quotas.json",
            "/org/accountability/json/JsonFuzzTestInputs/readerNeverThrowsAnythingElse/valid-document.json")) {
      String text = resourceText(resource);
      assertEquals(List.of(), messages(DOCUMENT_1_0, MAPPER.readTree(text)), resource);
      assertFalse(
          messages(DOCUMENT, MAPPER.readTree(text)).isEmpty(), resource + " is not a 2.0 document");
      JSON.read(text);
    }
    for (String resource :
        List.of(
            "/format-1.0/ice-deportation-quotas.jsonl",
            "/org/accountability/json/JsonFuzzTestInputs/readerNeverThrowsAnythingElse/valid-json-lines.jsonl")) {
      for (String line : resourceText(resource).lines().collect(Collectors.toList())) {
        assertEquals(
            List.of(), messages(JSON_LINE_1_0, MAPPER.readTree(line)), resource + ": " + line);
      }
    }
  }

  @Test
  void format20DocumentsOfTheTestsAreValidAgainstTheSchema() {
    for (String resource :
        List.of(
            "/catalogue/valid/fictional-ticket-quotas-2.0.json",
            "/org/accountability/json/JsonFuzzTestInputs/readerNeverThrowsAnythingElse/valid-document-2.0.json")) {
      assertEquals(
          List.of(), messages(DOCUMENT, MAPPER.readTree(resourceText(resource))), resource);
    }
    for (String line :
        resourceText(
                "/org/accountability/json/JsonFuzzTestInputs/readerNeverThrowsAnythingElse/valid-json-lines-2.0.jsonl")
            .lines()
            .collect(Collectors.toList())) {
      assertEquals(List.of(), messages(JSON_LINE, MAPPER.readTree(line)), line);
    }
  }

  @Test
  void schemaDeclaresDraft202012AndIsValidAgainstItsMetaSchema() {
    assertEquals(
        SpecificationVersion.DRAFT_2020_12.getDialectId(),
        SCHEMA_NODE.get("$schema").stringValue());
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    assertEquals(List.of(), messages(meta, SCHEMA_NODE));
    assertEquals(List.of(), messages(meta, MAPPER.readTree(SCHEMA_1_0_TEXT)));
    assertFalse(
        messages(meta, MAPPER.readTree("{\"minItems\": -1}")).isEmpty(),
        "the meta-schema check itself must be able to fail");
  }

  @Test
  void schemaUsesOnlyDraft202012Keywords() {
    Dialect strict =
        Dialect.builder(Dialects.getDraft202012())
            .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
            .build();
    SchemaRegistry registry =
        SchemaRegistry.withDialect(strict, b -> b.schemas(Map.of(SCHEMA_ID, SCHEMA_TEXT)));
    Schema schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID));
    schema.initializeValidators();
    assertEquals(List.of(), messages(schema, caseStudy()));
    Schema line = registry.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/jsonLine"));
    line.initializeValidators();
    assertEquals(List.of(), messages(line, firstLine(JsonLines.FRAMEWORK_TYPE)));
    JsonNode typo =
        MAPPER.readTree(
            "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
                + " \"properties\": {\"a\": {\"minitems\": 1}}}");
    assertThrows(
        InvalidSchemaException.class,
        () -> registry.getSchema(typo).initializeValidators(),
        "a misspelt keyword must fail to load");
  }

  @Test
  void schemaDefinesEveryEntityAndPart() {
    JsonNode defs = SCHEMA_NODE.get("$defs");
    for (String name :
        List.of(
            "citation",
            "directive",
            "personnelAction",
            "oversightBody",
            "oversightAction",
            "legalRoute",
            "claim",
            "observation",
            "actor",
            "target",
            "legalReference",
            "supersession",
            "denial",
            "claimSource",
            "partialDate",
            "id",
            "url",
            "format",
            "frameworkHeader",
            "jsonLine",
            "outcomeStep",
            "precondition",
            "hurdle",
            "substitution",
            "appeal",
            "inference",
            "conducts",
            "roles",
            "remedies",
            "roleDeclarations",
            "conductDeclarations",
            "roleDeclaration",
            "conductDeclaration",
            "termId",
            "knownSince")) {
      assertTrue(defs.has(name), name);
    }
  }

  @Test
  void schemaEnumsAreTheJavaConstantNames() {
    Map<String, Class<? extends Enum<?>>> enums =
        Map.ofEntries(
            Map.entry("citationKind", Citation.Kind.class),
            Map.entry("directiveKind", Directive.Kind.class),
            Map.entry("personnelActionKind", PersonnelAction.Kind.class),
            Map.entry("personnelActionNature", PersonnelAction.Nature.class),
            Map.entry("personnelActionStatus", PersonnelAction.Status.class),
            Map.entry("oversightBodyKind", OversightBody.Kind.class),
            Map.entry("outcome", OversightAction.Outcome.class),
            Map.entry("availability", LegalRoute.Availability.class),
            Map.entry("preconditionStatus", LegalRoute.Precondition.Status.class),
            Map.entry("hurdleKind", LegalRoute.Hurdle.Kind.class),
            Map.entry("evidenceStatus", Claim.EvidenceStatus.class),
            Map.entry("stance", Claim.Stance.class),
            Map.entry("qualifier", Observation.Qualifier.class),
            Map.entry("ground", OversightAction.Ground.class),
            Map.entry("remedy", Remedy.class),
            Map.entry("defendant", Defendant.class),
            Map.entry("lever", Lever.class),
            Map.entry("liabilityType", LiabilityType.class));
    JsonNode defs = SCHEMA_NODE.get("$defs");
    enums.forEach(
        (def, type) ->
            assertEquals(
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList()),
                defs.get(def).get("enum").values().stream()
                    .map(JsonNode::stringValue)
                    .collect(Collectors.toList()),
                def));
    List<String> lineTypes =
        defs.get("jsonLine").get("oneOf").values().stream()
            .map(branch -> branch.get("$ref").stringValue().replace("#/$defs/", ""))
            .map(def -> defs.get(def).get("properties").get("type").get("const").stringValue())
            .collect(Collectors.toList());
    List<String> expected = new ArrayList<>(List.of(JsonLines.FRAMEWORK_TYPE));
    Arrays.stream(EntityKind.values()).map(Enum::name).forEach(expected::add);
    assertEquals(expected, lineTypes);
    assertEquals(
        AccountabilityJson.FORMAT_NAME,
        defs.get("format").get("properties").get("name").get("const").stringValue());
    assertEquals(
        "^" + AccountabilityJson.FORMAT_VERSION.replace(".", "\\.") + "$",
        defs.get("format").get("properties").get("version").get("pattern").stringValue());
    assertEquals(
        List.of("conduct", "enforces", "nature"),
        defs.get("inferenceAttribute").get("enum").values().stream()
            .map(JsonNode::stringValue)
            .collect(Collectors.toList()));
  }

  @Test
  void rolesAndConductsAreIdsOfTheOpenVocabulariesNotEnums() {
    JsonNode defs = SCHEMA_NODE.get("$defs");
    assertEquals("^[A-Z][A-Z0-9_]{0,63}$", defs.get("termId").get("pattern").stringValue());
    for (String def : List.of("role", "conduct")) {
      assertFalse(defs.get(def).has("enum"), def);
      assertEquals("#/$defs/termId", defs.get(def).get("$ref").stringValue(), def);
    }
    java.util.regex.Pattern id = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    String roles = defs.get("role").get("description").stringValue();
    for (Role r : Role.standardRoles()) {
      assertTrue(id.matcher(r.id()).matches(), r.id());
      assertTrue(roles.contains(r.id()), () -> "the role description names standard role " + r);
    }
    String conducts = defs.get("conduct").get("description").stringValue();
    for (Conduct c : Conduct.standardConducts()) {
      assertTrue(id.matcher(c.id()).matches(), c.id());
      assertTrue(
          conducts.contains(c.id()), () -> "the conduct description names standard conduct " + c);
    }
    // Role.of and Conduct.of accept exactly the ids the pattern accepts.
    for (String candidate :
        List.of("A", "A1_B", "X".repeat(64), "X".repeat(65), "a", "1A", "_A", "A-B", "")) {
      boolean valid = id.matcher(candidate).matches();
      boolean accepted;
      try {
        Role.of(candidate, "name", "description");
        Conduct.of(candidate, "name", "description");
        accepted = true;
      } catch (ValidationException e) {
        accepted = false;
      }
      assertEquals(valid, accepted, candidate);
    }
  }

  // ------------------------------------------ structural errors: schema and reader reject

  @Test
  void wrongTypeIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "observations", e -> true);
    entity(doc, at).put("value", "600");
    assertBothReject(doc, "type", at + "/value", at + "/value");
  }

  @Test
  void wrongContainerTypeIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "directives", e -> true);
    entity(doc, at).put("citations", "wapo-2025-01-26");
    assertBothReject(doc, "type", at + "/citations", at + "/citations");
  }

  @Test
  void missingRequiredPropertyIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "citations", e -> true);
    entity(doc, at).remove("publisher");
    assertBothReject(doc, "required", at, at + "/publisher");
  }

  @Test
  void missingTitleIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    doc.remove("title");
    assertBothReject(doc, "required", "", "/title");
  }

  @Test
  void unknownEnumValueIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "citations", e -> true);
    entity(doc, at).put("kind", "BLOG_POST");
    assertBothReject(doc, "enum", at + "/kind", at + "/kind");
  }

  @Test
  void enumValueInWrongCaseIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "routes", e -> true);
    entity(doc, at).put("liability", "civil");
    assertBothReject(doc, "enum", at + "/liability", at + "/liability");
  }

  @Test
  void conductIdInWrongCaseIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "routes", e -> true);
    ((ArrayNode) entity(doc, at).get("conducts")).set(0, "racial_profiling");
    assertBothReject(doc, "pattern", at + "/conducts/0", at + "/conducts/0");
    List<Problem> reader = readerProblems(doc);
    assertEquals(Problem.Code.INVALID_ID, reader.get(0).code(), reader::toString);
  }

  @Test
  void malformedRoleIdInTheHeaderIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    ((ObjectNode) doc.withArray("roles").get(0)).put("id", "Line agent");
    assertBothReject(doc, "pattern", "/roles/0/id", "/roles/0/id");
  }

  @Test
  void conductDeclarationWithoutUnlawfulIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    ((ObjectNode) doc.withArray("conducts").get(0)).remove("unlawful");
    assertBothReject(doc, "required", "/conducts/0", "/conducts/0/unlawful");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025/01/26",
        "26-01-2025",
        "~2025-01~",
        "~~2025-01",
        "2025-01~~",
        "2025-1",
        "2025-13",
        "2025-04-31",
        "0000",
        "2025-01-26T10:00",
        "25",
        ""
      })
  void badDateFormatIsRejectedBySchemaAndReader(String date) {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "citations", e -> e.has("date"));
    entity(doc, at).put("date", date);
    assertBothReject(doc, "pattern", at + "/date", at + "/date");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", "2025-10", "2025-10-20"})
  void bothApproximateSpellingsAreAcceptedBySchemaAndReaderAsOneDate(String exact) {
    ObjectNode trailing = caseStudy();
    ObjectNode leading = caseStudy();
    String at = pointer(trailing, "citations", e -> e.has("date"));
    entity(trailing, at).put("date", exact + "~");
    entity(leading, at).put("date", "~" + exact);
    assertBothAccept(trailing);
    assertBothAccept(leading);
    assertEquals(
        JSON.read(MAPPER.writeValueAsString(trailing)),
        JSON.read(MAPPER.writeValueAsString(leading)));
    // the format keeps writing its own spelling
    assertEquals(
        exact + "~",
        MAPPER
            .readTree(JSON.write(JSON.read(MAPPER.writeValueAsString(leading))))
            .at(at + "/date")
            .stringValue());
  }

  @Test
  void unknownPropertyIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "directives", e -> true);
    entity(doc, at).put("notes", "not part of the format");
    assertBothReject(doc, "additionalProperties", at, at + "/notes");
  }

  @Test
  void unknownPropertyInNestedPartIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "directives", e -> e.has("target"));
    ((ObjectNode) entity(doc, at).get("target")).put("unit", "arrests");
    assertBothReject(doc, "additionalProperties", at + "/target", at + "/target/unit");
  }

  @Test
  void typePropertyInsideDocumentIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "citations", e -> true);
    entity(doc, at).put("type", "CITATION");
    assertBothReject(doc, "false", at + "/type", at + "/type");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-leading-dash",
        "has space",
        "accentu\u00e9",
        "slash/inside",
        "newline-at-end\n",
        ""
      })
  void badIdPatternIsRejectedBySchemaAndReader(String id) {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "observations", e -> true);
    entity(doc, at).put("id", id);
    assertBothReject(doc, "pattern", at + "/id", at + "/id");
  }

  @Test
  void idOver128CharactersIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "observations", e -> true);
    entity(doc, at).put("id", "a".repeat(129));
    assertBothReject(doc, "pattern", at + "/id", at + "/id");
  }

  @Test
  void badReferencePatternIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "directives", e -> true);
    ((ArrayNode) entity(doc, at).get("citations")).set(0, "not an id");
    assertBothReject(doc, "pattern", at + "/citations/0", at + "/citations/0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0", "2.1", "1.1", "2", "v2.0", "2.0.0"})
  void wrongFormatVersionIsRejectedBySchemaAndReader(String version) {
    ObjectNode doc = caseStudy();
    ((ObjectNode) doc.get("format")).put("version", version);
    assertBothReject(doc, "pattern", "/format/version", "/format/version");
  }

  @Test
  void wrongFormatNameIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    ((ObjectNode) doc.get("format")).put("name", "some-other-format");
    assertBothReject(doc, "const", "/format/name", "/format/name");
  }

  @Test
  void missingFormatIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    doc.remove("format");
    assertBothReject(doc, "required", "", "/format");
  }

  @ParameterizedTest
  @ValueSource(strings = {"roles", "conducts"})
  void missingVocabularyIsRejectedBySchemaAndReader(String vocabulary) {
    ObjectNode doc = caseStudy();
    doc.remove(vocabulary);
    assertBothReject(doc, "required", "", "/" + vocabulary);
  }

  @Test
  void format20DraftUnlawfulConductsIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    doc.putArray("unlawfulConducts").add("RACIAL_PROFILING");
    assertBothReject(doc, "additionalProperties", "", "/unlawfulConducts");
  }

  @Test
  void repeatedRoleDeclarationIsAcceptedBySchemaButRejectedByReader() {
    ObjectNode doc = caseStudy();
    ArrayNode roles = doc.withArray("roles");
    roles.add(roles.get(0).deepCopy());
    assertOnlyReaderRejects(doc, "/roles/" + (roles.size() - 1) + "/id", "again");
  }

  @Test
  void undeclaredConductIsAcceptedBySchemaButRejectedByReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "routes", e -> true);
    ((ArrayNode) entity(doc, at).get("conducts")).add("BRIBERY");
    int index = entity(doc, at).get("conducts").size() - 1;
    assertOnlyReaderRejects(
        doc, at + "/conducts/" + index, "which the document does not declare in /conducts");
    Problem p =
        readerProblems(doc).stream()
            .filter(x -> x.code() == Problem.Code.DANGLING_REFERENCE)
            .findFirst()
            .orElseThrow();
    assertEquals(java.util.Optional.of("BRIBERY"), p.reference());
    assertEquals(java.util.Optional.of("LegalRoute"), p.entityKind());
    assertEquals(List.of("conducts", Integer.toString(index)), p.attributePath());
  }

  @Test
  void aConductOfTheFrameworksOwnIsAcceptedBySchemaAndReaderOnceDeclared() {
    ObjectNode doc = caseStudy();
    ObjectNode bribery = doc.withArray("conducts").addObject();
    bribery
        .put("id", "BRIBERY")
        .put("name", "bribery")
        .put("description", "taking a bribe")
        .put("unlawful", true);
    String at = pointer(doc, "routes", e -> true);
    ((ArrayNode) entity(doc, at).get("conducts")).add("BRIBERY");
    assertBothAccept(doc);
    AccountabilityFramework read = JSON.read(MAPPER.writeValueAsString(doc));
    Conduct declared = read.conduct("BRIBERY").orElseThrow();
    assertEquals("taking a bribe", declared.description());
    assertTrue(read.isUnlawful(declared));
    assertFalse(declared.isStandard());
  }

  @Test
  void format10OutcomeInA20DocumentIsRejectedBySchemaAndReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "oversightBodies", e -> !e.get("actions").isEmpty());
    ObjectNode action = (ObjectNode) entity(doc, at).get("actions").get(0);
    action.put("outcome", "GRANTED");
    assertBothReject(doc, "additionalProperties", at + "/actions/0", at + "/actions/0/outcome");
  }

  @Test
  void a20PropertyInA10DocumentIsRejectedByThe10SchemaAndTheReader() {
    ObjectNode doc =
        (ObjectNode) MAPPER.readTree(resourceText("/catalogue/valid/fictional-ticket-quotas.json"));
    ((ObjectNode) doc.withArray("directives").get(0)).put("knownSince", "2030-03-02");
    assertTrue(
        messages(DOCUMENT_1_0, doc).stream()
            .anyMatch(m -> m.startsWith("additionalProperties at '/directives/0'")),
        () -> messages(DOCUMENT_1_0, doc).toString());
    List<Problem> reader = readerProblems(doc);
    assertEquals(
        List.of("/directives/0/knownSince"),
        reader.stream().map(p -> p.jsonPointer().orElse("")).collect(Collectors.toList()));
  }

  /** A rule within one entity, which the schema states as well as the model. */
  record EntityRule(
      String name,
      String array,
      Predicate<JsonNode> select,
      Consumer<ObjectNode> change,
      String keyword,
      String schemaAt,
      String readerAt) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<EntityRule> entityRules() {
    return Stream.of(
        new EntityRule(
            "a NUMERICAL_TARGET directive needs a target",
            "directives",
            e -> e.has("target"),
            e -> e.remove("target"),
            "required",
            "",
            "/target"),
        new EntityRule(
            "only a NUMERICAL_TARGET directive has a target",
            "directives",
            e -> e.has("target"),
            e -> e.put("kind", "POLICY_MEMO"),
            "false",
            "/target",
            "/target"),
        new EntityRule(
            "'until' needs 'date'",
            "personnelActions",
            e -> e.has("date"),
            e -> e.put("until", "2026").remove("date"),
            "dependentRequired",
            "",
            "/until"),
        new EntityRule(
            "INDIVIDUAL defendants need roles",
            "routes",
            e -> e.get("defendants").toString().contains("INDIVIDUAL"),
            e -> e.remove("roles"),
            "required",
            "",
            "/roles"),
        new EntityRule(
            "roles only for INDIVIDUAL defendants",
            "routes",
            e -> !e.has("roles"),
            e -> e.putArray("roles").add("LINE_AGENT"),
            "maxItems",
            "/roles",
            "/roles"),
        new EntityRule(
            "a RESTRICTED route states its restriction",
            "routes",
            e -> e.has("restriction"),
            e -> e.remove("restriction"),
            "required",
            "",
            "/restriction"),
        new EntityRule(
            "a RESTRICTED route cites its restriction",
            "routes",
            e -> e.has("restriction"),
            e -> e.putArray("restrictedBy"),
            "minItems",
            "/restrictedBy",
            "/restrictedBy"),
        new EntityRule(
            "an OPEN route has no restrictedSince",
            "routes",
            e -> !e.has("restriction"),
            e -> e.put("restrictedSince", "2022"),
            "false",
            "/restrictedSince",
            "/availability"),
        new EntityRule(
            "a REPORTED claim has a supporting source",
            "claims",
            e -> "REPORTED".equals(text(e, "status")),
            e -> e.get("sources").forEach(s -> ((ObjectNode) s).put("stance", "CONTRADICTS")),
            "minContains",
            "/sources",
            "/status"),
        new EntityRule(
            "a CONTESTED claim has a contradicting source",
            "claims",
            e -> "CONTESTED".equals(text(e, "status")),
            e -> e.get("sources").forEach(s -> ((ObjectNode) s).put("stance", "SUPPORTS")),
            "minContains",
            "/sources",
            "/status"),
        new EntityRule(
            "an ABSENCE_OF_EVIDENCE claim has no supporting source",
            "claims",
            e -> "REPORTED".equals(text(e, "status")),
            e -> e.put("status", "ABSENCE_OF_EVIDENCE"),
            "not",
            "/sources",
            "/status"),
        new EntityRule(
            "a fact cites at least one source",
            "observations",
            e -> true,
            e -> e.putArray("citations"),
            "minItems",
            "/citations",
            "/citations"),
        new EntityRule(
            "a body has at least one lever",
            "oversightBodies",
            e -> e.get("actions").isEmpty(),
            e -> e.putArray("levers"),
            "minItems",
            "/levers",
            "/levers"),
        new EntityRule(
            "a body names each lever once",
            "oversightBodies",
            e -> e.get("actions").isEmpty(),
            e -> e.putArray("levers").add("INVESTIGATION").add("INVESTIGATION"),
            "uniqueItems",
            "/levers",
            "/levers/1"),
        new EntityRule(
            "a route names each defendant once",
            "routes",
            e -> !e.has("roles"),
            e -> ((ArrayNode) e.get("defendants")).add(e.get("defendants").get(0).stringValue()),
            "uniqueItems",
            "/defendants",
            "/defendants/1"),
        new EntityRule(
            "a route covers at least one conduct",
            "routes",
            e -> true,
            e -> e.putArray("conducts"),
            "minItems",
            "/conducts",
            "/conducts"),
        new EntityRule(
            "a value is not negative",
            "observations",
            e -> true,
            e -> e.put("value", -1),
            "minimum",
            "/value",
            "/value"),
        new EntityRule(
            "a target is not negative",
            "directives",
            e -> e.has("target"),
            e -> ((ObjectNode) e.get("target")).put("low", -5),
            "minimum",
            "/target/low",
            "/target/low"),
        new EntityRule(
            "required text is not blank",
            "directives",
            e -> true,
            e -> e.put("summary", " \t "),
            "pattern",
            "/summary",
            "/summary"),
        new EntityRule(
            "optional text is not empty",
            "citations",
            e -> e.has("title"),
            e -> e.put("title", ""),
            "minLength",
            "/title",
            "/title"),
        new EntityRule(
            "a URL is http or https",
            "citations",
            e -> e.has("url"),
            e -> e.put("url", "ftp://example.org/report.pdf"),
            "pattern",
            "/url",
            "/url"),
        new EntityRule(
            "a legal reference says whether it is a section",
            "citations",
            e -> e.has("legalReference"),
            e -> ((ObjectNode) e.get("legalReference")).remove("section"),
            "required",
            "/legalReference",
            "/legalReference/section"),
        new EntityRule(
            "a supersession says whether it raises",
            "directives",
            e -> e.has("supersedes"),
            e -> ((ObjectNode) e.get("supersedes")).remove("raises"),
            "required",
            "/supersedes",
            "/supersedes/raises"),
        new EntityRule(
            "an ESTABLISHED precondition cites its sources",
            "routes",
            e -> has(e, "/preconditions/0/status", "ESTABLISHED"),
            e -> ((ObjectNode) e.get("preconditions").get(0)).remove("citations"),
            "required",
            "/preconditions/0",
            "/preconditions/0/citations"),
        new EntityRule(
            "a CONTRADICTED precondition cites its sources",
            "routes",
            e -> has(e, "/preconditions/0/status", "ESTABLISHED"),
            e ->
                ((ObjectNode) e.get("preconditions").get(0))
                    .put("status", "CONTRADICTED")
                    .putArray("citations"),
            "minItems",
            "/preconditions/0/citations",
            "/preconditions/0/citations"),
        new EntityRule(
            "a precondition's status is one of the statuses",
            "routes",
            e -> e.has("preconditions"),
            e -> ((ObjectNode) e.get("preconditions").get(0)).put("status", "ASSUMED"),
            "enum",
            "/preconditions/0/status",
            "/preconditions/0/status"),
        new EntityRule(
            "a hurdle cites its sources",
            "routes",
            e -> e.has("hurdles"),
            e -> ((ObjectNode) e.get("hurdles").get(0)).putArray("citations"),
            "minItems",
            "/hurdles/0/citations",
            "/hurdles/0/citations"),
        new EntityRule(
            "a hurdle has a kind",
            "routes",
            e -> e.has("hurdles"),
            e -> ((ObjectNode) e.get("hurdles").get(0)).remove("kind"),
            "required",
            "/hurdles/0",
            "/hurdles/0/kind"),
        new EntityRule(
            "a substitution names a role",
            "routes",
            e -> e.has("substitution"),
            e -> ((ObjectNode) e.get("substitution")).putArray("roles"),
            "minItems",
            "/substitution/roles",
            "/substitution/roles"),
        new EntityRule(
            "a route with a substitution has no individual defendant",
            "routes",
            e -> e.has("substitution"),
            e -> {
              ((ArrayNode) e.get("defendants")).add("INDIVIDUAL");
              e.putArray("roles").add("LINE_AGENT");
            },
            "not",
            "/defendants",
            "/substitution"),
        new EntityRule(
            "an appeal says whether it is available",
            "routes",
            e -> e.has("appeal"),
            e -> ((ObjectNode) e.get("appeal")).remove("available"),
            "required",
            "/appeal",
            "/appeal/available"),
        new EntityRule(
            "an appeal cites its sources",
            "routes",
            e -> e.has("appeal"),
            e -> ((ObjectNode) e.get("appeal")).putArray("citations"),
            "minItems",
            "/appeal/citations",
            "/appeal/citations"),
        new EntityRule(
            "an action has at least one outcome step",
            "oversightBodies",
            e -> !e.get("actions").isEmpty(),
            e -> ((ObjectNode) e.get("actions").get(0)).putArray("outcomes"),
            "minItems",
            "/actions/0/outcomes",
            "/actions/0/outcomes"),
        new EntityRule(
            "an outcome step cites its sources",
            "oversightBodies",
            e -> !e.get("actions").isEmpty(),
            e -> ((ObjectNode) e.get("actions").get(0).get("outcomes").get(0)).remove("citations"),
            "required",
            "/actions/0/outcomes/0",
            "/actions/0/outcomes/0/citations"),
        new EntityRule(
            "an inferred attribute is one the model marks",
            "personnelActions",
            e -> e.has("inferences"),
            e -> ((ObjectNode) e.get("inferences").get(0)).put("attribute", "reason"),
            "enum",
            "/inferences/0/attribute",
            "/inferences/0/attribute"),
        new EntityRule(
            "an attribute is inferred once",
            "personnelActions",
            e -> e.has("inferences"),
            e -> ((ArrayNode) e.get("inferences")).add(e.get("inferences").get(0).deepCopy()),
            "maxContains",
            "/inferences",
            "/inferences/1"),
        new EntityRule(
            "an inferred conduct needs a conduct",
            "personnelActions",
            e -> !e.has("inferences") && e.has("conduct"),
            e -> {
              e.remove("conduct");
              e.putArray("inferences")
                  .addObject()
                  .put("attribute", "conduct")
                  .put("note", "inferred");
            },
            "required",
            "",
            "/inferences/0"),
        new EntityRule(
            "an inferred enforced directive needs one",
            "personnelActions",
            e -> !e.has("inferences") && !e.has("enforces"),
            e ->
                e.putArray("inferences")
                    .addObject()
                    .put("attribute", "enforces")
                    .put("note", "inferred"),
            "required",
            "",
            "/inferences/0"),
        new EntityRule(
            "a directive names each conduct once",
            "directives",
            e -> e.has("conducts"),
            e -> ((ArrayNode) e.get("conducts")).add(e.get("conducts").get(0).stringValue()),
            "uniqueItems",
            "/conducts",
            "/conducts/1"),
        new EntityRule(
            "a claim's role is a role id",
            "claims",
            e -> true,
            e -> e.putArray("roles").add("judge"),
            "pattern",
            "/roles/0",
            "/roles/0"),
        new EntityRule(
            "a route protects conducts only for claimants",
            "routes",
            e -> !e.has("claimants"),
            e -> e.putArray("protects").add("MISSED_QUOTA"),
            "required",
            "",
            "/protects"),
        new EntityRule(
            "a route names each remedy once",
            "routes",
            e -> true,
            e -> e.putArray("remedies").add("DAMAGES").add("DAMAGES"),
            "uniqueItems",
            "/remedies",
            "/remedies/1"),
        new EntityRule(
            "a remedy is one of the remedies",
            "routes",
            e -> true,
            e -> e.putArray("remedies").add("APOLOGY"),
            "enum",
            "/remedies/0",
            "/remedies/0"),
        new EntityRule(
            "a PROPOSED route states its proposal",
            "routes",
            e -> !e.has("restriction"),
            e -> e.put("availability", "PROPOSED"),
            "required",
            "",
            "/restriction"),
        new EntityRule(
            "a PROPOSED route has no restrictedSince",
            "routes",
            e -> e.has("restrictedSince"),
            e -> e.put("availability", "PROPOSED"),
            "false",
            "/restrictedSince",
            "/restrictedSince"),
        new EntityRule(
            "an outcome step names each ground once",
            "oversightBodies",
            e -> !e.get("actions").isEmpty(),
            e ->
                ((ObjectNode) e.at("/actions/0/outcomes/0"))
                    .putArray("grounds")
                    .add("TIME_BAR")
                    .add("TIME_BAR"),
            "uniqueItems",
            "/actions/0/outcomes/0/grounds",
            "/actions/0/outcomes/0/grounds/1"),
        new EntityRule(
            "a ground is one of the grounds",
            "oversightBodies",
            e -> !e.get("actions").isEmpty(),
            e -> ((ObjectNode) e.at("/actions/0/outcomes/0")).putArray("grounds").add("BAD_LUCK"),
            "enum",
            "/actions/0/outcomes/0/grounds/0",
            "/actions/0/outcomes/0/grounds/0"),
        new EntityRule(
            "knownSince is a date",
            "observations",
            e -> true,
            e -> e.put("knownSince", "early 2025"),
            "pattern",
            "/knownSince",
            "/knownSince"));
  }

  private static boolean has(JsonNode e, String pointer, String text) {
    JsonNode value = e.at(pointer);
    return value.isString() && value.stringValue().equals(text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entityRules")
  void entityRuleIsRejectedBySchemaAndReader(EntityRule rule) {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, rule.array(), rule.select());
    rule.change().accept(entity(doc, at));
    assertBothReject(doc, rule.keyword(), at + rule.schemaAt(), at + rule.readerAt());
  }

  /** A variant the reader accepts, which the schema must not refuse. */
  record Variant(
      String name, String array, Predicate<JsonNode> select, Consumer<ObjectNode> change) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Variant> variants() {
    Predicate<JsonNode> dated = e -> e.has("date");
    Predicate<JsonNode> any = e -> true;
    return Stream.of(
        new Variant("approximate year", "citations", dated, e -> e.put("date", "2025~")),
        new Variant("approximate day", "citations", dated, e -> e.put("date", "2025-10-20~")),
        new Variant(
            "29 February in a leap year", "citations", dated, e -> e.put("date", "2024-02-29")),
        new Variant(
            "upper-case URL scheme",
            "citations",
            e -> e.has("url"),
            e -> e.put("url", "HTTPS://example.org/a?b=c#d")),
        new Variant(
            "primary stated against its kind", "citations", any, e -> e.put("primary", true)),
        new Variant("fictional false", "citations", any, e -> e.put("fictional", false)),
        new Variant(
            "text of a no-break space, not blank in Java",
            "citations",
            e -> e.has("title"),
            e -> e.put("title", "\u00a0")),
        new Variant("a fractional value", "observations", any, e -> e.put("value", 0.5)),
        new Variant("a zero value", "observations", any, e -> e.put("value", 0)),
        new Variant(
            "availability left to its default",
            "routes",
            e -> !e.has("restriction"),
            e -> e.remove("availability")),
        new Variant(
            "empty roles without INDIVIDUAL",
            "routes",
            e -> !e.has("roles"),
            e -> e.putArray("roles")),
        new Variant(
            "empty optional arrays",
            "directives",
            e -> e.has("denials"),
            e -> e.putArray("denials")),
        new Variant(
            "ABSENCE_OF_EVIDENCE claim without sources",
            "claims",
            any,
            e -> {
              e.put("status", "ABSENCE_OF_EVIDENCE");
              e.remove("sources");
            }),
        new Variant(
            "a NOT_ESTABLISHED precondition without citations",
            "routes",
            e -> e.has("preconditions"),
            e ->
                ((ObjectNode) e.get("preconditions").get(0))
                    .put("status", "NOT_ESTABLISHED")
                    .remove("citations")),
        new Variant(
            "an undated outcome step without detail",
            "oversightBodies",
            e -> !e.get("actions").isEmpty(),
            e -> {
              ObjectNode step = (ObjectNode) e.get("actions").get(0).get("outcomes").get(0);
              step.remove("date");
              step.remove("detail");
            }),
        new Variant(
            "an appeal that does not lie",
            "routes",
            e -> e.has("appeal"),
            e -> ((ObjectNode) e.get("appeal")).put("available", false)),
        new Variant(
            "knownSince on every kind of fact",
            "directives",
            any,
            e -> e.put("knownSince", "2026~")),
        new Variant(
            "empty conducts and roles of a claim",
            "claims",
            any,
            e -> {
              e.putArray("conducts");
              e.putArray("roles");
            }),
        new Variant(
            "a standard role the document does not declare",
            "claims",
            any,
            e -> e.putArray("roles").add("SUPERVISOR")),
        new Variant(
            "claimants, protected conducts and remedies",
            "routes",
            any,
            e -> {
              e.putArray("claimants").add("LINE_AGENT");
              e.putArray("protects").add("MISSED_QUOTA");
              e.putArray("remedies").add("BACK_PAY").add("RECORD_CLEARED");
            }),
        new Variant(
            "a PROPOSED route",
            "routes",
            e -> e.has("restriction"),
            e -> {
              e.put("availability", "PROPOSED");
              e.remove("restrictedSince");
            }),
        new Variant(
            "a precondition for some conducts",
            "routes",
            e -> e.has("preconditions"),
            e ->
                ((ObjectNode) e.get("preconditions").get(0))
                    .putArray("conducts")
                    .add(e.get("conducts").get(0).stringValue())),
        new Variant(
            "an outcome step with grounds and yields",
            "oversightBodies",
            e -> !e.get("actions").isEmpty(),
            e -> {
              ObjectNode step = (ObjectNode) e.at("/actions/0/outcomes/0");
              step.put("outcome", "PARTLY_DISMISSED");
              step.putArray("grounds").add("QUALIFIED_IMMUNITY").add("NO_PERSONAL_INVOLVEMENT");
              step.putArray("yields").add("INJUNCTION");
            }),
        new Variant(
            "the new defendants",
            "routes",
            e -> !e.get("defendants").toString().contains("INDIVIDUAL") && !e.has("substitution"),
            e -> e.putArray("defendants").add("MUNICIPALITY").add("EMPLOYER")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void variantIsAcceptedBySchemaAndReader(Variant variant) {
    ObjectNode doc = caseStudy();
    variant.change().accept(entity(doc, pointer(doc, variant.array(), variant.select())));
    assertBothAccept(doc);
  }

  @Test
  void documentWithoutEntitiesOrQuestionIsAcceptedBySchemaAndReader() {
    ObjectNode doc = MAPPER.createObjectNode();
    doc.set("format", caseStudy().get("format"));
    doc.put("title", "Nothing yet");
    doc.put("agency", "An agency");
    doc.putArray("roles");
    doc.putArray("conducts");
    assertBothAccept(doc);
  }

  // ---------------------------------------------------------------- JSON Lines lines

  @Test
  void lineWithTypeOfAnotherKindIsRejectedBySchemaAndReader() {
    ObjectNode line = firstLine("CITATION");
    line.put("type", "DIRECTIVE");
    assertLineRejectedByBoth(line);
  }

  @Test
  void lineWithoutTypeIsRejectedBySchemaAndReader() {
    ObjectNode line = firstLine("OBSERVATION");
    line.remove("type");
    assertLineRejectedByBoth(line);
  }

  @Test
  void headerLineOfAnotherVersionIsRejectedBySchemaAndReader() {
    ObjectNode line = firstLine("FRAMEWORK");
    ((ObjectNode) line.get("format")).put("version", "3.0");
    assertLineRejectedByBoth(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"roles", "conducts"})
  void headerLineWithoutAVocabularyIsRejectedBySchemaAndReader(String vocabulary) {
    ObjectNode line = firstLine("FRAMEWORK");
    line.remove(vocabulary);
    assertLineRejectedByBoth(line);
  }

  @Test
  void standaloneOversightActionLineIsAcceptedBySchemaAndReader() {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("type", "OVERSIGHT_ACTION");
    caseStudy().withArray("oversightBodies").values().stream()
        .flatMap(b -> b.get("actions").values().stream())
        .findFirst()
        .ifPresentOrElse(a -> line.setAll((ObjectNode) a), () -> fail("no oversight action"));
    assertEquals(List.of(), messages(JSON_LINE, line));
    try (Stream<Entity> read =
        JSON.readJsonLines(new StringReader(MAPPER.writeValueAsString(line) + "\n"))) {
      assertEquals(1, read.count());
    }
  }

  // ------------------------------- cross-entity rules: the schema accepts, the reader rejects

  @Test
  void danglingReferenceIsAcceptedBySchemaButRejectedByReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "directives", e -> true);
    ((ArrayNode) entity(doc, at).get("citations")).set(0, "no-such-citation");
    assertOnlyReaderRejects(doc, at + "/citations/0", "which is not in the framework");
  }

  @Test
  void duplicateIdIsAcceptedBySchemaButRejectedByReader() {
    ObjectNode doc = caseStudy();
    ArrayNode observations = doc.withArray("observations");
    assertTrue(observations.size() > 1);
    ((ObjectNode) observations.get(1)).put("id", observations.get(0).get("id").stringValue());
    assertOnlyReaderRejects(doc, "/observations/1/id", "duplicates the id");
  }

  @Test
  void endDateBeforeStartDateIsAcceptedBySchemaButRejectedByReader() {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, "directives", e -> e.has("effective") && !e.has("ended"));
    entity(doc, at).put("ended", "2024");
    assertOnlyReaderRejects(doc, at + "/ended", "before it takes effect");
  }

  /** A rule across values or entities, which the schema cannot state. */
  record ReaderOnlyRule(
      String name,
      String array,
      Predicate<JsonNode> select,
      Consumer<ObjectNode> change,
      String readerAt,
      String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<ReaderOnlyRule> readerOnlyRules() {
    return Stream.of(
        new ReaderOnlyRule(
            "'until' before 'date'",
            "personnelActions",
            e -> e.has("date") && !e.has("until"),
            e -> e.put("until", "2024-12"),
            "/until",
            "before it starts"),
        new ReaderOnlyRule(
            "a directive before the one it supersedes",
            "directives",
            e -> e.has("supersedes"),
            e -> e.put("effective", "2024"),
            "/effective",
            "before the directive it supersedes"),
        new ReaderOnlyRule(
            "a personnel action before the directive it enforces",
            "personnelActions",
            e -> e.has("enforces") && e.has("date"),
            e -> e.put("date", "2024"),
            "/date",
            "before the directive it enforces"),
        new ReaderOnlyRule(
            "a reference to an entity of the wrong kind",
            "personnelActions",
            e -> e.has("enforces"),
            e -> ((ArrayNode) e.get("enforces")).set(0, "wapo-2025-01-26"),
            "/enforces/0",
            "not a Directive"),
        new ReaderOnlyRule(
            "a claim about a citation",
            "claims",
            e -> e.has("about"),
            e -> ((ArrayNode) e.get("about")).set(0, "wapo-2025-01-26"),
            "/about/0",
            "belong in 'sources'"),
        new ReaderOnlyRule(
            "a directive that supersedes itself",
            "directives",
            e -> e.has("supersedes"),
            e -> ((ObjectNode) e.get("supersedes")).put("directive", text(e, "id")),
            "/supersedes",
            "cannot supersede itself"),
        new ReaderOnlyRule(
            "a target's high below its low",
            "directives",
            e -> e.has("target"),
            e -> ((ObjectNode) e.get("target")).put("high", 1),
            "/target/high",
            "must be a finite number >= low"),
        new ReaderOnlyRule(
            "an action with a lever its body lacks",
            "oversightBodies",
            e -> !e.get("actions").isEmpty(),
            e -> ((ObjectNode) e.get("actions").get(0)).put("lever", otherLever(e.get("levers"))),
            "/actions/0/lever",
            "not among the body's levers"),
        new ReaderOnlyRule(
            "a claim citing a source twice",
            "claims",
            e -> e.get("sources").size() > 1,
            e ->
                ((ObjectNode) e.get("sources").get(1))
                    .put("citation", e.get("sources").get(0).get("citation").stringValue()),
            "/sources/1",
            "more than once"),
        new ReaderOnlyRule(
            "29 February outside a leap year",
            "citations",
            e -> e.has("date"),
            e -> e.put("date", "2025-02-29"),
            "/date",
            "not a calendar date"),
        new ReaderOnlyRule(
            "outcome steps out of date order",
            "oversightBodies",
            e -> e.at("/actions/0/outcomes").size() > 1,
            e -> ((ObjectNode) e.at("/actions/0/outcomes/1")).put("date", "2001"),
            "/actions/0/outcomes/1/date",
            "list steps in date order"),
        new ReaderOnlyRule(
            "a precondition for a role its route does not reach",
            "routes",
            e -> e.has("preconditions") && e.get("roles").size() < 4,
            e -> {
              ArrayNode roles = ((ObjectNode) e.get("preconditions").get(0)).putArray("roles");
              for (String role :
                  List.of("LINE_AGENT", "FIELD_OFFICE_MANAGER", "SENIOR_OFFICIAL", "ADJUDICATOR")) {
                if (!e.get("roles").toString().contains("\"" + role + "\"")) {
                  roles.add(role);
                  return;
                }
              }
            },
            "/preconditions/0/roles",
            "which the route does not reach"),
        new ReaderOnlyRule(
            "a precondition for a conduct its route does not cover",
            "routes",
            e ->
                e.has("preconditions")
                    && e.get("conducts").size() < Conduct.standardConducts().size(),
            e -> {
              ArrayNode conducts =
                  ((ObjectNode) e.get("preconditions").get(0)).putArray("conducts");
              for (Conduct conduct : Conduct.standardConducts()) {
                if (!e.get("conducts").toString().contains("\"" + conduct.id() + "\"")) {
                  conducts.add(conduct.id());
                  return;
                }
              }
            },
            "/preconditions/0/conducts",
            "which the route does not cover"),
        new ReaderOnlyRule(
            "a claim naming a role the document does not declare",
            "claims",
            e -> true,
            e -> e.putArray("roles").add("JUDGE"),
            "/roles/0",
            "which the document does not declare in /roles"),
        new ReaderOnlyRule(
            "a hurdle citing a source not in the framework",
            "routes",
            e -> e.has("hurdles"),
            e -> ((ArrayNode) e.get("hurdles").get(0).get("citations")).set(0, "no-such-citation"),
            "/hurdles/0/citations/0",
            "which is not in the framework"),
        new ReaderOnlyRule(
            "an outcome step citing a source not in the framework",
            "oversightBodies",
            e -> !e.get("actions").isEmpty(),
            e ->
                ((ArrayNode) e.get("actions").get(0).get("outcomes").get(0).get("citations"))
                    .set(0, "no-such-citation"),
            "/actions/0/outcomes/0/citations/0",
            "which is not in the framework"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readerOnlyRules")
  void ruleAcrossValuesIsAcceptedBySchemaButRejectedByReader(ReaderOnlyRule rule) {
    ObjectNode doc = caseStudy();
    String at = pointer(doc, rule.array(), rule.select());
    rule.change().accept(entity(doc, at));
    assertOnlyReaderRejects(doc, at + rule.readerAt(), rule.message());
  }

  // ------------------------------------------------------------------------ helpers

  private static String schemaText() {
    return resourceText(AccountabilityJson.SCHEMA_RESOURCE);
  }

  private static String resourceText(String resource) {
    try (InputStream in =
        Objects.requireNonNull(SchemaTest.class.getResourceAsStream(resource), resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh tree of the case study document, to change one thing in. */
  private static ObjectNode caseStudy() {
    return (ObjectNode) MAPPER.readTree(CASE_STUDY_TEXT);
  }

  /** The first JSON Lines record of a type, as a tree. */
  private static ObjectNode firstLine(String type) {
    StringWriter out = new StringWriter();
    JSON.writeJsonLines(CASE_STUDY, out);
    return out.toString()
        .lines()
        .map(l -> (ObjectNode) MAPPER.readTree(l))
        .filter(l -> type.equals(text(l, "type")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " line"));
  }

  /** The JSON Pointer of the first element of a top-level array that matches. */
  private static String pointer(ObjectNode doc, String array, Predicate<JsonNode> select) {
    ArrayNode elements = doc.withArray(array);
    for (int i = 0; i < elements.size(); i++) {
      if (select.test(elements.get(i))) {
        return "/" + array + "/" + i;
      }
    }
    throw new AssertionError("the case study has no such element of " + array);
  }

  private static ObjectNode entity(ObjectNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isString() ? value.stringValue() : "";
  }

  private static String otherLever(JsonNode levers) {
    for (String lever : List.of("PUBLIC_CAMPAIGN", "DASHBOARD")) {
      if (!levers.toString().contains("\"" + lever + "\"")) {
        return lever;
      }
    }
    throw new AssertionError("the body has every lever");
  }

  private static List<String> messages(Schema schema, JsonNode instance) {
    return schema.validate(instance).stream()
        .map(e -> e.getKeyword() + " at '" + e.getInstanceLocation() + "': " + e.getMessage())
        .collect(Collectors.toList());
  }

  private static List<Problem> readerProblems(JsonNode doc) {
    String text = MAPPER.writeValueAsString(doc);
    ValidationException e =
        assertThrows(ValidationException.class, () -> JSON.read(text), "the reader must reject it");
    return e.problems();
  }

  private static void assertBothReject(
      JsonNode doc, String keyword, String schemaAt, String readerAt) {
    List<String> schema = messages(DOCUMENT, doc);
    assertTrue(
        schema.stream().anyMatch(m -> m.startsWith(keyword + " at '" + schemaAt + "'")),
        () -> "the schema must report " + keyword + " at '" + schemaAt + "', reported " + schema);
    List<Problem> reader = readerProblems(doc);
    assertTrue(
        reader.stream().anyMatch(p -> p.jsonPointer().orElse("").equals(readerAt)),
        () -> "the reader must report a problem at '" + readerAt + "', reported " + reader);
  }

  private static void assertBothAccept(JsonNode doc) {
    assertEquals(List.of(), messages(DOCUMENT, doc));
    JSON.read(MAPPER.writeValueAsString(doc));
  }

  private static void assertOnlyReaderRejects(JsonNode doc, String readerAt, String message) {
    assertEquals(List.of(), messages(DOCUMENT, doc), "the schema cannot see this rule");
    List<Problem> reader = readerProblems(doc);
    assertTrue(
        reader.stream()
            .anyMatch(
                p -> p.jsonPointer().orElse("").equals(readerAt) && p.message().contains(message)),
        () -> "the reader must report '" + message + "' at '" + readerAt + "', reported " + reader);
  }

  private static void assertLineRejectedByBoth(ObjectNode line) {
    assertFalse(messages(JSON_LINE, line).isEmpty(), "the schema must reject " + line);
    String text = MAPPER.writeValueAsString(line) + "\n";
    assertThrows(
        ValidationException.class,
        () -> {
          try (Stream<Entity> read = JSON.readJsonLines(new StringReader(text))) {
            read.count();
          }
        },
        "the reader must reject " + line);
  }
}

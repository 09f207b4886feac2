package org.accountability.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Actor;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.EntityKind;
import org.accountability.model.LegalReference;
import org.accountability.model.LegalRoute;
import org.accountability.model.Lever;
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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the format's JSON trees into model values, collecting every problem with its JSON Pointer.
 * Structure (types, enum values, dates, unknown properties) is checked here; everything the model
 * itself checks (missing and blank values, ids, references, date order) comes from the model's
 * builders, with each problem moved to the pointer of the attribute at fault. Nothing is returned
 * unless the whole input is free of problems.
 */
final class ModelReader {
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?~?");
  private static final Pattern VERSION = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)");
  private static final Pattern DANGLING =
      Pattern.compile("refers to (?:\\w+ )?'([^']+)', which is not in the framework");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private final LocatedTree tree;
  private final boolean lenient;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();
  private final Map<String, Deque<String>> pointers = new HashMap<>();
  private final Set<String> documentIds = new HashSet<>();

  ModelReader(LocatedTree tree, boolean lenient) {
    this.tree = tree;
    this.lenient = lenient;
    tree.problems.forEach(this::report);
  }

  List<Problem> warnings() {
    return byPosition(warnings);
  }

  // ------------------------------------------------------------------ documents

  AccountabilityFramework framework() {
    Obj root = root();
    AccountabilityFramework.Builder b = AccountabilityFramework.builder();
    if (root != null) {
      format(root);
      String title = root.text("title");
      String agency = root.text("agency");
      String question = root.text("question");
      if (title != null) {
        b.title(title);
      }
      if (agency != null) {
        b.agency(agency);
      }
      if (question != null) {
        b.question(question);
      }
      b.addCitations(section(root, "citations", this::citation));
      b.addDirectives(section(root, "directives", this::directive));
      b.addPersonnelActions(section(root, "personnelActions", this::personnelAction));
      b.addOversightBodies(section(root, "oversightBodies", this::oversightBody));
      b.addRoutes(section(root, "routes", this::legalRoute));
      b.addClaims(section(root, "claims", this::claim));
      b.addObservations(section(root, "observations", this::observation));
      root.finish();
    }
    AccountabilityFramework framework = null;
    if (root != null) {
      boolean entitiesFailed = !problems.isEmpty();
      try {
        framework = b.build();
      } catch (ValidationException e) {
        for (Problem p : e.problems()) {
          if (entitiesFailed && danglesOnlyBecauseAnEntityFailed(p)) {
            continue;
          }
          modelProblem(frameworkPointer(p), p);
        }
      }
    }
    throwIfAny();
    if (framework == null) {
      throw new IllegalStateException("no framework and no problem");
    }
    return framework;
  }

  /** One JSON Lines record: an entity, or null for the framework header line. */
  @Nullable Entity jsonLine() {
    Obj root = root();
    Entity entity = null;
    if (root != null) {
      String type = root.text("type");
      if (type == null && !root.node.has("type")) {
        report("/type", "is required but missing: one of FRAMEWORK, " + names(EntityKind.class));
      } else if (JsonLines.FRAMEWORK_TYPE.equals(type)) {
        format(root);
        requiredText(root, "title");
        requiredText(root, "agency");
        String question = root.text("question");
        if (question != null && question.isBlank()) {
          report("/question", "must not be blank");
        }
      } else if (type != null) {
        EntityKind kind = parseEnum(type, EntityKind.class);
        if (kind == null) {
          report("/type", "unknown value '" + type + "': expected one of FRAMEWORK, " + names(EntityKind.class));
        } else {
          entity = entity(kind, root);
          if (entity != null) {
            uncited(entity);
          }
        }
      }
      if (entity == null) {
        root.finish();
      }
    }
    throwIfAny();
    return entity;
  }

  private void requiredText(Obj o, String name) {
    String value = o.text(name);
    if (value == null && !o.node.has(name)) {
      report("/" + name, "is required but missing");
    } else if (value != null && value.isBlank()) {
      report("/" + name, "must not be blank");
    }
  }

  /** A fact read alone must still cite a source, as the framework requires. */
  private void uncited(Entity entity) {
    if (entity instanceof org.accountability.model.Fact fact
        && fact.citations().isEmpty()
        && !(fact instanceof Claim claim
            && claim.status() == Claim.EvidenceStatus.ABSENCE_OF_EVIDENCE)) {
      report(
          fact instanceof Claim ? "/sources" : "/citations",
          "is uncited: every fact must cite at least one source");
    }
  }

  /** A single entity, such as the Jackson module reads. */
  <T> T single(EntityKind kind, Class<T> type) {
    Obj root = root();
    Entity entity = root == null ? null : entity(kind, root);
    throwIfAny();
    if (entity == null) {
      throw new IllegalStateException("no entity and no problem");
    }
    return type.cast(entity);
  }

  private @Nullable Entity entity(EntityKind kind, Obj o) {
    switch (kind) {
      case CITATION:
        return citation(o);
      case DIRECTIVE:
        return directive(o);
      case PERSONNEL_ACTION:
        return personnelAction(o);
      case OVERSIGHT_BODY:
        return oversightBody(o);
      case OVERSIGHT_ACTION:
        return oversightAction(o);
      case LEGAL_ROUTE:
        return legalRoute(o);
      case CLAIM:
        return claim(o);
      case OBSERVATION:
        return observation(o);
    }
    throw new AssertionError(kind);
  }

  private @Nullable Obj root() {
    if (!tree.root.isObject()) {
      report("", "must be an object, was " + typeOf(tree.root));
      return null;
    }
    return new Obj((ObjectNode) tree.root, "");
  }

  private void format(Obj root) {
    JsonNode f = root.raw("format");
    String expected =
        "{\"name\": \""
            + AccountabilityJson.FORMAT_NAME
            + "\", \"version\": \""
            + AccountabilityJson.FORMAT_VERSION
            + "\"}";
    if (f == null) {
      report("/format", "is required but missing: expected " + expected);
      return;
    }
    Obj format = root.object("format");
    if (format == null) {
      return;
    }
    String name = format.text("name");
    String version = format.text("version");
    if (name == null && !format.node.has("name")) {
      report("/format/name", "is required but missing: expected '" + AccountabilityJson.FORMAT_NAME + "'");
    } else if (name != null && !name.equals(AccountabilityJson.FORMAT_NAME)) {
      report(
          "/format/name",
          "is '" + name + "', not a document of this format ('" + AccountabilityJson.FORMAT_NAME + "')");
    }
    if (version == null && !format.node.has("version")) {
      report("/format/version", "is required but missing: expected '" + AccountabilityJson.FORMAT_VERSION + "'");
    } else if (version != null) {
      checkVersion(version);
    }
    format.finish();
  }

  private void checkVersion(String version) {
    Matcher m = VERSION.matcher(version);
    Matcher supported = VERSION.matcher(AccountabilityJson.FORMAT_VERSION);
    if (!supported.matches()) {
      throw new IllegalStateException(AccountabilityJson.FORMAT_VERSION);
    }
    if (!m.matches()) {
      report("/format/version", "'" + version + "' is not a version: expected MAJOR.MINOR such as '"
          + AccountabilityJson.FORMAT_VERSION + "'");
    } else if (!m.group(1).equals(supported.group(1))) {
      report("/format/version", "version " + version + " is not supported: this reader reads major version "
          + supported.group(1));
    } else if (new java.math.BigInteger(m.group(2)).compareTo(new java.math.BigInteger(supported.group(2))) > 0) {
      report("/format/version", "version " + version + " is newer than this reader ("
          + AccountabilityJson.FORMAT_VERSION + "); upgrade accountability-json to read it");
    }
  }

  private <T> List<T> section(Obj root, String name, java.util.function.Function<Obj, @Nullable T> reader) {
    List<T> out = new ArrayList<>();
    for (Obj element : root.objects(name)) {
      T value = reader.apply(element);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------- entities

  private @Nullable Citation citation(Obj o) {
    String id = o.id();
    var b = Citation.builder();
    setIfPresent(o.text("id"), b::id);
    setIfPresent(o.text("title"), b::title);
    setIfPresent(o.text("publisher"), b::publisher);
    setIfPresent(o.text("host"), b::host);
    setIfPresent(o.date("date"), b::date);
    setIfPresent(o.text("url"), b::url);
    setIfPresent(o.enumValue("kind", Citation.Kind.class), b::kind);
    setIfPresent(o.bool("primary"), b::primary);
    Obj legal = o.object("legalReference");
    if (legal != null) {
      String volume = legal.text("volume");
      String reporter = legal.text("reporter");
      String locator = legal.text("locator");
      Boolean section = legal.bool("section");
      legal.finish();
      LegalReference ref =
          record(legal.pointer, () -> new LegalReference(orNull(volume), orNull(reporter), orNull(locator),
              section != null && section));
      if (ref != null) {
        b.legalReference(ref);
      }
      if (section == null && !legal.node.has("section")) {
        report(legal.pointer + "/section", "is required but missing");
      }
    }
    setIfPresent(o.bool("fictional"), b::fictional);
    o.finish();
    return build(o, EntityKind.CITATION, id, b::build);
  }

  private @Nullable Directive directive(Obj o) {
    String id = o.id();
    var b = Directive.builder();
    setIfPresent(o.text("id"), b::id);
    setIfPresent(o.enumValue("kind", Directive.Kind.class), b::kind);
    setIfPresent(o.text("summary"), b::summary);
    setIfPresent(actor(o, "issuer"), b::issuer);
    setIfPresent(actor(o, "addressee"), b::addressee);
    setIfPresent(o.date("effective"), b::effective);
    setIfPresent(o.date("ended"), b::ended);
    Obj s = o.object("supersedes");
    if (s != null) {
      String directive = s.text("directive");
      Boolean raises = s.bool("raises");
      if (raises == null && !s.node.has("raises")) {
        report(s.pointer + "/raises", "is required but missing");
      }
      s.finish();
      setIfPresent(
          record(s.pointer, () -> new Directive.Supersession(orNull(directive), raises != null && raises)),
          b::supersedes);
    }
    Obj t = o.object("target");
    if (t != null) {
      String metric = t.text("metric");
      String scope = t.text("scope");
      Double low = t.number("low");
      Double high = t.number("high");
      if (low == null && !t.node.has("low")) {
        report(t.pointer + "/low", "is required but missing");
      }
      t.finish();
      if (low != null) {
        setIfPresent(
            record(t.pointer, () -> new NumericalTarget(orNull(metric), orNull(scope), low,
                java.util.Optional.ofNullable(high))),
            b::target);
      }
    }
    setIfPresent(o.text("announcedAccountability"), b::announcedAccountability);
    for (Obj d : o.objects("denials")) {
      String statement = d.text("statement");
      String citation = d.text("citation");
      d.finish();
      setIfPresent(record(d.pointer, () -> new Directive.Denial(orNull(statement), orNull(citation))), b::addDenials);
    }
    b.addAllCitations(o.texts("citations"));
    o.finish();
    return build(o, EntityKind.DIRECTIVE, id, b::build);
  }

  private @Nullable PersonnelAction personnelAction(Obj o) {
    String id = o.id();
    var b = PersonnelAction.builder();
    setIfPresent(o.text("id"), b::id);
    setIfPresent(o.enumValue("kind", PersonnelAction.Kind.class), b::kind);
    setIfPresent(o.text("summary"), b::summary);
    setIfPresent(o.enumValue("subjectRole", Role.class), b::subjectRole);
    setIfPresent(o.text("subjectDescription"), b::subjectDescription);
    b.addAllSubjectNames(o.texts("subjectNames"));
    setIfPresent(actor(o, "actor"), b::actor);
    setIfPresent(o.date("date"), b::date);
    setIfPresent(o.date("until"), b::until);
    setIfPresent(o.enumValue("nature", PersonnelAction.Nature.class), b::nature);
    setIfPresent(o.enumValue("status", PersonnelAction.Status.class), b::status);
    setIfPresent(o.enumValue("conduct", Conduct.class), b::conduct);
    setIfPresent(o.text("reason"), b::reason);
    b.addAllEnforces(o.texts("enforces"));
    setIfPresent(o.text("officialResponse"), b::officialResponse);
    b.addAllCitations(o.texts("citations"));
    o.finish();
    return build(o, EntityKind.PERSONNEL_ACTION, id, b::build);
  }

  private @Nullable OversightBody oversightBody(Obj o) {
    String id = o.id();
    var b = OversightBody.builder();
    setIfPresent(o.text("id"), b::id);
    setIfPresent(o.text("name"), b::name);
    setIfPresent(o.enumValue("kind", OversightBody.Kind.class), b::kind);
    b.addAllLevers(o.enums("levers", Lever.class));
    for (Obj a : o.objects("actions")) {
      setIfPresent(oversightAction(a), b::addActions);
    }
    b.addAllCitations(o.texts("citations"));
    o.finish();
    return build(o, EntityKind.OVERSIGHT_BODY, id, b::build);
  }

  private @Nullable OversightAction oversightAction(Obj o) {
    String id = o.id();
    var b = OversightAction.builder();
    setIfPresent(o.text("id"), b::id);
    setIfPresent(o.enumValue("lever", Lever.class), b::lever);
    setIfPresent(o.text("summary"), b::summary);
    setIfPresent(o.date("date"), b::date);
    setIfPresent(o.enumValue("liability", LiabilityType.class), b::liability);
    b.addAllDefendants(o.enums("defendants", Defendant.class));
    b.addAllRoles(o.enums("roles", Role.class));
    b.addAllConducts(o.enums("conducts", Conduct.class));
    setIfPresent(o.text("route"), b::route);
    setIfPresent(o.enumValue("outcome", OversightAction.Outcome.class), b::outcome);
    setIfPresent(o.text("outcomeDetail"), b::outcomeDetail);
    b.addAllCitations(o.texts("citations"));
    o.finish();
    return build(o, EntityKind.OVERSIGHT_ACTION, id, b::build);
  }

  private @Nullable LegalRoute legalRoute(Obj o) {
    String id = o.id();
    var b = LegalRoute.builder();
    setIfPresent(o.text("id"), b::id);
    setIfPresent(o.text("name"), b::name);
    setIfPresent(o.enumValue("liability", LiabilityType.class), b::liability);
    b.addAllConducts(o.enums("conducts", Conduct.class));
    b.addAllDefendants(o.enums("defendants", Defendant.class));
    b.addAllRoles(o.enums("roles", Role.class));
    setIfPresent(o.text("forum"), b::forum);
    setIfPresent(o.text("standardOfProof"), b::standardOfProof);
    setIfPresent(o.text("initiatedBy"), b::initiatedBy);
    setIfPresent(o.enumValue("availability", LegalRoute.Availability.class), b::availability);
    setIfPresent(o.text("restriction"), b::restriction);
    setIfPresent(o.date("restrictedSince"), b::restrictedSince);
    b.addAllRestrictedBy(o.texts("restrictedBy"));
    b.addAllEnforcedBy(o.texts("enforcedBy"));
    b.addAllCitations(o.texts("citations"));
    o.finish();
    return build(o, EntityKind.LEGAL_ROUTE, id, b::build);
  }

  private @Nullable Claim claim(Obj o) {
    String id = o.id();
    var b = Claim.builder();
    setIfPresent(o.text("id"), b::id);
    setIfPresent(o.text("statement"), b::statement);
    setIfPresent(o.enumValue("status", Claim.EvidenceStatus.class), b::status);
    for (Obj s : o.objects("sources")) {
      String citation = s.text("citation");
      Claim.Stance stance = s.enumValue("stance", Claim.Stance.class);
      s.finish();
      setIfPresent(record(s.pointer, () -> new Claim.Source(orNull(citation), orNull(stance))), b::addSources);
    }
    setIfPresent(o.text("absenceOfEvidence"), b::absenceOfEvidence);
    b.addAllAbout(o.texts("about"));
    o.finish();
    return build(o, EntityKind.CLAIM, id, b::build);
  }

  private @Nullable Observation observation(Obj o) {
    String id = o.id();
    var b = Observation.builder();
    setIfPresent(o.text("id"), b::id);
    setIfPresent(o.text("metric"), b::metric);
    setIfPresent(o.text("scope"), b::scope);
    setIfPresent(o.number("value"), b::value);
    setIfPresent(o.enumValue("qualifier", Observation.Qualifier.class), b::qualifier);
    setIfPresent(o.date("period"), b::period);
    setIfPresent(o.text("periodLabel"), b::periodLabel);
    b.addAllCitations(o.texts("citations"));
    o.finish();
    return build(o, EntityKind.OBSERVATION, id, b::build);
  }

  private @Nullable Actor actor(Obj parent, String name) {
    Obj a = parent.object(name);
    if (a == null) {
      return null;
    }
    String description = a.text("description");
    List<String> names = a.texts("names");
    Role role = a.enumValue("role", Role.class);
    a.finish();
    return record(
        a.pointer,
        () ->
            new Actor(
                orNull(description),
                com.google.common.collect.ImmutableList.copyOf(names),
                java.util.Optional.ofNullable(role)));
  }

  // -------------------------------------------------------------- building

  private <T> @Nullable T build(Obj o, EntityKind kind, @Nullable String id, Supplier<T> build) {
    if (id != null) {
      pointers.computeIfAbsent(kind.name() + ":" + id, k -> new ArrayDeque<>()).add(o.pointer);
      documentIds.add(id);
    }
    return record(o.pointer, build);
  }

  /** Builds a value, moving the problems its checks report under its pointer. */
  private <T> @Nullable T record(String pointer, Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        String attribute = p.attribute().orElse("");
        modelProblem(attribute.isEmpty() ? pointer : pointer + "/" + attributePointer(attribute), p);
      }
      return null;
    }
  }

  private void modelProblem(String pointer, Problem p) {
    for (String done : reported) {
      if (done.equals(pointer) || done.startsWith(pointer + "/")) {
        return;
      }
    }
    report(pointer, p.message());
  }

  private String frameworkPointer(Problem p) {
    String kind = p.entityKind().orElse("");
    String attribute = p.attribute().map(ModelReader::attributePointer).orElse("");
    if (kind.equals("AccountabilityFramework")) {
      return attribute.isEmpty() ? "" : "/" + attribute;
    }
    String base = "";
    for (EntityKind k : EntityKind.values()) {
      if (k.typeName().equals(kind)) {
        Deque<String> candidates = pointers.get(k.name() + ":" + p.entityId().orElse(""));
        if (candidates != null && !candidates.isEmpty()) {
          boolean duplicate = p.message().startsWith("duplicates the id");
          base = duplicate && candidates.size() > 1 ? candidates.removeLast() : candidates.peekFirst();
        }
      }
    }
    return attribute.isEmpty() ? base : base + "/" + attribute;
  }

  private boolean danglesOnlyBecauseAnEntityFailed(Problem p) {
    Matcher m = DANGLING.matcher(p.message());
    return m.find() && documentIds.contains(m.group(1));
  }

  static String attributePointer(String attribute) {
    return INDEX.matcher(attribute).replaceAll("/$1").replace('.', '/');
  }

  private static <T> void setIfPresent(@Nullable T value, java.util.function.Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  /** Lets a missing value reach a record's own check, which reports it by name. */
  @SuppressWarnings("NullAway")
  private static <T> T orNull(@Nullable T value) {
    return value;
  }

  // ------------------------------------------------------------ problems

  private void report(Problem p) {
    problems.add(p);
    reported.add(p.jsonPointer().orElse(""));
  }

  private void report(String pointer, String message) {
    report(tree.problem(pointer, message));
  }

  private void unknown(String pointer, String name) {
    if (lenient) {
      warnings.add(tree.problem(pointer, "unknown property '" + name + "' was ignored"));
    } else {
      report(pointer, "unknown property '" + name + "': not part of the format");
    }
  }

  private void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ValidationException(byPosition(problems));
    }
  }

  /** Problems in the order they occur in the input; those without a position keep theirs, last. */
  private static List<Problem> byPosition(List<Problem> list) {
    List<Problem> sorted = new ArrayList<>(list);
    sorted.sort(
        Comparator.comparingInt((Problem p) -> p.line().orElse(Integer.MAX_VALUE))
            .thenComparingInt(p -> p.column().orElse(Integer.MAX_VALUE)));
    return sorted;
  }

  /** A number as a double; one out of range reads as an infinity, which the caller refuses. */
  private static double doubleOf(JsonNode number) {
    try {
      return number.doubleValue();
    } catch (tools.jackson.core.JacksonException e) {
      return Double.POSITIVE_INFINITY;
    }
  }

  static String typeOf(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isString()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return "null";
  }

  private static <E extends Enum<E>> @Nullable E parseEnum(String text, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    return null;
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** One JSON object being read: typed getters that report problems, and unknown properties. */
  private final class Obj {
    final ObjectNode node;
    final String pointer;
    private final Set<String> seen = new HashSet<>();

    Obj(ObjectNode node, String pointer) {
      this.node = node;
      this.pointer = pointer;
    }

    @Nullable JsonNode raw(String name) {
      seen.add(name);
      return node.get(name);
    }

    private String at(String name) {
      return pointer + "/" + LocatedTree.escape(name);
    }

    /** The id, for locating cross-entity problems, whatever else is wrong. */
    @Nullable String id() {
      JsonNode id = node.get("id");
      return id != null && id.isString() ? id.stringValue() : null;
    }

    /** The value of a property if it has the JSON type {@code is} checks, else a problem. */
    private <T> @Nullable T typed(
        String name, Predicate<JsonNode> is, String what, Function<JsonNode, T> value) {
      JsonNode v = raw(name);
      if (v == null) {
        return null;
      }
      if (!is.test(v)) {
        report(at(name), "must be " + what + ", was " + typeOf(v));
        return null;
      }
      return value.apply(v);
    }

    @Nullable String text(String name) {
      return typed(name, JsonNode::isString, "a string", JsonNode::stringValue);
    }

    @Nullable Boolean bool(String name) {
      return typed(name, JsonNode::isBoolean, "a boolean", JsonNode::booleanValue);
    }

    @Nullable Double number(String name) {
      Double d = typed(name, JsonNode::isNumber, "a number", ModelReader::doubleOf);
      if (d != null && !Double.isFinite(d)) {
        report(at(name), "must be a finite number");
        return null;
      }
      return d;
    }

    <E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type) {
      String text = text(name);
      if (text == null) {
        return null;
      }
      E value = parseEnum(text, type);
      if (value == null) {
        report(at(name), "unknown value '" + text + "': expected one of " + names(type));
      }
      return value;
    }

    @Nullable PartialDate date(String name) {
      String text = text(name);
      if (text == null) {
        return null;
      }
      if (!DATE.matcher(text).matches()) {
        report(
            at(name),
            "'" + text + "' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, with a trailing ~"
                + " when approximate");
        return null;
      }
      try {
        return PartialDate.parse(text);
      } catch (ValidationException e) {
        report(at(name), "'" + text + "' is not a calendar date");
        return null;
      }
    }

    @Nullable Obj object(String name) {
      JsonNode v = raw(name);
      if (v == null) {
        return null;
      }
      if (!v.isObject()) {
        report(at(name), "must be an object, was " + typeOf(v));
        return null;
      }
      return new Obj((ObjectNode) v, at(name));
    }

    /** The elements of an array property; absent means empty. */
    private List<JsonNode> elements(String name) {
      JsonNode v = raw(name);
      if (v == null) {
        return List.of();
      }
      if (!v.isArray()) {
        report(at(name), "must be an array, was " + typeOf(v));
        return List.of();
      }
      return new ArrayList<>(v.values());
    }

    List<Obj> objects(String name) {
      List<Obj> out = new ArrayList<>();
      List<JsonNode> elements = elements(name);
      for (int i = 0; i < elements.size(); i++) {
        JsonNode e = elements.get(i);
        String p = at(name) + "/" + i;
        if (e.isObject()) {
          out.add(new Obj((ObjectNode) e, p));
        } else {
          report(p, "must be an object, was " + typeOf(e));
        }
      }
      return out;
    }

    List<String> texts(String name) {
      List<String> out = new ArrayList<>();
      List<JsonNode> elements = elements(name);
      for (int i = 0; i < elements.size(); i++) {
        JsonNode e = elements.get(i);
        if (e.isString()) {
          out.add(e.stringValue());
        } else {
          report(at(name) + "/" + i, "must be a string, was " + typeOf(e));
        }
      }
      return out;
    }

    <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
      List<E> out = new ArrayList<>();
      List<JsonNode> elements = elements(name);
      for (int i = 0; i < elements.size(); i++) {
        JsonNode e = elements.get(i);
        String p = at(name) + "/" + i;
        if (!e.isString()) {
          report(p, "must be a string, was " + typeOf(e));
          continue;
        }
        E value = parseEnum(e.stringValue(), type);
        if (value == null) {
          report(p, "unknown value '" + e.stringValue() + "': expected one of " + names(type));
        } else {
          out.add(value);
        }
      }
      return out;
    }

    /** Reports every property that no getter asked for. */
    void finish() {
      for (String name : node.propertyNames()) {
        if (!seen.contains(name)) {
          unknown(at(name), name);
        }
      }
    }
  }

}

package org.accountability.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import org.accountability.model.Inference;
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
import org.accountability.model.Problem.Code;
import org.accountability.model.Remedy;
import org.accountability.model.Role;
import org.accountability.model.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the format's JSON trees into model values, collecting every problem with its JSON Pointer.
 * Structure (types, enum values, dates, unknown properties) is checked here; everything the model
 * itself checks (missing and blank values, ids, references, date order) comes from the model's
 * builders, with each problem moved to the pointer of the attribute at fault. Nothing is returned
 * unless the whole input is free of problems.
 *
 * <p>A document is read in the dialect of its format version: a 1.0 document with 1.0's properties
 * and enum constants, converted to the current model, each conversion that assumes something
 * recorded as a warning that starts with {@code read as format 1.0:}.
 *
 * <p>Entities name roles and conducts by id. In a 2.0 document, and in the lines after a 2.0 JSON
 * Lines header, an id resolves to the term the header declares, else to the standard term of that
 * id; any other id is a dangling reference. A value read without a header (an entity read alone by
 * the Jackson module, a JSON Lines stream without a header) may name any well-formed id: a
 * non-standard one is read as a term known by its id alone, and a framework built from such values
 * must declare it. In 1.0, roles and conducts are the closed lists that version had.
 */
final class ModelReader {
  private static final Pattern VERSION = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)");

  /** The most digits a number in a version may have: any more is refused before it is read. */
  static final int MAX_DIGITS = 18;

  private static final String AS_1_0 = "read as format 1.0: ";

  /** A role or conduct id, as {@code Role.of} and {@code Conduct.of} accept it. */
  static final Pattern TERM_ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  private static final String TERM_ID_RULE =
      "use 1 to 64 upper-case letters, digits or '_', starting with a letter";

  /** The description of a term read without the vocabulary that would describe it. */
  private static final String UNDECLARED =
      "named by its id alone, in a value read without its framework's vocabulary";

  /** How the reader resolves the ids of one of the two open vocabularies. */
  record Vocabulary<T>(
      String typeName,
      String noun,
      String property,
      String example,
      List<T> in1_0,
      Function<String, Optional<T>> standard,
      Function<T, String> id,
      Function<Declarations, Map<String, T>> declared,
      Function<String, T> undeclared) {}

  static final Vocabulary<Role> ROLES =
      new Vocabulary<>(
          "Role",
          "role",
          "roles",
          "LINE_AGENT",
          FormatVersion.ROLES_1_0,
          Role::standard,
          Role::id,
          Declarations::roles,
          id -> Role.of(id, words(id), UNDECLARED));

  static final Vocabulary<Conduct> CONDUCTS =
      new Vocabulary<>(
          "Conduct",
          "conduct",
          "conducts",
          "MISSED_QUOTA",
          FormatVersion.CONDUCTS_1_0,
          Conduct::standard,
          Conduct::id,
          Declarations::conducts,
          id -> Conduct.of(id, words(id), UNDECLARED));

  /** The entity being read, innermost last, to locate a problem in the model's terms too. */
  private record Reading(String typeName, @Nullable String id, Obj object) {}

  private final LocatedTree tree;
  private final boolean lenient;
  private FormatVersion version;
  private final ProblemList problems;
  private final ProblemList warnings;

  /**
   * The objects read for each entity, by the entity kind's type name (as problems name it) and id.
   */
  private final Map<EntityKey, Object> pointers = new HashMap<>();

  private final Set<String> documentIds = new HashSet<>();

  /** The vocabulary the ids of roles and conducts resolve against; none for an open reading. */
  private @Nullable Declarations declarations;

  /** Ids declared in the header whose declaration could not be read, by vocabulary property. */
  private final Map<String, Set<String>> failedDeclarations = new HashMap<>();

  private final Deque<Reading> reading = new ArrayDeque<>();

  /**
   * A reader of one tree.
   *
   * @param tree the tree
   * @param problems where problems go; those found in reading the tree are there already, and
   *     marked in it
   * @param lenient whether unknown properties are warnings rather than problems
   * @param version the version to read in when the tree does not say (a JSON Lines record takes its
   *     header's)
   * @param declarations the vocabulary that a JSON Lines record's header declared, or null when
   *     there is none (a document declares its own)
   */
  ModelReader(
      LocatedTree tree,
      ProblemList problems,
      boolean lenient,
      FormatVersion version,
      @Nullable Declarations declarations) {
    this.tree = tree;
    this.problems = problems;
    this.warnings = problems.forWarnings();
    this.lenient = lenient;
    this.version = version;
    this.declarations = declarations;
  }

  /** The warnings: properties ignored in lenient mode, and what reading version 1.0 assumed. */
  List<Problem> warnings() {
    return warnings.list();
  }

  /** The version read: the document's, or the one given when it does not say. */
  FormatVersion version() {
    return version;
  }

  /** The vocabulary read from a 2.0 header, or the one given, or null. */
  @Nullable Declarations declarations() {
    return declarations;
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
      if (version == FormatVersion.V1_0) {
        b.addUnlawfulConducts(unlawfulConductsIn1_0(root));
      } else {
        vocabulary(root, b);
      }
      b.addCitations(section(root, "citations", EntityKind.CITATION, Citation.class));
      b.addDirectives(section(root, "directives", EntityKind.DIRECTIVE, Directive.class));
      b.addPersonnelActions(
          section(root, "personnelActions", EntityKind.PERSONNEL_ACTION, PersonnelAction.class));
      b.addOversightBodies(
          section(root, "oversightBodies", EntityKind.OVERSIGHT_BODY, OversightBody.class));
      b.addRoutes(section(root, "routes", EntityKind.LEGAL_ROUTE, LegalRoute.class));
      List<Claim> claims = section(root, "claims", EntityKind.CLAIM, Claim.class);
      b.addClaims(claims);
      b.addObservations(section(root, "observations", EntityKind.OBSERVATION, Observation.class));
      if (version == FormatVersion.V1_0 && !claims.isEmpty()) {
        note(
            "/claims",
            "claims name no conducts or roles (added in 2.0), so no claim speaks to a role and"
                + " conduct");
      }
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

  /**
   * One JSON Lines record: an entity, or null for the framework header line.
   *
   * @param first whether this is the stream's first record, the only one that may be a header
   */
  @Nullable Entity jsonLine(boolean first) {
    Obj root = root();
    Entity entity = null;
    if (root != null) {
      String type = root.text("type");
      if (type == null && !root.has("type")) {
        root.missing("type", "one of FRAMEWORK, " + names(EntityKind.class));
      } else if (JsonLines.FRAMEWORK_TYPE.equals(type) && !first) {
        report(
            Code.UNKNOWN_VALUE,
            "/type",
            "a FRAMEWORK header is allowed only as the first line: expected one of "
                + names(EntityKind.class));
        throwIfAny();
        return null;
      } else if (JsonLines.FRAMEWORK_TYPE.equals(type)) {
        format(root);
        requiredText(root, "title");
        requiredText(root, "agency");
        String question = root.text("question");
        if (question != null && question.isBlank()) {
          report(Code.BLANK, "/question", "must not be blank");
        }
        if (version == FormatVersion.V1_0) {
          laterProperties(root, "roles", "conducts");
        } else {
          vocabulary(root, null);
        }
      } else if (type != null) {
        EntityKind kind = enumConstant(type, EntityKind.class);
        if (kind == null) {
          report(
              Code.UNKNOWN_VALUE,
              "/type",
              ProblemMessages.unknownValue(type, "FRAMEWORK, " + names(EntityKind.class)));
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
    String value = o.requiredText(name);
    if (value != null && value.isBlank()) {
      report(Code.BLANK, "/" + name, "must not be blank");
    }
  }

  /** A fact read alone must still cite a source, as the framework requires. */
  private void uncited(Entity entity) {
    if (isUncited(entity)) {
      report(
          Code.UNCITED,
          entity instanceof Claim ? "/sources" : "/citations",
          "is uncited: every fact must cite at least one source");
    }
  }

  /** Whether an entity is a fact that cites no source and is not a claim of absent evidence. */
  static boolean isUncited(Entity entity) {
    return entity instanceof org.accountability.model.Fact fact
        && fact.citations().isEmpty()
        && !(fact instanceof Claim claim
            && claim.status() == Claim.EvidenceStatus.ABSENCE_OF_EVIDENCE);
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
    reading.addLast(new Reading(kind.typeName(), o.id(), o));
    try {
      return switch (kind) {
        case CITATION -> citation(o);
        case DIRECTIVE -> directive(o);
        case PERSONNEL_ACTION -> personnelAction(o);
        case OVERSIGHT_BODY -> oversightBody(o);
        case OVERSIGHT_ACTION -> oversightAction(o);
        case LEGAL_ROUTE -> legalRoute(o);
        case CLAIM -> claim(o);
        case OBSERVATION -> observation(o);
      };
    } finally {
      reading.removeLast();
    }
  }

  private @Nullable Obj root() {
    if (!(tree.root instanceof LocatedTree.Obj object)) {
      report(Code.WRONG_TYPE, "", ProblemMessages.wrongType("an object", tree.root));
      return null;
    }
    return new Obj(object, "");
  }

  private void format(Obj root) {
    Object f = root.raw("format");
    String expected =
        "{\"name\": \""
            + AccountabilityJson.FORMAT_NAME
            + "\", \"version\": \""
            + AccountabilityJson.FORMAT_VERSION
            + "\"}";
    if (f == null) {
      root.missing("format", "expected " + expected);
      return;
    }
    Obj format = root.object("format");
    if (format == null) {
      return;
    }
    String name = format.text("name");
    String text = format.text("version");
    if (name == null && !format.has("name")) {
      format.missing("name", "expected '" + AccountabilityJson.FORMAT_NAME + "'");
    } else if (name != null && !name.equals(AccountabilityJson.FORMAT_NAME)) {
      report(
          Code.INVALID_VALUE,
          "/format/name",
          "is "
              + Problem.quote(name)
              + ", not a document of this format ('"
              + AccountabilityJson.FORMAT_NAME
              + "')");
    }
    if (text == null && !format.has("version")) {
      format.missing("version", "expected '" + AccountabilityJson.FORMAT_VERSION + "'");
    } else if (text != null) {
      readVersion(text);
    }
    format.finish();
  }

  /**
   * Reads the version and chooses the dialect by its major number, so that a document of an
   * unsupported minor version still gets every other problem reported in the right dialect.
   */
  private void readVersion(String text) {
    Matcher m = VERSION.matcher(text);
    if (!m.matches()) {
      report(
          Code.INVALID_VALUE,
          "/format/version",
          Problem.quote(text)
              + " is not a version: expected MAJOR.MINOR such as '"
              + AccountabilityJson.FORMAT_VERSION
              + "'");
      return;
    }
    if (m.group(1).length() > MAX_DIGITS || m.group(2).length() > MAX_DIGITS) {
      // Refused before it is converted: a number of a million digits is not a version anyone
      // writes, and converting it takes a time that grows faster than its length.
      report(
          Code.UNSUPPORTED_VERSION,
          "/format/version",
          "version "
              + Problem.quote(text)
              + " is not supported: a version number has more than "
              + MAX_DIGITS
              + " digits; this reader reads versions "
              + FormatVersion.readable());
      return;
    }
    FormatVersion read = FormatVersion.ofMajor(Long.parseLong(m.group(1)));
    String unsupported =
        "version "
            + text
            + " is not supported: this reader reads versions "
            + FormatVersion.readable();
    if (read == null) {
      report(Code.UNSUPPORTED_VERSION, "/format/version", unsupported);
      return;
    }
    version = read;
    if (Long.parseLong(m.group(2)) > read.minor) {
      report(
          Code.UNSUPPORTED_VERSION,
          "/format/version",
          read == FormatVersion.CURRENT
              ? "version "
                  + text
                  + " is newer than this reader ("
                  + AccountabilityJson.FORMAT_VERSION
                  + "); upgrade accountability-json to read it"
              : unsupported);
    }
  }

  /**
   * The unlawful conducts of a 1.0 document, which could not state them: the legality 1.0 fixed,
   * said as a warning.
   */
  private List<Conduct> unlawfulConductsIn1_0(Obj root) {
    laterProperties(root, "roles", "conducts");
    List<Conduct> assumed = FormatVersion.UNLAWFUL_IN_1_0;
    List<Conduct> lawful = new ArrayList<>(FormatVersion.CONDUCTS_1_0);
    lawful.removeAll(assumed);
    note(
        "/format/version",
        "unlawfulConducts assumed to be "
            + assumed.stream().map(Conduct::id).collect(Collectors.joining(", "))
            + ", the legality format 1.0 fixed ("
            + lawful.stream().map(Conduct::id).collect(Collectors.joining(", "))
            + " lawful)");
    return assumed;
  }

  /**
   * The vocabulary a 2.0 header declares: its required {@code roles} and {@code conducts}, each
   * term once. Each term read is declared to the builder, when there is one, and becomes what the
   * ids that entities name resolve to.
   */
  private void vocabulary(Obj root, AccountabilityFramework.@Nullable Builder b) {
    replacedProperties(
        root,
        "each entry of 'conducts' says whether the conduct is 'unlawful'",
        "unlawfulConducts");
    Map<String, Role> roles = new LinkedHashMap<>();
    Map<String, Conduct> conducts = new LinkedHashMap<>();
    List<Conduct> unlawful = new ArrayList<>();
    requiredArray(root, "roles", "list the framework's roles (id, name, description), [] for none");
    for (Obj r : root.objects("roles")) {
      String id = r.requiredText("id");
      String name = r.requiredText("name");
      String description = r.requiredText("description");
      r.finish();
      Role role =
          id == null || name == null || description == null
              ? null
              : record(r, () -> Role.of(orNull(id), orNull(name), orNull(description)));
      declare(r, ROLES, id, role, roles);
    }
    requiredArray(
        root,
        "conducts",
        "list the framework's conducts (id, name, description, unlawful), [] for none");
    for (Obj c : root.objects("conducts")) {
      String id = c.requiredText("id");
      String name = c.requiredText("name");
      String description = c.requiredText("description");
      Boolean isUnlawful = c.bool("unlawful");
      if (isUnlawful == null && !c.has("unlawful")) {
        c.missing("unlawful", "true or false");
      }
      c.finish();
      Conduct conduct =
          id == null || name == null || description == null
              ? null
              : record(c, () -> Conduct.of(orNull(id), orNull(name), orNull(description)));
      boolean declared = declare(c, CONDUCTS, id, conduct, conducts);
      if (declared && conduct != null && Boolean.TRUE.equals(isUnlawful)) {
        unlawful.add(conduct);
      }
    }
    declarations = new Declarations(roles, conducts, b != null);
    if (b != null) {
      b.addRoles(roles.values());
      b.addConducts(conducts.values());
      b.addUnlawfulConducts(unlawful);
    }
  }

  /**
   * Declares a term read from the header, unless its id is declared already (a problem); an id
   * whose declaration could not be read is remembered, so that the entities naming it are not also
   * reported.
   *
   * @return whether the term was declared
   */
  private <T> boolean declare(
      Obj at,
      Vocabulary<T> vocabulary,
      @Nullable String id,
      @Nullable T term,
      Map<String, T> declared) {
    if (term == null) {
      if (id != null) {
        failedDeclarations.computeIfAbsent(vocabulary.property(), k -> new HashSet<>()).add(id);
      }
      return false;
    }
    String key = vocabulary.id().apply(term);
    if (declared.containsKey(key)) {
      report(
          Code.REPEATED,
          at.at("id"),
          "declares "
              + vocabulary.noun()
              + " "
              + key
              + " again; declare each "
              + vocabulary.noun()
              + " once");
      return false;
    }
    declared.put(key, term);
    return true;
  }

  /** A problem when a required array property is missing; its type is checked when read. */
  private void requiredArray(Obj o, String name, String what) {
    if (!o.has(name)) {
      o.missing(name, what);
    }
  }

  /**
   * The term an id names, or null with a problem: in 1.0 one of the terms 1.0 had; otherwise the
   * term the header declares, else the standard one, else (with no header to declare it) a term
   * known by its id alone. The id is at property {@code name} of {@code o}, or at {@code index} in
   * its array there when {@code index} is not negative; its pointer is made only for a problem.
   */
  private <T> @Nullable T term(
      String text, Obj o, String name, int index, Vocabulary<T> vocabulary) {
    if (version == FormatVersion.V1_0) {
      for (T t : vocabulary.in1_0()) {
        if (vocabulary.id().apply(t).equals(text)) {
          return t;
        }
      }
      String expected =
          vocabulary.in1_0().stream().map(vocabulary.id()).collect(Collectors.joining(", "));
      boolean later = vocabulary.standard().apply(text).isPresent();
      report(
          Code.UNKNOWN_VALUE,
          o.at(name, index),
          later
              ? ProblemMessages.unknownValue(text, expected, text + " was added in format 2.0")
              : ProblemMessages.unknownValue(text, expected));
      return null;
    }
    Declarations d = declarations;
    if (d != null) {
      T declared = vocabulary.declared().apply(d).get(text);
      if (declared != null) {
        return declared;
      }
    }
    if (failedDeclarations.getOrDefault(vocabulary.property(), Set.of()).contains(text)) {
      // The declaration's own problems explain it.
      explained(o.at(name, index));
      return null;
    }
    Optional<T> standard = vocabulary.standard().apply(text);
    if (standard.isPresent()) {
      return standard.get();
    }
    if (!TERM_ID.matcher(text).matches()) {
      report(
          Code.INVALID_ID,
          o.at(name, index),
          Problem.quote(text)
              + " is not a valid "
              + vocabulary.typeName()
              + " id: "
              + TERM_ID_RULE
              + ", such as "
              + vocabulary.example());
      return null;
    }
    if (d == null) {
      return vocabulary.undeclared().apply(text);
    }
    undeclared(text, o.at(name, index), vocabulary, d);
    return null;
  }

  /** A dangling reference to a term the header does not declare, located in the model too. */
  private void undeclared(String id, String pointer, Vocabulary<?> vocabulary, Declarations d) {
    String message =
        "names "
            + vocabulary.noun()
            + " "
            + id
            + ", which the "
            + (d.inDocument() ? "document" : "FRAMEWORK header")
            + " does not declare in /"
            + vocabulary.property();
    Reading entity = reading.peekLast();
    Problem p =
        entity == null
            ? tree.problem(Code.DANGLING_REFERENCE, pointer, message)
            : tree.relocate(
                Problem.inEntity(
                    Code.DANGLING_REFERENCE,
                    entity.typeName(),
                    entity.id() == null ? "" : entity.id(),
                    attributePath(entity.object().pointer(), pointer),
                    message),
                pointer);
    report(p.withReference(id));
  }

  /** The steps from a value's pointer to one within it: the model's attribute path. */
  private static List<String> attributePath(String from, String pointer) {
    List<String> path = new ArrayList<>();
    if (!pointer.startsWith(from + "/")) {
      return path;
    }
    for (String step : pointer.substring(from.length() + 1).split("/", -1)) {
      path.add(step.replace("~1", "/").replace("~0", "~"));
    }
    return path;
  }

  /** An id in lower-case words: {@code LINE_AGENT} reads {@code line agent}. */
  private static String words(String id) {
    return id.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private <T> List<T> section(Obj root, String name, EntityKind kind, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Obj element : root.objects(name)) {
      Entity value = entity(kind, element);
      if (value != null) {
        out.add(type.cast(value));
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
          record(
              legal,
              () ->
                  new LegalReference(
                      orNull(volume),
                      orNull(reporter),
                      orNull(locator),
                      section != null && section));
      if (ref != null) {
        b.legalReference(ref);
      }
      if (section == null && !legal.has("section")) {
        legal.missing("section");
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
    Directive.Kind kind = o.enumValue("kind", Directive.Kind.class);
    setIfPresent(kind, b::kind);
    setIfPresent(o.text("summary"), b::summary);
    setIfPresent(actor(o, "issuer"), b::issuer);
    setIfPresent(actor(o, "addressee"), b::addressee);
    setIfPresent(o.date("effective"), b::effective);
    setIfPresent(o.date("ended"), b::ended);
    Obj s = o.object("supersedes");
    if (s != null) {
      String directive = s.text("directive");
      Boolean raises = s.bool("raises");
      if (raises == null && !s.has("raises")) {
        s.missing("raises");
      }
      s.finish();
      setIfPresent(
          record(s, () -> new Directive.Supersession(orNull(directive), raises != null && raises)),
          b::supersedes);
    }
    Obj t = o.object("target");
    if (t != null) {
      String metric = t.text("metric");
      String scope = t.text("scope");
      Double low = t.number("low");
      Double high = t.number("high");
      if (low == null && !t.has("low")) {
        t.missing("low");
      }
      t.finish();
      if (low != null) {
        setIfPresent(
            record(
                t,
                () ->
                    new NumericalTarget(
                        orNull(metric), orNull(scope), low, java.util.Optional.ofNullable(high))),
            b::target);
      }
    }
    setIfPresent(o.text("announcedAccountability"), b::announcedAccountability);
    b.addAllDenials(
        o.each(
            "denials",
            d -> {
              String statement = d.text("statement");
              String citation = d.text("citation");
              d.finish();
              return record(d, () -> new Directive.Denial(orNull(statement), orNull(citation)));
            }));
    if (version == FormatVersion.V1_0) {
      laterProperties(o, "conducts", "knownSince");
      if (kind == Directive.Kind.NUMERICAL_TARGET) {
        // 1.0 measured a missed target against every numerical directive; 2.0 says so in data.
        b.addConducts(Conduct.MISSED_QUOTA);
        note(
            o.pointer() + "/kind",
            "conducts assumed to be MISSED_QUOTA, which format 1.0 implied for every"
                + " NUMERICAL_TARGET directive");
      }
    } else {
      b.addAllConducts(o.terms("conducts", CONDUCTS));
      setIfPresent(o.date("knownSince"), b::knownSince);
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
    setIfPresent(o.term("subjectRole", ROLES), b::subjectRole);
    setIfPresent(o.text("subjectDescription"), b::subjectDescription);
    b.addAllSubjectNames(o.texts("subjectNames"));
    setIfPresent(actor(o, "actor"), b::actor);
    setIfPresent(o.date("date"), b::date);
    setIfPresent(o.date("until"), b::until);
    setIfPresent(o.enumValue("nature", PersonnelAction.Nature.class), b::nature);
    PersonnelAction.Status status = o.enumValue("status", PersonnelAction.Status.class);
    setIfPresent(status, b::status);
    setIfPresent(o.term("conduct", CONDUCTS), b::conduct);
    setIfPresent(o.text("reason"), b::reason);
    b.addAllEnforces(o.texts("enforces"));
    setIfPresent(o.text("officialResponse"), b::officialResponse);
    if (version == FormatVersion.V1_0) {
      laterProperties(o, "inferences", "knownSince");
      if (status == PersonnelAction.Status.ANNOUNCED) {
        note(
            o.pointer() + "/status",
            "ANNOUNCED kept as ANNOUNCED (announced by the agency); in 1.0 it also covered"
                + " actions only reported as decided, which 2.0 marks REPORTED");
      }
    } else {
      b.addAllInferences(
          o.each(
              "inferences",
              i -> {
                String attribute = i.text("attribute");
                String note = i.text("note");
                i.finish();
                return record(i, () -> new Inference(orNull(attribute), orNull(note)));
              }));
      setIfPresent(o.date("knownSince"), b::knownSince);
    }
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
    b.addAllActions(
        o.each("actions", a -> (OversightAction) entity(EntityKind.OVERSIGHT_ACTION, a)));
    knownSince(o, b::knownSince);
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
    PartialDate date = o.date("date");
    setIfPresent(date, b::date);
    setIfPresent(o.enumValue("liability", LiabilityType.class), b::liability);
    b.addAllDefendants(o.enums("defendants", Defendant.class));
    b.addAllRoles(o.terms("roles", ROLES));
    b.addAllConducts(o.terms("conducts", CONDUCTS));
    setIfPresent(o.text("route"), b::route);
    if (version == FormatVersion.V1_0) {
      OversightAction.Outcome outcome = o.enumValue("outcome", OversightAction.Outcome.class);
      String detail = o.text("outcomeDetail");
      List<String> citations = o.texts("citations");
      laterProperties(o, "outcomes", "knownSince");
      b.addAllCitations(citations);
      Function<List<String>, String> step = path -> outcomeStepIn1_0(o, path);
      // The action's only step is outcomes[0]: what follows the index is the step's attribute.
      o.alias("outcomes", rest -> step.apply(rest.isEmpty() ? rest : rest.subList(1, rest.size())));
      if (outcome == null && !o.has("outcome")) {
        o.missing("outcome");
      } else if (outcome != null) {
        OversightAction.OutcomeStep converted =
            record(
                step,
                () ->
                    new OversightAction.OutcomeStep(
                        outcome,
                        java.util.Optional.ofNullable(date),
                        java.util.Optional.ofNullable(detail),
                        List.of(),
                        List.of(),
                        citations));
        if (converted == null) {
          // The step's own problems (the action's citations, its detail) explain the missing step.
          explained(o.pointer() + "/outcome");
        } else {
          b.addOutcomes(converted);
          note(
              o.pointer() + "/outcome",
              "outcome "
                  + outcome
                  + " became a single outcome step"
                  + (date == null
                      ? ", undated as the action is"
                      : " dated as the action (" + ModelTrees.date(date) + ")")
                  + (detail == null ? "" : ", with outcomeDetail as its detail")
                  + ", citing the action's citations");
        }
      }
    } else {
      b.addAllOutcomes(o.each("outcomes", this::outcomeStep));
      replacedProperties(
          o, "'outcome' and 'outcomeDetail' became 'outcomes'", "outcome", "outcomeDetail");
      setIfPresent(o.date("knownSince"), b::knownSince);
      b.addAllCitations(o.texts("citations"));
    }
    o.finish();
    return build(o, EntityKind.OVERSIGHT_ACTION, id, b::build);
  }

  private OversightAction.@Nullable OutcomeStep outcomeStep(Obj s) {
    OversightAction.Outcome outcome = s.enumValue("outcome", OversightAction.Outcome.class);
    PartialDate date = s.date("date");
    String detail = s.text("detail");
    List<OversightAction.Ground> grounds = s.enums("grounds", OversightAction.Ground.class);
    List<Remedy> yields = s.enums("yields", Remedy.class);
    List<String> citations = s.texts("citations");
    s.finish();
    return record(
        s,
        () ->
            new OversightAction.OutcomeStep(
                orNull(outcome),
                java.util.Optional.ofNullable(date),
                java.util.Optional.ofNullable(detail),
                grounds,
                yields,
                citations));
  }

  /**
   * Where an attribute of the outcome step converted from a 1.0 action comes from: the action's
   * {@code outcome}, {@code date}, {@code outcomeDetail} and {@code citations}.
   */
  private static String outcomeStepIn1_0(Obj action, List<String> attributePath) {
    if (attributePath.isEmpty()) {
      return action.pointer() + "/outcome";
    }
    String property =
        switch (attributePath.get(0)) {
          case "date" -> "date";
          case "detail" -> "outcomeDetail";
          case "citations" -> "citations";
          default -> "outcome";
        };
    String rest =
        property.equals("outcome") ? "" : pointerOf(attributePath.subList(1, attributePath.size()));
    return action.pointer() + "/" + property + rest;
  }

  private @Nullable LegalRoute legalRoute(Obj o) {
    String id = o.id();
    var b = LegalRoute.builder();
    setIfPresent(o.text("id"), b::id);
    setIfPresent(o.text("name"), b::name);
    setIfPresent(o.enumValue("liability", LiabilityType.class), b::liability);
    b.addAllConducts(o.terms("conducts", CONDUCTS));
    b.addAllDefendants(o.enums("defendants", Defendant.class));
    b.addAllRoles(o.terms("roles", ROLES));
    setIfPresent(o.text("forum"), b::forum);
    setIfPresent(o.text("standardOfProof"), b::standardOfProof);
    setIfPresent(o.text("initiatedBy"), b::initiatedBy);
    setIfPresent(o.enumValue("availability", LegalRoute.Availability.class), b::availability);
    setIfPresent(o.text("restriction"), b::restriction);
    setIfPresent(o.date("restrictedSince"), b::restrictedSince);
    b.addAllRestrictedBy(o.texts("restrictedBy"));
    b.addAllEnforcedBy(o.texts("enforcedBy"));
    if (version == FormatVersion.V1_0) {
      laterProperties(
          o,
          "preconditions",
          "hurdles",
          "substitution",
          "appeal",
          "claimants",
          "protects",
          "remedies",
          "knownSince");
    } else {
      b.addAllPreconditions(o.each("preconditions", this::precondition));
      b.addAllHurdles(o.each("hurdles", this::hurdle));
      Obj s = o.object("substitution");
      if (s != null) {
        List<Role> roles = s.terms("roles", ROLES);
        String description = s.text("description");
        List<String> citations = s.texts("citations");
        s.finish();
        setIfPresent(
            record(s, () -> new LegalRoute.Substitution(roles, orNull(description), citations)),
            b::substitution);
      }
      Obj a = o.object("appeal");
      if (a != null) {
        Boolean available = a.bool("available");
        String description = a.text("description");
        List<String> citations = a.texts("citations");
        if (available == null && !a.has("available")) {
          a.missing("available");
        }
        a.finish();
        setIfPresent(
            record(
                a,
                () ->
                    new LegalRoute.Appeal(
                        available != null && available, orNull(description), citations)),
            b::appeal);
      }
      b.addAllClaimants(o.terms("claimants", ROLES));
      b.addAllProtects(o.terms("protects", CONDUCTS));
      b.addAllRemedies(o.enums("remedies", Remedy.class));
      setIfPresent(o.date("knownSince"), b::knownSince);
    }
    b.addAllCitations(o.texts("citations"));
    o.finish();
    return build(o, EntityKind.LEGAL_ROUTE, id, b::build);
  }

  private LegalRoute.@Nullable Precondition precondition(Obj p) {
    String statement = p.text("statement");
    List<Role> roles = p.terms("roles", ROLES);
    List<Conduct> conducts = p.terms("conducts", CONDUCTS);
    LegalRoute.Precondition.Status status =
        p.enumValue("status", LegalRoute.Precondition.Status.class);
    List<String> citations = p.texts("citations");
    p.finish();
    return record(
        p,
        () ->
            new LegalRoute.Precondition(
                orNull(statement), roles, conducts, orNull(status), citations));
  }

  private LegalRoute.@Nullable Hurdle hurdle(Obj h) {
    LegalRoute.Hurdle.Kind kind = h.enumValue("kind", LegalRoute.Hurdle.Kind.class);
    String description = h.text("description");
    List<Role> roles = h.terms("roles", ROLES);
    List<String> citations = h.texts("citations");
    h.finish();
    return record(
        h, () -> new LegalRoute.Hurdle(orNull(kind), orNull(description), roles, citations));
  }

  private @Nullable Claim claim(Obj o) {
    String id = o.id();
    var b = Claim.builder();
    setIfPresent(o.text("id"), b::id);
    setIfPresent(o.text("statement"), b::statement);
    setIfPresent(o.enumValue("status", Claim.EvidenceStatus.class), b::status);
    b.addAllSources(
        o.each(
            "sources",
            s -> {
              String citation = s.text("citation");
              Claim.Stance stance = s.enumValue("stance", Claim.Stance.class);
              s.finish();
              return record(s, () -> new Claim.Source(orNull(citation), orNull(stance)));
            }));
    setIfPresent(o.text("absenceOfEvidence"), b::absenceOfEvidence);
    b.addAllAbout(o.texts("about"));
    if (version == FormatVersion.V1_0) {
      laterProperties(o, "conducts", "roles", "knownSince");
    } else {
      b.addAllConducts(o.terms("conducts", CONDUCTS));
      b.addAllRoles(o.terms("roles", ROLES));
      setIfPresent(o.date("knownSince"), b::knownSince);
    }
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
    knownSince(o, b::knownSince);
    b.addAllCitations(o.texts("citations"));
    o.finish();
    return build(o, EntityKind.OBSERVATION, id, b::build);
  }

  /** A fact's {@code knownSince}, which 1.0 did not have. */
  private void knownSince(Obj o, java.util.function.Consumer<PartialDate> setter) {
    if (version == FormatVersion.V1_0) {
      laterProperties(o, "knownSince");
    } else {
      setIfPresent(o.date("knownSince"), setter);
    }
  }

  private @Nullable Actor actor(Obj parent, String name) {
    Obj a = parent.object(name);
    if (a == null) {
      return null;
    }
    String description = a.text("description");
    List<String> names = a.texts("names");
    Role role = a.term("role", ROLES);
    a.finish();
    return record(
        a,
        () ->
            new Actor(
                orNull(description),
                com.google.common.collect.ImmutableList.copyOf(names),
                java.util.Optional.ofNullable(role)));
  }

  /** In a document of an older version, the properties later versions added are unknown. */
  private void laterProperties(Obj o, String... names) {
    for (String name : names) {
      if (o.raw(name) != null) {
        unknown(o.at(name), name, "not part of format " + version + " (added in 2.0)");
      }
    }
  }

  /** In a current document, the properties that 1.0 had and 2.0 replaced are unknown. */
  private void replacedProperties(Obj o, String replacement, String... names) {
    for (String name : names) {
      if (o.raw(name) != null) {
        unknown(o.at(name), name, "not part of format " + version + ", in which " + replacement);
      }
    }
  }

  // -------------------------------------------------------------- building

  private <T> @Nullable T build(Obj o, EntityKind kind, @Nullable String id, Supplier<T> build) {
    if (id != null) {
      pointers.merge(new EntityKey(kind.typeName(), id), o, ModelReader::alsoRead);
      documentIds.add(id);
    }
    // A repeated "id" property is reported as such; the ids it also gave are the document's too,
    // so that references to them are not reported as dangling.
    documentIds.addAll(o.node.repeatedStrings("id"));
    return record(o, build);
  }

  /**
   * Builds a value read from an object, moving each problem its checks report to the pointer of the
   * attribute at fault (see {@link Obj#pointerOf}).
   */
  private <T> @Nullable T record(Obj o, Supplier<T> build) {
    return record(o::pointerOf, build);
  }

  /** Builds a value, moving each problem its checks report to where the attribute came from. */
  private <T> @Nullable T record(Function<List<String>, String> where, Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        modelProblem(where.apply(p.attributePath()), p);
      }
      return null;
    }
  }

  /** Reports a problem of the model's checks at a pointer, unless one there explains it already. */
  private void modelProblem(String pointer, Problem p) {
    if (tree.markedAtOrBelow(pointer)) {
      return;
    }
    report(tree.relocate(p, pointer));
  }

  /**
   * Where a problem of the framework's checks is: the object its entity was read from (the later
   * one for a duplicate id), or, for the framework's own attributes, the document's top level.
   */
  private String frameworkPointer(Problem p) {
    List<String> path = p.attributePath();
    Object candidates =
        p.entityKind().isEmpty() || p.entityId().isEmpty()
            ? null
            : pointers.get(new EntityKey(p.entityKind().get(), p.entityId().get()));
    if (candidates == null) {
      return pointerOf(path);
    }
    if (candidates instanceof Obj only) {
      return only.pointerOf(path);
    }
    @SuppressWarnings("unchecked")
    Deque<Obj> several = (Deque<Obj>) candidates;
    boolean duplicate = p.code() == Code.DUPLICATE_ID;
    Obj at = duplicate && several.size() > 1 ? several.removeLast() : several.getFirst();
    return at.pointerOf(path);
  }

  /** The entities read of one kind and id, by the kind's type name (as problems name it). */
  private record EntityKey(String typeName, String id) {}

  /** One object read for an entity, or, when its id was read again, all of them in order. */
  private static Object alsoRead(Object earlier, Object later) {
    Deque<Obj> all;
    if (earlier instanceof Obj first) {
      all = new ArrayDeque<>(4);
      all.add(first);
    } else {
      @SuppressWarnings("unchecked")
      Deque<Obj> several = (Deque<Obj>) earlier;
      all = several;
    }
    all.add((Obj) later);
    return all;
  }

  /**
   * Whether a reference dangles only because the entity it names was in the document but could not
   * be built, or was named by a repeated "id" property whose value the reader left out; its own
   * problems are reported instead.
   */
  private boolean danglesOnlyBecauseAnEntityFailed(Problem p) {
    return p.code() == Code.DANGLING_REFERENCE
        && p.reference().filter(documentIds::contains).isPresent();
  }

  /** The JSON Pointer, relative to the value an attribute path starts at, of that attribute. */
  static String pointerOf(List<String> attributePath) {
    StringBuilder out = new StringBuilder();
    for (String step : attributePath) {
      out.append('/').append(LocatedTree.escape(step));
    }
    return out.toString();
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
    tree.mark(p.jsonPointer().orElse(""));
  }

  private void report(Code code, String pointer, String message) {
    report(tree.problem(code, pointer, message));
  }

  private void unknown(String pointer, String name) {
    unknown(pointer, name, "not part of the format");
  }

  /** An unknown property, with why: another version of the format may have it. */
  private void unknown(String pointer, String name, String why) {
    if (lenient) {
      warnings.add(
          tree.problem(Code.UNKNOWN_PROPERTY, pointer, ProblemMessages.ignoredProperty(name, why)));
    } else {
      report(Code.UNKNOWN_PROPERTY, pointer, ProblemMessages.unknownProperty(name, why));
    }
  }

  /** What reading a 1.0 document assumed, as a warning at the value it rests on. */
  private void note(String pointer, String message) {
    warnings.add(tree.problem(Code.ASSUMED, pointer, AS_1_0 + message));
  }

  /**
   * Marks a pointer as explained by problems reported elsewhere, so that a problem the model then
   * reports there (a step missing because it could not be converted) is not reported too.
   */
  private void explained(String pointer) {
    tree.mark(pointer);
  }

  private void throwIfAny() {
    if (!problems.isEmpty()) {
      throw problems.exception();
    }
  }

  /** The constant of that name that the document's version has, or null. */
  private <E extends Enum<E>> @Nullable E enumConstant(String text, Class<E> type) {
    E constant = constant(text, type);
    return constant != null && version.has(constant) ? constant : null;
  }

  /** The constant of an enum with that name, whichever version has it, or null. */
  static <E extends Enum<E>> @Nullable E constant(String text, Class<E> type) {
    return type.cast(CONSTANTS.get(type).get(text));
  }

  /** Each enum's constants by name, found once rather than copied at every value read. */
  private static final ClassValue<Map<String, Enum<?>>> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          Map<String, Enum<?>> byName = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            byName.put(e.name(), e);
          }
          return Map.copyOf(byName);
        }
      };

  /** The names of the constants the document's version has. */
  private String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .filter(version::has)
        .map(Enum::name)
        .collect(Collectors.joining(", "));
  }

  /** The message for a name that is not a constant of the document's version. */
  private String unknownValue(String text, Class<? extends Enum<?>> type) {
    boolean later =
        Arrays.stream(type.getEnumConstants())
            .anyMatch(c -> c.name().equals(text) && !version.has(c));
    return later
        ? ProblemMessages.unknownValue(text, names(type), text + " was added in format 2.0")
        : ProblemMessages.unknownValue(text, names(type));
  }

  /**
   * Why a text that has the shape of a date is not a calendar date: {@code '2025-02-30' is not a
   * calendar date: day 30 is out of range 1..28 of 2025-02}.
   */
  private static String notACalendarDate(String text) {
    int from = text.charAt(0) == '~' ? 1 : 0;
    int length = text.length() - from - (text.endsWith("~") ? 1 : 0);
    int year = Integer.parseInt(text.substring(from, from + 4));
    int month = length >= 7 ? Integer.parseInt(text.substring(from + 5, from + 7)) : 1;
    int day = length == 10 ? Integer.parseInt(text.substring(from + 8, from + 10)) : 1;
    String why = ProblemMessages.notInCalendar(year, month, day);
    return Problem.quote(text) + " is not a calendar date" + (why == null ? "" : ": " + why);
  }

  /**
   * Whether a text is a date at its precision, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
   * in ASCII digits, approximate with the ISO 8601-2 trailing {@code ~} the format writes or the
   * leading {@code ~} of {@code PartialDate.toString()}, never both. Asked only of a text that is
   * not a date, to tell a text of another shape from a day the calendar does not have.
   */
  private static boolean isDate(String text) {
    int n = text.length();
    boolean leading = n > 0 && text.charAt(0) == '~';
    boolean trailing = n > 1 && text.charAt(n - 1) == '~';
    if (leading && trailing) {
      return false;
    }
    int from = leading ? 1 : 0;
    int length = n - from - (trailing ? 1 : 0);
    if (length != 4 && length != 7 && length != 10) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(from + i);
      if ((i == 4 || i == 7) ? c != '-' : (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * One JSON object being read: the shared typed getters, and what is the format's own: its enums,
   * roles and conducts, dates and lists, and unknown properties. It also knows where each attribute
   * of the value built from it came from, so that the model's problems land on the right pointer
   * even when some elements of a list could not be read.
   */
  private final class Obj extends LocatedObject<Obj> {
    /** What {@link #keep} is given when every element was kept. */
    private static final int[] ALL = {};

    /** For each list read, the index in the document of each element the value was given. */
    private @Nullable Map<String, int[]> kept;

    /** Attributes that come from elsewhere in this version's document, by the rest of the path. */
    private @Nullable Map<String, Function<List<String>, String>> aliases;

    Obj(LocatedTree.Obj node, String pointer) {
      super(node, pointer);
    }

    /** The object at property {@code name} of {@code parent}, or at {@code index} in its array. */
    Obj(LocatedTree.Obj node, Obj parent, String name, int index) {
      super(node, parent, name, index);
    }

    @Override
    void report(Code code, String pointer, String message) {
      ModelReader.this.report(code, pointer, message);
    }

    @Override
    Obj child(LocatedTree.Obj node, String name, int index) {
      return new Obj(node, this, name, index);
    }

    /**
     * The JSON Pointer of a model attribute of the value built from this object, such as {@code
     * preconditions[1].roles} (given as its {@link Problem#attributePath()}): the index is the
     * element's index in the document, which differs from the model's when an earlier element could
     * not be read.
     */
    String pointerOf(List<String> attributePath) {
      if (attributePath.isEmpty()) {
        return pointer();
      }
      String name = attributePath.get(0);
      List<String> rest = attributePath.subList(1, attributePath.size());
      Function<List<String>, String> alias = aliases == null ? null : aliases.get(name);
      if (alias != null) {
        return alias.apply(rest);
      }
      int[] from = kept == null ? null : kept.get(name);
      if (from != null && !rest.isEmpty()) {
        // A list read element by element: the model's index is among the elements kept.
        int i = Integer.parseInt(rest.get(0));
        String index = i < from.length ? Integer.toString(from[i]) : rest.get(0);
        return at(name) + "/" + index + ModelReader.pointerOf(rest.subList(1, rest.size()));
      }
      return at(name) + ModelReader.pointerOf(rest);
    }

    /**
     * Says that a model attribute comes from elsewhere, as 1.0's {@code outcome} does; {@code
     * where} is given the rest of the attribute path.
     */
    void alias(String attribute, Function<List<String>, String> where) {
      Map<String, Function<List<String>, String>> map = aliases;
      if (map == null) {
        map = new HashMap<>();
        aliases = map;
      }
      map.put(attribute, where);
    }

    /**
     * Remembers which elements of a list read element by element the value was given, when some
     * were left out; when none were, a model index is the document's.
     */
    private void keep(String name, List<Integer> from, int count) {
      keep(
          name,
          from.size() == count ? ALL : from.stream().mapToInt(Integer::intValue).toArray(),
          count);
    }

    private void keep(String name, int[] from, int count) {
      Map<String, int[]> map = kept;
      if (from == ALL || from.length == count) {
        if (map != null) {
          map.remove(name);
        }
        return;
      }
      if (map == null) {
        map = new HashMap<>();
        kept = map;
      }
      map.put(name, from);
    }

    /** The id, for locating cross-entity problems, whatever else is wrong. */
    @Nullable String id() {
      return node.get("id") instanceof String id ? id : null;
    }

    <E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type) {
      String text = text(name);
      if (text == null) {
        return null;
      }
      E value = enumConstant(text, type);
      if (value == null) {
        report(Code.UNKNOWN_VALUE, at(name), unknownValue(text, type));
      }
      return value;
    }

    /** A role or conduct named by its id (see {@link ModelReader#term}). */
    <T> @Nullable T term(String name, Vocabulary<T> vocabulary) {
      String text = text(name);
      return text == null ? null : ModelReader.this.term(text, this, name, -1, vocabulary);
    }

    /** Roles or conducts named by their ids, each read as {@link #term} reads one. */
    <T> List<T> terms(String name, Vocabulary<T> vocabulary) {
      List<T> out = new ArrayList<>();
      List<Integer> from = new ArrayList<>();
      List<Object> elements = elements(name);
      for (int i = 0; i < elements.size(); i++) {
        Object e = elements.get(i);
        if (!(e instanceof String text)) {
          wrongType(at(name, i), "a string", e);
          continue;
        }
        T value = ModelReader.this.term(text, this, name, i, vocabulary);
        if (value != null) {
          out.add(value);
          from.add(i);
        }
      }
      keep(name, from, elements.size());
      return out;
    }

    @Nullable PartialDate date(String name) {
      String text = text(name);
      if (text == null) {
        return null;
      }
      Optional<PartialDate> date = PartialDate.tryParse(text);
      if (date.isPresent()) {
        return date.get();
      }
      report(
          Code.INVALID_VALUE,
          at(name),
          isDate(text)
              ? notACalendarDate(text)
              : Problem.quote(text)
                  + " is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, with a trailing ~"
                  + " when approximate");
      return null;
    }

    /**
     * Reads each object of an array property into a value, remembering where the values read came
     * from; elements that are not objects or could not be read are left out.
     */
    <T> List<T> each(String name, Function<Obj, @Nullable T> read) {
      List<T> out = new ArrayList<>();
      List<Integer> from = new ArrayList<>();
      List<Object> elements = elements(name);
      for (int i = 0; i < elements.size(); i++) {
        Object e = elements.get(i);
        if (!(e instanceof LocatedTree.Obj object)) {
          wrongType(at(name, i), "an object", e);
          continue;
        }
        T value = read.apply(new Obj(object, this, name, i));
        if (value != null) {
          out.add(value);
          from.add(i);
        }
      }
      keep(name, from, elements.size());
      return out;
    }

    /**
     * The objects of an array property, each made when it is reached; elements that are not objects
     * are reported first.
     */
    List<Obj> objects(String name) {
      List<Object> elements = elements(name);
      int[] from = new int[elements.size()];
      int count = 0;
      for (int i = 0; i < elements.size(); i++) {
        if (elements.get(i) instanceof LocatedTree.Obj) {
          from[count++] = i;
        } else {
          wrongType(at(name, i), "an object", elements.get(i));
        }
      }
      keep(name, Arrays.copyOf(from, count), elements.size());
      int size = count;
      return new java.util.AbstractList<>() {
        @Override
        public Obj get(int k) {
          int i = from[k];
          return new Obj((LocatedTree.Obj) elements.get(i), Obj.this, name, i);
        }

        @Override
        public int size() {
          return size;
        }
      };
    }

    List<String> texts(String name) {
      List<String> out = new ArrayList<>();
      List<Integer> from = new ArrayList<>();
      List<Object> elements = elements(name);
      for (int i = 0; i < elements.size(); i++) {
        Object e = elements.get(i);
        if (e instanceof String text) {
          out.add(text);
          from.add(i);
        } else {
          wrongType(at(name, i), "a string", e);
        }
      }
      keep(name, from, elements.size());
      return out;
    }

    <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
      List<E> out = new ArrayList<>();
      List<Integer> from = new ArrayList<>();
      List<Object> elements = elements(name);
      for (int i = 0; i < elements.size(); i++) {
        Object e = elements.get(i);
        if (!(e instanceof String text)) {
          wrongType(at(name, i), "a string", e);
          continue;
        }
        E value = enumConstant(text, type);
        if (value == null) {
          report(Code.UNKNOWN_VALUE, at(name, i), unknownValue(text, type));
        } else {
          out.add(value);
          from.add(i);
        }
      }
      keep(name, from, elements.size());
      return out;
    }

    /** A property no getter asked for is unknown. */
    @Override
    void unread(String name) {
      unknown(at(name), name);
    }
  }
}

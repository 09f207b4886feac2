package org.accountability.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.accountability.model.Remedy;
import org.accountability.model.Role;
import org.accountability.model.ValidationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads input of the current format that has no problem straight from the parser's tokens into the
 * model's builders, and declines everything else: the first thing it does not expect (a problem, a
 * warning to give, an older version, properties in an order it does not read) makes it give up, and
 * the located reader ({@link LocatedTree} and {@link ModelReader}) reads the same input again and
 * reports it. So the located tree, and every located problem, is built only for input that needs
 * one, and a value this reader returns is the value the located reader returns for that input.
 *
 * <p>What it accepts is a subset of what the located reader accepts: the same properties of format
 * {@value AccountabilityJson#FORMAT_VERSION}, each once, with values of the same types, checked by
 * the same model builders; a header ({@code format}, {@code roles} and {@code conducts}) before the
 * entity arrays of a document, and {@code type} first in a JSON Lines record, as the writer writes
 * them. Anything it cannot decide is declined, never guessed.
 */
final class DirectReader {
  /** How the reader gives up: thrown, without a stack trace, and caught where it started. */
  private static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Declined() {
      super("declined", null, false, false);
    }
  }

  /** Giving up: a new exception each time, without a stack trace, so cheap to make. */
  private static Declined declined() {
    return new Declined();
  }

  /** The deepest objects the format nests, and the most properties any of its objects has. */
  private static final int MAX_DEPTH = 8;

  private static final int MAX_PROPERTIES = 32;

  private final JsonParser parser;
  private final LocatedTree.SharedStrings strings;
  private @Nullable Declarations declarations;

  /**
   * The names of the properties read so far in each open object, to find a repeated one: room a
   * JSON Lines stream reuses for each of its lines.
   */
  static final class Names {
    private final String[][] names = new String[MAX_DEPTH][MAX_PROPERTIES];
    private final int[] counts = new int[MAX_DEPTH];
  }

  private final String[][] names;
  private final int[] counts;
  private int depth = -1;

  private DirectReader(
      JsonParser parser,
      LocatedTree.SharedStrings strings,
      Names names,
      @Nullable Declarations declarations) {
    this.parser = parser;
    this.strings = strings;
    this.names = names.names;
    this.counts = names.counts;
    this.declarations = declarations;
  }

  /**
   * A framework document read whole, or empty when the located reader must read it.
   *
   * @param parser a parser at the start of the input
   */
  static Optional<AccountabilityFramework> document(JsonParser parser) {
    DirectReader reader =
        new DirectReader(parser, new LocatedTree.SharedStrings(), new Names(), null);
    try {
      AccountabilityFramework framework = reader.framework();
      return parser.nextToken() == null ? Optional.of(framework) : Optional.empty();
    } catch (Declined | JacksonException | ValidationException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * One JSON Lines record of the current version: an entity, or the declarations of a {@code
   * FRAMEWORK} header (a first record only).
   *
   * @param entity the entity read, or null for a header
   * @param declarations the declarations of the lines after it
   */
  record Line(@Nullable Entity entity, @Nullable Declarations declarations) {}

  /**
   * One JSON Lines record read whole, or empty when the located reader must read it.
   *
   * @param parser a parser at the start of the line
   * @param strings the stream's shared strings
   * @param names the stream's room for property names
   * @param declarations what the stream's header declared, if it has one
   * @param first whether this is the stream's first record, the only one that may be a header
   */
  static Optional<Line> jsonLine(
      JsonParser parser,
      LocatedTree.SharedStrings strings,
      Names names,
      @Nullable Declarations declarations,
      boolean first) {
    DirectReader reader = new DirectReader(parser, strings, names, declarations);
    try {
      Line line = reader.line(first);
      return parser.nextToken() == null ? Optional.of(line) : Optional.empty();
    } catch (Declined | JacksonException | ValidationException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  // ------------------------------------------------------------ documents

  private AccountabilityFramework framework() {
    open(parser.nextToken());
    AccountabilityFramework.Builder b = AccountabilityFramework.builder();
    boolean format = false;
    boolean entities = false;
    Map<String, Role> roles = null;
    Map<String, Conduct> conducts = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "format" -> {
          format();
          format = true;
        }
        case "title" -> b.title(text());
        case "agency" -> b.agency(text());
        case "question" -> b.question(text());
        case "roles" -> {
          if (entities) {
            throw declined();
          }
          roles = roles();
        }
        case "conducts" -> {
          if (entities) {
            throw declined();
          }
          conducts = conducts(b);
        }
        default -> {
          if (!format || roles == null || conducts == null) {
            throw declined();
          }
          if (!entities) {
            entities = true;
            declarations = new Declarations(roles, conducts, true);
            b.addRoles(roles.values());
            b.addConducts(conducts.values());
          }
          section(name, b);
        }
      }
    }
    if (!format || roles == null || conducts == null) {
      throw declined();
    }
    if (!entities) {
      b.addRoles(roles.values());
      b.addConducts(conducts.values());
    }
    return b.build();
  }

  private void section(String name, AccountabilityFramework.Builder b) {
    switch (name) {
      case "citations" -> b.addCitations(each(this::citation));
      case "directives" -> b.addDirectives(each(this::directive));
      case "personnelActions" -> b.addPersonnelActions(each(this::personnelAction));
      case "oversightBodies" -> b.addOversightBodies(each(this::oversightBody));
      case "routes" -> b.addRoutes(each(this::legalRoute));
      case "claims" -> b.addClaims(each(this::claim));
      case "observations" -> b.addObservations(each(this::observation));
      default -> throw declined();
    }
  }

  /** The {@code format} object, which must name this format and its current version. */
  private void format() {
    open(parser.nextToken());
    boolean name = false;
    boolean version = false;
    for (String n = nextName(); n != null; n = nextName()) {
      switch (n) {
        case "name" -> name = word().equals(AccountabilityJson.FORMAT_NAME);
        case "version" -> version = word().equals(AccountabilityJson.FORMAT_VERSION);
        default -> throw declined();
      }
    }
    if (!name || !version) {
      throw declined();
    }
  }

  private Map<String, Role> roles() {
    Map<String, Role> roles = new LinkedHashMap<>();
    for (JsonToken t = startArray(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      open(t);
      String id = null;
      String name = null;
      String description = null;
      for (String n = nextName(); n != null; n = nextName()) {
        switch (n) {
          case "id" -> id = text();
          case "name" -> name = text();
          case "description" -> description = text();
          default -> throw declined();
        }
      }
      if (id == null || name == null || description == null) {
        throw declined();
      }
      Role role = Role.of(id, name, description);
      if (roles.putIfAbsent(role.id(), role) != null) {
        throw declined();
      }
    }
    return roles;
  }

  /** The declared conducts; the unlawful ones are given to {@code b}, when there is one. */
  private Map<String, Conduct> conducts(AccountabilityFramework.@Nullable Builder b) {
    Map<String, Conduct> conducts = new LinkedHashMap<>();
    for (JsonToken t = startArray(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      open(t);
      String id = null;
      String name = null;
      String description = null;
      Boolean unlawful = null;
      for (String n = nextName(); n != null; n = nextName()) {
        switch (n) {
          case "id" -> id = text();
          case "name" -> name = text();
          case "description" -> description = text();
          case "unlawful" -> unlawful = bool();
          default -> throw declined();
        }
      }
      if (id == null || name == null || description == null || unlawful == null) {
        throw declined();
      }
      Conduct conduct = Conduct.of(id, name, description);
      if (conducts.putIfAbsent(conduct.id(), conduct) != null) {
        throw declined();
      }
      if (unlawful && b != null) {
        b.addUnlawfulConducts(conduct);
      }
    }
    return conducts;
  }

  // ------------------------------------------------------------ JSON Lines

  private Line line(boolean first) {
    open(parser.nextToken());
    if (!"type".equals(nextName())) {
      throw declined();
    }
    String type = word();
    if (type.equals(JsonLines.FRAMEWORK_TYPE)) {
      if (!first) {
        throw declined();
      }
      header();
      return new Line(null, declarations);
    }
    EntityKind kind = constant(type, EntityKind.class);
    Entity entity =
        switch (kind) {
          case CITATION -> citation();
          case DIRECTIVE -> directive();
          case PERSONNEL_ACTION -> personnelAction();
          case OVERSIGHT_BODY -> oversightBody();
          case OVERSIGHT_ACTION -> oversightAction();
          case LEGAL_ROUTE -> legalRoute();
          case CLAIM -> claim();
          case OBSERVATION -> observation();
        };
    if (ModelReader.isUncited(entity)) {
      throw declined();
    }
    return new Line(entity, declarations);
  }

  /** The rest of a {@code FRAMEWORK} header record, after its {@code type}. */
  private void header() {
    boolean format = false;
    boolean title = false;
    boolean agency = false;
    Map<String, Role> roles = null;
    Map<String, Conduct> conducts = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "format" -> {
          format();
          format = true;
        }
        case "title" -> title = !word().isBlank();
        case "agency" -> agency = !word().isBlank();
        case "question" -> {
          if (word().isBlank()) {
            throw declined();
          }
        }
        case "roles" -> roles = roles();
        case "conducts" -> conducts = conducts(null);
        default -> throw declined();
      }
    }
    if (!format || !title || !agency || roles == null || conducts == null) {
      throw declined();
    }
    declarations = new Declarations(roles, conducts, false);
  }

  // ------------------------------------------------------------ entities

  /** An entity object, read from its start; in a JSON Lines record, after its {@code type}. */
  private Citation citation() {
    openUnlessRecord();
    var b = Citation.builder();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "id" -> b.id(text());
        case "title" -> b.title(text());
        case "publisher" -> b.publisher(text());
        case "host" -> b.host(text());
        case "date" -> b.date(date());
        case "url" -> b.url(text());
        case "kind" -> b.kind(constant(Citation.Kind.class));
        case "primary" -> b.primary(bool());
        case "legalReference" -> b.legalReference(legalReference());
        case "fictional" -> b.fictional(bool());
        default -> throw declined();
      }
    }
    return b.build();
  }

  private LegalReference legalReference() {
    open(parser.nextToken());
    String volume = null;
    String reporter = null;
    String locator = null;
    Boolean section = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "volume" -> volume = text();
        case "reporter" -> reporter = text();
        case "locator" -> locator = text();
        case "section" -> section = bool();
        default -> throw declined();
      }
    }
    if (section == null) {
      throw declined();
    }
    return new LegalReference(given(volume), given(reporter), given(locator), section);
  }

  private Directive directive() {
    openUnlessRecord();
    var b = Directive.builder();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "id" -> b.id(text());
        case "kind" -> b.kind(constant(Directive.Kind.class));
        case "summary" -> b.summary(text());
        case "issuer" -> b.issuer(actor());
        case "addressee" -> b.addressee(actor());
        case "effective" -> b.effective(date());
        case "ended" -> b.ended(date());
        case "supersedes" -> b.supersedes(supersession());
        case "target" -> b.target(target());
        case "announcedAccountability" -> b.announcedAccountability(text());
        case "denials" -> b.addAllDenials(each(this::denial));
        case "conducts" -> b.addAllConducts(terms(ModelReader.CONDUCTS));
        case "knownSince" -> b.knownSince(date());
        case "citations" -> b.addAllCitations(texts());
        default -> throw declined();
      }
    }
    return b.build();
  }

  private Directive.Supersession supersession() {
    open(parser.nextToken());
    String directive = null;
    Boolean raises = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "directive" -> directive = text();
        case "raises" -> raises = bool();
        default -> throw declined();
      }
    }
    if (raises == null) {
      throw declined();
    }
    return new Directive.Supersession(given(directive), raises);
  }

  private NumericalTarget target() {
    open(parser.nextToken());
    String metric = null;
    String scope = null;
    Double low = null;
    Double high = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "metric" -> metric = text();
        case "scope" -> scope = text();
        case "low" -> low = number();
        case "high" -> high = number();
        default -> throw declined();
      }
    }
    if (low == null) {
      throw declined();
    }
    return new NumericalTarget(given(metric), given(scope), low, Optional.ofNullable(high));
  }

  private Directive.Denial denial() {
    open(parser.currentToken());
    String statement = null;
    String citation = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "statement" -> statement = text();
        case "citation" -> citation = text();
        default -> throw declined();
      }
    }
    return new Directive.Denial(given(statement), given(citation));
  }

  private PersonnelAction personnelAction() {
    openUnlessRecord();
    var b = PersonnelAction.builder();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "id" -> b.id(text());
        case "kind" -> b.kind(constant(PersonnelAction.Kind.class));
        case "summary" -> b.summary(text());
        case "subjectRole" -> b.subjectRole(term(ModelReader.ROLES));
        case "subjectDescription" -> b.subjectDescription(text());
        case "subjectNames" -> b.addAllSubjectNames(texts());
        case "actor" -> b.actor(actor());
        case "date" -> b.date(date());
        case "until" -> b.until(date());
        case "nature" -> b.nature(constant(PersonnelAction.Nature.class));
        case "status" -> b.status(constant(PersonnelAction.Status.class));
        case "conduct" -> b.conduct(term(ModelReader.CONDUCTS));
        case "reason" -> b.reason(text());
        case "enforces" -> b.addAllEnforces(texts());
        case "officialResponse" -> b.officialResponse(text());
        case "inferences" -> b.addAllInferences(each(this::inference));
        case "knownSince" -> b.knownSince(date());
        case "citations" -> b.addAllCitations(texts());
        default -> throw declined();
      }
    }
    return b.build();
  }

  private Inference inference() {
    open(parser.currentToken());
    String attribute = null;
    String note = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "attribute" -> attribute = text();
        case "note" -> note = text();
        default -> throw declined();
      }
    }
    return new Inference(given(attribute), given(note));
  }

  private OversightBody oversightBody() {
    openUnlessRecord();
    var b = OversightBody.builder();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "id" -> b.id(text());
        case "name" -> b.name(text());
        case "kind" -> b.kind(constant(OversightBody.Kind.class));
        case "levers" -> b.addAllLevers(constants(Lever.class));
        case "actions" -> b.addAllActions(each(this::oversightAction));
        case "knownSince" -> b.knownSince(date());
        case "citations" -> b.addAllCitations(texts());
        default -> throw declined();
      }
    }
    return b.build();
  }

  private OversightAction oversightAction() {
    openUnlessRecord();
    var b = OversightAction.builder();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "id" -> b.id(text());
        case "lever" -> b.lever(constant(Lever.class));
        case "summary" -> b.summary(text());
        case "date" -> b.date(date());
        case "liability" -> b.liability(constant(LiabilityType.class));
        case "defendants" -> b.addAllDefendants(constants(Defendant.class));
        case "roles" -> b.addAllRoles(terms(ModelReader.ROLES));
        case "conducts" -> b.addAllConducts(terms(ModelReader.CONDUCTS));
        case "route" -> b.route(text());
        case "outcomes" -> b.addAllOutcomes(each(this::outcomeStep));
        case "knownSince" -> b.knownSince(date());
        case "citations" -> b.addAllCitations(texts());
        default -> throw declined();
      }
    }
    return b.build();
  }

  private OversightAction.OutcomeStep outcomeStep() {
    open(parser.currentToken());
    OversightAction.Outcome outcome = null;
    PartialDate date = null;
    String detail = null;
    List<OversightAction.Ground> grounds = List.of();
    List<Remedy> yields = List.of();
    List<String> citations = List.of();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "outcome" -> outcome = constant(OversightAction.Outcome.class);
        case "date" -> date = date();
        case "detail" -> detail = text();
        case "grounds" -> grounds = constants(OversightAction.Ground.class);
        case "yields" -> yields = constants(Remedy.class);
        case "citations" -> citations = texts();
        default -> throw declined();
      }
    }
    return new OversightAction.OutcomeStep(
        given(outcome),
        Optional.ofNullable(date),
        Optional.ofNullable(detail),
        grounds,
        yields,
        citations);
  }

  private LegalRoute legalRoute() {
    openUnlessRecord();
    var b = LegalRoute.builder();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "id" -> b.id(text());
        case "name" -> b.name(text());
        case "liability" -> b.liability(constant(LiabilityType.class));
        case "conducts" -> b.addAllConducts(terms(ModelReader.CONDUCTS));
        case "defendants" -> b.addAllDefendants(constants(Defendant.class));
        case "roles" -> b.addAllRoles(terms(ModelReader.ROLES));
        case "forum" -> b.forum(text());
        case "standardOfProof" -> b.standardOfProof(text());
        case "initiatedBy" -> b.initiatedBy(text());
        case "availability" -> b.availability(constant(LegalRoute.Availability.class));
        case "restriction" -> b.restriction(text());
        case "restrictedSince" -> b.restrictedSince(date());
        case "restrictedBy" -> b.addAllRestrictedBy(texts());
        case "enforcedBy" -> b.addAllEnforcedBy(texts());
        case "preconditions" -> b.addAllPreconditions(each(this::precondition));
        case "hurdles" -> b.addAllHurdles(each(this::hurdle));
        case "substitution" -> b.substitution(substitution());
        case "appeal" -> b.appeal(appeal());
        case "claimants" -> b.addAllClaimants(terms(ModelReader.ROLES));
        case "protects" -> b.addAllProtects(terms(ModelReader.CONDUCTS));
        case "remedies" -> b.addAllRemedies(constants(Remedy.class));
        case "knownSince" -> b.knownSince(date());
        case "citations" -> b.addAllCitations(texts());
        default -> throw declined();
      }
    }
    return b.build();
  }

  private LegalRoute.Precondition precondition() {
    open(parser.currentToken());
    String statement = null;
    List<Role> roles = List.of();
    List<Conduct> conducts = List.of();
    LegalRoute.Precondition.Status status = null;
    List<String> citations = List.of();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "statement" -> statement = text();
        case "roles" -> roles = terms(ModelReader.ROLES);
        case "conducts" -> conducts = terms(ModelReader.CONDUCTS);
        case "status" -> status = constant(LegalRoute.Precondition.Status.class);
        case "citations" -> citations = texts();
        default -> throw declined();
      }
    }
    return new LegalRoute.Precondition(given(statement), roles, conducts, given(status), citations);
  }

  private LegalRoute.Hurdle hurdle() {
    open(parser.currentToken());
    LegalRoute.Hurdle.Kind kind = null;
    String description = null;
    List<Role> roles = List.of();
    List<String> citations = List.of();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "kind" -> kind = constant(LegalRoute.Hurdle.Kind.class);
        case "description" -> description = text();
        case "roles" -> roles = terms(ModelReader.ROLES);
        case "citations" -> citations = texts();
        default -> throw declined();
      }
    }
    return new LegalRoute.Hurdle(given(kind), given(description), roles, citations);
  }

  private LegalRoute.Substitution substitution() {
    open(parser.nextToken());
    List<Role> roles = List.of();
    String description = null;
    List<String> citations = List.of();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "roles" -> roles = terms(ModelReader.ROLES);
        case "description" -> description = text();
        case "citations" -> citations = texts();
        default -> throw declined();
      }
    }
    return new LegalRoute.Substitution(roles, given(description), citations);
  }

  private LegalRoute.Appeal appeal() {
    open(parser.nextToken());
    Boolean available = null;
    String description = null;
    List<String> citations = List.of();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "available" -> available = bool();
        case "description" -> description = text();
        case "citations" -> citations = texts();
        default -> throw declined();
      }
    }
    if (available == null) {
      throw declined();
    }
    return new LegalRoute.Appeal(available, given(description), citations);
  }

  private Claim claim() {
    openUnlessRecord();
    var b = Claim.builder();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "id" -> b.id(text());
        case "statement" -> b.statement(text());
        case "status" -> b.status(constant(Claim.EvidenceStatus.class));
        case "sources" -> b.addAllSources(each(this::source));
        case "absenceOfEvidence" -> b.absenceOfEvidence(text());
        case "about" -> b.addAllAbout(texts());
        case "conducts" -> b.addAllConducts(terms(ModelReader.CONDUCTS));
        case "roles" -> b.addAllRoles(terms(ModelReader.ROLES));
        case "knownSince" -> b.knownSince(date());
        default -> throw declined();
      }
    }
    return b.build();
  }

  private Claim.Source source() {
    open(parser.currentToken());
    String citation = null;
    Claim.Stance stance = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "citation" -> citation = text();
        case "stance" -> stance = constant(Claim.Stance.class);
        default -> throw declined();
      }
    }
    return new Claim.Source(given(citation), given(stance));
  }

  private Observation observation() {
    openUnlessRecord();
    var b = Observation.builder();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "id" -> b.id(text());
        case "metric" -> b.metric(text());
        case "scope" -> b.scope(text());
        case "value" -> b.value(number());
        case "qualifier" -> b.qualifier(constant(Observation.Qualifier.class));
        case "period" -> b.period(date());
        case "periodLabel" -> b.periodLabel(text());
        case "knownSince" -> b.knownSince(date());
        case "citations" -> b.addAllCitations(texts());
        default -> throw declined();
      }
    }
    return b.build();
  }

  private Actor actor() {
    open(parser.nextToken());
    String description = null;
    List<String> names = List.of();
    Role role = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "description" -> description = text();
        case "names" -> names = texts();
        case "role" -> role = term(ModelReader.ROLES);
        default -> throw declined();
      }
    }
    return new Actor(
        given(description),
        com.google.common.collect.ImmutableList.copyOf(names),
        Optional.ofNullable(role));
  }

  // ------------------------------------------------------------ values

  /**
   * Opens an object at the token given: a new set of property names, in which a repeated one
   * declines.
   */
  private void open(@Nullable JsonToken token) {
    if (token != JsonToken.START_OBJECT || depth + 1 >= MAX_DEPTH) {
      throw declined();
    }
    depth++;
    counts[depth] = 0;
  }

  /**
   * Opens an entity's object at the current token (an element of an array), unless it is a JSON
   * Lines record, whose object is open already (its {@code type} was read).
   */
  private void openUnlessRecord() {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      open(JsonToken.START_OBJECT);
    }
  }

  /** The next property's name, or null at the end of the object; a repeated name declines. */
  private @Nullable String nextName() {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_OBJECT) {
      depth--;
      return null;
    }
    if (token != JsonToken.PROPERTY_NAME) {
      throw declined();
    }
    String name = parser.currentName();
    String[] seen = names[depth];
    int count = counts[depth];
    // Names are compared by their hashes first, which strings keep: names of one length, most of
    // them, differ there without a comparison of their characters.
    int hash = name.hashCode();
    for (int i = 0; i < count; i++) {
      if (seen[i].hashCode() == hash && seen[i].equals(name)) {
        throw declined();
      }
    }
    if (count == MAX_PROPERTIES) {
      throw declined();
    }
    seen[count] = name;
    counts[depth] = count + 1;
    return name;
  }

  /** A string the model keeps, shared with the same strings read before it. */
  private String text() {
    return strings.shared(word());
  }

  /** A string the reader turns into something else (a date, a constant, a term). */
  private String word() {
    if (parser.nextToken() != JsonToken.VALUE_STRING) {
      throw declined();
    }
    return parser.getString();
  }

  private boolean bool() {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw declined();
  }

  /** A number a double holds exactly, as the located reader requires. */
  private double number() {
    JsonToken token = parser.nextToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw declined();
    }
    LocatedTree.Num n = LocatedTree.number(parser, token);
    if (!Double.isFinite(n.value) || !n.exact()) {
      throw declined();
    }
    return n.value;
  }

  private PartialDate date() {
    Optional<PartialDate> date = PartialDate.tryParse(word());
    if (date.isEmpty()) {
      throw declined();
    }
    return date.get();
  }

  private <E extends Enum<E>> E constant(Class<E> type) {
    return constant(word(), type);
  }

  /**
   * The constant of that name, found in the enum's own directory of its constants; any other name
   * declines, after which the located reader reads the input and reports it.
   */
  private static <E extends Enum<E>> E constant(String name, Class<E> type) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException notAConstant) {
      throw declined();
    }
  }

  /** A role or conduct named by its id, as the located reader resolves it when it can. */
  private <T> T term(ModelReader.Vocabulary<T> vocabulary) {
    return term(word(), vocabulary);
  }

  private <T> T term(String id, ModelReader.Vocabulary<T> vocabulary) {
    Declarations d = declarations;
    if (d != null) {
      T declared = vocabulary.declared().apply(d).get(id);
      if (declared != null) {
        return declared;
      }
    }
    Optional<T> standard = vocabulary.standard().apply(id);
    if (standard.isPresent()) {
      return standard.get();
    }
    if (d == null && ModelReader.TERM_ID.matcher(id).matches()) {
      return vocabulary.undeclared().apply(id);
    }
    throw declined();
  }

  private JsonToken startArray() {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw declined();
    }
    return parser.nextToken();
  }

  private List<String> texts() {
    List<String> out = new ArrayList<>();
    for (JsonToken t = startArray(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t != JsonToken.VALUE_STRING) {
        throw declined();
      }
      out.add(strings.shared(parser.getString()));
    }
    return out;
  }

  private <E extends Enum<E>> List<E> constants(Class<E> type) {
    List<E> out = new ArrayList<>();
    for (JsonToken t = startArray(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t != JsonToken.VALUE_STRING) {
        throw declined();
      }
      out.add(constant(parser.getString(), type));
    }
    return out;
  }

  private <T> List<T> terms(ModelReader.Vocabulary<T> vocabulary) {
    List<T> out = new ArrayList<>();
    for (JsonToken t = startArray(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t != JsonToken.VALUE_STRING) {
        throw declined();
      }
      out.add(term(parser.getString(), vocabulary));
    }
    return out;
  }

  /** An array of objects, each read by {@code read} from its start token. */
  private <T> List<T> each(java.util.function.Supplier<T> read) {
    List<T> out = new ArrayList<>();
    for (JsonToken t = startArray(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        throw declined();
      }
      out.add(read.get());
    }
    return out;
  }

  /** A value the input gave; one it did not declines. */
  private static <T> T given(@Nullable T value) {
    if (value == null) {
      throw declined();
    }
    return value;
  }
}

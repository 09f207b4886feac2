package org.accountability.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.accountability.model.Citation.Kind;
import org.accountability.model.Claim.EvidenceStatus;
import org.accountability.model.Claim.Stance;
import org.accountability.model.Defendant;
import org.accountability.model.LegalRoute.Availability;
import org.accountability.model.LegalRoute.Hurdle;
import org.accountability.model.LegalRoute.Precondition;
import org.accountability.model.Lever;
import org.accountability.model.LiabilityType;
import org.accountability.model.Observation.Qualifier;
import org.accountability.model.OversightAction.Ground;
import org.accountability.model.OversightAction.Outcome;
import org.accountability.model.PersonnelAction.Nature;
import org.accountability.model.PersonnelAction.Status;
import org.accountability.model.Remedy;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference the library is measured against: plain Java records that mirror the JSON format
 * property for property, read and written by Jackson databind with no validation, no indexes and no
 * checks across entities. Roles, conducts, ids and dates stay strings (a partial date such as
 * {@code 2025-10~} has no plain Java type); the closed vocabularies reuse the model's enums.
 *
 * <p>An absent list reads as an empty one; an absent optional value reads as {@code null}. The same
 * records serve a document ({@link Document}) and JSON Lines ({@link Line}, one per line, told
 * apart by the {@code type} property as in the library's export).
 */
public final class Plain {
  private Plain() {}

  /** Reads and writes documents: the records as they are. */
  public static final JsonMapper DOCUMENTS =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(
              v ->
                  JsonInclude.Value.construct(
                      JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
          .build();

  /** Reads and writes JSON Lines: each line names its type first. */
  public static final JsonMapper LINES =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(
              v ->
                  JsonInclude.Value.construct(
                      JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
          .addMixIn(Line.class, LineTypes.class)
          .build();

  /** A reader of one document. */
  public static final ObjectReader DOCUMENT_READER = DOCUMENTS.readerFor(Document.class);

  /** A writer of one document, indented as the library indents. */
  public static final ObjectWriter DOCUMENT_WRITER =
      DOCUMENTS.writerFor(Document.class).withDefaultPrettyPrinter();

  /** A reader of a sequence of lines. */
  public static final ObjectReader LINE_READER = LINES.readerFor(Line.class);

  /** A writer of one line. */
  public static final ObjectWriter LINE_WRITER = LINES.writerFor(Line.class);

  /** The type names of JSON Lines records, as the library writes them. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Header.class, name = "FRAMEWORK"),
    @JsonSubTypes.Type(value = Citation.class, name = "CITATION"),
    @JsonSubTypes.Type(value = Directive.class, name = "DIRECTIVE"),
    @JsonSubTypes.Type(value = PersonnelAction.class, name = "PERSONNEL_ACTION"),
    @JsonSubTypes.Type(value = OversightBody.class, name = "OVERSIGHT_BODY"),
    @JsonSubTypes.Type(value = Route.class, name = "LEGAL_ROUTE"),
    @JsonSubTypes.Type(value = Claim.class, name = "CLAIM"),
    @JsonSubTypes.Type(value = Observation.class, name = "OBSERVATION"),
  })
  private interface LineTypes {}

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  /** One line of a JSON Lines export: the header, then one entity a line. */
  public sealed interface Line
      permits Header,
          Citation,
          Directive,
          PersonnelAction,
          OversightBody,
          Route,
          Claim,
          Observation {}

  /** A whole document. */
  public record Document(
      Format format,
      String title,
      String agency,
      @Nullable String question,
      List<RoleDeclaration> roles,
      List<ConductDeclaration> conducts,
      List<Citation> citations,
      List<Directive> directives,
      List<PersonnelAction> personnelActions,
      List<OversightBody> oversightBodies,
      List<Route> routes,
      List<Claim> claims,
      List<Observation> observations) {
    /** Absent lists are empty. */
    public Document {
      roles = orEmpty(roles);
      conducts = orEmpty(conducts);
      citations = orEmpty(citations);
      directives = orEmpty(directives);
      personnelActions = orEmpty(personnelActions);
      oversightBodies = orEmpty(oversightBodies);
      routes = orEmpty(routes);
      claims = orEmpty(claims);
      observations = orEmpty(observations);
    }

    /**
     * The first line of a JSON Lines export of this document.
     *
     * @return the header
     */
    public Header header() {
      return new Header(format, title, agency, question, roles, conducts);
    }

    /**
     * How many entities the document holds, oversight actions included.
     *
     * @return the count
     */
    public int entityCount() {
      int actions = 0;
      for (OversightBody b : oversightBodies) {
        actions += b.actions().size();
      }
      return citations.size()
          + directives.size()
          + personnelActions.size()
          + oversightBodies.size()
          + actions
          + routes.size()
          + claims.size()
          + observations.size();
    }
  }

  /**
   * The JSON Lines header.
   *
   * @param format the format
   * @param title the title
   * @param agency the agency
   * @param question the question
   * @param roles the declared roles
   * @param conducts the declared conducts
   */
  public record Header(
      Format format,
      String title,
      String agency,
      @Nullable String question,
      List<RoleDeclaration> roles,
      List<ConductDeclaration> conducts)
      implements Line {
    /** Absent lists are empty. */
    public Header {
      roles = orEmpty(roles);
      conducts = orEmpty(conducts);
    }
  }

  /**
   * The format's name and version.
   *
   * @param name the name
   * @param version the version
   */
  public record Format(String name, String version) {}

  /**
   * A declared role.
   *
   * @param id the id
   * @param name the readable name
   * @param description the description
   */
  public record RoleDeclaration(String id, String name, String description) {}

  /**
   * A declared conduct.
   *
   * @param id the id
   * @param name the readable name
   * @param description the description
   * @param unlawful whether it is unlawful in the framework's jurisdiction
   */
  public record ConductDeclaration(String id, String name, String description, boolean unlawful) {}

  /**
   * A source.
   *
   * @param id the id
   * @param title the title
   * @param publisher the publisher
   * @param host the host
   * @param date the date
   * @param url the address
   * @param kind the kind
   * @param primary whether it is a primary source
   * @param legalReference the legal citation
   * @param fictional whether it is fictional
   */
  public record Citation(
      String id,
      @Nullable String title,
      String publisher,
      @Nullable String host,
      @Nullable String date,
      @Nullable String url,
      Kind kind,
      boolean primary,
      @Nullable LegalReference legalReference,
      boolean fictional)
      implements Line {}

  /**
   * A legal citation.
   *
   * @param volume the volume
   * @param reporter the reporter or code
   * @param locator the page or section
   * @param section whether the locator is a section
   */
  public record LegalReference(String volume, String reporter, String locator, boolean section) {}

  /**
   * A directive.
   *
   * @param id the id
   * @param kind the kind
   * @param summary the summary
   * @param issuer who issued it
   * @param addressee to whom
   * @param effective when it took effect
   * @param ended when it ended
   * @param supersedes the directive it supersedes
   * @param target its numerical target
   * @param announcedAccountability the accountability announced with it
   * @param denials official denials
   * @param conducts the conducts it bears on
   * @param knownSince when it was first known
   * @param citations its sources
   */
  public record Directive(
      String id,
      org.accountability.model.Directive.Kind kind,
      String summary,
      Actor issuer,
      Actor addressee,
      @Nullable String effective,
      @Nullable String ended,
      @Nullable Supersession supersedes,
      @Nullable Target target,
      @Nullable String announcedAccountability,
      List<Denial> denials,
      List<String> conducts,
      @Nullable String knownSince,
      List<String> citations)
      implements Line {
    /** Absent lists are empty. */
    public Directive {
      denials = orEmpty(denials);
      conducts = orEmpty(conducts);
      citations = orEmpty(citations);
    }
  }

  /**
   * A person or office.
   *
   * @param description the description
   * @param names the people's names
   * @param role the role
   */
  public record Actor(String description, List<String> names, @Nullable String role) {
    /** Absent lists are empty. */
    public Actor {
      names = orEmpty(names);
    }
  }

  /**
   * A supersession.
   *
   * @param directive the directive superseded
   * @param raises whether the new one raises the target
   */
  public record Supersession(String directive, boolean raises) {}

  /**
   * A numerical target.
   *
   * @param metric the metric
   * @param scope the scope
   * @param low the target, or its lower bound
   * @param high the upper bound of a range
   */
  public record Target(String metric, String scope, double low, @Nullable Double high) {}

  /**
   * An official denial.
   *
   * @param statement the statement
   * @param citation its source
   */
  public record Denial(String statement, String citation) {}

  /**
   * A personnel action.
   *
   * @param id the id
   * @param kind the kind
   * @param summary the summary
   * @param subjectRole the role of the people it was taken against
   * @param subjectDescription who they were
   * @param subjectNames their names
   * @param actor who took it
   * @param date when
   * @param until until when
   * @param nature sanction or incentive
   * @param status its status
   * @param conduct the conduct it answers
   * @param reason the reason given
   * @param enforces the directives it enforces
   * @param officialResponse the official response
   * @param inferences the links the sources do not state
   * @param knownSince when it was first known
   * @param citations its sources
   */
  public record PersonnelAction(
      String id,
      org.accountability.model.PersonnelAction.Kind kind,
      String summary,
      String subjectRole,
      @Nullable String subjectDescription,
      List<String> subjectNames,
      @Nullable Actor actor,
      @Nullable String date,
      @Nullable String until,
      Nature nature,
      Status status,
      @Nullable String conduct,
      String reason,
      List<String> enforces,
      @Nullable String officialResponse,
      List<Inference> inferences,
      @Nullable String knownSince,
      List<String> citations)
      implements Line {
    /** Absent lists are empty. */
    public PersonnelAction {
      subjectNames = orEmpty(subjectNames);
      enforces = orEmpty(enforces);
      inferences = orEmpty(inferences);
      citations = orEmpty(citations);
    }
  }

  /**
   * A link the sources do not state.
   *
   * @param attribute the attribute
   * @param note why it is inferred
   */
  public record Inference(String attribute, String note) {}

  /**
   * An oversight body, with its actions.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @param levers its levers
   * @param actions its actions
   * @param knownSince when it was first known
   * @param citations its sources
   */
  public record OversightBody(
      String id,
      String name,
      org.accountability.model.OversightBody.Kind kind,
      List<Lever> levers,
      List<OversightAction> actions,
      @Nullable String knownSince,
      List<String> citations)
      implements Line {
    /** Absent lists are empty. */
    public OversightBody {
      levers = orEmpty(levers);
      actions = orEmpty(actions);
      citations = orEmpty(citations);
    }
  }

  /**
   * An oversight action.
   *
   * @param id the id
   * @param lever the lever used
   * @param summary the summary
   * @param date when
   * @param liability the liability
   * @param defendants against whom
   * @param roles the roles of individual defendants
   * @param conducts the conducts
   * @param route the route it used
   * @param outcomes its outcome steps
   * @param knownSince when it was first known
   * @param citations its sources
   */
  public record OversightAction(
      String id,
      Lever lever,
      String summary,
      @Nullable String date,
      LiabilityType liability,
      List<Defendant> defendants,
      List<String> roles,
      List<String> conducts,
      @Nullable String route,
      List<OutcomeStep> outcomes,
      @Nullable String knownSince,
      List<String> citations) {
    /** Absent lists are empty. */
    public OversightAction {
      defendants = orEmpty(defendants);
      roles = orEmpty(roles);
      conducts = orEmpty(conducts);
      outcomes = orEmpty(outcomes);
      citations = orEmpty(citations);
    }
  }

  /**
   * One step of an action's outcome.
   *
   * @param outcome the outcome
   * @param date when
   * @param detail the detail
   * @param grounds the grounds of a dismissal
   * @param yields what it yielded
   * @param citations its sources
   */
  public record OutcomeStep(
      Outcome outcome,
      @Nullable String date,
      @Nullable String detail,
      List<Ground> grounds,
      List<Remedy> yields,
      List<String> citations) {
    /** Absent lists are empty. */
    public OutcomeStep {
      grounds = orEmpty(grounds);
      yields = orEmpty(yields);
      citations = orEmpty(citations);
    }
  }

  /**
   * A legal route.
   *
   * @param id the id
   * @param name the name
   * @param liability the liability
   * @param conducts the conducts it covers
   * @param defendants who answers
   * @param roles the roles it reaches personally
   * @param forum the forum
   * @param standardOfProof the standard of proof
   * @param initiatedBy who starts it
   * @param availability whether it is open
   * @param restriction why not
   * @param restrictedSince since when
   * @param restrictedBy the sources of the restriction
   * @param enforcedBy the bodies that enforce it
   * @param preconditions its preconditions
   * @param hurdles its hurdles
   * @param substitution who answers in place of individuals
   * @param appeal the appeal
   * @param claimants whom it protects
   * @param protects the conducts it protects
   * @param remedies its remedies
   * @param knownSince when it was first known
   * @param citations its sources
   */
  public record Route(
      String id,
      String name,
      LiabilityType liability,
      List<String> conducts,
      List<Defendant> defendants,
      List<String> roles,
      String forum,
      @Nullable String standardOfProof,
      String initiatedBy,
      Availability availability,
      @Nullable String restriction,
      @Nullable String restrictedSince,
      List<String> restrictedBy,
      List<String> enforcedBy,
      List<RoutePrecondition> preconditions,
      List<RouteHurdle> hurdles,
      @Nullable Substitution substitution,
      @Nullable Appeal appeal,
      List<String> claimants,
      List<String> protects,
      List<Remedy> remedies,
      @Nullable String knownSince,
      List<String> citations)
      implements Line {
    /** Absent lists are empty. */
    public Route {
      conducts = orEmpty(conducts);
      defendants = orEmpty(defendants);
      roles = orEmpty(roles);
      restrictedBy = orEmpty(restrictedBy);
      enforcedBy = orEmpty(enforcedBy);
      preconditions = orEmpty(preconditions);
      hurdles = orEmpty(hurdles);
      claimants = orEmpty(claimants);
      protects = orEmpty(protects);
      remedies = orEmpty(remedies);
      citations = orEmpty(citations);
    }
  }

  /**
   * A precondition of a route.
   *
   * @param statement what must hold
   * @param roles the roles it applies to
   * @param conducts the conducts it applies to
   * @param status whether the sources establish it
   * @param citations its sources
   */
  public record RoutePrecondition(
      String statement,
      List<String> roles,
      List<String> conducts,
      Precondition.Status status,
      List<String> citations) {
    /** Absent lists are empty. */
    public RoutePrecondition {
      roles = orEmpty(roles);
      conducts = orEmpty(conducts);
      citations = orEmpty(citations);
    }
  }

  /**
   * A hurdle of a route.
   *
   * @param kind the kind
   * @param description the description
   * @param roles the roles it applies to
   * @param citations its sources
   */
  public record RouteHurdle(
      Hurdle.Kind kind, String description, List<String> roles, List<String> citations) {
    /** Absent lists are empty. */
    public RouteHurdle {
      roles = orEmpty(roles);
      citations = orEmpty(citations);
    }
  }

  /**
   * Who answers in place of individuals.
   *
   * @param roles the roles
   * @param description the description
   * @param citations its sources
   */
  public record Substitution(List<String> roles, String description, List<String> citations) {
    /** Absent lists are empty. */
    public Substitution {
      roles = orEmpty(roles);
      citations = orEmpty(citations);
    }
  }

  /**
   * An appeal.
   *
   * @param available whether one is available
   * @param description the description
   * @param citations its sources
   */
  public record Appeal(boolean available, String description, List<String> citations) {
    /** Absent lists are empty. */
    public Appeal {
      citations = orEmpty(citations);
    }
  }

  /**
   * A claim.
   *
   * @param id the id
   * @param statement the statement
   * @param status the evidence status
   * @param sources its sources and their stances
   * @param absenceOfEvidence what no source shows
   * @param about the entities it is about
   * @param conducts the conducts
   * @param roles the roles
   * @param knownSince when it was first known
   */
  public record Claim(
      String id,
      String statement,
      EvidenceStatus status,
      List<Source> sources,
      @Nullable String absenceOfEvidence,
      List<String> about,
      List<String> conducts,
      List<String> roles,
      @Nullable String knownSince)
      implements Line {
    /** Absent lists are empty. */
    public Claim {
      sources = orEmpty(sources);
      about = orEmpty(about);
      conducts = orEmpty(conducts);
      roles = orEmpty(roles);
    }
  }

  /**
   * A claim's source.
   *
   * @param citation the citation
   * @param stance its stance
   */
  public record Source(String citation, Stance stance) {}

  /**
   * An observation.
   *
   * @param id the id
   * @param metric the metric
   * @param scope the scope
   * @param value the value
   * @param qualifier how the value relates to the true figure
   * @param period the period
   * @param periodLabel the period in words
   * @param knownSince when it was first known
   * @param citations its sources
   */
  public record Observation(
      String id,
      String metric,
      String scope,
      double value,
      Qualifier qualifier,
      String period,
      @Nullable String periodLabel,
      @Nullable String knownSince,
      List<String> citations)
      implements Line {
    /** Absent lists are empty. */
    public Observation {
      citations = orEmpty(citations);
    }
  }
}

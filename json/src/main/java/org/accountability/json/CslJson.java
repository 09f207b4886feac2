package org.accountability.json;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.accountability.model.Citation;
import org.accountability.model.LegalReference;
import org.accountability.model.PartialDate;
import org.accountability.model.Problem;
import org.accountability.model.ValidationException;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Citations as <a
 * href="https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html">CSL-JSON</a>, the input
 * format of citeproc processors, Zotero, Pandoc and other reference tools: an export that is valid
 * against the official CSL-JSON schema (version 1.0) and an import that reads it back.
 *
 * <pre>{@code
 * List<Citation> citations = CaseStudies.iceDeportationQuotas().citations().list();
 * String csl = CslJson.write(citations);
 * Files.writeString(Path.of("references.json"), csl);   // for pandoc --bibliography, Zotero
 * List<Citation> back = CslJson.read(csl);              // back.equals(citations)
 * }</pre>
 *
 * <p>The export is lossless: {@code read(write(citations))} equals {@code citations} for every list
 * of citations with distinct ids. CSL has no field for some of the model's distinctions (which of
 * {@link Citation.Kind#CASE CASE} and {@link Citation.Kind#COURT_DOCUMENT COURT_DOCUMENT} a {@code
 * legal_case} is, whether a source is primary, whether it is fictional), so each item also carries
 * them in the {@code custom} object that the schema reserves for such data. A statute, for example,
 * is written as
 *
 * <pre>{@code
 * [
 *   {
 *     "id": "usc-18-242",
 *     "type": "legislation",
 *     "title": "18 U.S.C. § 242, Deprivation of rights under color of law",
 *     "publisher": "United States Code",
 *     "container-title": "U.S.C.",
 *     "volume": "18",
 *     "section": "242",
 *     "URL": "https://www.law.cornell.edu/uscode/text/18/242",
 *     "custom": {
 *       "accountability-kind": "STATUTE",
 *       "accountability-primary": true
 *     }
 *   }
 * ]
 * }</pre>
 *
 * <h2>Mapping</h2>
 *
 * <table class="striped">
 *   <caption>Citation attributes and the CSL-JSON variables that hold them</caption>
 *   <thead>
 *     <tr><th scope="col">Citation</th><th scope="col">CSL-JSON</th><th scope="col">Notes</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>{@link Citation#id() id}</td><td>{@code id}</td>
 *       <td>Always a string. On import an integer id is read as its decimal digits; the id must
 *       still be a valid citation id (so Zotero's URI ids are rejected; export with citation keys
 *       instead, or import leniently, which makes them valid).</td></tr>
 *     <tr><td>{@link Citation#kind() kind}</td>
 *       <td>{@code type}, and {@code custom."accountability-kind"} with the kind's name</td>
 *       <td>{@code NEWS_REPORT} &rarr; {@code article-newspaper}, {@code COURT_DOCUMENT} &rarr;
 *       {@code legal_case}, {@code CASE} &rarr; {@code legal_case}, {@code STATUTE} &rarr; {@code
 *       legislation}, {@code PRESS_RELEASE} &rarr; {@code document}, {@code DASHBOARD} &rarr;
 *       {@code dataset}, {@code GOVERNMENT_DOCUMENT} &rarr; {@code report} (CSL's type for a
 *       document an institution issues, government reports among them), {@code
 *       SECONDARY_ANALYSIS} &rarr; {@code report}. On import the custom kind wins and {@code type}
 *       must be the one it is written as. Without a custom kind the type decides: {@code
 *       legal_case} is a {@code CASE} when it has a legal reference and a {@code COURT_DOCUMENT}
 *       otherwise, {@code report} is a {@code SECONDARY_ANALYSIS}; any other CSL type is
 *       rejected (the lenient import skips its item).</td></tr>
 *     <tr><td>{@link Citation#isPrimary() isPrimary}</td>
 *       <td>{@code custom."accountability-primary"}, always written</td>
 *       <td>When absent on import, the kind's default.</td></tr>
 *     <tr><td>{@link Citation#isFictional() isFictional}</td>
 *       <td>{@code custom."accountability-fictional": true} and {@code "note": "fictional"}, both
 *       only for a fictional citation</td>
 *       <td>The note lets people see it in a bibliography. On import the custom flag wins;
 *       without it a note of exactly {@code fictional} marks the citation fictional, and any
 *       other note is ignored.</td></tr>
 *     <tr><td>{@link Citation#title() title}</td><td>{@code title}</td><td></td></tr>
 *     <tr><td>{@link Citation#publisher() publisher}</td>
 *       <td>{@code publisher}; also {@code container-title} for a {@code NEWS_REPORT} without a
 *       legal reference (so citation styles name the newspaper), and {@code authority} (the
 *       court) for a {@code legal_case}</td>
 *       <td>On import {@code publisher} wins; without it, {@code authority} of a {@code
 *       legal_case}, or {@code container-title} of an {@code article-newspaper} without a legal
 *       reference.</td></tr>
 *     <tr><td>{@link Citation#host() host}</td><td>{@code source}</td>
 *       <td>CSL's {@code host} is a list of names (of a broadcast's host), not a site, so the
 *       site that carried the source goes in {@code source}.</td></tr>
 *     <tr><td>{@link Citation#date() date}</td>
 *       <td>{@code issued}: {@code {"date-parts": [[2025]]}}, {@code [[2025, 10]]} or {@code
 *       [[2025, 10, 20]]} at the date's precision, with {@code "circa": true} when
 *       approximate</td>
 *       <td>On import a date part may also be a string of digits, and {@code circa} is read as
 *       citeproc-js reads it (any value but {@code false}, {@code 0} and {@code ""} is true).
 *       Date ranges (two date-parts) are rejected; {@code raw}, {@code literal} and {@code
 *       season} are ignored.</td></tr>
 *     <tr><td>{@link Citation#url() url}</td><td>{@code URL}</td><td></td></tr>
 *     <tr><td>{@link Citation#legalReference() legalReference}</td>
 *       <td>{@code volume}, {@code container-title} (the code or reporter, such as {@code U.S.C.}
 *       or {@code U.S.}; it then replaces the publisher there), and {@code section} for a section
 *       of a code or {@code page} for the first page of a reported case</td>
 *       <td>Written for any kind that has one. On import read when {@code volume} is present and
 *       the item has a custom kind or is a {@code legal_case} or {@code legislation}: other tools
 *       use {@code volume}, {@code section} and {@code page} for journals and newspapers, so on
 *       their other types these are ignored. {@code volume} and {@code page} may also be
 *       integers.</td></tr>
 *   </tbody>
 * </table>
 *
 * <h2>Output</h2>
 *
 * <p>{@link #write(List)} writes a JSON array, one object per citation in list order, with
 * properties in the order of the example above: {@code id}, {@code type}, {@code title}, {@code
 * publisher}, {@code authority}, {@code container-title}, {@code volume}, {@code section} or {@code
 * page}, {@code source}, {@code issued}, {@code URL}, {@code note}, {@code custom}. Absent values
 * are left out (nothing is written as null). The text is indented by two spaces per level, with
 * {@code "name": value}, arrays of numbers on one line, {@code \n} line ends and a final line end;
 * non-ASCII characters are written as themselves (encode the text as UTF-8).
 *
 * <h2>Input</h2>
 *
 * <p>{@link #read(String)} reads a CSL-JSON array. CSL data from other tools carries many variables
 * the model has no place for ({@code author}, {@code abstract}, {@code accessed}, {@code language}
 * and so on): those are ignored, as are unknown keys in {@code custom}. The variables that are read
 * must have the types the schema gives them. Bad input throws one {@link ValidationException}
 * listing every problem, each located by a JSON Pointer into the input and by the line and column
 * where the value starts (for a missing value, where the object that lacks it starts);
 * syntactically malformed JSON is reported at its first error only. Nothing is read unless the
 * whole input is valid. A leading byte order mark is skipped.
 *
 * <p>Bibliographies from other tools often hold items the model cannot (a {@code book}, an {@code
 * article-journal}, an item without a publisher) or values it cannot (a URL without a scheme, a
 * date range). {@link #readLeniently(String)} reads such input item by item: it returns the
 * citations the model can hold, and a warning for each item skipped and each value left out or
 * changed, so that nothing is lost silently.
 *
 * <pre>{@code
 * ReadResult<List<Citation>> result = CslJson.readLeniently(zoteroExport);
 * result.warnings().forEach(System.err::println);
 * // /1/type (line 16, column 13): item '...' skipped: unknown value 'article-journal': expected
 * //   one of article-newspaper, dataset, ...
 * // /2/URL (line 33, column 12): left out of citation '...': 'www.example.org/a.pdf' is not an
 * //   absolute http or https URL
 * }</pre>
 *
 * <p>Input is read within limits, as {@link AccountabilityJson} reads documents: its length, its
 * tokens, its nesting, the length of its strings, names and numbers, and the number of problems
 * listed (the first 1,000 found, then one that says how many more there are). {@link #read(String)}
 * reads with the defaults; {@link #builder()} makes a reader with others.
 *
 * <pre>{@code
 * CslJson strict = CslJson.builder().maxDocumentLength(1 << 20).maxProblems(50).build();
 * List<Citation> citations = strict.readCitations(upload);
 * }</pre>
 *
 * <p>This class and its instances are immutable and thread-safe.
 */
@NullMarked
public final class CslJson {
  private static final String KIND = "accountability-kind";
  private static final String PRIMARY = "accountability-primary";
  private static final String FICTIONAL = "accountability-fictional";
  private static final String FICTIONAL_NOTE = "fictional";

  private static final String NEWSPAPER = "article-newspaper";
  private static final String LEGAL_CASE = "legal_case";
  private static final String LEGISLATION = "legislation";
  private static final String DOCUMENT = "document";
  private static final String DATASET = "dataset";
  private static final String REPORT = "report";

  private static final String TYPES =
      String.join(", ", NEWSPAPER, DATASET, DOCUMENT, LEGAL_CASE, LEGISLATION, REPORT);

  /** The citation kinds, as a problem lists them. */
  private static final String KINDS =
      String.join(", ", java.util.Arrays.stream(Citation.Kind.values()).map(Enum::name).toList());

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The builder, as messages name it. */
  private static final String BUILDER = "CslJson.Builder";

  private static final CslJson DEFAULTS = builder().build();

  private final int maxProblems;
  private final JsonFactory factory;

  private CslJson(Builder b) {
    this.maxProblems = b.maxProblems;
    // A repeated property is a located REPEATED problem of the tree, as in a framework document.
    this.factory =
        AccountabilityJson.factory(
            b.maxNestingDepth,
            b.maxStringLength,
            b.maxDocumentLength,
            b.maxTokenCount,
            b.maxNameLength,
            b.maxNumberLength);
  }

  /**
   * Writes citations as a pretty-printed CSL-JSON array, in the format described on the class.
   *
   * <pre>{@code
   * String csl = CslJson.write(List.of(wapo));
   * // [
   * //   {
   * //     "id": "wapo-2025-01-26",
   * //     "type": "article-newspaper",
   * //     ...
   * //   }
   * // ]
   * }</pre>
   *
   * @param citations the citations, with distinct ids
   * @return the CSL-JSON text, ending with a line end
   * @throws ValidationException if two citations share an id, listing every repeat
   */
  public static String write(List<Citation> citations) {
    requireNonNull(citations, "citations");
    StringBuilder out = new StringBuilder();
    render(toTree(citations), 0, out);
    return out.append('\n').toString();
  }

  /**
   * Turns citations into a CSL-JSON tree, for embedding in other JSON or writing with a mapper of
   * one's own; {@link #write(List)} prints this tree.
   *
   * <pre>{@code
   * ArrayNode items = CslJson.toTree(citations);
   * items.get(0).get("type").asString();   // "article-newspaper"
   * }</pre>
   *
   * @param citations the citations, with distinct ids
   * @return a new array of CSL-JSON items, one per citation in list order
   * @throws ValidationException if two citations share an id, listing every repeat
   */
  public static ArrayNode toTree(List<Citation> citations) {
    requireNonNull(citations, "citations");
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < citations.size(); i++) {
      String id = citations.get(i).id();
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        problems.add(
            Problem.inEntity(
                Problem.Code.DUPLICATE_ID,
                "Citation",
                id,
                "id",
                ProblemMessages.duplicateId(
                    "the citation at index " + earlier, "across the CSL-JSON array")));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    ArrayNode items = NODES.arrayNode();
    for (Citation citation : citations) {
      items.add(item(citation));
    }
    return items;
  }

  /**
   * Reads citations from CSL-JSON, such as the output of {@link #write(List)} or an export from
   * Zotero; variables the model has no place for are ignored.
   *
   * <pre>{@code
   * try {
   *   List<Citation> citations = CslJson.read(Files.readString(Path.of("references.json")));
   * } catch (ValidationException e) {
   *   e.problems().forEach(System.err::println);   // /3/issued/date-parts/0/1 (line 40, ...
   * }
   * }</pre>
   *
   * @param cslJson a CSL-JSON array
   * @return the citations, in array order
   * @throws ValidationException listing every problem of the input, each with its JSON Pointer
   */
  public static List<Citation> read(String cslJson) {
    requireNonNull(cslJson, "cslJson");
    return DEFAULTS.readCitations(cslJson);
  }

  /**
   * Reads citations from CSL-JSON as {@link #read(String)} does, with this instance's limits.
   *
   * <pre>{@code
   * CslJson csl = CslJson.builder().maxProblems(50).build();
   * List<Citation> citations = csl.readCitations(Files.readString(Path.of("references.json")));
   * }</pre>
   *
   * @param cslJson a CSL-JSON array
   * @return the citations, in array order
   * @throws ValidationException listing the problems of the input, each with its JSON Pointer: the
   *     first {@link Builder#maxProblems} of them, then one that says how many more there are
   */
  public List<Citation> readCitations(String cslJson) {
    requireNonNull(cslJson, "cslJson");
    ProblemList problems = ProblemList.inOrderFound(maxProblems, BUILDER);
    LocatedTree tree = parse(cslJson, problems);
    Reader reader = new Reader(tree, problems, null);
    LocatedTree.Arr items = reader.items();
    List<Citation> citations = new ArrayList<>();
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String at = "/" + i;
      Citation citation = reader.item(at, items.get(i));
      String id = reader.lastId;
      if (id != null) {
        Integer earlier = firstIndex.putIfAbsent(id, i);
        if (earlier != null) {
          reader.add(Problem.Code.DUPLICATE_ID, at + "/id", Reader.duplicateId("/" + earlier, id));
        }
      }
      reader.flush(problems);
      if (citation != null) {
        citations.add(citation);
      }
    }
    if (!problems.isEmpty()) {
      throw problems.exception();
    }
    return List.copyOf(citations);
  }

  /**
   * Reads CSL-JSON from other tools leniently: the citations the model can hold, and a warning for
   * everything left out or changed, as {@link #readCitationsLeniently(String)} does with the
   * default limits.
   *
   * <pre>{@code
   * ReadResult<List<Citation>> result = CslJson.readLeniently(Files.readString(zoteroExport));
   * result.warnings().forEach(System.err::println);
   * List<Citation> citations = result.value();
   * }</pre>
   *
   * @param cslJson a CSL-JSON array
   * @return the citations read, in array order, and the warnings, item by item in array order
   * @throws ValidationException if the input is not a CSL-JSON array at all: malformed JSON, over a
   *     read limit, or another value than an array
   */
  public static ReadResult<List<Citation>> readLeniently(String cslJson) {
    requireNonNull(cslJson, "cslJson");
    return DEFAULTS.readCitationsLeniently(cslJson);
  }

  /**
   * Reads CSL-JSON from other tools leniently, with this instance's limits: the items the model can
   * hold become citations, and nothing is left out silently. Each item is either read or skipped,
   * and {@link ReadResult#warnings()} says, located by JSON Pointer (and line and column), with the
   * citation's id when there is one:
   *
   * <ul>
   *   <li>why each item was skipped, in a message that starts with {@code item skipped:} or {@code
   *       item 'id' skipped:}. An item is skipped when the model cannot hold it as a citation: it
   *       is not an object; its {@code type} is one this library does not read (such as {@code
   *       book} or {@code article-journal}) and it has no valid custom kind; it has no publisher;
   *       its id is missing, or not valid and not made valid as below; or it repeats the id of an
   *       item read before it (the first is read).
   *   <li>each value of a read citation that was left out, in a message that starts with {@code
   *       left out of citation 'id':}: a value of the wrong type, a {@code URL} that is not an
   *       absolute http or https URL (a citation without a URL is valid, one with a bad URL is
   *       not), a date the model cannot hold (such as a range), a blank title or source, an
   *       incomplete legal reference;
   *   <li>each variable of a read citation that the model has no place for ({@code author}, {@code
   *       abstract}, {@code accessed}, a journal's {@code volume}, a {@code note} other than {@code
   *       fictional}, a key of {@code custom} not of this library), coded {@link
   *       Problem.Code#UNKNOWN_PROPERTY};
   *   <li>an id that is not a valid citation id (Zotero's URI ids such as {@code
   *       http://zotero.org/users/1/items/ABCD2345}): every run of characters an id cannot have
   *       becomes {@code -}, and leading characters other than letters and digits are dropped
   *       ({@code http:-zotero.org-users-1-items-ABCD2345}); coded {@link Problem.Code#INVALID_ID},
   *       with the id read as.
   * </ul>
   *
   * <p>The values read are read as {@link #readCitations(String)} reads them, with one difference:
   * a {@code legal_case} whose legal reference is left out is a {@link Citation.Kind#COURT_DOCUMENT
   * COURT_DOCUMENT}, as one without {@code volume} is. A citation without a title is valid, so a
   * missing title is not reported. The warnings are those of the items in array order (an item's
   * own in the order found); the first {@link Builder#maxProblems} of them are listed, then one
   * that says how many more there are, so that a huge export reads in bounded memory. A change to
   * an item that is skipped is not reported, only why it is skipped. The lenient read of a valid
   * export of {@link #write(List)} equals {@link #readCitations(String)}, with no warnings.
   *
   * <pre>{@code
   * ReadResult<List<Citation>> result =
   *     CslJson.builder().maxProblems(100).build().readCitationsLeniently(zoteroExport);
   * for (Problem warning : result.warnings()) {
   *   System.err.println(warning);   // /4/URL (line 57, column 14): left out of citation ...
   * }
   * }</pre>
   *
   * @param cslJson a CSL-JSON array
   * @return the citations read, in array order, and the warnings, item by item in array order
   * @throws ValidationException if the input is not a CSL-JSON array at all: malformed JSON (at its
   *     first error), over a read limit, with a property repeated, or another value than an array
   */
  public ReadResult<List<Citation>> readCitationsLeniently(String cslJson) {
    requireNonNull(cslJson, "cslJson");
    ProblemList problems = ProblemList.inOrderFound(maxProblems, BUILDER);
    LocatedTree tree = parse(cslJson, problems);
    if (!problems.isEmpty()) {
      throw problems.exception();
    }
    ProblemList warnings = problems.forWarnings();
    Reader reader = new Reader(tree, problems, warnings);
    LocatedTree.Arr items = reader.items();
    List<Citation> citations = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Citation citation = reader.item("/" + i, items.get(i));
      reader.flushLeniently(citation);
      if (citation != null) {
        citations.add(citation);
      }
    }
    return new ReadResult<>(List.copyOf(citations), warnings.list());
  }

  /** Parses the text; a syntax error or an exceeded limit throws at once. */
  private LocatedTree parse(String cslJson, ProblemList problems) {
    // From a reader, so that the length limit is enforced as the text is read, and located there.
    try (JsonParser parser =
        factory.createParser(
            ObjectReadContext.empty(), Inputs.withoutBom(new java.io.StringReader(cslJson)))) {
      return LocatedTree.read(parser, LocatedTree.CSL, problems);
    }
  }

  /**
   * A builder for a CSL-JSON reader with limits of its own; {@link #read(String)} reads with the
   * defaults.
   *
   * <pre>{@code
   * CslJson csl = CslJson.builder().maxProblems(50).build();
   * }</pre>
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Configures a CSL-JSON reader: its read limits, each enforced as the input is read, and the most
   * problems it lists. Limits must be positive; the defaults are those of {@link
   * AccountabilityJson} ({@link AccountabilityJson#DEFAULT_MAX_DOCUMENT_LENGTH} and so on). What is
   * over a limit stops the read with an {@link Problem.Code#OVER_LIMIT} problem that names the
   * method here that raises it.
   *
   * <pre>{@code
   * List<Citation> citations =
   *     CslJson.builder().maxDocumentLength(1 << 20).maxProblems(10).build().readCitations(text);
   * }</pre>
   */
  public static final class Builder {
    private int maxProblems = AccountabilityJson.DEFAULT_MAX_PROBLEMS;
    private int maxNestingDepth = AccountabilityJson.DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = AccountabilityJson.DEFAULT_MAX_STRING_LENGTH;
    private long maxDocumentLength = AccountabilityJson.DEFAULT_MAX_DOCUMENT_LENGTH;
    private long maxTokenCount = AccountabilityJson.DEFAULT_MAX_TOKEN_COUNT;
    private int maxNameLength = AccountabilityJson.DEFAULT_MAX_NAME_LENGTH;
    private int maxNumberLength = AccountabilityJson.DEFAULT_MAX_NUMBER_LENGTH;

    private Builder() {}

    /**
     * The longest input allowed, in characters.
     *
     * <pre>{@code
     * CslJson csl = CslJson.builder().maxDocumentLength(1_000_000).build();
     * }</pre>
     *
     * @param value a positive length; the default is {@value
     *     AccountabilityJson#DEFAULT_MAX_DOCUMENT_LENGTH}
     * @return this builder
     */
    public Builder maxDocumentLength(long value) {
      this.maxDocumentLength = AccountabilityJson.positive(BUILDER, "maxDocumentLength", value);
      return this;
    }

    /**
     * The most tokens the input may have: each property name, each value and each end of an object
     * or array is one.
     *
     * <pre>{@code
     * CslJson csl = CslJson.builder().maxTokenCount(100_000).build();
     * }</pre>
     *
     * @param value a positive count; the default is {@value
     *     AccountabilityJson#DEFAULT_MAX_TOKEN_COUNT}
     * @return this builder
     */
    public Builder maxTokenCount(long value) {
      this.maxTokenCount = AccountabilityJson.positive(BUILDER, "maxTokenCount", value);
      return this;
    }

    /**
     * The deepest nesting of arrays and objects allowed.
     *
     * <pre>{@code
     * CslJson csl = CslJson.builder().maxNestingDepth(16).build();
     * }</pre>
     *
     * @param value a positive depth; the default is {@value
     *     AccountabilityJson#DEFAULT_MAX_NESTING_DEPTH}
     * @return this builder
     */
    public Builder maxNestingDepth(int value) {
      this.maxNestingDepth = AccountabilityJson.positive(BUILDER, "maxNestingDepth", value);
      return this;
    }

    /**
     * The longest string value allowed, in characters.
     *
     * <pre>{@code
     * CslJson csl = CslJson.builder().maxStringLength(10_000).build();
     * }</pre>
     *
     * @param value a positive length; the default is {@value
     *     AccountabilityJson#DEFAULT_MAX_STRING_LENGTH}
     * @return this builder
     */
    public Builder maxStringLength(int value) {
      this.maxStringLength = AccountabilityJson.positive(BUILDER, "maxStringLength", value);
      return this;
    }

    /**
     * The longest property name allowed, in characters.
     *
     * <pre>{@code
     * CslJson csl = CslJson.builder().maxNameLength(200).build();
     * }</pre>
     *
     * @param value a positive length; the default is {@value
     *     AccountabilityJson#DEFAULT_MAX_NAME_LENGTH}
     * @return this builder
     */
    public Builder maxNameLength(int value) {
      this.maxNameLength = AccountabilityJson.positive(BUILDER, "maxNameLength", value);
      return this;
    }

    /**
     * The longest number allowed, in characters.
     *
     * <pre>{@code
     * CslJson csl = CslJson.builder().maxNumberLength(40).build();
     * }</pre>
     *
     * @param value a positive length; the default is {@value
     *     AccountabilityJson#DEFAULT_MAX_NUMBER_LENGTH}
     * @return this builder
     */
    public Builder maxNumberLength(int value) {
      this.maxNumberLength = AccountabilityJson.positive(BUILDER, "maxNumberLength", value);
      return this;
    }

    /**
     * The most problems one {@link ValidationException} lists: the first ones found. When there are
     * more, the list ends with one more problem, coded {@link Problem.Code#OVER_LIMIT} and located
     * at the first problem left out, that says how many were left out: {@code and 119000 more
     * problems, the first of them at this line and column; only the first 1000 are listed (see
     * CslJson.Builder.maxProblems)}.
     *
     * <pre>{@code
     * CslJson csl = CslJson.builder().maxProblems(20).build();
     * }</pre>
     *
     * @param value a positive number of problems; the default is {@value
     *     AccountabilityJson#DEFAULT_MAX_PROBLEMS}
     * @return this builder
     */
    public Builder maxProblems(int value) {
      this.maxProblems = AccountabilityJson.positive(BUILDER, "maxProblems", value);
      return this;
    }

    /**
     * Builds the configured reader.
     *
     * @return the reader
     */
    public CslJson build() {
      return new CslJson(this);
    }
  }

  // ------------------------------------------------------------------ writing

  private static String cslType(Citation.Kind kind) {
    return switch (kind) {
      case NEWS_REPORT -> NEWSPAPER;
      case COURT_DOCUMENT, CASE -> LEGAL_CASE;
      case STATUTE -> LEGISLATION;
      case PRESS_RELEASE -> DOCUMENT;
      case DASHBOARD -> DATASET;
      case GOVERNMENT_DOCUMENT, SECONDARY_ANALYSIS -> REPORT;
    };
  }

  private static ObjectNode item(Citation citation) {
    ObjectNode o = NODES.objectNode();
    String type = cslType(citation.kind());
    o.put("id", citation.id());
    o.put("type", type);
    citation.title().ifPresent(title -> o.put("title", title));
    o.put("publisher", citation.publisher());
    if (type.equals(LEGAL_CASE)) {
      o.put("authority", citation.publisher());
    }
    Optional<LegalReference> legal = citation.legalReference();
    if (legal.isPresent()) {
      LegalReference reference = legal.get();
      o.put("container-title", reference.reporter());
      o.put("volume", reference.volume());
      o.put(reference.section() ? "section" : "page", reference.locator());
    } else if (citation.kind() == Citation.Kind.NEWS_REPORT) {
      o.put("container-title", citation.publisher());
    }
    citation.host().ifPresent(host -> o.put("source", host));
    citation.date().ifPresent(date -> o.set("issued", issued(date)));
    citation.url().ifPresent(url -> o.put("URL", url));
    if (citation.isFictional()) {
      o.put("note", FICTIONAL_NOTE);
    }
    ObjectNode custom = o.putObject("custom");
    custom.put(KIND, citation.kind().name());
    custom.put(PRIMARY, citation.isPrimary());
    if (citation.isFictional()) {
      custom.put(FICTIONAL, true);
    }
    return o;
  }

  private static ObjectNode issued(PartialDate date) {
    ArrayNode parts = NODES.arrayNode();
    parts.add(date.year());
    date.month().ifPresent(parts::add);
    date.day().ifPresent(parts::add);
    ObjectNode issued = NODES.objectNode();
    issued.putArray("date-parts").add(parts);
    if (date.isApproximate()) {
      issued.put("circa", true);
    }
    return issued;
  }

  /** Prints a tree: objects and arrays holding objects one member a line, other arrays inline. */
  private static void render(JsonNode node, int depth, StringBuilder out) {
    if (node.isObject() && !node.isEmpty()) {
      out.append("{\n");
      String separator = "";
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        out.append(separator);
        indent(depth + 1, out);
        out.append(MAPPER.writeValueAsString(NODES.stringNode(property.getKey()))).append(": ");
        render(property.getValue(), depth + 1, out);
        separator = ",\n";
      }
      out.append('\n');
      indent(depth, out);
      out.append('}');
    } else if (node.isArray() && multiline(node)) {
      out.append("[\n");
      String separator = "";
      for (JsonNode element : node) {
        out.append(separator);
        indent(depth + 1, out);
        render(element, depth + 1, out);
        separator = ",\n";
      }
      out.append('\n');
      indent(depth, out);
      out.append(']');
    } else if (node.isArray()) {
      out.append('[');
      String separator = "";
      for (JsonNode element : node) {
        out.append(separator);
        render(element, depth, out);
        separator = ", ";
      }
      out.append(']');
    } else {
      out.append(MAPPER.writeValueAsString(node));
    }
  }

  private static boolean multiline(JsonNode node) {
    if (node.isObject()) {
      return !node.isEmpty();
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (multiline(element)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void indent(int depth, StringBuilder out) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  // ------------------------------------------------------------------ reading

  /** Reads the items of one document, collecting every problem. */
  private static final class Reader {
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    /** A run of characters that an id cannot have. */
    private static final Pattern NOT_IN_ID = Pattern.compile("[^A-Za-z0-9._:-]+");

    /** The most significant digits a date part may have before it is refused unread. */
    private static final int MAX_DIGITS = 18;

    private final ProblemList problems;
    private final LocatedTree tree;

    /**
     * Whether items the model cannot hold are skipped, and values it cannot hold left out; then
     * what was is reported to the warnings.
     */
    private final boolean lenient;

    private final @Nullable ProblemList warnings;

    /** The problems of the item being read, in the order found, each once, and their pointers. */
    private final List<Problem> current = new ArrayList<>();

    private final Set<Problem> inItem = new HashSet<>();
    private final Set<String> pointersInItem = new HashSet<>();

    /** Those problems of the item being read whose message says what became of the value. */
    private final Set<Problem> complete = new HashSet<>();

    /** The ids of the citations read leniently, with the pointers of their items. */
    private final Map<String, String> readIds = new HashMap<>();

    /** How many problems were added, kept or not. */
    private long added;

    /** The id of the item last read, when it had one of the right type. */
    @Nullable String lastId;

    /**
     * A reader.
     *
     * @param warnings where a lenient reader reports; null for a strict one
     */
    Reader(LocatedTree tree, ProblemList problems, @Nullable ProblemList warnings) {
      this.tree = tree;
      this.problems = problems;
      this.lenient = warnings != null;
      this.warnings = warnings;
    }

    /** The items of the document, which must be an array. */
    LocatedTree.Arr items() {
      if (!(tree.root instanceof LocatedTree.Arr items)) {
        add(
            Problem.Code.WRONG_TYPE,
            "",
            ProblemMessages.wrongType("a CSL-JSON array of items", tree.root));
        flush(problems);
        throw problems.exception();
      }
      return items;
    }

    /** Moves the problems of the item read to a list. */
    void flush(ProblemList to) {
      current.forEach(to::add);
      current.clear();
    }

    /**
     * Moves the problems of the item read leniently to the warnings, each saying whether the item
     * was skipped or which value was left out.
     */
    void flushLeniently(@Nullable Citation citation) {
      String id = citation != null ? citation.id() : lastId;
      for (Problem p : current) {
        String message;
        if (citation == null && complete.contains(p)) {
          // A change to an item that is skipped (its id made valid) is moot.
          continue;
        } else if (citation == null) {
          message =
              "item " + (id == null ? "" : Problem.quote(id) + " ") + "skipped: " + p.message();
        } else if (complete.contains(p)) {
          message = p.message();
        } else {
          message = "left out of citation " + Problem.quote(citation.id()) + ": " + p.message();
        }
        warn(p, id, message);
      }
      current.clear();
      complete.clear();
    }

    /** Adds a warning that names the citation, when it is kept; else counts it. */
    private void warn(Problem p, @Nullable String id, String message) {
      ProblemList to = requireNonNull(warnings, "warnings");
      int line = p.line().orElse(0);
      int column = p.column().orElse(0);
      if (!to.keeps(line, column)) {
        to.omit(line, column);
        return;
      }
      to.add(
          Problem.inEntity(p.code(), "Citation", id == null ? "" : id, p.attributePath(), message)
              .locatedAt(p.jsonPointer().orElse(""), line, column));
    }

    /**
     * Reports a variable of a citation read leniently that it does not hold, straight to the
     * warnings (after the item's problems): an item may have as many as the read limits allow.
     */
    private void ignored(String pointer, Citation citation, String message) {
      ProblemList to = requireNonNull(warnings, "warnings");
      Problem p = tree.problem(Problem.Code.UNKNOWN_PROPERTY, pointer, "");
      int line = p.line().orElse(0);
      int column = p.column().orElse(0);
      if (!to.keeps(line, column)) {
        to.omit(line, column);
        return;
      }
      warn(p, citation.id(), message);
    }

    /** Adds a problem, located at the value or, for a missing one, at the nearest enclosing one. */
    void add(Problem.Code code, String pointer, String message) {
      add(Problem.atPointer(code, pointer, 0, 0, message), pointer);
    }

    /**
     * Adds a problem, moved to a pointer and located as {@link #add(Problem.Code, String, String)}.
     */
    void add(Problem problem, String pointer) {
      Problem located = tree.relocate(problem, pointer);
      if (inItem.add(located)) {
        current.add(located);
        pointersInItem.add(pointer);
        added++;
      }
    }

    /** Adds a problem whose message says what became of the value, to be given as it is. */
    void addComplete(Problem.Code code, String pointer, String message) {
      Problem located = tree.problem(code, pointer, message);
      if (inItem.add(located)) {
        current.add(located);
        complete.add(located);
        added++;
      }
    }

    /** An object of the item being read, whose problems are the item's. */
    private final class Item extends LocatedObject<Item> {
      Item(LocatedTree.Obj node, String pointer) {
        super(node, pointer);
      }

      Item(LocatedTree.Obj node, Item parent, String name, int index) {
        super(node, parent, name, index);
      }

      @Override
      void report(Problem.Code code, String pointer, String message) {
        add(code, pointer, message);
      }

      @Override
      Item child(LocatedTree.Obj node, String name, int index) {
        return new Item(node, this, name, index);
      }
    }

    /** An item's id that the item at an earlier pointer has. */
    static String duplicateId(String earlier, String id) {
      return ProblemMessages.duplicateId(
          "the item at " + earlier + " (" + Problem.quote(id) + ")", "across the CSL-JSON array");
    }

    /** Reads one item, or returns null after adding its problems. */
    @Nullable Citation item(String at, Object value) {
      lastId = null;
      inItem.clear();
      pointersInItem.clear();
      if (!(value instanceof LocatedTree.Obj item)) {
        add(
            Problem.Code.WRONG_TYPE,
            at,
            ProblemMessages.wrongType("a CSL-JSON item (an object)", value));
        return null;
      }
      long before = added;
      Item o = new Item(item, at);

      String id = required(o, "id", true);
      lastId = id;
      String type = type(o);
      Item custom = o.object("custom");
      boolean ours = custom != null && custom.has(KIND);
      Citation.Kind customKind = custom == null ? null : customKind(custom);
      boolean readLegal =
          item.has("volume") && (ours || LEGAL_CASE.equals(type) || LEGISLATION.equals(type));
      Citation.Kind kind = customKind;
      if (kind != null && type != null && !cslType(kind).equals(type)) {
        add(
            Problem.Code.INCONSISTENT,
            at + "/type",
            Problem.quote(type)
                + " does not match custom "
                + KIND
                + " "
                + kind
                + ", which is written as '"
                + cslType(kind)
                + "'");
      }

      String title = o.text("title");
      String publisherFrom = "publisher";
      String publisher = o.text("publisher");
      if (!item.has("publisher")) {
        if (LEGAL_CASE.equals(type) && item.has("authority")) {
          publisherFrom = "authority";
          publisher = o.text(publisherFrom);
        } else if (NEWSPAPER.equals(type) && !readLegal && item.has("container-title")) {
          publisherFrom = "container-title";
          publisher = o.text(publisherFrom);
        }
      }
      LegalReference legal = readLegal ? legalReference(o) : null;
      if (kind == null && type != null) {
        // Leniently, a legal_case whose legal reference is left out has none.
        kind = kindOf(type, lenient ? legal != null : readLegal);
      }
      String host = o.text("source");
      String url = o.text("URL");
      PartialDate date = date(o);

      Boolean primary = custom == null ? null : custom.bool(PRIMARY);
      Boolean fictional = custom == null ? null : custom.bool(FICTIONAL);
      if (fictional == null && (custom == null || !custom.has(FICTIONAL))) {
        String note = o.text("note");
        fictional = FICTIONAL_NOTE.equals(note) ? Boolean.TRUE : null;
      }

      if (lenient) {
        Citation citation =
            lenientCitation(
                at,
                id,
                kind,
                title,
                publisher,
                publisherFrom,
                host,
                date,
                url,
                legal,
                primary,
                fictional);
        if (citation != null) {
          flushLeniently(citation);
          unheld(at, item, citation, publisherFrom, readLegal && legal != null);
        }
        return citation;
      }
      Citation citation;
      try {
        citation =
            citationBuilder(id, kind, title, publisher, host, date, url, legal, primary, fictional)
                .build();
      } catch (ValidationException e) {
        Set<String> reported = new HashSet<>(pointersInItem);
        for (Problem p : e.problems()) {
          String pointer = at + citationPointer(firstStep(p), publisherFrom);
          if (!reported.contains(pointer)) {
            add(p, pointer);
          }
        }
        return null;
      }
      return added == before ? citation : null;
    }

    /**
     * A builder holding the values read from an item; a value that could not be read (null) is left
     * unset, so that the model's checks report a missing one.
     */
    private static Citation.Builder citationBuilder(
        @Nullable String id,
        Citation.@Nullable Kind kind,
        @Nullable String title,
        @Nullable String publisher,
        @Nullable String host,
        @Nullable PartialDate date,
        @Nullable String url,
        @Nullable LegalReference legal,
        @Nullable Boolean primary,
        @Nullable Boolean fictional) {
      Citation.Builder builder =
          Citation.builder()
              .id(id)
              .kind(kind)
              .publisher(publisher)
              .title(Optional.ofNullable(title))
              .host(Optional.ofNullable(host))
              .date(Optional.ofNullable(date))
              .url(Optional.ofNullable(url))
              .legalReference(Optional.ofNullable(legal));
      if (primary != null) {
        builder.primary(primary);
      }
      if (fictional != null) {
        builder.fictional(fictional);
      }
      return builder;
    }

    /**
     * The citation of an item read leniently, or null when it is skipped. A value the model's
     * checks refuse is left out when the citation is valid without it (title, host, URL), and an id
     * they refuse is made valid when it can be; the citation is also skipped when it repeats the id
     * of one read before.
     */
    private @Nullable Citation lenientCitation(
        String at,
        @Nullable String id,
        Citation.@Nullable Kind kind,
        @Nullable String title,
        @Nullable String publisher,
        String publisherFrom,
        @Nullable String host,
        @Nullable PartialDate date,
        @Nullable String url,
        @Nullable LegalReference legal,
        @Nullable Boolean primary,
        @Nullable Boolean fictional) {
      String readId = id;
      String readTitle = title;
      String readHost = host;
      String readUrl = url;
      // The model's problem with the id as written, once it is made valid.
      Problem idAsWritten = null;
      // Each pass leaves out a value or changes the id, so there are at most five.
      while (true) {
        Citation citation;
        try {
          citation =
              citationBuilder(
                      readId, kind, readTitle, publisher, readHost, date, readUrl, legal, primary,
                      fictional)
                  .build();
        } catch (ValidationException e) {
          boolean skip = false;
          Set<String> reported = new HashSet<>(pointersInItem);
          for (Problem p : e.problems()) {
            String attribute = firstStep(p);
            String pointer = at + citationPointer(attribute, publisherFrom);
            switch (attribute) {
              case "title" -> readTitle = null;
              case "host" -> readHost = null;
              case "url" -> readUrl = null;
              case "id" -> {
                String valid = validId(readId == null ? "" : readId);
                if (p.code() == Problem.Code.INVALID_ID
                    && idAsWritten == null
                    && !valid.equals(readId)) {
                  addComplete(
                      Problem.Code.INVALID_ID,
                      pointer,
                      p.message() + "; read as " + Problem.quote(valid));
                  readId = valid;
                  idAsWritten = p;
                  continue;
                }
                skip = true;
                if (idAsWritten != null) {
                  // Made valid, it is still not: the item is skipped for the id as written.
                  add(idAsWritten, pointer);
                  continue;
                }
              }
              default -> skip = true;
            }
            if (!reported.contains(pointer)) {
              add(p, pointer);
            }
          }
          if (skip) {
            return null;
          }
          continue;
        }
        String earlier = readIds.putIfAbsent(citation.id(), at);
        if (earlier != null) {
          add(Problem.Code.DUPLICATE_ID, at + "/id", duplicateId(earlier, citation.id()));
          return null;
        }
        return citation;
      }
    }

    /**
     * An id made valid: each run of characters an id cannot have becomes '-', and what comes before
     * the first letter or digit is dropped. Whether the result is valid (not empty, not too long)
     * is for the model's checks to say.
     */
    private static String validId(String id) {
      String replaced = NOT_IN_ID.matcher(id).replaceAll("-");
      int start = 0;
      while (start < replaced.length() && !Character.isLetterOrDigit(replaced.charAt(start))) {
        start++;
      }
      return replaced.substring(start);
    }

    /**
     * Reports each variable of an item read leniently that its citation does not hold: one the
     * model has no place for, or one that repeats a value read from another only when it repeats it
     * (authority and container-title as the publisher).
     */
    private void unheld(
        String at,
        LocatedTree.Obj item,
        Citation citation,
        String publisherFrom,
        boolean legalRead) {
      for (String name : item.names()) {
        String pointer = at + "/" + LocatedTree.escape(name);
        if (pointersInItem.contains(pointer)) {
          continue;
        }
        Object value = item.get(name);
        boolean held =
            switch (name) {
              case "id", "type", "title", "publisher", "source", "issued", "URL" -> true;
              case "custom" -> {
                if (value instanceof LocatedTree.Obj custom) {
                  unheldCustom(pointer, custom, citation);
                }
                yield true;
              }
              case "authority" ->
                  publisherFrom.equals(name)
                      || (LEGAL_CASE.equals(item.get("type"))
                          && citation.publisher().equals(value));
              case "container-title" ->
                  legalRead
                      || publisherFrom.equals(name)
                      || (NEWSPAPER.equals(item.get("type")) && citation.publisher().equals(value));
              case "volume", "section", "page" -> legalRead;
              case "note" -> FICTIONAL_NOTE.equals(value);
              default -> false;
            };
        if (!held) {
          ignored(
              pointer,
              citation,
              ProblemMessages.ignoredProperty(
                  name, "citation " + Problem.quote(citation.id()) + " has no place for it"));
        }
      }
    }

    private void unheldCustom(String pointer, LocatedTree.Obj custom, Citation citation) {
      for (String name : custom.names()) {
        if (!name.equals(KIND) && !name.equals(PRIMARY) && !name.equals(FICTIONAL)) {
          String at = pointer + "/" + LocatedTree.escape(name);
          if (!pointersInItem.contains(at)) {
            ignored(
                at,
                citation,
                ProblemMessages.ignoredProperty(name, "not a custom key of this library"));
          }
        }
      }
    }

    /** The attribute a problem of the model's checks names, or "" for the value as a whole. */
    private static String firstStep(Problem p) {
      return p.attributePath().isEmpty() ? "" : p.attributePath().get(0);
    }

    /** Where a Citation attribute comes from, as a pointer relative to the item. */
    private static String citationPointer(String attribute, String publisherFrom) {
      return switch (attribute) {
        case "id" -> "/id";
        case "kind" -> "/type";
        case "title" -> "/title";
        case "publisher" -> "/" + publisherFrom;
        case "host" -> "/source";
        case "url" -> "/URL";
        case "date" -> "/issued";
        case "legalReference" -> "/volume";
        case "primary" -> "/custom/" + PRIMARY;
        case "fictional" -> "/custom/" + FICTIONAL;
        default -> "";
      };
    }

    private static Citation.Kind kindOf(String type, boolean hasLegalReference) {
      return switch (type) {
        case NEWSPAPER -> Citation.Kind.NEWS_REPORT;
        case LEGAL_CASE -> hasLegalReference ? Citation.Kind.CASE : Citation.Kind.COURT_DOCUMENT;
        case LEGISLATION -> Citation.Kind.STATUTE;
        case DOCUMENT -> Citation.Kind.PRESS_RELEASE;
        case DATASET -> Citation.Kind.DASHBOARD;
        default -> Citation.Kind.SECONDARY_ANALYSIS;
      };
    }

    private @Nullable String type(Item o) {
      if (!o.has("type")) {
        o.missing("type");
        return null;
      }
      return o.choice(
          "type",
          Reader::readType,
          text -> ProblemMessages.unknownValue(text, TYPES, "the CSL types this library reads"));
    }

    /** A CSL type this library reads, or null. */
    private static @Nullable String readType(String text) {
      return switch (text) {
        case NEWSPAPER, LEGAL_CASE, LEGISLATION, DOCUMENT, DATASET, REPORT -> text;
        default -> null;
      };
    }

    private Citation.@Nullable Kind customKind(Item custom) {
      return custom.choice(
          KIND, Reader::kindNamed, text -> ProblemMessages.unknownValue(text, KINDS));
    }

    /** The citation kind of that name, or null. */
    private static Citation.@Nullable Kind kindNamed(String name) {
      for (Citation.Kind kind : Citation.Kind.values()) {
        if (kind.name().equals(name)) {
          return kind;
        }
      }
      return null;
    }

    /** A required string-valued (or, when allowed, integer-valued) variable; null otherwise. */
    private static @Nullable String required(Item o, String name, boolean integer) {
      if (!o.has(name)) {
        o.missing(name);
        return null;
      }
      return integer ? o.textOrInteger(name) : o.text(name);
    }

    private @Nullable LegalReference legalReference(Item o) {
      long before = added;
      String volume = o.textOrInteger("volume");
      String reporter = o.text("container-title");
      String section = o.text("section");
      String page = o.textOrInteger("page");
      if (!o.has("container-title")) {
        o.missing("container-title", "the code or reporter that volume is in");
      }
      if (o.has("section") && o.has("page")) {
        add(
            Problem.Code.INCONSISTENT,
            o.at("page"),
            "must be left out when section is given: a legal reference has the section of a"
                + " code or the first page of a case, not both");
      } else if (!o.has("section") && !o.has("page")) {
        add(
            Problem.Code.MISSING,
            o.pointer(),
            "has volume but neither section nor page: a legal reference needs the section of a"
                + " code or the first page of a case");
      }
      if (added > before || volume == null || reporter == null) {
        return null;
      }
      String locator = section != null ? section : page;
      if (locator == null) {
        return null;
      }
      try {
        return new LegalReference(volume, reporter, locator, section != null);
      } catch (ValidationException e) {
        for (Problem p : e.problems()) {
          String name =
              switch (firstStep(p)) {
                case "volume" -> "volume";
                case "reporter" -> "container-title";
                case "locator" -> section != null ? "section" : "page";
                default -> "";
              };
          add(p, name.isEmpty() ? o.pointer() : o.at(name));
        }
        return null;
      }
    }

    /** The date an item was issued, or null when it has none or none that can be read. */
    private @Nullable PartialDate date(Item o) {
      Object issuedValue = o.raw("issued");
      if (issuedValue == null) {
        return null;
      }
      if (!(issuedValue instanceof LocatedTree.Obj object)) {
        o.wrongType(o.at("issued"), "an object with date-parts", issuedValue);
        return null;
      }
      Item issued = o.child(object, "issued", -1);
      Object datePartsValue = issued.raw("date-parts");
      boolean circa = circa(issued);
      if (datePartsValue == null) {
        issued.missing("date-parts", "raw and literal dates are not read");
        return null;
      }
      String partsAt = issued.at("date-parts");
      if (!(datePartsValue instanceof LocatedTree.Arr dateParts)) {
        issued.wrongType(partsAt, "an array such as [[2025, 1, 26]]", datePartsValue);
        return null;
      }
      if (dateParts.size() == 2) {
        add(
            Problem.Code.INVALID_VALUE,
            partsAt,
            "is a date range, which a citation cannot hold: give one date");
        return null;
      }
      if (dateParts.size() != 1) {
        add(
            Problem.Code.INVALID_VALUE,
            partsAt,
            "must hold one date such as [2025, 1, 26], found " + dateParts.size() + " elements");
        return null;
      }
      Object partsValue = dateParts.get(0);
      String dateAt = partsAt + "/0";
      if (!(partsValue instanceof LocatedTree.Arr parts)) {
        add(
            Problem.Code.WRONG_TYPE,
            dateAt,
            ProblemMessages.wrongType("an array of year, month and day", partsValue));
        return null;
      }
      if (parts.size() == 0 || parts.size() > 3) {
        add(
            Problem.Code.INVALID_VALUE,
            dateAt,
            "must hold 1 to 3 numbers (year, month, day), found " + parts.size() + " elements");
        return null;
      }
      long before = added;
      String[] values = new String[parts.size()];
      for (int i = 0; i < parts.size(); i++) {
        Object part = parts.get(i);
        if (part instanceof LocatedTree.Num number && number.integral) {
          values[i] = number.text();
        } else if (part instanceof String text && INTEGER.matcher(text).matches()) {
          values[i] = text;
        } else {
          add(
              Problem.Code.WRONG_TYPE,
              dateAt + "/" + i,
              ProblemMessages.wrongType("an integer", part));
        }
      }
      if (added > before) {
        return null;
      }
      int year = inRange(dateAt + "/0", "year", values[0], 9999, "");
      if (year == 0) {
        return null;
      }
      PartialDate date;
      if (values.length == 1) {
        date = PartialDate.ofYear(year);
      } else {
        int month = inRange(dateAt + "/1", "month", values[1], 12, "");
        if (month == 0) {
          return null;
        }
        if (values.length == 2) {
          date = PartialDate.ofMonth(year, month);
        } else {
          YearMonth yearMonth = YearMonth.of(year, month);
          int day =
              inRange(
                  dateAt + "/2", "day", values[2], yearMonth.lengthOfMonth(), " of " + yearMonth);
          if (day == 0) {
            return null;
          }
          date = PartialDate.ofDay(year, month, day);
        }
      }
      return circa ? date.approximately() : date;
    }

    /**
     * The value of a date part's digits when it is in 1..max, else 0 after adding a problem. Digits
     * past the most a long holds are refused before they are converted, and quoted cut short.
     */
    private int inRange(String pointer, String what, String digits, int max, String context) {
      if (significantDigits(digits) > MAX_DIGITS) {
        add(
            Problem.Code.OUT_OF_RANGE,
            pointer,
            ProblemMessages.outOfRange(what, Problem.quote(digits), max, context));
        return 0;
      }
      long value = Long.parseLong(digits);
      if (value > 0 && value <= max) {
        return (int) value;
      }
      add(
          Problem.Code.OUT_OF_RANGE,
          pointer,
          ProblemMessages.outOfRange(what, Long.toString(value), max, context));
      return 0;
    }

    /** How many digits an integer has, its sign and leading zeros aside. */
    private static int significantDigits(String integer) {
      int start = integer.startsWith("-") ? 1 : 0;
      while (start < integer.length() - 1 && integer.charAt(start) == '0') {
        start++;
      }
      return integer.length() - start;
    }

    /** Whether a date is approximate, read as citeproc-js reads circa: by JavaScript truth. */
    private boolean circa(Item issued) {
      Object circa = issued.raw("circa");
      if (circa == null) {
        return false;
      }
      if (circa instanceof Boolean flag) {
        return flag;
      }
      if (circa instanceof LocatedTree.Num number) {
        return number.value != 0 && !Double.isNaN(number.value);
      }
      if (circa instanceof String text) {
        return !text.isEmpty();
      }
      issued.wrongType(issued.at("circa"), "true or false", circa);
      return false;
    }
  }
}

package org.accountability.json;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Assessment;
import org.accountability.model.Entity;
import org.accountability.model.EntityKind;
import org.accountability.model.Problem;
import org.accountability.model.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the accountability model as JSON: whole framework documents and JSON Lines
 * streams of entities. Strict whatever a user's own Jackson settings: reading checks the document
 * as a whole and throws one {@link ValidationException} listing every problem, each with its JSON
 * Pointer, line and column; nothing half-built is returned.
 *
 * <p>Instances are immutable and thread-safe. {@link #create()} gives the strict defaults; {@link
 * #builder()} lets you switch on lenient mode (unknown properties become warnings) or tighten the
 * read limits. I/O failures surface as {@link UncheckedIOException}.
 *
 * <p>Input without a problem or a warning is read straight into the model; input that has one is
 * read again into a tree that knows where each value is, which locates every problem. Either way
 * the result is the same: the framework, or the same problems.
 *
 * <p>A document's header declares the framework's vocabularies: {@code roles} (each with its {@code
 * id}, {@code name} and {@code description}) and {@code conducts} (the same, and whether it is
 * {@code unlawful} in the framework's jurisdiction), standard terms and the framework's own alike.
 * Entities name roles and conducts by id; the reader resolves an id through those declarations,
 * else to the standard term of that id. An id that is neither is a {@code DANGLING_REFERENCE}
 * problem, a repeated declaration a {@code REPEATED} one, and a malformed id an {@code INVALID_ID}
 * one. A JSON Lines {@code FRAMEWORK} header declares them for the lines after it; an entity read
 * without a header (by {@link AccountabilityModule}, or from a stream without one) may name any
 * well-formed id, and a non-standard one is then known by its id alone.
 *
 * <p>The writer writes format {@value #FORMAT_VERSION}. The reader also reads format 1.0, in strict
 * mode too, converting it to the current model; every assumption the conversion makes is a warning
 * of {@link #readWithWarnings(String)} that starts with {@code read as format 1.0:} and points at
 * the value it rests on:
 *
 * <ul>
 *   <li>at {@code /format/version}: the framework's unlawful conducts, which 1.0 could not state,
 *       are the ones 1.0 fixed ({@code RACIAL_PROFILING}, {@code UNLAWFUL_SEIZURE}, {@code
 *       EXCESSIVE_FORCE}; {@code MISSED_QUOTA} lawful);
 *   <li>at each oversight action's {@code outcome}: the outcome (and {@code outcomeDetail}) became
 *       a single outcome step, dated as the action and citing the action's citations;
 *   <li>at each {@code NUMERICAL_TARGET} directive's {@code kind}: the directive bears on {@code
 *       MISSED_QUOTA}, as 1.0 implied;
 *   <li>at each personnel action whose {@code status} is {@code ANNOUNCED}: it stays {@code
 *       ANNOUNCED}, although 1.0's {@code ANNOUNCED} also covered what 2.0 calls {@code REPORTED};
 *   <li>at {@code /claims}: the claims name no conducts or roles.
 * </ul>
 *
 * <p>A 1.0 document may use only what 1.0 had: a property or enum constant added in 2.0 is an error
 * there, as 1.0's {@code outcome} and {@code outcomeDetail} are in a 2.0 document. Its roles and
 * conducts are the closed lists 1.0 had, all of them standard terms now, and the framework read
 * from it declares none.
 *
 * <pre>{@code
 * ReadResult<AccountabilityFramework> old = json.readWithWarnings(Path.of("ice-1.0.json"));
 * old.warnings().forEach(System.err::println);
 * // /format/version (line 4, column 16): read as format 1.0: unlawfulConducts assumed to be ...
 * json.write(old.value(), Path.of("ice.json"));          // the same framework, as format 2.0
 * }</pre>
 *
 * <pre>{@code
 * AccountabilityJson json = AccountabilityJson.create();
 * String text = json.write(CaseStudies.iceDeportationQuotas());
 * AccountabilityFramework back = json.read(text);        // equal to the original
 * json.write(back, Path.of("ice.json"));                  // atomic: all or nothing
 * try (Stream<Entity> entities = json.readJsonLines(Path.of("ice.jsonl"))) {
 *   entities.filter(e -> e instanceof Citation).count();
 * }
 * }</pre>
 */
public final class AccountabilityJson {

  /** The name of the document format, written in every document's {@code format} property. */
  public static final String FORMAT_NAME = "accountability-framework";

  /**
   * The version of the document format this library writes: {@code MAJOR.MINOR}. A reader reads
   * documents of its own major version up to its own minor version, and documents of format 1.0,
   * which it converts (see the class description). A new major version is one that an older reader
   * cannot read.
   */
  public static final String FORMAT_VERSION = "2.0";

  /**
   * The classpath location of the JSON Schema (draft 2020-12) of the document format {@value
   * #FORMAT_VERSION}, which the writer writes.
   */
  public static final String SCHEMA_RESOURCE =
      "/org/accountability/json/accountability-framework-2.0.schema.json";

  /**
   * The classpath location of the JSON Schema of format 1.0, unchanged since that release: for
   * checking 1.0 documents, which the reader still reads.
   */
  public static final String SCHEMA_RESOURCE_1_0 =
      "/org/accountability/json/accountability-framework-1.0.schema.json";

  /** Default limit on nesting depth of arrays and objects. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default limit on the length of one string value, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** Default limit on the length of a document, in characters or bytes. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /**
   * Default limit on the tokens of a document or of one JSON Lines line: each property name, each
   * value and each end of an object or array is one. The bundled case studies have about 3,500.
   */
  public static final long DEFAULT_MAX_TOKEN_COUNT = 500_000;

  /** Default limit on the length of one property name, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 50_000;

  /** Default limit on the length of one number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 1000;

  /** Default limit on the length of one JSON Lines line, in characters: 1 MiB. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1024 * 1024;

  /**
   * Default limit on the problems one {@link ValidationException} lists (and on the warnings of one
   * read): the first 1,000, in input order, then one problem that says how many more there are.
   */
  public static final int DEFAULT_MAX_PROBLEMS = 1000;

  /** The builder, as messages name it. */
  static final String BUILDER = "AccountabilityJson.Builder";

  private static final ObjectWriter PRETTY;
  private static final ObjectWriter COMPACT;

  /**
   * The same writers for UTF-8 bytes, which Jackson encodes itself; a character outside the Basic
   * Multilingual Plane is written as its four bytes, as the writers of text write it, and never as
   * an escaped surrogate pair.
   */
  private static final ObjectWriter PRETTY_UTF8;

  private static final ObjectWriter COMPACT_UTF8;

  static {
    JsonMapper mapper = JsonMapper.builder().build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withArrayIndenter(indenter)
            .withObjectIndenter(indenter);
    // The writers leave the caller's writer open; JSON Lines separates its values itself.
    PRETTY = mapper.writer().with(printer).without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    COMPACT =
        mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).withRootValueSeparator("");
    PRETTY_UTF8 = PRETTY.with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    COMPACT_UTF8 = COMPACT.with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
  }

  private final boolean lenient;
  private final JsonFactory factory;
  private final long maxDocumentLength;
  private final int maxLineLength;
  private final int maxProblems;

  private AccountabilityJson(Builder b) {
    this.lenient = b.lenient;
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxLineLength = b.maxLineLength;
    this.maxProblems = b.maxProblems;
    this.factory =
        factory(
            b.maxNestingDepth,
            b.maxStringLength,
            b.maxDocumentLength,
            b.maxTokenCount,
            b.maxNameLength,
            b.maxNumberLength);
  }

  /** A parser factory that enforces read limits as it reads. */
  static JsonFactory factory(
      int maxNestingDepth,
      int maxStringLength,
      long maxDocumentLength,
      long maxTokenCount,
      int maxNameLength,
      int maxNumberLength) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxDocumentLength(maxDocumentLength)
                .maxTokenCount(maxTokenCount)
                .maxNameLength(maxNameLength)
                .maxNumberLength(maxNumberLength)
                .build())
        .build();
  }

  /**
   * The strict reader and writer with the default limits.
   *
   * <pre>{@code
   * AccountabilityFramework f = AccountabilityJson.create().read(Path.of("ice.json"));
   * }</pre>
   *
   * @return the instance
   */
  public static AccountabilityJson create() {
    return builder().build();
  }

  /**
   * A builder for lenient reading or tighter limits.
   *
   * <pre>{@code
   * AccountabilityJson json = AccountabilityJson.builder()
   *     .lenient(true)
   *     .maxNestingDepth(16)
   *     .maxDocumentLength(1_000_000)
   *     .build();
   * }</pre>
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------ writing

  /**
   * The framework as a document: two-space indentation, the format's property order, a final
   * newline.
   *
   * @param framework the framework
   * @return the JSON text
   */
  public String write(AccountabilityFramework framework) {
    requireNonNull(framework, "framework");
    StringWriter out = new StringWriter();
    writeDocument(framework, PRETTY.createGenerator(out));
    return out.toString();
  }

  /**
   * Writes the framework as a document to a writer, which is left open.
   *
   * @param framework the framework
   * @param out the writer
   */
  public void write(AccountabilityFramework framework, Writer out) {
    requireNonNull(framework, "framework");
    requireNonNull(out, "out");
    writeDocument(framework, PRETTY.createGenerator(out));
  }

  /**
   * Writes the document straight to the generator's target, with no tree or text of the whole in
   * between, then the final newline, and closes the generator, which flushes the target.
   */
  private static void writeDocument(AccountabilityFramework framework, JsonGenerator generator) {
    try (JsonGenerator g = generator) {
      ModelWriter.framework(g, framework);
      g.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes the framework as a UTF-8 document to a stream, which is left open.
   *
   * @param framework the framework
   * @param out the stream
   */
  public void write(AccountabilityFramework framework, OutputStream out) {
    requireNonNull(framework, "framework");
    requireNonNull(out, "out");
    writeDocument(framework, PRETTY_UTF8.createGenerator(out, JsonEncoding.UTF8));
  }

  /**
   * Writes the framework as a UTF-8 document to a file, atomically: the text goes to a temporary
   * file beside the target, which is synced to disk and then replaces the target in one move. The
   * directory is then synced too, where the platform allows it (Windows does not), so that the
   * replacement survives a crash. If anything fails the target is left as it was and the temporary
   * file is removed.
   *
   * <ul>
   *   <li><b>Permissions.</b> A file replaced keeps its POSIX permissions. A new file gets those of
   *       any newly created file, as the umask leaves them. Owner and group are those of a new
   *       file.
   *   <li><b>Symbolic links.</b> A symbolic link is written through: the file it points to, through
   *       any chain of links, is replaced and the link stays. A dangling link is written through as
   *       well: the file its last link names is created, in a directory that must exist.
   *   <li><b>Temporary files.</b> The temporary file is named {@code .<name>.<16 hex
   *       digits>.accountability-tmp}, where a long {@code <name>} is shortened (a prefix and a
   *       hash of the name) so that the whole stays within 255 bytes. A writer killed mid-write
   *       leaves it behind: each write to a file first deletes the temporary files of that same
   *       file that were last modified more than an hour ago. Nothing else is deleted.
   * </ul>
   *
   * <pre>{@code
   * json.write(framework, Path.of("data/ice.json"));
   * }</pre>
   *
   * @param framework the framework
   * @param file the file to create or replace
   * @throws UncheckedIOException if the file cannot be written; the target is then left as it was
   */
  public void write(AccountabilityFramework framework, Path file) {
    requireNonNull(framework, "framework");
    requireNonNull(file, "file");
    AtomicFiles.write(
        file, out -> writeDocument(framework, PRETTY_UTF8.createGenerator(out, JsonEncoding.UTF8)));
  }

  /**
   * An assessment as JSON, entities referred to by id: for a service that returns answers.
   *
   * <pre>{@code
   * String body = json.write(ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA));
   * }</pre>
   *
   * @param assessment the assessment
   * @return the JSON text
   */
  public String write(Assessment assessment) {
    requireNonNull(assessment, "assessment");
    return PRETTY.writeValueAsString(ModelTrees.assessment(assessment)) + "\n";
  }

  /**
   * Writes the framework as JSON Lines: a header line (type {@code FRAMEWORK}, the format, title,
   * agency, question, and the roles and conducts of the framework's vocabulary), then one line per
   * entity, each with its {@code type}; oversight actions stay inside their bodies.
   *
   * @param framework the framework
   * @param out the writer, left open
   */
  public void writeJsonLines(AccountabilityFramework framework, Writer out) {
    requireNonNull(framework, "framework");
    requireNonNull(out, "out");
    writeJsonLines(framework, COMPACT.createGenerator(out));
  }

  /**
   * Writes the framework as UTF-8 JSON Lines to a stream, which is left open and flushed: the lines
   * {@link #writeJsonLines(AccountabilityFramework, Writer)} writes, encoded as they are written.
   *
   * <pre>{@code
   * try (OutputStream out = Files.newOutputStream(path)) {
   *   json.writeJsonLines(ice, out);
   * }
   * }</pre>
   *
   * @param framework the framework
   * @param out the stream, left open
   */
  public void writeJsonLines(AccountabilityFramework framework, OutputStream out) {
    requireNonNull(framework, "framework");
    requireNonNull(out, "out");
    writeJsonLines(framework, COMPACT_UTF8.createGenerator(out, JsonEncoding.UTF8));
  }

  /** The header and then one line an entity, through a generator this closes. */
  private void writeJsonLines(AccountabilityFramework framework, JsonGenerator generator) {
    try (JsonGenerator g = generator) {
      ModelWriter.jsonLinesHeader(g, framework);
      g.writeRaw('\n');
      writeLines(entities(framework), g);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes the framework as JSON Lines to a file, atomically, as {@link
   * #write(AccountabilityFramework, Path)} writes a document: through a temporary file that is
   * synced and then moved over the target, the directory synced after the move where the platform
   * allows it. A file replaced keeps its POSIX permissions and a new file gets the umask's; a
   * symbolic link is written through to its target and stays; the file's own temporary files left
   * for more than an hour by a killed writer are deleted. If anything fails the target is left as
   * it was and the temporary file is removed.
   *
   * @param framework the framework
   * @param file the file to create or replace
   * @throws UncheckedIOException if the file cannot be written; the target is then left as it was
   */
  public void writeJsonLines(AccountabilityFramework framework, Path file) {
    requireNonNull(framework, "framework");
    requireNonNull(file, "file");
    AtomicFiles.write(
        file,
        out -> writeJsonLines(framework, COMPACT_UTF8.createGenerator(out, JsonEncoding.UTF8)));
  }

  /**
   * Writes entities as JSON Lines, one per line, as the stream yields them; nothing is held beyond
   * the current entity.
   *
   * <pre>{@code
   * json.writeJsonLines(ice.citations().stream(), writer);
   * }</pre>
   *
   * @param entities the entities
   * @param out the writer, left open
   */
  public void writeJsonLines(Stream<? extends Entity> entities, Writer out) {
    requireNonNull(entities, "entities");
    requireNonNull(out, "out");
    try (JsonGenerator g = COMPACT.createGenerator(out)) {
      writeLines(entities, g);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /** One line an entity, through one generator that the caller closes (which flushes it). */
  private static void writeLines(Stream<? extends Entity> entities, JsonGenerator g) {
    Iterator<? extends Entity> it = entities.iterator();
    while (it.hasNext()) {
      ModelWriter.jsonLine(g, it.next());
      g.writeRaw('\n');
    }
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a framework document.
   *
   * @param json the document text
   * @return the validated framework
   * @throws ValidationException listing every problem of the document
   */
  public AccountabilityFramework read(String json) {
    requireNonNull(json, "json");
    return readWithWarnings(json).value();
  }

  /**
   * Reads a framework document from a UTF-8 file. Bytes that are not UTF-8 are a {@code MALFORMED}
   * problem at their line and column; a leading byte order mark is skipped.
   *
   * @param file the file
   * @return the validated framework
   * @throws ValidationException listing every problem of the document
   */
  public AccountabilityFramework read(Path file) {
    requireNonNull(file, "file");
    return readWithWarnings(file).value();
  }

  /**
   * Reads a framework document from a reader, which is left open. The reader is read once; what is
   * read of it is kept until the read ends, so that a document with a problem can be read again to
   * locate it.
   *
   * @param in the reader
   * @return the validated framework
   * @throws ValidationException listing every problem of the document
   */
  public AccountabilityFramework read(Reader in) {
    requireNonNull(in, "in");
    return readWithWarnings(in).value();
  }

  /**
   * Reads a framework document from a UTF-8 stream, which is left open. Bytes that are not UTF-8
   * are a {@code MALFORMED} problem at their line and column, never replaced; a leading byte order
   * mark is skipped. To read another encoding, pass a {@link Reader}. The stream is read once; what
   * is read of it is kept until the read ends, as for {@link #read(Reader)}.
   *
   * @param in the stream
   * @return the validated framework
   * @throws ValidationException listing every problem of the document
   */
  public AccountabilityFramework read(InputStream in) {
    requireNonNull(in, "in");
    return readUtf8(in).value();
  }

  /**
   * Reads a framework document with its warnings: in lenient mode one for each ignored property; in
   * either mode, for a format 1.0 document, one for each assumption its conversion made (see the
   * class description). A current document read strictly has none.
   *
   * <pre>{@code
   * ReadResult<AccountabilityFramework> result = json.readWithWarnings(text);
   * if (!result.warnings().isEmpty()) {
   *   result.warnings().forEach(System.err::println);
   * }
   * }</pre>
   *
   * @param json the document text
   * @return the framework and the warnings
   * @throws ValidationException listing every problem of the document
   */
  public ReadResult<AccountabilityFramework> readWithWarnings(String json) {
    requireNonNull(json, "json");
    Optional<AccountabilityFramework> direct =
        readDirect(() -> factory.createParser(ObjectReadContext.empty(), json));
    if (direct.isPresent()) {
      return new ReadResult<>(direct.get(), List.of());
    }
    return readLocated(new StringReader(json));
  }

  /**
   * Reads a framework document from a UTF-8 file, with its warnings (see {@link
   * #readWithWarnings(String)}).
   *
   * @param file the file
   * @return the framework and the warnings
   * @throws ValidationException listing every problem of the document
   */
  public ReadResult<AccountabilityFramework> readWithWarnings(Path file) {
    requireNonNull(file, "file");
    try {
      // A file can be read again, so its bytes are not kept while it is read directly.
      try (InputStream in = Files.newInputStream(file)) {
        Recording.Bytes checked = new Recording.Bytes(in, false);
        Optional<AccountabilityFramework> read = readDirectUtf8(checked);
        if (read.isPresent()) {
          return new ReadResult<>(read.get(), List.of());
        }
      }
      try (Reader in = Inputs.utf8(Files.newInputStream(file))) {
        return readLocated(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a framework document from a reader, with its warnings (see {@link
   * #readWithWarnings(String)}).
   *
   * @param in the reader, left open
   * @return the framework and the warnings
   * @throws ValidationException listing every problem of the document
   */
  public ReadResult<AccountabilityFramework> readWithWarnings(Reader in) {
    requireNonNull(in, "in");
    Recording.Chars recording = new Recording.Chars(in);
    Reader direct = Inputs.withoutBom(recording);
    Optional<AccountabilityFramework> read =
        readDirect(
            () -> factory.createParser(ObjectReadContext.empty(), new NonClosingReader(direct)));
    if (read.isPresent()) {
      return new ReadResult<>(read.get(), List.of());
    }
    return readLocated(recording.replay());
  }

  /**
   * Reads a document from UTF-8 bytes: directly, and when that declines, from the bytes read again
   * by the located reader (see {@link DirectReader}).
   */
  private ReadResult<AccountabilityFramework> readUtf8(InputStream in) {
    Recording.Bytes recording = new Recording.Bytes(in);
    Optional<AccountabilityFramework> read = readDirectUtf8(recording);
    if (read.isPresent()) {
      return new ReadResult<>(read.get(), List.of());
    }
    return readLocated(Inputs.utf8(recording.replay()));
  }

  /**
   * A document read directly from bytes by the parser, which decodes UTF-8 itself: used only if the
   * bytes were UTF-8 as the strict reader requires.
   */
  private Optional<AccountabilityFramework> readDirectUtf8(Recording.Bytes bytes) {
    return readDirect(() -> factory.createParser(ObjectReadContext.empty(), bytes))
        .filter(framework -> bytes.wasUtf8());
  }

  /** A document without a problem or a warning, read straight into the model, or empty. */
  private static Optional<AccountabilityFramework> readDirect(Supplier<JsonParser> parsers) {
    try (JsonParser parser = parsers.get()) {
      return DirectReader.document(parser);
    } catch (JacksonException e) {
      // A limit the input is over as the parser is made: the located reader reports it.
      return Optional.empty();
    }
  }

  /** A document read into a located tree, with every problem located and every warning. */
  ReadResult<AccountabilityFramework> readLocated(Reader in) {
    try (JsonParser parser =
        factory.createParser(
            ObjectReadContext.empty(), new NonClosingReader(Inputs.withoutBom(in)))) {
      ProblemList problems = ProblemList.byPosition(maxProblems, BUILDER);
      LocatedTree tree = LocatedTree.read(parser, LocatedTree.DOCUMENT, problems);
      JsonLines.refuseAsDocument(tree, problems);
      ModelReader reader = new ModelReader(tree, problems, lenient, FormatVersion.CURRENT, null);
      AccountabilityFramework framework = reader.framework();
      return new ReadResult<>(framework, reader.warnings());
    }
  }

  /**
   * Reads JSON Lines lazily: each line is parsed and validated alone when the stream reaches it,
   * and a bad line throws {@link ValidationException} naming its line number. A {@code FRAMEWORK}
   * header line, allowed only as the first line that is not blank, is checked and skipped; its
   * format version, and in 2.0 the roles and conducts it declares, are those of the lines after it
   * (a stream without a header is read as format {@value #FORMAT_VERSION}), so a 1.0 stream is read
   * and converted as 1.0. Warnings are dropped: use {@link #readJsonLines(Reader, Consumer)} to see
   * them. Close the stream to close the reader.
   *
   * @param in the reader
   * @return the entities, in order
   */
  public Stream<Entity> readJsonLines(Reader in) {
    requireNonNull(in, "in");
    return readJsonLines(in, warning -> {});
  }

  /**
   * Reads JSON Lines lazily, as {@link #readJsonLines(Reader)}, passing each line's warnings to a
   * consumer as the stream reaches the line: in lenient mode the ignored properties, and in a 1.0
   * stream the assumptions of its conversion, each located by line number and JSON Pointer.
   *
   * <pre>{@code
   * List<Problem> warnings = new ArrayList<>();
   * try (Stream<Entity> entities = json.readJsonLines(reader, warnings::add)) {
   *   entities.forEach(store::add);
   * }
   * warnings.forEach(System.err::println);
   * }</pre>
   *
   * @param in the reader
   * @param warnings receives each warning
   * @return the entities, in order
   */
  public Stream<Entity> readJsonLines(Reader in, Consumer<? super Problem> warnings) {
    requireNonNull(in, "in");
    requireNonNull(warnings, "warnings");
    return readJsonLines(JsonLines.lines(Inputs.withoutBom(in)), warnings);
  }

  private Stream<Entity> readJsonLines(JsonLines.Lines lines, Consumer<? super Problem> warnings) {
    return JsonLines.read(
        lines, factory, maxLineLength, maxDocumentLength, maxProblems, lenient, warnings);
  }

  /**
   * Reads JSON Lines lazily from a UTF-8 file; close the stream to close the file. Bytes that are
   * not UTF-8 stop the stream, when it reaches them, with a {@code MALFORMED} problem on their
   * line.
   *
   * <pre>{@code
   * try (Stream<Entity> entities = json.readJsonLines(Path.of("ice.jsonl"))) {
   *   entities.forEach(System.out::println);
   * }
   * }</pre>
   *
   * @param file the file
   * @return the entities, in order
   */
  public Stream<Entity> readJsonLines(Path file) {
    requireNonNull(file, "file");
    try {
      return readJsonLines(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads JSON Lines lazily from a UTF-8 stream; close the returned stream to close it. Bytes that
   * are not UTF-8 stop the stream, when it reaches them, with a {@code MALFORMED} problem on their
   * line.
   *
   * @param in the stream
   * @return the entities, in order
   */
  public Stream<Entity> readJsonLines(InputStream in) {
    requireNonNull(in, "in");
    return readJsonLines(JsonLines.lines(in), warning -> {});
  }

  /** The entities a JSON Lines stream holds: oversight actions are written inside their bodies. */
  private static Stream<Entity> entities(AccountabilityFramework f) {
    return f.entities().stream().filter(e -> e.entityKind() != EntityKind.OVERSIGHT_ACTION);
  }

  /** Keeps Jackson from closing a caller's reader. */
  private static final class NonClosingReader extends java.io.FilterReader {
    NonClosingReader(Reader in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  /**
   * Configures an {@link AccountabilityJson}: lenient mode and read limits. Limits must be
   * positive; the defaults are {@link #DEFAULT_MAX_NESTING_DEPTH}, {@link
   * #DEFAULT_MAX_STRING_LENGTH}, {@link #DEFAULT_MAX_DOCUMENT_LENGTH}, {@link
   * #DEFAULT_MAX_TOKEN_COUNT}, {@link #DEFAULT_MAX_NAME_LENGTH}, {@link
   * #DEFAULT_MAX_NUMBER_LENGTH}, {@link #DEFAULT_MAX_LINE_LENGTH} and {@link
   * #DEFAULT_MAX_PROBLEMS}. Every limit is enforced as the input is read, and what is over one
   * stops the read with an {@link Problem.Code#OVER_LIMIT} problem that names the builder method to
   * raise it. With the defaults, reading needs about 100 MB of heap for a document of 64 MiB of
   * long strings read from a file or a {@code String} (160 MB from a stream or a reader, whose
   * input is kept until the read ends), and at most 48 MB for any document of many small values
   * (see the README's "Reliability").
   *
   * <pre>{@code
   * AccountabilityJson json = AccountabilityJson.builder().maxStringLength(10_000).build();
   * }</pre>
   */
  public static final class Builder {
    private boolean lenient;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private long maxTokenCount = DEFAULT_MAX_TOKEN_COUNT;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;

    private Builder() {}

    /**
     * In lenient mode unknown properties are ignored and reported as warnings instead of problems;
     * every other check stays.
     *
     * @param value true for lenient reading
     * @return this builder
     */
    public Builder lenient(boolean value) {
      this.lenient = value;
      return this;
    }

    /**
     * The deepest nesting of arrays and objects allowed. The reader keeps a stack of its own rather
     * than recursing, so any depth can be allowed without overflowing the thread's stack; each
     * level costs some 150 bytes of heap while it is open.
     *
     * <pre>{@code
     * AccountabilityJson json = AccountabilityJson.builder().maxNestingDepth(16).build();
     * }</pre>
     *
     * @param value a positive depth; the default is {@value #DEFAULT_MAX_NESTING_DEPTH}
     * @return this builder
     */
    public Builder maxNestingDepth(int value) {
      this.maxNestingDepth = positive(BUILDER, "maxNestingDepth", value);
      return this;
    }

    /**
     * The longest string value allowed, in characters.
     *
     * <pre>{@code
     * AccountabilityJson json = AccountabilityJson.builder().maxStringLength(10_000).build();
     * }</pre>
     *
     * @param value a positive length; the default is {@value #DEFAULT_MAX_STRING_LENGTH}
     * @return this builder
     */
    public Builder maxStringLength(int value) {
      this.maxStringLength = positive(BUILDER, "maxStringLength", value);
      return this;
    }

    /**
     * The longest document allowed, in characters or bytes. A JSON Lines line may be no longer than
     * this either, nor than {@link #maxLineLength}.
     *
     * <pre>{@code
     * AccountabilityJson json = AccountabilityJson.builder().maxDocumentLength(1_000_000).build();
     * }</pre>
     *
     * @param value a positive length; the default is {@value #DEFAULT_MAX_DOCUMENT_LENGTH}
     * @return this builder
     */
    public Builder maxDocumentLength(long value) {
      this.maxDocumentLength = positive(BUILDER, "maxDocumentLength", value);
      return this;
    }

    /**
     * The most tokens a document, or one JSON Lines line, may have: each property name, each value
     * and each end of an object or array is one. This bounds the memory that a document of many
     * small values takes once read, which the document's length alone bounds only loosely; the
     * default allows about 150 times the bundled case studies.
     *
     * <pre>{@code
     * AccountabilityJson json = AccountabilityJson.builder().maxTokenCount(50_000).build();
     * }</pre>
     *
     * @param value a positive count; the default is {@value #DEFAULT_MAX_TOKEN_COUNT}
     * @return this builder
     */
    public Builder maxTokenCount(long value) {
      this.maxTokenCount = positive(BUILDER, "maxTokenCount", value);
      return this;
    }

    /**
     * The longest property name allowed, in characters.
     *
     * <pre>{@code
     * AccountabilityJson json = AccountabilityJson.builder().maxNameLength(200).build();
     * }</pre>
     *
     * @param value a positive length; the default is {@value #DEFAULT_MAX_NAME_LENGTH}
     * @return this builder
     */
    public Builder maxNameLength(int value) {
      this.maxNameLength = positive(BUILDER, "maxNameLength", value);
      return this;
    }

    /**
     * The longest number allowed, in characters.
     *
     * <pre>{@code
     * AccountabilityJson json = AccountabilityJson.builder().maxNumberLength(40).build();
     * }</pre>
     *
     * @param value a positive length; the default is {@value #DEFAULT_MAX_NUMBER_LENGTH}
     * @return this builder
     */
    public Builder maxNumberLength(int value) {
      this.maxNumberLength = positive(BUILDER, "maxNumberLength", value);
      return this;
    }

    /**
     * The longest JSON Lines line allowed, in characters (and no longer than {@link
     * #maxDocumentLength} either). A longer line is refused when the reader reaches this many
     * characters, before the rest of it is read, so that reading a stream holds at most one line of
     * this length at a time.
     *
     * <pre>{@code
     * AccountabilityJson json = AccountabilityJson.builder().maxLineLength(64 * 1024).build();
     * try (Stream<Entity> entities = json.readJsonLines(Path.of("upload.jsonl"))) {
     *   entities.forEach(store::add);
     * }
     * }</pre>
     *
     * @param value a positive length; the default is {@value #DEFAULT_MAX_LINE_LENGTH}
     * @return this builder
     */
    public Builder maxLineLength(int value) {
      this.maxLineLength = positive(BUILDER, "maxLineLength", value);
      return this;
    }

    /**
     * The most problems one {@link ValidationException} lists, and the most warnings one read
     * returns: the first ones in input order. When there are more, the list ends with one more
     * problem, coded {@link Problem.Code#OVER_LIMIT} and located at the first problem left out,
     * that says how many were left out: {@code and 29000 more problems, the first of them at this
     * line and column; only the first 1000 are listed (see
     * AccountabilityJson.Builder.maxProblems)}. A read costs time and memory in proportion to the
     * input and to this limit, however many problems the input has.
     *
     * <pre>{@code
     * AccountabilityJson json = AccountabilityJson.builder().maxProblems(20).build();
     * try {
     *   json.read(Path.of("draft.json"));
     * } catch (ValidationException e) {
     *   e.problems().forEach(System.err::println);   // at most 21 lines
     * }
     * }</pre>
     *
     * @param value a positive number of problems; the default is {@value #DEFAULT_MAX_PROBLEMS}
     * @return this builder
     */
    public Builder maxProblems(int value) {
      this.maxProblems = positive(BUILDER, "maxProblems", value);
      return this;
    }

    /**
     * Builds the configured instance.
     *
     * @return the instance
     */
    public AccountabilityJson build() {
      return new AccountabilityJson(this);
    }
  }

  /** A positive limit, else a problem naming the builder and the limit. */
  static int positive(String builder, String name, int value) {
    if (value <= 0) {
      throw invalid(builder, name, value);
    }
    return value;
  }

  /** A positive limit, else a problem naming the builder and the limit. */
  static long positive(String builder, String name, long value) {
    if (value <= 0) {
      throw invalid(builder, name, value);
    }
    return value;
  }

  private static ValidationException invalid(String builder, String name, long value) {
    return new ValidationException(
        List.of(
            Problem.inEntity(
                Problem.Code.OUT_OF_RANGE, builder, "", name, "must be positive, was " + value)));
  }
}

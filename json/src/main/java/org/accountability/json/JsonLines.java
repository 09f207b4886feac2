package org.accountability.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.accountability.model.Entity;
import org.accountability.model.EntityKind;
import org.accountability.model.Problem;
import org.accountability.model.ValidationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON Lines lazily: one record per line, each parsed and validated alone, with problems
 * located by the line's number and a JSON Pointer within the line. Blank lines are skipped. A line
 * longer than the line-length limit is refused when the reader reaches the limit, before the rest
 * of it is read. A {@code FRAMEWORK} header line sets the format version of the lines after it (a
 * stream without one is read as the current version), so that a 1.0 stream is read, and converted,
 * as 1.0; a 2.0 header also declares the roles and conducts that the ids in the lines after it
 * resolve to. Only the first record (the first line that is not blank) may be a header; a later one
 * is a problem.
 */
final class JsonLines {
  static final String FRAMEWORK_TYPE = "FRAMEWORK";

  /** What a JSON Lines stream read as a document is told, after its header line. */
  static final String STREAM_WITH_HEADER =
      "this is a JSON Lines stream (a FRAMEWORK header line then one entity per line), not a"
          + " framework document: read it with readJsonLines";

  /** What a JSON Lines stream without a header, read as a document, is told. */
  static final String STREAM_WITHOUT_HEADER =
      "this is a JSON Lines stream (one entity per line), not a framework document: read it with"
          + " readJsonLines";

  /** What a framework document read as JSON Lines is told. */
  static final String DOCUMENT =
      "this is a framework document (one object with a 'format' object and the entity arrays), not"
          + " a JSON Lines stream: read it with read or readWithWarnings";

  /** A document's opening: an object whose first property is the {@code format} object. */
  private static final Pattern DOCUMENT_START =
      Pattern.compile("\\A\\s*\\{\\s*\"format\"\\s*:\\s*\\{");

  /** How many lines after a first line that failed are read to recognise a document. */
  private static final int LOOK_AHEAD_LINES = 3;

  private JsonLines() {}

  static Stream<Entity> read(
      Reader in,
      JsonFactory factory,
      int maxLineLength,
      long maxDocumentLength,
      int maxProblems,
      boolean lenient,
      Consumer<? super Problem> warnings) {
    // A line may be no longer than a document; the message names the limit that applies.
    LineLimit limit =
        maxDocumentLength < maxLineLength
            ? new LineLimit((int) maxDocumentLength, "")
            : new LineLimit(
                maxLineLength, " (see " + AccountabilityJson.BUILDER + ".maxLineLength)");
    LineReader reader = new LineReader(in);
    LocatedTree.SharedStrings strings = new LocatedTree.SharedStrings();
    Iterator<Entity> entities =
        new Iterator<>() {
          private int lineNumber;
          private @Nullable Entity next;
          private boolean done;
          private FormatVersion version = FormatVersion.CURRENT;
          private @Nullable Declarations declarations;
          private boolean first = true;

          @Override
          public boolean hasNext() {
            while (next == null && !done) {
              String line = reader.readLine(limit, lineNumber + 1);
              if (line == null) {
                done = true;
                break;
              }
              lineNumber++;
              if (!line.isBlank()) {
                Line read;
                if (first) {
                  first = false;
                  try {
                    read =
                        parse(
                            line,
                            lineNumber,
                            factory,
                            maxProblems,
                            lenient,
                            version,
                            declarations,
                            true,
                            strings);
                  } catch (ValidationException e) {
                    throw refuseDocument(line, lineNumber, reader, limit, e);
                  }
                } else {
                  read =
                      parse(
                          line,
                          lineNumber,
                          factory,
                          maxProblems,
                          lenient,
                          version,
                          declarations,
                          false,
                          strings);
                }
                next = read.entity();
                version = read.version();
                declarations = read.declarations();
                read.warnings().forEach(warnings);
              }
            }
            return next != null;
          }

          @Override
          public Entity next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Entity e = next;
            next = null;
            if (e == null) {
              throw new NoSuchElementException();
            }
            return e;
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                entities, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                reader.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * Refuses, with a problem that names the method to use, a JSON Lines stream read as a framework
   * document: a first value that is a {@code FRAMEWORK} header line (no entity arrays), or an
   * entity line followed by more content. Anything else, a document with a stray {@code type}
   * property among them, is left to the document reader.
   *
   * @throws ValidationException if the tree is the start of a JSON Lines stream
   */
  static void refuseAsDocument(LocatedTree tree, ProblemList problems) {
    if (!(tree.root instanceof LocatedTree.Obj root)
        || !(root.get("type") instanceof String type)) {
      return;
    }
    String message;
    if (FRAMEWORK_TYPE.equals(type) && !hasEntityArrays(root)) {
      message = STREAM_WITH_HEADER;
    } else if (isEntityKind(type) && !problems.isEmpty()) {
      message = STREAM_WITHOUT_HEADER;
    } else {
      return;
    }
    throw new ValidationException(List.of(tree.problem(Problem.Code.MALFORMED, "", message)));
  }

  /** Whether an object has any of a document's entity arrays, which a header line never has. */
  private static boolean hasEntityArrays(LocatedTree.Obj root) {
    for (String name :
        List.of(
            "citations",
            "directives",
            "personnelActions",
            "oversightBodies",
            "routes",
            "claims",
            "observations")) {
      if (root.has(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEntityKind(String name) {
    for (EntityKind kind : EntityKind.values()) {
      if (kind.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The problem for a first line that could not be read: one that names the method to use when the
   * input is a framework document (recognised by its opening {@code format} object, looking at most
   * a few lines ahead), else the line's own problems.
   */
  private static ValidationException refuseDocument(
      String line, int lineNumber, LineReader reader, LineLimit limit, ValidationException e) {
    StringBuilder text = new StringBuilder(line);
    try {
      for (int i = 0; i < LOOK_AHEAD_LINES && !DOCUMENT_START.matcher(text).find(); i++) {
        String next = reader.readLine(limit, lineNumber + i + 1);
        if (next == null) {
          break;
        }
        text.append('\n').append(next);
      }
    } catch (ValidationException | UncheckedIOException unreadable) {
      return e;
    }
    if (!DOCUMENT_START.matcher(text).find()) {
      return e;
    }
    return new ValidationException(
        List.of(Problem.atPointer(Problem.Code.MALFORMED, "", lineNumber, 1, DOCUMENT)));
  }

  /**
   * One line read: its entity (none for a header), the version and the declared vocabulary of the
   * lines after it, and its warnings, located on the line.
   */
  private record Line(
      @Nullable Entity entity,
      FormatVersion version,
      @Nullable Declarations declarations,
      List<Problem> warnings) {}

  private static Line parse(
      String line,
      int lineNumber,
      JsonFactory factory,
      int maxProblems,
      boolean lenient,
      FormatVersion version,
      @Nullable Declarations declarations,
      boolean first,
      LocatedTree.SharedStrings strings) {
    if (version == FormatVersion.CURRENT) {
      Optional<DirectReader.Line> direct;
      try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), line)) {
        direct = DirectReader.jsonLine(parser, strings, declarations, first);
      } catch (JacksonException e) {
        direct = Optional.empty();
      }
      if (direct.isPresent()) {
        return new Line(direct.get().entity(), version, direct.get().declarations(), List.of());
      }
    }
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), line)) {
      ProblemList problems = ProblemList.byPosition(maxProblems, AccountabilityJson.BUILDER);
      ModelReader reader =
          new ModelReader(
              LocatedTree.read(parser, LocatedTree.DOCUMENT, problems, strings),
              problems,
              lenient,
              version,
              declarations);
      Entity entity = reader.jsonLine(first);
      return new Line(
          entity,
          reader.version(),
          reader.declarations(),
          reader.warnings().stream()
              .map(w -> onLine(w, lineNumber))
              .collect(java.util.stream.Collectors.toList()));
    } catch (ValidationException e) {
      throw new ValidationException(
          e.problems().stream()
              .map(p -> onLine(p, lineNumber))
              .collect(java.util.stream.Collectors.toList()));
    }
  }

  /** Moves a problem found in one line's text to that line of the stream. */
  private static Problem onLine(Problem p, int lineNumber) {
    return p.locatedAt(p.jsonPointer().orElse(""), lineNumber, p.column().orElse(0));
  }

  /** The longest line allowed, and what the message about a longer one adds. */
  private record LineLimit(int max, String see) {}

  /**
   * Reads lines from a buffer of its own, scanning it for the end of each line rather than reading
   * character by character, and refusing to hold more than a line's limit of characters.
   */
  private static final class LineReader implements Closeable {
    private final Reader in;
    private final char[] buffer = new char[8192];

    /** The next character to read, and the end of those read into the buffer. */
    private int position;

    private int end;

    LineReader(Reader in) {
      this.in = in;
    }

    /**
     * Reads one line without its end ({@code \n}, or {@code \r\n}), or null at the end of the
     * input; a last line without an end is a line.
     *
     * @throws ValidationException if the line is over the limit (when the limit is reached, before
     *     the rest is read) or the input is not UTF-8
     */
    @Nullable String readLine(LineLimit limit, int lineNumber) {
      // The part of the line read before the buffer was refilled, if any.
      @Nullable StringBuilder earlier = null;
      int max = limit.max();
      try {
        while (true) {
          if (position == end && !fill()) {
            return earlier == null || earlier.length() == 0 ? null : stripCarriageReturn(earlier);
          }
          int start = position;
          int before = earlier == null ? 0 : earlier.length();
          for (int i = start; i < end; i++) {
            if (buffer[i] == '\n') {
              position = i + 1;
              if (earlier == null) {
                int length = i - start;
                if (length > 0 && buffer[i - 1] == '\r') {
                  length--;
                }
                return new String(buffer, start, length);
              }
              earlier.append(buffer, start, i - start);
              return stripCarriageReturn(earlier);
            }
            if (before + i - start >= max) {
              throw new ValidationException(
                  List.of(
                      Problem.atPointer(
                          Problem.Code.OVER_LIMIT,
                          "",
                          lineNumber,
                          0,
                          "the line is over the read limit of "
                              + max
                              + " characters"
                              + limit.see())));
            }
          }
          if (earlier == null) {
            earlier = new StringBuilder(Math.max(16, (end - start) * 2));
          }
          earlier.append(buffer, start, end - start);
          position = end;
        }
      } catch (Inputs.InvalidEncodingException e) {
        // The characters before the invalid bytes were read first, so these are on this line.
        throw new ValidationException(
            List.of(
                Problem.atPointer(
                    Problem.Code.MALFORMED,
                    "",
                    lineNumber,
                    (earlier == null ? 0 : earlier.length()) + 1,
                    String.valueOf(e.getMessage()))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Reads more characters into the emptied buffer; false at the end of the input. */
    private boolean fill() throws IOException {
      int n;
      do {
        n = in.read(buffer, 0, buffer.length);
      } while (n == 0);
      if (n < 0) {
        return false;
      }
      position = 0;
      end = n;
      return true;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static String stripCarriageReturn(StringBuilder line) {
    int n = line.length();
    return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
  }
}

package org.accountability.json;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
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

  /** The lines of text from a reader. */
  static Lines lines(Reader in) {
    return new CharLines(in);
  }

  /**
   * The lines of UTF-8 bytes from a stream, a leading byte order mark skipped: what {@link
   * #lines(Reader)} gives of the same bytes decoded strictly ({@link Inputs#utf8}), with the same
   * problems for a line over the limit or bytes that are not UTF-8, and a parser of each line's
   * bytes for the direct reader.
   */
  static Lines lines(InputStream in) {
    return new ByteLines(in);
  }

  static Stream<Entity> read(
      Lines reader,
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
    LocatedTree.SharedStrings strings = new LocatedTree.SharedStrings();
    DirectReader.Names names = new DirectReader.Names();
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
              if (!reader.next(limit, lineNumber + 1)) {
                done = true;
                break;
              }
              lineNumber++;
              if (!reader.isBlank()) {
                Line read;
                if (first) {
                  first = false;
                  try {
                    read =
                        parse(
                            reader,
                            lineNumber,
                            factory,
                            maxProblems,
                            lenient,
                            version,
                            declarations,
                            true,
                            strings,
                            names);
                  } catch (ValidationException e) {
                    throw refuseDocument(reader.text(), lineNumber, reader, limit, e);
                  }
                } else {
                  read =
                      parse(
                          reader,
                          lineNumber,
                          factory,
                          maxProblems,
                          lenient,
                          version,
                          declarations,
                          false,
                          strings,
                          names);
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
      String line, int lineNumber, Lines reader, LineLimit limit, ValidationException e) {
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
      Lines source,
      int lineNumber,
      JsonFactory factory,
      int maxProblems,
      boolean lenient,
      FormatVersion version,
      @Nullable Declarations declarations,
      boolean first,
      LocatedTree.SharedStrings strings,
      DirectReader.Names names) {
    if (version == FormatVersion.CURRENT) {
      Optional<DirectReader.Line> direct;
      try (JsonParser parser = source.parser(factory)) {
        direct = DirectReader.jsonLine(parser, strings, names, declarations, first);
      } catch (JacksonException e) {
        direct = Optional.empty();
      }
      if (direct.isPresent()) {
        return new Line(direct.get().entity(), version, direct.get().declarations(), List.of());
      }
    }
    // The located reader reads the line's text, whose columns count characters.
    String line = source.text();
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

  /** A line over the limit, refused when the reader reaches the limit. */
  private static ValidationException overLimit(LineLimit limit, int lineNumber) {
    return new ValidationException(
        List.of(
            Problem.atPointer(
                Problem.Code.OVER_LIMIT,
                "",
                lineNumber,
                0,
                "the line is over the read limit of "
                    + limit.max()
                    + " characters"
                    + limit.see())));
  }

  /** Bytes that are not UTF-8, after {@code column - 1} characters of their line. */
  private static ValidationException notUtf8Line(String message, int lineNumber, int column) {
    return new ValidationException(
        List.of(Problem.atPointer(Problem.Code.MALFORMED, "", lineNumber, column, message)));
  }

  /**
   * The lines of a stream, one at a time: the text of the current line, and a parser of it for the
   * direct reader.
   */
  abstract static sealed class Lines implements Closeable permits CharLines, ByteLines {
    /**
     * Moves to the next line, whose end ({@code \n}, or {@code \r\n}) is not part of it; a last
     * line without an end is a line.
     *
     * @return false at the end of the input
     * @throws ValidationException if the line is over the limit (when the limit is reached, before
     *     the rest is read) or is not UTF-8
     */
    abstract boolean next(LineLimit limit, int lineNumber);

    /** The current line's text. */
    abstract String text();

    /** Whether the current line is blank, as {@link String#isBlank()} says of its text. */
    abstract boolean isBlank();

    /** A parser of the current line. */
    abstract JsonParser parser(JsonFactory factory);

    /** The next line's text, or null at the end of the input. */
    final @Nullable String readLine(LineLimit limit, int lineNumber) {
      return next(limit, lineNumber) ? text() : null;
    }
  }

  /**
   * Lines of UTF-8 bytes, found by scanning the bytes for the end of each line, checked as UTF-8 as
   * they are scanned, and held in a buffer of their own that grows to hold the longest line, which
   * is at most a line's limit of characters. A line's text is made only when it is asked for; its
   * parser reads the buffer.
   */
  static final class ByteLines extends Lines {
    private final InputStream in;
    private byte[] buffer = new byte[8192];

    /**
     * The next byte to read, the end of the bytes read into the buffer, and whether that is all.
     */
    private int position;

    private int end;
    private boolean endOfInput;
    private boolean started;

    /** The offset in the input of the buffer's first byte. */
    private long offset;

    /** The current line: where it starts in the buffer, its length, and what its bytes hold. */
    private int lineStart;

    private int lineLength;
    private boolean ascii;

    /** Whether the line has a NUL byte, which Jackson would take for a sign of UTF-16 or -32. */
    private boolean nul;

    private @Nullable String text;

    ByteLines(InputStream in) {
      this.in = in;
    }

    @Override
    boolean next(LineLimit limit, int lineNumber) {
      text = null;
      if (!started) {
        started = true;
        while (end - position < 3 && more()) {}
        if (end - position >= 3
            && buffer[position] == (byte) 0xEF
            && buffer[position + 1] == (byte) 0xBB
            && buffer[position + 2] == (byte) 0xBF) {
          position += 3;
        }
      }
      int max = limit.max();
      int chars = 0;
      boolean onlyAscii = true;
      boolean withNul = false;
      // k: the index in the line of the next byte; the buffer may move under the line as it fills.
      int k = 0;
      while (true) {
        if (position + k == end && !more()) {
          if (k == 0) {
            return false;
          }
          setLine(k, onlyAscii, withNul);
          position += k;
          return true;
        }
        // A run of ASCII bytes above the line feed, as many as the limit allows: most of a line.
        byte[] bytes = buffer;
        int from = position + k;
        int stop = (int) Math.min(end, (long) from + max - chars);
        int i = Inputs.asciiRunAbove(bytes, from, stop, '\n');
        chars += i - from;
        k += i - from;
        if (i == end) {
          continue;
        }
        byte b = bytes[i];
        if (b == '\n') {
          setLine(k, onlyAscii, withNul);
          position += k + 1;
          return true;
        }
        if (b >= 0) {
          if (chars >= max) {
            throw overLimit(limit, lineNumber);
          }
          withNul |= b == 0;
          chars++;
          k++;
          continue;
        }
        onlyAscii = false;
        while (end - (position + k) < 4 && more()) {}
        int n = sequenceLength(buffer, position + k, end);
        if (n == 0) {
          throw notUtf8Line(invalidAt(position + k), lineNumber, chars + 1);
        }
        if (chars >= max || (n == 4 && chars + 1 >= max)) {
          throw overLimit(limit, lineNumber);
        }
        chars += n == 4 ? 2 : 1;
        k += n;
      }
    }

    /** The line is the {@code length} bytes at the position, without a last {@code \\r}. */
    private void setLine(int length, boolean onlyAscii, boolean withNul) {
      lineStart = position;
      lineLength = length > 0 && buffer[position + length - 1] == '\r' ? length - 1 : length;
      ascii = onlyAscii;
      nul = withNul;
    }

    /**
     * Reads more bytes after those of the current scan, moving them to the buffer's start, and
     * doubling the buffer when they fill it.
     *
     * @return false at the end of the input
     */
    private boolean more() {
      if (endOfInput) {
        return false;
      }
      if (position > 0) {
        System.arraycopy(buffer, position, buffer, 0, end - position);
        offset += position;
        end -= position;
        position = 0;
      }
      if (end == buffer.length) {
        // As large as an array may be, at most: a line that long is beyond any heap's limit.
        int larger = (int) Math.min(2L * buffer.length, Integer.MAX_VALUE - 8);
        if (larger == buffer.length) {
          throw new OutOfMemoryError("a line of more than " + larger + " bytes");
        }
        buffer = Arrays.copyOf(buffer, larger);
      }
      try {
        int n;
        do {
          n = in.read(buffer, end, buffer.length - end);
        } while (n == 0);
        if (n < 0) {
          endOfInput = true;
          return false;
        }
        end += n;
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The length of the UTF-8 sequence at {@code i}, whose first byte is not ASCII, or 0 when the
     * bytes there are not UTF-8: a continuation byte first, an overlong form, a surrogate, a code
     * point past U+10FFFF, or a sequence cut short (Unicode, table 3-7).
     */
    static int sequenceLength(byte[] bytes, int i, int end) {
      int b0 = bytes[i] & 0xff;
      int n;
      int low = 0x80;
      int high = 0xbf;
      if (b0 >= 0xc2 && b0 <= 0xdf) {
        n = 2;
      } else if (b0 >= 0xe0 && b0 <= 0xef) {
        n = 3;
        if (b0 == 0xe0) {
          low = 0xa0;
        } else if (b0 == 0xed) {
          high = 0x9f;
        }
      } else if (b0 >= 0xf0 && b0 <= 0xf4) {
        n = 4;
        if (b0 == 0xf0) {
          low = 0x90;
        } else if (b0 == 0xf4) {
          high = 0x8f;
        }
      } else {
        return 0;
      }
      if (end - i < n) {
        return 0;
      }
      int b1 = bytes[i + 1] & 0xff;
      if (b1 < low || b1 > high) {
        return 0;
      }
      for (int j = 2; j < n; j++) {
        if ((bytes[i + j] & 0xc0) != 0x80) {
          return 0;
        }
      }
      return n;
    }

    /**
     * What {@link Inputs#utf8} says of the bytes that are not UTF-8 at {@code at}, which are
     * followed by at least three more bytes or by the end of the input: as it does, the decoder is
     * first asked without the end, which it is told of only if it asks for more bytes (a character
     * the input cuts short).
     */
    private String invalidAt(int at) {
      ByteBuffer bytes = ByteBuffer.wrap(buffer, at, end - at);
      CharsetDecoder decoder = Inputs.strictDecoder();
      CoderResult result = decoder.decode(bytes.duplicate(), CharBuffer.allocate(2), false);
      boolean cut = !result.isError();
      if (cut) {
        result = decoder.reset().decode(bytes.duplicate(), CharBuffer.allocate(2), true);
      }
      int length = result.isError() ? result.length() : end - at;
      return Inputs.notUtf8(bytes, length, cut && at + length >= end, offset + at);
    }

    @Override
    String text() {
      String t = text;
      if (t == null) {
        t = new String(buffer, lineStart, lineLength, ascii ? ISO_8859_1 : UTF_8);
        text = t;
      }
      return t;
    }

    @Override
    boolean isBlank() {
      for (int i = lineStart; i < lineStart + lineLength; i++) {
        byte b = buffer[i];
        if (b < 0) {
          // A character of several bytes: one of the spaces beyond ASCII, perhaps.
          return text().isBlank();
        }
        if (!Character.isWhitespace(b)) {
          return false;
        }
      }
      return true;
    }

    /**
     * A parser of the line's bytes, unless the line has a NUL byte or starts as a byte order mark
     * would: Jackson reads such bytes as another encoding, or skips the mark, where the line's text
     * has those characters, so its text is parsed instead.
     */
    @Override
    JsonParser parser(JsonFactory factory) {
      if (nul || (lineLength > 0 && buffer[lineStart] == (byte) 0xEF)) {
        return factory.createParser(ObjectReadContext.empty(), text());
      }
      return factory.createParser(ObjectReadContext.empty(), buffer, lineStart, lineLength);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * Lines of text, read from a buffer of its own, scanning it for the end of each line rather than
   * reading character by character, and refusing to hold more than a line's limit of characters.
   */
  private static final class CharLines extends Lines {
    private final Reader in;
    private final char[] buffer = new char[8192];
    private @Nullable String line;

    /** The next character to read, and the end of those read into the buffer. */
    private int position;

    private int end;

    CharLines(Reader in) {
      this.in = in;
    }

    @Override
    boolean next(LineLimit limit, int lineNumber) {
      line = scan(limit, lineNumber);
      return line != null;
    }

    @Override
    String text() {
      return Objects.requireNonNull(line, "no current line");
    }

    @Override
    boolean isBlank() {
      return text().isBlank();
    }

    @Override
    JsonParser parser(JsonFactory factory) {
      return factory.createParser(ObjectReadContext.empty(), text());
    }

    /**
     * Reads one line without its end ({@code \n}, or {@code \r\n}), or null at the end of the
     * input; a last line without an end is a line.
     *
     * @throws ValidationException if the line is over the limit (when the limit is reached, before
     *     the rest is read) or the input is not UTF-8
     */
    private @Nullable String scan(LineLimit limit, int lineNumber) {
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
              throw overLimit(limit, lineNumber);
            }
          }
          if (earlier == null) {
            earlier = new StringBuilder(Math.max(16, (end - start) * 2));
          }
          earlier.append(buffer, start, end - start);
          position = end;
        }
      } catch (Inputs.InvalidEncodingException e) {
        // Thrown by a reader of Inputs.utf8, the strict decoding that ByteLines must match (and
        // that JsonLinesBytesTest reads through here to check it). The characters before the
        // invalid bytes were read first, so these are on this line.
        throw notUtf8Line(
            String.valueOf(e.getMessage()),
            lineNumber,
            (earlier == null ? 0 : earlier.length()) + 1);
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

package org.accountability.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.accountability.model.Entity;
import org.accountability.model.Problem;
import org.accountability.model.ValidationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON Lines lazily: one record per line, each parsed and validated alone, with problems
 * located by the line's number and a JSON Pointer within the line. Blank lines are skipped. A line
 * longer than the document-length limit is refused before it is held in memory. A {@code
 * FRAMEWORK} header line sets the format version of the lines after it (a stream without one is
 * read as the current version), so that a 1.0 stream is read, and converted, as 1.0. Only the
 * first record (the first line that is not blank) may be a header; a later one is a problem.
 */
final class JsonLines {
  static final String FRAMEWORK_TYPE = "FRAMEWORK";

  private JsonLines() {}

  static Stream<Entity> read(
      Reader in,
      JsonFactory factory,
      long maxLineLength,
      boolean lenient,
      Consumer<? super Problem> warnings) {
    BufferedReader reader = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
    Iterator<Entity> entities =
        new Iterator<>() {
          private int lineNumber;
          private @Nullable Entity next;
          private boolean done;
          private FormatVersion version = FormatVersion.CURRENT;
          private boolean first = true;

          @Override
          public boolean hasNext() {
            while (next == null && !done) {
              String line = readLine(reader, maxLineLength, lineNumber + 1);
              if (line == null) {
                done = true;
                break;
              }
              lineNumber++;
              if (!line.isBlank()) {
                Line read = parse(line, lineNumber, factory, lenient, version, first);
                first = false;
                next = read.entity();
                version = read.version();
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
            Spliterators.spliteratorUnknownSize(entities, Spliterator.ORDERED | Spliterator.NONNULL),
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
   * One line read: its entity (none for a header), the version of the lines after it, and its
   * warnings, located on the line.
   */
  private record Line(@Nullable Entity entity, FormatVersion version, List<Problem> warnings) {}

  private static Line parse(
      String line,
      int lineNumber,
      JsonFactory factory,
      boolean lenient,
      FormatVersion version,
      boolean first) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), line)) {
      ModelReader reader = new ModelReader(LocatedTree.read(parser), lenient, version);
      Entity entity = reader.jsonLine(first);
      return new Line(
          entity,
          reader.version(),
          reader.warnings().stream()
              .map(w -> onLine(w, lineNumber))
              .collect(java.util.stream.Collectors.toList()));
    } catch (ValidationException e) {
      throw new ValidationException(
          e.problems().stream().map(p -> onLine(p, lineNumber)).collect(java.util.stream.Collectors.toList()));
    }
  }

  /** Moves a problem found in one line's text to that line of the stream. */
  private static Problem onLine(Problem p, int lineNumber) {
    return p.locatedAt(p.jsonPointer().orElse(""), lineNumber, p.column().orElse(0));
  }

  /** Reads one line, refusing to hold more than {@code max} characters of it. */
  private static @Nullable String readLine(BufferedReader reader, long max, int lineNumber) {
    try {
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = reader.read()) != -1) {
        if (c == '\n') {
          return stripCarriageReturn(line);
        }
        if (line.length() >= max) {
          throw new ValidationException(
              List.of(
                  Problem.atPointer(
                      Problem.Code.OVER_LIMIT,
                      "",
                      lineNumber,
                      0,
                      "the line is over the read limit of " + max + " characters")));
        }
        line.append((char) c);
      }
      return line.length() == 0 ? null : stripCarriageReturn(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String stripCarriageReturn(StringBuilder line) {
    int n = line.length();
    return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
  }
}

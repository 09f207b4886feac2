package org.accountability.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.accountability.model.Entity;
import org.accountability.model.Problem;
import org.accountability.model.ValidationException;

/**
 * Reads one hostile input through the public API, in a JVM of its own that {@link HostileInputTest}
 * starts with a small heap, and prints what happened:
 *
 * <pre>
 * RESULT ValidationException 1001
 * FIRST OVER_LIMIT 1 12 /citations/0 (line 1, column 12): the input is over a read limit: ...
 * MILLIS 812
 * </pre>
 *
 * <p>Arguments: how to read ({@code document}, {@code document-stream}, {@code json-lines}, {@code
 * json-lines-stream} or {@code csl}), the input file, then any builder settings as {@code
 * name=value} ({@code maxNestingDepth=2147483647}).
 */
final class HostileInputMain {
  private HostileInputMain() {}

  public static void main(String[] args) throws IOException {
    String how = args[0];
    Path file = Path.of(args[1]);
    AccountabilityJson.Builder builder = AccountabilityJson.builder();
    for (int i = 2; i < args.length; i++) {
      String[] setting = args[i].split("=", 2);
      configure(builder, setting[0], setting[1]);
    }
    AccountabilityJson json = builder.build();
    long start = System.nanoTime();
    String result;
    try {
      read(json, how, file);
      result = "RESULT no exception";
    } catch (ValidationException e) {
      Problem first = e.problems().get(0);
      result =
          "RESULT ValidationException "
              + e.problems().size()
              + "\nFIRST "
              + first.code()
              + " "
              + first.line().orElse(0)
              + " "
              + first.column().orElse(0)
              + " "
              + excerpt(first.toString());
    } catch (RuntimeException | Error e) {
      result = "RESULT " + e.getClass().getName() + " " + excerpt(String.valueOf(e.getMessage()));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println(result);
    System.out.println("MILLIS " + millis);
  }

  private static void read(AccountabilityJson json, String how, Path file) throws IOException {
    switch (how) {
      case "document" -> json.read(file);
      case "document-stream" -> {
        try (InputStream in = Files.newInputStream(file)) {
          json.read(in);
        }
      }
      case "json-lines" -> {
        try (Stream<Entity> entities = json.readJsonLines(file)) {
          entities.forEach(e -> {});
        }
      }
      case "json-lines-stream" -> {
        try (InputStream in = Files.newInputStream(file);
            Stream<Entity> entities = json.readJsonLines(in)) {
          entities.forEach(e -> {});
        }
      }
      case "csl" -> CslJson.read(Files.readString(file));
      default -> throw new IllegalArgumentException("no such reader: " + how);
    }
  }

  private static void configure(AccountabilityJson.Builder builder, String name, String value) {
    switch (name) {
      case "maxNestingDepth" -> builder.maxNestingDepth(Integer.parseInt(value));
      case "maxStringLength" -> builder.maxStringLength(Integer.parseInt(value));
      case "maxDocumentLength" -> builder.maxDocumentLength(Long.parseLong(value));
      default -> throw new IllegalArgumentException("no such setting: " + name);
    }
  }

  private static String excerpt(String text) {
    String line = text.replace('\n', ' ');
    return line.length() <= 300 ? line : line.substring(0, 300) + "...";
  }
}

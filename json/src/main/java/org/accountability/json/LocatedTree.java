package org.accountability.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accountability.model.Problem;
import org.accountability.model.ValidationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON tree read token by token so that every value keeps the line and column where it starts,
 * keyed by its JSON Pointer. Duplicate property names and trailing content are problems; malformed
 * JSON and over-limit input stop the read at once with their location.
 */
final class LocatedTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final java.util.regex.Pattern LIMIT_SOURCE =
      java.util.regex.Pattern.compile("\\((\\d+), from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`\\)");

  final JsonNode root;
  private final Map<String, int[]> locations;
  final List<Problem> problems;
  /**
   * The values of repeated properties, which the tree leaves out (it keeps each property's first
   * value), by JSON Pointer.
   */
  private final Map<String, List<JsonNode>> repeated;

  private LocatedTree(
      JsonNode root,
      Map<String, int[]> locations,
      List<Problem> problems,
      Map<String, List<JsonNode>> repeated) {
    this.root = root;
    this.locations = locations;
    this.problems = problems;
    this.repeated = repeated;
  }

  /** A tree built in memory, with no locations (for the Jackson module). */
  static LocatedTree of(JsonNode root) {
    return new LocatedTree(root, Map.of(), new ArrayList<>(), Map.of());
  }

  /**
   * Reads one JSON value and checks that nothing follows it.
   *
   * @throws ValidationException at the first syntax error or exceeded limit
   */
  static LocatedTree read(JsonParser parser) {
    Map<String, int[]> locations = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, List<JsonNode>> repeated = new HashMap<>();
    Reader reader = new Reader(parser, locations, problems, repeated);
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ValidationException(
            List.of(Problem.atPointer(Problem.Code.MALFORMED, "", 1, 1, "the input is empty: expected a JSON value")));
      }
      JsonNode root = reader.value("");
      reader.current = "";
      JsonToken next = parser.nextToken();
      if (next != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.add(
            Problem.atPointer(
                Problem.Code.MALFORMED,
                "",
                at.getLineNr(),
                at.getColumnNr(),
                "trailing content after the JSON value: only one value is allowed"));
      }
      return new LocatedTree(root, locations, problems, repeated);
    } catch (StreamConstraintsException e) {
      throw failure(Problem.Code.OVER_LIMIT, e, parser.currentTokenLocation(), reader.current,
          "the input is over a read limit: ");
    } catch (NumberFormatException e) {
      TokenStreamLocation at = parser.currentTokenLocation();
      throw new ValidationException(
          List.of(
              Problem.atPointer(
                  Problem.Code.MALFORMED,
                  reader.current,
                  at.getLineNr(),
                  at.getColumnNr(),
                  "malformed JSON: a number out of the range this reader accepts")));
    } catch (JacksonException e) {
      TokenStreamLocation thrownAt = e.getLocation();
      throw failure(Problem.Code.MALFORMED, e, thrownAt != null ? thrownAt : parser.currentLocation(), reader.current,
          "malformed JSON: ");
    }
  }

  private static ValidationException failure(
      Problem.Code code,
      JacksonException e, TokenStreamLocation at, String pointer, String prefix) {
    int line = at == null ? 0 : at.getLineNr();
    int column = at == null ? 0 : at.getColumnNr();
    String message = LIMIT_SOURCE.matcher(firstLine(e.getOriginalMessage())).replaceAll("($1: see AccountabilityJson.Builder.max$2)");
    return new ValidationException(List.of(Problem.atPointer(code, pointer, line, column, prefix + message)));
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "(no detail)";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** The values a repeated property had after its first, which the tree left out. */
  List<JsonNode> repeatedValues(String pointer) {
    return repeated.getOrDefault(pointer, List.of());
  }

  /** A problem at a pointer, located at the nearest located value at or above it. */
  Problem problem(Problem.Code code, String pointer, String message) {
    int[] at = locate(pointer);
    return Problem.atPointer(code, pointer, at[0], at[1], message);
  }

  /** A problem the model's checks found, moved to a pointer and located as {@link #problem}. */
  Problem relocate(Problem p, String pointer) {
    int[] at = locate(pointer);
    return p.locatedAt(pointer, at[0], at[1]);
  }

  int[] locate(String pointer) {
    String p = pointer;
    while (true) {
      int[] at = locations.get(p);
      if (at != null) {
        return at;
      }
      if (p.isEmpty()) {
        return new int[] {0, 0};
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Escapes a property name for use in a JSON Pointer (RFC 6901). */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static final class Reader {
    private final JsonParser parser;
    private final Map<String, int[]> locations;
    private final List<Problem> problems;
    private final Map<String, List<JsonNode>> repeated;
    String current = "";

    Reader(
        JsonParser parser,
        Map<String, int[]> locations,
        List<Problem> problems,
        Map<String, List<JsonNode>> repeated) {
      this.parser = parser;
      this.locations = locations;
      this.problems = problems;
      this.repeated = repeated;
    }

    /** Reads the value at the current token. */
    JsonNode value(String pointer) {
      current = pointer;
      TokenStreamLocation at = parser.currentTokenLocation();
      locations.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
      JsonToken token = parser.currentToken();
      return switch (token) {
        case START_OBJECT -> object(pointer);
        case START_ARRAY -> array(pointer);
        case VALUE_STRING -> NODES.stringNode(parser.getString());
        case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
        // The model holds doubles; a double also keeps -0.0 and turns an exponent out of range
        // into an infinity, which the reader then reports.
        case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
        case VALUE_TRUE -> NODES.booleanNode(true);
        case VALUE_FALSE -> NODES.booleanNode(false);
        case VALUE_NULL -> NODES.nullNode();
        default -> throw new IllegalStateException("unexpected token " + token);
      };
    }

    private ObjectNode object(String pointer) {
      ObjectNode node = NODES.objectNode();
      while (true) {
        current = pointer;
        if (parser.nextToken() != JsonToken.PROPERTY_NAME) {
          break;
        }
        String name = parser.currentName();
        String child = pointer + "/" + escape(name);
        TokenStreamLocation at = parser.currentTokenLocation();
        parser.nextToken();
        JsonNode value = value(child);
        if (node.has(name)) {
          problems.add(
              Problem.atPointer(
                  Problem.Code.REPEATED,
                  child,
                  at.getLineNr(),
                  at.getColumnNr(),
                  "duplicate property " + Problem.quote(name) + ": each property may appear once"));
          repeated.computeIfAbsent(child, k -> new ArrayList<>()).add(value);
        } else {
          node.set(name, value);
        }
      }
      return node;
    }

    private ArrayNode array(String pointer) {
      ArrayNode node = NODES.arrayNode();
      int index = 0;
      while (true) {
        current = pointer;
        if (parser.nextToken() == JsonToken.END_ARRAY) {
          break;
        }
        node.add(value(pointer + "/" + index));
        index++;
      }
      return node;
    }
  }
}

package org.accountability.json;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.accountability.model.Problem;
import org.accountability.model.ValidationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value read token by token, in which every value keeps the line and column where it starts.
 * Duplicate property names and trailing content are problems; malformed JSON and over-limit input
 * stop the read at once with their location.
 *
 * <p>A value is a {@link String}, a {@link Boolean}, {@link Null#NULL}, a {@link Num}, an {@link
 * Obj} or an {@link Arr}. Locations cost two ints a value, kept in the value's container beside it;
 * a JSON Pointer is built only for a problem, from the path that leads to it ({@link #problem}), so
 * that reading costs memory in proportion to the values read and never to the length of their
 * paths. The reader keeps its own stack of open containers instead of recursing, so no nesting
 * depth the read limits allow can overflow the thread's stack.
 */
final class LocatedTree {
  private static final Pattern LIMIT_SOURCE =
      Pattern.compile("\\((\\d+), from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`\\)");

  /**
   * How a reader locates what stops it and what it expected; both word it as {@link
   * ProblemMessages} does.
   *
   * @param builder the builder whose methods set the read limits, named in over-limit messages
   * @param malformed what a syntax error's message starts with
   * @param atTheValue whether a syntax error is located at the value being read (else at the
   *     document)
   * @param empty the problem for empty input
   * @param trailing the message for content after the value
   * @param trailingStops whether content after the value stops the read (else it is one problem
   *     among others)
   */
  record Dialect(
      String builder,
      String malformed,
      boolean atTheValue,
      Problem empty,
      String trailing,
      boolean trailingStops) {}

  /** The dialect of framework documents and JSON Lines lines. */
  static final Dialect DOCUMENT =
      new Dialect(
          "AccountabilityJson.Builder",
          ProblemMessages.MALFORMED_JSON,
          true,
          Problem.atPointer(
              Problem.Code.MALFORMED, "", 1, 1, ProblemMessages.empty("a JSON value")),
          ProblemMessages.TRAILING_CONTENT,
          false);

  /** The dialect of CSL-JSON, whose syntax errors are located at the document. */
  static final Dialect CSL =
      new Dialect(
          "CslJson.Builder",
          ProblemMessages.MALFORMED_JSON,
          false,
          Problem.atPointer(
              Problem.Code.MALFORMED, "", 0, 0, ProblemMessages.empty("a CSL-JSON array of items")),
          ProblemMessages.TRAILING_CONTENT,
          true);

  /** JSON {@code null}. */
  enum Null {
    NULL
  }

  /** The root, in a container of its own so that it is located as any other value. */
  private final Arr holder;

  final Object root;

  private LocatedTree(Arr holder) {
    this.holder = holder;
    this.root = holder.get(0);
  }

  /** A tree built in memory, with no locations (for the Jackson module). */
  static LocatedTree of(JsonNode root) {
    Arr holder = new Arr();
    holder.add(Converter.convert(root), 0, 0);
    return new LocatedTree(holder);
  }

  /**
   * Reads one JSON value and checks that nothing follows it. A repeated property and content after
   * the value are added to the problems, and marked in the tree (see {@link #mark}).
   *
   * @throws ValidationException at the first syntax error or exceeded limit
   */
  static LocatedTree read(JsonParser parser, Dialect dialect, ProblemList problems) {
    return read(parser, dialect, problems, new SharedStrings());
  }

  /**
   * Reads one JSON value as {@link #read(JsonParser, Dialect, ProblemList)} does, sharing short
   * strings through {@code strings}, which a reader of many values (the lines of a JSON Lines
   * stream) keeps from one to the next.
   */
  static LocatedTree read(
      JsonParser parser, Dialect dialect, ProblemList problems, SharedStrings strings) {
    Arr holder = new Arr();
    Frame frame = new Frame(holder, null, null, 0);
    Frame rootFrame = frame;
    // The step of the value being read, for locating a failure while it is read; null between
    // values (a failure is then located at its container).
    boolean inValue = false;
    @Nullable String name = null;
    int nameLine = 0;
    int nameColumn = 0;
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new ValidationException(List.of(dialect.empty()));
      }
      while (true) {
        switch (token) {
          case PROPERTY_NAME -> {
            name = parser.currentName();
            TokenStreamLocation at = parser.currentTokenLocation();
            nameLine = at.getLineNr();
            nameColumn = at.getColumnNr();
          }
          case END_OBJECT, END_ARRAY -> {
            frame.container.trim();
            frame = frame.enclosing();
          }
          default -> {
            TokenStreamLocation at = parser.currentTokenLocation();
            inValue = true;
            Object value = scalarOrContainer(parser, token);
            inValue = false;
            if (value instanceof String text) {
              value = strings.shared(text);
            }
            int index = attach(holder, frame, name, value, at, nameLine, nameColumn, problems);
            if (value instanceof Container container) {
              frame = new Frame(container, frame, name, index);
            }
            name = null;
          }
        }
        if (frame == rootFrame && holder.size() == 1) {
          break;
        }
        token = parser.nextToken();
      }
      JsonToken next = parser.nextToken();
      if (next != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        Problem trailing =
            Problem.atPointer(
                Problem.Code.MALFORMED, "", at.getLineNr(), at.getColumnNr(), dialect.trailing());
        if (dialect.trailingStops()) {
          throw new ValidationException(List.of(trailing));
        }
        problems.add(trailing);
        holder.mark(0);
      }
      return new LocatedTree(holder);
    } catch (StreamConstraintsException e) {
      throw failure(
          Problem.Code.OVER_LIMIT,
          e,
          parser.currentTokenLocation(),
          frame.pointer(inValue, name),
          "the input is over a read limit: ",
          dialect);
    } catch (NumberFormatException e) {
      TokenStreamLocation at = parser.currentTokenLocation();
      throw new ValidationException(
          List.of(
              Problem.atPointer(
                  Problem.Code.MALFORMED,
                  dialect.atTheValue() ? frame.pointer(inValue, name) : "",
                  at.getLineNr(),
                  at.getColumnNr(),
                  dialect.malformed() + "a number out of the range this reader accepts")));
    } catch (JacksonException e) {
      Inputs.InvalidEncodingException invalid = Inputs.invalidEncoding(e);
      if (invalid != null) {
        throw new ValidationException(
            List.of(
                Problem.atPointer(
                    Problem.Code.MALFORMED,
                    dialect.atTheValue() ? frame.pointer(inValue, name) : "",
                    invalid.line,
                    invalid.column,
                    String.valueOf(invalid.getMessage()))));
      }
      TokenStreamLocation thrownAt = e.getLocation();
      throw failure(
          Problem.Code.MALFORMED,
          e,
          thrownAt != null ? thrownAt : parser.currentLocation(),
          dialect.atTheValue() ? frame.pointer(inValue, name) : "",
          dialect.malformed(),
          dialect);
    }
  }

  /**
   * Short strings seen lately, so that a value repeated through a document (a kind, a role, an id
   * that entities refer to, a date) is held once: a fixed number of slots, each holding the last
   * string that hashed to it, so that it costs the same whatever the input.
   */
  static final class SharedStrings {
    private static final int LONGEST = 32;
    private final String[] slots = new String[1024];

    /**
     * The hash of each slot's string, kept beside it: a string that only shares a slot is told
     * apart without reading the one held there, which is most often far away in the heap.
     */
    private final int[] hashes = new int[1024];

    String shared(String text) {
      if (text.length() > LONGEST) {
        return text;
      }
      int hash = text.hashCode();
      int slot = hash & (slots.length - 1);
      String earlier = slots[slot];
      if (hashes[slot] == hash && text.equals(earlier)) {
        return earlier;
      }
      slots[slot] = text;
      hashes[slot] = hash;
      return text;
    }
  }

  /** The value at the current token: a scalar read whole, or a new, empty container. */
  private static Object scalarOrContainer(JsonParser parser, JsonToken token) {
    return switch (token) {
      case START_OBJECT -> new Obj();
      case START_ARRAY -> new Arr();
      case VALUE_STRING -> parser.getString();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser, token);
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> Null.NULL;
      default -> throw new IllegalStateException("unexpected token " + token);
    };
  }

  /** The number at the current token, which is {@code VALUE_NUMBER_INT} or {@code _FLOAT}. */
  static Num number(JsonParser parser, JsonToken token) {
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      return Num.decimal(parser.getString());
    }
    return switch (parser.getNumberType()) {
      case INT -> Num.of(parser.getIntValue());
      case LONG -> Num.of(parser.getLongValue());
      default -> Num.integer(parser.getString());
    };
  }

  /**
   * Adds a value to the open container; a repeated property is a problem, and its value is left out
   * of the tree.
   *
   * @return the value's index in its container, or -1 when it was left out
   */
  private static int attach(
      Arr holder,
      Frame frame,
      @Nullable String name,
      Object value,
      TokenStreamLocation at,
      int nameLine,
      int nameColumn,
      ProblemList problems) {
    if (frame.container instanceof Obj object && name != null) {
      int first = object.indexOf(name);
      if (first >= 0) {
        // The pointer is built only for a problem that is kept: a repeated property under a long
        // name, repeated many times, would otherwise cost the name's length each time.
        if (problems.keeps(nameLine, nameColumn)) {
          problems.add(
              Problem.atPointer(
                  Problem.Code.REPEATED,
                  frame.pointer() + "/" + escape(name),
                  nameLine,
                  nameColumn,
                  "duplicate property " + Problem.quote(name) + ": each property may appear once"));
        } else {
          problems.omit(nameLine, nameColumn);
        }
        frame.mark(holder, first, name);
        if (value instanceof String text) {
          object.addRepeated(name, text);
        }
        return -1;
      }
      object.put(name, value, at.getLineNr(), at.getColumnNr());
      return object.size() - 1;
    }
    frame.container.add(value, at.getLineNr(), at.getColumnNr());
    return frame.container.size() - 1;
  }

  private static ValidationException failure(
      Problem.Code code,
      JacksonException e,
      @Nullable TokenStreamLocation at,
      String pointer,
      String prefix,
      Dialect dialect) {
    int line = at == null ? 0 : at.getLineNr();
    int column = at == null ? 0 : at.getColumnNr();
    String message =
        LIMIT_SOURCE
            .matcher(firstLine(e.getOriginalMessage()))
            .replaceAll("($1: see " + dialect.builder() + ".max$2)");
    return new ValidationException(
        List.of(Problem.atPointer(code, pointer, line, column, prefix + message)));
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "(no detail)";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** A problem at a pointer, located at the nearest located value at or above it. */
  Problem problem(Problem.Code code, String pointer, String message) {
    Place at = place(pointer);
    return Problem.atPointer(
        code, pointer, at.container.line(at.index), at.container.column(at.index), message);
  }

  /** A problem the model's checks found, moved to a pointer and located as {@link #problem}. */
  Problem relocate(Problem p, String pointer) {
    Place at = place(pointer);
    return p.locatedAt(pointer, at.container.line(at.index), at.container.column(at.index));
  }

  /**
   * The deepest value that exists on the way to a pointer: its container and index, and how much of
   * the pointer is left below it (empty when the pointer names it).
   */
  private record Place(Container container, int index, String rest) {}

  /**
   * Marks a problem at a pointer: the values on the way to it are marked as having a problem at or
   * below them, and what of the pointer is below the deepest value that exists is kept (with each
   * of its prefixes) beside that value. Marks cost no memory for values that exist, and for a place
   * that does not, as much as the place's path below the deepest value that does.
   */
  void mark(String pointer) {
    mark(holder, pointer);
  }

  private static void mark(Arr holder, String pointer) {
    Container container = holder;
    int index = 0;
    container.mark(0);
    int at = 0;
    while (at < pointer.length()) {
      int end = next(pointer, at);
      Object value = container.get(index);
      int child =
          value instanceof Container c ? c.child(unescape(pointer.substring(at + 1, end))) : -1;
      if (child < 0) {
        for (int e = end; ; e = next(pointer, e)) {
          String rest = pointer.substring(at, e);
          if (value instanceof Container c) {
            // Below an object, a place that does not exist is a property the format names: one
            // string for all of them, however many objects lack it.
            c.addBelow(rest.intern());
          } else {
            container.addBelow(index + rest);
          }
          if (e >= pointer.length()) {
            return;
          }
        }
      }
      container = (Container) value;
      index = child;
      container.mark(index);
      at = end;
    }
  }

  /** Whether a problem was marked at a pointer or below it (see {@link #mark}). */
  boolean markedAtOrBelow(String pointer) {
    Place place = place(pointer);
    if (place.rest().isEmpty()) {
      return place.container().marked(place.index());
    }
    return place.container().get(place.index()) instanceof Container c
        ? c.hasBelow(place.rest())
        : place.container().hasBelow(place.index() + place.rest());
  }

  /** Where the step after the one at {@code at} starts, or the pointer's length. */
  private static int next(String pointer, int at) {
    int end = pointer.indexOf('/', at + 1);
    return end < 0 ? pointer.length() : end;
  }

  private Place place(String pointer) {
    Container container = holder;
    int index = 0;
    int at = 0;
    while (at < pointer.length()) {
      int end = next(pointer, at);
      Object value = container.get(index);
      int child =
          value instanceof Container c ? c.child(unescape(pointer.substring(at + 1, end))) : -1;
      if (child < 0) {
        return new Place(container, index, pointer.substring(at));
      }
      container = (Container) value;
      index = child;
      at = end;
    }
    return new Place(container, index, "");
  }

  /** Escapes a property name for use in a JSON Pointer (RFC 6901). */
  static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String unescape(String step) {
    return step.indexOf('~') < 0 ? step : step.replace("~1", "/").replace("~0", "~");
  }

  /** What a JSON value is, for a message: {@code an object}, {@code a string}, {@code null}... */
  static String typeOf(Object value) {
    if (value instanceof Obj) {
      return "an object";
    }
    if (value instanceof Arr) {
      return "an array";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Num) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return "null";
  }

  /** One open container while reading, and the step that leads to it from its parent. */
  private static final class Frame {
    final Container container;
    final @Nullable Frame parent;

    /** The property name that leads to it, when its parent is an object. */
    final @Nullable String name;

    /** Its index in its parent, when its parent is an array. */
    final int index;

    Frame(Container container, @Nullable Frame parent, @Nullable String name, int index) {
      this.container = container;
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    /**
     * Marks a problem at a property of this object, and every container on the way to it; a
     * container left out of the tree (the value of a repeated property) is marked by pointer.
     */
    void mark(Arr holder, int childIndex, String childName) {
      if (leftOut()) {
        LocatedTree.mark(holder, pointer() + "/" + escape(childName));
        return;
      }
      container.mark(childIndex);
      for (Frame f = this; f.parent != null; f = f.parent) {
        f.parent.container.mark(f.index);
      }
    }

    /** Whether this container, or one it is in, was left out of the tree. */
    boolean leftOut() {
      for (Frame f = this; f.parent != null; f = f.parent) {
        if (f.index < 0) {
          return true;
        }
      }
      return false;
    }

    /** The frame of the container this one is in. */
    Frame enclosing() {
      if (parent == null) {
        throw new IllegalStateException("the end of a container that was not started");
      }
      return parent;
    }

    /** The JSON Pointer of this container, built from the steps that lead to it. */
    String pointer() {
      List<String> steps = new ArrayList<>();
      // The root's own frame has the holder's frame as parent, and no step of its own.
      for (Frame f = this; f.parent != null && f.parent.parent != null; f = f.parent) {
        steps.add(f.name != null ? escape(f.name) : Integer.toString(f.index));
      }
      StringBuilder out = new StringBuilder();
      for (int i = steps.size() - 1; i >= 0; i--) {
        out.append('/').append(steps.get(i));
      }
      return out.toString();
    }

    /**
     * Where a read that failed here is: at the value being read, when one is, else at this
     * container.
     */
    String pointer(boolean inValue, @Nullable String name) {
      if (!inValue || parent == null) {
        return pointer();
      }
      String step = name != null ? escape(name) : Integer.toString(container.size());
      return pointer() + "/" + step;
    }
  }

  /** A JSON number as read, with the double the model reads it as. */
  static final class Num {
    private static final Num[] SMALL = new Num[1025];

    static {
      for (int i = 0; i < SMALL.length; i++) {
        SMALL[i] = new Num(i, true, null);
      }
    }

    /** The number as a double, an infinity when it is out of the range of doubles. */
    final double value;

    /** Whether it was written as an integer (no fraction, no exponent). */
    final boolean integral;

    /** The number as written, when its double or long does not tell it. */
    private final @Nullable String text;

    private Num(double value, boolean integral, @Nullable String text) {
      this.value = value;
      this.integral = integral;
      this.text = text;
    }

    static Num of(long value) {
      if (value >= 0 && value < SMALL.length) {
        return SMALL[(int) value];
      }
      return value >= -(1L << 53) && value <= (1L << 53)
          ? new Num(value, true, null)
          : new Num(value, true, Long.toString(value));
    }

    static Num integer(String text) {
      return new Num(Double.parseDouble(text), true, text);
    }

    static Num decimal(String text) {
      double value = Double.parseDouble(text);
      // At most 15 significant digits name a double that is within range and normal exactly; the
      // text is kept only for a number that may not be held, for exact() and for messages.
      boolean plainlyExact =
          significantDigits(text) <= 15
              && (value == 0 ? isZero(text) : Math.abs(value) >= Double.MIN_NORMAL)
              && Double.isFinite(value)
              && Double.toString(value).equals(text);
      return new Num(value, false, plainlyExact ? null : text);
    }

    private static boolean isZero(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == 'e' || c == 'E') {
          return true;
        }
        if (c >= '1' && c <= '9') {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the double holds the number written exactly, as far as a number can be written in
     * decimal: the double, rounded to as many significant digits as were written, is the number
     * written (so {@code 0.1} is held, and {@code 9007199254740993}, 2<sup>53</sup> + 1, read as
     * {@code 9007199254740992}, is not, nor {@code 1e-400}, read as 0), or Java writes the double
     * as that number.
     */
    boolean exact() {
      String written = text;
      if (written == null) {
        // An int, a long within 2^53, or a double whose text showed it exact when it was read.
        return true;
      }
      if (!Double.isFinite(value)) {
        return false;
      }
      int digits = significantDigits(written);
      // A double's exact value has at most 767 significant digits: more cannot be held.
      if (digits > 800) {
        return false;
      }
      try {
        java.math.BigDecimal number = new java.math.BigDecimal(written);
        if (number.signum() == 0) {
          return value == 0;
        }
        java.math.BigDecimal held = new java.math.BigDecimal(value);
        return held.round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN))
                    .compareTo(number)
                == 0
            || new java.math.BigDecimal(Double.toString(value)).compareTo(number) == 0;
      } catch (NumberFormatException | ArithmeticException e) {
        return false;
      }
    }

    /**
     * The significant digits of a number as written: its mantissa's, without leading or trailing
     * zeros.
     */
    static int significantDigits(String written) {
      int first = -1;
      int last = -1;
      int count = 0;
      for (int i = 0; i < written.length(); i++) {
        char c = written.charAt(i);
        if (c == 'e' || c == 'E') {
          break;
        }
        if (c >= '0' && c <= '9') {
          if (c != '0') {
            if (first < 0) {
              first = count;
            }
            last = count;
          }
          count++;
        }
      }
      return first < 0 ? 1 : last - first + 1;
    }

    /** The number as written, or as Java writes the value read. */
    String text() {
      if (text != null) {
        return text;
      }
      return integral ? Long.toString((long) value) : Double.toString(value);
    }
  }

  /** An object or an array: its values in order, each with the line and column where it starts. */
  abstract static sealed class Container permits Obj, Arr {
    private static final Object[] NO_VALUES = {};
    private static final long[] NO_POSITIONS = {};

    private Object[] values = NO_VALUES;

    /** The line (high half) and column (low half) of each value. */
    private long[] positions = NO_POSITIONS;

    private int size;

    /** One bit a value: a problem was marked at it or below it; null until one is. */
    private long @Nullable [] marks;

    /**
     * Places that do not exist where a problem was marked, each with every prefix of its path:
     * below this container, as the pointer below it ({@code /publisher}); below a value of this
     * container that is not a container, as the value's index and the pointer below it ({@code
     * 3/x}). Few: a problem is reported at a place that does not exist only for a property the
     * format names.
     */
    private String @Nullable [] below;

    private int belowCount;

    void mark(int index) {
      long[] bits = marks;
      if (bits == null || bits.length <= index >> 6) {
        bits =
            Arrays.copyOf(bits == null ? new long[0] : bits, (Math.max(size, index + 1) + 63) >> 6);
        marks = bits;
      }
      bits[index >> 6] |= (1L << index);
    }

    boolean marked(int index) {
      long[] bits = marks;
      return bits != null && (index >> 6) < bits.length && (bits[index >> 6] & (1L << index)) != 0;
    }

    void addBelow(String place) {
      if (hasBelow(place)) {
        return;
      }
      String[] places = below;
      if (places == null || belowCount == places.length) {
        places =
            Arrays.copyOf(places == null ? new String[0] : places, Math.max(2, belowCount * 2));
        below = places;
      }
      places[belowCount++] = place;
    }

    boolean hasBelow(String place) {
      String[] places = below;
      for (int i = 0; places != null && i < belowCount; i++) {
        if (places[i].equals(place)) {
          return true;
        }
      }
      return false;
    }

    int size() {
      return size;
    }

    Object get(int index) {
      return values[index];
    }

    int line(int index) {
      return (int) (positions[index] >>> 32);
    }

    int column(int index) {
      return (int) positions[index];
    }

    /** The index of the child a pointer step names, or -1. */
    abstract int child(String step);

    void add(Object value, int line, int column) {
      if (size == values.length) {
        // Small first: most containers hold a few values, and a deeply nested one holds one.
        int capacity = size < 2 ? 2 : size + (size >> 1);
        values = Arrays.copyOf(values, capacity);
        positions = Arrays.copyOf(positions, capacity);
      }
      values[size] = value;
      positions[size] = ((long) line << 32) | (column & 0xFFFFFFFFL);
      size++;
    }

    /** Lets go of the room reserved for values that did not come. */
    void trim() {
      if (size < values.length) {
        values = Arrays.copyOf(values, size);
        positions = Arrays.copyOf(positions, size);
      }
    }

    /** The values, in order. */
    List<Object> values() {
      return new AbstractList<>() {
        @Override
        public Object get(int index) {
          if (index >= size) {
            throw new IndexOutOfBoundsException(index);
          }
          return values[index];
        }

        @Override
        public int size() {
          return size;
        }
      };
    }
  }

  /** A JSON array. */
  static final class Arr extends Container {
    @Override
    int child(String step) {
      if (step.isEmpty() || step.length() > 10 || (step.length() > 1 && step.charAt(0) == '0')) {
        return -1;
      }
      long index = 0;
      for (int i = 0; i < step.length(); i++) {
        char c = step.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        index = index * 10 + (c - '0');
      }
      return index < size() ? (int) index : -1;
    }
  }

  /**
   * A JSON object: its properties in order, each name once (a repeated property keeps its first
   * value), found by name through a hash index once the object has more than a few.
   */
  static final class Obj extends Container {
    private static final String[] NO_NAMES = {};
    private static final int LINEAR = 8;

    private String[] names = NO_NAMES;

    /** Open addressing over {@link #names}: index + 1, 0 for a free slot; null while small. */
    private int @Nullable [] index;

    /** The string values of repeated properties after their first, by name; null when none. */
    private @Nullable Map<String, List<String>> repeated;

    @Nullable Object get(String name) {
      int i = indexOf(name);
      return i < 0 ? null : get(i);
    }

    boolean has(String name) {
      return indexOf(name) >= 0;
    }

    String name(int i) {
      return names[i];
    }

    /** The property names, in order. */
    List<String> names() {
      return Arrays.asList(names).subList(0, size());
    }

    @Override
    int child(String step) {
      return indexOf(step);
    }

    int indexOf(String name) {
      int[] table = index;
      if (table == null) {
        for (int i = 0; i < size(); i++) {
          if (names[i].equals(name)) {
            return i;
          }
        }
        return -1;
      }
      int mask = table.length - 1;
      for (int slot = spread(name.hashCode()) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
        if (names[table[slot] - 1].equals(name)) {
          return table[slot] - 1;
        }
      }
      return -1;
    }

    void put(String name, Object value, int line, int column) {
      add(value, line, column);
      if (names.length < size()) {
        names = Arrays.copyOf(names, Math.max(4, names.length + (names.length >> 1)));
      }
      names[size() - 1] = name;
      if (size() > LINEAR) {
        int[] table = index;
        if (table == null || size() * 2 > table.length) {
          rehash(Integer.highestOneBit(size() * 4 - 1));
        } else {
          insert(table, size() - 1);
        }
      }
    }

    @Override
    void trim() {
      super.trim();
      if (size() < names.length) {
        names = Arrays.copyOf(names, size());
      }
    }

    private void rehash(int capacity) {
      int[] table = new int[capacity];
      for (int i = 0; i < size(); i++) {
        insert(table, i);
      }
      index = table;
    }

    private void insert(int[] table, int i) {
      int mask = table.length - 1;
      int slot = spread(names[i].hashCode()) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = i + 1;
    }

    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }

    void addRepeated(String name, String value) {
      Map<String, List<String>> map = repeated;
      if (map == null) {
        map = new java.util.HashMap<>();
        repeated = map;
      }
      map.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    /** The string values a repeated property had after its first, which the tree left out. */
    List<String> repeatedStrings(String name) {
      Map<String, List<String>> map = repeated;
      return map == null ? List.of() : map.getOrDefault(name, List.of());
    }
  }

  /** Turns a tree the mapper read into one of these, without recursing. */
  private static final class Converter {
    private Converter() {}

    static Object convert(JsonNode root) {
      if (!root.isContainer()) {
        return scalar(root);
      }
      Container top = root.isObject() ? new Obj() : new Arr();
      List<Object[]> stack = new ArrayList<>();
      stack.add(new Object[] {root, top});
      while (!stack.isEmpty()) {
        Object[] pair = stack.remove(stack.size() - 1);
        JsonNode node = (JsonNode) pair[0];
        Container into = (Container) pair[1];
        if (node.isObject()) {
          for (Map.Entry<String, JsonNode> property : node.properties()) {
            Object value = element(property.getValue(), stack);
            ((Obj) into).put(property.getKey(), value, 0, 0);
          }
        } else {
          for (JsonNode element : node.values()) {
            into.add(element(element, stack), 0, 0);
          }
        }
      }
      return top;
    }

    private static Object element(JsonNode node, List<Object[]> stack) {
      if (!node.isContainer()) {
        return scalar(node);
      }
      Container container = node.isObject() ? new Obj() : new Arr();
      stack.add(new Object[] {node, container});
      return container;
    }

    private static Object scalar(JsonNode node) {
      if (node.isString()) {
        return node.stringValue();
      }
      if (node.isBoolean()) {
        return node.booleanValue();
      }
      if (node.isIntegralNumber()) {
        return node.canConvertToLong()
            ? Num.of(node.longValue())
            : Num.integer(node.bigIntegerValue().toString());
      }
      if (node.isNumber()) {
        return node.isBigDecimal()
            ? Num.decimal(node.decimalValue().toString())
            : Num.decimal(Double.toString(node.doubleValue()));
      }
      return Null.NULL;
    }
  }
}

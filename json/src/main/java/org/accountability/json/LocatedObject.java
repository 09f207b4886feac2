package org.accountability.json;

import java.util.List;
import java.util.function.Function;
import org.accountability.model.Problem;
import org.jspecify.annotations.Nullable;

/**
 * One JSON object of a {@link LocatedTree} being read, as both readers read it: typed getters that
 * report a value of the wrong type (or a missing required one) as a located problem, worded by
 * {@link ProblemMessages}, and a record of the properties asked for, so that a reader can tell
 * which it did not read.
 *
 * <p>The object's JSON Pointer is made from its parent's only when a problem needs it: reading a
 * value builds no pointer and, beyond the object itself, allocates nothing a valid value does not
 * need. A reader extends it to say where its problems go and to add what is its own format's.
 *
 * @param <O> the reader's own kind of object, which {@link #object} returns
 */
abstract class LocatedObject<O extends LocatedObject<O>> {
  /** The object read. */
  final LocatedTree.Obj node;

  /**
   * The object this one is in, and the property it is (or whose array it is in, at {@link
   * #element}, else -1), from which its pointer is made when it is first needed; null when the
   * pointer was given.
   */
  private final @Nullable LocatedObject<O> parent;

  private final @Nullable String step;
  private final int element;
  private @Nullable String pointer;

  /** One bit for each property of the object that was asked for; null until one is. */
  private long @Nullable [] asked;

  /** Whether {@link #finish} was called, so that unread properties are given once. */
  private boolean finished;

  /** An object at a pointer given. */
  LocatedObject(LocatedTree.Obj node, String pointer) {
    this.node = node;
    this.pointer = pointer;
    this.parent = null;
    this.step = null;
    this.element = -1;
  }

  /** The object at property {@code name} of {@code parent}, or at {@code index} in its array. */
  LocatedObject(LocatedTree.Obj node, LocatedObject<O> parent, String name, int index) {
    this.node = node;
    this.parent = parent;
    this.step = name;
    this.element = index;
  }

  /** Reports a problem at a pointer into the document. */
  abstract void report(Problem.Code code, String pointer, String message);

  /** The object at property {@code name} of this one, or at {@code index} in its array there. */
  abstract O child(LocatedTree.Obj node, String name, int index);

  /** The JSON Pointer of this object, made from its parent's when it is first asked for. */
  final String pointer() {
    String p = pointer;
    if (p == null) {
      LocatedObject<O> up = parent;
      String name = step;
      if (up == null || name == null) {
        throw new IllegalStateException("an object read with neither a pointer nor a parent");
      }
      p = up.at(name, element);
      pointer = p;
    }
    return p;
  }

  /** The JSON Pointer of a property of this object. */
  final String at(String name) {
    return pointer() + "/" + LocatedTree.escape(name);
  }

  /**
   * The JSON Pointer of an element of an array property of this object, or of the property itself
   * when {@code index} is negative.
   */
  final String at(String name, int index) {
    return index < 0 ? at(name) : at(name) + "/" + index;
  }

  /** Whether the object has a property, without asking for it. */
  final boolean has(String name) {
    return node.has(name);
  }

  /** The value of a property, marked as asked for; null when it is absent. */
  final @Nullable Object raw(String name) {
    int i = node.indexOf(name);
    if (i < 0) {
      return null;
    }
    long[] bits = asked;
    if (bits == null) {
      bits = new long[(node.size() + 63) >> 6];
      asked = bits;
    }
    bits[i >> 6] |= (1L << i);
    return node.get(i);
  }

  /** What to do with a property no getter asked for (see {@link #finish}): by default nothing. */
  void unread(String name) {}

  /** Gives each property that no getter asked for to {@link #unread}, once. */
  final void finish() {
    if (finished) {
      return;
    }
    finished = true;
    long[] bits = asked;
    asked = null;
    for (int i = 0; i < node.size(); i++) {
      if (bits == null || (bits[i >> 6] & (1L << i)) == 0) {
        unread(node.name(i));
      }
    }
  }

  /** Reports a value of the wrong type at a pointer. */
  final void wrongType(String at, String expected, @Nullable Object value) {
    report(Problem.Code.WRONG_TYPE, at, ProblemMessages.wrongType(expected, value));
  }

  /** Reports a required property as missing. */
  final void missing(String name) {
    report(Problem.Code.MISSING, at(name), ProblemMessages.missing());
  }

  /** Reports a required property as missing, with what it should hold. */
  final void missing(String name, String detail) {
    report(Problem.Code.MISSING, at(name), ProblemMessages.missing(detail));
  }

  /** A string property; null, with a problem when it has another type, when it is not one. */
  final @Nullable String text(String name) {
    Object v = raw(name);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    wrongType(at(name), "a string", v);
    return null;
  }

  /** A string property that is required: missing is a problem too. */
  final @Nullable String requiredText(String name) {
    if (!node.has(name)) {
      missing(name);
      return null;
    }
    return text(name);
  }

  /** A string property that may also be written as an integer, read as its digits. */
  final @Nullable String textOrInteger(String name) {
    Object v = raw(name);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    if (v instanceof LocatedTree.Num number && number.integral) {
      return number.text();
    }
    wrongType(at(name), "a string or an integer", v);
    return null;
  }

  /** A boolean property. */
  final @Nullable Boolean bool(String name) {
    Object v = raw(name);
    if (v == null || v instanceof Boolean) {
      return (Boolean) v;
    }
    wrongType(at(name), "true or false", v);
    return null;
  }

  /** A number property that a double holds exactly; any other number is out of range. */
  final @Nullable Double number(String name) {
    Object v = raw(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof LocatedTree.Num n)) {
      wrongType(at(name), "a number", v);
      return null;
    }
    if (!Double.isFinite(n.value)) {
      report(Problem.Code.OUT_OF_RANGE, at(name), "must be a finite number");
      return null;
    }
    if (!n.exact()) {
      // Never rounded silently: the model holds a double, and this number is not one.
      report(
          Problem.Code.OUT_OF_RANGE,
          at(name),
          Problem.quote(n.text())
              + " cannot be held exactly as a double: it would be read as "
              + n.value
              + "; write a number with at most 15 significant digits");
      return null;
    }
    return n.value;
  }

  /**
   * A string property that names one of a closed set of values: {@code lookup} gives the value a
   * text names, or null, and then {@code unknown} says, for the text, what was expected.
   */
  final <T> @Nullable T choice(
      String name, Function<String, @Nullable T> lookup, Function<String, String> unknown) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    T value = lookup.apply(text);
    if (value == null) {
      report(Problem.Code.UNKNOWN_VALUE, at(name), unknown.apply(text));
    }
    return value;
  }

  /** An object property, read as the reader reads objects. */
  final @Nullable O object(String name) {
    Object v = raw(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof LocatedTree.Obj object)) {
      wrongType(at(name), "an object", v);
      return null;
    }
    return child(object, name, -1);
  }

  /** The elements of an array property; absent means empty. */
  final List<Object> elements(String name) {
    Object v = raw(name);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof LocatedTree.Arr array)) {
      wrongType(at(name), "an array", v);
      return List.of();
    }
    return array.values();
  }
}

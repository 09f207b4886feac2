package org.accountability.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import org.accountability.model.Problem;
import org.accountability.model.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@link NullPointerTester} over every public class of a package, the way Caffeine's and
 * Guava's package sanity tests do, with two refinements: a record's canonical constructor is
 * checked component by component, by name, and only the hand-written methods of an abstract value
 * type are checked on its instance (the generated subclass is tested through the type's own
 * tests).
 */
public final class NullCheckSupport {
  private final NullPointerTester tester;
  private final Map<Class<?>, Object> instances;
  private final boolean recordsMayValidate;

  /**
   * Checks with a tester that knows the package's default values.
   *
   * @param tester the tester, with its defaults set
   * @param instances a valid instance of each public class that has instance methods taking
   *     arguments or is a record
   * @param recordsMayValidate whether a record constructor may report a null component as a
   *     {@link ValidationException} naming it, instead of a {@link NullPointerException}
   */
  public NullCheckSupport(
      NullPointerTester tester, Map<Class<?>, Object> instances, boolean recordsMayValidate) {
    this.tester = tester;
    this.instances = instances;
    this.recordsMayValidate = recordsMayValidate;
  }

  /**
   * Checks every public constructor, static method and instance method of a class.
   *
   * @param type the class
   */
  public void check(Class<?> type) {
    if (type.isRecord()) {
      Constructor<?> canonical = canonicalConstructor(type);
      tester.ignore(canonical);
      checkRecordComponents(type, canonical);
    }
    tester.testConstructors(type, NullPointerTester.Visibility.PUBLIC);
    tester.testStaticMethods(type, NullPointerTester.Visibility.PUBLIC);
    Object instance = instanceOf(type);
    if (instance == null) {
      return;
    }
    if (Modifier.isAbstract(type.getModifiers()) && !type.isInterface()) {
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())
            && !Modifier.isStatic(m.getModifiers())
            && m.getParameterCount() > 0
            && !m.getName().equals("equals")) {
          tester.testMethod(instance, m);
        }
      }
    } else {
      tester.testInstanceMethods(instance, NullPointerTester.Visibility.PUBLIC);
    }
  }

  private @Nullable Object instanceOf(Class<?> type) {
    Object instance = instances.get(type);
    if (instance != null) {
      return instance;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    boolean needed =
        type.isRecord()
            || (!type.isInterface()
                && Arrays.stream(type.getMethods())
                    .anyMatch(
                        m ->
                            !Modifier.isStatic(m.getModifiers())
                                && m.getParameterCount() > 0
                                && m.getDeclaringClass() != Object.class));
    if (needed) {
      fail("no instance of " + type.getName() + " to check its instance methods with");
    }
    return null;
  }

  private static Constructor<?> canonicalConstructor(Class<?> type) {
    Class<?>[] components =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    try {
      return type.getDeclaredConstructor(components);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static String component(RecordComponent c) {
    return c.getDeclaringRecord().getName() + "." + c.getName();
  }

  /** Null in each reference component fails at once, and the failure names the component. */
  private void checkRecordComponents(Class<?> type, Constructor<?> canonical) {
    Object valid = instances.get(type);
    assertNotNull(valid, "no instance of the record " + type.getName());
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      try {
        values[i] = components[i].getAccessor().invoke(valid);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new LinkageError(component(components[i]), e);
      }
    }
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      if (component.getType().isPrimitive()) {
        continue;
      }
      Object[] args = values.clone();
      args[i] = null;
      String where = type.getName() + "(" + component.getName() + " = null)";
      Throwable thrown =
          assertThrows(InvocationTargetException.class, () -> canonical.newInstance(args), where)
              .getCause();
      if (thrown instanceof NullPointerException) {
        assertEquals(component.getName(), thrown.getMessage(), where);
      } else if (recordsMayValidate && thrown instanceof ValidationException invalid) {
        assertTrue(
            invalid.problems().stream()
                .map(Problem::attribute)
                .anyMatch(a -> a.isPresent() && a.get().equals(component.getName())),
            where + " reported " + invalid.problems());
      } else {
        throw new AssertionError(where + " threw " + thrown, thrown);
      }
    }
  }
}

package org.accountability.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.MapDifference;
import com.google.common.collect.Maps;
import com.google.common.testing.EqualsTester;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.accountability.SanityFixtures;
import org.accountability.testing.NullCheckSupport;
import org.accountability.testing.PublicClassSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public class of {@code org.accountability.model} rejects null arguments at once:
 * hand-written methods with a {@link NullPointerException} naming the parameter, record
 * constructors (where nested values are validated) with a {@link ValidationException} or a {@link
 * NullPointerException} naming the component.
 */
class ModelPackageSanityTest {
  @TestFactory
  Stream<DynamicTest> everyPublicClassRejectsNullArguments() {
    return PublicClassSupport.inPackageOf(Actor.class).stream()
        // The entity builders have a contract of their own, checked below: they report a null
        // through the library's ValidationException, so that a builder lists every problem of an
        // entity at once.
        .filter(c -> !c.getSimpleName().equals("Builder"))
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.getName(),
                    () ->
                        new NullCheckSupport(SanityFixtures.tester(), SanityFixtures.model(), true)
                            .check(c)));
  }

  /**
   * Every method of every entity builder, given null for any argument, either throws a {@link
   * ValidationException} at once (an optional attribute, an {@code Optional}, an {@code Iterable}
   * or an array of elements, a value to copy from) or keeps the null as "unset", so that {@code
   * build()} throws a {@code ValidationException} naming the attribute. None throws a bare
   * NullPointerException, and none builds a value holding a null.
   */
  @TestFactory
  Stream<DynamicTest> everyBuilderReportsANullAsAValidationExceptionNamingTheAttribute() {
    Map<Class<?>, Object> defaults = SanityFixtures.model();
    List<Class<?>> builders =
        PublicClassSupport.inPackageOf(Actor.class).stream()
            .filter(c -> c.getSimpleName().equals("Builder"))
            .collect(Collectors.toList());
    assertEquals(8, builders.size(), "one builder per entity type: " + builders);
    return builders.stream()
        .flatMap(b -> Arrays.stream(b.getMethods()).map(m -> Map.entry(b, m)))
        .filter(e -> e.getValue().getDeclaringClass() != Object.class)
        .filter(e -> !e.getValue().getName().equals("build"))
        .flatMap(
            e ->
                IntStream.range(0, e.getValue().getParameterCount())
                    .filter(i -> !e.getValue().getParameterTypes()[i].isPrimitive())
                    .mapToObj(
                        i ->
                            DynamicTest.dynamicTest(
                                e.getValue().toGenericString() + " given null at " + i,
                                () -> checkNullArgument(e.getKey(), e.getValue(), i, defaults))));
  }

  /**
   * Each public builder offers exactly the public methods of the generated builder it delegates to,
   * by name and generic parameter types, returning itself (or the entity, from {@code build()}): an
   * attribute added to an entity type cannot be forgotten in its builder.
   */
  @Test
  void everyBuilderOffersExactlyTheMethodsOfTheGeneratedBuilder() throws ClassNotFoundException {
    for (EntityKind kind : EntityKind.values()) {
      Class<?> entity = kind.type();
      Class<?> ours = Class.forName(entity.getName() + "$Builder");
      Class<?> generated =
          Class.forName(
              entity.getPackageName() + ".Immutable" + entity.getSimpleName() + "$Builder");
      assertTrue(!Modifier.isPublic(generated.getModifiers()), generated + " is package-private");
      Map<String, String> expected = publicMethods(generated, generated, ours);
      assertTrue(expected.size() > 10, generated + " has " + expected);
      MapDifference<String, String> difference =
          Maps.difference(expected, publicMethods(ours, ours, ours));
      assertTrue(
          difference.areEqual(),
          ours.getName()
              + " lacks "
              + difference.entriesOnlyOnLeft()
              + ", differs in "
              + difference.entriesDiffering()
              + ", adds "
              + difference.entriesOnlyOnRight());
    }
  }

  /**
   * The public methods a class declares, each as its name and generic parameter types, mapped to
   * its return type, written as if {@code self} were {@code as}.
   */
  private static Map<String, String> publicMethods(Class<?> type, Class<?> self, Class<?> as) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .collect(
            Collectors.toMap(
                m ->
                    m.getName()
                        + Arrays.stream(m.getGenericParameterTypes())
                            .map(Type::getTypeName)
                            .collect(Collectors.joining(", ", "(", ")"))
                        + (m.isVarArgs() ? " varargs" : ""),
                m -> (m.getReturnType() == self ? as : m.getReturnType()).getName()));
  }

  private static void checkNullArgument(
      Class<?> builderType, Method setter, int nullAt, Map<Class<?>, Object> defaults)
      throws ReflectiveOperationException {
    Class<?> entityType = builderType.getEnclosingClass();
    Object valid = defaults.get(entityType);
    Object builder = entityType.getMethod("builder").invoke(null);
    builderType.getMethod("from", entityType).invoke(builder, valid);
    Object[] args = new Object[setter.getParameterCount()];
    for (int i = 0; i < args.length; i++) {
      args[i] = i == nullAt ? null : sample(setter.getParameterTypes()[i], defaults);
    }
    String attribute = attributeOf(setter.getName());
    try {
      setter.invoke(builder, args);
    } catch (InvocationTargetException e) {
      ValidationException refused = assertNamed(attribute, setter, e.getCause());
      if (isContainer(setter.getParameterTypes()[nullAt])) {
        // Refused like a null optional value, in the same words.
        assertEquals(
            new ValidationException(attribute).problems(), refused.problems(), setter.toString());
      }
      // A refused call leaves the builder as it was.
      assertEquals(valid, builderType.getMethod("build").invoke(builder), setter.toString());
      return;
    }
    if (isContainer(setter.getParameterTypes()[nullAt])) {
      throw new AssertionError(setter + " accepted a null " + setter.getParameterTypes()[nullAt]);
    }
    try {
      Object built = builderType.getMethod("build").invoke(builder);
      throw new AssertionError(setter + " kept a null and built " + built);
    } catch (InvocationTargetException e) {
      assertNamed(attribute, setter, e.getCause());
    }
  }

  /**
   * Whether a builder parameter holds values rather than being one: an {@code Optional}, an {@code
   * Iterable} or an array. A null one is refused at once.
   */
  private static boolean isContainer(Class<?> type) {
    return type == Optional.class || Iterable.class.isAssignableFrom(type) || type.isArray();
  }

  private static ValidationException assertNamed(
      String attribute, Method setter, @Nullable Throwable thrown) {
    if (!(thrown instanceof ValidationException invalid)) {
      throw new AssertionError(setter + " threw " + thrown, thrown);
    }
    assertTrue(
        invalid.problems().stream()
            .anyMatch(
                p ->
                    p.attribute().map(a -> a.startsWith(attribute)).orElse(false)
                        || p.message().contains(attribute)),
        setter + " reported " + invalid.problems() + ", not naming " + attribute);
    return invalid;
  }

  /**
   * The attribute a builder method sets: {@code addAllCitations} and {@code addCitations} set
   * {@code citations}.
   */
  private static String attributeOf(String method) {
    String name = method.replaceFirst("^addAll(?=[A-Z])", "").replaceFirst("^add(?=[A-Z])", "");
    if (name.equals("from")) {
      return "instance";
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static Object sample(Class<?> type, Map<Class<?>, Object> defaults) {
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    if (type == String.class) {
      return "text";
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (Iterable.class.isAssignableFrom(type)) {
      return List.of();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    Object value = defaults.get(type);
    assertNotNull(value, "no sample of " + type);
    return value;
  }

  @Test
  void valueTypesWithHandWrittenEqualsAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(PartialDate.ofMonth(2025, 6), PartialDate.parse("2025-06"))
        .addEqualityGroup(
            PartialDate.ofMonth(2025, 6).approximately(), PartialDate.parse("2025-06~"))
        .addEqualityGroup(PartialDate.ofYear(2025), PartialDate.parse("2025"))
        .addEqualityGroup(PartialDate.ofDay(2025, 6, 1), PartialDate.of(LocalDate.of(2025, 6, 1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Actor.of("DHS Secretary"),
            new Actor("DHS Secretary", ImmutableList.of(), Optional.empty()))
        .addEqualityGroup(Actor.named("DHS Secretary", "Kristi Noem"))
        .addEqualityGroup(Actor.of("DHS Secretary").withRole(Role.SENIOR_OFFICIAL))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Claim.Source.supports("a"), new Claim.Source("a", Claim.Stance.SUPPORTS))
        .addEqualityGroup(Claim.Source.contradicts("a"))
        .addEqualityGroup(Claim.Source.supports("b"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            LegalRoute.Precondition.established("It holds.", "a"),
            new LegalRoute.Precondition(
                "It holds.",
                List.of(),
                List.of(),
                LegalRoute.Precondition.Status.ESTABLISHED,
                List.of("a")))
        .addEqualityGroup(
            LegalRoute.Precondition.established("It holds.", "a").forRoles(Role.LINE_AGENT))
        .addEqualityGroup(LegalRoute.Precondition.notEstablished("It holds.", "a"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            NumericalTarget.of("arrests", "per day", 3000),
            new NumericalTarget("arrests", "per day", 3000, Optional.empty()))
        .addEqualityGroup(NumericalTarget.range("arrests", "per day", 3000, 3500))
        .testEquals();
  }
}

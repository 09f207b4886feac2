package org.accountability.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.EntityKind;
import org.accountability.model.LegalRoute;
import org.accountability.model.Lever;
import org.accountability.model.LiabilityType;
import org.accountability.model.Observation;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Remedy;
import org.accountability.model.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property tests of the JSON format: generated frameworks (see {@link FrameworkGenerator}) survive
 * a document round trip, a JSON Lines round trip and a round trip through a mapper with {@link
 * AccountabilityModule}, entity by entity too; and the generated frameworks provably cover the
 * model.
 *
 * <p>Each run checks the seeds 0 to {@value #DEFAULT_SEEDS}{@code - 1}. A failure names its seeds;
 * replay one with {@code -Droundtrip.seed=N}, or check other seeds with {@code
 * -Droundtrip.firstSeed=S -Droundtrip.seeds=N}.
 */
class RoundTripTest {
  static final int DEFAULT_SEEDS = 500;

  private static final AccountabilityJson JSON = AccountabilityJson.create();
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new AccountabilityModule()).build();

  /** The seeds of this run: one from {@code roundtrip.seed}, or a range. */
  private static long[] seeds() {
    String one = System.getProperty("roundtrip.seed");
    if (one != null && !one.isBlank()) {
      return new long[] {Long.parseLong(one.trim())};
    }
    long first = Long.getLong("roundtrip.firstSeed", 0L);
    int count = Integer.getInteger("roundtrip.seeds", DEFAULT_SEEDS);
    long[] seeds = new long[count];
    for (int i = 0; i < count; i++) {
      seeds[i] = first + i;
    }
    return seeds;
  }

  @Test
  void generatedFrameworksRoundTrip() {
    List<Long> failed = new ArrayList<>();
    Throwable firstFailure = null;
    for (long seed : seeds()) {
      try {
        assertRoundTrips(FrameworkGenerator.generate(seed));
      } catch (AssertionError | RuntimeException e) {
        failed.add(seed);
        if (firstFailure == null) {
          firstFailure = e;
        }
      }
    }
    if (firstFailure != null) {
      throw new AssertionError(
          "round trip failed for seeds "
              + failed
              + "; replay one with -Droundtrip.seed="
              + failed.get(0)
              + ". First failure (seed "
              + failed.get(0)
              + "): "
              + firstFailure.getMessage(),
          firstFailure);
    }
  }

  @Test
  void caseStudyRoundTrips() {
    assertRoundTrips(CaseStudies.iceDeportationQuotas());
  }

  /**
   * Asserts every round trip of the format: the document (and that writing it again gives the same
   * text), JSON Lines (entities equal and in order), and a mapper with {@link AccountabilityModule}
   * for the framework and for each entity on its own.
   */
  static void assertRoundTrips(AccountabilityFramework framework) {
    String document = JSON.write(framework);
    AccountabilityFramework back = JSON.read(document);
    assertSameFramework(framework, back, "document", document);
    assertEquals(document, JSON.write(back), "the document read back is written differently");

    StringWriter lines = new StringWriter();
    JSON.writeJsonLines(framework, lines);
    List<Entity> read;
    try (Stream<Entity> entities = JSON.readJsonLines(new StringReader(lines.toString()))) {
      read = entities.collect(Collectors.toList());
    }
    assertSameEntities(topLevelEntities(framework), read, "JSON Lines", lines.toString());

    String mapped = MAPPER.writeValueAsString(framework);
    assertSameFramework(
        framework, MAPPER.readValue(mapped, AccountabilityFramework.class), "module", mapped);
    for (Entity entity : framework.entities()) {
      String json = MAPPER.writeValueAsString(entity);
      Entity entityBack = MAPPER.readValue(json, entity.entityKind().type());
      assertSameEntities(List.of(entity), List.of(entityBack), "module, single entity", json);
    }
  }

  /** Entities as JSON Lines writes them: by section, oversight actions inside their bodies. */
  static List<Entity> topLevelEntities(AccountabilityFramework f) {
    return f.entities().stream()
        .filter(e -> e.entityKind() != EntityKind.OVERSIGHT_ACTION)
        .collect(Collectors.toList());
  }

  private static void assertSameFramework(
      AccountabilityFramework expected, AccountabilityFramework actual, String how, String json) {
    if (expected.equals(actual)) {
      assertSameDescriptions(expected, actual, how);
      return;
    }
    assertEquals(expected.title(), actual.title(), how + ": title");
    assertEquals(expected.agency(), actual.agency(), how + ": agency");
    assertEquals(expected.question(), actual.question(), how + ": question");
    assertEquals(expected.roles(), actual.roles(), how + ": roles");
    assertEquals(expected.conducts(), actual.conducts(), how + ": conducts");
    assertEquals(
        expected.unlawfulConducts(), actual.unlawfulConducts(), how + ": unlawful conducts");
    assertSameDescriptions(expected, actual, how);
    assertSameEntities(expected.entities(), actual.entities(), how, json);
    fail(how + ": frameworks differ although title, agency, question and entities are equal");
  }

  /**
   * The vocabularies keep their names and descriptions, which equality (by id) does not compare.
   */
  private static void assertSameDescriptions(
      AccountabilityFramework expected, AccountabilityFramework actual, String how) {
    for (int i = 0; i < expected.roles().size(); i++) {
      Role e = expected.roles().get(i);
      Role a = actual.roles().get(i);
      assertEquals(e.readableName(), a.readableName(), how + ": name of role " + e);
      assertEquals(e.description(), a.description(), how + ": description of role " + e);
    }
    for (int i = 0; i < expected.conducts().size(); i++) {
      Conduct e = expected.conducts().get(i);
      Conduct a = actual.conducts().get(i);
      assertEquals(e.readableName(), a.readableName(), how + ": name of conduct " + e);
      assertEquals(e.description(), a.description(), how + ": description of conduct " + e);
    }
  }

  /** Names the first entity that differs, with both values and the JSON, rather than a summary. */
  private static void assertSameEntities(
      List<Entity> expected, List<Entity> actual, String how, String json) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        fail(
            how
                + ": entity "
                + i
                + " differs after the round trip\nexpected: "
                + expected.get(i)
                + "\nactual:   "
                + actual.get(i)
                + "\njson: "
                + json);
      }
    }
    assertEquals(expected.size(), actual.size(), how + ": number of entities");
  }

  // ------------------------------------------------------------------------------------ coverage

  /** The enums of the model, every constant of which the generator must produce. */
  private static final List<Class<? extends Enum<?>>> MODEL_ENUMS =
      List.of(
          Citation.Kind.class,
          Directive.Kind.class,
          PersonnelAction.Kind.class,
          PersonnelAction.Nature.class,
          PersonnelAction.Status.class,
          OversightBody.Kind.class,
          Lever.class,
          OversightAction.Outcome.class,
          LegalRoute.Availability.class,
          LegalRoute.Precondition.Status.class,
          LegalRoute.Hurdle.Kind.class,
          Claim.Stance.class,
          Claim.EvidenceStatus.class,
          Observation.Qualifier.class,
          OversightAction.Ground.class,
          Remedy.class,
          Defendant.class,
          LiabilityType.class);

  /**
   * Attributes with a default rather than an abstract accessor; every other attribute of an entity
   * is an abstract method of its type.
   */
  private static final Map<Class<?>, List<String>> DEFAULT_ATTRIBUTES =
      Map.of(
          Citation.class, List.of("isPrimary", "isFictional"),
          LegalRoute.class, List.of("availability"),
          Observation.class, List.of("value"));

  /**
   * List attributes that cannot be empty: by an entity's own rule (levers, conducts, defendants,
   * outcome steps, the citations of a step, a hurdle, a substitution or an appeal) or because a
   * framework refuses an uncited fact.
   */
  private static final Set<String> NON_EMPTY_LISTS =
      Set.of(
          "OversightAction.outcomes",
          "OversightAction.OutcomeStep.citations",
          "LegalRoute.Hurdle.citations",
          "LegalRoute.Substitution.roles",
          "LegalRoute.Substitution.citations",
          "LegalRoute.Appeal.citations",
          "OversightBody.levers",
          "LegalRoute.conducts",
          "LegalRoute.defendants",
          "OversightAction.defendants",
          "Directive.citations",
          "PersonnelAction.citations",
          "OversightBody.citations",
          "OversightAction.citations",
          "LegalRoute.citations",
          "Observation.citations");

  /** Characters and kinds of characters the generated text must include. */
  private static final Map<String, java.util.function.Predicate<String>> TEXT_FEATURES =
      new LinkedHashMap<>();

  static {
    TEXT_FEATURES.put("double quote", s -> s.indexOf('"') >= 0);
    TEXT_FEATURES.put("backslash", s -> s.indexOf('\\') >= 0);
    TEXT_FEATURES.put("newline", s -> s.indexOf('\n') >= 0);
    TEXT_FEATURES.put("slash", s -> s.indexOf('/') >= 0);
    TEXT_FEATURES.put("tilde", s -> s.indexOf('~') >= 0);
    TEXT_FEATURES.put(
        "other control character", s -> s.chars().anyMatch(ch -> ch < 0x20 && ch != '\n'));
    TEXT_FEATURES.put("non-ASCII", s -> s.chars().anyMatch(ch -> ch > 0x7f && ch < 0xd800));
    TEXT_FEATURES.put("emoji (outside the BMP)", s -> s.codePoints().anyMatch(cp -> cp > 0xffff));
    TEXT_FEATURES.put(
        "line or paragraph separator", s -> s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0);
  }

  @Test
  void generatedFrameworksCoverTheModel() {
    Coverage coverage = new Coverage();
    for (long seed = 0; seed < DEFAULT_SEEDS; seed++) {
      coverage.framework(FrameworkGenerator.generate(seed));
    }
    List<String> missing = new ArrayList<>();

    for (EntityKind kind : EntityKind.values()) {
      if (!coverage.kinds.contains(kind)) {
        missing.add("entity kind " + kind);
      }
    }
    for (Class<? extends Enum<?>> type : MODEL_ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        if (!coverage.enums.contains(constant)) {
          missing.add("enum constant " + type.getSimpleName() + "." + constant.name());
        }
      }
    }
    Set<String> unlisted = new TreeSet<>();
    for (Enum<?> seen : coverage.enums) {
      if (!MODEL_ENUMS.contains(seen.getDeclaringClass())) {
        unlisted.add(seen.getDeclaringClass().getName());
      }
    }
    assertTrue(
        unlisted.isEmpty(), () -> "enums of the model missing from MODEL_ENUMS: " + unlisted);

    for (String attribute : coverage.optionals) {
      if (!coverage.present.contains(attribute)) {
        missing.add("optional attribute " + attribute + " present");
      }
      if (!coverage.absent.contains(attribute)) {
        missing.add("optional attribute " + attribute + " absent");
      }
    }
    for (String attribute : coverage.lists) {
      if (!coverage.present.contains(attribute)) {
        missing.add("list attribute " + attribute + " non-empty");
      }
      if (!NON_EMPTY_LISTS.contains(attribute) && !coverage.absent.contains(attribute)) {
        missing.add("list attribute " + attribute + " empty");
      }
    }
    for (String attribute : coverage.booleans) {
      if (!coverage.present.contains(attribute)) {
        missing.add("boolean attribute " + attribute + " true");
      }
      if (!coverage.absent.contains(attribute)) {
        missing.add("boolean attribute " + attribute + " false");
      }
    }
    for (PartialDate.Precision precision : PartialDate.Precision.values()) {
      for (boolean approximate : new boolean[] {false, true}) {
        String key = precision + (approximate ? " approximate" : " exact");
        if (!coverage.dates.contains(key)) {
          missing.add("date " + key);
        }
      }
    }
    for (String feature :
        List.of("zero", "integral", "non-integral", "large (>= 1e15)", "tiny (< 1e-300)")) {
      if (!coverage.numbers.contains(feature)) {
        missing.add("number " + feature);
      }
    }
    for (String feature : TEXT_FEATURES.keySet()) {
      if (!coverage.texts.contains(feature)) {
        missing.add("text with " + feature);
      }
    }
    if (!coverage.present.contains("AccountabilityFramework.question")
        || !coverage.absent.contains("AccountabilityFramework.question")) {
      missing.add("framework question present and absent");
    }
    if (!coverage.present.contains("AccountabilityFramework.unlawfulConducts")
        || !coverage.absent.contains("AccountabilityFramework.unlawfulConducts")) {
      missing.add("framework unlawful conducts non-empty and empty");
    }
    for (Conduct conduct : Conduct.standardConducts()) {
      if (!coverage.unlawful.contains(conduct.id())) {
        missing.add("conduct " + conduct + " unlawful in some framework");
      }
      if (!coverage.lawful.contains(conduct.id())) {
        missing.add("conduct " + conduct + " lawful in some framework");
      }
      if (!coverage.named.contains("conduct " + conduct)) {
        missing.add("standard conduct " + conduct + " named by an entity");
      }
    }
    for (Role role : Role.standardRoles()) {
      if (!coverage.named.contains("role " + role)) {
        missing.add("standard role " + role + " named by an entity");
      }
    }
    for (String term :
        List.of(
            "role CUSTOM_ROLE_1",
            "role CUSTOM_ROLE_3",
            "conduct CUSTOM_CONDUCT_1",
            "conduct CUSTOM_CONDUCT_3")) {
      if (!coverage.named.contains(term)) {
        missing.add("the framework's own " + term + " named by an entity");
      }
    }
    for (String feature :
        List.of(
            "a standard role declared with the framework's own description",
            "a standard conduct declared with the framework's own description",
            "a role of its own declared and named by no entity",
            "a conduct of its own unlawful",
            "a conduct of its own lawful")) {
      if (!coverage.vocabulary.contains(feature)) {
        missing.add(feature);
      }
    }
    assertTrue(
        missing.isEmpty(),
        () -> DEFAULT_SEEDS + " generated frameworks do not cover: " + String.join("; ", missing));
    // The walk must have seen the attributes it claims to check, or the checks above are vacuous.
    assertTrue(
        coverage.optionals.contains("Citation.title"), () -> "walk saw " + coverage.optionals);
    assertTrue(coverage.optionals.contains("Actor.role"), () -> "walk saw " + coverage.optionals);
    assertTrue(
        coverage.optionals.contains("NumericalTarget.high"),
        () -> "walk saw " + coverage.optionals);
    assertTrue(
        coverage.booleans.contains("Citation.isPrimary"), () -> "walk saw " + coverage.booleans);
    for (String attribute :
        List.of(
            "Directive.knownSince",
            "LegalRoute.substitution",
            "LegalRoute.appeal",
            "OversightAction.OutcomeStep.date",
            "OversightAction.OutcomeStep.detail")) {
      assertTrue(coverage.optionals.contains(attribute), () -> "walk saw " + coverage.optionals);
    }
    for (String attribute :
        List.of(
            "Directive.conducts",
            "Claim.conducts",
            "Claim.roles",
            "PersonnelAction.inferences",
            "LegalRoute.preconditions",
            "LegalRoute.Precondition.citations",
            "LegalRoute.hurdles",
            "LegalRoute.Hurdle.roles",
            "LegalRoute.claimants",
            "LegalRoute.protects",
            "LegalRoute.remedies",
            "LegalRoute.Precondition.conducts",
            "OversightAction.OutcomeStep.grounds",
            "OversightAction.OutcomeStep.yields")) {
      assertTrue(coverage.lists.contains(attribute), () -> "walk saw " + coverage.lists);
    }
    assertTrue(
        coverage.booleans.contains("LegalRoute.Appeal.available"),
        () -> "walk saw " + coverage.booleans);
    assertTrue(
        coverage.inferred.containsAll(List.of("conduct", "enforces", "nature")),
        () -> "inferred attributes: " + coverage.inferred);
  }

  /**
   * Walks generated values by reflection over the model's own attributes (abstract accessors of
   * entity types, record components, and the few defaulted attributes), so that an attribute added
   * to the model is covered by this test without listing it here.
   */
  private static final class Coverage {
    final Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
    final Set<Enum<?>> enums = new java.util.HashSet<>();
    final Set<String> optionals = new TreeSet<>();
    final Set<String> lists = new TreeSet<>();
    final Set<String> booleans = new TreeSet<>();
    final Set<String> present = new java.util.HashSet<>();
    final Set<String> absent = new java.util.HashSet<>();
    final Set<String> dates = new java.util.HashSet<>();
    final Set<String> numbers = new java.util.HashSet<>();
    final Set<String> texts = new java.util.HashSet<>();
    final Set<String> unlawful = new java.util.HashSet<>();
    final Set<String> lawful = new java.util.HashSet<>();
    final Set<String> inferred = new TreeSet<>();

    /** The roles and conducts entities name, as {@code role LINE_AGENT}. */
    final Set<String> named = new java.util.HashSet<>();

    final Set<String> vocabulary = new java.util.HashSet<>();

    void framework(AccountabilityFramework f) {
      text(f.title());
      text(f.agency());
      (f.question().isPresent() ? present : absent).add("AccountabilityFramework.question");
      (f.unlawfulConducts().isEmpty() ? absent : present)
          .add("AccountabilityFramework.unlawfulConducts");
      for (Conduct conduct : Conduct.standardConducts()) {
        (f.isUnlawful(conduct) ? unlawful : lawful).add(conduct.id());
      }
      // The entities' values, and which terms this framework's entities name.
      Set<String> before = new java.util.HashSet<>(named);
      named.clear();
      for (Entity e : topLevelEntities(f)) {
        value(e);
      }
      Set<String> namedHere = new java.util.HashSet<>(named);
      named.addAll(before);
      for (Role r : f.roles()) {
        if (r.isStandard()
            && !r.description().equals(Role.standard(r.id()).orElseThrow().description())) {
          vocabulary.add("a standard role declared with the framework's own description");
        }
        if (!r.isStandard() && !namedHere.contains("role " + r)) {
          vocabulary.add("a role of its own declared and named by no entity");
        }
      }
      for (Conduct c : f.conducts()) {
        if (c.isStandard()
            && !c.description().equals(Conduct.standard(c.id()).orElseThrow().description())) {
          vocabulary.add("a standard conduct declared with the framework's own description");
        }
        if (!c.isStandard()) {
          vocabulary.add("a conduct of its own " + (f.isUnlawful(c) ? "unlawful" : "lawful"));
        }
      }
      f.personnelActions().stream()
          .flatMap(a -> a.inferences().stream())
          .forEach(i -> inferred.add(i.attribute()));
      f.question().ifPresent(this::text);
    }

    private void value(@Nullable Object value) {
      if (value == null) {
        return;
      }
      if (value instanceof String s) {
        text(s);
      } else if (value instanceof Role r) {
        named.add("role " + r.id());
      } else if (value instanceof Conduct c) {
        named.add("conduct " + c.id());
      } else if (value instanceof Enum<?> e) {
        enums.add(e);
      } else if (value instanceof PartialDate d) {
        dates.add(d.precision() + (d.isApproximate() ? " approximate" : " exact"));
      } else if (value instanceof Double d) {
        number(d);
      } else if (value instanceof Entity e) {
        kinds.add(e.entityKind());
        attributes(e.entityKind().type(), e);
      } else if (value.getClass().isRecord()
          && value.getClass().getPackageName().equals("org.accountability.model")) {
        attributes(value.getClass(), value);
      }
    }

    private void attributes(Class<?> type, Object value) {
      for (Method accessor : accessors(type)) {
        String name = simpleName(type) + "." + accessor.getName();
        Object attribute;
        try {
          attribute = accessor.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new LinkageError("cannot read " + name, e);
        }
        if (attribute instanceof Optional<?> optional) {
          optionals.add(name);
          (optional.isPresent() ? present : absent).add(name);
          optional.ifPresent(this::value);
        } else if (attribute instanceof List<?> list) {
          lists.add(name);
          (list.isEmpty() ? absent : present).add(name);
          list.forEach(this::value);
        } else if (attribute instanceof Boolean b) {
          booleans.add(name);
          (b ? present : absent).add(name);
        } else {
          value(attribute);
        }
      }
    }

    private static List<Method> accessors(Class<?> type) {
      List<Method> out = new ArrayList<>();
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          out.add(component.getAccessor());
        }
        return out;
      }
      for (Method m : type.getMethods()) {
        if (Modifier.isAbstract(m.getModifiers())
            && m.getParameterCount() == 0
            && !Modifier.isStatic(m.getModifiers())) {
          out.add(m);
        }
      }
      for (String name : DEFAULT_ATTRIBUTES.getOrDefault(type, List.of())) {
        try {
          out.add(type.getMethod(name));
        } catch (NoSuchMethodException e) {
          throw new AssertionError("no attribute " + name + " on " + type, e);
        }
      }
      out.sort(java.util.Comparator.comparing(Method::getName));
      return out;
    }

    private static String simpleName(Class<?> type) {
      Class<?> outer = type.getEnclosingClass();
      return outer == null
          ? type.getSimpleName()
          : outer.getSimpleName() + "." + type.getSimpleName();
    }

    private void number(double d) {
      if (d == 0) {
        numbers.add("zero");
      } else if (d == Math.rint(d)) {
        numbers.add("integral");
      } else {
        numbers.add("non-integral");
      }
      if (d >= 1e15) {
        numbers.add("large (>= 1e15)");
      }
      if (d > 0 && d < 1e-300) {
        numbers.add("tiny (< 1e-300)");
      }
    }

    private void text(String s) {
      TEXT_FEATURES.forEach(
          (feature, test) -> {
            if (test.test(s)) {
              texts.add(feature);
            }
          });
    }
  }
}

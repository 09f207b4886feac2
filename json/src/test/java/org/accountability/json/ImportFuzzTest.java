package org.accountability.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Actor;
import org.accountability.model.Citation;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.PartialDate;
import org.accountability.model.Problem;
import org.accountability.model.Role;
import org.accountability.model.ValidationException;

/**
 * Fuzz tests of the JSON Lines reader, the CSL-JSON import and the framework builder, one target
 * each, run as {@link JsonFuzzTest} describes: {@code ./mvnw -B verify} replays the stored inputs
 * under {@code src/test/resources/org/accountability/json/ImportFuzzTestInputs/<method>/}, and
 * {@code JAZZER_FUZZ=1} with {@code -Dtest=ImportFuzzTest#<method>} fuzzes one target. The only
 * exception a target may let out is the library's own {@link ValidationException}, every problem
 * located; an {@link OutOfMemoryError}, a {@link StackOverflowError} or any other exception is a
 * finding.
 */
class ImportFuzzTest {
  private static final AccountabilityJson STRICT = AccountabilityJson.create();
  private static final AccountabilityJson LENIENT =
      AccountabilityJson.builder().lenient(true).build();

  /** A JSON Lines stream of any bytes yields entities or one located ValidationException. */
  @FuzzTest(maxDuration = "60s")
  void jsonLinesNeverThrowsAnythingElse(byte[] input) {
    String text = new String(input, UTF_8);
    for (AccountabilityJson json : new AccountabilityJson[] {STRICT, LENIENT}) {
      try (Stream<Entity> entities = json.readJsonLines(new StringReader(text))) {
        entities.forEach(e -> assertFalse(e.id().isEmpty()));
      } catch (ValidationException e) {
        assertLocated(e, true);
      }
    }
  }

  /**
   * CSL-JSON of any bytes imports citations or throws one located ValidationException, strictly and
   * leniently; the lenient import throws exactly when the input is no array at all, reads what a
   * strict import reads, and locates each warning.
   */
  @FuzzTest(maxDuration = "60s")
  void cslJsonImportNeverThrowsAnythingElse(byte[] input) {
    String text = new String(input, UTF_8);
    List<Citation> strict = null;
    try {
      strict = CslJson.read(text);
      for (Citation c : strict) {
        assertFalse(c.id().isEmpty());
      }
    } catch (ValidationException e) {
      assertLocated(e, true);
    }
    try {
      ReadResult<List<Citation>> lenient = CslJson.readLeniently(text);
      if (strict != null) {
        assertEquals(strict, lenient.value(), "the lenient import reads what the strict one reads");
      }
      for (Problem w : lenient.warnings()) {
        assertTrue(w.jsonPointer().isPresent(), () -> "warning without a pointer: " + w);
        assertFalse(w.message().isBlank(), () -> "warning without a message: " + w);
      }
    } catch (ValidationException e) {
      assertLocated(e, true);
      assertTrue(strict == null, "the lenient import throws only when the strict one does");
    }
  }

  /**
   * Any sequence of builder calls, with values the fuzzer chooses, ends in a framework that answers
   * every question, or in ValidationExceptions that name the entity and attribute at fault.
   */
  @FuzzTest(maxDuration = "60s")
  void builderNeverThrowsAnythingElse(FuzzedDataProvider data) {
    AccountabilityFramework.Builder b = AccountabilityFramework.builder();
    List<String> ids = new ArrayList<>();
    int steps = data.consumeInt(0, 30);
    for (int i = 0; i < steps; i++) {
      try {
        step(b, data, ids);
      } catch (ValidationException e) {
        assertLocated(e, false);
      } catch (IllegalArgumentException e) {
        // remove(id) of an id no entity has: documented.
        assertTrue(String.valueOf(e.getMessage()).startsWith("no entity has the id"), e::toString);
      }
    }
    try {
      AccountabilityFramework f = b.build();
      for (Role role : f.roles()) {
        for (Conduct conduct : f.conducts()) {
          assertFalse(f.assess(role, conduct).explain().isEmpty());
          assertFalse(f.assess(role, conduct, LocalDate.of(2025, 6, 1)).explain().isEmpty());
        }
      }
      assertTrue(f.equals(f.toBuilder().build()), "toBuilder rebuilds an equal framework");
    } catch (ValidationException e) {
      assertLocated(e, false);
    }
  }

  private static void step(
      AccountabilityFramework.Builder b, FuzzedDataProvider data, List<String> ids) {
    switch (data.consumeInt(0, 7)) {
      case 0 -> b.title(data.consumeBoolean() ? "A title" : data.consumeString(20));
      case 1 -> b.agency(data.consumeBoolean() ? "An agency" : data.consumeString(20));
      case 2 -> {
        String id = id(data);
        ids.add(id);
        b.addCitations(
            Citation.builder()
                .id(id)
                .publisher(data.consumeBoolean() ? "A publisher" : data.consumeString(20))
                .url(
                    data.consumeBoolean()
                        ? "https://example.org/" + id(data)
                        : data.consumeString(40))
                .date(PartialDate.parse(date(data)))
                .kind(data.pickValue(Citation.Kind.values()))
                .build());
      }
      case 3 -> {
        Role role =
            term(data)
                ? Role.of(data.consumeString(12), "a role", "a role")
                : pick(data, Role.standardRoles());
        b.addRoles(role);
      }
      case 4 -> {
        Conduct conduct =
            term(data)
                ? Conduct.of(data.consumeString(12), "a conduct", "a conduct")
                : pick(data, Conduct.standardConducts());
        b.addConducts(conduct);
        if (data.consumeBoolean()) {
          b.addUnlawfulConducts(conduct);
        }
      }
      case 5 -> {
        String id = id(data);
        ids.add(id);
        b.addDirectives(
            Directive.builder()
                .id(id)
                .kind(Directive.Kind.POLICY_MEMO)
                .summary(data.consumeBoolean() ? "A memo" : data.consumeString(30))
                .issuer(Actor.of(data.consumeString(10)))
                .addressee(Actor.of("officers").withRole(pick(data, Role.standardRoles())))
                .addConducts(pick(data, Conduct.standardConducts()))
                .effective(PartialDate.parse(date(data)))
                .addCitations(ids.isEmpty() ? data.consumeString(8) : pick(data, ids))
                .build());
      }
      case 6 -> {
        String id = id(data);
        ids.add(id);
        b.addRoutes(
            LegalRoute.builder()
                .id(id)
                .name(data.consumeBoolean() ? "A route" : data.consumeString(30))
                .liability(data.pickValue(LiabilityType.values()))
                .addConducts(pick(data, Conduct.standardConducts()))
                .addDefendants(Defendant.INDIVIDUAL)
                .addRoles(pick(data, Role.standardRoles()))
                .forum("a court")
                .initiatedBy("the person harmed")
                .availability(data.pickValue(LegalRoute.Availability.values()))
                .addCitations(ids.isEmpty() ? data.consumeString(8) : pick(data, ids))
                .build());
      }
      default -> b.remove(ids.isEmpty() ? data.consumeString(8) : pick(data, ids));
    }
  }

  private static final List<String> IDS = List.of("a", "b", "c", "d", "e");
  private static final List<String> DATES =
      List.of("2025", "2025-06", "2025-06-01", "~2025-06", "2026-02-30");

  /** Mostly one of a few ids, so that references resolve and builds succeed; at times any text. */
  private static String id(FuzzedDataProvider data) {
    return data.consumeInt(0, 9) == 0 ? data.consumeString(12) : pick(data, IDS);
  }

  private static String date(FuzzedDataProvider data) {
    return data.consumeInt(0, 9) == 0 ? data.consumeString(12) : pick(data, DATES);
  }

  private static boolean term(FuzzedDataProvider data) {
    return data.consumeBoolean();
  }

  private static <T> T pick(FuzzedDataProvider data, List<T> values) {
    return values.get(data.consumeInt(0, values.size() - 1));
  }

  private static void assertLocated(ValidationException e, boolean json) {
    assertFalse(e.problems().isEmpty(), "a ValidationException without problems");
    for (Problem p : e.problems()) {
      if (json) {
        assertTrue(
            p.jsonPointer().isPresent() || p.entityKind().isPresent(),
            () -> "problem without a location: " + p);
      } else {
        assertTrue(p.entityKind().isPresent(), () -> "problem without an entity: " + p);
      }
      assertFalse(p.message().isBlank(), () -> "problem without a message: " + p);
    }
  }
}

package org.accountability.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.accountability.model.Citation;
import org.accountability.model.EntityKind;
import org.accountability.model.NumericalTarget;
import org.accountability.model.PartialDate;
import org.accountability.model.Problem;
import org.accountability.model.Problem.Code;
import org.accountability.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every {@link Problem.Code} is produced by at least one test input, so that the vocabulary cannot
 * hold a code nothing reports: the invalid-input catalogue, the warnings of reading format 1.0 and
 * leniently, and a few inputs the catalogue cannot hold (CSL-JSON, the model built in Java).
 */
class ProblemCodeCoverageTest {
  private static final AccountabilityJson STRICT = AccountabilityJson.create();
  private static final AccountabilityJson TIGHT =
      AccountabilityJson.builder()
          .maxNestingDepth(8)
          .maxStringLength(100)
          .maxDocumentLength(4000)
          .build();
  private static final AccountabilityJson LENIENT =
      AccountabilityJson.builder().lenient(true).build();

  @Test
  void everyCodeIsProducedByATestInput() throws IOException, URISyntaxException {
    Map<Code, String> producedBy = new EnumMap<>(Code.class);
    Path invalid = InvalidInputCatalogueTest.catalogue().resolve("invalid");
    for (String name : InvalidInputCatalogueTest.documents().collect(Collectors.toList())) {
      AccountabilityJson json = name.startsWith("over-limit/") ? TIGHT : STRICT;
      ValidationException e =
          assertThrows(ValidationException.class, () -> json.read(invalid.resolve(name)));
      record(producedBy, "catalogue " + name, e.problems());
    }
    Path valid = InvalidInputCatalogueTest.catalogue().resolve("valid");
    record(
        producedBy,
        "reading format 1.0",
        STRICT.readWithWarnings(valid.resolve("fictional-ticket-quotas.json")).warnings());
    record(
        producedBy,
        "lenient reading",
        LENIENT
            .readWithWarnings(invalid.resolve("unknown-property/top-level-notes.json"))
            .warnings());
    record(producedBy, "CSL-JSON", rejected(() -> CslJson.read("[{\"id\": \"a\", \"type\": 7}]")));
    record(
        producedBy,
        "a Java-built target",
        rejected(() -> new NumericalTarget("m", "s", -1, Optional.empty())));
    record(producedBy, "a Java-built date", rejected(() -> PartialDate.parse("January 2030")));
    record(
        producedBy,
        "a Java-built citation",
        rejected(() -> Citation.builder().id("").publisher(" ").build()));

    Set<Code> missing = EnumSet.allOf(Code.class);
    missing.removeAll(producedBy.keySet());
    assertEquals(Set.of(), missing, "codes no test input produces; produced: " + producedBy);
  }

  @Test
  void referenceProblemsNameTheIdAndTheKindExpected() throws IOException, URISyntaxException {
    Path invalid = InvalidInputCatalogueTest.catalogue().resolve("invalid");
    List<Problem> problems = new ArrayList<>();
    for (String name :
        InvalidInputCatalogueTest.documents()
            .filter(n -> n.startsWith("dangling-reference/"))
            .collect(Collectors.toList())) {
      problems.addAll(
          assertThrows(ValidationException.class, () -> STRICT.read(invalid.resolve(name)))
              .problems());
    }
    assertTrue(problems.stream().anyMatch(p -> p.code() == Code.DANGLING_REFERENCE), "" + problems);
    for (Problem p : problems) {
      if (p.code() == Code.DANGLING_REFERENCE || p.code() == Code.WRONG_KIND) {
        assertTrue(p.reference().isPresent(), "names the id referred to: " + p);
        assertTrue(
            p.jsonPointer().isPresent() && p.entityKind().isPresent(),
            "located in the document and in the model: " + p);
      }
    }
    Problem wrongKind =
        problems.stream().filter(p -> p.code() == Code.WRONG_KIND).findFirst().orElseThrow();
    assertEquals(Optional.of("code-9"), wrongKind.reference());
    assertEquals(Optional.of(EntityKind.DIRECTIVE), wrongKind.expectedKind());
    assertEquals(Optional.of("PersonnelAction"), wrongKind.entityKind());
    assertEquals(List.of("enforces", "0"), wrongKind.attributePath());
  }

  private static List<Problem> rejected(Executable input) {
    return assertThrows(ValidationException.class, input).problems();
  }

  private static void record(Map<Code, String> producedBy, String input, List<Problem> problems) {
    for (Problem p : problems) {
      producedBy.putIfAbsent(p.code(), input);
    }
  }
}

package org.accountability.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The builders' refusal of a {@code null} {@code Optional}, {@code Iterable} or array, as their
 * class comments describe it ({@code ModelPackageSanityTest} calls every builder method with null
 * in each argument; this test shows the problems themselves). The examples of the {@code Builder}
 * classes run in {@code JavadocExamplesTest}, after the class examples whose values they copy.
 */
class BuilderNullArgumentsTest {

  private static final Citation WAPO =
      Citation.builder()
          .id("wapo-2025-01-26")
          .title("Trump officials issue quotas to ICE officers to ramp up arrests")
          .publisher("Washington Post")
          .date(PartialDate.parse("2025-01-26"))
          .url(
              "https://www.washingtonpost.com/immigration/2025/01/26/ice-arrests-raids-trump-quota/")
          .kind(Citation.Kind.NEWS_REPORT)
          .build();

  /**
   * A null {@code Optional}, {@code Iterable} or array gets, at once, the problem a null optional
   * value gets; the builder keeps what it held; null elements are still reported by {@code
   * build()}, with every other problem.
   */
  @Test
  @SuppressWarnings("NullAway") // nulls are what the builders must refuse
  void aNullContainerIsRefusedAtOnceLikeANullOptionalValue() {
    Citation.Builder citation = Citation.builder().from(WAPO);
    ValidationException nullValue =
        assertThrows(ValidationException.class, () -> citation.title((String) null));
    ValidationException nullOptional =
        assertThrows(ValidationException.class, () -> citation.title((Optional<String>) null));
    assertEquals(nullValue.problems(), nullOptional.problems());
    assertEquals(
        List.of(
            Problem.inEntity(Problem.Code.MISSING, "(builder)", "", "title", "must not be null")),
        nullOptional.problems());
    assertEquals(WAPO, citation.build(), "the builder is unchanged");

    Claim.Builder claim =
        Claim.builder()
            .id("C1")
            .statement("A statement.")
            .status(Claim.EvidenceStatus.REPORTED)
            .addSources(Claim.Source.supports("a"));
    ValidationException nullIterable =
        assertThrows(ValidationException.class, () -> claim.sources(null));
    assertEquals("sources", nullIterable.problems().get(0).attribute().orElseThrow());
    ValidationException nullArray =
        assertThrows(ValidationException.class, () -> claim.addSources((Claim.Source[]) null));
    assertEquals(nullIterable.problems(), nullArray.problems());
    assertEquals(List.of(Claim.Source.supports("a")), claim.build().sources(), "kept");

    claim.addSources(Claim.Source.supports("b"), null).statement(null);
    ValidationException atBuild = assertThrows(ValidationException.class, claim::build);
    assertEquals(
        List.of(Optional.of("statement"), Optional.of("sources[2]")),
        atBuild.problems().stream().map(Problem::attribute).toList(),
        atBuild.problems().toString());
  }
}

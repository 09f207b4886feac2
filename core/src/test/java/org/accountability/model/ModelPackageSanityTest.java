package org.accountability.model;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.accountability.NullCheckSupport;
import org.accountability.PublicClassSupport;
import org.accountability.SanityFixtures;
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
        // The generated Immutable* classes are excluded: by design their builders, factories and
        // with-methods report a null through the library's ValidationException (naming the
        // attribute, as EntityValidationTest checks), so that a builder lists every problem of an
        // entity at once; the hand-written methods of each value type are checked below through an
        // instance of it.
        .filter(c -> !PublicClassSupport.topLevel(c).getSimpleName().startsWith("Immutable"))
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.getName(),
                    () ->
                        new NullCheckSupport(SanityFixtures.tester(), SanityFixtures.model(), true)
                            .check(c)));
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

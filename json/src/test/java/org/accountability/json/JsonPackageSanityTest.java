package org.accountability.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Assessment;
import org.accountability.model.Conduct;
import org.accountability.model.Role;
import org.accountability.testing.NullCheckSupport;
import org.accountability.testing.PublicClassSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public class of {@code org.accountability.json} rejects null arguments at once with a
 * {@link NullPointerException} naming the parameter: the facade and its builder, the Jackson
 * module, CSL-JSON and the read result.
 */
class JsonPackageSanityTest {
  private static final AccountabilityFramework ICE = CaseStudies.iceDeportationQuotas();
  private static final AccountabilityJson JSON = AccountabilityJson.create();

  private static Map<Class<?>, Object> instances() {
    return Map.of(
        AccountabilityJson.class, JSON,
        AccountabilityJson.Builder.class, AccountabilityJson.builder(),
        AccountabilityModule.class, new AccountabilityModule(),
        CslJson.class, CslJson.builder().build(),
        CslJson.Builder.class, CslJson.builder(),
        ReadResult.class, JSON.readWithWarnings(JSON.write(ICE)));
  }

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(AccountabilityFramework.class, ICE)
        .setDefault(Assessment.class, ICE.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA))
        // Never written or read: every method checks its arguments before it touches a file.
        .setDefault(Path.class, Path.of("never-written.json"));
  }

  @TestFactory
  Stream<DynamicTest> everyPublicClassRejectsNullArguments() {
    return PublicClassSupport.inPackageOf(AccountabilityJson.class).stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.getName(),
                    () -> new NullCheckSupport(tester(), instances(), false).check(c)));
  }

  @Test
  void theScanFindsThePublicClasses() {
    assertEquals(
        List.of(
            AccountabilityJson.class,
            AccountabilityJson.Builder.class,
            AccountabilityModule.class,
            CslJson.class,
            CslJson.Builder.class,
            ReadResult.class),
        PublicClassSupport.inPackageOf(AccountabilityJson.class));
  }

  @Test
  void readResultsAreEqualByValue() {
    String document = JSON.write(ICE);
    new EqualsTester()
        .addEqualityGroup(JSON.readWithWarnings(document), JSON.readWithWarnings(document))
        .addEqualityGroup(new ReadResult<>(ICE.toBuilder().title("Another").build(), List.of()))
        .testEquals();
  }
}

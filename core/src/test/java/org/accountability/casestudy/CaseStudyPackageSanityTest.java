package org.accountability.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.accountability.testing.NullCheckSupport;
import org.accountability.testing.PublicClassSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public class of {@code org.accountability.casestudy} rejects null arguments at once. Its
 * entry points take no argument today; the test keeps it so when one is added.
 */
class CaseStudyPackageSanityTest {
  @TestFactory
  Stream<DynamicTest> everyPublicClassRejectsNullArguments() {
    return PublicClassSupport.inPackageOf(CaseStudies.class).stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.getName(),
                    () -> new NullCheckSupport(new NullPointerTester(), Map.of(), false).check(c)));
  }

  @Test
  void theScanFindsTheEntryPoint() {
    assertEquals(List.of(CaseStudies.class), PublicClassSupport.inPackageOf(CaseStudies.class));
  }
}

package org.accountability.framework;

import com.google.common.testing.EqualsTester;
import java.util.stream.Stream;
import org.accountability.SanityFixtures;
import org.accountability.casestudy.CaseStudies;
import org.accountability.model.Conduct;
import org.accountability.model.Role;
import org.accountability.testing.FictionalFrameworks;
import org.accountability.testing.NullCheckSupport;
import org.accountability.testing.PublicClassSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public class of {@code org.accountability.framework} rejects null arguments at once with a
 * {@link NullPointerException} naming the parameter: the framework and its builder, every filter of
 * every query, the assessment, the evidence view, the timeline and the result records.
 */
class FrameworkPackageSanityTest {
  @TestFactory
  Stream<DynamicTest> everyPublicClassRejectsNullArguments() {
    return PublicClassSupport.inPackageOf(AccountabilityFramework.class).stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.getName(),
                    () ->
                        new NullCheckSupport(
                                SanityFixtures.tester(), SanityFixtures.framework(), false)
                            .check(c)));
  }

  @Test
  void frameworksAreEqualByContent() {
    AccountabilityFramework ice = SanityFixtures.ICE;
    new EqualsTester()
        .addEqualityGroup(ice, CaseStudies.iceDeportationQuotas(), ice.toBuilder().build())
        .addEqualityGroup(FictionalFrameworks.exampleCityTicketQuotas())
        .addEqualityGroup(ice.toBuilder().title("Another title").build())
        .testEquals();
  }

  @Test
  void resultRecordsAreEqualByValue() {
    AccountabilityFramework ice = SanityFixtures.ICE;
    Assessment a = ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA);
    Assessment b = ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA);
    Assessment other = ice.assess(Role.LINE_AGENT, Conduct.EXCESSIVE_FORCE);
    new EqualsTester()
        .addEqualityGroup(a.verdictTrace(), b.verdictTrace())
        .addEqualityGroup(other.verdictTrace())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(a.pathways(), b.pathways())
        .addEqualityGroup(other.pathways())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ice.attainment(), CaseStudies.iceDeportationQuotas().attainment())
        .addEqualityGroup(FictionalFrameworks.exampleCityTicketQuotas().attainment())
        .testEquals();
  }
}

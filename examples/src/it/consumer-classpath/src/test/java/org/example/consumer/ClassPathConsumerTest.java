package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Verdict;
import org.accountability.json.AccountabilityJson;
import org.accountability.json.AccountabilityModule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The library used from a plain class path, as a project without module-info.java uses it. */
class ClassPathConsumerTest {
  private final AccountabilityFramework ice = Consumer.caseStudy();

  @Test
  void runsOnTheClassPath() {
    assertFalse(getClass().getModule().isNamed(), "the consumer is in the unnamed module");
    assertFalse(CaseStudies.class.getModule().isNamed(), "core is on the class path");
    assertFalse(AccountabilityJson.class.getModule().isNamed(), "json is on the class path");
  }

  @Test
  void queriesTheCaseStudy() {
    assertEquals(2, Consumer.actionsAgainstSeniorOfficials(ice));
    assertEquals(Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY, Consumer.lineAgentMissingTheQuota(ice));
  }

  @Test
  void roundTripsThroughJson() {
    String json = Consumer.toJson(ice);
    assertTrue(json.contains("\"title\""), json.substring(0, Math.min(200, json.length())));
    assertEquals(ice, Consumer.fromJson(json));
  }

  @Test
  void findsTheJacksonModuleThroughServiceLoader() {
    List<Class<?>> found =
        ServiceLoader.load(JacksonModule.class).stream().<Class<?>>map(p -> p.type()).toList();
    assertTrue(found.contains(AccountabilityModule.class), found.toString());
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertTrue(
        mapper.registeredModules().stream().anyMatch(m -> m instanceof AccountabilityModule),
        mapper.registeredModules().toString());
    assertEquals(ice, mapper.readValue(Consumer.toJson(ice), AccountabilityFramework.class));
  }

  @Test
  void immutablesIsOnlyACompileTimeDependency() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.immutables.value.Value"));
  }
}

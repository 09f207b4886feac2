package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Verdict;
import org.accountability.json.AccountabilityJson;
import org.accountability.json.AccountabilityModule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library used from a named module. Surefire patches these tests into the module
 * org.example.consumer and puts it and the library on the module path.
 */
class ModulePathConsumerTest {
  private final AccountabilityFramework ice = Consumer.caseStudy();

  @Test
  void runsOnTheModulePath() {
    assertEquals("org.example.consumer", Consumer.class.getModule().getName());
    assertEquals("org.example.consumer", getClass().getModule().getName());
    assertTrue(CaseStudies.class.getModule().isNamed());
    assertEquals("org.accountability.core", CaseStudies.class.getModule().getName());
    assertEquals("org.accountability.json", AccountabilityJson.class.getModule().getName());
    assertEquals("com.google.common", ImmutableList.class.getModule().getName());
    for (String name :
        List.of("org.example.consumer", "org.accountability.core", "org.accountability.json")) {
      Optional<Module> module = ModuleLayer.boot().findModule(name);
      assertTrue(module.isPresent(), name + " is in the boot layer");
    }
    Module consumer = getClass().getModule();
    assertTrue(consumer.canRead(CaseStudies.class.getModule()));
    assertTrue(consumer.canRead(AccountabilityJson.class.getModule()));
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
  void findsTheJacksonModuleThroughTheModulesProvides() {
    List<ServiceLoader.Provider<JacksonModule>> providers =
        ServiceLoader.load(JacksonModule.class).stream().toList();
    assertTrue(
        providers.stream().anyMatch(p -> p.type() == AccountabilityModule.class),
        providers.toString());
    assertEquals("org.accountability.json", AccountabilityModule.class.getModule().getName());
    assertTrue(
        AccountabilityModule.class
            .getModule()
            .getDescriptor()
            .provides()
            .stream()
            .anyMatch(p -> p.service().equals(JacksonModule.class.getName())),
        "org.accountability.json provides JacksonModule");
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertTrue(
        mapper.registeredModules().stream().anyMatch(m -> m instanceof AccountabilityModule),
        mapper.registeredModules().toString());
    assertEquals(ice, mapper.readValue(Consumer.toJson(ice), AccountabilityFramework.class));
  }

  @Test
  void immutablesIsOnlyACompileTimeDependency() {
    assertTrue(ModuleLayer.boot().findModule("org.immutables.value").isEmpty());
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.immutables.value.Value"));
  }
}

package org.accountability;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.accountability.framework.AccountabilityFramework;
import org.junit.jupiter.api.Test;

/** The rules of the core module's shape: layering, dependencies, exports, null-marking. */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.accountability");

  @Test
  void theModelDependsOnNothingAboveIt() {
    noClasses()
        .that()
        .resideInAPackage("org.accountability.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.accountability.framework..", "org.accountability.casestudy..")
        .check(CORE);
  }

  @Test
  void theFrameworkDoesNotDependOnTheCaseStudies() {
    noClasses()
        .that()
        .resideInAPackage("org.accountability.framework..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.accountability.casestudy..")
        .check(CORE);
  }

  @Test
  void coreUsesNoJacksonAndNoIoFramework() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml..", "java.sql..", "java.net.http..")
        .check(CORE);
  }

  @Test
  void everyPackageIsNullMarkedAndDocumented() throws ClassNotFoundException {
    Set<String> packages =
        CORE.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        Set.of("org.accountability.casestudy", "org.accountability.framework", "org.accountability.model"),
        packages);
    for (String name : packages) {
      Class<?> info = Class.forName(name + ".package-info");
      assertTrue(
          info.isAnnotationPresent(org.jspecify.annotations.NullMarked.class),
          name + " is @NullMarked");
    }
  }

  @Test
  void theModuleExportsExactlyTheApiPackages() throws java.io.IOException {
    ModuleDescriptor descriptor;
    try (java.io.InputStream in =
        AccountabilityFramework.class.getResourceAsStream("/module-info.class")) {
      assertTrue(in != null, "module-info.class is on the path");
      descriptor = ModuleDescriptor.read(in);
    }
    assertEquals("org.accountability.core", descriptor.name());
    assertEquals(
        Set.of("org.accountability.model", "org.accountability.framework", "org.accountability.casestudy"),
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
  }

  @Test
  void helpersStayPackagePrivate() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Checks")
        .or()
        .haveSimpleName("TextTable")
        .or()
        .haveSimpleName("AssessmentRules")
        .or()
        .haveSimpleName("MarkdownAnswer")
        .or()
        .haveSimpleName("FrameworkValidation")
        .should()
        .notHaveModifier(JavaModifier.PUBLIC)
        .check(CORE);
  }

  @Test
  void noGrabBagClassNames() {
    noClasses()
        .should()
        .haveSimpleNameEndingWith("Util")
        .orShould()
        .haveSimpleNameEndingWith("Utils")
        .orShould()
        .haveSimpleNameEndingWith("Helper")
        .orShould()
        .haveSimpleNameEndingWith("Manager")
        .check(CORE);
  }
}

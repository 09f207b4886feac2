package org.accountability;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
        Set.of(
            "org.accountability.casestudy",
            "org.accountability.framework",
            "org.accountability.model"),
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
        Set.of(
            "org.accountability.model",
            "org.accountability.framework",
            "org.accountability.casestudy"),
        descriptor.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet()));
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

  /**
   * Immutables generates the implementation of each entity and its builder. Users name only the
   * documented types: the generated classes are package-private, and no public type shows one in a
   * public or protected signature, as a supertype or a type argument.
   */
  @Test
  void generatedTypesStayOutOfThePublicApi() {
    Set<JavaClass> generated =
        CORE.stream()
            .filter(c -> c.getSourceCodeLocation().getSourceFileName().startsWith("Immutable"))
            .collect(Collectors.toSet());
    assertTrue(generated.size() >= 16, "the generated values and builders: " + generated.size());
    List<String> exposed = new ArrayList<>();
    for (JavaClass type : generated) {
      if (isApi(type)) {
        exposed.add(type.getName() + " is public");
      }
    }
    for (JavaClass type : CORE) {
      if (!isApi(type)) {
        continue;
      }
      List<Map.Entry<String, Set<JavaClass>>> uses = new ArrayList<>();
      type.getSuperclass().ifPresent(t -> uses.add(supertype(t)));
      type.getInterfaces().forEach(t -> uses.add(supertype(t)));
      type.getMembers().stream()
          .filter(m -> isApiMember(m.getModifiers()))
          .flatMap(ArchitectureTest::signatureTypes)
          .forEach(e -> uses.add(Map.entry(e.getKey(), e.getValue().getAllInvolvedRawTypes())));
      for (Map.Entry<String, Set<JavaClass>> use : uses) {
        use.getValue().stream()
            .filter(generated::contains)
            .forEach(g -> exposed.add(type.getName() + " " + use.getKey() + ": " + g.getName()));
      }
    }
    assertEquals(List.of(), exposed);
  }

  /**
   * The types a supertype shows: its type arguments, and itself when it is public (a public class
   * may extend a package-private one, whose members it then offers as its own).
   */
  private static Map.Entry<String, Set<JavaClass>> supertype(JavaType supertype) {
    Set<JavaClass> shown = new java.util.HashSet<>(supertype.getAllInvolvedRawTypes());
    if (!isApi(supertype.toErasure())) {
      shown.remove(supertype.toErasure());
    }
    return Map.entry("supertype " + supertype.getName(), shown);
  }

  private static Stream<Map.Entry<String, JavaType>> signatureTypes(JavaMember member) {
    String name = member.getName();
    if (member instanceof JavaField field) {
      return Stream.of(Map.entry("field " + name, field.getType()));
    }
    JavaCodeUnit unit = (JavaCodeUnit) member;
    return Stream.concat(
        Stream.of(Map.entry(name + " returns", unit.getReturnType())),
        unit.getParameterTypes().stream().map(p -> Map.entry(name + " takes", p)));
  }

  private static boolean isApi(JavaClass type) {
    for (JavaClass c = type; ; c = c.getEnclosingClass().orElseThrow()) {
      if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
      if (c.getEnclosingClass().isEmpty()) {
        return true;
      }
    }
  }

  private static boolean isApiMember(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
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

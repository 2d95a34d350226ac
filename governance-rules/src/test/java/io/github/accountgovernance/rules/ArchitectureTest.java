package io.github.accountgovernance.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of governance-rules. Tests run on the class path, so the module descriptor is read from
 * the compiled {@code module-info.class} and the dependencies are checked with ArchUnit.
 */
final class ArchitectureTest {

  private static final JavaClasses RULES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.accountgovernance.rules");

  private static ModuleDescriptor descriptor(String module) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("..", module, "target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void moduleInfo_exportsTheApiPackagesAndNoInternalOne() throws IOException {
    Set<String> exported =
        descriptor("governance-rules").exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());

    assertThat(exported)
        .containsExactlyInAnyOrder(
            "io.github.accountgovernance.rules",
            "io.github.accountgovernance.rules.authoring",
            "io.github.accountgovernance.rules.files",
            "io.github.accountgovernance.rules.report",
            "io.github.accountgovernance.rules.catalogue",
            "io.github.accountgovernance.rules.coverage",
            "io.github.accountgovernance.rules.naming",
            "io.github.accountgovernance.rules.planning",
            "io.github.accountgovernance.rules.assertions",
            "io.github.accountgovernance.rules.whatif");
  }

  @Test
  void coreModuleInfo_exportsItsInternalPackageOnlyToTheLibrarysOwnModules() throws IOException {
    assertThat(descriptor("governance-core").exports())
        .filteredOn(export -> export.source().endsWith(".internal"))
        .singleElement()
        .satisfies(export -> assertThat(export.targets())
            .containsExactlyInAnyOrder("io.github.accountgovernance.rules", "io.github.accountgovernance.examples"));
  }

  @Test
  void onlyTheAssertionsPackage_dependsOnAssertJ() {
    noClasses()
        .that().resideOutsideOfPackage("io.github.accountgovernance.rules.assertions..")
        .should().dependOnClassesThat().resideInAPackage("org.assertj..")
        .because("AssertJ is optional: embedders who never call the assertions must not need it")
        .check(RULES);
  }

  @Test
  void onlyTheNamingPackage_dependsOnIcu() {
    noClasses()
        .that().resideOutsideOfPackage("io.github.accountgovernance.rules.naming..")
        .should().dependOnClassesThat().resideInAPackage("com.ibm.icu..")
        .because("ICU4J types stay behind the naming analysis, so its API does not leak into the rules")
        .check(RULES);
  }

  @Test
  void theEngine_dependsOnNoneOfTheCatalogueOrTheFormats() {
    noClasses()
        .that().resideInAnyPackage("io.github.accountgovernance.rules", "io.github.accountgovernance.rules.authoring")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.accountgovernance.rules.catalogue..",
            "io.github.accountgovernance.rules.files..",
            "io.github.accountgovernance.rules.report..",
            "io.github.accountgovernance.rules.assertions..")
        .because("the engine is what catalogues and formats are built on; a force's own rules need only the engine")
        .check(RULES);
  }
}

package io.github.accountgovernance.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.accountgovernance.core.internal.GovernanceStyle;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of governance-core, checked on the class path (the tests do not run on the module path,
 * so module-info alone would not catch these).
 */
final class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.accountgovernance.core");

  @Test
  void core_dependsOnNothingOfTheRules() {
    noClasses()
        .that().resideInAPackage("io.github.accountgovernance.core..")
        .should().dependOnClassesThat().resideInAPackage("io.github.accountgovernance.rules..")
        .because("the rules are built on the core, never the other way round")
        .check(CORE);
  }

  @Test
  void internal_holdsOnlyTheSharedImmutablesStyle() {
    classes()
        .that().resideInAPackage("io.github.accountgovernance.core.internal..")
        .and().areTopLevelClasses()
        .and().doNotHaveFullyQualifiedName(GovernanceStyle.class.getName())
        .should().notBePublic()
        .because("GovernanceStyle is public only to be shared with the rules and examples modules, to which"
            + " module-info alone exports core.internal; the files layer that once lived here is core.files, an"
            + " exported API; anything else here is an implementation detail")
        .allowEmptyShould(true)
        .check(CORE);
  }

  @Test
  void model_doesNotDependOnTheFilesLayer() {
    noClasses()
        .that().resideInAPackage("io.github.accountgovernance.core.model..")
        .should().dependOnClassesThat().resideInAPackage("io.github.accountgovernance.core.files..")
        .because("the model is what files are read into; the files layer knows nothing of estates, and the model"
            + " reports its problems with core.problem, which both share")
        .check(CORE);
  }

  @Test
  void filesLayerAndProblems_doNotDependOnTheModel() {
    noClasses()
        .that().resideInAnyPackage(
            "io.github.accountgovernance.core.files..", "io.github.accountgovernance.core.problem..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.accountgovernance.core.model..", "io.github.accountgovernance.core.io..",
            "io.github.accountgovernance.core.time..")
        .because("the files layer serves every file format (estates, packs, waivers, baselines, reports), so it must"
            + " not know any one of them")
        .check(CORE);
  }

  @Test
  void sourcesSpi_knowsTheFilesLayerOnly() {
    noClasses()
        .that().resideInAPackage("io.github.accountgovernance.core.sources..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.accountgovernance.core.model..", "io.github.accountgovernance.core.io..",
            "io.github.accountgovernance.core.time..", "io.github.accountgovernance.core.internal..")
        .because("a source format turns a file into rows of located text; the estate reader gives them meaning,"
            + " so that a format needs no knowledge of the model and the model's wording stays in one place")
        .check(CORE);
  }

  @Test
  void problem_dependsOnNoOtherPackageOfTheLibrary() {
    noClasses()
        .that().resideInAPackage("io.github.accountgovernance.core.problem..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.accountgovernance.core.files..", "io.github.accountgovernance.core.internal..")
        .because("core.problem is the bottom that both the model and the files layer use")
        .check(CORE);
  }

  @Test
  void corePackages_areFreeOfCycles() {
    slices().matching("io.github.accountgovernance.core.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void model_doesNotDependOnEstateFiles() {
    noClasses()
        .that().resideInAPackage("io.github.accountgovernance.core.model..")
        .should().dependOnClassesThat().resideInAPackage("io.github.accountgovernance.core.io..")
        .because("the model is what files are read into; files are one way of making it")
        .check(CORE);
  }

  @Test
  void onlyTheTestingPackage_dependsOnQuickTheories() {
    noClasses()
        .that().resideInAPackage("io.github.accountgovernance.core..")
        .and().resideOutsideOfPackage("io.github.accountgovernance.core.testing..")
        .should().dependOnClassesThat().resideInAPackage("org.quicktheories..")
        .because("QuickTheories is an optional dependency that users of the model need not have")
        .check(CORE);
  }

  @Test
  void nothingButTheTestingPackage_dependsOnIt() {
    noClasses()
        .that().resideInAPackage("io.github.accountgovernance.core..")
        .and().resideOutsideOfPackage("io.github.accountgovernance.core.testing..")
        .should().dependOnClassesThat().resideInAPackage("io.github.accountgovernance.core.testing..")
        .because("the generators need QuickTheories, which the rest of the library must not")
        .check(CORE);
  }
}

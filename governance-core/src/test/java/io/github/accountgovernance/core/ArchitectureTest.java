package io.github.accountgovernance.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.accountgovernance.core.internal.GovernanceStyle;
import io.github.accountgovernance.core.internal.Suggestions;
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
  void internal_hasNoPublicClassesBeyondTheSharedOnes() {
    classes()
        .that().resideInAPackage("io.github.accountgovernance.core.internal..")
        .and().doNotHaveFullyQualifiedName(GovernanceStyle.class.getName())
        .and().doNotHaveFullyQualifiedName(Suggestions.class.getName())
        .should().notBePublic()
        .because("GovernanceStyle and Suggestions are public only to be shared with the rules and examples modules,"
            + " to which module-info alone exports core.internal; anything else there is an implementation detail")
        .allowEmptyShould(true)
        .check(CORE);
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
  void onlyTheTestingPackage_dependsOnJqwik() {
    noClasses()
        .that().resideInAPackage("io.github.accountgovernance.core..")
        .and().resideOutsideOfPackage("io.github.accountgovernance.core.testing..")
        .should().dependOnClassesThat().resideInAPackage("net.jqwik..")
        .because("jqwik is an optional dependency that users of the model need not have")
        .check(CORE);
  }

  @Test
  void nothingButTheTestingPackage_dependsOnIt() {
    noClasses()
        .that().resideInAPackage("io.github.accountgovernance.core..")
        .and().resideOutsideOfPackage("io.github.accountgovernance.core.testing..")
        .should().dependOnClassesThat().resideInAPackage("io.github.accountgovernance.core.testing..")
        .because("the arbitraries need jqwik, which the rest of the library must not")
        .check(CORE);
  }
}

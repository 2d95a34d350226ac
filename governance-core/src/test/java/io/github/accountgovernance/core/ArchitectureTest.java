package io.github.accountgovernance.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.accountgovernance.core.internal.GovernanceStyle;
import io.github.accountgovernance.core.internal.LocatedNode;
import io.github.accountgovernance.core.internal.LocatedReader;
import io.github.accountgovernance.core.internal.ObjectFields;
import io.github.accountgovernance.core.internal.Output;
import io.github.accountgovernance.core.internal.Problems;
import io.github.accountgovernance.core.internal.Suggestions;
import io.github.accountgovernance.core.internal.Syntax;
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
        .and().areTopLevelClasses()
        .and().doNotHaveFullyQualifiedName(GovernanceStyle.class.getName())
        .and().doNotHaveFullyQualifiedName(Suggestions.class.getName())
        .and().doNotHaveFullyQualifiedName(Syntax.class.getName())
        .and().doNotHaveFullyQualifiedName(LocatedReader.class.getName())
        .and().doNotHaveFullyQualifiedName(LocatedNode.class.getName())
        .and().doNotHaveFullyQualifiedName(Problems.class.getName())
        .and().doNotHaveFullyQualifiedName(ObjectFields.class.getName())
        .and().doNotHaveFullyQualifiedName(Output.class.getName())
        .should().notBePublic()
        .because("GovernanceStyle and Suggestions are public only to be shared with the rules and examples modules,"
            + " to which module-info alone exports core.internal; so is the one located reader of YAML and JSON"
            + " (Syntax, LocatedReader with its Limits and Cursor, LocatedNode, Problems, ObjectFields) and the one"
            + " writer (Output), which estates, waivers, baselines, packs and reports all share, so that every file"
            + " the library reads has the same limits, alias policy and messages; anything else there is an"
            + " implementation detail")
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

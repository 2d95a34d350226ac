package io.github.accountgovernance.rules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.accountgovernance.rules.authoring.PlantedBackEdge;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.files.PackFiles;
import org.junit.jupiter.api.Test;

/**
 * The packages of governance-rules in layers, each allowed dependency named and each exception explained (as
 * ArchUnit's own self-test declares its layers), and no package cycles. Both rules are also run once over the
 * library plus {@link PlantedBackEdge}, a test-only class in the authoring package that uses the report: they
 * must fail on it, naming it, or they could not fail at all.
 */
final class PackageLayersTest {

  private static final String RULES = "io.github.accountgovernance.rules";

  private static final JavaClasses LIBRARY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(RULES);

  private static final JavaClasses WITH_PLANTED_EDGE =
      new ClassFileImporter()
          .withImportOption(location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
              || location.contains(PlantedBackEdge.class.getSimpleName()))
          .importPackages(RULES);

  /** Bottom to top; a layer may use the layers listed below it, as each whereLayer line says. */
  static final ArchRule LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Analyses").definedBy(RULES + ".coverage..", RULES + ".naming..")
          .layer("Authoring").definedBy(RULES + ".authoring..")
          .layer("Consumer").definedBy(RULES)
          .layer("Catalogue").definedBy(RULES + ".catalogue..")
          .layer("Files").definedBy(RULES + ".files..")
          .layer("Formats").definedBy(RULES + ".report..")
          .layer("Assertions").definedBy(RULES + ".assertions..")
          .layer("Internal").definedBy(RULES + ".internal..")
          .layer("WhatIf").definedBy(RULES + ".whatif..")
          .layer("Planning").definedBy(RULES + ".planning..")

          // Applications of the engine: asking what if, and planning closures. Only their users call them.
          .whereLayer("WhatIf").mayNotBeAccessedByAnyLayer()
          .whereLayer("Planning").mayNotBeAccessedByAnyLayer()

          // Policy teams' tests use the assertions; nothing in the library does.
          .whereLayer("Assertions").mayNotBeAccessedByAnyLayer()
          // An assertion's failure message is the text report.
          .whereLayer("Formats").mayOnlyBeAccessedByLayers("Assertions")
          // The JSON format is the report file: ReportFormat.JSON writes it through ReportJson; a scenario file's
          // problems are reported like every other file's.
          .whereLayer("Files").mayOnlyBeAccessedByLayers("Formats", "Assertions", "WhatIf")
          // The catalogue is content built on the engine: the closure planner plans to satisfy its closure, estate
          // and monitoring rules; otherwise only the one exception below reaches into it.
          .whereLayer("Catalogue").mayOnlyBeAccessedByLayers("Planning")
          // What a consumer runs and reads is used by everything that runs packs or renders, reads and writes
          // reports; never by the authoring API below it.
          .whereLayer("Consumer")
          .mayOnlyBeAccessedByLayers("Catalogue", "Files", "Formats", "Assertions", "WhatIf", "Planning")
          // Rules are written with the authoring API; the engine runs them and reports in its words.
          .whereLayer("Authoring")
          .mayOnlyBeAccessedByLayers("Consumer", "Catalogue", "Files", "Formats", "Assertions", "WhatIf", "Planning")
          // Analyses know only the estate: the engine owns the coverage (the report keeps its timeline), rules
          // read it through the context, and the catalogue's naming rules use the naming analyses directly.
          .whereLayer("Analyses")
          .mayOnlyBeAccessedByLayers("Authoring", "Consumer", "Catalogue", "Formats", "WhatIf", "Planning")
          // XML escaping for the JUnit XML format; the Markdown and indented text every human-readable output writes.
          .whereLayer("Internal").mayOnlyBeAccessedByLayers("Formats", "WhatIf", "Planning")

          // Exception: a pack file derives from a bundled pack by name ("derivesFrom: npcc2021"), so the pack
          // reader (PackFiles and the codecs nested in it) looks the name up in the catalogue. The catalogue itself
          // never reads files.
          .ignoreDependency(belongToAnyOf(PackFiles.class), equivalentTo(PolicyPacks.class))
          .because("each package is for one kind of reader, and a lower one never needs a higher one");

  static final ArchRule NO_CYCLES =
      slices().matching("io.github.accountgovernance.(**)").should().beFreeOfCycles()
          .because("a package cycle makes two packages one, whatever their folders say");

  @Test
  void packages_keepToTheirLayers() {
    LAYERS.check(LIBRARY);
  }

  @Test
  void packages_haveNoCycles() {
    NO_CYCLES.check(LIBRARY);
  }

  @Test
  void aPlantedBackEdge_breaksBothRules_namingTheClassThatMadeIt() {
    assertThat(WITH_PLANTED_EDGE.contain(PlantedBackEdge.class)).isTrue();

    EvaluationResult layers = LAYERS.evaluate(WITH_PLANTED_EDGE);
    EvaluationResult cycles = NO_CYCLES.evaluate(WITH_PLANTED_EDGE);

    assertThat(layers.hasViolation()).isTrue();
    assertThat(layers.getFailureReport().getDetails())
        .allMatch(line -> line.contains(PlantedBackEdge.class.getName()))
        .anyMatch(line -> line.contains(Report.class.getName()));
    assertThat(cycles.hasViolation()).isTrue();
    assertThat(String.join("\n", cycles.getFailureReport().getDetails()))
        .contains("authoring", PlantedBackEdge.class.getName());
  }
}

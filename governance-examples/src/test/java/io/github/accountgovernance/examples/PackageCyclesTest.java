package io.github.accountgovernance.examples;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.accountgovernance.examples.html.HtmlReport;
import org.junit.jupiter.api.Test;

/** The examples' packages (the estates, the command line, the HTML report) make no cycle, and the rule can fail. */
final class PackageCyclesTest {

  private static final String EXAMPLES = "io.github.accountgovernance.examples";

  static final ArchRule NO_CYCLES =
      slices().matching("io.github.accountgovernance.(**)").should().beFreeOfCycles()
          .because("a package cycle makes two packages one, whatever their folders say");

  @Test
  void examplePackages_haveNoCycles() {
    NO_CYCLES.check(new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(EXAMPLES));
  }

  @Test
  void aPlantedBackEdge_isACycle() {
    // PlantedHtmlBackEdge (test sources, in examples.html) uses the command line, which uses the HTML report.
    JavaClasses planted = new ClassFileImporter()
        .withImportOption(location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
            || location.contains("PlantedHtmlBackEdge"))
        .importPackages(EXAMPLES);

    EvaluationResult result = NO_CYCLES.evaluate(planted);

    assertThat(planted.contain(HtmlReport.class)).isTrue();
    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("Cycle detected", "PlantedHtmlBackEdge");
  }
}

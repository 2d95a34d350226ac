package io.github.accountgovernance.core;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.accountgovernance.core.time.PlantedBackEdge;
import org.junit.jupiter.api.Test;

/**
 * ArchitectureTest's "no package cycles" rule can fail: run over core plus {@link PlantedBackEdge} (test sources,
 * in core.time, using the model, which uses time), it reports the cycle and the class that made it.
 */
final class PackageCyclesTest {

  @Test
  void aPlantedBackEdge_isACycle() {
    JavaClasses planted = new ClassFileImporter()
        .withImportOption(location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
            || location.contains(PlantedBackEdge.class.getSimpleName()))
        .importPackages("io.github.accountgovernance.core");

    EvaluationResult result = slices().matching("io.github.accountgovernance.core.(*)..").should().beFreeOfCycles()
        .evaluate(planted);

    assertThat(planted.contain(PlantedBackEdge.class)).isTrue();
    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("Cycle detected", PlantedBackEdge.class.getName());
  }
}

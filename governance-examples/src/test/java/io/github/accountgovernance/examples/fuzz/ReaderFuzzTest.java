package io.github.accountgovernance.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.problem.InvalidFileException;
import io.github.accountgovernance.rules.Evaluation;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.files.BaselineFiles;
import io.github.accountgovernance.rules.files.PackFiles;
import io.github.accountgovernance.rules.files.WaiverFiles;
import io.github.accountgovernance.rules.report.ReportFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzz targets (Jazzer) for the estate, pack, waiver and baseline readers and for read, evaluate
 * and render. In the normal build they run in regression mode on the committed corpus in
 * {@code ReaderFuzzTestInputs/<target>/} (the reproducers of issue 14 and the inputs campaigns found); with
 * {@code JAZZER_FUZZ=1} a target fuzzes (docs/fuzzing.md). The invariant: the reader succeeds (an estate then
 * evaluates and renders as text and JSON) or throws the documented {@link InvalidFileException} whose every
 * problem has a file, line and column; any other exception or error is a finding.
 */
final class ReaderFuzzTest {

  static void readOrRefuseWithLocations(Runnable read) {
    try {
      read.run();
    } catch (InvalidFileException e) {
      assertThat(e.problems()).isNotEmpty()
          .allSatisfy(problem -> assertThat(problem.location()).as("%s", problem).isPresent());
      assertThat(e.getMessage()).doesNotContain("REDACTED", "Exception", "<org.yaml", "Input length");
    }
  }

  @FuzzTest(maxDuration = "4m")
  void estateReadEvaluateRender(byte[] data) {
    readOrRefuseWithLocations(() -> {
      try {
        Estate estate = EstateReader.yaml().read(new ByteArrayInputStream(data), "estate.yaml");
        Report report = Evaluation.of(PolicyPacks.npcc2021()).evaluate(estate);
        assertThat(ReportFormat.TEXT.render(report)).isNotEmpty();
        assertThat(ReportFormat.JSON.render(report)).isNotEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @FuzzTest(maxDuration = "3m")
  void packReader(byte[] data) {
    readOrRefuseWithLocations(() -> PackFiles.read(new String(data, StandardCharsets.UTF_8), "pack.yaml"));
  }

  @FuzzTest(maxDuration = "3m")
  void waiverReader(byte[] data) {
    readOrRefuseWithLocations(() -> WaiverFiles.read(new String(data, StandardCharsets.UTF_8), "waivers.yaml"));
  }

  @FuzzTest(maxDuration = "3m")
  void baselineReader(byte[] data) {
    readOrRefuseWithLocations(() -> BaselineFiles.read(new String(data, StandardCharsets.UTF_8), "baseline.yaml"));
  }
}

package io.github.accountgovernance.rules.files;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.accountgovernance.rules.Baseline;
import io.github.accountgovernance.rules.Fingerprint;
import io.github.accountgovernance.rules.Waiver;
import io.github.accountgovernance.rules.report.ReportGens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class GovernanceFilesProperties {

  private static Gen<List<Waiver>> waivers() {
    return lists().of(ReportGens.waivers()).ofSizeBetween(0, 5);
  }

  private static Gen<List<Fingerprint>> fingerprints() {
    return lists().of(ReportGens.fingerprints()).ofSizeBetween(0, 5);
  }

  @Test
  void waivers_roundTripThroughYaml() {
    qt().withExamples(200)
        .forAll(waivers())
        .checkAssert(waivers ->
            assertThat(WaiverFiles.read(WaiverFiles.toYaml(waivers), "waivers.yaml"))
                .isEqualTo(GovernanceFiles.sorted(waivers)));
  }

  @Test
  void waivers_roundTripThroughJson() {
    qt().withExamples(200)
        .forAll(waivers())
        .checkAssert(waivers ->
            assertThat(WaiverFiles.read(WaiverFiles.toJson(waivers), "waivers.json"))
                .isEqualTo(GovernanceFiles.sorted(waivers)));
  }

  @Test
  void baselines_roundTripThroughYamlAndJson() {
    qt().withExamples(200)
        .forAll(fingerprints())
        .checkAssert(entries -> {
          Baseline baseline = Baseline.of(entries);

          assertThat(BaselineFiles.read(BaselineFiles.toYaml(baseline), "baseline.yaml")).isEqualTo(baseline);
          assertThat(BaselineFiles.read(BaselineFiles.toJson(baseline), "baseline.json")).isEqualTo(baseline);
        });
  }
}

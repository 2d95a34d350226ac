package io.github.accountgovernance.rules.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.rules.Baseline;
import io.github.accountgovernance.rules.Fingerprint;
import io.github.accountgovernance.rules.Waiver;
import io.github.accountgovernance.rules.report.ReportDomain;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class GovernanceFilesProperties {

  @Provide
  Arbitrary<List<Waiver>> waivers() {
    return ReportDomain.waivers().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<Fingerprint>> fingerprints() {
    return ReportDomain.fingerprints().list().ofMaxSize(5);
  }

  @Property(tries = 200)
  void waivers_roundTripThroughYaml(@ForAll("waivers") List<Waiver> waivers) {
    assertThat(WaiverFiles.read(WaiverFiles.toYaml(waivers), "waivers.yaml")).isEqualTo(GovernanceFiles.sorted(waivers));
  }

  @Property(tries = 200)
  void waivers_roundTripThroughJson(@ForAll("waivers") List<Waiver> waivers) {
    assertThat(WaiverFiles.read(WaiverFiles.toJson(waivers), "waivers.json")).isEqualTo(GovernanceFiles.sorted(waivers));
  }

  @Property(tries = 200)
  void baselines_roundTripThroughYamlAndJson(@ForAll("fingerprints") List<Fingerprint> entries) {
    Baseline baseline = Baseline.of(entries);

    assertThat(BaselineFiles.read(BaselineFiles.toYaml(baseline), "baseline.yaml")).isEqualTo(baseline);
    assertThat(BaselineFiles.read(BaselineFiles.toJson(baseline), "baseline.json")).isEqualTo(baseline);
  }
}

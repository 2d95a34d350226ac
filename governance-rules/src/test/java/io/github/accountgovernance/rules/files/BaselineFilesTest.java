package io.github.accountgovernance.rules.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.rules.Baseline;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.report.ReportFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BaselineFilesTest {

  @Test
  void baselineOfAReport_roundTripsThroughYamlAndJson() {
    Baseline baseline = Baseline.of(ReportFixtures.pack().evaluate(ReportFixtures.estate()));

    assertThat(BaselineFiles.read(BaselineFiles.toYaml(baseline), "baseline.yaml")).isEqualTo(baseline);
    assertThat(BaselineFiles.read(BaselineFiles.toJson(baseline), "baseline.json")).isEqualTo(baseline);
  }

  @Test
  void baseline_roundTripsThroughFiles_andAcceptsTheViolationsItRecorded(@TempDir Path directory) {
    Path file = directory.resolve("baseline.yaml");
    BaselineFiles.write(Baseline.of(ReportFixtures.pack().evaluate(ReportFixtures.estate())), file);

    Report later = ReportFixtures.pack().evaluation().baseline(BaselineFiles.read(file)).evaluate(ReportFixtures.estate());

    assertThat(later.violations()).isEmpty();
    assertThat(later.baselined()).isNotEmpty();
  }

  @Test
  void yaml_isOneEntryPerFingerprintWithKeysOnlyWhenPresent() {
    String yaml = BaselineFiles.toYaml(ReportFixtures.baseline());

    assertThat(yaml).isEqualTo(String.join("\n",
        "schema: account-governance/baseline@1",
        "entries:",
        "  - rule: EST-5",
        "    subject: account:gone-x",
        "  - rule: MON-9",
        "    subject: account:york-x",
        ""));
  }

  @Test
  void read_keepsKeys() {
    Baseline baseline = BaselineFiles.read(
        "entries:\n  - rule: MON-4\n    subject: account:york-x\n    key: c-1402\n", "baseline.yaml");

    assertThat(baseline.entries()).singleElement()
        .satisfies(entry -> assertThat(entry.text()).isEqualTo("MON-4|account:york-x|c-1402"));
  }

  @Test
  void read_reportsEveryBadEntryTogether_andAMisspeltFieldOnce() {
    String yaml = String.join("\n",
        "entries:",
        "  - rule: MON-2",
        "    subject: york-x",
        "  - rule: MON-2",
        "    subject: acount:york-x",
        "  - rul: MON-2",
        "    subject: account:york-x",
        "");

    assertThatThrownBy(() -> BaselineFiles.read(yaml, "baseline.yaml"))
        .isInstanceOfSatisfying(InvalidGovernanceFileException.class, e ->
            assertThat(e.problems()).extracting(Problem::path).containsExactly(
                "entries[0].subject", "entries[1].subject", "entries[2].rul"));
  }
}

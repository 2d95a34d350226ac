package io.github.accountgovernance.rules.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.accountgovernance.core.problem.InvalidFileException;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.model.InvalidEstateException;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.Waiver;
import io.github.accountgovernance.rules.report.ReportFixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class WaiverFilesTest {

  private static final String YAML = String.join("\n",
      "schema: account-governance/waivers@1",
      "waivers:",
      "  - rule: EST-5",
      "    subject: \"@NYP_Jobs\"",
      "    reason: recruitment account; owner being appointed",
      "    approvedBy: Supt. A. Example",
      "    expires: 2021-06-30",
      "  - rule: MON-4",
      "    subject: account:york-x",
      "    key: c-1402",
      "    reason: second monitor starts in May",
      "    approvedBy: Ch. Insp. B. Example",
      "    expires: 2021-05-31",
      "");

  @Test
  void read_yaml_givesTheWaiversInCanonicalOrder() {
    List<Waiver> waivers = WaiverFiles.read(YAML, "waivers.yaml");

    assertThat(waivers).extracting(w -> w.ruleId().value(), Waiver::subject, Waiver::expiresOn).containsExactly(
        tuple("EST-5", "@NYP_Jobs", LocalDate.of(2021, 6, 30)),
        tuple("MON-4", "account:york-x", LocalDate.of(2021, 5, 31)));
    assertThat(waivers.get(1).key()).contains("c-1402");
  }

  @Test
  void read_forAPack_refusesARuleIdThatNoRuleOfThePackHas_withDidYouMean() {
    String mistyped = YAML.replace("rule: MON-4", "rule: MON-44").replace("rule: EST-5", "rule: EST-5 ");

    assertThatThrownBy(() -> WaiverFiles.read(new java.io.StringReader(mistyped), "waivers.yaml",
            io.github.accountgovernance.rules.catalogue.PolicyPacks.npcc2021()))
        .isInstanceOfSatisfying(InvalidGovernanceFileException.class, e ->
            assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "waivers.yaml:8:11: waivers[1].rule: no rule \"MON-44\" in npcc2021 (did you mean \"MON-4\"?)"));
    // Without a pack, any well-formed id is read: the file alone cannot tell which rules exist.
    assertThat(WaiverFiles.read(mistyped, "waivers.yaml")).hasSize(2);
  }

  @Test
  void read_forAPack_acceptsTheIdsOfItsRules_enabledOrDisabled() {
    io.github.accountgovernance.rules.PolicyPack pack =
        io.github.accountgovernance.rules.catalogue.PolicyPacks.npcc2021().derive("nyp").disable("MON-4").build();

    assertThat(WaiverFiles.read(new java.io.StringReader(YAML), "waivers.yaml", pack))
        .extracting(w -> w.ruleId().value()).containsExactly("EST-5", "MON-4");
  }

  @Test
  void waivers_roundTripThroughYamlAndJson() {
    List<Waiver> waivers = ReportFixtures.waivers();
    List<Waiver> sorted = GovernanceFiles.sorted(waivers);

    assertThat(WaiverFiles.read(WaiverFiles.toYaml(waivers), "waivers.yaml")).isEqualTo(sorted);
    assertThat(WaiverFiles.read(WaiverFiles.toJson(waivers), "waivers.json")).isEqualTo(sorted);
    assertThat(WaiverFiles.toYaml(WaiverFiles.read(YAML, "waivers.yaml")))
        .isEqualTo(WaiverFiles.toYaml(WaiverFiles.read(WaiverFiles.toYaml(WaiverFiles.read(YAML, "w.yaml")), "w.yaml")));
  }

  @Test
  void waivers_roundTripThroughFiles(@TempDir Path directory) {
    Path yaml = directory.resolve("waivers.yaml");
    Path json = directory.resolve("waivers.json");
    WaiverFiles.write(ReportFixtures.waivers(), yaml);
    WaiverFiles.write(ReportFixtures.waivers(), json);

    assertThat(WaiverFiles.read(yaml)).isEqualTo(GovernanceFiles.sorted(ReportFixtures.waivers()));
    assertThat(WaiverFiles.read(json)).isEqualTo(GovernanceFiles.sorted(ReportFixtures.waivers()));
  }

  @Test
  void read_waiversFromAFile_applyToAnEvaluation() {
    Report report = ReportFixtures.pack().evaluation()
        .waivers(WaiverFiles.read(WaiverFiles.toYaml(ReportFixtures.waivers()), "waivers.yaml"))
        .evaluate(ReportFixtures.estate());

    assertThat(report.waived()).hasSize(2);
  }

  @Test
  void read_refusesAWaiverWithoutReasonOrExpiry_andReportsEveryProblemTogether() {
    String yaml = String.join("\n",
        "waivers:",
        "  - rule: EST-5",
        "    subject: \"@NYP_Jobs\"",
        "    approvedBy: Supt. A. Example",
        "    expires: 30/06/2021",
        "  - rule: EST5",
        "    subject: \"@NYP_York\"",
        "    resaon: agreed",
        "    reason: agreed",
        "    approvedBy: Supt. A. Example",
        "");

    assertThatThrownBy(() -> WaiverFiles.read(yaml, "waivers.yaml"))
        .isInstanceOfSatisfying(InvalidGovernanceFileException.class, e -> {
          assertThat(e).isInstanceOf(InvalidFileException.class).isNotInstanceOf(InvalidEstateException.class);
          assertThat(e.problems()).extracting(Problem::toString).containsExactly(
              "waivers.yaml:2:5: waivers[0].reason: missing required field \"reason\" in a waiver",
              "waivers.yaml:5:14: waivers[0].expires: expected a date such as 2021-03-31 (year-month-day), but got"
                  + " \"30/06/2021\"",
              "waivers.yaml:6:5: waivers[1].expires: missing required field \"expires\" in a waiver",
              "waivers.yaml:6:11: waivers[1].rule: expected a rule id such as MON-2, but got \"EST5\"",
              "waivers.yaml:8:5: waivers[1].resaon: unknown field \"resaon\" in a waiver (did you mean \"reason\"?);"
                  + " the fields of a waiver are rule, subject, key, reason, approvedBy, expires");
          assertThat(e.getMessage()).startsWith("the waiver file waivers.yaml has 5 problems:\n  - waivers.yaml:2:5");
        });
  }

  @Test
  void read_reportsBrokenSyntaxAtItsLine() {
    assertThatThrownBy(() -> WaiverFiles.read("{\"waivers\": [}", "waivers.json"))
        .isInstanceOfSatisfying(InvalidGovernanceFileException.class, e ->
            assertThat(e.problems()).singleElement().satisfies(p -> {
              assertThat(p.message()).startsWith("the file is not valid JSON: ");
              assertThat(p.location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(1));
            }));
  }

  @Test
  void read_refusesAnotherSchemaAndAMissingList() {
    assertThatThrownBy(() -> WaiverFiles.read("schema: account-governance/waivers@9\n", "waivers.yaml"))
        .isInstanceOfSatisfying(InvalidGovernanceFileException.class, e ->
            assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "missing required field \"waivers\" in a waiver file",
                "this reader reads schema \"account-governance/waivers@1\", not \"account-governance/waivers@9\""));
  }

  @Test
  void read_emptyFile_saysWhatWasExpected() {
    assertThatThrownBy(() -> WaiverFiles.read("", "waivers.yaml"))
        .isInstanceOf(InvalidGovernanceFileException.class)
        .hasMessageContaining("waivers.yaml:1:1: (document): expected a waiver file (a mapping with the fields schema,"
            + " waivers), but got nothing (null)");
  }

  @Test
  void yaml_quotesHandlesSoTheyReadBack() {
    Waiver waiver = ReportFixtures.waiver("EST-5", "@NYP_York", LocalDate.of(2021, 6, 30), "yes");

    assertThat(WaiverFiles.read(WaiverFiles.toYaml(List.of(waiver)), "w.yaml")).containsExactly(waiver);
    assertThat(waiver.ruleId()).isEqualTo(RuleId.of("EST-5"));
  }
}

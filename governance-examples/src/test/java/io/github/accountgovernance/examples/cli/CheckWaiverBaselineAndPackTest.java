package io.github.accountgovernance.examples.cli;

import static io.github.accountgovernance.examples.cli.Cli.AFTER;
import static io.github.accountgovernance.examples.cli.Cli.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.files.BaselineFiles;
import io.github.accountgovernance.rules.files.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CheckWaiverBaselineAndPackTest {

  private static Report jsonReport(String... args) {
    Cli.Run run = Cli.run(args);
    assertThat(run.err()).as("%s", run).isEmpty();
    return ReportJson.read(run.out());
  }

  @Test
  void waivers_moveTheWaivedViolationOutOfTheViolations(@TempDir Path folder) throws IOException {
    Path waivers = Files.writeString(folder.resolve("waivers.yaml"), """
        schema: account-governance/waivers@1
        waivers:
          - rule: MON-5
            subject: "@NYPRoadCrime"
            reason: The Operational Support Unit's account closes on 31 March; its final message signposts 101 and 999
            approvedBy: Supt. Jordan Example
            expires: 2021-04-30
        """);

    Report plain = jsonReport("check", "--example", BEFORE, "--format", "json");
    Report waived = jsonReport("check", "--example", BEFORE, "--format", "json", "--waivers", waivers.toString());

    assertThat(plain.waived()).isEmpty();
    assertThat(plain.violationsOf("MON-5")).anyMatch(v -> v.subject().displayName().equals("@NYPRoadCrime"));
    assertThat(waived.waived()).singleElement().satisfies(w -> {
      assertThat(w.violation().ruleId().toString()).isEqualTo("MON-5");
      assertThat(w.violation().subject().displayName()).isEqualTo("@NYPRoadCrime");
      assertThat(w.waiver().approvedBy()).isEqualTo("Supt. Jordan Example");
    });
    assertThat(waived.violationsOf("MON-5")).noneMatch(v -> v.subject().displayName().equals("@NYPRoadCrime"));
    assertThat(waived.violations()).hasSize(plain.violations().size() - 1);
    assertThat(Cli.run("check", "--example", BEFORE, "--waivers", waivers.toString()).out())
        .contains("Waived (1)");
  }

  @Test
  void waivers_ofARuleThePackDoesNotHave_areAnInputErrorWithDidYouMean(@TempDir Path folder) throws IOException {
    Path waivers = Files.writeString(folder.resolve("waivers.yaml"), """
        waivers:
          - rule: MON-55
            subject: "@NYPRoadCrime"
            reason: closes on 31 March
            approvedBy: Supt. Jordan Example
            expires: 2021-04-30
        """);

    Cli.Run run = Cli.run("check", "--example", BEFORE, "--waivers", waivers.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(run.err()).contains("waivers.yaml:2:11: waivers[0].rule: no rule \"MON-55\" in npcc2021 (did you mean"
        + " \"MON-5\"?)");
  }

  @Test
  void writeBaselineThenBaseline_passesTheSameEstate(@TempDir Path folder) {
    Path baseline = folder.resolve("baseline.yaml");

    Cli.Run recording = Cli.run("check", "--example", BEFORE, "--write-baseline", baseline.toString());
    Cli.Run checking = Cli.run("check", "--example", BEFORE, "--baseline", baseline.toString());

    assertThat(recording.code()).as("%s", recording).isEqualTo(GovernanceCommand.VIOLATIONS);
    assertThat(baseline).exists();
    assertThat(BaselineFiles.read(baseline).entries()).isNotEmpty();
    assertThat(checking.code()).as("%s", checking).isEqualTo(GovernanceCommand.OK);
    assertThat(checking.err()).isEmpty();
    Report report = jsonReport("check", "--example", BEFORE, "--format", "json", "--baseline", baseline.toString());
    assertThat(report.violations()).isEmpty();
    assertThat(report.baselined()).hasSize(1321);
  }

  @Test
  void baseline_stillFailsOnAViolationItDoesNotRecord(@TempDir Path folder) throws IOException {
    Path baseline = folder.resolve("baseline.yaml");
    Cli.run("check", "--example", AFTER, "--write-baseline", baseline.toString());
    Path stricter = Files.writeString(folder.resolve("stricter.yaml"), """
        id: stricter
        derivesFrom: npcc2021
        parameters:
          maxGap: 12h
        """);

    Cli.Run run = Cli.run("check", "--example", AFTER, "--pack", stricter.toString(), "--baseline",
        baseline.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.VIOLATIONS);
    assertThat(run.out()).contains("MON-2").contains("@NYP_Jobs");
  }

  @Test
  void packFile_derivesFromNpcc2021WithItsOwnValuesAndDisabledRules(@TempDir Path folder) throws IOException {
    Path pack = Files.writeString(folder.resolve("nyp-2021.yaml"), """
        schema: account-governance/pack@1
        id: nyp-2021
        name: North Yorkshire Police 2021
        derivesFrom: npcc2021
        parameters:
          minMonitors: 3
        disable: [EST-4]
        """);

    Cli.Run check = Cli.run("check", "--example", AFTER, "--pack", pack.toString());
    Cli.Run rules = Cli.run("rules", "--pack", pack.toString());
    Cli.Run explain = Cli.run("explain", "MON-1", "--pack", pack.toString());
    Report before = jsonReport("check", "--example", BEFORE, "--pack", pack.toString(), "--format", "json");

    assertThat(check.code()).as("%s", check).isEqualTo(GovernanceCommand.OK);
    assertThat(check.out())
        .startsWith("nyp-2021 (North Yorkshire Police 2021)")
        .contains("minMonitors = 3 (force override, set by nyp-2021; default 2; read by MON-1)");
    assertThat(rules.out()).startsWith("North Yorkshire Police 2021 (nyp-2021): 24 rules")
        .contains("EST-4 is disabled by nyp-2021");
    assertThat(explain.out()).contains("every active or closing account has at least 3 distinct serving monitors");
    assertThat(before.packId()).isEqualTo("nyp-2021");
    assertThat(before.disabledRules()).extracting(Object::toString).containsExactly("EST-4");
    assertThat(before.violationsOf("EST-4")).isEmpty();
    assertThat(before.violationsOf("MON-1")).isNotEmpty()
        .allSatisfy(v -> assertThat(v.message()).contains("needs at least 3"));
  }

  @Test
  void retainIndividualPack_isShownByTheNameTheCommandLineTakes_andItsEarlierIdStillWorks() {
    Cli.Run byName = Cli.run("check", "--example", "northamptonshire-2021-retain-individual", "--pack",
        "retain-individual");
    Cli.Run byEarlierId = Cli.run("check", "--example", "northamptonshire-2021-retain-individual", "--pack",
        "retainIndividualAccounts");

    assertThat(byName.code()).as("%s", byName).isEqualTo(GovernanceCommand.OK);
    assertThat(byName.out())
        .startsWith("retain-individual (Retain individual accounts (as Northamptonshire chose, 2021)) for ")
        .contains("(rule default, set by ATT-1;").contains("(pack, set by retain-individual;")
        .doesNotContain("retainIndividualAccounts")
        .isEqualTo(byEarlierId.out());
  }

  @Test
  void packWithoutAName_isShownByItsIdOnce(@TempDir Path folder) throws IOException {
    Path pack = Files.writeString(folder.resolve("nyp.yaml"), "id: nyp-2021\nderivesFrom: npcc2021\n");

    String text = Cli.run("check", "--example", AFTER, "--pack", pack.toString()).out();
    String markdown = Cli.run("check", "--example", AFTER, "--pack", pack.toString(), "--format", "markdown").out();
    String html = Cli.run("check", "--example", AFTER, "--pack", pack.toString(), "--format", "html").out();

    assertThat(text).startsWith("nyp-2021 for North Yorkshire Police as of ");
    assertThat(markdown).contains("\nnyp-2021 for North Yorkshire Police as of ");
    assertThat(html).contains("Checked against <code>nyp-2021</code> as of ");
    assertThat(text + markdown + html).doesNotContain("nyp-2021 (nyp-2021)")
        .doesNotContain("<strong>nyp-2021</strong> (<code>nyp-2021</code>)");
  }

  @Test
  void fixedSinceTheBaseline_listsEachEntryInWordsNotAsAFingerprint(@TempDir Path folder) {
    Path baseline = folder.resolve("baseline.yaml");
    Cli.run("check", "--example", BEFORE, "--write-baseline", baseline.toString());

    String text = Cli.run("check", "--example", AFTER, "--baseline", baseline.toString()).out();
    String markdown = Cli.run("check", "--example", AFTER, "--baseline", baseline.toString(), "--format",
        "markdown").out();

    assertThat(text)
        .contains("\nFixed since the baseline (1321)\n")
        .contains("\n  ATT-1 signatures: post:npt-whitby-x@2021-02-27T14:00:00Z [not-author]\n")
        .contains("\n  CLO-1 disallowed tiers: account:officer-1034-x\n")
        .doesNotContainPattern("\\n  [A-Z]{3}-\\d+\\|");
    assertThat(markdown)
        .contains("\n- CLO-1 disallowed tiers: account:officer-1034-x\n")
        .doesNotContain("|account:");
  }
}

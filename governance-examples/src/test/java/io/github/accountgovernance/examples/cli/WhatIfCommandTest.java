package io.github.accountgovernance.examples.cli;

import static io.github.accountgovernance.examples.cli.Cli.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.rules.Evaluation;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.whatif.ChangeReport;
import io.github.accountgovernance.rules.whatif.Scenario;
import io.github.accountgovernance.rules.whatif.ScenarioFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class WhatIfCommandTest {

  /** Sgt Ravi Nabholme (c1299) watches @NYP_Hambleton and PC Rachel Pockdale's account. */
  private static final String[] FORTNIGHT = {"--absent", "c1299", "2021-03-08..2021-03-22"};

  private static String[] args(String... more) {
    List<String> all = new ArrayList<>(List.of("whatif", "--example", BEFORE));
    all.addAll(List.of(FORTNIGHT));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }

  @Test
  void whatif_oneSergeantsFortnightOnTheBeforeEstate_namesTheAccountsAndWindowsThatLoseCover() {
    Cli.Run run = Cli.run(args());

    assertThat(run.out()).as("%s", run)
        .startsWith("What if Sgt Ravi Nabholme (c1299) is absent Mon 8 Mar 2021 00:00 – Mon 22 Mar 00:00 GMT, 14 d"
            + " (leave)\n")
        .contains("""
            Declared hours that lose cover (2 accounts)
              @NYP_Hambleton (account:hambleton-x): 5 windows, 2 d 2 h in all
                Mon 15 Mar 2021 08:00 – 18:00 GMT, 10 h
                Tue 16 Mar 2021 08:00 – 18:00 GMT, 10 h
                Wed 17 Mar 2021 08:00 – 18:00 GMT, 10 h
                Thu 18 Mar 2021 08:00 – 18:00 GMT, 10 h
                Fri 19 Mar 2021 08:00 – 18:00 GMT, 10 h
                who else could cover them: nobody else on its rota is free; in its district, monitoring other\
             accounts: PC Amara Elmthwaite (c1837),""")
        .contains("""
              @NYP_PC7320 (account:officer-7320-x): 2 windows, 6 h in all
                Fri 12 Mar 2021 14:00 – 17:00 GMT, 3 h
                Fri 19 Mar 2021 14:00 – 17:00 GMT, 3 h
                who else could cover them: on its rota and free then: PC Rachel Pockdale (c7320)
            """);
    assertThat(run.code()).as("new MON-2 errors appear").isEqualTo(GovernanceCommand.VIOLATIONS);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void whatif_agreesWithEvaluatingTheChangedBeforeEstateDirectly() {
    Estate before = ExampleEstates.load(BEFORE);
    Scenario fortnight = Scenario.builder().absent("c1299", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 22))
        .build();
    Evaluation npcc = Evaluation.of(PolicyPacks.npcc2021());
    Report changed = npcc.evaluate(fortnight.applyTo(before));

    ChangeReport report = ChangeReport.whatIf(npcc, before, fortnight);

    List<String> afterSide = new ArrayList<>();
    report.appeared().forEach(v -> afterSide.add(v.fingerprint().text()));
    report.persisted().forEach(p -> afterSide.add(p.after().fingerprint().text()));
    assertThat(afterSide).containsExactlyInAnyOrderElementsOf(
        changed.violations().stream().map(Violation::fingerprint).map(f -> f.text()).toList());
    assertThat(report.coverLost()).extracting(c -> c.account().id()).containsExactly("hambleton-x",
        "officer-7320-x");
  }

  @Test
  void whatif_json_andMarkdown_sayTheSame(@TempDir Path folder) throws IOException {
    Path json = folder.resolve("changes.json");
    Cli.Run toFile = Cli.run(args("--format", "json", "--output", json.toString()));
    Cli.Run markdown = Cli.run(args("--format", "markdown"));

    assertThat(toFile.err()).contains("wrote the json change report to " + json);
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) JsonTree.parse(Files.readString(json));
    assertThat(root.get("schema")).isEqualTo("account-governance/changes@1");
    assertThat((List<?>) root.get("coverLost")).hasSize(2);
    assertThat(markdown.out()).startsWith("# What if Sgt Ravi Nabholme (c1299) is absent")
        .contains("## Declared hours that lose cover (2 accounts)");
  }

  @Test
  void whatif_takesAScenarioFile_andWritesTheScenarioAsked(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("scenario.yaml"), """
        schema: account-governance/scenario@1
        name: the Hambleton sergeant's fortnight off
        absent:
          - {contributor: c1299, from: 2021-03-08, until: 2021-03-22}
        """);
    Path written = folder.resolve("asked.yaml");

    Cli.Run run = Cli.run("whatif", "--example", BEFORE, "--scenario", file.toString(),
        "--close", "npt-bedale-x", "2021-03-31", "--successor", "npt-bedale-x", "hambleton-x",
        "--write-scenario", written.toString());

    assertThat(run.out()).as("%s", run).startsWith("What if: the Hambleton sergeant's fortnight off\n")
        .contains("@NPTBedale (npt-bedale-x) closes on Wed 31 Mar 2021, succeeded by @NYP_Hambleton (hambleton-x)")
        .contains("CLO-3");
    assertThat(ScenarioFiles.read(written).changes()).hasSize(2);
  }

  @Test
  void whatif_failsOnlyOnWhatAppears_asFailOnSays() {
    Cli.Run never = Cli.run(args("--fail-on", "never"));
    Cli.Run moreSlots = Cli.run("whatif", "--example", BEFORE, "--add-slot", "c9751", "hambleton-x",
        "Sat 08:00-18:00");

    assertThat(never.code()).as("%s", never).isEqualTo(GovernanceCommand.OK);
    assertThat(moreSlots.code()).as("a slot splits two MON-2 gaps: new fingerprints, no more violations")
        .isEqualTo(GovernanceCommand.OK);
    assertThat(moreSlots.out()).contains("Declared hours that regain cover (1 account)");
  }

  @Test
  void whatif_exitsTwo_withOneMessage_forWhatItCannotAsk(@TempDir Path folder) throws IOException {
    Cli.Run nothing = Cli.run("whatif", "--example", BEFORE);
    Cli.Run unknown = Cli.run("whatif", "--example", BEFORE, "--absent", "c1299x", "2021-03-08..2021-03-22");
    Cli.Run badRange = Cli.run("whatif", "--example", BEFORE, "--absent", "c1299", "8 March");
    Cli.Run strayed = Cli.run("whatif", "--example", BEFORE, "--successor", "york-x", "force-x", "--leaves",
        "c1299", "2021-03-15");
    Path broken = Files.writeString(folder.resolve("broken.yaml"), "absent:\n  - {contributor: c1299, from: soon}\n");
    Cli.Run brokenFile = Cli.run("whatif", "--example", BEFORE, "--scenario", broken.toString());

    assertThat(List.of(nothing, unknown, badRange, strayed, brokenFile))
        .allSatisfy(run -> {
          assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
          assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        });
    assertThat(nothing.err()).contains("give the changes to ask about");
    assertThat(unknown.err()).contains("unknown contributor \"c1299x\" (did you mean \"c1299\"?)");
    assertThat(badRange.err()).contains("--absent c1299 8 March: give FROM..BACK");
    assertThat(strayed.err()).contains("--successor names successors of [york-x], which no --close closes");
    assertThat(brokenFile.err()).contains("broken.yaml:2:32: absent[0].from: expected a date")
        .contains("broken.yaml:2:5: absent[0].until: missing required field \"until\" in an absence");
  }
}

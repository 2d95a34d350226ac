package io.github.accountgovernance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.examples.ExampleEstates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RulesExplainHelpAndVersionTest {

  private static final Pattern RULE_LINE = Pattern.compile("^[A-Z]{3}-\\d+ +(?:error|warning|info) +\\S.*$");

  @Test
  void rules_listsTheTwentyFiveRulesWithTheirParameters() {
    Cli.Run run = Cli.run("rules");

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.OK);
    assertThat(run.out()).startsWith("NPCC consolidated model (North Yorkshire, 2021) (npcc2021): 25 rules");
    assertThat(run.out().lines().filter(line -> RULE_LINE.matcher(line).matches()))
        .hasSize(25)
        .contains("MON-4  warning  leave resilience", "NAM-3  error    uniqueness");
    assertThat(run.out())
        .contains("maxGap = 24h  (default 24h;")
        .contains("minMonitors = 2  (default 2;")
        .contains("maxActiveAccounts = 15  (default 15;")
        .contains("deadline = 2021-03-31");
  }

  @Test
  void rules_ofTheRetainIndividualPackShowWhichRulesItDisables() {
    Cli.Run run = Cli.run("rules", "--pack", "retain-individual");

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.OK);
    assertThat(run.out()).startsWith("Retain individual accounts (as Northamptonshire chose, 2021) (retain-individual):"
        + " 23 rules").contains("CLO-1 is disabled by retain-individual");
  }

  @Test
  void rules_ofAPackWithoutANameShowItsIdOnce(@TempDir Path folder) throws IOException {
    Path pack = Files.writeString(folder.resolve("nyp.yaml"), "id: nyp-2021\nderivesFrom: npcc2021\n");

    Cli.Run run = Cli.run("rules", "--pack", pack.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.OK);
    assertThat(run.out()).startsWith("nyp-2021: 25 rules\n").doesNotContain("nyp-2021 (nyp-2021)");
  }

  @Test
  void explain_printsStatementWhySourceAndFix() {
    Cli.Run run = Cli.run("explain", "MON-4");

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.OK);
    assertThat(run.out())
        .startsWith("MON-4 leave resilience (warning)")
        .contains("every active or closing account that declares monitored hours has more than 1 on duty wherever anyone covers")
        .contains("Why: an account that rests on one officer goes unmonitored")
        .contains("Source: Deputy Chief Constable Phil Cain")
        .contains("How to fix: put a second person on the rota");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void explain_showsTheParametersOfARuleThatHasThem() {
    assertThat(Cli.run("explain", "MON-2").out())
        .contains("Parameters in npcc2021:")
        .contains("maxGap = 24h");
  }

  @Test
  void explain_ofAnUnknownRuleSuggestsTheClosestOne() {
    Cli.Run run = Cli.run("explain", "MON-44");

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("governance: no rule \"MON-44\" in npcc2021 (did you mean \"MON-4\"?); the rules"
        + " command lists them" + System.lineSeparator());
  }

  @Test
  void examples_listsTheBundledEstates() {
    Cli.Run run = Cli.run("examples");

    assertThat(run.code()).isEqualTo(GovernanceCommand.OK);
    assertThat(run.out().lines().map(line -> line.split("\\s+", 2)[0]))
        .containsExactlyElementsOf(ExampleEstates.names())
        .hasSize(6);
    assertThat(run.out()).contains(ExampleEstates.describe(ExampleEstates.NORTH_YORKSHIRE_AFTER));
  }

  @Test
  void explain_readsTheRuleIdWhateverItsCase() {
    Cli.Run run = Cli.run("explain", "mon-4");

    assertThat(run.code()).isEqualTo(GovernanceCommand.OK);
    assertThat(run.out()).startsWith("MON-4 leave resilience");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "check", "rules", "explain", "examples"})
  void version_isPrintedByEveryCommand(String command) {
    Cli.Run run = command.isEmpty() ? Cli.run("--version") : Cli.run(command, "--version");

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.OK);
    assertThat(run.out().strip()).matches("governance \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "check", "rules", "explain", "examples"})
  void help_isPrintedByEveryCommand(String command) {
    Cli.Run run = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.OK);
    assertThat(run.out()).startsWith("Usage: governance" + (command.isEmpty() ? "" : " " + command))
        .contains("--help").contains("--version");
  }

  @Test
  void help_ofCheckDocumentsEveryOptionAndTheExitCodes() {
    // Whitespace folded: how picocli wraps a description depends on the widest option, not on what it says.
    assertThat(Cli.run("check", "--help").out().replaceAll("\\s+", " "))
        .contains("--pack", "--as-of", "--horizon", "--format", "--output", "--waivers", "--baseline",
            "--write-baseline", "--fail-on", "--example", "--max-file-size", "--max-rota-entries")
        .contains("Exit code 0: nothing at or above --fail-on; 1: violations at or above it; 2: a usage or input"
            + " error")
        .contains("text (default), json, sarif, junit, markdown or html");
  }

  @Test
  void noCommand_isAUsageErrorWithTheUsageOnStderr() {
    Cli.Run run = Cli.run();

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("governance: give a command, such as: governance check --example north-yorkshire-2021-before"
            + System.lineSeparator() + "Usage: governance")
        .contains("check", "rules", "explain", "examples");
  }
}

package io.github.accountgovernance.examples.cli;

import static io.github.accountgovernance.examples.cli.Cli.AFTER;
import static io.github.accountgovernance.examples.cli.Cli.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CheckExitCodeTest {

  /** A pack under which the after estate breaks one warning rule only: EST-4, ten accounts on X, more than 9. */
  private static Path warningOnlyPack(Path folder) throws IOException {
    return Files.writeString(folder.resolve("nine-accounts.yaml"), """
        id: nine-accounts
        derivesFrom: npcc2021
        parameters:
          maxActiveAccounts: 9
        """);
  }

  @Test
  void check_exitsZeroForTheAfterEstateUnderNpcc2021() {
    Cli.Run run = Cli.run("check", "--example", AFTER);

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.OK);
    assertThat(run.out()).contains("0 errors, 0 warnings").contains("No violations.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void check_exitsOneForTheBeforeEstate() {
    Cli.Run run = Cli.run("check", "--example", BEFORE);

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.VIOLATIONS);
    assertThat(run.out()).contains("1107 errors, 214 warnings");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void check_exitsZeroWhenOnlyWarningsFail_unlessFailOnWarning(@TempDir Path folder) throws IOException {
    String pack = warningOnlyPack(folder).toString();

    Cli.Run byDefault = Cli.run("check", "--example", AFTER, "--pack", pack);
    Cli.Run failOnWarning = Cli.run("check", "--example", AFTER, "--pack", pack, "--fail-on", "warning");
    Cli.Run failOnError = Cli.run("check", "--example", AFTER, "--pack", pack, "--fail-on", "error");

    assertThat(byDefault.out()).contains("0 errors, 1 warning").contains("EST-4");
    assertThat(byDefault.code()).as("%s", byDefault).isEqualTo(GovernanceCommand.OK);
    assertThat(failOnError.code()).as("%s", failOnError).isEqualTo(GovernanceCommand.OK);
    assertThat(failOnWarning.code()).as("%s", failOnWarning).isEqualTo(GovernanceCommand.VIOLATIONS);
  }

  @Test
  void check_exitsOneForAnExactDuplicateHandle_aNam3ViolationNotAFileError(@TempDir Path folder)
      throws IOException {
    Path estate = Files.writeString(folder.resolve("estate.yaml"), """
        format: account-governance/estate@1
        force:
          name: North Yorkshire Police
          districts:
            - {code: york, name: York}
        asOf: 2021-04-06T00:00:00Z
        accounts:
          - {id: york-x, platform: x, handle: "@NYP_York", displayName: North Yorkshire Police York,
             tier: district, district: york, status: active}
          - {id: york-2-x, platform: x, handle: "@NYP_York", displayName: North Yorkshire Police York,
             tier: district, district: york, status: proposed}
        """);

    Cli.Run run = Cli.run("check", estate.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.VIOLATIONS);
    assertThat(run.out()).contains("NAM-3").contains("has the same handle as 1 other account on X");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void check_notesOnStandardErrorWhenAsOfIsBeforeTheEstatesOwnDate() {
    Cli.Run earlier = Cli.run("check", "--example", AFTER, "--as-of", "2021-03-01");
    Cli.Run later = Cli.run("check", "--example", AFTER, "--as-of", "2021-04-07");

    assertThat(earlier.err()).contains("--as-of 2021-03-01 is before the estate's own date (2021-04-06T00:00:00Z)");
    assertThat(later.err()).doesNotContain("before the estate's own date");
  }

  @Test
  void check_exitsTwoForUsageErrors() {
    Cli.Run noEstate = Cli.run("check");
    Cli.Run both = Cli.run("check", "estate.yaml", "--example", AFTER);
    Cli.Run unknownOption = Cli.run("check", "--example", AFTER, "--colour");
    Cli.Run unknownFormat = Cli.run("check", "--example", AFTER, "--format", "pdf");
    Cli.Run unknownLevel = Cli.run("check", "--example", AFTER, "--fail-on", "info");
    Cli.Run unknownCommand = Cli.run("verify");

    assertThat(noEstate.code()).as("%s", noEstate).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(noEstate.err()).contains("give either an estate FILE or --example NAME");
    assertThat(both.code()).as("%s", both).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(unknownOption.code()).as("%s", unknownOption).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(unknownOption.err()).contains("Unknown option: '--colour'");
    assertThat(unknownFormat.code()).as("%s", unknownFormat).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(unknownFormat.err()).contains("pdf").contains("text, json, sarif, junit, markdown, html");
    assertThat(unknownLevel.code()).as("%s", unknownLevel).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(unknownCommand.code()).as("%s", unknownCommand).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(unknownCommand.err()).contains("verify");
    assertThat(String.join("", noEstate.out(), unknownOption.out(), unknownFormat.out(), unknownCommand.out()))
        .as("nothing on stdout for a usage error")
        .isEmpty();
  }

  @Test
  void check_readsAnEstateFileAsWellAsABundledExample(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("our-estate.yaml");
    try (var in = getClass().getResourceAsStream("/io/github/accountgovernance/examples/estates/" + AFTER + ".yaml")) {
      Files.copy(in, file);
    }

    Cli.Run run = Cli.run("check", file.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.OK);
    assertThat(run.out()).isEqualTo(Cli.run("check", "--example", AFTER).out());
  }
}

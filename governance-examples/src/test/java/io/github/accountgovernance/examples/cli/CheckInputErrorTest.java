package io.github.accountgovernance.examples.cli;

import static io.github.accountgovernance.examples.cli.Cli.AFTER;
import static io.github.accountgovernance.examples.cli.Cli.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CheckInputErrorTest {

  /** Runs the command, expecting an input error: exit 2, one clear message, nothing on stdout, no stack trace. */
  private static String inputError(String... args) {
    Cli.Run run = Cli.run(args);
    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(run.out()).as("%s", run).isEmpty();
    assertThat(run.err()).as("%s", run)
        .startsWith("governance: ")
        .doesNotContain("Exception", "\tat ", "--verbose");
    return run.err();
  }

  @Test
  void missingEstateFile_namesThePathAndTheWorkingDirectory(@TempDir Path folder) {
    Path missing = folder.resolve("no-such-estate.yaml");

    assertThat(inputError("check", missing.toString()))
        .contains("no such file: " + missing)
        .contains("check the path, relative to " + System.getProperty("user.dir"));
  }

  @Test
  void malformedYaml_isLocatedByFileLineAndColumn(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("estate.yaml"), """
        format: account-governance/estate@1
        force:
          name: [North Yorkshire Police
        """);

    assertThat(inputError("check", file.toString()))
        .contains("the estate has 1 problem")
        .contains("estate.yaml:3:")
        .contains("not valid YAML");
  }

  @Test
  void aLongProblemList_showsTheFirst50AndSaysHowToSeeAll_andAllProblemsListsEveryOne(@TempDir Path folder)
      throws IOException {
    StringBuilder yaml = new StringBuilder("format: account-governance/estate@1\nasOf: 2021-03-01T00:00:00Z\n");
    yaml.append("force: {id: nyp, name: North Yorkshire Police, zone: Europe/London}\naccounts:\n");
    for (int i = 0; i < 60; i++) {
      yaml.append("  - {id: a-").append(i).append(", colour: blue}\n");
    }
    Path file = Files.writeString(folder.resolve("estate.yaml"), yaml);

    String first50 = inputError("check", file.toString());
    String all = inputError("check", file.toString(), "--all-problems");

    assertThat(first50).contains("… and ").endsWith("(run again with --all-problems to list every one)\n");
    assertThat(first50.lines().filter(line -> line.startsWith("  - "))).hasSize(50);
    assertThat(all).doesNotContain("… and ", "--all-problems");
    assertThat(all.lines().filter(line -> line.startsWith("  - ")).count())
        .isGreaterThan(first50.lines().filter(line -> line.startsWith("  - ")).count())
        .isEqualTo(all.lines().filter(line -> line.startsWith("  - ")).distinct().count());
  }

  @Test
  void aliasBomb_isRefusedWithoutExpandingIt(@TempDir Path folder) throws IOException {
    // "Billion laughs": nine levels of nine aliases each would expand to 9^9 (387 million) strings.
    StringBuilder yaml = new StringBuilder("format: account-governance/estate@1\nasOf: 2021-03-01T00:00:00Z\n");
    yaml.append("anchors:\n  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    String previous = "a";
    for (char name = 'b'; name <= 'i'; name++) {
      yaml.append("  - &").append(name).append(" [")
          .append(String.join(", ", Collections.nCopies(9, "*" + previous))).append("]\n");
      previous = String.valueOf(name);
    }
    yaml.append("force:\n  name: North Yorkshire Police\naccounts: *i\n");
    Path file = Files.writeString(folder.resolve("laughs.yaml"), yaml);

    assertThat(inputError("check", file.toString()))
        .contains("laughs.yaml:")
        .contains("YAML aliases")
        .contains("are not allowed");
  }

  @Test
  void unknownPack_listsThePacksAndPointsToThePackFormat() {
    assertThat(inputError("check", "--example", AFTER, "--pack", "npcc2022"))
        .isEqualTo("governance: unknown pack \"npcc2022\" (did you mean \"npcc2021\"?): give npcc2021,"
            + " retain-individual, or the path of a pack file (see docs/pack-format.md)" + System.lineSeparator());
  }

  @Test
  void missingPackFile_saysNoSuchFile(@TempDir Path folder) {
    Path missing = folder.resolve("our-pack.yaml");

    assertThat(inputError("check", "--example", AFTER, "--pack", missing.toString()))
        .isEqualTo("governance: no such file: " + missing + " (check the path, relative to "
            + System.getProperty("user.dir") + "); --pack takes npcc2021, retain-individual or the path of a pack"
            + " file" + System.lineSeparator());
    assertThat(inputError("rules", "--pack", "our-pack.yaml")).startsWith("governance: no such file: our-pack.yaml");
  }

  @Test
  void estateFileWithAnotherExtension_saysHowToNameItWithoutNamingJavaMethods(@TempDir Path folder)
      throws IOException {
    Path file = Files.writeString(folder.resolve("estate.txt"), "format: account-governance/estate@1\n");

    assertThat(inputError("check", file.toString()))
        .isEqualTo("governance: cannot tell the format of the estate file " + file + " from its name: name it"
            + " .yaml, .yml or .json" + System.lineSeparator())
        .doesNotContainPattern("[A-Za-z]\\.[a-z]+\\(");
  }

  @Test
  void verbose_addsNoStackTraceToAMistakeInTheInput(@TempDir Path folder) {
    Path missing = folder.resolve("no-such-estate.yaml");

    assertThat(inputError("check", missing.toString(), "--verbose")).isEqualTo(
        "governance: " + "no such file: " + missing + " (check the path, relative to "
            + System.getProperty("user.dir") + ")" + System.lineSeparator());
  }

  @Test
  void brokenPackFile_locatesEveryProblem(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("nyp.yaml"), """
        id: nyp-2021
        derivesFrom: npcc2021
        parameters:
          maxGapp: 12h
          minMonitors: many
        disable: [EST-44]
        """);

    assertThat(inputError("check", "--example", AFTER, "--pack", file.toString()))
        .contains("nyp.yaml:4:")
        .contains("\"maxGapp\"")
        .contains("did you mean \"maxGap\"")
        .contains("nyp.yaml:5:")
        .contains("nyp.yaml:6:")
        .contains("EST-44");
  }

  @Test
  void unknownExample_listsTheExamples() {
    assertThat(inputError("check", "--example", "north-yorkshire-2022"))
        .contains("no example estate \"north-yorkshire-2022\"")
        .contains(BEFORE)
        .contains(AFTER);
  }

  @Test
  void badAsOf_showsBothAcceptedForms() {
    assertThat(inputError("check", "--example", AFTER, "--as-of", "31/03/2021"))
        .contains("--as-of takes a date such as 2021-03-01 or an instant such as 2021-03-01T09:00:00Z")
        .contains("\"31/03/2021\"");
    assertThat(inputError("check", "--example", AFTER, "--as-of", "2021-02-30")).contains("\"2021-02-30\"");
  }

  @Test
  void badHorizon_showsTheAcceptedForms() {
    assertThat(inputError("check", "--example", AFTER, "--horizon", "a fortnight"))
        .contains("--horizon")
        .contains("28d")
        .contains("\"a fortnight\"");
  }

  @Test
  void brokenWaiverFile_locatesEveryProblem(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("waivers.yaml"), """
        waivers:
          - rule: MON-5
            subjct: "@NYPRoadCrime"
            reason: closing on 31 March
            expires: 31 March 2021
        """);

    assertThat(inputError("check", "--example", BEFORE, "--waivers", file.toString()))
        .contains("waiver file")
        .contains("waivers.yaml:3:")
        .contains("did you mean \"subject\"")
        .contains("approvedBy")
        .contains("waivers.yaml:5:");
  }

  @Test
  void missingWaiverFile_namesThePath(@TempDir Path folder) {
    Path missing = folder.resolve("waivers.yaml");

    assertThat(inputError("check", "--example", BEFORE, "--waivers", missing.toString()))
        .contains("no such file: " + missing);
  }

  @Test
  void brokenBaselineFile_isAnInputError(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("baseline.yaml"), "entries:\n  - rule: MON-2\n");

    assertThat(inputError("check", "--example", BEFORE, "--baseline", file.toString()))
        .contains("baseline.yaml:2:")
        .contains("subject");
  }

  @Test
  void outputIntoAMissingFolder_saysTheFolderDoesNotExist(@TempDir Path folder) {
    Path output = folder.resolve("no-such-folder").resolve("report.html");

    assertThat(inputError("check", "--example", AFTER, "--format", "html", "--output", output.toString()))
        .isEqualTo("governance: cannot write the report to " + output + ": the folder " + output.getParent()
            + " does not exist (create it first, or give another --output)" + System.lineSeparator());
    assertThat(inputError("check", "--example", AFTER, "--write-baseline", output.toString()))
        .startsWith("governance: cannot write the baseline to " + output + ": the folder " + output.getParent()
            + " does not exist");
  }

  @Test
  void outputThatIsAFolder_isAnInputError(@TempDir Path folder) {
    assertThat(inputError("check", "--example", AFTER, "--output", folder.toString()))
        .isEqualTo("governance: --output " + folder + " is a folder; give the name of the file to write the report"
            + " to" + System.lineSeparator());
  }
}

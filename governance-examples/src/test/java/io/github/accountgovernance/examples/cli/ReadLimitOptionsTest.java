package io.github.accountgovernance.examples.cli;

import static io.github.accountgovernance.examples.cli.Cli.AFTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.io.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReadLimitOptionsTest {

  private static Path afterEstate(Path folder) throws IOException {
    Path file = folder.resolve("estate.yaml");
    try (InputStream in =
        ReadLimitOptionsTest.class.getResourceAsStream("/io/github/accountgovernance/examples/estates/" + AFTER + ".yaml")) {
      Files.copy(in, file);
    }
    return file;
  }

  private static Cli.Run inputError(String... args) {
    Cli.Run run = Cli.run(args);
    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(run.out()).as("%s", run).isEmpty();
    return run;
  }

  @Test
  void defaults_holdANationalEstate_50kAccounts_2mRotaEntries_andItsFile() {
    ReadLimits national = ReadLimitOptions.NATIONAL;

    // national-50k of the benchmarks: 50,000 accounts, 112,000 contributors, 1,008,000 rota entries,
    // 1,250,000 absences, a 413 MB JSON file.
    assertThat(national.maxAccounts()).isGreaterThanOrEqualTo(50_000);
    assertThat(national.maxRotaEntries()).isGreaterThanOrEqualTo(2_000_000);
    assertThat(national.maxAbsences()).isGreaterThanOrEqualTo(1_250_000);
    assertThat(national.maxContributors()).isGreaterThanOrEqualTo(112_000);
    assertThat(national.maxFileBytes()).isGreaterThanOrEqualTo(413_510_207L);
    // The rest stay the library's, which guard against hostile files.
    assertThat(national.maxNestingDepth()).isEqualTo(ReadLimits.defaults().maxNestingDepth());
    assertThat(national.maxStringLength()).isEqualTo(ReadLimits.defaults().maxStringLength());
    assertThat(national.maxProblems()).isEqualTo(ReadLimits.defaults().maxProblems());
  }

  @Test
  void check_refusesAFileOverMaxFileSize_beforeReadingIt_andNamesTheOption(@TempDir Path folder)
      throws IOException {
    Path file = afterEstate(folder);

    Cli.Run run = inputError("check", file.toString(), "--max-file-size", "1k");

    assertThat(run.err())
        .contains("more than the limit of 1,024 bytes")
        .contains("raise it with --max-file-size")
        .doesNotContain("ReadLimits");
  }

  @Test
  void check_refusesMoreRotaEntriesThanTheLimit_andNamesTheOption(@TempDir Path folder) throws IOException {
    Path file = afterEstate(folder);

    Cli.Run run = inputError("check", file.toString(), "--max-rota-entries", "2");

    assertThat(run.err()).contains("raise it with --max-rota-entries").doesNotContain("ReadLimits");
  }

  @Test
  void check_refusesACalendarThatExpandsBeyondTheLimit_andNamesTheOption(@TempDir Path folder)
      throws IOException {
    String registers = "/io/github/accountgovernance/examples/estates/north-yorkshire-2021-after-registers/";
    for (String name : new String[] {
        "estate.yaml", "accounts.csv", "people.csv", "access.csv", "closure-plans.csv", "rota.ics", "leave.ics"}) {
      try (InputStream in = ReadLimitOptionsTest.class.getResourceAsStream(registers + name)) {
        Files.copy(in, folder.resolve(name));
      }
    }

    Cli.Run run = inputError("check", folder.resolve("estate.yaml").toString(), "--max-rota-entries", "1");

    assertThat(run.err())
        .contains("rota.ics:")
        .contains("the limit for untrusted files; if the file is trusted, raise it with --max-rota-entries;")
        .doesNotContain("ReadLimits");
  }

  @Test
  void check_withRaisedLimits_readsTheFile(@TempDir Path folder) throws IOException {
    Path file = afterEstate(folder);

    Cli.Run run = Cli.run("check", file.toString(), "--max-file-size", "1900m", "--max-absences", "3000000");

    assertThat(run.err()).as("%s", run).doesNotContain("limit");
    assertThat(run.code()).as("%s", run).isIn(GovernanceCommand.OK, GovernanceCommand.VIOLATIONS);
  }

  @Test
  void otherCommandsThatReadEstates_takeTheSameOptions(@TempDir Path folder) throws IOException {
    Path file = afterEstate(folder);

    assertThat(inputError("plan", file.toString(), "--max-accounts", "1").err())
        .contains("raise it with --max-accounts");
    assertThat(inputError("whatif", file.toString(), "--leaves", "nobody", "2021-03-01", "--max-file-size", "100").err())
        .contains("raise it with --max-file-size");
    assertThat(inputError("diff", file.toString(), "--against-example", AFTER, "--max-file-size", "100").err())
        .contains("raise it with --max-file-size");
  }

  @Test
  void maxFileSize_takesBytesOrBinaryUnits() {
    assertThat(ReadLimitOptions.bytes("104353689")).isEqualTo(104_353_689L);
    assertThat(ReadLimitOptions.bytes("512m")).isEqualTo(512L << 20);
    assertThat(ReadLimitOptions.bytes("1 GiB")).isEqualTo(1L << 30);
    assertThat(ReadLimitOptions.bytes("64KB")).isEqualTo(64L << 10);
  }

  @Test
  void maxFileSize_refusesWhatIsNotASize_orTooBigToHold() {
    assertThatThrownBy(() -> ReadLimitOptions.bytes("big"))
        .isInstanceOf(InputException.class)
        .hasMessage("--max-file-size takes a number of bytes or a size with a unit, such as 512m or 2g, not \"big\"");
    assertThatThrownBy(() -> ReadLimitOptions.bytes("2g"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("more than the reader can hold");
  }

  @Test
  void aLimitBelowOne_isAnInputErrorInTheCommandLinesWords(@TempDir Path folder) throws IOException {
    assertThat(inputError("check", afterEstate(folder).toString(), "--max-problems", "0").err())
        .contains("--max-problems must be at least 1")
        .doesNotContain("maxProblems");
  }
}

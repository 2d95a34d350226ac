package io.github.accountgovernance.examples.cli;

import static io.github.accountgovernance.examples.cli.Cli.AFTER;
import static io.github.accountgovernance.examples.cli.Cli.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ThreadsOptionTest {

  @Test
  void check_givesTheSameReport_exitCodeAndMessages_whateverTheThreads() {
    for (String example : List.of(BEFORE, AFTER)) {
      for (String format : List.of("text", "json", "sarif")) {
        Cli.Run alone = Cli.run("check", "--example", example, "--format", format, "--threads", "1");
        for (String threads : List.of("2", "7")) {
          Cli.Run threaded = Cli.run("check", "--example", example, "--format", format, "--threads", threads);

          assertThat(threaded).as("%s %s --threads %s", example, format, threads).isEqualTo(alone);
        }
        assertThat(Cli.run("check", "--example", example, "--format", format)).isEqualTo(alone);
      }
    }
  }

  @Test
  void diff_andWhatIf_giveTheSameChanges_whateverTheThreads() {
    Cli.Run diffAlone = Cli.run("diff", "--example", BEFORE, "--against-example", AFTER, "--threads", "1");
    Cli.Run diffThreaded = Cli.run("diff", "--example", BEFORE, "--against-example", AFTER, "--threads", "4");
    Cli.Run whatIfAlone = Cli.run("whatif", "--example", BEFORE, "--close", "npt-bedale-x", "2021-03-31",
        "--successor", "npt-bedale-x", "hambleton-x", "--threads", "1");
    Cli.Run whatIfThreaded = Cli.run("whatif", "--example", BEFORE, "--close", "npt-bedale-x", "2021-03-31",
        "--successor", "npt-bedale-x", "hambleton-x", "--threads", "4");

    assertThat(diffThreaded).isEqualTo(diffAlone);
    assertThat(diffAlone.out()).isNotBlank();
    assertThat(whatIfThreaded).isEqualTo(whatIfAlone);
    assertThat(whatIfAlone.code()).as("%s", whatIfAlone).isNotEqualTo(GovernanceCommand.USAGE_OR_INPUT);
  }

  @Test
  void aNumberOfThreadsOutOfRange_isAnInputError_namingTheRange() {
    for (String threads : List.of("0", "-3", "257")) {
      Cli.Run run = Cli.run("check", "--example", AFTER, "--threads", threads);

      assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("--threads takes a number from 1 to 256, not " + threads);
    }
  }
}

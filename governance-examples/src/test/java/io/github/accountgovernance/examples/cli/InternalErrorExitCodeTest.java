package io.github.accountgovernance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A fault of the program, whatever it is, ends with exit code 70 and one line asking for a bug report, never 0, 1
 * or 2 and never "unexpected": a real heap that ran out, a real stack overflow and an exception no input explains,
 * each thrown by a sub-command added for the test.
 */
final class InternalErrorExitCodeTest {

  private static Cli.Run runFailing(Callable<Integer> failing, String... args) {
    CommandLine commandLine = new CommandLine(new GovernanceCommand());
    CommandLine.Model.CommandSpec fail = CommandLine.Model.CommandSpec.wrapWithoutInspection(failing);
    fail.addOption(CommandLine.Model.OptionSpec.builder("--verbose").arity("0").build());
    commandLine.addSubcommand("fail", new CommandLine(fail));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCommand.run(commandLine, new PrintWriter(out), new PrintWriter(err), args);
    return new Cli.Run(code, out.toString(), err.toString());
  }

  private static int deeper(int depth) {
    return deeper(depth + 1) + 1;
  }

  @Test
  void aHeapThatRunsOut_exits70WithOneLineAskingForABugReport() {
    Cli.Run run = runFailing(() -> new long[Integer.MAX_VALUE - 2].length, "fail");

    assertThat(run.code()).isEqualTo(GovernanceCommand.INTERNAL_ERROR).isEqualTo(70);
    assertThat(run.err()).hasLineCount(1)
        .startsWith("governance: internal error, a bug in governance, not in your files: OutOfMemoryError: ")
        .contains("a larger -Xmx may get past it",
            "please report it at https://github.com/accountgovernance/account-governance/issues")
        .doesNotContain("unexpected", "\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aStackThatOverflows_exits70() {
    Cli.Run run = runFailing(() -> deeper(0), "fail");

    assertThat(run.code()).isEqualTo(GovernanceCommand.INTERNAL_ERROR);
    assertThat(run.err()).hasLineCount(1)
        .startsWith("governance: internal error, a bug in governance, not in your files: StackOverflowError;")
        .doesNotContain("unexpected");
  }

  @Test
  void anExceptionNoInputExplains_exits70AndShowsItsStackTraceOnlyUnderVerbose() {
    Callable<Integer> broken = () -> {
      throw new IllegalStateException("the coverage sweep lost a slot\nsecond line");
    };

    Cli.Run quiet = runFailing(broken, "fail");
    Cli.Run verbose = runFailing(broken, "fail", "--verbose");

    assertThat(quiet.code()).isEqualTo(70);
    assertThat(quiet.err()).isEqualTo("governance: internal error, a bug in governance, not in your files:"
        + " IllegalStateException: the coverage sweep lost a slot; please report it at "
        + Diagnostics.BUG_REPORTS + " with the command you ran and what --verbose shows" + System.lineSeparator());
    assertThat(verbose.code()).isEqualTo(70);
    assertThat(verbose.err()).startsWith(quiet.err() + "java.lang.IllegalStateException: the coverage sweep")
        .contains("\tat ");
  }

  @Test
  void aMistakeInTheInput_staysExitCode2() {
    Cli.Run run = runFailing(() -> {
      throw new IllegalArgumentException("maxEdits: 3 needs 20,000,000 variants");
    }, "fail");

    assertThat(run.code()).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(run.err()).isEqualTo("governance: maxEdits: 3 needs 20,000,000 variants" + System.lineSeparator());
  }
}

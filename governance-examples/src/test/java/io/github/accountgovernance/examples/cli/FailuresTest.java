package io.github.accountgovernance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What standard error shows when a command fails: a stack trace only for an internal error under --verbose. */
final class FailuresTest {

  private static String handle(Exception failure, int expectedCode, String... args) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new GovernanceCommand());
    commandLine.setErr(new PrintWriter(err));
    CommandLine.ParseResult parsed = commandLine.parseArgs(args);

    int code = new GovernanceCommand.Failures().handleExecutionException(failure, commandLine, parsed);

    assertThat(code).isEqualTo(expectedCode);
    return err.toString();
  }

  private static String handle(Exception failure, String... args) {
    return handle(failure, GovernanceCommand.USAGE_OR_INPUT, args);
  }

  @Test
  void internalError_showsItsStackTraceUnderVerbose() {
    String err = handle(new IllegalStateException("the coverage sweep lost a slot"),
        GovernanceCommand.INTERNAL_ERROR, "check", "--example", Cli.AFTER, "--verbose");

    assertThat(err)
        .startsWith("governance: internal error, a bug in governance, not in your files: IllegalStateException: the"
            + " coverage sweep lost a slot; please report it at " + Diagnostics.BUG_REPORTS)
        .contains(System.lineSeparator() + "java.lang.IllegalStateException: the coverage sweep lost a slot", "\tat ")
        .doesNotContain("unexpected");
  }

  @Test
  void internalError_withoutVerbose_isOneLineAskingForABugReport() {
    assertThat(handle(new IllegalStateException("boom"), GovernanceCommand.INTERNAL_ERROR, "check", "--example",
            Cli.AFTER))
        .isEqualTo("governance: internal error, a bug in governance, not in your files: IllegalStateException: boom;"
            + " please report it at " + Diagnostics.BUG_REPORTS + " with the command you ran and what --verbose"
            + " shows" + System.lineSeparator());
  }

  @Test
  void mistakeInTheInput_showsNoStackTraceEvenUnderVerbose() {
    String err = handle(new NoSuchFileException("estate.yaml"), "check", "estate.yaml", "--verbose");

    assertThat(err).startsWith("governance: no such file: estate.yaml").doesNotContain("\tat ", "Exception");
    assertThat(handle(new InputException("--horizon: a fortnight"), "check", "--verbose", "--example", Cli.AFTER))
        .isEqualTo("governance: --horizon: a fortnight" + System.lineSeparator());
  }
}

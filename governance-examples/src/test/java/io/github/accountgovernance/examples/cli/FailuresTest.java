package io.github.accountgovernance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What standard error shows when a command fails: a stack trace only for an unexpected failure under --verbose. */
final class FailuresTest {

  private static String handle(Exception failure, String... args) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new GovernanceCommand());
    commandLine.setErr(new PrintWriter(err));
    CommandLine.ParseResult parsed = commandLine.parseArgs(args);

    int code = new GovernanceCommand.Failures().handleExecutionException(failure, commandLine, parsed);

    assertThat(code).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    return err.toString();
  }

  @Test
  void unexpectedFailure_showsItsStackTraceUnderVerbose() {
    String err = handle(new IllegalStateException("the coverage sweep lost a slot"),
        "check", "--example", Cli.AFTER, "--verbose");

    assertThat(err)
        .startsWith("governance: unexpected IllegalStateException: the coverage sweep lost a slot"
            + System.lineSeparator() + "java.lang.IllegalStateException: the coverage sweep lost a slot")
        .contains("\tat ");
  }

  @Test
  void unexpectedFailure_withoutVerbose_saysHowToSeeWhereItFailed() {
    assertThat(handle(new IllegalStateException("boom"), "check", "--example", Cli.AFTER))
        .isEqualTo("governance: unexpected IllegalStateException: boom" + System.lineSeparator()
            + "(run again with --verbose to see where it failed)" + System.lineSeparator());
  }

  @Test
  void mistakeInTheInput_showsNoStackTraceEvenUnderVerbose() {
    String err = handle(new NoSuchFileException("estate.yaml"), "check", "estate.yaml", "--verbose");

    assertThat(err).startsWith("governance: no such file: estate.yaml").doesNotContain("\tat ", "Exception");
    assertThat(handle(new InputException("--horizon: a fortnight"), "check", "--verbose", "--example", Cli.AFTER))
        .isEqualTo("governance: --horizon: a fortnight" + System.lineSeparator());
  }
}

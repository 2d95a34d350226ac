package io.github.accountgovernance.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code governance} command: checks a police force's social-media estate against a policy pack.
 *
 * <pre>
 * java -jar governance.jar check --example north-yorkshire-2021-before
 * java -jar governance.jar check estate.yaml --pack npcc2021 --format sarif --output report.sarif
 * java -jar governance.jar rules
 * java -jar governance.jar explain MON-4
 * </pre>
 *
 * <p>Exit codes: {@value #OK} when nothing is at or above the fail level, {@value #VIOLATIONS} when something is,
 * {@value #USAGE_OR_INPUT} for a usage or input error, or when no command is given (printed to standard error,
 * never with a stack trace), and {@value #INTERNAL_ERROR} for a fault of the program itself, including a heap or
 * stack that ran out: one line asking for a bug report, and a stack trace under {@code --verbose}.
 */
@Command(
    name = "governance",
    mixinStandardHelpOptions = true,
    versionProvider = GovernanceCommand.Version.class,
    description = "Checks a police force's social-media accounts against its policy.",
    subcommands = {
      CheckCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      ExamplesCommand.class,
      WhatIfCommand.class,
      DiffCommand.class,
      PlanCommand.class,
      ImportCommand.class,
      InitCommand.class,
      CommandLine.HelpCommand.class
    })
public final class GovernanceCommand implements Callable<Integer> {

  /** Exit code: nothing at or above the fail level. */
  public static final int OK = 0;

  /** Exit code: violations at or above the fail level. */
  public static final int VIOLATIONS = 1;

  /** Exit code: a usage or input error. */
  public static final int USAGE_OR_INPUT = 2;

  /**
   * Exit code: an internal error, a fault of the program rather than of its input (including
   * {@link OutOfMemoryError} and {@link StackOverflowError}); {@code EX_SOFTWARE} of BSD's {@code sysexits.h}.
   */
  public static final int INTERNAL_ERROR = 70;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public GovernanceCommand() {}

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String... args) {
    // Reports carry en dashes and ellipses: write UTF-8 whatever the platform's default encoding is.
    System.exit(
        run(
            new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
            args));
  }

  /**
   * Runs the command line with the given output streams and returns the exit code, without exiting; tests and
   * embedding programs call this.
   *
   * @param out where reports go
   * @param err where diagnostics go
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(new CommandLine(new GovernanceCommand()), out, err, args);
  }

  /**
   * Runs a command line built on this command; tests add a sub-command to it that fails as the program can.
   * Whatever escapes the commands, an {@link Error} included, ends as {@link #INTERNAL_ERROR}.
   */
  static int run(CommandLine commandLine, PrintWriter out, PrintWriter err, String... args) {
    // --format JSON, --fail-on Warning: option values are words, not Java constants.
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new Failures());
    int code;
    try {
      code = commandLine.execute(args);
    } catch (RuntimeException | Error failure) {
      // picocli hands only Exceptions to Failures: an Error thrown by a command (a heap or a stack that ran out)
      // comes through here, as would a failure of picocli itself.
      out.flush();
      code = Failures.internal(failure, err, java.util.Arrays.asList(args).contains("--verbose"));
    }
    out.flush();
    err.flush();
    return code;
  }

  /** With no command: says that one is needed and shows the usage, on standard error; a usage error. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("governance: give a command, such as: governance check --example north-yorkshire-2021-before");
    spec.commandLine().usage(err);
    err.flush();
    return USAGE_OR_INPUT;
  }

  /**
   * Turns failures into one line on standard error. A mistake in the input (a missing file, a file with
   * problems, a bad option value) is {@link #USAGE_OR_INPUT} and never shows a stack trace; a fault of the
   * program is {@link #INTERNAL_ERROR}, one line asking for a bug report, and its stack trace under
   * {@code --verbose}.
   */
  static final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      PrintWriter err = commandLine.getErr();
      if (Diagnostics.isInternal(exception)) {
        return internal(exception, err, Diagnostics.isVerbose(parseResult));
      }
      err.println("governance: " + Diagnostics.describe(exception, Diagnostics.listsAllProblems(parseResult)));
      err.flush();
      return USAGE_OR_INPUT;
    }

    static int internal(Throwable failure, PrintWriter err, boolean verbose) {
      err.println("governance: " + Diagnostics.internalError(failure));
      if (verbose) {
        failure.printStackTrace(err);
      }
      err.flush();
      return INTERNAL_ERROR;
    }
  }

  /** Reads the version that the build wrote into {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = GovernanceCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"governance " + properties.getProperty("version", "(unknown version)")};
    }
  }
}

package io.github.accountgovernance.examples.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --verbose} option every command takes; {@link Diagnostics#isVerbose} reads it from the parse result.
 * A picocli mixin.
 */
final class Verbosity {

  @Option(names = "--verbose", description = "Show the stack trace of an internal error (a bug).")
  private boolean verbose;

  Verbosity() {}
}

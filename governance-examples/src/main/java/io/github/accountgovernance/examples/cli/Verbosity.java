package io.github.accountgovernance.examples.cli;

import picocli.CommandLine.Option;

/**
 * The options every command takes about how much it says when something goes wrong: {@code --verbose} and
 * {@code --all-problems}; {@link Diagnostics#isVerbose} and {@link Diagnostics#listsAllProblems} read them from the
 * parse result. A picocli mixin.
 */
final class Verbosity {

  @Option(names = "--verbose", description = "Show the stack trace of an internal error (a bug).")
  private boolean verbose;

  @Option(
      names = "--all-problems",
      description = "List every problem of a file with mistakes, not only the first 50.")
  private boolean allProblems;

  Verbosity() {}
}

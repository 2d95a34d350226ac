package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.core.problem.InvalidFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/** Words for failures, for people at a terminal. */
final class Diagnostics {

  private Diagnostics() {}

  static String describe(Throwable failure) {
    Throwable cause = failure instanceof UncheckedIOException ? failure.getCause() : failure;
    if (cause instanceof NoSuchFileException) {
      return noSuchFile(cause.getMessage());
    }
    if (cause instanceof AccessDeniedException) {
      return "cannot read " + cause.getMessage() + ": permission denied";
    }
    if (cause instanceof IOException) {
      return "cannot read or write a file: " + cause.getMessage();
    }
    if (cause instanceof InvalidFileException || cause instanceof InputException) {
      return cause.getMessage();
    }
    if (cause instanceof IllegalArgumentException) {
      return cause.getMessage();
    }
    return "unexpected " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  /** Says that a file the user named does not exist, and where a relative path starts from. */
  static String noSuchFile(String path) {
    return "no such file: " + path + " (check the path, relative to " + workingDirectory() + ")";
  }

  /** Tells whether the failure is a fault of the program rather than of its input. */
  static boolean isUnexpected(Throwable failure) {
    Throwable cause = failure instanceof UncheckedIOException ? failure.getCause() : failure;
    return !(cause instanceof IOException || cause instanceof IllegalArgumentException
        || cause instanceof InputException);
  }

  static boolean isVerbose(CommandLine.ParseResult parseResult) {
    return hasOption(parseResult, "--verbose");
  }

  /** Tells whether the user asked for every problem of a file with mistakes ({@code --all-problems}). */
  static boolean listsAllProblems(CommandLine.ParseResult parseResult) {
    return hasOption(parseResult, "--all-problems");
  }

  /**
   * Describes a failure as {@link #describe(Throwable)} does, listing every problem of a file with mistakes when
   * {@code all} is set and otherwise saying how to see the ones left out.
   */
  static String describe(Throwable failure, boolean all) {
    Throwable cause = failure instanceof UncheckedIOException ? failure.getCause() : failure;
    if (cause instanceof InvalidFileException) {
      InvalidFileException invalid = (InvalidFileException) cause;
      if (all) {
        return invalid.message(Integer.MAX_VALUE);
      }
      String listed = invalid.getMessage();
      return listed.equals(invalid.message(Integer.MAX_VALUE))
          ? listed
          : listed + "\n(run again with --all-problems to list every one)";
    }
    return describe(failure);
  }

  private static boolean hasOption(CommandLine.ParseResult parseResult, String name) {
    CommandLine.ParseResult current = parseResult;
    while (current != null) {
      if (current.hasMatchedOption(name)) {
        return true;
      }
      current = current.subcommand();
    }
    return false;
  }

  private static String workingDirectory() {
    return System.getProperty("user.dir");
  }
}

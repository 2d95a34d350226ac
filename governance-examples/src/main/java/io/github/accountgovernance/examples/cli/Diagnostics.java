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
    CommandLine.ParseResult current = parseResult;
    while (current != null) {
      if (current.hasMatchedOption("--verbose")) {
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

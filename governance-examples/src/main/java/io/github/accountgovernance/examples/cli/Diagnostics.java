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
    return internalError(cause);
  }

  /** Where to report a bug: the project's issues. */
  static final String BUG_REPORTS = "https://github.com/accountgovernance/account-governance/issues";

  /**
   * Says, on one line, that the program failed by a fault of its own and asks for a bug report: what failed
   * (the Java error's name and the first line of its message), where to report it, and for a heap that ran out,
   * that more memory may get past it.
   */
  static String internalError(Throwable failure) {
    String message = failure.getMessage() == null ? "" : failure.getMessage().strip();
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline).strip();
    }
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    String what = failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    String memory = failure instanceof OutOfMemoryError
        ? " (the Java heap ran out: a larger -Xmx may get past it)"
        : "";
    return "internal error, a bug in governance, not in your files: " + what + memory
        + "; please report it at " + BUG_REPORTS + " with the command you ran and what --verbose shows";
  }

  /** Says that a file the user named does not exist, and where a relative path starts from. */
  static String noSuchFile(String path) {
    return "no such file: " + path + " (check the path, relative to " + workingDirectory() + ")";
  }

  /**
   * Tells whether the failure is a fault of the program rather than of its input: anything but a file that
   * cannot be read, a value refused in words ({@link IllegalArgumentException}, {@link InvalidFileException}) and
   * the command line's own {@link InputException}. Every {@link Error}, such as {@link OutOfMemoryError} or
   * {@link StackOverflowError}, is one.
   */
  static boolean isInternal(Throwable failure) {
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

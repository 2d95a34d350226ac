package io.github.accountgovernance.examples.cli;

/** A problem with what the user gave the command line: a missing file, an unknown pack, a bad option value. */
final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.github.accountgovernance.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM and keeps what it wrote to each stream. */
final class Cli {

  static final String BEFORE = "north-yorkshire-2021-before";
  static final String AFTER = "north-yorkshire-2021-after";

  private Cli() {}

  /** The exit code and the two streams of one run. */
  record Run(int code, String out, String err) {
    @Override
    public String toString() {
      // AssertJ prints the actual value on failure: show the streams, not an opaque record.
      return "exit " + code + "\n--- stdout ---\n" + abbreviate(out) + "\n--- stderr ---\n" + abbreviate(err);
    }

    private static String abbreviate(String text) {
      return text.length() > 4000 ? text.substring(0, 4000) + "\n…(" + text.length() + " chars)" : text;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }
}

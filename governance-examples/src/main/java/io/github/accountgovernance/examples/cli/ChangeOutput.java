package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.whatif.ChangeFormat;
import io.github.accountgovernance.rules.whatif.ChangeReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options whatif and diff share for their change report: the format, where it goes, and which rules getting
 * worse make the exit code 1. A picocli mixin.
 */
final class ChangeOutput {

  /** The formats of a change report. */
  enum Format {
    text,
    json,
    markdown
  }

  /** The lowest severity of an appearing violation that makes the command fail. */
  enum FailOn {
    error,
    warning,
    never
  }

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or markdown.")
  private Format format = Format.text;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the change report here instead of stdout.")
  private Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "error (default), warning or never: exit code 1 when a rule of this severity or above has more"
          + " violations on the second side than on the first.")
  private FailOn failOn = FailOn.error;

  ChangeOutput() {}

  /** Writes the report and returns the exit code. */
  int write(ChangeReport report, CommandLine commandLine) throws IOException {
    String rendered = ChangeFormat.valueOf(format.name().toUpperCase(Locale.ROOT)).render(report);
    if (output != null) {
      Files.writeString(output, rendered, StandardCharsets.UTF_8);
      commandLine.getErr().println("governance: wrote the " + format + " change report to " + output);
    } else {
      PrintWriter out = commandLine.getOut();
      out.print(rendered);
      out.flush();
    }
    return failing(report) ? GovernanceCommand.VIOLATIONS : GovernanceCommand.OK;
  }

  /**
   * Whether a rule at or above the fail level has more violations on the second side than on the first. Counting
   * per rule, not matching fingerprints, keeps an improvement from failing: a rota slot that splits a MON-2 gap in
   * two shorter ones gives new fingerprints but no more violations.
   */
  private boolean failing(ChangeReport report) {
    if (failOn == FailOn.never) {
      return false;
    }
    for (ChangeReport.RuleChange rule : report.rules()) {
      boolean counts = rule.severity() == Severity.ERROR || (failOn == FailOn.warning && rule.severity() == Severity.WARNING);
      if (counts && rule.appeared() > rule.cleared()) {
        return true;
      }
    }
    return false;
  }
}

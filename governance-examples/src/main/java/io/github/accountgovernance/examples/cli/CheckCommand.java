package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.io.EstateFormat;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.examples.html.HtmlReport;
import io.github.accountgovernance.rules.authoring.ParameterRefusedException;
import io.github.accountgovernance.rules.Baseline;
import io.github.accountgovernance.rules.Evaluation;
import io.github.accountgovernance.rules.authoring.ParameterType;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.files.BaselineFiles;
import io.github.accountgovernance.rules.report.ReportFormat;
import io.github.accountgovernance.rules.files.WaiverFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code governance check}: evaluates an estate against a pack and writes the report. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = GovernanceCommand.Version.class,
    description = {
      "Checks an estate file against a policy pack and writes the report.",
      "Exit code 0: nothing at or above --fail-on; 1: violations at or above it; 2: a usage or input error."
    })
final class CheckCommand implements Callable<Integer> {

  /** Output formats: the report formats of governance-rules, and HTML with coverage timelines. */
  enum Format {
    text,
    json,
    sarif,
    junit,
    markdown,
    html
  }

  /** The lowest severity that makes the command fail. */
  enum FailOn {
    error,
    warning
  }

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The estate file (.yaml, .yml or .json). Give this or --example.")
  private Path file;

  @Option(
      names = "--example",
      paramLabel = "NAME",
      description = "Check a bundled example estate instead of a file (see the examples command).")
  private String example;

  @CommandLine.Mixin private PackChoice pack;

  @CommandLine.Mixin private OverlayOption overlay;

  @CommandLine.Mixin private ReadLimitOptions limits;

  @CommandLine.Mixin private ThreadsOption threads;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Evaluate as of this date (yyyy-mm-dd, start of day in the force's zone) or instant;"
          + " default: the estate's own as-of.")
  private String asOf;

  @Option(
      names = "--horizon",
      paramLabel = "DURATION",
      description = "How far ahead time-based rules look, such as 28d, 72h or PT72H; default 28d.")
  private String horizon;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json, sarif, junit, markdown or html.")
  private Format format = Format.text;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report here instead of stdout.")
  private Path output;

  @Option(names = "--waivers", paramLabel = "FILE", description = "A waiver file (YAML or JSON).")
  private Path waivers;

  @Option(names = "--baseline", paramLabel = "FILE", description = "A baseline file: fail only on new violations.")
  private Path baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description = "Record today's violations as a baseline file.")
  private Path writeBaseline;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "error (default) or warning: the lowest severity that makes the exit code 1.")
  private FailOn failOn = FailOn.error;

  @Option(
      names = "--no-locations",
      description = "Leave out where each violation's subject is defined (file and line), so that the reports of one"
          + " estate kept as one YAML file, as CSV registers or as a workbook are the same, byte for byte.")
  private boolean noLocations;

  @CommandLine.Mixin private Verbosity verbosity;

  CheckCommand() {}

  @Override
  public Integer call() throws IOException {
    // Before the work: a report that cannot be written should not cost a whole evaluation first.
    requireWritable("--output", "report", output);
    requireWritable("--write-baseline", "baseline", writeBaseline);
    Estate estate = overlay.applyTo(loadEstate());
    PolicyPack policy = pack.resolve();
    Evaluation evaluation = threads.applyTo(Evaluation.of(policy));
    if (asOf != null) {
      Instant when = instant(asOf, estate);
      if (when.isBefore(estate.asOf())) {
        spec.commandLine().getErr().println(
            "governance: note: --as-of " + asOf + " is before the estate's own date (" + estate.asOf()
                + "); the estate describes the force as it was then, so rota slots and people it no longer"
                + " records may be missing from the check");
      }
      evaluation = evaluation.asOf(when);
    }
    if (horizon != null) {
      evaluation = evaluation.horizon(duration(horizon));
    }
    if (waivers != null) {
      evaluation = evaluation.waivers(WaiverFiles.read(waivers, policy));
    }
    if (baseline != null) {
      Baseline recorded = BaselineFiles.read(baseline);
      evaluation = evaluation.baseline(recorded);
    }
    Report report;
    try {
      report = evaluation.evaluate(estate);
    } catch (ParameterRefusedException refusal) {
      throw pack.refused(refusal);
    }
    if (noLocations) {
      report = report.withoutLocations();
    }
    if (writeBaseline != null) {
      Baseline recorded = Baseline.of(report);
      BaselineFiles.write(recorded, writeBaseline);
      spec.commandLine().getErr().println(
          "governance: wrote a baseline of " + recorded.entries().size() + " violations to " + writeBaseline);
    }
    if (output != null) {
      try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        write(report, estate, out);
      }
      PrintWriter err = spec.commandLine().getErr();
      err.println("governance: wrote the " + format + " report to " + output);
    } else {
      write(report, estate, spec.commandLine().getOut());
    }
    return failing(report) ? GovernanceCommand.VIOLATIONS : GovernanceCommand.OK;
  }

  /** Writes the report as it is made (a national estate's runs to tens of megabytes), not rendered whole first. */
  private void write(Report report, Estate estate, Writer out) throws IOException {
    if (format == Format.html) {
      out.write(HtmlReport.render(report, estate));
      out.flush();
    } else {
      ReportFormat.valueOf(format.name().toUpperCase(Locale.ROOT)).write(report, out);
    }
  }

  private boolean failing(Report report) {
    return !report.violations(Severity.ERROR).isEmpty()
        || (failOn == FailOn.warning && !report.violations(Severity.WARNING).isEmpty());
  }

  private Estate loadEstate() throws IOException {
    if ((file == null) == (example == null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give either an estate FILE or --example NAME (the examples command lists them)");
    }
    if (example != null) {
      String name =
          ExampleEstates.find(example)
              .orElseThrow(
                  () -> new InputException(
                      "no example estate \"" + example + "\"; the examples are " + ExampleEstates.names()));
      return ExampleEstates.load(name);
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    Path name = file.getFileName();
    if (name == null || EstateFormat.forFileName(name.toString()).isEmpty()) {
      throw new InputException("cannot tell the format of the estate file " + file + " from its name: name it .yaml,"
          + " .yml or .json");
    }
    return EstateReader.forFile(file).withLimits(limits.limits()).read(file);
  }

  /** Refuses a file to write into a folder that does not exist, or a folder given for a file, naming the folder. */
  private static void requireWritable(String option, String what, Path target) {
    if (target == null) {
      return;
    }
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new InputException(option + " " + target + " is a folder; give the name of the file to write the "
          + what + " to");
    }
    Path folder = absolute.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new InputException("cannot write the " + what + " to " + target + ": the folder " + folder
          + " does not exist (create it first, or give another " + option + ")");
    }
  }

  private static Instant instant(String text, Estate estate) {
    try {
      return LocalDate.parse(text).atStartOfDay(estate.force().zone()).toInstant();
    } catch (DateTimeParseException notADate) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException notAnInstant) {
        throw new InputException(
            "--as-of takes a date such as 2021-03-01 or an instant such as 2021-03-01T09:00:00Z, not \"" + text
                + "\"");
      }
    }
  }

  private static Duration duration(String text) {
    try {
      return ParameterType.DURATION.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InputException("--horizon: " + e.getMessage());
    }
  }
}

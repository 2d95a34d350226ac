package io.github.accountgovernance.rules.report;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.files.ReportJson;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.function.Function;

/**
 * The formats a {@link Report} is written in: {@link #TEXT} for people, {@link #JSON} for programs (versioned
 * schema {@value ReportJson#SCHEMA}, read back by {@link ReportJson}), {@link #SARIF} 2.1.0 for code-scanning
 * dashboards, {@link #JUNIT} XML so that a CI server shows each rule, and {@link #MARKDOWN} for pull requests
 * and job summaries.
 *
 * <p>Every format is deterministic: the same report renders the same bytes, whatever order its lists were built
 * in; the only time written is the report's own as-of instant; lines end in {@code \n} on every platform.
 *
 * <pre>{@code
 * Report report = pack.evaluate(estate);
 * System.out.print(ReportFormat.TEXT.render(report));
 * try (Writer out = Files.newBufferedWriter(Path.of("governance.sarif"))) {
 *   ReportFormat.SARIF.write(report, out);
 * }
 * ReportFormat format = ReportFormat.named("junit");   // for a --format option
 * }</pre>
 *
 * <p>Thread-safe: the writers hold no state between calls.
 */
public enum ReportFormat {

  /**
   * Text for people: a summary line (pack, force, as-of, horizon, counts by severity), then violations grouped
   * by rule with subject, message, evidence, hint and note; waived, baselined and fixed violations; expiring
   * and stale waivers; notes on this check (a rule that checked nothing, an expired waiver); every rule's counts
   * (checked, passed and failed subjects, violations, waived, baselined); and the effective parameters with their
   * provenance.
   */
  TEXT("txt", "text/plain", TextReport::render, TextReport::write),

  /** JSON in the versioned schema {@value ReportJson#SCHEMA}; see {@link ReportJson}. */
  JSON("json", "application/json", ReportJson::write, ReportJson::write),

  /**
   * SARIF 2.1.0: one run, one {@code tool.driver.rules} entry per rule id, results with {@code ruleId},
   * {@code ruleIndex}, a level from the severity (error, warning, note), the subject as a logical location and
   * the baseline fingerprint as a partial fingerprint; waived violations carry an accepted external
   * suppression with the waiver's reason as justification.
   */
  SARIF("sarif", "application/sarif+json", SarifReport::render, SarifReport::write),

  /**
   * JUnit XML as Surefire writes it: one {@code testsuite} per rule; a failing {@code testcase} per violation
   * of severity error or warning, with the message and evidence; a skipped one per waived or baselined
   * violation; a passing one for the subjects that comply; a skipped one for a rule that checked nothing.
   */
  JUNIT("xml", "application/xml", JunitReport::render, JunitReport::write),

  /**
   * Markdown: the summary, a table of every rule with its counts, a section per rule with its violations, and
   * the waived, baselined, fixed, waiver, notes on this check and parameter sections.
   */
  MARKDOWN("md", "text/markdown", MarkdownReport::render, MarkdownReport::write);

  private final String fileExtension;
  private final String mediaType;
  private final Function<Report, String> renderer;
  private final Streamer streamer;

  ReportFormat(String fileExtension, String mediaType, Function<Report, String> renderer, Streamer streamer) {
    this.fileExtension = fileExtension;
    this.mediaType = mediaType;
    this.renderer = renderer;
    this.streamer = streamer;
  }

  /** How a format writes a report to a writer as it goes. */
  @FunctionalInterface
  private interface Streamer {
    void write(Report report, Writer out) throws IOException;
  }

  /**
   * Returns a report in this format.
   *
   * @param report the report
   * @return the text, ending with a line feed
   * @throws NullPointerException if {@code report} is null
   */
  public String render(Report report) {
    return renderer.apply(requireNonNull(report, "report"));
  }

  /**
   * Writes a report in this format as it is made, the same characters {@link #render} returns; the writer is
   * flushed, not closed. The text goes out in chunks of some thousands of characters, so that the report of a
   * national estate is never held whole (the JUnit format still makes its test cases first, as their totals
   * open the file). Give a buffered writer: the formats written through JSON write in small pieces.
   *
   * @param report the report
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails; what was written before stays written
   */
  public void write(Report report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    streamer.write(report, out);
    out.flush();
  }

  /**
   * Returns the usual file extension, without the dot.
   *
   * @return such as {@code "sarif"}
   */
  public String fileExtension() {
    return fileExtension;
  }

  /**
   * Returns the media type.
   *
   * @return such as {@code "application/sarif+json"}
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Returns the format with a name, ignoring case: {@code text}, {@code json}, {@code sarif}, {@code junit}
   * or {@code markdown} (also {@code txt}, {@code md} and {@code xml}).
   *
   * @param name the name
   * @return the format
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name names no format
   */
  public static ReportFormat named(String name) {
    requireNonNull(name, "name");
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (ReportFormat format : values()) {
      if (format.name().toLowerCase(Locale.ROOT).equals(wanted) || format.fileExtension.equals(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "a report format is one of text, json, sarif, junit, markdown, but was \"" + name + "\"");
  }
}

package io.github.accountgovernance.rules.report;

import io.github.accountgovernance.rules.internal.IndentedText;
import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.Fingerprint;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.ReportWarning;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.RuleResult;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.WaivedViolation;
import io.github.accountgovernance.rules.Waiver;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The report for people: a summary line, then each section only when it has something to say. */
final class TextReport {

  private final Chunks chunks;
  private final StringBuilder out;

  private TextReport(Chunks chunks) {
    this.chunks = chunks;
    this.out = chunks.builder();
  }

  static String render(Report report) {
    return Chunks.kept(chunks -> new TextReport(chunks).write(report));
  }

  static void write(Report report, Writer sink) throws IOException {
    Chunks.written(sink, chunks -> new TextReport(chunks).write(report));
  }

  private void write(Report report) throws IOException {
    line(0, ReportWords.summary(report));
    violations(report);
    waived(report);
    baselined(report);
    fixed(report);
    waivers("Waivers expiring soon", report.expiringWaivers());
    waivers("Stale waivers, matching no violation", report.staleWaivers());
    warnings(report);
    rules(report);
    parameters(report);
  }

  private void heading(String title, int count) {
    IndentedText.heading(out, title, count);
  }

  private void line(int indent, String text) {
    IndentedText.line(out, indent, text);
  }

  private void violations(Report report) throws IOException {
    if (report.violations().isEmpty()) {
      out.append('\n');
      line(0, "No violations.");
      return;
    }
    heading("Violations", report.violations().size());
    for (Map.Entry<RuleId, List<Violation>> rule : ReportWords.byRule(report.violations()).entrySet()) {
      List<Violation> violations = rule.getValue();
      String statement = report.rule(rule.getKey().value()).map(RuleResult::statement).orElse("");
      line(1, rule.getKey() + " (" + violations.get(0).severity().label() + ")"
          + (statement.isEmpty() ? "" : ": " + statement));
      for (Violation violation : violations) {
        violation(violation);
        chunks.drain();
      }
    }
  }

  private void violation(Violation violation) {
    line(2, ReportWords.subject(violation) + ": " + violation.message());
    for (Evidence evidence : violation.evidence()) {
      line(3, ReportWords.evidence(evidence));
    }
    violation.hint().ifPresent(hint -> line(3, "hint: " + hint));
    violation.note().ifPresent(note -> line(3, "note: " + note));
  }

  private void waived(Report report) throws IOException {
    if (report.waived().isEmpty()) {
      return;
    }
    heading("Waived", report.waived().size());
    for (WaivedViolation waived : ReportWords.sorted(report.waived())) {
      Violation violation = waived.violation();
      line(1, violation.ruleId() + " (" + violation.severity().label() + ") "
          + ReportWords.subject(violation.subject()) + ": " + violation.message());
      line(2, ReportWords.waiver(waived.waiver()));
      chunks.drain();
    }
  }

  private void baselined(Report report) throws IOException {
    if (report.baselined().isEmpty()) {
      return;
    }
    heading("Baselined", report.baselined().size());
    for (Violation violation : ReportWords.sorted(report.baselined())) {
      line(1, violation.ruleId() + " (" + violation.severity().label() + ") "
          + ReportWords.subject(violation.subject()) + ": " + violation.message());
      chunks.drain();
    }
  }

  private void fixed(Report report) throws IOException {
    if (report.fixedBaselineEntries().isEmpty()) {
      return;
    }
    heading("Fixed since the baseline", report.fixedBaselineEntries().size());
    for (Fingerprint fingerprint : ReportWords.sorted(report.fixedBaselineEntries())) {
      line(1, ReportWords.fixedEntry(report, fingerprint));
      chunks.drain();
    }
  }

  private void waivers(String title, List<Waiver> waivers) throws IOException {
    if (waivers.isEmpty()) {
      return;
    }
    heading(title, waivers.size());
    for (Waiver waiver : ReportWords.sorted(waivers)) {
      line(1, ReportWords.waiverLine(waiver));
      chunks.drain();
    }
  }

  private void warnings(Report report) throws IOException {
    List<ReportWarning> warnings = ReportWords.warnings(report);
    if (warnings.isEmpty()) {
      return;
    }
    // Not "Warnings": that word is kept for the severity, which the summary line counts.
    heading(ReportWords.NOTES, warnings.size());
    for (ReportWarning warning : warnings) {
      line(1, ReportWords.warning(warning));
      chunks.drain();
    }
  }

  private void rules(Report report) {
    heading("Rules", report.rules().size());
    for (RuleResult rule : ReportWords.sorted(report.rules())) {
      // Failed subjects and violations differ when a rule reports a subject more than once (MON-2 gaps).
      line(1, rule.ruleId() + " (" + rule.severity().label() + ") " + rule.title() + ": checked "
          + rule.checked() + ", passed " + rule.passed() + ", failed " + rule.failed() + ", violations "
          + rule.violations() + ", waived " + rule.waived() + ", baselined " + rule.baselined());
    }
    if (!report.disabledRules().isEmpty()) {
      line(1, "disabled: " + ReportWords.sorted(report.disabledRules()).stream()
          .map(RuleId::value).collect(Collectors.joining(", ")));
    }
  }

  private void parameters(Report report) {
    if (report.parameters().isEmpty()) {
      return;
    }
    heading("Parameters", report.parameters().size());
    for (EffectiveParameter parameter : ReportWords.sorted(report.parameters())) {
      line(1, parameter.key() + " = " + parameter.shownText() + " (" + parameter.provenance().label()
          + ", set by " + parameter.setBy() + "; default " + parameter.shownDefault() + "; read by "
          + parameter.rules().stream().map(RuleId::value).collect(Collectors.joining(", ")) + ")");
    }
  }
}

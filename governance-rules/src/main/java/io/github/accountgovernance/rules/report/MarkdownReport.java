package io.github.accountgovernance.rules.report;

import static io.github.accountgovernance.rules.internal.Markdown.code;
import static io.github.accountgovernance.rules.internal.Markdown.escape;

import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.Fingerprint;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.ReportWarning;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.RuleResult;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.WaivedViolation;
import io.github.accountgovernance.rules.internal.Markdown;
import io.github.accountgovernance.rules.Waiver;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GitHub-flavoured Markdown, for pull-request comments and job summaries: the summary line, a table of every
 * rule, then a section per rule with violations, and the waived, baselined, fixed, waiver, notes on this check
 * and parameter sections when they have something to say. Text from the report is escaped so that a handle such as
 * {@code @NYP_York} renders as written.
 */
final class MarkdownReport {

  private final Chunks chunks;
  private final StringBuilder out;

  private MarkdownReport(Chunks chunks) {
    this.chunks = chunks;
    this.out = chunks.builder();
  }

  static String render(Report report) {
    return Chunks.kept(chunks -> new MarkdownReport(chunks).write(report));
  }

  static void write(Report report, Writer sink) throws IOException {
    Chunks.written(sink, chunks -> new MarkdownReport(chunks).write(report));
  }

  private void write(Report report) throws IOException {
    out.append("# Account governance report: ").append(escape(report.packName())).append("\n\n");
    out.append(escape(ReportWords.summary(report))).append("\n\n");
    table(report);
    Map<RuleId, List<Violation>> byRule = ReportWords.byRule(report.violations());
    for (Map.Entry<RuleId, List<Violation>> rule : byRule.entrySet()) {
      ruleSection(report, rule.getKey().value(), rule.getValue());
    }
    waived(report);
    if (!report.baselined().isEmpty()) {
      section("Baselined", report.baselined().size());
      for (Violation violation : ReportWords.sorted(report.baselined())) {
        out.append("- ").append(code(violation.ruleId().value())).append(' ')
            .append(subject(violation)).append(": ").append(escape(violation.message())).append('\n');
        chunks.drain();
      }
    }
    if (!report.fixedBaselineEntries().isEmpty()) {
      section("Fixed since the baseline", report.fixedBaselineEntries().size());
      for (Fingerprint fixed : ReportWords.sorted(report.fixedBaselineEntries())) {
        out.append("- ").append(escape(ReportWords.fixedEntry(report, fixed))).append('\n');
        chunks.drain();
      }
    }
    waivers("Waivers expiring soon", report.expiringWaivers());
    waivers("Stale waivers, matching no violation", report.staleWaivers());
    List<ReportWarning> warnings = ReportWords.warnings(report);
    if (!warnings.isEmpty()) {
      section(ReportWords.NOTES, warnings.size());
      for (ReportWarning warning : warnings) {
        out.append("- ").append(escape(ReportWords.warning(warning))).append('\n');
        chunks.drain();
      }
    }
    parameters(report);
  }

  private void table(Report report) {
    out.append("| Rule | Severity | Title | Checked | Passed | Failed | Violations | Waived | Baselined |\n");
    out.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (RuleResult rule : ReportWords.sorted(report.rules())) {
      out.append("| ").append(code(rule.ruleId().value()))
          .append(" | ").append(rule.severity().label())
          .append(" | ").append(escape(rule.title()))
          .append(" | ").append(rule.checked())
          .append(" | ").append(rule.passed())
          .append(" | ").append(rule.failed())
          .append(" | ").append(rule.violations())
          .append(" | ").append(rule.waived())
          .append(" | ").append(rule.baselined())
          .append(" |\n");
    }
    if (!report.disabledRules().isEmpty()) {
      out.append("\nDisabled: ").append(ReportWords.sorted(report.disabledRules()).stream()
          .map(RuleId::value).map(Markdown::code).collect(Collectors.joining(", "))).append('\n');
    }
  }

  private void ruleSection(Report report, String ruleId, List<Violation> violations) throws IOException {
    out.append("\n## ").append(ruleId);
    report.rule(ruleId).ifPresent(rule -> out.append(": ").append(escape(rule.title())));
    out.append(" (").append(violations.get(0).severity().label()).append(", ")
        .append(ReportWords.plural(violations.size(), "violation")).append(")\n\n");
    report.rule(ruleId).ifPresent(rule -> {
      out.append("> ").append(escape(rule.statement())).append("\n\n");
    });
    for (Violation violation : violations) {
      out.append("- ").append(subject(violation)).append(": ").append(escape(violation.message())).append('\n');
      for (Evidence evidence : violation.evidence()) {
        out.append("  - ").append(escape(evidence.label())).append(": ")
            .append(evidence.values().stream().map(Markdown::escape).collect(Collectors.joining("; ")))
            .append('\n');
      }
      violation.hint().ifPresent(hint -> out.append("  - *hint:* ").append(escape(hint)).append('\n'));
      violation.note().ifPresent(note -> out.append("  - *note:* ").append(escape(note)).append('\n'));
      chunks.drain();
    }
  }

  private void waived(Report report) throws IOException {
    if (report.waived().isEmpty()) {
      return;
    }
    section("Waived", report.waived().size());
    for (WaivedViolation waived : ReportWords.sorted(report.waived())) {
      Violation violation = waived.violation();
      out.append("- ").append(code(violation.ruleId().value())).append(' ').append(subject(violation))
          .append(": ").append(escape(violation.message())).append(" — ")
          .append(escape(ReportWords.waiver(waived.waiver()))).append('\n');
      chunks.drain();
    }
  }

  private void waivers(String title, List<Waiver> waivers) throws IOException {
    if (waivers.isEmpty()) {
      return;
    }
    section(title, waivers.size());
    for (Waiver waiver : ReportWords.sorted(waivers)) {
      out.append("- ").append(escape(ReportWords.waiverLine(waiver))).append('\n');
      chunks.drain();
    }
  }

  private void parameters(Report report) {
    if (report.parameters().isEmpty()) {
      return;
    }
    section("Parameters", report.parameters().size());
    out.append("| Parameter | Value | Default | Provenance | Set by | Rules |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (EffectiveParameter parameter : ReportWords.sorted(report.parameters())) {
      out.append("| ").append(code(parameter.key()))
          .append(" | ").append(escape(parameter.shownText()))
          .append(" | ").append(escape(parameter.shownDefault()))
          .append(" | ").append(parameter.provenance().label())
          .append(" | ").append(escape(parameter.setBy()))
          .append(" | ").append(parameter.rules().stream().map(RuleId::value).collect(Collectors.joining(", ")))
          .append(" |\n");
    }
  }

  private void section(String title, int count) {
    out.append("\n## ").append(title).append(" (").append(count).append(")\n\n");
  }

  private static String subject(Violation violation) {
    return "**" + escape(violation.subject().displayName()) + "** (" + code(violation.subject().reference())
        + (violation.key().isEmpty() ? "" : ", " + code(violation.key()))
        + violation.location().map(at -> ", " + code(ReportWords.place(at))).orElse("") + ")";
  }
}

package io.github.accountgovernance.rules.whatif;

import static io.github.accountgovernance.rules.internal.Markdown.code;
import static io.github.accountgovernance.rules.internal.Markdown.escape;

import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.whatif.ChangeReport.CoverChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.LostWindow;
import io.github.accountgovernance.rules.whatif.ChangeReport.ParameterChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.Persisted;
import io.github.accountgovernance.rules.whatif.ChangeReport.RuleChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The change report for pull requests and job summaries: the same sections as the text, as Markdown. */
final class ChangeMarkdown {

  private final StringBuilder out = new StringBuilder();

  private ChangeMarkdown() {}

  static String render(ChangeReport report) {
    ChangeMarkdown markdown = new ChangeMarkdown();
    markdown.write(report);
    return markdown.out.toString();
  }

  private void write(ChangeReport report) {
    out.append("# ").append(escape(report.title())).append("\n\n");
    out.append(escape(report.summary())).append("\n\n");
    Side before = report.before();
    Side after = report.after();
    out.append("| | ").append(escape(before.label())).append(" | ").append(escape(after.label())).append(" |\n");
    out.append("|---|---|---|\n");
    row("pack", code(before.report().packId()), code(after.report().packId()));
    row("as of", before.report().asOf().toString(), after.report().asOf().toString());
    row("horizon", ChangeWords.duration(before.report().horizon()), ChangeWords.duration(after.report().horizon()));
    for (Severity severity : Severity.values()) {
      row(severity.label() + (severity == Severity.INFO ? "" : "s"),
          String.valueOf(before.count(severity)), String.valueOf(after.count(severity)));
    }
    if (!report.differences().isEmpty()) {
      section("What differs", report.differences().size());
      report.differences().forEach(difference -> out.append("- ").append(escape(difference)).append('\n'));
    }
    cover(report);
    violations("Violations that appear", report.appeared(), report);
    violations("Violations that go away", report.cleared(), report);
    changed(report);
    rules(report);
    parameters(report);
  }

  private void row(String name, String before, String after) {
    out.append("| ").append(name).append(" | ").append(before).append(" | ").append(after).append(" |\n");
  }

  private void section(String title, int count) {
    out.append("\n## ").append(title).append(" (").append(count).append(")\n\n");
  }

  private void cover(ChangeReport report) {
    List<CoverChange> lost = report.coverLost();
    if (!lost.isEmpty()) {
      out.append("\n## Declared hours that lose cover (").append(ChangeWords.plural(lost.size(), "account"))
          .append(")\n\n");
      out.append("| account | window | who else could cover |\n|---|---|---|\n");
      for (CoverChange account : lost) {
        for (LostWindow window : account.lost()) {
          out.append("| **").append(escape(account.account().displayName())).append("** (")
              .append(code(account.account().reference())).append(") | ")
              .append(escape(window.window().format(account.zone()))).append(" | ")
              .append(escape(ChangeWords.couldCover(window))).append(" |\n");
        }
      }
    }
    List<CoverChange> regained = new ArrayList<>();
    report.cover().stream().filter(c -> !c.regained().isEmpty()).forEach(regained::add);
    if (!regained.isEmpty()) {
      out.append("\n## Declared hours that regain cover (").append(ChangeWords.plural(regained.size(), "account"))
          .append(")\n\n");
      for (CoverChange account : regained) {
        for (TimeWindow window : account.regained().windows()) {
          out.append("- **").append(escape(account.account().displayName())).append("** (")
              .append(code(account.account().reference())).append("): ")
              .append(escape(window.format(account.zone()))).append('\n');
        }
      }
    }
  }

  private void violations(String title, List<Violation> violations, ChangeReport report) {
    section(title, violations.size());
    if (violations.isEmpty()) {
      out.append("None.\n");
    }
    for (Map.Entry<RuleId, List<Violation>> rule : ChangeWords.byRule(violations).entrySet()) {
      String ruleTitle = ChangeWords.ruleTitle(report.rules(), rule.getKey());
      out.append("### ").append(rule.getKey()).append(ruleTitle.isEmpty() ? "" : " " + escape(ruleTitle))
          .append(" (").append(rule.getValue().get(0).severity().label()).append(")\n\n");
      for (Violation violation : rule.getValue()) {
        out.append("- ").append(subject(violation)).append(": ").append(escape(violation.message())).append('\n');
        for (Evidence evidence : violation.evidence()) {
          out.append("  - ").append(escape(ChangeWords.evidence(evidence))).append('\n');
        }
      }
      out.append('\n');
    }
  }

  private void changed(ChangeReport report) {
    List<Persisted> changed = report.changed();
    section("Violations that stay but change", changed.size());
    if (changed.isEmpty()) {
      out.append("None.\n");
    }
    for (Persisted pair : changed) {
      out.append("- ").append(pair.after().ruleId()).append(' ').append(subject(pair.after())).append('\n');
      for (String difference : ChangeWords.differences(pair.before(), pair.after())) {
        out.append("  - ").append(escape(difference)).append('\n');
      }
    }
  }

  private void rules(ChangeReport report) {
    List<RuleChange> changing = new ArrayList<>();
    report.rules().stream().filter(RuleChange::hasChanges).forEach(changing::add);
    section("Rules that change", changing.size());
    if (changing.isEmpty()) {
      out.append("None.\n");
      return;
    }
    out.append("| rule | severity | ").append(escape(report.before().label())).append(" | ")
        .append(escape(report.after().label())).append(" | appear | go away | stay | of which changed |\n");
    out.append("|---|---|---|---|---:|---:|---:|---:|\n");
    for (RuleChange rule : changing) {
      out.append("| ").append(rule.ruleId()).append(' ').append(escape(rule.title())).append(" | ")
          .append(rule.severity().label()).append(" | ").append(rule.before().label()).append(" | ")
          .append(rule.after().label()).append(" | ").append(rule.appeared()).append(" | ")
          .append(rule.cleared()).append(" | ").append(rule.stayed()).append(" | ").append(rule.changed())
          .append(" |\n");
    }
  }

  private void parameters(ChangeReport report) {
    if (report.parameters().isEmpty()) {
      return;
    }
    section("Parameters that differ", report.parameters().size());
    out.append("| parameter | ").append(escape(report.before().label())).append(" | ")
        .append(escape(report.after().label())).append(" |\n|---|---|---|\n");
    for (ParameterChange parameter : report.parameters()) {
      out.append("| ").append(code(parameter.key())).append(" | ")
          .append(escape(ParameterChange.side(parameter.before()))).append(" | ")
          .append(escape(ParameterChange.side(parameter.after()))).append(" |\n");
    }
  }

  private static String subject(Violation violation) {
    return "**" + escape(violation.subject().displayName()) + "** (" + code(violation.subject().reference())
        + (violation.key().isEmpty() ? "" : ", " + code(violation.key())) + ")";
  }
}

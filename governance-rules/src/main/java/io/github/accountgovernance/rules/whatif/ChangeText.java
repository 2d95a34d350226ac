package io.github.accountgovernance.rules.whatif;

import io.github.accountgovernance.rules.internal.IndentedText;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.whatif.ChangeReport.CoverChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.LostWindow;
import io.github.accountgovernance.rules.whatif.ChangeReport.ParameterChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.Persisted;
import io.github.accountgovernance.rules.whatif.ChangeReport.RuleChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The change report for people: the question, the answer in a sentence, then each section that has something. */
final class ChangeText {

  private final StringBuilder out = new StringBuilder();

  private ChangeText() {}

  static String render(ChangeReport report) {
    ChangeText text = new ChangeText();
    text.write(report);
    return text.out.toString();
  }

  private void write(ChangeReport report) {
    line(0, report.title());
    line(0, report.summary());
    if (!report.differences().isEmpty()) {
      heading("What differs", report.differences().size());
      report.differences().forEach(difference -> line(1, difference));
    }
    heading("Evaluated", 2);
    line(1, report.before().label() + ": " + ChangeWords.evaluated(report.before()) + ": "
        + ChangeWords.counts(report.before()));
    line(1, report.after().label() + ": " + ChangeWords.evaluated(report.after()) + ": "
        + ChangeWords.counts(report.after()));
    cover(report);
    violations("Violations that appear", report.appeared(), report);
    violations("Violations that go away", report.cleared(), report);
    changed(report);
    rules(report);
    parameters(report);
  }

  private void heading(String title, int count) {
    IndentedText.heading(out, title, count);
  }

  private void line(int indent, String text) {
    IndentedText.line(out, indent, text);
  }

  private void cover(ChangeReport report) {
    List<CoverChange> lost = report.coverLost();
    if (!lost.isEmpty()) {
      out.append('\n');
      line(0, "Declared hours that lose cover (" + ChangeWords.plural(lost.size(), "account") + ")");
      for (CoverChange account : lost) {
        line(1, ChangeWords.subject(account.account()) + ": " + ChangeWords.lostSummary(account));
        // Windows in a row with the same people to cover them share one line saying who.
        List<LostWindow> windows = account.lost();
        int runStart = 0;
        for (int i = 0; i < windows.size(); i++) {
          line(2, windows.get(i).window().format(account.zone()));
          boolean runEnds = i + 1 == windows.size() || !ChangeWords.sameAnswer(windows.get(i), windows.get(i + 1));
          if (runEnds) {
            line(2, "who else could cover " + (i == runStart ? "it" : "them") + ": "
                + ChangeWords.couldCover(windows.get(i)));
            runStart = i + 1;
          }
        }
      }
    }
    List<CoverChange> regained = new ArrayList<>();
    report.cover().stream().filter(c -> !c.regained().isEmpty()).forEach(regained::add);
    if (!regained.isEmpty()) {
      out.append('\n');
      line(0, "Declared hours that regain cover (" + ChangeWords.plural(regained.size(), "account") + ")");
      for (CoverChange account : regained) {
        line(1, ChangeWords.subject(account.account()) + ": "
            + ChangeWords.plural(account.regained().size(), "window") + ", "
            + TimeWindow.formatDuration(account.regained().totalDuration()) + " in all");
        for (TimeWindow window : account.regained().windows()) {
          line(2, window.format(account.zone()));
        }
      }
    }
  }

  private void violations(String title, List<Violation> violations, ChangeReport report) {
    heading(title, violations.size());
    for (Map.Entry<RuleId, List<Violation>> rule : ChangeWords.byRule(violations).entrySet()) {
      String ruleTitle = ChangeWords.ruleTitle(report.rules(), rule.getKey());
      line(1, rule.getKey() + " (" + rule.getValue().get(0).severity().label() + ")"
          + (ruleTitle.isEmpty() ? "" : " " + ruleTitle));
      for (Violation violation : rule.getValue()) {
        line(2, ChangeWords.subject(violation.subject()) + ": " + violation.message());
        for (Evidence evidence : violation.evidence()) {
          line(3, ChangeWords.evidence(evidence));
        }
      }
    }
  }

  private void changed(ChangeReport report) {
    List<Persisted> changed = report.changed();
    heading("Violations that stay but change", changed.size());
    List<Violation> afters = new ArrayList<>();
    changed.forEach(pair -> afters.add(pair.after()));
    for (Map.Entry<RuleId, List<Violation>> rule : ChangeWords.byRule(afters).entrySet()) {
      String ruleTitle = ChangeWords.ruleTitle(report.rules(), rule.getKey());
      line(1, rule.getKey() + " (" + rule.getValue().get(0).severity().label() + ")"
          + (ruleTitle.isEmpty() ? "" : " " + ruleTitle));
      for (Persisted pair : changed) {
        if (pair.after().ruleId().equals(rule.getKey())) {
          changedPair(pair);
        }
      }
    }
  }

  private void changedPair(Persisted pair) {
    line(2, ChangeWords.subject(pair.after().subject()));
    for (String difference : ChangeWords.differences(pair.before(), pair.after())) {
      line(3, difference);
    }
  }

  private void rules(ChangeReport report) {
    List<RuleChange> changing = new ArrayList<>();
    report.rules().stream().filter(RuleChange::hasChanges).forEach(changing::add);
    heading("Rules that change", changing.size());
    for (RuleChange rule : changing) {
      line(1, rule.ruleId() + " (" + rule.severity().label() + ") " + rule.title() + ": "
          + ChangeWords.ruleCounts(rule));
    }
  }

  private void parameters(ChangeReport report) {
    if (report.parameters().isEmpty()) {
      return;
    }
    heading("Parameters that differ", report.parameters().size());
    for (ParameterChange parameter : report.parameters()) {
      line(1, parameter.describe());
    }
  }
}

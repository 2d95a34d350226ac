package io.github.accountgovernance.rules.whatif;

import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.whatif.ChangeReport.CoverChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.LostWindow;
import io.github.accountgovernance.rules.whatif.ChangeReport.RuleChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.Side;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The words every change format shares, so that text, Markdown and JSON say the same thing. */
final class ChangeWords {

  /** How many people a line names before it says how many more there are. */
  static final int PEOPLE_SHOWN = 6;

  private ChangeWords() {}

  /** "1 thing" or "n things". */
  static String plural(long n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }

  /** "28 days", "1 day 12 hours", "90 minutes", as the check's report says its horizon. */
  static String duration(Duration duration) {
    if (duration.isZero()) {
      return "0 seconds";
    }
    List<String> parts = new ArrayList<>();
    long days = duration.toDays();
    if (days > 0) {
      parts.add(plural(days, "day"));
    }
    if (duration.toHoursPart() > 0) {
      parts.add(plural(duration.toHoursPart(), "hour"));
    }
    if (duration.toMinutesPart() > 0) {
      parts.add(plural(duration.toMinutesPart(), "minute"));
    }
    if (duration.toSecondsPart() > 0 || parts.isEmpty()) {
      parts.add(plural(duration.toSecondsPart(), "second"));
    }
    return String.join(" ", parts);
  }

  /** "2 errors, 1 warning, 0 info". */
  static String counts(Side side) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      int n = side.count(severity);
      parts.add(severity == Severity.INFO ? n + " info" : plural(n, severity.label()));
    }
    return String.join(", ", parts);
  }

  /** "npcc2021 as of 2021-03-01T00:00:00Z, horizon 28 days". */
  static String evaluated(Side side) {
    return side.report().packId() + " as of " + side.report().asOf() + ", horizon "
        + duration(side.report().horizon());
  }

  /** "@NYP_York (account:york-x)". */
  static String subject(Subject subject) {
    return subject.displayName().equals(subject.reference())
        ? subject.displayName()
        : subject.displayName() + " (" + subject.reference() + ")";
  }

  /** "Sgt Rebecca Elmside (c9751)". */
  static String person(Subject person) {
    return person.displayName() + " (" + person.id() + ")";
  }

  /** "A (a), B (b) and 3 more". */
  static String people(List<Subject> people) {
    List<String> shown = new ArrayList<>();
    for (Subject person : people.subList(0, Math.min(PEOPLE_SHOWN, people.size()))) {
      shown.add(person(person));
    }
    String text = String.join(", ", shown);
    return people.size() > PEOPLE_SHOWN ? text + " and " + (people.size() - PEOPLE_SHOWN) + " more" : text;
  }

  /** "label: value; value". */
  static String evidence(Evidence evidence) {
    return evidence.label() + ": " + String.join("; ", evidence.values());
  }

  /**
   * What differs between two violations with one fingerprint, one line each: the message was and now, the severity,
   * and per evidence label the values added and removed (so that a MON-3 violation with one more window shows that
   * window, not both lists).
   */
  static List<String> differences(Violation before, Violation after) {
    List<String> lines = new ArrayList<>();
    if (!before.message().equals(after.message())) {
      lines.add("was: " + before.message());
      lines.add("now: " + after.message());
    }
    if (before.severity() != after.severity()) {
      lines.add("severity: " + before.severity().label() + " → " + after.severity().label());
    }
    Map<String, List<String>> was = valuesByLabel(before.evidence());
    Map<String, List<String>> now = valuesByLabel(after.evidence());
    Set<String> labels = new LinkedHashSet<>(now.keySet());
    labels.addAll(was.keySet());
    for (String label : labels) {
      List<String> old = was.getOrDefault(label, List.of());
      List<String> current = now.getOrDefault(label, List.of());
      List<String> added = new ArrayList<>(current);
      added.removeAll(old);
      List<String> removed = new ArrayList<>(old);
      removed.removeAll(current);
      if (!added.isEmpty()) {
        lines.add(label + ", added: " + String.join("; ", added));
      }
      if (!removed.isEmpty()) {
        lines.add(label + ", removed: " + String.join("; ", removed));
      }
    }
    return lines;
  }

  private static Map<String, List<String>> valuesByLabel(List<Evidence> evidence) {
    Map<String, List<String>> byLabel = new LinkedHashMap<>();
    for (Evidence each : evidence) {
      byLabel.computeIfAbsent(each.label(), label -> new ArrayList<>()).addAll(each.values());
    }
    return byLabel;
  }

  /** "5 windows, 2 d 2 h in all". */
  static String lostSummary(CoverChange change) {
    return plural(change.lost().size(), "window") + ", " + TimeWindow.formatDuration(change.lostDuration())
        + " in all";
  }

  /** Who else could cover a lost window, in words. */
  static String couldCover(LostWindow window) {
    if (!window.onRota().isEmpty()) {
      return "on its rota and free then: " + people(window.onRota());
    }
    if (!window.inDistrict().isEmpty()) {
      return "nobody else on its rota is free; in its district, monitoring other accounts: "
          + people(window.inDistrict());
    }
    return "nobody else on its rota or in its district is free";
  }

  /** Tells whether two lost windows have the same people who could cover them. */
  static boolean sameAnswer(LostWindow one, LostWindow other) {
    return one.onRota().equals(other.onRota()) && one.inDistrict().equals(other.inDistrict());
  }

  /** "1 appears, 90 go away, 36 stay (1 changed)"; a state change first, such as "checked → disabled; ". */
  static String ruleCounts(RuleChange rule) {
    String states = rule.before() == rule.after() ? "" : rule.before().label() + " → " + rule.after().label() + "; ";
    return states + rule.appeared() + (rule.appeared() == 1 ? " appears, " : " appear, ")
        + rule.cleared() + (rule.cleared() == 1 ? " goes away, " : " go away, ")
        + rule.stayed() + (rule.stayed() == 1 ? " stays" : " stay")
        + (rule.changed() == 0 ? "" : " (" + rule.changed() + " changed)");
  }

  /**
   * The violations grouped by rule, errors' rules first, then warnings', then info, each by rule id, as the check's
   * report groups them.
   */
  static Map<RuleId, List<Violation>> byRule(List<Violation> violations) {
    Map<RuleId, Severity> severities = new TreeMap<>();
    violations.forEach(v -> severities.merge(v.ruleId(), v.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
    Map<RuleId, List<Violation>> grouped =
        new TreeMap<>(Comparator.comparing((RuleId id) -> severities.get(id)).thenComparing(Comparator.naturalOrder()));
    for (Violation violation : violations) {
      grouped.computeIfAbsent(violation.ruleId(), id -> new ArrayList<>()).add(violation);
    }
    return new LinkedHashMap<>(grouped);
  }

  /** The title of a rule as the rules list gives it, or empty. */
  static String ruleTitle(List<RuleChange> rules, RuleId ruleId) {
    for (RuleChange rule : rules) {
      if (rule.ruleId().equals(ruleId)) {
        return rule.title();
      }
    }
    return "";
  }
}

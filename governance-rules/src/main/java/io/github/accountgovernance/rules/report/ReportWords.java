package io.github.accountgovernance.rules.report;

import io.github.accountgovernance.core.problem.SourceLocation;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.rules.Fingerprint;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.ReportWarning;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.Waiver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The words and canonical orderings every format shares, so that all formats say the same thing. */
final class ReportWords {

  /** The name formats give the tool, such as SARIF's {@code tool.driver.name}. */
  static final String TOOL = "account-governance";

  /**
   * The library's version, as formats that name the tool state it: written into {@code tool.properties} by the
   * build, rather than read from a jar manifest, so the same report renders the same bytes however the library
   * is packaged.
   */
  static final String TOOL_VERSION = toolProperty("version", "unknown");

  /** Where people learn about the tool, such as SARIF's {@code tool.driver.informationUri}: the project's home. */
  static final String TOOL_URI =
      toolProperty("informationUri", "https://github.com/accountgovernance/account-governance");

  private ReportWords() {}

  private static String toolProperty(String key, String otherwise) {
    java.util.Properties properties = new java.util.Properties();
    try (java.io.InputStream in = ReportWords.class.getResourceAsStream("tool.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the library's tool.properties", e);
    }
    return properties.getProperty(key, otherwise);
  }

  /** Returns "1 error", "2 warnings", "0 info" for a count of violations of a severity. */
  static String count(long n, Severity severity) {
    return severity == Severity.INFO ? n + " info" : plural(n, severity.label());
  }

  /** Returns "1 thing" or "n things". */
  static String plural(long n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }

  /** Returns the counts by severity, such as "2 errors, 1 warning, 0 info". */
  static String severityCounts(List<Violation> violations) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      parts.add(count(violations.stream().filter(v -> v.severity() == severity).count(), severity));
    }
    return String.join(", ", parts);
  }

  /** Returns the one-line summary every human-readable format starts with. */
  static String summary(Report report) {
    StringBuilder line = new StringBuilder()
        .append(pack(report))
        .append(" for ").append(report.forceName())
        .append(" as of ").append(TimeWindow.formatInstant(report.asOf(), report.zone()))
        .append(", horizon ").append(duration(report.horizon()))
        .append(": ").append(severityCounts(report.violations()));
    List<String> more = new ArrayList<>();
    if (!report.waived().isEmpty()) {
      more.add(report.waived().size() + " waived");
    }
    if (!report.baselined().isEmpty()) {
      more.add(report.baselined().size() + " baselined");
    }
    if (!report.fixedBaselineEntries().isEmpty()) {
      more.add(report.fixedBaselineEntries().size() + " fixed since the baseline");
    }
    if (!more.isEmpty()) {
      line.append(" (").append(String.join(", ", more)).append(")");
    }
    return line.toString();
  }

  /**
   * Returns the pack as people read it: its id and, when it has a name of its own, the name:
   * "npcc2021 (NPCC consolidated model (North Yorkshire, 2021))", or "nyp-2021" for a pack without a name.
   */
  static String pack(Report report) {
    return report.packName().equals(report.packId())
        ? report.packId()
        : report.packId() + " (" + report.packName() + ")";
  }

  /**
   * Returns a baseline entry that no violation matches any more, in words: the rule with its title, the subject
   * as waivers name it, and the rule's key when it has one: "CLO-1 disallowed tiers: account:officer-1034-x",
   * "MON-2 daily monitoring: account:whitby-x [2021-03-04T17:00:00Z]".
   */
  static String fixedEntry(Report report, Fingerprint fixed) {
    String title = report.rule(fixed.ruleId().value()).map(rule -> " " + rule.title()).orElse("");
    return fixed.ruleId() + title + ": " + fixed.subject() + (fixed.key().isEmpty() ? "" : " [" + fixed.key() + "]");
  }

  /** Returns a duration in words: "28 days", "1 day 12 hours", "90 minutes", "45 seconds". */
  static String duration(Duration duration) {
    if (duration.isZero()) {
      return "0 seconds";
    }
    if (duration.isNegative()) {
      return "minus " + duration(duration.negated());
    }
    List<String> parts = new ArrayList<>();
    long days = duration.toDays();
    int hours = duration.toHoursPart();
    int minutes = duration.toMinutesPart();
    int seconds = duration.toSecondsPart();
    if (days > 0) {
      parts.add(plural(days, "day"));
    }
    if (hours > 0) {
      parts.add(plural(hours, "hour"));
    }
    if (minutes > 0) {
      parts.add(plural(minutes, "minute"));
    }
    if (seconds > 0 || parts.isEmpty()) {
      parts.add(plural(seconds, "second"));
    }
    return String.join(" ", parts);
  }

  /**
   * Returns evidence as one line: its label, a colon and its values separated by semicolons, since values such
   * as "Sat 6 Mar 2021 22:00 – Sun 7 Mar 08:00 GMT, 10 h" have commas of their own.
   */
  static String evidence(Evidence evidence) {
    return evidence.label() + ": " + String.join("; ", evidence.values());
  }

  /** Returns a subject as people read it with the reference machines use: "@NYP_York (account:york-x)". */
  /**
   * A violation's subject as reports show it, with where it was defined when known:
   * {@code @NYP_Cadets (account cadets-x, accounts.csv:12)}.
   */
  static String subject(Violation violation) {
    Subject subject = violation.subject();
    if (violation.location().isEmpty()) {
      return subject(subject);
    }
    String at = place(violation.location().get());
    return subject.displayName().equals(subject.reference())
        ? subject.displayName() + " (" + at + ")"
        : subject.displayName() + " (" + subject.reference() + ", " + at + ")";
  }

  /** A place in a file as reports show it: {@code accounts.csv:12}. */
  static String place(SourceLocation location) {
    return location.file() + ":" + location.line();
  }

  /**
   * A file name as SARIF's artifact URI: a relative reference with forward slashes for a relative name (each
   * segment percent-encoded where it must be), a {@code file:} URI for an absolute one.
   */
  static String uri(String file) {
    String slashed = file.replace('\\', '/');
    List<String> segments = new ArrayList<>();
    for (String segment : slashed.split("/", -1)) {
      StringBuilder encoded = new StringBuilder();
      for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
        int c = b & 0xFF;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~:".indexOf(c) >= 0) {
          encoded.append((char) c);
        } else {
          encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
        }
      }
      segments.add(encoded.toString());
    }
    String path = String.join("/", segments);
    return slashed.startsWith("/") ? "file://" + path : path;
  }

  static String subject(Subject subject) {
    return subject.displayName().equals(subject.reference())
        ? subject.displayName()
        : subject.displayName() + " (" + subject.reference() + ")";
  }

  /**
   * Returns how a waiver reads: "waived up to and including 2021-06-30 by Insp. A. Example: agreed with the ACC"
   * (the expiry date is the waiver's last day).
   */
  static String waiver(Waiver waiver) {
    return "waived up to and including " + waiver.expiresOn() + " by " + waiver.approvedBy() + ": " + waiver.reason();
  }

  /** Returns a waiver as one line of its own: rule, subject, key, expiry, approver and reason. */
  static String waiverLine(Waiver waiver) {
    return waiver.ruleId() + " for " + waiver.subject()
        + waiver.key().map(key -> " [" + key + "]").orElse("")
        + ", " + waiver(waiver);
  }

  /**
   * Returns the violations grouped by rule: errors' rules first, then warnings', then info, each by rule id;
   * violations in their canonical order.
   */
  static Map<RuleId, List<Violation>> byRule(List<Violation> violations) {
    Map<RuleId, Severity> severities = new TreeMap<>();
    violations.forEach(v -> severities.merge(v.ruleId(), v.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
    Map<RuleId, List<Violation>> grouped = new TreeMap<>(
        Comparator.comparing((RuleId id) -> severities.get(id)).thenComparing(Comparator.naturalOrder()));
    for (Violation violation : sorted(violations)) {
      grouped.computeIfAbsent(violation.ruleId(), id -> new ArrayList<>()).add(violation);
    }
    return grouped;
  }

  /**
   * The title of the section that lists the report's own warnings (a rule that checked nothing, an expired
   * waiver): not "Warnings", which people read as the severity the summary line counts.
   */
  static final String NOTES = "Notes on this check";

  /**
   * Returns the report warnings a format lists under {@link #NOTES}: those that expiring and stale waivers,
   * which have sections of their own, do not already say.
   */
  static List<ReportWarning> warnings(Report report) {
    List<ReportWarning> shown = new ArrayList<>();
    for (ReportWarning warning : sorted(report.warnings())) {
      if (warning.kind() != ReportWarning.Kind.WAIVER_EXPIRING && warning.kind() != ReportWarning.Kind.WAIVER_STALE) {
        shown.add(warning);
      }
    }
    return shown;
  }

  /** Returns a warning with its rule id in front, unless its message already names the rule. */
  static String warning(ReportWarning warning) {
    return warning.ruleId()
        .filter(id -> !warning.message().contains(id.value()))
        .map(id -> id + ": " + warning.message())
        .orElse(warning.message());
  }

  /**
   * Returns a sorted copy, so that output never depends on the order a report was built in. Items the model
   * orders as equal (two violations alike but for their evidence) are ordered by their full text, so that even
   * then the order is total.
   */
  static <T extends Comparable<? super T>> List<T> sorted(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.<T>naturalOrder().thenComparing(Object::toString));
    return copy;
  }

  /** Returns an enum constant as the reports write it: lower case, words joined by hyphens. */
  static String label(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

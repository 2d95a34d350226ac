package io.github.accountgovernance.rules.report;

import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.RuleResult;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.WaivedViolation;
import io.github.accountgovernance.rules.internal.Xml;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML as Surefire writes it and Jenkins, GitLab and GitHub test reporters read it: a {@code testsuites}
 * root, one {@code testsuite} per rule, and in it one {@code testcase} per subject the rule has something to
 * say about (a failure for each violation of severity error or warning, a skip for each waived or baselined
 * violation, a pass carrying the message for each info violation), plus one passing case for the subjects that
 * passed and a skipped case for a rule that checked nothing. Test case class names are
 * {@code <pack>.<rule id>}, so a CI server groups cases by rule; times are zero, so output is deterministic.
 */
final class JunitReport {

  private final Chunks chunks;
  private final StringBuilder out;

  private JunitReport(Chunks chunks) {
    this.chunks = chunks;
    this.out = chunks.builder();
  }

  static String render(Report report) {
    return Chunks.kept(chunks -> new JunitReport(chunks).write(report));
  }

  // The cases are made before the first line is written (the totals come first); only the text is streamed.
  static void write(Report report, Writer sink) throws IOException {
    Chunks.written(sink, chunks -> new JunitReport(chunks).write(report));
  }

  /** One test case: a name and, at most, one outcome element. */
  private static final class Case {
    final String name;
    final String outcome;
    /** The file and line the subject was defined at, for the violations of an estate read from files. */
    String file;
    int line;

    Case(String name, String outcome) {
      this.name = name;
      this.outcome = outcome;
    }
  }

  /** One rule's test cases and counts. */
  private static final class Suite {
    final List<Case> cases = new ArrayList<>();
    int failures;
    int skipped;
  }

  private void write(Report report) throws IOException {
    Map<RuleId, Suite> suites = suites(report);
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    for (Suite suite : suites.values()) {
      tests += suite.cases.size();
      failures += suite.failures;
      skipped += suite.skipped;
    }
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"").append(attribute(report.packId()))
        .append("\" tests=\"").append(tests)
        .append("\" failures=\"").append(failures)
        .append("\" errors=\"0\" skipped=\"").append(skipped)
        .append("\" time=\"0\">\n");
    String pack = report.packId().replace('.', '_');
    for (Map.Entry<RuleId, Suite> entry : suites.entrySet()) {
      suite(report, pack, entry.getKey(), entry.getValue());
    }
    out.append("</testsuites>\n");
  }

  private Map<RuleId, Suite> suites(Report report) {
    Map<RuleId, Suite> suites = new TreeMap<>();
    for (RuleResult rule : report.rules()) {
      suites.put(rule.ruleId(), new Suite());
    }
    for (Violation violation : ReportWords.sorted(report.violations())) {
      Suite suite = suites.computeIfAbsent(violation.ruleId(), id -> new Suite());
      if (violation.severity() == Severity.INFO) {
        suite.cases.add(new Case(name(violation), "    <system-out>" + text(body(violation)) + "</system-out>\n"));
      } else {
        suite.failures++;
        Case failed = new Case(name(violation),
            "    <failure message=\"" + attribute(violation.message()) + "\" type=\""
                + violation.severity().label() + "\">" + text(body(violation)) + "</failure>\n");
        violation.location().ifPresent(at -> {
          failed.file = at.file();
          failed.line = at.line();
        });
        suite.cases.add(failed);
      }
    }
    for (WaivedViolation waived : ReportWords.sorted(report.waived())) {
      Suite suite = suites.computeIfAbsent(waived.violation().ruleId(), id -> new Suite());
      suite.skipped++;
      suite.cases.add(new Case(name(waived.violation()),
          "    <skipped message=\"" + attribute(ReportWords.waiver(waived.waiver())) + "\"/>\n"));
    }
    for (Violation violation : ReportWords.sorted(report.baselined())) {
      Suite suite = suites.computeIfAbsent(violation.ruleId(), id -> new Suite());
      suite.skipped++;
      suite.cases.add(new Case(name(violation),
          "    <skipped message=\"" + attribute("in the baseline: " + violation.message()) + "\"/>\n"));
    }
    for (RuleResult rule : report.rules()) {
      Suite suite = suites.get(rule.ruleId());
      if (rule.checked() == 0) {
        suite.skipped++;
        suite.cases.add(new Case("checked no subject",
            "    <skipped message=\"the rule applied to no subject\"/>\n"));
      } else if (rule.passed() > 0) {
        suite.cases.add(new Case("subjects that comply",
            "    <system-out>" + text(rule.passed() + " of " + rule.checked() + " subjects comply")
                + "</system-out>\n"));
      }
    }
    return suites;
  }

  private void suite(Report report, String pack, RuleId id, Suite suite) throws IOException {
    String className = pack + "." + id.value();
    out.append("  <testsuite name=\"").append(attribute(className))
        .append("\" tests=\"").append(suite.cases.size())
        .append("\" failures=\"").append(suite.failures)
        .append("\" errors=\"0\" skipped=\"").append(suite.skipped)
        .append("\" time=\"0\">\n");
    out.append("    <properties>\n");
    property("asOf", report.asOf().toString());
    property("force", report.forceName());
    report.rule(id.value()).ifPresent(rule -> {
      property("severity", rule.severity().label());
      property("statement", rule.statement());
      property("title", rule.title());
    });
    out.append("    </properties>\n");
    for (Case testCase : suite.cases) {
      out.append("    <testcase name=\"").append(attribute(testCase.name))
          .append("\" classname=\"").append(attribute(className)).append("\" time=\"0\"");
      if (testCase.file != null) {
        out.append(" file=\"").append(attribute(testCase.file)).append("\" line=\"").append(testCase.line)
            .append('"');
      }
      if (testCase.outcome.isEmpty()) {
        out.append("/>\n");
      } else {
        out.append(">\n  ").append(testCase.outcome).append("    </testcase>\n");
      }
      chunks.drain();
    }
    out.append("  </testsuite>\n");
  }

  private void property(String name, String value) {
    out.append("      <property name=\"").append(attribute(name)).append("\" value=\"").append(attribute(value))
        .append("\"/>\n");
  }

  private static String name(Violation violation) {
    return ReportWords.subject(violation.subject()) + (violation.key().isEmpty() ? "" : " [" + violation.key() + "]");
  }

  private static String body(Violation violation) {
    List<String> lines = new ArrayList<>();
    lines.add(violation.ruleId() + " (" + violation.severity().label() + ") "
        + ReportWords.subject(violation) + ": " + violation.message());
    for (Evidence evidence : violation.evidence()) {
      lines.add("  " + ReportWords.evidence(evidence));
    }
    violation.hint().ifPresent(hint -> lines.add("  hint: " + hint));
    violation.note().ifPresent(note -> lines.add("  note: " + note));
    return String.join("\n", lines);
  }

  private static String attribute(String text) {
    return Xml.attribute(text);
  }

  private static String text(String text) {
    return Xml.text(text);
  }
}

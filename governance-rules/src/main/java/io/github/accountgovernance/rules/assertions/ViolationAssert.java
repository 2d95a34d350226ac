package io.github.accountgovernance.rules.assertions;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on the remaining violations of one rule, narrowed step by step: each method keeps the
 * violations that match and fails, with the text report as its message, if none is left.
 *
 * <pre>{@code
 * assertThat(report).hasViolation("MON-2")
 *     .forSubject("@NYP_York")                  // id, display name or reference
 *     .withSeverity(Severity.ERROR)
 *     .withEvidenceContaining("Sat 6 Mar 2021 22:00");
 * }</pre>
 *
 * <p>Not thread-safe, as AssertJ assertions are not.
 */
// AssertJ is an optional dependency (requires static); users of this package bring it themselves.
@SuppressWarnings("exports")
public final class ViolationAssert extends AbstractAssert<ViolationAssert, List<Violation>> {

  private final ReportAssert report;
  private final Report source;
  private final List<String> narrowing;

  ViolationAssert(ReportAssert report, Report source, String ruleId, List<Violation> violations) {
    this(report, source, List.of("a violation of " + ruleId), violations);
  }

  private ViolationAssert(ReportAssert report, Report source, List<String> narrowing, List<Violation> violations) {
    super(List.copyOf(violations), ViolationAssert.class);
    this.report = report;
    this.source = source;
    this.narrowing = List.copyOf(narrowing);
  }

  /**
   * Keeps the violations of a subject, named by its id, display name or reference ({@code york-x},
   * {@code @NYP_York}, {@code account:york-x}).
   *
   * @param subject the subject
   * @return assertions on the matching violations
   * @throws NullPointerException if {@code subject} is null
   * @throws AssertionError if none matches; the message is the text report
   */
  public ViolationAssert forSubject(String subject) {
    requireNonNull(subject, "subject");
    return narrow("for " + subject, violation -> violation.subject().matches(subject));
  }

  /**
   * Keeps the violations of a severity.
   *
   * @param severity the severity
   * @return assertions on the matching violations
   * @throws NullPointerException if {@code severity} is null
   * @throws AssertionError if none matches; the message is the text report
   */
  public ViolationAssert withSeverity(Severity severity) {
    requireNonNull(severity, "severity");
    return narrow("of severity " + severity.label(), violation -> violation.severity() == severity);
  }

  /**
   * Keeps the violations with evidence whose label or a value contains some text, looking in the violation's
   * evidence and in that of the findings that explain it.
   *
   * @param text the text, such as an uncovered window or a confusable handle
   * @return assertions on the matching violations
   * @throws NullPointerException if {@code text} is null
   * @throws AssertionError if none matches; the message is the text report
   */
  public ViolationAssert withEvidenceContaining(String text) {
    requireNonNull(text, "text");
    return narrow("with evidence containing \"" + text + "\"", violation -> evidence(violation).stream()
        .anyMatch(e -> e.label().contains(text) || e.values().stream().anyMatch(v -> v.contains(text))));
  }

  /**
   * Keeps the violations whose message contains some text.
   *
   * @param text the text
   * @return assertions on the matching violations
   * @throws NullPointerException if {@code text} is null
   * @throws AssertionError if none matches; the message is the text report
   */
  public ViolationAssert withMessageContaining(String text) {
    requireNonNull(text, "text");
    return narrow("with a message containing \"" + text + "\"", violation -> violation.message().contains(text));
  }

  /**
   * Returns to the assertions on the whole report.
   *
   * @return the report's assertions
   */
  public ReportAssert and() {
    return report;
  }

  private static List<Evidence> evidence(Violation violation) {
    List<Evidence> all = new ArrayList<>(violation.evidence());
    for (Finding finding : violation.explanation()) {
      all.addAll(finding.allEvidence());
    }
    return all;
  }

  private ViolationAssert narrow(String condition, Predicate<Violation> test) {
    List<Violation> kept = new ArrayList<>();
    for (Violation violation : actual) {
      if (test.test(violation)) {
        kept.add(violation);
      }
    }
    if (kept.isEmpty()) {
      failWithMessage("%s", ReportAssert.failureMessage("Expecting " + String.join(" ", narrowing) + " "
          + condition + ", but the candidates were: " + ReportAssert.subjects(actual), source));
    }
    List<String> said = new ArrayList<>(narrowing);
    said.add(condition);
    return new ViolationAssert(report, source, said, kept);
  }
}

package io.github.accountgovernance.rules.assertions;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.report.ReportFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Report}. "Violations" here are the ones that remain: neither waived nor in the
 * baseline. Every failure message ends with the whole text report, so a policy team reads why in its test
 * output.
 *
 * <pre>{@code
 * assertThat(report).hasNoErrors();
 * assertThat(report).hasNoViolationsOf("MON-2");
 * assertThat(report).hasViolation("MON-2").forSubject("@NYP_York").withSeverity(Severity.ERROR);
 * }</pre>
 *
 * <p>Not thread-safe, as AssertJ assertions are not.
 */
// AssertJ is an optional dependency (requires static); users of this package bring it themselves.
@SuppressWarnings("exports")
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

  ReportAssert(Report actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * Verifies that no violation of severity error remains.
   *
   * @return this
   * @throws AssertionError if one does; the message is the text report
   */
  public ReportAssert hasNoErrors() {
    isNotNull();
    List<Violation> errors = actual.violations(Severity.ERROR);
    if (!errors.isEmpty()) {
      fail("Expecting the report to have no errors, but it has " + errors.size() + ": " + subjects(errors));
    }
    return this;
  }

  /**
   * Verifies that no violation of any severity remains.
   *
   * @return this
   * @throws AssertionError if one does; the message is the text report
   */
  public ReportAssert hasNoViolations() {
    isNotNull();
    if (!actual.violations().isEmpty()) {
      fail("Expecting the report to have no violations, but it has " + actual.violations().size() + ": "
          + subjects(actual.violations()));
    }
    return this;
  }

  /**
   * Verifies that no violation of a rule remains.
   *
   * @param ruleId the rule, such as {@code "MON-2"}
   * @return this
   * @throws NullPointerException if {@code ruleId} is null
   * @throws AssertionError if one does; the message is the text report
   */
  public ReportAssert hasNoViolationsOf(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    isNotNull();
    List<Violation> violations = actual.violationsOf(ruleId);
    if (!violations.isEmpty()) {
      fail("Expecting no violations of " + ruleId + ", but there " + (violations.size() == 1 ? "is 1" : "are "
          + violations.size()) + ": " + subjects(violations));
    }
    return this;
  }

  /**
   * Verifies that at least one violation of a rule remains, and returns assertions on those violations.
   *
   * @param ruleId the rule, such as {@code "MON-2"}
   * @return assertions on the rule's violations, to narrow by subject, severity or evidence
   * @throws NullPointerException if {@code ruleId} is null
   * @throws AssertionError if the rule has no violation; the message is the text report
   */
  public ViolationAssert hasViolation(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    isNotNull();
    List<Violation> violations = actual.violationsOf(ruleId);
    if (violations.isEmpty()) {
      fail("Expecting a violation of " + ruleId + ", but there is none"
          + actual.rule(ruleId).map(rule -> " (" + rule.checked() + " checked, " + rule.passed() + " passed, "
              + rule.waived() + " waived, " + rule.baselined() + " baselined)").orElse("; the report has no such rule"));
    }
    return new ViolationAssert(this, actual, ruleId, violations);
  }

  /**
   * Verifies that the evaluation raised no warning, such as a rule that checked nothing.
   *
   * @return this
   * @throws AssertionError if it did; the message is the text report
   */
  public ReportAssert hasNoWarnings() {
    isNotNull();
    if (!actual.warnings().isEmpty()) {
      fail("Expecting no warnings, but there " + (actual.warnings().size() == 1 ? "is 1" : "are "
          + actual.warnings().size()));
    }
    return this;
  }

  /** Fails with a one-line reason followed by the text report, escaping nothing: the report is not a format. */
  void fail(String reason) {
    failWithMessage("%s", failureMessage(reason, actual));
  }

  static String failureMessage(String reason, Report report) {
    return "\n" + reason + "\n\n" + ReportFormat.TEXT.render(report);
  }

  static String subjects(List<Violation> violations) {
    return violations.stream()
        .map(v -> v.ruleId() + " " + v.subject().displayName())
        .sorted()
        .distinct()
        .collect(Collectors.joining(", "));
  }
}

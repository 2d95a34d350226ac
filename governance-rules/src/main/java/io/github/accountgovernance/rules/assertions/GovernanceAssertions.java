package io.github.accountgovernance.rules.assertions;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.Report;

/**
 * Entry point of the AssertJ assertions for policy teams' unit tests. A failing assertion's message is the text
 * report ({@link io.github.accountgovernance.rules.report.ReportFormat#TEXT}) of what failed, so the reason is in
 * the test output.
 *
 * <pre>{@code
 * import static io.github.accountgovernance.rules.assertions.GovernanceAssertions.assertThat;
 *
 * assertThat(estate).compliesWith(npcc2021);
 * assertThat(report).hasNoErrors();
 * assertThat(report).hasViolation("MON-2").forSubject("@NYP_York").withEvidenceContaining("Sat 22:00");
 * assertThat(report).hasNoViolationsOf("NAM-3");
 * }</pre>
 *
 * <p>Needs {@code org.assertj:assertj-core} on the test class path; governance-rules declares it optional, so
 * embedders who never call these do not inherit it. Thread-safe: stateless; each assertion object serves one
 * thread.
 */
public final class GovernanceAssertions {

  private GovernanceAssertions() {}

  /**
   * Starts assertions on a report.
   *
   * @param actual the report
   * @return the assertions
   */
  public static ReportAssert assertThat(Report actual) {
    return new ReportAssert(actual);
  }

  /**
   * Starts assertions on an estate.
   *
   * @param actual the estate
   * @return the assertions
   */
  public static EstateAssert assertThat(Estate actual) {
    return new EstateAssert(actual);
  }
}

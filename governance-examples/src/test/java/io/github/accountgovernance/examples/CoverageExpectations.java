package io.github.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.rules.coverage.AccountCoverage;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import java.time.Duration;

/** What the well-run example estates promise about monitoring, asserted the same way for each. */
final class CoverageExpectations {

  private CoverageExpectations() {}

  /**
   * Asserts that no open account goes a day unwatched, that two people watch every declared hour (so one absence
   * leaves nothing uncovered), that the force-wide account is watched around the clock, and that nobody watches
   * more than four accounts at once.
   */
  static void assertWatchedByTwoThroughoutDeclaredHours(MonitoringCoverage coverage) {
    for (AccountCoverage account : coverage.accounts()) {
      String id = account.account().id();
      assertThat(account.gapsLongerThan(Duration.ofHours(24)).isEmpty()).as("gaps of %s", id).isTrue();
      assertThat(account.uncoveredDuringDeclaredHours().isEmpty()).as("unwatched hours of %s", id).isTrue();
      assertThat(account.atRiskDuringDeclaredHours().isEmpty())
          .as("hours of %s one absence would leave unwatched", id)
          .isTrue();
    }
    assertThat(coverage.account("force-x").uncoveredDuring(IntervalSet.of(coverage.horizon())).isEmpty()).isTrue();
    assertThat(coverage.overload(4)).isEmpty();
  }
}

package io.github.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class NorthYorkshireAfterCoverageTest {

  private static final Estate ESTATE = GeneratedEstate.read("north-yorkshire-2021-after.yaml");

  private static final MonitoringCoverage COVERAGE = MonitoringCoverage.analyse(ESTATE, Duration.ofDays(28));

  @Test
  void afterConsolidation_everyOpenAccountIsWatchedByTwoThroughoutItsDeclaredHoursForTheWholeHorizon() {
    assertThat(COVERAGE.accounts()).hasSize(10);
    CoverageExpectations.assertWatchedByTwoThroughoutDeclaredHours(COVERAGE);
  }

  @Test
  void closedAccounts_pointToTheirSuccessorsAnd101And999_andWereArchivedBeforeClosing() {
    for (Account account : ESTATE.accounts()) {
      if (account.status() == AccountStatus.CLOSED) {
        ClosurePlan plan = ESTATE.closurePlanFor(account.id()).orElseThrow();
        assertThat(account.bio()).contains("101", "999");
        for (String successor : plan.successors()) {
          assertThat(account.bio()).contains(ESTATE.account(successor).orElseThrow().handle().display());
        }
        assertThat(plan.archivedOn()).hasValueSatisfying(d -> assertThat(d).isBeforeOrEqualTo(plan.closureDate()));
      }
    }
  }
}

package io.github.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.AccessRole;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class NorthamptonshireRetainEstateTest {

  private static final Estate ESTATE = GeneratedEstate.read(NorthamptonshireRetainGenerator.FILE);

  private static final MonitoringCoverage COVERAGE = MonitoringCoverage.analyse(ESTATE, Duration.ofDays(28));

  @Test
  void retainingForce_hasItsSevenDistrictsAndKeepsTwentyOneOfficersAccounts() {
    Map<AccountTier, Long> byTier =
        ESTATE.accounts().stream()
            .collect(Collectors.groupingBy(Account::tier, TreeMap::new, Collectors.counting()));

    assertThat(ESTATE.force().name()).isEqualTo("Northamptonshire Police");
    assertThat(ESTATE.force().districts())
        .extracting(District::name)
        .containsExactly(
            "Corby", "Daventry", "East Northamptonshire", "Kettering", "Northampton", "South Northamptonshire",
            "Wellingborough");
    assertThat(ESTATE.accounts()).hasSize(29).allSatisfy(a -> assertThat(a.status()).isEqualTo(AccountStatus.ACTIVE));
    assertThat(byTier)
        .containsExactly(
            entry(AccountTier.FORCE_WIDE, 1L), entry(AccountTier.DISTRICT, 7L), entry(AccountTier.INDIVIDUAL_OFFICER, 21L));
    assertThat(ESTATE.accountsWithHandle(Handle.of(Platform.X, "@NorthantsPolice"))).hasSize(1);
    assertThat(ESTATE.accountsWithHandle(Handle.of(Platform.X, "@NorthantsChief"))).isEmpty();
    assertThat(ESTATE.closurePlans()).isEmpty();
  }

  @Test
  void everyAccount_hasAnOwningTeamTwoServingAdministratorsAndAtLeastTwoMonitors() {
    for (Account account : ESTATE.accounts()) {
      assertThat(account.owningTeam()).as("owning team of %s", account.handle()).isPresent();
      assertThat(ESTATE.grantsOn(account.id()))
          .as("administrators of %s", account.handle())
          .filteredOn(g -> g.role() == AccessRole.ADMINISTRATOR)
          .filteredOn(g -> ESTATE.contributor(g.contributor()).orElseThrow().isServing())
          .hasSizeGreaterThanOrEqualTo(2);
      assertThat(ESTATE.rotaFor(account.id()).stream().map(RotaAssignment::contributor).distinct().count())
          .as("monitors of %s", account.handle())
          .isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void officersAccounts_areWatchedByTheirOfficerAndTheDistrictTeam() {
    for (Account account : ESTATE.accounts()) {
      if (account.tier() == AccountTier.INDIVIDUAL_OFFICER) {
        String officer = "c" + account.handle().value().replaceAll("[^0-9]", "");
        assertThat(ESTATE.rotaFor(account.id()))
            .extracting(RotaAssignment::contributor)
            .contains(officer, account.district().orElseThrow() + "-1");
      }
    }
  }

  @Test
  void everyAccountNotWatchedAroundTheClock_signposts101And999AndSaysNotToReportCrimeThere() {
    assertThat(ESTATE.accounts())
        .filteredOn(a -> !a.monitoredHours().isAlways())
        .hasSize(28)
        .allSatisfy(
            a -> assertThat(a.outOfHoursText())
                .hasValueSatisfying(t -> assertThat(t).contains("101", "999", "Do not report crime here")));
  }

  @Test
  void monitoring_coversEveryDeclaredHourWithTwoPeople_evenThroughTwoWeeksLeave() {
    assertThat(ESTATE.absences())
        .hasSize(2)
        .allSatisfy(a -> {
          assertThat(a.reason()).isEqualTo(AbsenceReason.LEAVE);
          assertThat(a.window().duration()).isEqualTo(Duration.ofDays(14));
        });
    assertThat(COVERAGE.accounts()).hasSize(29);
    CoverageExpectations.assertWatchedByTwoThroughoutDeclaredHours(COVERAGE);
    assertThat(COVERAGE.overload(3)).isNotEmpty();
  }

  @Test
  void posts_areSignedWithTheAuthorsOwnCollarNumber() {
    assertThat(ESTATE.posts())
        .hasSize(4)
        .allSatisfy(
            p -> assertThat(p.signature())
                .hasValueSatisfying(
                    s -> assertThat(s).endsWith(ESTATE.contributor(p.author()).orElseThrow().collarNumber().orElseThrow())));
  }
}

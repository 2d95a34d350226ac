package io.github.accountgovernance.rules.coverage;

import static io.github.accountgovernance.rules.coverage.CoverageFixtures.NYP;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.account;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.at;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.everyDay;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an account's coverage and an overload say about themselves: equality, summaries, argument checks. */
final class CoverageValuesTest {

  private static final Instant MARCH_1 = at("2021-03-01T00:00:00Z");

  private static Estate estate(String... monitors) {
    Estate.Builder estate = Estate.builder().force(NYP).asOf(MARCH_1)
        .addAccounts(account("york-x", "NYP_York", AccountTier.DISTRICT,
            MonitoredHours.weekly(everyDay("08:00", "18:00"))).build());
    for (String monitor : monitors) {
      estate.addContributors(officer(monitor, "PC " + monitor));
      everyDay("08:00", "18:00").forEach(w ->
          estate.addRota(RotaAssignment.weekly(monitor, "york-x", w, LocalDate.of(2021, 2, 1), null)));
    }
    return estate.build();
  }

  private static AccountCoverage york(Estate estate, int days) {
    return MonitoringCoverage.analyse(estate, MARCH_1, Duration.ofDays(days)).account("york-x");
  }

  @Test
  void accountCoverage_isEqualByAccountWindowAndCover() {
    AccountCoverage one = york(estate("c1"), 7);

    assertThat(one).isEqualTo(york(estate("c1"), 7)).hasSameHashCodeAs(york(estate("c1"), 7))
        .isNotEqualTo(york(estate("c1"), 8)).isNotEqualTo(york(estate("c1", "c2"), 7)).isNotEqualTo("york-x");
    assertThat(one.hashCode()).isNotEqualTo(york(estate("c1"), 8).hashCode())
        .isNotEqualTo(york(estate("c1", "c2"), 7).hashCode());
  }

  @Test
  void accountCoverage_saysWhereItIsAndSumsItselfUp() {
    AccountCoverage one = york(estate("c1"), 7);

    assertThat(one.zone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(one.profile().memberCount()).isEqualTo(1);
    assertThat(one.profile().maxMultiplicity()).isEqualTo(1);
    assertThat(one).hasToString("york-x: 1 monitor, 4 d 2 h uncovered in 7 d");
    assertThat(york(estate("c1", "c2"), 7)).hasToString("york-x: 2 monitors, 4 d 2 h uncovered in 7 d");
  }

  @Test
  void resilience_isAtLeastOnePerson() {
    AccountCoverage one = york(estate("c1"), 7);

    assertThat(one.atRiskDuringDeclaredHours(1)).isEqualTo(one.atRiskDuringDeclaredHours());
    assertThatThrownBy(() -> one.atRiskDuringDeclaredHours(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThatThrownBy(() -> one.coverByAtMost(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThat(one.coverByAtMost(1)).containsOnlyKeys(List.of("c1"));
    assertThat(one.coverByAtMost(1).get(List.of("c1")).totalDuration()).isEqualTo(Duration.ofHours(70));
  }

  @Test
  void overload_isEqualByAllItSays_andPrintsItself() {
    MonitorOverload overload = new MonitorOverload("c1", TimeWindow.ofEpochSeconds(0, 10), List.of("a", "b"), 5);
    MonitorOverload same = new MonitorOverload("c1", TimeWindow.ofEpochSeconds(0, 10), List.of("a", "b"), 5);

    assertThat(overload).hasSameHashCodeAs(same).hasToString("c1 [1970-01-01T00:00:00Z, 1970-01-01T00:00:10Z): 5 at"
        + " once [a, b]");
    assertThat(overload.hashCode())
        .isNotZero()
        .isNotEqualTo(new MonitorOverload("c2", TimeWindow.ofEpochSeconds(0, 10), List.of("a", "b"), 5).hashCode())
        .isNotEqualTo(new MonitorOverload("c1", TimeWindow.ofEpochSeconds(0, 11), List.of("a", "b"), 5).hashCode())
        .isNotEqualTo(new MonitorOverload("c1", TimeWindow.ofEpochSeconds(0, 10), List.of("a", "b"), 6).hashCode());
    assertThat(overload.contributor()).isEqualTo("c1");
    assertThat(MonitoringCoverage.analyse(estate("c1"), MARCH_1, Duration.ofDays(7)).toString())
        .isEqualTo("MonitoringCoverage{horizon=" + TimeWindow.of(MARCH_1, Duration.ofDays(7)) + ", accounts=1}");
  }
}

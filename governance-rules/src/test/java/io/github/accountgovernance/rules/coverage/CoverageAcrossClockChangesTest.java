package io.github.accountgovernance.rules.coverage;

import static io.github.accountgovernance.rules.coverage.CoverageFixtures.LONDON;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.NYP;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.account;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.at;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.everyDay;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.officer;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 28 March and 31 October 2021 in Europe/London: the days are 23 and 25 hours long. */
final class CoverageAcrossClockChangesTest {

  private static Estate dayAndNightRota(LocalDate from) {
    Estate.Builder builder =
        Estate.builder()
            .force(NYP)
            .asOf(from.atStartOfDay(LONDON).toInstant())
            .addAccounts(account("nyp-x", "NYorksPolice", AccountTier.FORCE_WIDE, MonitoredHours.always()).build())
            .addContributors(officer("c-day", "PC Ash Lindqvist"), officer("c-night", "PC Kit Moreau"));
    for (WeeklyWindow days : everyDay("07:00", "19:00")) {
      builder.addRota(RotaAssignment.weekly("c-day", "nyp-x", days, from.minusDays(7), null));
    }
    for (WeeklyWindow nights : everyDay("19:00", "07:00")) {
      builder.addRota(RotaAssignment.weekly("c-night", "nyp-x", nights, from.minusDays(7), null));
    }
    return builder.build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-03-25", "2021-10-28"})
  void allWeekAccount_coveredByLocalShifts_hasNoFalseGapAtAClockChange(String from) {
    AccountCoverage force =
        MonitoringCoverage.analyse(dayAndNightRota(LocalDate.parse(from)), Duration.ofDays(6)).account("nyp-x");

    assertThat(force.uncovered().isEmpty()).isTrue();
    assertThat(force.gapsLongerThan(Duration.ZERO).isEmpty()).isTrue();
    assertThat(force.uncoveredDuringDeclaredHours().isEmpty()).isTrue();
  }

  @Test
  void nightShift_isElevenHoursWhenTheClocksGoForwardAndThirteenWhenTheyGoBack() {
    AccountCoverage spring =
        MonitoringCoverage.analyse(dayAndNightRota(LocalDate.of(2021, 3, 25)), Duration.ofDays(6)).account("nyp-x");
    AccountCoverage autumn =
        MonitoringCoverage.analyse(dayAndNightRota(LocalDate.of(2021, 10, 28)), Duration.ofDays(6)).account("nyp-x");

    assertThat(spring.describe(spring.coverOf("c-night"))).contains("Sat 27 Mar 2021 19:00 GMT – Sun 28 Mar 07:00 BST, 11 h");
    assertThat(autumn.describe(autumn.coverOf("c-night"))).contains("Sat 30 Oct 2021 19:00 BST – Sun 31 Oct 07:00 GMT, 13 h");
    // One person on duty at a time: each is the sole cover of their own shifts.
    assertThat(spring.soleCoverDuringDeclaredHours().get("c-night")).isEqualTo(spring.coverOf("c-night"));
  }

  @Test
  void shiftsWrittenInLocalTime_meetAcrossTheClockChange() {
    Estate.Builder builder =
        Estate.builder()
            .force(NYP)
            .asOf(at("2021-03-27T00:00:00Z"))
            .addAccounts(account("nyp-x", "NYorksPolice", AccountTier.FORCE_WIDE, MonitoredHours.always()).build())
            .addContributors(officer("c-1", "PC Ash Lindqvist"), officer("c-2", "PC Kit Moreau"));
    LocalDateTime start = LocalDateTime.of(2021, 3, 26, 18, 0);
    for (int shift = 0; shift < 8; shift++) {
      LocalDateTime end = start.plusHours(12);
      builder.addRota(
          RotaAssignment.shift(
              shift % 2 == 0 ? "c-1" : "c-2",
              "nyp-x",
              TimeWindow.of(start.atZone(LONDON).toInstant(), end.atZone(LONDON).toInstant())));
      start = end;
    }

    AccountCoverage force = MonitoringCoverage.analyse(builder.build(), Duration.ofDays(3)).account("nyp-x");

    assertThat(force.uncovered().isEmpty()).isTrue();
  }

  @Test
  void declaredWholeSunday_lastsTwentyThreeHoursInMarchAndTwentyFiveInOctober() {
    MonitoredHours sundays = MonitoredHours.weekly(List.of(WeeklyWindow.parse("Sun 00:00-00:00")));
    Estate estate =
        Estate.builder()
            .force(NYP)
            .asOf(at("2021-03-22T00:00:00Z"))
            .addAccounts(account("york-x", "NYP_York", AccountTier.DISTRICT, sundays).build())
            .build();

    AccountCoverage march = MonitoringCoverage.analyse(estate, Duration.ofDays(7)).account("york-x");
    AccountCoverage october =
        MonitoringCoverage.analyse(estate, at("2021-10-25T00:00:00Z"), Duration.ofDays(7)).account("york-x");

    assertThat(march.describe(march.declaredHours())).containsExactly("Sun 28 Mar 2021 00:00 GMT – Mon 29 Mar 00:00 BST, 23 h");
    assertThat(october.describe(october.declaredHours()))
        .containsExactly("Sun 31 Oct 2021 00:00 BST – Mon 1 Nov 00:00 GMT, 1 d 1 h");
    assertThat(october.uncoveredDuringDeclaredHours().totalDuration()).isEqualTo(Duration.ofHours(25));
    assertThat(october.uncoveredDuringDeclaredHours())
        .isEqualTo(CoverageFixtures.set(window("2021-10-30T23:00:00Z", "2021-11-01T00:00:00Z")));
  }
}

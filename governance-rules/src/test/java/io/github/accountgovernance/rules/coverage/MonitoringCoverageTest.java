package io.github.accountgovernance.rules.coverage;

import static io.github.accountgovernance.rules.coverage.CoverageFixtures.NYP;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.account;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.at;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.everyDay;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.formerOfficer;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.officer;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.set;
import static io.github.accountgovernance.rules.coverage.CoverageFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

final class MonitoringCoverageTest {

  private static final Instant MARCH_1 = at("2021-03-01T00:00:00Z");
  private static final Duration FOUR_WEEKS = Duration.ofDays(28);

  private static List<RotaAssignment> daily(String contributor, String account, String from, String to) {
    return everyDay(from, to).stream()
        .map(w -> RotaAssignment.weekly(contributor, account, w, LocalDate.of(2021, 2, 1), null))
        .toList();
  }

  /** The seed: an officer's own account, monitored by the officer alone, who then takes two weeks' leave. */
  private static Estate officerOnLeave() {
    return Estate.builder()
        .force(NYP)
        .asOf(MARCH_1)
        .addAccounts(
            account("ayres-x", "PCAyresNYP", AccountTier.INDIVIDUAL_OFFICER,
                    MonitoredHours.weekly(everyDay("08:00", "18:00")))
                .build())
        .addContributors(officer("c-ayres", "PC Jo Ayres"))
        .addAllRota(daily("c-ayres", "ayres-x", "08:00", "18:00"))
        .addAbsences(
            Absence.of("c-ayres", window("2021-03-08T00:00:00Z", "2021-03-22T00:00:00Z"), AbsenceReason.LEAVE))
        .build();
  }

  @Test
  void officerOnTwoWeeksLeave_leavesTheAccountUnmonitoredForTwoWeeks() {
    AccountCoverage ayres = MonitoringCoverage.analyse(officerOnLeave(), MARCH_1, FOUR_WEEKS).account("ayres-x");

    assertThat(ayres.monitors()).containsExactly("c-ayres");
    // MON-2: one stretch of over a day, from her last evening on duty to her first morning back.
    assertThat(ayres.describe(ayres.gapsLongerThan(Duration.ofHours(24))))
        .containsExactly("Sun 7 Mar 2021 18:00 – Mon 22 Mar 08:00 GMT, 14 d 14 h");
    // MON-3: every declared day of the leave, one line a day, not one a minute.
    assertThat(ayres.describe(ayres.uncoveredDuringDeclaredHours()))
        .hasSize(14)
        .startsWith("Mon 8 Mar 2021 08:00 – 18:00 GMT, 10 h")
        .endsWith("Sun 21 Mar 2021 08:00 – 18:00 GMT, 10 h");
    assertThat(ayres.uncoveredDuringDeclaredHours().totalDuration()).isEqualTo(Duration.ofHours(140));
  }

  @Test
  void officerOnTwoWeeksLeave_isTheSoleCoverOfEveryOtherDeclaredHour() {
    AccountCoverage ayres = MonitoringCoverage.analyse(officerOnLeave(), MARCH_1, FOUR_WEEKS).account("ayres-x");

    SortedMap<String, IntervalSet> sole = ayres.soleCoverDuringDeclaredHours();

    assertThat(sole).containsOnlyKeys("c-ayres");
    assertThat(sole.get("c-ayres"))
        .isEqualTo(ayres.declaredHours().difference(ayres.uncoveredDuringDeclaredHours()));
    assertThat(sole.get("c-ayres").totalDuration()).isEqualTo(Duration.ofHours(140));
    assertThat(ayres.atRiskDuringDeclaredHours()).isEqualTo(ayres.declaredHours());
  }

  @Test
  void sharedRota_whenOneMonitorIsOnLeave_namesTheOtherAsSoleCover() {
    Estate estate =
        Estate.builder()
            .force(NYP)
            .asOf(MARCH_1)
            .addAccounts(
                account("york-x", "NYP_York", AccountTier.DISTRICT, MonitoredHours.weekly(everyDay("08:00", "20:00")))
                    .district("york")
                    .build())
            .addContributors(officer("c-alex", "PC Alex Brennan"), officer("c-sam", "PC Sam Okafor"))
            .addAllRota(daily("c-alex", "york-x", "08:00", "20:00"))
            .addAllRota(daily("c-sam", "york-x", "08:00", "20:00"))
            .addAbsences(
                Absence.of("c-sam", window("2021-03-08T00:00:00Z", "2021-03-15T00:00:00Z"), AbsenceReason.LEAVE))
            .build();

    AccountCoverage york = MonitoringCoverage.analyse(estate, MARCH_1, FOUR_WEEKS).account("york-x");

    assertThat(york.monitors()).containsExactly("c-alex", "c-sam");
    assertThat(york.uncoveredDuringDeclaredHours().isEmpty()).isTrue();
    assertThat(york.gapsLongerThan(Duration.ofHours(24)).isEmpty()).isTrue();
    assertThat(york.soleCoverDuringDeclaredHours()).containsOnlyKeys("c-alex");
    assertThat(york.describe(york.soleCoverDuringDeclaredHours().get("c-alex")))
        .hasSize(7)
        .startsWith("Mon 8 Mar 2021 08:00 – 20:00 GMT, 12 h")
        .endsWith("Sun 14 Mar 2021 08:00 – 20:00 GMT, 12 h");
  }

  @Test
  void uncovered_isMergedAndFormattedInLocalTime() {
    Estate estate =
        Estate.builder()
            .force(NYP)
            .asOf(at("2021-03-06T00:00:00Z"))
            .addAccounts(account("nyp-x", "NYorksPolice", AccountTier.FORCE_WIDE, MonitoredHours.always()).build())
            .addContributors(officer("c-1", "PC Ash Lindqvist"), officer("c-2", "PC Kit Moreau"))
            .addRota(
                RotaAssignment.shift("c-1", "nyp-x", window("2021-03-06T00:00:00Z", "2021-03-06T14:00:00Z")),
                RotaAssignment.shift("c-2", "nyp-x", window("2021-03-06T12:00:00Z", "2021-03-06T22:00:00Z")),
                RotaAssignment.shift("c-1", "nyp-x", window("2021-03-07T08:00:00Z", "2021-03-08T00:00:00Z")))
            .build();

    AccountCoverage force = MonitoringCoverage.analyse(estate, Duration.ofDays(2)).account("nyp-x");

    assertThat(force.describe(force.uncovered())).containsExactly("Sat 6 Mar 2021 22:00 – Sun 7 Mar 08:00 GMT, 10 h");
    assertThat(force.uncoveredDuringDeclaredHours()).isEqualTo(force.uncovered());
    assertThat(force.describe(force.soleCoverDuringDeclaredHours().get("c-2")))
        .containsExactly("Sat 6 Mar 2021 14:00 – 22:00 GMT, 8 h");
  }

  @Test
  void contributorsWhoHaveLeft_areNeitherMonitorsNorCover() {
    Estate estate =
        Estate.builder()
            .force(NYP)
            .asOf(MARCH_1)
            .addAccounts(account("nyp-x", "NYorksPolice", AccountTier.FORCE_WIDE, MonitoredHours.always()).build())
            .addContributors(formerOfficer("c-gone", "PC Lee Harrow"), officer("c-here", "PC Ira Vance"))
            .addRota(RotaAssignment.shift("c-gone", "nyp-x", window("2021-03-01T00:00:00Z", "2021-03-29T00:00:00Z")))
            .addRota(RotaAssignment.shift("c-here", "nyp-x", window("2021-03-01T00:00:00Z", "2021-03-02T00:00:00Z")))
            .build();

    MonitoringCoverage coverage = MonitoringCoverage.analyse(estate, FOUR_WEEKS);
    AccountCoverage force = coverage.account("nyp-x");

    assertThat(force.monitors()).containsExactly("c-here");
    assertThat(force.coverOf("c-gone").isEmpty()).isTrue();
    assertThat(force.uncovered()).isEqualTo(set(window("2021-03-02T00:00:00Z", "2021-03-29T00:00:00Z")));
    assertThat(coverage.accountsMonitoredBy("c-gone")).isEmpty();
    assertThat(coverage.accountsMonitoredBy("c-here")).containsExactly("nyp-x");
  }

  @Test
  void monitorAbsentForTheWholeHorizon_isStillNamedButCoversNothing() {
    Estate estate =
        Estate.builder()
            .force(NYP)
            .asOf(MARCH_1)
            .addAccounts(account("nyp-x", "NYorksPolice", AccountTier.FORCE_WIDE, MonitoredHours.always()).build())
            .addContributors(officer("c-1", "PC Ash Lindqvist"))
            .addAllRota(daily("c-1", "nyp-x", "00:00", "00:00"))
            .addAbsences(
                Absence.of("c-1", window("2021-02-01T00:00:00Z", "2021-05-01T00:00:00Z"), AbsenceReason.SICKNESS))
            .build();

    AccountCoverage force = MonitoringCoverage.analyse(estate, FOUR_WEEKS).account("nyp-x");

    assertThat(force.monitors()).containsExactly("c-1");
    assertThat(force.coverOf("c-1").isEmpty()).isTrue();
    assertThat(force.uncovered()).isEqualTo(IntervalSet.of(force.window()));
    assertThat(force.soleCoverDuringDeclaredHours()).isEmpty();
  }

  /** {@code c-1}'s cover of a 24/7 York account with one weekly slot, over four weeks from 1 March 2021. */
  private static List<String> coverOfOneWeeklySlot(String window, LocalDate from, LocalDate until) {
    Estate estate =
        Estate.builder()
            .force(NYP)
            .asOf(MARCH_1)
            .addAccounts(account("york-x", "NYP_York", AccountTier.DISTRICT, MonitoredHours.always()).build())
            .addContributors(officer("c-1", "PC Ash Lindqvist"))
            .addRota(RotaAssignment.weekly("c-1", "york-x", WeeklyWindow.parse(window), from, until))
            .build();
    AccountCoverage york = MonitoringCoverage.analyse(estate, FOUR_WEEKS).account("york-x");
    return york.describe(york.coverOf("c-1"));
  }

  @Test
  void weeklySlot_appliesOnItsLocalDatesOnly() {
    // The night starting on the last valid date is worked to its end, past midnight.
    assertThat(coverOfOneWeeklySlot("Sat 22:00-08:00", LocalDate.of(2021, 3, 6), LocalDate.of(2021, 3, 7)))
        .containsExactly("Sat 6 Mar 2021 22:00 – Sun 7 Mar 08:00 GMT, 10 h");
  }

  @Test
  void weeklyOvernightSlot_belongsWholeToTheDateItStartsOn() {
    WeeklyWindow sundayNight = WeeklyWindow.parse("Sun 22:00-08:00");
    Estate estate =
        Estate.builder()
            .force(NYP)
            .asOf(MARCH_1)
            .addAccounts(
                account("york-x", "NYP_York", AccountTier.DISTRICT, MonitoredHours.weekly(List.of(sundayNight)))
                    .build())
            .addContributors(officer("c-a", "PC Ash Lindqvist"), officer("c-b", "PC Bo Marsh"))
            .addRota(
                RotaAssignment.weekly("c-a", "york-x", sundayNight, LocalDate.of(2021, 3, 7), LocalDate.of(2021, 3, 8)),
                RotaAssignment.weekly(
                    "c-b", "york-x", sundayNight, LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 14)))
            .build();

    AccountCoverage york = MonitoringCoverage.analyse(estate, FOUR_WEEKS).account("york-x");

    // Sunday 7 March's night is c-a's, Monday morning included; c-b's dates hold no Sunday, so no night at all.
    assertThat(york.describe(york.coverOf("c-a"))).containsExactly("Sun 7 Mar 2021 22:00 – Mon 8 Mar 08:00 GMT, 10 h");
    assertThat(york.coverOf("c-b").isEmpty()).isTrue();
    // The night of 28 February began before the horizon; the horizon ends at 01:00 BST on 29 March.
    assertThat(york.describe(york.uncoveredDuringDeclaredHours()))
        .containsExactly(
            "Mon 1 Mar 2021 00:00 – 08:00 GMT, 8 h",
            "Sun 14 Mar 2021 22:00 – Mon 15 Mar 08:00 GMT, 10 h",
            "Sun 21 Mar 2021 22:00 – Mon 22 Mar 08:00 GMT, 10 h",
            "Sun 28 Mar 2021 22:00 – Mon 29 Mar 01:00 BST, 3 h");
  }

  @Test
  void weeklySlot_startedTheDayBeforeTheHorizon_countsInsideTheHorizon() {
    assertThat(coverOfOneWeeklySlot("Sun 22:00-08:00", LocalDate.of(2021, 2, 28), LocalDate.of(2021, 3, 1)))
        .containsExactly("Mon 1 Mar 2021 00:00 – 08:00 GMT, 8 h");
  }

  private static Estate closing(LocalDate closureDate) {
    return Estate.builder()
        .force(NYP)
        .asOf(at("2021-03-10T00:00:00Z"))
        .addAccounts(
            account("york-x", "NYP_York", AccountTier.DISTRICT, MonitoredHours.always()).district("york").build(),
            account("york-south-x", "NPTYorkSouth", AccountTier.DISTRICT, MonitoredHours.always())
                .district("york")
                .status(AccountStatus.CLOSING)
                .build(),
            account("osu-x", "NYPRoadCrime", AccountTier.SPECIALIST_TEAM, MonitoredHours.always())
                .status(AccountStatus.CLOSED)
                .build())
        .addClosurePlans(
            ClosurePlan.builder()
                .account("york-south-x")
                .addSuccessors("york-x")
                .finalMessage("This account closes at the end of the month: follow @NYP_York")
                .finalMessageOn(LocalDate.of(2021, 3, 10))
                .closureDate(closureDate)
                .build())
        .build();
  }

  @Test
  void closingAccount_isAnalysedUntilTheEndOfItsClosureDate() {
    MonitoringCoverage coverage = MonitoringCoverage.analyse(closing(LocalDate.of(2021, 3, 31)), FOUR_WEEKS);

    // 31 March ends at midnight BST: the clocks went forward on the 28th.
    assertThat(coverage.account("york-south-x").window())
        .isEqualTo(window("2021-03-10T00:00:00Z", "2021-03-31T23:00:00Z"));
    assertThat(coverage.account("york-south-x").describe(coverage.account("york-south-x").uncovered()))
        .containsExactly("Wed 10 Mar 2021 00:00 GMT – Thu 1 Apr 00:00 BST, 21 d 23 h");
    assertThat(coverage.account("york-x").window()).isEqualTo(coverage.horizon());
  }

  @Test
  void closingAccountPastItsClosureDate_isStillAnalysedOverTheWholeHorizon() {
    MonitoringCoverage coverage = MonitoringCoverage.analyse(closing(LocalDate.of(2021, 3, 5)), FOUR_WEEKS);

    assertThat(coverage.account("york-south-x").window()).isEqualTo(coverage.horizon());
  }

  @Test
  void account_rejectsAnAccountThatIsNotOpen() {
    MonitoringCoverage coverage = MonitoringCoverage.analyse(closing(LocalDate.of(2021, 3, 31)), FOUR_WEEKS);

    assertThat(coverage.accounts()).extracting(c -> c.account().id()).containsExactly("york-south-x", "york-x");
    assertThatThrownBy(() -> coverage.account("osu-x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no open account \"osu-x\"");
    assertThatThrownBy(() -> coverage.account("york-y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("did you mean \"york-x\"?");
  }

  @Test
  void analyse_rejectsAHorizonThatIsNotPositive() {
    Estate estate = officerOnLeave();

    assertThatThrownBy(() -> MonitoringCoverage.analyse(estate, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("horizon must be positive, but was PT0S");
    assertThatThrownBy(() -> MonitoringCoverage.analyse(null, Duration.ofDays(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("estate");
  }

  private static Estate busyMonday() {
    List<String> districts = List.of("craven", "hambleton", "harrogate", "richmondshire", "ryedale", "scarborough");
    Estate.Builder builder =
        Estate.builder()
            .force(NYP)
            .asOf(MARCH_1)
            .addContributors(officer("c-busy", "Sgt Noor Hale"), officer("c-calm", "PC Rory Finch"));
    for (String district : districts) {
      Account account =
          account(district + "-x", "NYP_" + district, AccountTier.DISTRICT, MonitoredHours.always())
              .district(district)
              .build();
      builder.addAccounts(account);
    }
    for (int i = 0; i < 4; i++) {
      builder.addRota(
          RotaAssignment.shift("c-busy", districts.get(i) + "-x", window("2021-03-01T08:00:00Z", "2021-03-01T18:00:00Z")));
    }
    return builder
        .addRota(RotaAssignment.shift("c-busy", "ryedale-x", window("2021-03-01T12:00:00Z", "2021-03-01T14:00:00Z")))
        .addRota(RotaAssignment.shift("c-busy", "scarborough-x", window("2021-03-01T13:00:00Z", "2021-03-01T16:00:00Z")))
        .addRota(RotaAssignment.shift("c-calm", "craven-x", window("2021-03-01T18:00:00Z", "2021-03-02T08:00:00Z")))
        .build();
  }

  @Test
  void overload_reportsWhenAndForWhichAccountsSomeoneMonitorsTooManyAtOnce() {
    MonitoringCoverage coverage = MonitoringCoverage.analyse(busyMonday(), FOUR_WEEKS);

    SortedMap<String, List<MonitorOverload>> overload = coverage.overload(4);

    assertThat(overload).containsOnlyKeys("c-busy");
    assertThat(overload.get("c-busy")).singleElement().satisfies(o -> {
      assertThat(o.window()).isEqualTo(window("2021-03-01T12:00:00Z", "2021-03-01T16:00:00Z"));
      assertThat(o.peak()).isEqualTo(6);
      assertThat(o.describe(coverage.zone()))
          .isEqualTo("Mon 1 Mar 2021 12:00 – 16:00 GMT, 4 h: 6 accounts at once (craven-x, hambleton-x, harrogate-x,"
              + " richmondshire-x, ryedale-x, scarborough-x)");
    });
  }

  @Test
  void overload_namesOnlyTheAccountsOnDutyInTheWindow() {
    MonitoringCoverage coverage = MonitoringCoverage.analyse(busyMonday(), FOUR_WEEKS);

    assertThat(coverage.overload(5).get("c-busy"))
        .singleElement()
        .satisfies(o -> {
          assertThat(o.window()).isEqualTo(window("2021-03-01T13:00:00Z", "2021-03-01T14:00:00Z"));
          assertThat(o.accounts()).hasSize(6);
        });
    assertThat(coverage.overload(6)).isEmpty();
    assertThat(coverage.overload(0)).containsOnlyKeys("c-busy", "c-calm");
    assertThat(coverage.overload(0).get("c-calm")).singleElement()
        .satisfies(o -> assertThat(o.accounts()).containsExactly("craven-x"));
  }

  @Test
  void overload_rejectsANegativeLimit() {
    MonitoringCoverage coverage = MonitoringCoverage.analyse(busyMonday(), FOUR_WEEKS);

    assertThatThrownBy(() -> coverage.overload(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxConcurrentAccounts must not be negative, but was -1");
    assertThatThrownBy(() -> coverage.overloadOf("c-busy", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxConcurrentAccounts must not be negative, but was -1");
    assertThatThrownBy(() -> coverage.overloadOf(null, 4))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("contributorId");
  }

  @Test
  void overloadOf_isOneContributorsShareOfTheOverload() {
    MonitoringCoverage coverage = MonitoringCoverage.analyse(busyMonday(), FOUR_WEEKS);

    assertThat(coverage.overloadOf("c-busy", 4)).isEqualTo(coverage.overload(4).get("c-busy"));
    assertThat(coverage.overloadOf("c-calm", 4)).isEmpty();
    assertThat(coverage.overloadOf("c-calm", 0)).isEqualTo(coverage.overload(0).get("c-calm"));
    assertThat(coverage.overloadOf("c-nobody", 0)).isEmpty();
  }
}

package io.github.accountgovernance.rules.coverage;

import static io.github.accountgovernance.rules.coverage.CoverageFixtures.NYP;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorKind;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.lang.ref.WeakReference;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A synthetic estate of 500 accounts, 2,000 people, 200,000 rota slots and 5,000 absences over four weeks that
 * span the March 2021 clock change: the analysis must hold together at that size. Checks invariants only; the
 * time taken is printed once for the README, never asserted.
 */
final class LargeEstateCoverageTest {

  private static final int ACCOUNTS = 500;
  private static final int PEOPLE = 2_000;
  private static final int SHIFTS = 190_000;
  private static final int WEEKLY_SLOTS = 10_000;
  private static final int ABSENCES = 5_000;
  private static final Instant AS_OF = Instant.parse("2021-03-15T00:00:00Z");
  private static final Duration HORIZON = Duration.ofDays(28);

  @Test
  void theCoverageKeepsNoEstateAlive_andGivesTheMonitorsCoversAfterTheEstateIsGone() throws InterruptedException {
    Estate estate = largeEstate();
    MonitoringCoverage coverage = MonitoringCoverage.analyse(estate, AS_OF, HORIZON);
    // The covers as a second analysis gives them while the estate is alive; the first is asked only after.
    MonitoringCoverage alive = MonitoringCoverage.analyse(estate, AS_OF, HORIZON);
    Map<String, IntervalSet> expected = new LinkedHashMap<>();
    for (AccountCoverage account : alive.accounts().subList(0, 40)) {
      for (String monitor : account.monitors()) {
        expected.put(account.account().id() + " " + monitor, account.coverOf(monitor));
      }
    }
    WeakReference<Estate> gone = new WeakReference<>(estate);
    estate = null;
    for (int i = 0; i < 50 && gone.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }

    assertThat(gone.get()).as("the estate, held by nothing but its coverage analyses").isNull();
    for (Map.Entry<String, IntervalSet> cover : expected.entrySet()) {
      String[] accountAndMonitor = cover.getKey().split(" ");
      assertThat(coverage.account(accountAndMonitor[0]).coverOf(accountAndMonitor[1]))
          .as(cover.getKey()).isEqualTo(cover.getValue());
    }
    assertThat(expected).isNotEmpty();
  }

  private static Estate largeEstate() {
    Random random = new Random(20210315L);
    Estate.Builder builder = Estate.builder().force(NYP).asOf(AS_OF);
    List<WeeklyWindow> weekdays = new ArrayList<>();
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY)) {
      weekdays.add(WeeklyWindow.of(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
    }
    for (int a = 0; a < ACCOUNTS; a++) {
      MonitoredHours hours =
          a % 3 == 0 ? MonitoredHours.always() : a % 3 == 1 ? MonitoredHours.weekly(weekdays) : MonitoredHours.notDeclared();
      boolean closing = a % 50 == 7;
      builder.addAccounts(
          Account.builder()
              .id(String.format("acct-%03d", a))
              .handle(Handle.of(Platform.X, "NYP_Team" + a))
              .displayName("North Yorkshire Police team " + a)
              .tier(AccountTier.SPECIALIST_TEAM)
              .status(closing ? AccountStatus.CLOSING : AccountStatus.ACTIVE)
              .monitoredHours(hours)
              .build());
      if (closing) {
        builder.addClosurePlans(
            ClosurePlan.builder()
                .account(String.format("acct-%03d", a))
                .closureDate(LocalDate.of(2021, 3, 20 + a % 10))
                .build());
      }
    }
    for (int p = 0; p < PEOPLE; p++) {
      builder.addContributors(
          Contributor.builder()
              .id(String.format("person-%04d", p))
              .kind(ContributorKind.OFFICER)
              .name("PC " + p)
              .status(p % 50 == 3 ? ContributorStatus.LEFT : ContributorStatus.SERVING)
              .build());
    }
    // Each account draws its monitors from a team of 20 that overlaps its neighbours' teams.
    for (int s = 0; s < SHIFTS; s++) {
      int a = random.nextInt(ACCOUNTS);
      long start = AS_OF.getEpochSecond() + 900L * random.nextInt(30 * 96) - 86_400;
      builder.addRota(
          RotaAssignment.shift(
              person(a, random), account(a), TimeWindow.ofEpochSeconds(start, start + 3_600L * (4 + random.nextInt(9)))));
    }
    for (int s = 0; s < WEEKLY_SLOTS; s++) {
      int a = random.nextInt(ACCOUNTS);
      WeeklyWindow window =
          WeeklyWindow.of(DayOfWeek.of(1 + random.nextInt(7)), LocalTime.of(random.nextInt(24), 0), LocalTime.of(
              random.nextInt(24), 30));
      LocalDate from = LocalDate.of(2021, 3, 1 + random.nextInt(28));
      builder.addRota(RotaAssignment.weekly(person(a, random), account(a), window, from, from.plusDays(7 + random.nextInt(30))));
    }
    for (int b = 0; b < ABSENCES; b++) {
      long start = AS_OF.getEpochSecond() + 3_600L * random.nextInt(28 * 24);
      builder.addAbsences(
          Absence.of(
              String.format("person-%04d", random.nextInt(PEOPLE)),
              TimeWindow.ofEpochSeconds(start, start + 86_400L * (1 + random.nextInt(14))),
              AbsenceReason.LEAVE));
    }
    return builder.build();
  }

  private static String account(int a) {
    return String.format("acct-%03d", a);
  }

  private static String person(int account, Random random) {
    return String.format("person-%04d", (account * 4 + random.nextInt(20)) % PEOPLE);
  }

  @Test
  void largeEstate_analysisHoldsTogether() {
    Estate estate = largeEstate();
    long started = System.nanoTime();
    MonitoringCoverage coverage = MonitoringCoverage.analyse(estate, HORIZON);
    Map<String, List<MonitorOverload>> overload = coverage.overload(4);
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "Monitoring coverage: %d accounts, %d rota slots, %d absences analysed over %d days in %d ms%n",
        estate.accounts().size(), estate.rota().size(), estate.absences().size(), HORIZON.toDays(), millis);

    assertThat(coverage.accounts()).hasSize(ACCOUNTS);
    for (AccountCoverage account : coverage.accounts()) {
      TimeWindow window = account.window();
      IntervalSet whole = IntervalSet.of(window);
      assertThat(coverage.horizon().startSecond()).isEqualTo(window.startSecond());
      assertThat(account.covered().union(account.uncovered())).isEqualTo(whole);
      assertThat(account.covered().intersection(account.uncovered()).isEmpty()).isTrue();
      assertThat(account.monitors()).isSorted().doesNotHaveDuplicates().noneMatch(id -> estate.contributor(id)
          .orElseThrow().status() == ContributorStatus.LEFT);
      IntervalSet.Builder union = IntervalSet.builder();
      for (String monitor : account.monitors()) {
        assertThat(account.coverOf(monitor).difference(whole).isEmpty()).isTrue();
        union.addAll(account.coverOf(monitor));
      }
      assertThat(union.build()).isEqualTo(account.covered());
      long soleSeconds = 0;
      IntervalSet.Builder sole = IntervalSet.builder();
      for (IntervalSet alone : account.soleCoverDuringDeclaredHours().values()) {
        soleSeconds += alone.totalSeconds();
        sole.addAll(alone);
      }
      IntervalSet allSole = sole.build();
      assertThat(allSole.totalSeconds()).as("sole cover is disjoint between people").isEqualTo(soleSeconds);
      assertThat(allSole.difference(account.declaredHours().intersection(account.covered())).isEmpty()).isTrue();
      assertThat(account.atRiskDuringDeclaredHours())
          .isEqualTo(allSole.union(account.uncoveredDuringDeclaredHours()));
      for (TimeWindow gap : account.gapsLongerThan(Duration.ofHours(24)).windows()) {
        assertThat(gap.duration()).isGreaterThan(Duration.ofHours(24));
        assertThat(account.uncovered().encloses(gap)).isTrue();
      }
    }
    assertThat(overload).isNotEmpty();
    overload.forEach(
        (person, windows) ->
            assertThat(windows).isSorted().allSatisfy(o -> {
              assertThat(o.contributor()).isEqualTo(person);
              assertThat(o.peak()).isGreaterThan(4).isLessThanOrEqualTo(o.accounts().size());
              assertThat(coverage.accountsMonitoredBy(person)).containsAll(o.accounts());
              assertThat(coverage.horizon().startSecond()).isLessThanOrEqualTo(o.window().startSecond());
              assertThat(coverage.horizon().endSecond()).isGreaterThanOrEqualTo(o.window().endSecond());
            }));
  }
}

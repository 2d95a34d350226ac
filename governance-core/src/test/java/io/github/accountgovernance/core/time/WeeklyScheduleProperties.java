package io.github.accountgovernance.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Expanded weekly windows keep their declared wall-clock times, except where a spring-forward gap moves them on.
 * Dates cluster in the months where clocks change, in zones whose changes fall at different local times
 * (Europe/London at 01:00 and 02:00, America/Sao_Paulo at midnight in the years it had them, Australia/Lord_Howe
 * by half an hour).
 */
final class WeeklyScheduleProperties {

  /** A weekly window, the zone to expand it in, and the days to expand it over. */
  record WeeklyCase(ZoneId zone, WeeklyWindow weekly, LocalDate firstDay, int days) {

    TimeWindow horizon() {
      return TimeWindow.ofEpochSeconds(
          firstDay.atStartOfDay(zone).toEpochSecond(), firstDay.plusDays(days).atStartOfDay(zone).toEpochSecond());
    }

    /**
     * The case whose window starts {@code fromSteps} half hours after the local time a clock change begins at
     * (the start of a gap or an overlap) and lasts {@code lengthSteps} half hours of wall-clock time, expanded from
     * {@code daysBefore} days before the change.
     */
    static WeeklyCase nearClockChange(
        ZoneId zone, int year, boolean second, int daysBefore, int fromSteps, int lengthSteps, int days) {
      ZoneRules rules = zone.getRules();
      Instant newYear = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
      ZoneOffsetTransition change = rules.nextTransition(newYear);
      if (change != null && second) {
        change = rules.nextTransition(change.getInstant());
      }
      if (change == null || change.getInstant().atZone(zone).getYear() > year) {
        change = rules.previousTransition(newYear); // the zone stopped changing its clocks
      }
      LocalDateTime from = change.getDateTimeBefore().truncatedTo(ChronoUnit.HOURS).plusMinutes(30L * fromSteps);
      LocalDateTime to = from.plusMinutes(30L * lengthSteps);
      WeeklyWindow weekly = WeeklyWindow.of(from.getDayOfWeek(), from.toLocalTime(), to.toLocalTime());
      return new WeeklyCase(zone, weekly, from.toLocalDate().minusDays(daysBefore), days);
    }
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("Europe/London", "America/New_York", "America/Sao_Paulo", "Australia/Lord_Howe")
        .map(ZoneId::of);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Combinators.combine(
            Arbitraries.integers().between(2015, 2030),
            Arbitraries.of(2, 3, 4, 9, 10, 11),
            Arbitraries.integers().between(1, 28))
        .as(LocalDate::of);
  }

  @Provide
  Arbitrary<WeeklyCase> weeklyCases() {
    Arbitrary<LocalTime> halfHours =
        Arbitraries.integers().between(0, 47).map(i -> LocalTime.MIDNIGHT.plusMinutes(30L * i));
    Arbitrary<WeeklyCase> anywhere =
        Combinators.combine(
                zones(),
                Combinators.combine(Arbitraries.of(DayOfWeek.class), halfHours, halfHours).as(WeeklyWindow::of),
                dates(),
                Arbitraries.integers().between(7, 28))
            .as(WeeklyCase::new);
    Arbitrary<WeeklyCase> nearClockChange =
        Combinators.combine(
                zones(),
                Arbitraries.integers().between(2015, 2030),
                Arbitraries.of(false, true),
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(-4, 4),
                Arbitraries.integers().between(1, 50),
                Arbitraries.integers().between(7, 14))
            .as(WeeklyCase::nearClockChange);
    return Arbitraries.frequencyOf(Tuple.of(3, nearClockChange), Tuple.of(1, anywhere));
  }

  @Property
  void expandedWindows_keepTheirWallClockTimesUnlessInAGap(@ForAll("weeklyCases") WeeklyCase example) {
    ZoneId zone = example.zone();
    WeeklyWindow weekly = example.weekly();
    TimeWindow horizon = example.horizon();

    IntervalSet expanded = WeeklySchedule.of(weekly).expand(zone, horizon);

    for (TimeWindow window : expanded.windows()) {
      if (window.startSecond() == horizon.startSecond() || window.endSecond() == horizon.endSecond()) {
        continue;
      }
      ZonedDateTime start = window.start().atZone(zone);
      ZonedDateTime end = window.end().atZone(zone);
      assertThat(start.getDayOfWeek()).as("start of %s", window).isEqualTo(weekly.day());
      assertWallClock(zone.getRules(), start, weekly.from());
      assertWallClock(zone.getRules(), end, weekly.to());
      LocalDate endDate = weekly.endsNextDay() ? start.toLocalDate().plusDays(1) : start.toLocalDate();
      assertThat(end.toLocalDate()).as("end date of %s", window).isEqualTo(endDate);
      assertThat(window.duration()).isLessThanOrEqualTo(Duration.ofHours(25));
    }
  }

  @Property
  void expandedWindows_startAtEveryDeclaredStartInsideTheHorizon(@ForAll("weeklyCases") WeeklyCase example) {
    ZoneId zone = example.zone();
    WeeklyWindow weekly = example.weekly();
    IntervalSet expanded = WeeklySchedule.of(weekly).expand(zone, example.horizon());

    for (int day = 0; day < example.days(); day++) {
      LocalDateTime declared = LocalDateTime.of(example.firstDay().plusDays(day), weekly.from());
      List<ZoneOffset> offsets = zone.getRules().getValidOffsets(declared);
      if (declared.getDayOfWeek() == weekly.day() && !offsets.isEmpty()) {
        // In an overlap, the earlier offset is the one that counts.
        Instant start = declared.toInstant(offsets.get(0));
        assertThat(expanded.contains(start)).as("covers %s", declared).isTrue();
        assertThat(expanded.contains(start.minusSeconds(1))).as("starts at %s", declared).isFalse();
      }
    }
  }

  @Property
  void calendarDays_tileTheWindowAndLast23To25Hours(
      @ForAll("zones") ZoneId zone,
      @ForAll("dates") LocalDate firstDay,
      @ForAll @IntRange(min = 1, max = 400) int hours) {
    long start = firstDay.atTime(7, 0).atZone(zone).toEpochSecond();
    TimeWindow within = TimeWindow.ofEpochSeconds(start, start + hours * 3_600L);

    long next = within.startSecond();
    for (TimeWindow day : CalendarDays.in(zone, within)) {
      assertThat(day.startSecond()).isEqualTo(next);
      assertThat(day.duration()).isLessThanOrEqualTo(Duration.ofHours(25));
      if (day.startSecond() > within.startSecond() && day.endSecond() < within.endSecond()) {
        assertThat(day.duration()).isBetween(Duration.ofHours(23), Duration.ofHours(25));
        assertThat(day.start().atZone(zone).toLocalTime()).isBefore(LocalTime.of(1, 1));
      }
      next = day.endSecond();
    }
    assertThat(next).isEqualTo(within.endSecond());
  }

  private static void assertWallClock(ZoneRules rules, ZonedDateTime actual, LocalTime declared) {
    if (actual.toLocalTime().equals(declared)) {
      return;
    }
    LocalDateTime intended = LocalDateTime.of(actual.toLocalDate(), declared);
    ZoneOffsetTransition gap = rules.getTransition(intended);
    assertThat(rules.getValidOffsets(intended)).as("%s moved though not in a gap", intended).isEmpty();
    assertThat(gap.isGap()).isTrue();
    assertThat(actual.toLocalDateTime()).isEqualTo(intended.plus(gap.getDuration()));
  }
}

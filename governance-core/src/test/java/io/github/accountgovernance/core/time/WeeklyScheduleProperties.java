package io.github.accountgovernance.core.time;

import static io.github.accountgovernance.core.testing.Theories.qt;
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
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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

  /** Examples per property: 1,000, as many as each of these properties has always run. */
  private static final int EXAMPLES = 1000;

  static Gen<ZoneId> zones() {
    return Generate.pick(List.of("Europe/London", "America/New_York", "America/Sao_Paulo", "Australia/Lord_Howe"))
        .map(id -> ZoneId.of(id));
  }

  static Gen<LocalDate> dates() {
    return Generate.range(2015, 2030)
        .zip(Generate.pick(List.of(2, 3, 4, 9, 10, 11)), Generate.range(1, 28), LocalDate::of);
  }

  static Gen<WeeklyCase> weeklyCases() {
    Gen<LocalTime> halfHours = Generate.range(0, 47).map(i -> LocalTime.MIDNIGHT.plusMinutes(30L * i));
    Gen<WeeklyCase> anywhere =
        zones()
            .zip(
                Generate.enumValues(DayOfWeek.class).zip(halfHours, halfHours, WeeklyWindow::of),
                dates(),
                Generate.range(7, 28),
                WeeklyCase::new);
    Gen<NearChange> nearChanges =
        zones()
            .zip(Generate.range(2015, 2030), Generate.booleans(), Generate.range(0, 6), NearChange::new);
    Gen<WeeklyCase> nearClockChange =
        nearChanges.zip(
            Generate.range(-4, 4),
            Generate.range(1, 50),
            Generate.range(7, 14),
            (near, fromSteps, lengthSteps, days) ->
                WeeklyCase.nearClockChange(
                    near.zone(), near.year(), near.second(), near.daysBefore(), fromSteps, lengthSteps, days));
    return Generate.frequency(Pair.of(3, nearClockChange), Pair.of(1, anywhere));
  }

  /** The first four choices of a case near a clock change: which zone, year and change, and how far before it. */
  private record NearChange(ZoneId zone, int year, boolean second, int daysBefore) {}

  @Test
  void expandedWindows_keepTheirWallClockTimesUnlessInAGap() {
    qt().withExamples(EXAMPLES).forAll(weeklyCases()).checkAssert(example -> {
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
    });
  }

  @Test
  void expandedWindows_startAtEveryDeclaredStartInsideTheHorizon() {
    qt().withExamples(EXAMPLES).forAll(weeklyCases()).checkAssert(example -> {
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
    });
  }

  @Test
  void calendarDays_tileTheWindowAndLast23To25Hours() {
    qt().withExamples(EXAMPLES)
        .forAll(zones(), dates(), Generate.range(1, 400))
        .checkAssert((zone, firstDay, hours) -> {
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
    });
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

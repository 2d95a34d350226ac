package io.github.accountgovernance.core.time;

import static io.github.accountgovernance.core.time.TestWindows.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

final class CalendarDaysTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void of_springForwardDayLasts23HoursAndAutumnDay25() {
    assertThat(CalendarDays.of(LONDON, LocalDate.of(2021, 3, 28)).duration()).isEqualTo(Duration.ofHours(23));
    assertThat(CalendarDays.of(LONDON, LocalDate.of(2021, 10, 31)).duration()).isEqualTo(Duration.ofHours(25));
    assertThat(CalendarDays.of(LONDON, LocalDate.of(2021, 6, 1)))
        .isEqualTo(utc("2021-05-31T23:00:00Z", "2021-06-01T23:00:00Z"));
  }

  @Test
  void in_listsEachDayClippedToTheWindow() {
    assertThat(CalendarDays.in(LONDON, utc("2021-03-27T12:00:00Z", "2021-03-30T00:00:00Z")))
        .containsExactly(
            utc("2021-03-27T12:00:00Z", "2021-03-28T00:00:00Z"),
            utc("2021-03-28T00:00:00Z", "2021-03-28T23:00:00Z"),
            utc("2021-03-28T23:00:00Z", "2021-03-29T23:00:00Z"),
            utc("2021-03-29T23:00:00Z", "2021-03-30T00:00:00Z"));
  }

  @Test
  void in_aWindowInsideOneDayIsThatWindow() {
    TimeWindow morning = utc("2021-10-31T00:30:00Z", "2021-10-31T02:30:00Z");

    assertThat(CalendarDays.in(LONDON, morning)).containsExactly(morning);
  }

  @Test
  void in_windowEndingAtMidnightDoesNotReachTheNextDay() {
    assertThat(CalendarDays.in(LONDON, utc("2021-10-30T23:00:00Z", "2021-11-01T00:00:00Z")))
        .containsExactly(utc("2021-10-30T23:00:00Z", "2021-11-01T00:00:00Z"));
  }

  @Test
  void notCovered_listsDaysWithoutAnyCover() {
    TimeWindow week = utc("2021-03-22T00:00:00Z", "2021-03-29T00:00:00Z");
    IntervalSet monitored =
        WeeklySchedule.of(WeeklyWindow.parse("Mon 08:00-18:00"), WeeklyWindow.parse("Sat 23:30-00:30"))
            .expand(LONDON, week);

    assertThat(CalendarDays.notCovered(LONDON, week, monitored))
        .containsExactly(
            CalendarDays.of(LONDON, LocalDate.of(2021, 3, 23)),
            CalendarDays.of(LONDON, LocalDate.of(2021, 3, 24)),
            CalendarDays.of(LONDON, LocalDate.of(2021, 3, 25)),
            CalendarDays.of(LONDON, LocalDate.of(2021, 3, 26)),
            utc("2021-03-28T23:00:00Z", "2021-03-29T00:00:00Z"));
  }

  @Test
  void misuse_namesTheNullParameter() {
    assertThatThrownBy(() -> CalendarDays.in(null, utc("2021-03-27T12:00:00Z", "2021-03-30T00:00:00Z")))
        .hasMessage("zone");
    assertThatThrownBy(() -> CalendarDays.in(LONDON, null)).hasMessage("within");
    assertThatThrownBy(() -> CalendarDays.of(LONDON, null)).hasMessage("date");
  }
}

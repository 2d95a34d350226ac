package io.github.accountgovernance.core.time;

import static io.github.accountgovernance.core.time.TestWindows.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class WeeklyScheduleTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static WeeklySchedule schedule(String... windows) {
    return WeeklySchedule.of(Arrays.stream(windows).map(WeeklyWindow::parse).toList());
  }

  /** The week from Monday 22 March 2021, which holds the spring-forward Sunday 28 March. */
  private static final TimeWindow SPRING_WEEK = utc("2021-03-22T00:00:00Z", "2021-03-29T12:00:00Z");

  /** The week from Monday 25 October 2021, which holds the autumn Sunday 31 October. */
  private static final TimeWindow AUTUMN_WEEK = utc("2021-10-24T23:00:00Z", "2021-11-01T12:00:00Z");

  @Test
  void wholeDay_onTheSpringForwardSundayLasts23Hours() {
    IntervalSet sunday = schedule("Sun 00:00-00:00").expand(LONDON, SPRING_WEEK);

    assertThat(sunday.windows()).containsExactly(utc("2021-03-28T00:00:00Z", "2021-03-28T23:00:00Z"));
    assertThat(sunday.totalDuration()).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void wholeDay_onTheAutumnSundayLasts25Hours() {
    IntervalSet sunday = schedule("Sun 00:00-00:00").expand(LONDON, AUTUMN_WEEK);

    assertThat(sunday.windows()).containsExactly(utc("2021-10-30T23:00:00Z", "2021-11-01T00:00:00Z"));
    assertThat(sunday.totalDuration()).isEqualTo(Duration.ofHours(25));
  }

  @Test
  void overnightWindow_keepsItsWallClockTimesAcrossSpringForward() {
    IntervalSet night = schedule("Sat 22:00-08:00").expand(LONDON, SPRING_WEEK);

    // 22:00 GMT on Saturday to 08:00 BST on Sunday: nine hours.
    assertThat(night.windows()).containsExactly(utc("2021-03-27T22:00:00Z", "2021-03-28T07:00:00Z"));
  }

  @Test
  void overnightWindow_thatBeganBeforeTheHorizonIsClippedToIt() {
    TimeWindow fromSundayMidnight = utc("2021-03-07T00:00:00Z", "2021-03-08T00:00:00Z");

    IntervalSet night = schedule("Sat 22:00-08:00").expand(LONDON, fromSundayMidnight);

    assertThat(night.windows()).containsExactly(utc("2021-03-07T00:00:00Z", "2021-03-07T08:00:00Z"));
  }

  @Test
  void windowStartingInTheGap_startsLaterByTheGap() {
    IntervalSet window = schedule("Sun 01:30-03:00").expand(LONDON, SPRING_WEEK);

    // 01:30 does not exist on 28 March; it becomes 02:30 BST (01:30Z), and 03:00 BST is 02:00Z.
    assertThat(window.windows()).containsExactly(utc("2021-03-28T01:30:00Z", "2021-03-28T02:00:00Z"));
  }

  @Test
  void windowSqueezedToNothingByTheGap_isLeftOut() {
    assertThat(schedule("Sun 01:59-02:00").expand(LONDON, SPRING_WEEK)).isEqualTo(IntervalSet.empty());
  }

  @Test
  void windowInTheOverlap_takesTheEarlierOffset() {
    IntervalSet window = schedule("Sun 01:30-02:30").expand(LONDON, AUTUMN_WEEK);

    // 01:30 happens twice on 31 October; the first (BST, 00:30Z) counts. 02:30 GMT is 02:30Z.
    assertThat(window.windows()).containsExactly(utc("2021-10-31T00:30:00Z", "2021-10-31T02:30:00Z"));
  }

  @Test
  void expand_mergesTouchingWindowsAndRepeatsWeekly() {
    TimeWindow twoWeeks = utc("2021-03-01T00:00:00Z", "2021-03-15T00:00:00Z");

    IntervalSet hours = schedule("Mon 08:00-12:00", "Mon 12:00-18:00").expand(LONDON, twoWeeks);

    assertThat(hours.windows())
        .containsExactly(
            utc("2021-03-01T08:00:00Z", "2021-03-01T18:00:00Z"), utc("2021-03-08T08:00:00Z", "2021-03-08T18:00:00Z"));
  }

  @Test
  void allWeek_coversTheWholeHorizon() {
    assertThat(WeeklySchedule.allWeek().expand(LONDON, SPRING_WEEK)).isEqualTo(IntervalSet.of(SPRING_WEEK));
    assertThat(WeeklySchedule.allWeek().expand(LONDON, AUTUMN_WEEK)).isEqualTo(IntervalSet.of(AUTUMN_WEEK));
    assertThat(WeeklySchedule.allWeek().windows()).hasSize(7);
  }

  @Test
  void empty_expandsToNothing() {
    assertThat(WeeklySchedule.empty().expand(LONDON, SPRING_WEEK)).isEqualTo(IntervalSet.empty());
    assertThat(WeeklySchedule.of(List.of())).isEqualTo(WeeklySchedule.empty());
    assertThat(WeeklySchedule.empty().isEmpty()).isTrue();
  }

  @Test
  void of_sortsAndDropsDuplicates() {
    WeeklySchedule schedule = schedule("Sat 22:00-08:00", "Mon 08:00-18:00", "Sat 22:00-08:00");

    assertThat(schedule.windows())
        .containsExactly(WeeklyWindow.parse("Mon 08:00-18:00"), WeeklyWindow.parse("Sat 22:00-08:00"));
    assertThat(schedule).hasToString("Mon 08:00-18:00, Sat 22:00-08:00");
    assertThat(schedule).isEqualTo(schedule("Mon 08:00-18:00", "Sat 22:00-08:00"));
  }

  @Test
  void misuse_namesTheNullParameter() {
    assertThatThrownBy(() -> WeeklySchedule.of((List<WeeklyWindow>) null)).hasMessage("windows");
    assertThatThrownBy(() -> WeeklySchedule.allWeek().expand(null, SPRING_WEEK)).hasMessage("zone");
    assertThatThrownBy(() -> WeeklySchedule.allWeek().expand(LONDON, null)).hasMessage("horizon");
  }
}

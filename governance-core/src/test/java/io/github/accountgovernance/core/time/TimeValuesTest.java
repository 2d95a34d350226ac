package io.github.accountgovernance.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the time values say about themselves: containment, overlap, durations in words, equality. */
final class TimeValuesTest {

  private static final TimeWindow TEN_TO_TWENTY = TimeWindow.ofEpochSeconds(10, 20);

  @Test
  void contains_isHalfOpen() {
    assertThat(TEN_TO_TWENTY.contains(Instant.ofEpochSecond(9))).isFalse();
    assertThat(TEN_TO_TWENTY.contains(Instant.ofEpochSecond(10))).isTrue();
    assertThat(TEN_TO_TWENTY.contains(Instant.ofEpochSecond(19))).isTrue();
    assertThat(TEN_TO_TWENTY.contains(Instant.ofEpochSecond(20))).isFalse();
  }

  @Test
  void overlaps_needsASharedSecond_touchingIsNotEnough() {
    assertThat(TEN_TO_TWENTY.overlaps(TimeWindow.ofEpochSeconds(0, 10))).isFalse();
    assertThat(TEN_TO_TWENTY.overlaps(TimeWindow.ofEpochSeconds(0, 11))).isTrue();
    assertThat(TEN_TO_TWENTY.overlaps(TimeWindow.ofEpochSeconds(19, 30))).isTrue();
    assertThat(TEN_TO_TWENTY.overlaps(TimeWindow.ofEpochSeconds(20, 30))).isFalse();
    assertThat(TEN_TO_TWENTY.overlaps(TimeWindow.ofEpochSeconds(12, 13))).isTrue();
  }

  @Test
  void formatDuration_namesEachUnitThatIsThere() {
    assertThat(TimeWindow.formatDuration(Duration.ZERO)).isEqualTo("0 s");
    assertThat(TimeWindow.formatDuration(Duration.ofSeconds(45))).isEqualTo("45 s");
    assertThat(TimeWindow.formatDuration(Duration.ofSeconds(60))).isEqualTo("1 min");
    assertThat(TimeWindow.formatDuration(Duration.ofSeconds(3_600))).isEqualTo("1 h");
    assertThat(TimeWindow.formatDuration(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
    assertThat(TimeWindow.formatDuration(Duration.ofHours(52))).isEqualTo("2 d 4 h");
    assertThat(TimeWindow.formatDuration(Duration.ofSeconds(86_400))).isEqualTo("1 d");
    assertThat(TimeWindow.formatDuration(Duration.ofSeconds(86_400 + 61))).isEqualTo("1 d 1 min 1 s");
    assertThat(TimeWindow.formatDuration(Duration.ofSeconds(3 * 86_400 + 3_601))).isEqualTo("3 d 1 h 1 s");
  }

  @Test
  void intervalSets_areEqualByTheirWindows() {
    IntervalSet one = IntervalSet.of(TimeWindow.ofEpochSeconds(0, 10), TimeWindow.ofEpochSeconds(20, 30));
    IntervalSet same = IntervalSet.builder().add(20, 30).add(0, 5).add(5, 10).build();
    IntervalSet other = IntervalSet.of(TimeWindow.ofEpochSeconds(0, 10));

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo("[0, 10)");
    assertThat(one.hashCode()).isNotEqualTo(other.hashCode()).isNotZero();
    assertThat(IntervalSet.of(TimeWindow.ofEpochSeconds(0, 10)).union(IntervalSet.of(TimeWindow.ofEpochSeconds(10,
        20)))).isEqualTo(IntervalSet.of(TimeWindow.ofEpochSeconds(0, 20)));
  }

  @Test
  void coverageProfiles_areEqualByWhatTheyCount() {
    CoverageProfile one = CoverageProfile.builder().add(0, 0, 10).add(1, 5, 15).build();
    CoverageProfile same = CoverageProfile.builder().add(1, 5, 15).add(0, 0, 10).build();
    CoverageProfile other = CoverageProfile.builder().add(0, 0, 10).add(1, 6, 15).build();

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo("profile");
    assertThat(one.hashCode()).isNotEqualTo(other.hashCode()).isNotZero();
    assertThat(one.toString()).isNotEmpty();
  }

  @Test
  void memberCount_takesUpToOneMoreThanTheLargestMember() {
    assertThat(CoverageProfile.builder().memberCount(CoverageProfile.MAX_MEMBER + 1).add(0, 0, 1).build()
        .memberCount()).isEqualTo(CoverageProfile.MAX_MEMBER + 1);
    assertThatThrownBy(() -> CoverageProfile.builder().memberCount(CoverageProfile.MAX_MEMBER + 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("member count must be from 0 to " + (CoverageProfile.MAX_MEMBER + 1) + ", but was "
            + (CoverageProfile.MAX_MEMBER + 2));
    assertThat(CoverageProfile.builder().memberCount(0).build().memberCount()).isZero();
  }

  @Test
  void weeklySchedules_areEqualByTheirWindows_andKnowWhenEmpty() {
    WeeklyWindow monday = WeeklyWindow.of(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(18, 0));
    WeeklyWindow saturday = WeeklyWindow.of(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(8, 0));
    WeeklySchedule both = WeeklySchedule.of(monday, saturday);

    assertThat(both).isEqualTo(WeeklySchedule.of(List.of(saturday, monday)))
        .hasSameHashCodeAs(WeeklySchedule.of(List.of(saturday, monday)))
        .isNotEqualTo(WeeklySchedule.of(monday)).isNotEqualTo("Mon 08:00-18:00");
    assertThat(both.hashCode()).isNotEqualTo(WeeklySchedule.of(monday).hashCode());
    assertThat(both.isEmpty()).isFalse();
    assertThat(WeeklySchedule.empty().isEmpty()).isTrue();
    assertThat(WeeklySchedule.empty().hashCode()).isNotEqualTo(both.hashCode());
  }

  @Test
  void weeklyWindow_parse_refusesTextNotOfItsForm_quotingIt() {
    assertThatThrownBy(() -> WeeklyWindow.parse("Monday morning"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a weekly window is written like \"Mon 08:00-18:00\" or \"Sat 22:00-08:00\", but got"
            + " \"Monday morning\"");
  }
}

package io.github.accountgovernance.core.time;

import static io.github.accountgovernance.core.time.TestWindows.MONDAY;
import static io.github.accountgovernance.core.time.TestWindows.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

final class IntervalSetTest {

  @Test
  void empty_holdsNothing() {
    IntervalSet empty = IntervalSet.empty();

    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.size()).isZero();
    assertThat(empty.totalDuration()).isEqualTo(Duration.ZERO);
    assertThat(empty.windows()).isEmpty();
    assertThat(empty.contains(MONDAY)).isFalse();
    assertThat(empty).isEqualTo(IntervalSet.of()).hasToString("{}");
  }

  @Test
  void of_mergesOverlappingAndTouchingWindows() {
    IntervalSet set = IntervalSet.of(hours(16, 26), hours(8, 18), hours(26, 30), hours(40, 41));

    assertThat(set.windows()).containsExactly(hours(8, 30), hours(40, 41));
    assertThat(set.totalDuration()).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void contains_isHalfOpen() {
    IntervalSet set = IntervalSet.of(hours(8, 18));

    assertThat(set.contains(hours(8, 18).start())).isTrue();
    assertThat(set.contains(hours(8, 18).end().minusSeconds(1))).isTrue();
    assertThat(set.contains(hours(8, 18).end())).isFalse();
  }

  @Test
  void enclosesAndOverlaps_lookAcrossMergedWindows() {
    IntervalSet set = IntervalSet.of(hours(8, 12), hours(12, 18), hours(20, 22));

    assertThat(set.encloses(hours(10, 16))).isTrue();
    assertThat(set.encloses(hours(17, 21))).isFalse();
    assertThat(set.overlaps(hours(18, 20))).isFalse();
    assertThat(set.overlaps(hours(18, 21))).isTrue();
  }

  @Test
  void gapsLongerThan_reportsOnlyGapsOverTheThreshold() {
    IntervalSet rota = IntervalSet.of(hours(0, 8), hours(20, 30), hours(60, 70));
    TimeWindow horizon = hours(0, 96);

    assertThat(rota.gapsLongerThan(Duration.ofHours(24), horizon).windows())
        .containsExactly(hours(30, 60), hours(70, 96));
    assertThat(rota.gapsLongerThan(Duration.ofHours(26), horizon).windows()).containsExactly(hours(30, 60));
    assertThat(rota.longestGap(horizon)).isEqualTo(Duration.ofHours(30));
    assertThat(IntervalSet.of(horizon).longestGap(horizon)).isEqualTo(Duration.ZERO);
  }

  @Test
  void clip_cutsWindowsAtTheEdges() {
    IntervalSet set = IntervalSet.of(hours(0, 10), hours(12, 14), hours(20, 30));

    assertThat(set.clip(hours(5, 25)).windows()).containsExactly(hours(5, 10), hours(12, 14), hours(20, 25));
    assertThat(set.clip(hours(10, 12))).isEqualTo(IntervalSet.empty());
  }

  @Test
  void toString_listsWindowsInUtc() {
    assertThat(IntervalSet.of(hours(8, 18), hours(20, 21)))
        .hasToString(
            "{[2021-03-01T08:00:00Z, 2021-03-01T18:00:00Z), [2021-03-01T20:00:00Z, 2021-03-01T21:00:00Z)}");
  }

  @Test
  void windows_isUnmodifiable() {
    List<TimeWindow> windows = IntervalSet.of(hours(8, 18)).windows();

    assertThatThrownBy(() -> windows.add(hours(20, 21))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builder_rejectsWindowsThatDoNotEndAfterTheyStart() {
    assertThatThrownBy(() -> IntervalSet.builder().add(10, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[10, 10)");
    assertThatThrownBy(() -> IntervalSet.builder().add(10, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[10, 5)");
  }

  @Test
  void builder_rejectsSecondsBeyondInstant() {
    assertThatThrownBy(() -> IntervalSet.builder().add(Long.MIN_VALUE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(Long.MIN_VALUE));
  }

  @Test
  void factories_nameTheNullParameter() {
    assertThatThrownBy(() -> IntervalSet.of((List<TimeWindow>) null)).hasMessage("windows");
    assertThatThrownBy(() -> IntervalSet.of(hours(1, 2), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> IntervalSet.builder().add(null)).hasMessage("window");
    assertThatThrownBy(() -> IntervalSet.empty().union(null)).hasMessage("other");
    assertThatThrownBy(() -> IntervalSet.empty().complement(null)).hasMessage("within");
    assertThatThrownBy(() -> IntervalSet.empty().gapsLongerThan(null, hours(1, 2))).hasMessage("threshold");
  }

  @Test
  void gapsLongerThan_rejectsNegativeThreshold() {
    assertThatThrownBy(() -> IntervalSet.empty().gapsLongerThan(Duration.ofSeconds(-1), hours(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-1S");
  }

  @Test
  void window_rejectsIndexOutOfRange() {
    assertThatThrownBy(() -> IntervalSet.of(hours(1, 2)).window(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}

package io.github.accountgovernance.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class WeeklyWindowTest {

  private static WeeklyWindow window(DayOfWeek day, String from, String to) {
    return WeeklyWindow.of(day, LocalTime.parse(from), LocalTime.parse(to));
  }

  @Test
  void compareTo_ordersByDayThenFromThenTo_asDeclaredHoursAreListed() {
    List<WeeklyWindow> sorted =
        List.of(
            window(DayOfWeek.MONDAY, "07:00", "09:00"),
            window(DayOfWeek.MONDAY, "07:00", "22:00"),
            window(DayOfWeek.MONDAY, "08:00", "08:30"),
            window(DayOfWeek.TUESDAY, "00:00", "01:00"),
            window(DayOfWeek.SUNDAY, "22:00", "08:00"));
    List<WeeklyWindow> shuffled = new ArrayList<>(sorted);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);

    assertThat(shuffled).containsExactlyElementsOf(sorted);
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = 0; j < sorted.size(); j++) {
        assertThat(Integer.signum(sorted.get(i).compareTo(sorted.get(j)))).isEqualTo(Integer.compare(i, j));
      }
    }
  }

  @Test
  void equalWindows_areEqualWithEqualHashes_andDifferInEachPart() {
    WeeklyWindow window = window(DayOfWeek.SATURDAY, "22:00", "08:00");

    assertThat(window).isEqualTo(window(DayOfWeek.SATURDAY, "22:00", "08:00"))
        .hasSameHashCodeAs(window(DayOfWeek.SATURDAY, "22:00", "08:00"))
        .isNotEqualTo(window(DayOfWeek.SUNDAY, "22:00", "08:00"))
        .isNotEqualTo(window(DayOfWeek.SATURDAY, "21:00", "08:00"))
        .isNotEqualTo(window(DayOfWeek.SATURDAY, "22:00", "09:00"))
        .isNotEqualTo("Sat 22:00-08:00");
    assertThat(window).hasToString("Sat 22:00-08:00");
    assertThat(window.endsNextDay()).isTrue();
    assertThat(window(DayOfWeek.SATURDAY, "08:00", "08:00").endsNextDay()).isTrue();
    assertThat(window(DayOfWeek.SATURDAY, "08:00", "08:01").endsNextDay()).isFalse();
  }
}

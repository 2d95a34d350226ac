package io.github.accountgovernance.rules.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MON-6's overloads: the windows a person is on duty for more accounts than allowed, and the peak in each. */
final class MonitorOverloadTest {

  private static IntervalSet cover(long... startsAndEnds) {
    List<TimeWindow> windows = new ArrayList<>();
    for (int i = 0; i < startsAndEnds.length; i += 2) {
      windows.add(TimeWindow.ofEpochSeconds(startsAndEnds[i], startsAndEnds[i + 1]));
    }
    return IntervalSet.of(windows);
  }

  private static List<MonitorOverload> overloads(int max, IntervalSet... covers) {
    List<String> accounts = new ArrayList<>();
    for (int i = 0; i < covers.length; i++) {
      accounts.add("account-" + (char) ('a' + i));
    }
    return new MonitoringCoverage.ContributorLoad("c1", accounts, List.of(covers)).overload(max);
  }

  @Test
  void thePeak_isTheHighestLevelReached_evenSeveralAboveTheLimit() {
    // Seven accounts at once against a limit of four: the peak is 7, not the first level above the limit.
    IntervalSet all = cover(0, 100);

    List<MonitorOverload> found = overloads(4, all, all, all, all, all, all, all);

    assertThat(found).singleElement().satisfies(overload -> {
      assertThat(overload.peak()).isEqualTo(7);
      assertThat(overload.window()).isEqualTo(TimeWindow.ofEpochSeconds(0, 100));
      assertThat(overload.accounts()).hasSize(7);
    });
  }

  @Test
  void eachWindowOfOverload_hasItsOwnPeak_evenWhenALevelStartsWhereItsWindowStarts() {
    // [0, 10): five accounts; [50, 60): six, of which the sixth starts exactly where the window starts.
    IntervalSet both = cover(0, 10, 50, 60);
    IntervalSet second = cover(50, 60);

    List<MonitorOverload> found = overloads(4, both, both, both, both, both, second);

    assertThat(found).extracting(MonitorOverload::window, MonitorOverload::peak)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TimeWindow.ofEpochSeconds(0, 10), 5),
            org.assertj.core.groups.Tuple.tuple(TimeWindow.ofEpochSeconds(50, 60), 6));
    assertThat(found.get(0).accounts()).doesNotContain("account-f");
    assertThat(found.get(1).accounts()).contains("account-f");
  }

  @Test
  void atTheLimit_thereIsNoOverload() {
    IntervalSet all = cover(0, 100);

    assertThat(overloads(4, all, all, all, all)).isEmpty();
    assertThat(overloads(3, all, all, all, all)).singleElement().extracting(MonitorOverload::peak).isEqualTo(4);
  }

  @Test
  void compareTo_ordersByContributorThenWindow_asReportsListThem() {
    MonitorOverload early = new MonitorOverload("c1", TimeWindow.ofEpochSeconds(0, 10), List.of("a"), 5);
    MonitorOverload earlyLonger = new MonitorOverload("c1", TimeWindow.ofEpochSeconds(0, 20), List.of("a"), 5);
    MonitorOverload other = new MonitorOverload("c2", TimeWindow.ofEpochSeconds(0, 5), List.of("a"), 5);
    List<MonitorOverload> sorted = new ArrayList<>(List.of(other, earlyLonger, early));
    Collections.sort(sorted);

    assertThat(sorted).containsExactly(early, earlyLonger, other);
    assertThat(early.compareTo(earlyLonger)).isNegative();
    assertThat(other.compareTo(early)).isPositive();
    assertThat(early.compareTo(new MonitorOverload("c1", TimeWindow.ofEpochSeconds(0, 10), List.of("b"), 6)))
        .isZero();
    assertThat(early).isEqualTo(new MonitorOverload("c1", TimeWindow.ofEpochSeconds(0, 10), List.of("a"), 5))
        .isNotEqualTo(new MonitorOverload("c1", TimeWindow.ofEpochSeconds(0, 10), List.of("a"), 6))
        .isNotEqualTo(earlyLonger).isNotEqualTo(other);
    assertThat(early.describe(ZoneOffset.UTC)).isEqualTo("Thu 1 Jan 1970 00:00 – 00:00 UTC, 10 s: 5 accounts at once (a)");
  }
}

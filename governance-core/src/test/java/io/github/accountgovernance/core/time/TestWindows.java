package io.github.accountgovernance.core.time;

import java.time.Duration;
import java.time.Instant;

/** Short ways to write the windows that example tests use. */
final class TestWindows {

  /** Monday 1 March 2021, midnight UTC (and GMT). */
  static final Instant MONDAY = Instant.parse("2021-03-01T00:00:00Z");

  private TestWindows() {}

  /** The window from {@code fromHour} to {@code toHour} hours after {@link #MONDAY}. */
  static TimeWindow hours(int fromHour, int toHour) {
    return TimeWindow.of(MONDAY.plus(Duration.ofHours(fromHour)), MONDAY.plus(Duration.ofHours(toHour)));
  }

  /** The window between two ISO-8601 instants. */
  static TimeWindow utc(String start, String end) {
    return TimeWindow.of(Instant.parse(start), Instant.parse(end));
  }
}

package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When a rota slot stops: a shift at its end, a weekly pattern when the last occurrence that starts before its
 * end date ends (a night starting the day before {@code validUntil} runs into it), as the monitoring coverage
 * lays patterns out. Used to tell a leaver's slots still to come from history.
 */
final class RotaSlots {

  private RotaSlots() {}

  /**
   * Whether the slot still has the contributor on duty after the instant: true for an open-ended weekly pattern,
   * false for one whose dates hold no occurrence of its window.
   */
  static boolean endsAfter(RotaAssignment slot, Instant instant, ZoneId zone) {
    if (slot.shiftWindow().isPresent()) {
      return slot.shiftWindow().get().end().isAfter(instant);
    }
    return lastOccurrenceEnd(slot, zone).map(end -> end.isAfter(instant)).orElse(slot.validUntil().isEmpty());
  }

  /**
   * The times the slot has its contributor on duty within the window, as the monitoring coverage lays them out: a
   * shift clipped, a weekly pattern's occurrences that start on a local date from {@code validFrom} up to, not
   * including, {@code validUntil}, each whole, then clipped. For telling which uncovered windows a leaver's slots,
   * which the coverage ignores, would have covered.
   */
  static IntervalSet within(RotaAssignment slot, TimeWindow window, ZoneId zone) {
    IntervalSet.Builder times = IntervalSet.builder();
    if (slot.shiftWindow().isPresent()) {
      addClipped(times, slot.shiftWindow().get().startSecond(), slot.shiftWindow().get().endSecond(), window);
      return times.build();
    }
    WeeklyWindow weekly = slot.weeklyWindow().orElseThrow();
    LocalDate from = slot.validFrom().orElseThrow();
    Optional<LocalDate> until = slot.validUntil();
    // An occurrence lasts at most a day and a gap, so one begun the local day before can reach in.
    LocalDate first = window.start().atZone(zone).toLocalDate().minusDays(1);
    LocalDate last = window.end().minusSeconds(1).atZone(zone).toLocalDate();
    for (LocalDate date = first.with(TemporalAdjusters.nextOrSame(weekly.day()));
        !date.isAfter(last);
        date = date.plusWeeks(1)) {
      if (date.isBefore(from) || (until.isPresent() && !date.isBefore(until.get()))) {
        continue;
      }
      long start = ZonedDateTime.of(date, weekly.from(), zone).toEpochSecond();
      long end = ZonedDateTime.of(weekly.endsNextDay() ? date.plusDays(1) : date, weekly.to(), zone).toEpochSecond();
      addClipped(times, start, end, window);
    }
    return times.build();
  }

  private static void addClipped(IntervalSet.Builder times, long start, long end, TimeWindow window) {
    long from = Math.max(start, window.startSecond());
    long to = Math.min(end, window.endSecond());
    if (from < to) {
      times.add(from, to);
    }
  }

  /** The end of a bounded weekly pattern's last occurrence; empty when it is open-ended or never occurs. */
  private static Optional<Instant> lastOccurrenceEnd(RotaAssignment slot, ZoneId zone) {
    if (slot.validUntil().isEmpty()) {
      return Optional.empty();
    }
    WeeklyWindow window = slot.weeklyWindow().orElseThrow();
    LocalDate last =
        slot.validUntil().get().minusDays(1).with(TemporalAdjusters.previousOrSame(window.day()));
    if (last.isBefore(slot.validFrom().orElseThrow())) {
      return Optional.empty();
    }
    LocalDate endDate = window.endsNextDay() ? last.plusDays(1) : last;
    return Optional.of(ZonedDateTime.of(endDate, window.to(), zone).toInstant());
  }
}

package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.RotaAssignment;
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

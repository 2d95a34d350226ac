package io.github.accountgovernance.core.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Calendar days in a force's zone, as windows on the time line: "monitored every day" is a question about these.
 *
 * <p>A day runs from the start of that date to the start of the next, as {@link LocalDate#atStartOfDay(ZoneId)}
 * gives them, so it lasts 23 or 25 hours across a daylight-saving change (28 March and 31 October 2021 in
 * Europe/London), and starts at the first valid time where midnight falls in a gap.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * ZoneId london = ZoneId.of("Europe/London");
 * CalendarDays.of(london, LocalDate.of(2021, 3, 28)).duration();  // PT23H
 * CalendarDays.in(london, horizon);                               // each day meeting the horizon, clipped to it
 * }</pre>
 */
public final class CalendarDays {

  private CalendarDays() {}

  /**
   * Returns the window of one calendar day in the zone.
   *
   * @param zone the zone
   * @param date the date
   * @return the day, from its start to the start of the next day
   * @throws NullPointerException if an argument is null
   */
  public static TimeWindow of(ZoneId zone, LocalDate date) {
    requireNonNull(zone, "zone");
    requireNonNull(date, "date");
    return TimeWindow.ofEpochSeconds(
        date.atStartOfDay(zone).toEpochSecond(), date.plusDays(1).atStartOfDay(zone).toEpochSecond());
  }

  /**
   * Returns the calendar days in the zone that overlap the window, in order, the first and last clipped to it.
   *
   * @param zone the zone
   * @param within the window
   * @return the days, never empty
   * @throws NullPointerException if an argument is null
   */
  public static List<TimeWindow> in(ZoneId zone, TimeWindow within) {
    requireNonNull(zone, "zone");
    requireNonNull(within, "within");
    LocalDate first = within.start().atZone(zone).toLocalDate();
    LocalDate last = within.end().minusSeconds(1).atZone(zone).toLocalDate();
    List<TimeWindow> days = new ArrayList<>();
    long dayStart = first.atStartOfDay(zone).toEpochSecond();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      long nextStart = date.plusDays(1).atStartOfDay(zone).toEpochSecond();
      days.add(
          TimeWindow.ofEpochSeconds(
              Math.max(dayStart, within.startSecond()), Math.min(nextStart, within.endSecond())));
      dayStart = nextStart;
    }
    return List.copyOf(days);
  }

  /**
   * Returns the windows of {@link #in(ZoneId, TimeWindow) the days} in which {@code covered} holds no second:
   * the days on which an account was not monitored at all.
   *
   * @param zone the zone
   * @param within the window to look in
   * @param covered the seconds that count as monitored
   * @return the days, clipped to {@code within}, that {@code covered} does not overlap
   * @throws NullPointerException if an argument is null
   */
  public static List<TimeWindow> notCovered(ZoneId zone, TimeWindow within, IntervalSet covered) {
    requireNonNull(covered, "covered");
    List<TimeWindow> days = new ArrayList<>();
    for (TimeWindow day : in(zone, within)) {
      if (!covered.overlaps(day)) {
        days.add(day);
      }
    }
    return List.copyOf(days);
  }
}

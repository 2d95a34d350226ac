package io.github.accountgovernance.core.time;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A set of {@link WeeklyWindow}s: an account's declared monitored hours, or a weekly rota pattern, which
 * {@link #expand(ZoneId, TimeWindow) expands} onto the time line in a force's zone.
 *
 * <p>Local times are resolved as {@link ZonedDateTime#of(LocalDate, LocalTime, ZoneId)} does. A time that falls
 * in a spring-forward gap moves later by the length of the gap ({@code 01:30} on 28 March 2021 in Europe/London
 * becomes {@code 02:30} BST); a time that falls in an autumn overlap takes the earlier offset ({@code 01:30} on
 * 31 October 2021 in Europe/London is {@code 01:30} BST, not GMT). So windows keep their wall-clock times: the
 * whole-day window {@code Sun 00:00-00:00} lasts 23 hours on 28 March 2021 and 25 hours on 31 October 2021. An
 * occurrence that the gap squeezes to nothing (for example {@code Sun 01:59-02:00} on 28 March 2021) is left out.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * WeeklySchedule officeHours = WeeklySchedule.of(List.of(
 *     WeeklyWindow.parse("Mon 08:00-18:00"), WeeklyWindow.parse("Sat 22:00-08:00")));
 * IntervalSet next28Days = officeHours.expand(ZoneId.of("Europe/London"),
 *     TimeWindow.of(Instant.parse("2021-03-01T00:00:00Z"), Duration.ofDays(28)));
 * }</pre>
 */
public final class WeeklySchedule {

  private static final WeeklySchedule EMPTY = new WeeklySchedule(List.of());
  private static final WeeklySchedule ALL_WEEK;

  static {
    List<WeeklyWindow> days = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      days.add(WeeklyWindow.of(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    }
    ALL_WEEK = new WeeklySchedule(List.copyOf(days));
  }

  private final List<WeeklyWindow> windows;
  private final Map<DayOfWeek, List<WeeklyWindow>> byDay;

  private WeeklySchedule(List<WeeklyWindow> sortedWindows) {
    this.windows = sortedWindows;
    Map<DayOfWeek, List<WeeklyWindow>> grouped = new EnumMap<>(DayOfWeek.class);
    for (WeeklyWindow window : sortedWindows) {
      grouped.computeIfAbsent(window.day(), day -> new ArrayList<>()).add(window);
    }
    this.byDay = grouped;
  }

  /**
   * Returns the schedule of the given windows; duplicates count once.
   *
   * @param windows the weekly windows, in any order
   * @return the schedule
   * @throws NullPointerException if {@code windows} or one of its elements is null
   */
  public static WeeklySchedule of(Collection<WeeklyWindow> windows) {
    requireNonNull(windows, "windows");
    TreeSet<WeeklyWindow> sorted = new TreeSet<>();
    for (WeeklyWindow window : windows) {
      sorted.add(requireNonNull(window, "windows contains null"));
    }
    return sorted.isEmpty() ? EMPTY : new WeeklySchedule(List.copyOf(sorted));
  }

  /**
   * Returns the schedule of the given windows; duplicates count once.
   *
   * @param windows the weekly windows, in any order
   * @return the schedule
   * @throws NullPointerException if {@code windows} or one of its elements is null
   */
  public static WeeklySchedule of(WeeklyWindow... windows) {
    requireNonNull(windows, "windows");
    return of(Arrays.asList(windows));
  }

  /**
   * Returns the schedule with no windows.
   *
   * @return the empty schedule
   */
  public static WeeklySchedule empty() {
    return EMPTY;
  }

  /**
   * Returns the schedule of every whole day, {@code Mon 00:00-00:00} to {@code Sun 00:00-00:00}: 24/7.
   *
   * @return the all-week schedule
   */
  public static WeeklySchedule allWeek() {
    return ALL_WEEK;
  }

  /**
   * Returns the windows, sorted by day, start and end.
   *
   * @return an unmodifiable sorted list without duplicates
   */
  public List<WeeklyWindow> windows() {
    return windows;
  }

  /**
   * Tells whether the schedule has no windows.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return windows.isEmpty();
  }

  /**
   * Lays the schedule onto the time line: every occurrence of every window whose local dates meet the horizon,
   * resolved in {@code zone} as the class comment describes, merged, and clipped to the horizon. An overnight
   * occurrence that began before the horizon contributes its part inside it.
   *
   * @param zone the zone whose wall clock the windows are written in
   * @param horizon the stretch of time to expand over
   * @return the seconds the schedule covers within the horizon
   * @throws NullPointerException if an argument is null
   */
  public IntervalSet expand(ZoneId zone, TimeWindow horizon) {
    requireNonNull(zone, "zone");
    requireNonNull(horizon, "horizon");
    if (windows.isEmpty()) {
      return IntervalSet.empty();
    }
    // An occurrence lasts at most a day and a gap's length, so one that began the local day before can reach in.
    LocalDate first = horizon.start().atZone(zone).toLocalDate().minusDays(1);
    LocalDate last = horizon.end().minusSeconds(1).atZone(zone).toLocalDate();
    IntervalSet.Builder builder = IntervalSet.builder();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      for (WeeklyWindow window : byDay.getOrDefault(date.getDayOfWeek(), Collections.emptyList())) {
        long start = ZonedDateTime.of(date, window.from(), zone).toEpochSecond();
        LocalDate endDate = window.endsNextDay() ? date.plusDays(1) : date;
        long end = ZonedDateTime.of(endDate, window.to(), zone).toEpochSecond();
        long clippedStart = Math.max(start, horizon.startSecond());
        long clippedEnd = Math.min(end, horizon.endSecond());
        if (clippedStart < clippedEnd) {
          builder.add(clippedStart, clippedEnd);
        }
      }
    }
    return builder.build();
  }

  /**
   * Tells whether the other object is a schedule with the same windows.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof WeeklySchedule && ((WeeklySchedule) other).windows.equals(windows);
  }

  @Override
  public int hashCode() {
    return windows.hashCode();
  }

  /** Returns the windows separated by commas, for example {@code "Mon 08:00-18:00, Sat 22:00-08:00"}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (WeeklyWindow window : windows) {
      text.append(text.length() == 0 ? "" : ", ").append(window);
    }
    return text.toString();
  }
}

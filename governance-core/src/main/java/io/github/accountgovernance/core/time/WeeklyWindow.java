package io.github.accountgovernance.core.time;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A window of local wall-clock time that recurs every week, such as {@code Mon 08:00-18:00}: declared monitored
 * hours and weekly rota patterns are made of these.
 *
 * <p>The window starts on {@link #day()} at {@link #from()}. It ends at {@link #to()} on the same day when
 * {@code to} is after {@code from}, otherwise on the next day: {@code Sat 22:00-08:00} runs overnight into
 * Sunday, and {@code Mon 00:00-00:00} is the whole of Monday. Local times are resolved in the force's zone when
 * the window is expanded onto the time line, so the window keeps its wall-clock times across daylight-saving
 * changes (a {@code 00:00-00:00} window lasts 23 hours on the last Sunday of March in Europe/London).
 *
 * <p>Immutable and thread-safe.
 */
public final class WeeklyWindow implements Comparable<WeeklyWindow> {

  private final DayOfWeek day;
  private final LocalTime from;
  private final LocalTime to;

  private WeeklyWindow(DayOfWeek day, LocalTime from, LocalTime to) {
    this.day = day;
    this.from = from;
    this.to = to;
  }

  /**
   * Returns the window starting on {@code day} at {@code from} and ending at {@code to}, on the next day when
   * {@code to} is not after {@code from}.
   *
   * @param day the day the window starts on
   * @param from the local start time, to the minute
   * @param to the local end time, to the minute (exclusive)
   * @return the window
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a time has seconds
   */
  public static WeeklyWindow of(DayOfWeek day, LocalTime from, LocalTime to) {
    requireNonNull(day, "day");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!from.truncatedTo(ChronoUnit.MINUTES).equals(from) || !to.truncatedTo(ChronoUnit.MINUTES).equals(to)) {
      throw new IllegalArgumentException(
          "weekly window times are whole minutes, but got " + from + "-" + to);
    }
    return new WeeklyWindow(day, from, to);
  }

  /**
   * Parses the form written by {@link #toString()}: a three-letter English day, then {@code HH:mm-HH:mm}, for
   * example {@code "Sat 22:00-08:00"}. Day names are case-insensitive.
   *
   * @param text the text
   * @return the window
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not of that form; the message quotes it
   */
  public static WeeklyWindow parse(String text) {
    requireNonNull(text, "text");
    String trimmed = text.trim();
    String[] dayAndTimes = trimmed.split("\\s+");
    if (dayAndTimes.length != 2) {
      throw badWindow(text);
    }
    DayOfWeek day = parseDay(dayAndTimes[0]);
    if (day == null) {
      throw badWindow(text);
    }
    String[] times = dayAndTimes[1].split("-");
    if (times.length != 2) {
      throw badWindow(text);
    }
    try {
      return of(day, LocalTime.parse(times[0]), LocalTime.parse(times[1]));
    } catch (DateTimeParseException e) {
      throw badWindow(text);
    }
  }

  private static DayOfWeek parseDay(String word) {
    for (DayOfWeek candidate : DayOfWeek.values()) {
      String shortName = candidate.getDisplayName(TextStyle.SHORT, Locale.UK);
      String fullName = candidate.getDisplayName(TextStyle.FULL, Locale.UK);
      if (word.equalsIgnoreCase(shortName) || word.equalsIgnoreCase(fullName)) {
        return candidate;
      }
    }
    return null;
  }

  private static IllegalArgumentException badWindow(String text) {
    return new IllegalArgumentException(
        "a weekly window is written like \"Mon 08:00-18:00\" or \"Sat 22:00-08:00\", but got \"" + text + "\"");
  }

  /**
   * Returns the day the window starts on.
   *
   * @return the day of the week
   */
  public DayOfWeek day() {
    return day;
  }

  /**
   * Returns the local start time.
   *
   * @return the start time
   */
  public LocalTime from() {
    return from;
  }

  /**
   * Returns the local end time, exclusive.
   *
   * @return the end time
   */
  public LocalTime to() {
    return to;
  }

  /**
   * Tells whether the window ends on the day after it starts.
   *
   * @return true if {@code to} is not after {@code from}
   */
  public boolean endsNextDay() {
    return !to.isAfter(from);
  }

  @Override
  public int compareTo(WeeklyWindow other) {
    int byDay = day.compareTo(other.day);
    if (byDay != 0) {
      return byDay;
    }
    int byFrom = from.compareTo(other.from);
    return byFrom != 0 ? byFrom : to.compareTo(other.to);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WeeklyWindow
        && ((WeeklyWindow) other).day == day
        && ((WeeklyWindow) other).from.equals(from)
        && ((WeeklyWindow) other).to.equals(to);
  }

  @Override
  public int hashCode() {
    return (day.hashCode() * 31 + from.hashCode()) * 31 + to.hashCode();
  }

  /** Returns the window as {@link #parse(String)} reads it, for example {@code "Sat 22:00-08:00"}. */
  @Override
  public String toString() {
    return day.getDisplayName(TextStyle.SHORT, Locale.UK) + " " + from + "-" + to;
  }
}

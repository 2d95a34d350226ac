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

  private static final DayOfWeek[] DAYS = DayOfWeek.values();

  /** The days' names as {@link DayOfWeek#getDisplayName} gives them, looked up once rather than per window. */
  private static final String[] SHORT_NAMES = names(TextStyle.SHORT);

  private static final String[] FULL_NAMES = names(TextStyle.FULL);

  private final DayOfWeek day;
  private final LocalTime from;
  private final LocalTime to;

  private WeeklyWindow(DayOfWeek day, LocalTime from, LocalTime to) {
    this.day = day;
    this.from = from;
    this.to = to;
  }

  private static String[] names(TextStyle style) {
    String[] names = new String[DAYS.length];
    for (DayOfWeek day : DAYS) {
      names[day.ordinal()] = day.getDisplayName(style, Locale.UK);
    }
    return names;
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
    WeeklyWindow window = parseCommonShape(text);
    return window != null ? window : parseWithJdk(text);
  }

  /**
   * The window when the text is exactly a day's name, one space and {@code HH:mm-HH:mm} in range, otherwise null:
   * the shape files hold, read digit by digit. What it returns is what {@link #parseWithJdk} returns for the text.
   */
  static WeeklyWindow parseCommonShape(String text) {
    int times = text.length() - "HH:mm-HH:mm".length();
    if (times < 4 || text.charAt(times - 1) != ' ' || text.charAt(times + 2) != ':' || text.charAt(times + 5) != '-'
        || text.charAt(times + 8) != ':') {
      return null;
    }
    DayOfWeek day = dayNamed(text, times - 1);
    int fromHour = twoDigits(text, times);
    int fromMinute = twoDigits(text, times + 3);
    int toHour = twoDigits(text, times + 6);
    int toMinute = twoDigits(text, times + 9);
    if (day == null || fromHour < 0 || fromHour > 23 || fromMinute < 0 || fromMinute > 59 || toHour < 0
        || toHour > 23 || toMinute < 0 || toMinute > 59) {
      return null;
    }
    return new WeeklyWindow(day, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
  }

  /** The day whose name is the text's first {@code length} characters, compared as {@link #parseDay} does. */
  private static DayOfWeek dayNamed(String text, int length) {
    for (DayOfWeek candidate : DAYS) {
      String shortName = SHORT_NAMES[candidate.ordinal()];
      String fullName = FULL_NAMES[candidate.ordinal()];
      // String.equalsIgnoreCase is exactly a length check and regionMatches(true, ...), here without a substring.
      if ((shortName.length() == length && text.regionMatches(true, 0, shortName, 0, length))
          || (fullName.length() == length && text.regionMatches(true, 0, fullName, 0, length))) {
        return candidate;
      }
    }
    return null;
  }

  /** The two ASCII digits at {@code index} as a number, or -1 ({@link LocalTime#parse} reads no other digits). */
  private static int twoDigits(String text, int index) {
    char tens = text.charAt(index);
    char units = text.charAt(index + 1);
    return tens >= '0' && tens <= '9' && units >= '0' && units <= '9' ? (tens - '0') * 10 + (units - '0') : -1;
  }

  /**
   * {@link #parse} by splitting the text and {@link LocalTime#parse}: the reference the common shape must agree
   * with, and the reader of every other text (spaces around, seconds, a full day name, a mistake) and its message.
   */
  static WeeklyWindow parseWithJdk(String text) {
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
    for (DayOfWeek candidate : DAYS) {
      String shortName = SHORT_NAMES[candidate.ordinal()];
      String fullName = FULL_NAMES[candidate.ordinal()];
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
    return SHORT_NAMES[day.ordinal()] + " " + from + "-" + to;
  }
}

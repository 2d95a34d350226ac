package io.github.accountgovernance.core.time;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A half-open interval of time {@code [start, end)} on the time line, to whole seconds.
 *
 * <p>A window is never empty: its end is after its start. Windows are compared by their start, then their end.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * TimeWindow shift = TimeWindow.of(Instant.parse("2021-03-06T22:00:00Z"), Duration.ofHours(10));
 * shift.contains(Instant.parse("2021-03-07T07:59:59Z")); // true
 * shift.contains(shift.end());                           // false: half-open
 * }</pre>
 */
public final class TimeWindow implements Comparable<TimeWindow> {

  // Fixed English abbreviations rather than a locale's: CLDR data changes between JDKs (en-GB September became
  // "Sept"), and report text must be byte-for-byte the same whichever JDK writes it.
  private static final Map<Long, String> DAY_NAMES =
      Map.of(1L, "Mon", 2L, "Tue", 3L, "Wed", 4L, "Thu", 5L, "Fri", 6L, "Sat", 7L, "Sun");
  private static final Map<Long, String> MONTH_NAMES =
      Map.ofEntries(
          Map.entry(1L, "Jan"), Map.entry(2L, "Feb"), Map.entry(3L, "Mar"), Map.entry(4L, "Apr"),
          Map.entry(5L, "May"), Map.entry(6L, "Jun"), Map.entry(7L, "Jul"), Map.entry(8L, "Aug"),
          Map.entry(9L, "Sep"), Map.entry(10L, "Oct"), Map.entry(11L, "Nov"), Map.entry(12L, "Dec"));
  /** The same names by day of week and month, from 1: {@link #format} looks them up for every window. */
  private static final String[] DAY_TEXT = byNumber(DAY_NAMES, 7);
  private static final String[] MONTH_TEXT = byNumber(MONTH_NAMES, 12);
  private static final DateTimeFormatter DAY_AND_TIME = dayFormatter(true);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter DAY_NO_YEAR = dayFormatter(false);
  // The zone's short name in the root locale: GMT and BST in Europe/London (CET and CEST in Paris); a zone without
  // one, such as a fixed offset, shows its offset. TimeWindowTest pins London's, should a JDK's zone names change.
  private static final DateTimeFormatter ZONE_NAME =
      new DateTimeFormatterBuilder().appendZoneText(TextStyle.SHORT).toFormatter(Locale.ROOT);

  private static final Map<ZoneId, String[]> ZONE_NAMES = new ConcurrentHashMap<>();

  private final long startSecond;
  private final long endSecond;

  private TimeWindow(long startSecond, long endSecond) {
    this.startSecond = startSecond;
    this.endSecond = endSecond;
  }

  /**
   * Returns the window {@code [start, end)}.
   *
   * @param start the first instant inside the window, a whole second
   * @param end the first instant after the window, a whole second
   * @return the window
   * @throws NullPointerException if {@code start} or {@code end} is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}, or either has a fraction of a
   *     second
   */
  public static TimeWindow of(Instant start, Instant end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    requireWholeSecond(start, "start");
    requireWholeSecond(end, "end");
    return ofEpochSeconds(start.getEpochSecond(), end.getEpochSecond());
  }

  /**
   * Returns the window that starts at {@code start} and lasts {@code length}.
   *
   * @param start the first instant inside the window, a whole second
   * @param length how long the window lasts, positive and a whole number of seconds
   * @return the window
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code length} is not positive or either has a fraction of a second
   */
  public static TimeWindow of(Instant start, Duration length) {
    requireNonNull(length, "length");
    return of(start, start.plus(length));
  }

  /**
   * Returns the window {@code [startSecond, endSecond)} in seconds since the epoch.
   *
   * @param startSecond the start, in seconds since 1970-01-01T00:00:00Z
   * @param endSecond the end, in seconds since the epoch
   * @return the window
   * @throws IllegalArgumentException if {@code endSecond <= startSecond}
   */
  public static TimeWindow ofEpochSeconds(long startSecond, long endSecond) {
    if (endSecond <= startSecond) {
      throw new IllegalArgumentException(
          "a time window must end after it starts, but got ["
              + Instant.ofEpochSecond(startSecond)
              + ", "
              + Instant.ofEpochSecond(endSecond)
              + ")");
    }
    return new TimeWindow(startSecond, endSecond);
  }

  private static void requireWholeSecond(Instant instant, String name) {
    if (instant.getNano() != 0) {
      throw new IllegalArgumentException(
          name + " must be a whole second, but was " + instant + " (truncate it with truncatedTo(SECONDS))");
    }
  }

  /**
   * Returns the first instant inside the window.
   *
   * @return the start
   */
  public Instant start() {
    return Instant.ofEpochSecond(startSecond);
  }

  /**
   * Returns the first instant after the window.
   *
   * @return the end, exclusive
   */
  public Instant end() {
    return Instant.ofEpochSecond(endSecond);
  }

  /**
   * Returns the start in seconds since the epoch.
   *
   * @return the start second
   */
  public long startSecond() {
    return startSecond;
  }

  /**
   * Returns the exclusive end in seconds since the epoch.
   *
   * @return the end second
   */
  public long endSecond() {
    return endSecond;
  }

  /**
   * Returns how long the window lasts.
   *
   * @return the positive duration
   */
  public Duration duration() {
    return Duration.ofSeconds(endSecond - startSecond);
  }

  /**
   * Tells whether the instant lies inside the window.
   *
   * @param instant the instant
   * @return true if {@code start <= instant < end}
   */
  public boolean contains(Instant instant) {
    long s = instant.getEpochSecond();
    return s >= startSecond && s < endSecond;
  }

  /**
   * Tells whether the two windows share at least one second.
   *
   * @param other the other window
   * @return true if they overlap
   */
  public boolean overlaps(TimeWindow other) {
    return startSecond < other.endSecond && other.startSecond < endSecond;
  }

  /**
   * Formats the window in local time for people, with the zone's abbreviation, for example
   * {@code Sat 6 Mar 2021 22:00 – Sun 7 Mar 08:00 GMT, 10 h}: the end omits what it shares with the start. A
   * window across a clock change names the zone at each end: {@code Sat 27 Mar 2021 22:00 GMT – Sun 28 Mar 08:00
   * BST, 9 h}, so its hours add up.
   *
   * @param zone the zone to show local times in
   * @return the text
   */
  public String format(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    int fromOffset = offsetSeconds(rules, startSecond);
    int toOffset = offsetSeconds(rules, endSecond);
    long fromLocal = startSecond + fromOffset;
    long toLocal = endSecond + toOffset;
    long fromDay = Math.floorDiv(fromLocal, 86_400L);
    long toDay = Math.floorDiv(toLocal, 86_400L);
    LocalDate fromDate = LocalDate.ofEpochDay(fromDay);
    LocalDate toDate = LocalDate.ofEpochDay(toDay);
    if (!plainYear(fromDate) || !plainYear(toDate)) {
      return formatWithFormatters(zone);
    }
    String fromZone = zoneName(zone, rules, startSecond, fromOffset);
    String toZone = zoneName(zone, rules, endSecond, toOffset);
    StringBuilder text = new StringBuilder(64);
    appendDay(text, fromDate, true);
    appendTime(text, fromLocal);
    if (!fromZone.equals(toZone)) {
      text.append(' ').append(fromZone);
    }
    text.append(" – ");
    if (fromDay != toDay) {
      appendDay(text, toDate, fromDate.getYear() != toDate.getYear());
    }
    appendTime(text, toLocal);
    text.append(' ').append(toZone).append(", ");
    return appendDuration(text, endSecond - startSecond).toString();
  }

  /** {@link #format} with the JDK's formatters: the reference the fast path must equal, and years it does not do. */
  String formatWithFormatters(ZoneId zone) {
    ZonedDateTime from = start().atZone(zone);
    ZonedDateTime to = end().atZone(zone);
    String endText =
        from.toLocalDate().equals(to.toLocalDate())
            ? TIME.format(to)
            : (from.getYear() == to.getYear() ? DAY_NO_YEAR.format(to) : DAY_AND_TIME.format(to));
    String fromZone = zoneName(from);
    String toZone = zoneName(to);
    String startText = DAY_AND_TIME.format(from) + (fromZone.equals(toZone) ? "" : " " + fromZone);
    return startText + " – " + endText + " " + toZone + ", " + formatDuration(duration());
  }

  /**
   * Formats an instant in local time for people, with the zone's abbreviation, for example
   * {@code Mon 1 Mar 2021 00:00 GMT} or {@code Tue 6 Apr 2021 01:00 BST}: the way reports show an as-of instant or
   * when a post was made.
   *
   * @param instant the instant
   * @param zone the zone to show local time in
   * @return the text
   * @throws NullPointerException if an argument is null
   */
  public static String formatInstant(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(requireNonNull(zone, "zone"));
    return DAY_AND_TIME.format(local) + " " + zoneName(local);
  }

  /** "GMT", "BST"; "UTC" for UTC, whose short name is "Z". */
  private static String zoneName(ZonedDateTime time) {
    String name = ZONE_NAME.format(time);
    return name.equals("Z") ? "UTC" : name;
  }

  /**
   * {@link #zoneName(ZonedDateTime)} from a cache: the JDK's zone text depends only on the zone and whether
   * daylight saving is in force, and looking it up costs more than the rest of a window's text.
   */
  private static String zoneName(ZoneId zone, ZoneRules rules, long epochSecond, int offsetSeconds) {
    Instant instant = Instant.ofEpochSecond(epochSecond);
    // ZoneRules.isDaylightSavings, with the offset already found.
    boolean daylight =
        !rules.isFixedOffset() && rules.getStandardOffset(instant).getTotalSeconds() != offsetSeconds;
    String[] names = ZONE_NAMES.computeIfAbsent(zone, z -> new String[2]);
    int slot = daylight ? 1 : 0;
    String name = names[slot];
    if (name == null) {
      name = zoneName(instant.atZone(zone));
      names[slot] = name;
    }
    return name;
  }

  private static int offsetSeconds(ZoneRules rules, long epochSecond) {
    return rules.isFixedOffset()
        ? rules.getOffset(Instant.EPOCH).getTotalSeconds()
        : rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
  }

  /** Years the formatters write as four plain digits. */
  private static boolean plainYear(LocalDate date) {
    return date.getYear() >= 1000 && date.getYear() <= 9999;
  }

  /** "Sat 6 Mar 2021 " or without the year "Sat 6 Mar ", as {@link #dayFormatter} writes it. */
  private static void appendDay(StringBuilder text, LocalDate date, boolean withYear) {
    text.append(DAY_TEXT[date.getDayOfWeek().getValue()]).append(' ')
        .append(date.getDayOfMonth()).append(' ')
        .append(MONTH_TEXT[date.getMonthValue()]).append(' ');
    if (withYear) {
      text.append(date.getYear()).append(' ');
    }
  }

  /** The names of a map from 1 to {@code last} in an array indexed the same way. */
  private static String[] byNumber(Map<Long, String> names, int last) {
    String[] text = new String[last + 1];
    for (int i = 1; i <= last; i++) {
      text[i] = names.get((long) i);
    }
    return text;
  }

  /** "22:00" from local epoch seconds. */
  private static void appendTime(StringBuilder text, long localSecond) {
    int ofDay = (int) Math.floorMod(localSecond, 86_400L);
    int hour = ofDay / 3_600;
    int minute = ofDay / 60 % 60;
    text.append((char) ('0' + hour / 10)).append((char) ('0' + hour % 10)).append(':')
        .append((char) ('0' + minute / 10)).append((char) ('0' + minute % 10));
  }

  /** "Sat 6 Mar 2021 22:00", or without the year "Sat 6 Mar 22:00". */
  private static DateTimeFormatter dayFormatter(boolean withYear) {
    DateTimeFormatterBuilder builder =
        new DateTimeFormatterBuilder()
            .appendText(ChronoField.DAY_OF_WEEK, DAY_NAMES)
            .appendLiteral(' ')
            .appendValue(ChronoField.DAY_OF_MONTH)
            .appendLiteral(' ')
            .appendText(ChronoField.MONTH_OF_YEAR, MONTH_NAMES)
            .appendLiteral(' ');
    if (withYear) {
      builder.appendValue(ChronoField.YEAR, 4, 10, SignStyle.EXCEEDS_PAD).appendLiteral(' ');
    }
    return builder.appendPattern("HH:mm").toFormatter(Locale.ROOT);
  }

  /**
   * Formats a duration for people: {@code 10 h}, {@code 1 h 30 min}, {@code 2 d 4 h}, {@code 45 s}.
   *
   * @param duration a non-negative duration
   * @return the text
   */
  public static String formatDuration(Duration duration) {
    return appendDuration(new StringBuilder(16), duration.getSeconds()).toString();
  }

  /** Appends {@link #formatDuration} of a whole number of seconds to {@code text}, with nothing in between. */
  private static StringBuilder appendDuration(StringBuilder text, long seconds) {
    long days = seconds / 86_400;
    long hours = (seconds % 86_400) / 3_600;
    long minutes = (seconds % 3_600) / 60;
    long rest = seconds % 60;
    int start = text.length();
    if (days > 0) {
      text.append(days).append(" d");
    }
    if (hours > 0) {
      text.append(text.length() > start ? " " : "").append(hours).append(" h");
    }
    if (minutes > 0) {
      text.append(text.length() > start ? " " : "").append(minutes).append(" min");
    }
    if (rest > 0 || text.length() == start) {
      text.append(text.length() > start ? " " : "").append(rest).append(" s");
    }
    return text;
  }

  @Override
  public int compareTo(TimeWindow other) {
    int byStart = Long.compare(startSecond, other.startSecond);
    return byStart != 0 ? byStart : Long.compare(endSecond, other.endSecond);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeWindow
        && ((TimeWindow) other).startSecond == startSecond
        && ((TimeWindow) other).endSecond == endSecond;
  }

  @Override
  public int hashCode() {
    // Mixed, not start * 31 + end: windows of whole hours share their low bits, and hash tables bucket by those.
    long h = startSecond * 0x9E37_79B9_7F4A_7C15L + endSecond;
    h = (h ^ (h >>> 32)) * 0xD6E8_FEB8_6659_FD93L;
    return (int) (h ^ (h >>> 32));
  }

  /** Returns {@code [start, end)} in ISO-8601 UTC. */
  @Override
  public String toString() {
    return "[" + start() + ", " + end() + ")";
  }
}

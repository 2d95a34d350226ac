package io.github.accountgovernance.core.time;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The instants and dates an estate, a pack or a waiver may hold: the years {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR}, in UTC. Within them every rule can place an instant in any force's zone and add any
 * parameter's duration to it; {@code java.time} itself reaches a billion years, where the same arithmetic
 * fails. The model's value types refuse anything outside, so that a value the rules cannot evaluate cannot be
 * made.
 *
 * <pre>{@code
 * SupportedTime.requireDate("closure date", LocalDate.of(2021, 3, 31));   // the date
 * SupportedTime.requireInstant("asOf", Instant.parse("+1000000-01-01T00:00:00Z"));
 * // IllegalArgumentException: asOf must lie between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59Z, but was ...
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SupportedTime {

  /** The first year supported: {@value}. */
  public static final int FIRST_YEAR = 1900;

  /** The last year supported: {@value}. */
  public static final int LAST_YEAR = 2200;

  /** The first date supported, 1 January {@value #FIRST_YEAR}. */
  public static final LocalDate FIRST_DATE = LocalDate.of(FIRST_YEAR, 1, 1);

  /** The last date supported, 31 December {@value #LAST_YEAR}. */
  public static final LocalDate LAST_DATE = LocalDate.of(LAST_YEAR, 12, 31);

  /** The first instant supported, the start of {@link #FIRST_DATE} in UTC. */
  public static final Instant FIRST_INSTANT = FIRST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();

  /** The last instant supported, the last second of {@link #LAST_DATE} in UTC. */
  public static final Instant LAST_INSTANT = LAST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
      .minusSeconds(1);

  private SupportedTime() {}

  /**
   * Tells whether a date is supported.
   *
   * @param date the date
   * @return true if it lies from {@link #FIRST_DATE} to {@link #LAST_DATE}
   * @throws NullPointerException if {@code date} is null
   */
  public static boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
  }

  /**
   * Tells whether an instant is supported.
   *
   * @param instant the instant
   * @return true if it lies from {@link #FIRST_INSTANT} to {@link #LAST_INSTANT}, both included
   * @throws NullPointerException if {@code instant} is null
   */
  public static boolean contains(Instant instant) {
    requireNonNull(instant, "instant");
    return !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
  }

  /**
   * Tells whether a window starts and ends within the supported years (its exclusive end may be the second after
   * {@link #LAST_INSTANT}).
   *
   * @param window the window
   * @return true if {@link #requireWindow} accepts it
   * @throws NullPointerException if {@code window} is null
   */
  public static boolean contains(TimeWindow window) {
    requireNonNull(window, "window");
    return window.startSecond() >= FIRST_INSTANT.getEpochSecond()
        && window.endSecond() <= LAST_INSTANT.getEpochSecond() + 1;
  }

  /**
   * Returns the date if it is supported.
   *
   * @param what the value in words, for the message, such as {@code "closure date"}
   * @param date the date
   * @return the date
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the date is outside the supported years; the message quotes it
   */
  public static LocalDate requireDate(String what, LocalDate date) {
    requireNonNull(what, "what");
    if (!contains(date)) {
      throw new IllegalArgumentException(
          what + " must lie between " + FIRST_DATE + " and " + LAST_DATE + ", but was " + date);
    }
    return date;
  }

  /**
   * Returns the instant if it is supported.
   *
   * @param what the value in words, for the message, such as {@code "asOf"}
   * @param instant the instant
   * @return the instant
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the instant is outside the supported years; the message quotes it
   */
  public static Instant requireInstant(String what, Instant instant) {
    requireNonNull(what, "what");
    if (!contains(instant)) {
      throw new IllegalArgumentException(
          what + " must lie between " + FIRST_INSTANT + " and " + LAST_INSTANT + ", but was " + instant);
    }
    return instant;
  }

  /**
   * Returns the window if it starts and ends within the supported years (its exclusive end may be the second
   * after {@link #LAST_INSTANT}).
   *
   * @param what the value in words, for the message, such as {@code "absence window"}
   * @param window the window
   * @return the window
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the window reaches outside the supported years; the message quotes it
   */
  public static TimeWindow requireWindow(String what, TimeWindow window) {
    requireNonNull(what, "what");
    if (!contains(window)) {
      throw new IllegalArgumentException(
          what + " must lie between " + FIRST_INSTANT + " and " + LAST_INSTANT + ", but was " + window);
    }
    return window;
  }
}

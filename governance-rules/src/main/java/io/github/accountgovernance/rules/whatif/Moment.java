package io.github.accountgovernance.rules.whatif;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A point in time as a scenario gives it: a whole local date (the start of that day in the force's zone, which
 * is how leave is booked) or an exact instant. Dates are resolved only when the scenario is applied to an estate,
 * in that estate's zone, so one scenario file serves any force.
 *
 * <pre>{@code
 * Moment.date(LocalDate.of(2021, 3, 8)).resolve(ZoneId.of("Europe/London"));  // 2021-03-08T00:00:00Z
 * Moment.parse("2021-03-08T09:00:00Z");                                         // an instant
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Moment {

  private final LocalDate date;
  private final Instant instant;

  private Moment(LocalDate date, Instant instant) {
    this.date = date;
    this.instant = instant;
  }

  /**
   * Returns the start of a local date.
   *
   * @param date the date
   * @return the moment
   * @throws NullPointerException if {@code date} is null
   */
  public static Moment date(LocalDate date) {
    return new Moment(requireNonNull(date, "date"), null);
  }

  /**
   * Returns an exact instant.
   *
   * @param instant the instant
   * @return the moment
   * @throws NullPointerException if {@code instant} is null
   */
  public static Moment instant(Instant instant) {
    return new Moment(null, requireNonNull(instant, "instant"));
  }

  /**
   * Reads a date ({@code 2021-03-08}) or an instant ({@code 2021-03-08T09:00:00Z}).
   *
   * @param text the text
   * @return the moment
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is neither; the message quotes it
   */
  public static Moment parse(String text) {
    requireNonNull(text, "text");
    String trimmed = text.strip();
    try {
      return trimmed.indexOf('T') >= 0 ? instant(Instant.parse(trimmed)) : date(LocalDate.parse(trimmed));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "expected a date such as 2021-03-08 or an instant such as 2021-03-08T09:00:00Z, but got \"" + text
              + "\"",
          e);
    }
  }

  /**
   * Returns the date, for a moment given as a date.
   *
   * @return the date, or empty for an instant
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Returns the instant, for a moment given as an instant.
   *
   * @return the instant, or empty for a date
   */
  public Optional<Instant> instant() {
    return Optional.ofNullable(instant);
  }

  /**
   * Returns the instant this moment stands for in a zone: the start of the date there, or the instant itself.
   *
   * @param zone the force's zone
   * @return the instant
   * @throws NullPointerException if {@code zone} is null
   */
  public Instant resolve(ZoneId zone) {
    requireNonNull(zone, "zone");
    return date != null ? date.atStartOfDay(zone).toInstant() : instant;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Moment
        && java.util.Objects.equals(((Moment) other).date, date)
        && java.util.Objects.equals(((Moment) other).instant, instant);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(date, instant);
  }

  /**
   * Returns the moment as {@link #parse(String)} reads it.
   *
   * @return such as {@code 2021-03-08} or {@code 2021-03-08T09:00:00Z}
   */
  @Override
  public String toString() {
    return date != null ? date.toString() : instant.toString();
  }
}

package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The time an evaluation looks at: the instant it is as of and how far ahead time-based rules look, both to the
 * whole second, as every analysis of the estate counts time. An evaluation fixes its frame once, before any rule
 * runs, and every rule and analysis of it sees the same frame.
 *
 * <p>Rounding: a fraction of a second is dropped from both, towards the past ({@code 09:00:00.5Z} is
 * {@code 09:00:00Z}; a horizon of 90.5 seconds is 90 seconds), so that an as-of instant with a fraction gives the
 * same report in every format as the whole second it falls in.
 *
 * <pre>{@code
 * TimeFrame frame = TimeFrame.of(Instant.parse("2021-04-06T09:00:00.5Z"), Duration.ofDays(28));
 * frame.asOf();      // 2021-04-06T09:00:00Z
 * frame.window();    // [asOf, asOf + 28 days)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeFrame {

  /** The horizon of time-based rules unless an evaluation sets another: 28 days. */
  public static final Duration DEFAULT_HORIZON = Duration.ofDays(28);

  private final Instant asOf;
  private final Duration horizon;

  private TimeFrame(Instant asOf, Duration horizon) {
    this.asOf = asOf;
    this.horizon = horizon;
  }

  /**
   * Returns a frame, dropping any fraction of a second from the instant and the horizon.
   *
   * @param asOf the instant the evaluation is as of
   * @param horizon how far ahead time-based rules look
   * @return the frame
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the horizon is shorter than one second
   */
  public static TimeFrame of(Instant asOf, Duration horizon) {
    requireNonNull(asOf, "asOf");
    return new TimeFrame(asOf.truncatedTo(ChronoUnit.SECONDS), requireHorizon(horizon));
  }

  /**
   * Checks and rounds a horizon as {@link #of(Instant, Duration)} does.
   *
   * @param horizon the horizon
   * @return the horizon without its fraction of a second
   * @throws NullPointerException if {@code horizon} is null
   * @throws IllegalArgumentException if the horizon is shorter than one second
   */
  public static Duration requireHorizon(Duration horizon) {
    requireNonNull(horizon, "horizon");
    if (horizon.isNegative() || horizon.isZero()) {
      throw new IllegalArgumentException("the horizon must be positive, but was " + horizon);
    }
    Duration whole = horizon.truncatedTo(ChronoUnit.SECONDS);
    if (whole.isZero()) {
      throw new IllegalArgumentException("the horizon must be at least one second, but was " + horizon);
    }
    return whole;
  }

  /**
   * Returns the instant the evaluation is as of, a whole second.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns how far ahead time-based rules look, a whole number of seconds.
   *
   * @return the horizon
   */
  public Duration horizon() {
    return horizon;
  }

  /**
   * Returns the window time-based rules look at: from {@link #asOf()} for {@link #horizon()}.
   *
   * @return the window
   */
  public TimeWindow window() {
    return TimeWindow.of(asOf, horizon);
  }

  /**
   * Returns the date of {@link #asOf()} in a zone.
   *
   * @param zone the zone, usually the force's
   * @return the date
   * @throws NullPointerException if {@code zone} is null
   */
  public LocalDate today(ZoneId zone) {
    return LocalDate.ofInstant(asOf, requireNonNull(zone, "zone"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeFrame
        && ((TimeFrame) other).asOf.equals(asOf)
        && ((TimeFrame) other).horizon.equals(horizon);
  }

  @Override
  public int hashCode() {
    return asOf.hashCode() * 31 + horizon.hashCode();
  }

  /** Returns the instant and the horizon, such as {@code 2021-04-06T09:00:00Z+PT672H}. */
  @Override
  public String toString() {
    return asOf + "+" + horizon;
  }
}

package io.github.accountgovernance.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.util.Collection;
import java.util.SortedSet;

/**
 * The hours during which an account declares that it is monitored: around the clock (24/7, as the force-wide
 * account is), a set of weekly windows in the force's zone (such as weekdays 08:00-18:00), or not declared.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * MonitoredHours office = MonitoredHours.weekly(List.of(WeeklyWindow.parse("Mon 08:00-18:00")));
 * MonitoredHours always = MonitoredHours.always();
 * }</pre>
 */
public final class MonitoredHours {

  private static final MonitoredHours ALWAYS = new MonitoredHours(true, ImmutableSortedSet.of());
  private static final MonitoredHours NOT_DECLARED = new MonitoredHours(false, ImmutableSortedSet.of());

  private final boolean always;
  private final ImmutableSortedSet<WeeklyWindow> windows;

  private MonitoredHours(boolean always, ImmutableSortedSet<WeeklyWindow> windows) {
    this.always = always;
    this.windows = windows;
  }

  /**
   * Returns 24/7 monitoring.
   *
   * @return hours that cover the whole week
   */
  public static MonitoredHours always() {
    return ALWAYS;
  }

  /**
   * Returns "no hours declared": the account promises nothing, and rules that need declared hours say so.
   *
   * @return the undeclared hours
   */
  public static MonitoredHours notDeclared() {
    return NOT_DECLARED;
  }

  /**
   * Returns monitoring during the given weekly windows, in the force's zone; no windows means not declared.
   *
   * @param windows the weekly windows, in any order; duplicates count once
   * @return the hours
   * @throws NullPointerException if {@code windows} or an element is null
   */
  public static MonitoredHours weekly(Collection<WeeklyWindow> windows) {
    requireNonNull(windows, "windows");
    ImmutableSortedSet<WeeklyWindow> sorted = ImmutableSortedSet.copyOf(windows);
    return sorted.isEmpty() ? NOT_DECLARED : new MonitoredHours(false, sorted);
  }

  /**
   * Tells whether the account declares 24/7 monitoring.
   *
   * @return true for {@link #always()}
   */
  public boolean isAlways() {
    return always;
  }

  /**
   * Tells whether any hours are declared.
   *
   * @return false only for {@link #notDeclared()}
   */
  public boolean isDeclared() {
    return always || !windows.isEmpty();
  }

  /**
   * Returns the weekly windows, sorted by day and time; empty for 24/7 and for undeclared hours.
   *
   * @return the windows
   */
  public SortedSet<WeeklyWindow> windows() {
    return windows;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MonitoredHours
        && ((MonitoredHours) other).always == always
        && ((MonitoredHours) other).windows.equals(windows);
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(always) * 31 + windows.hashCode();
  }

  /** Returns {@code "24/7"}, {@code "not declared"} or the windows, as in {@code "[Mon 08:00-18:00]"}. */
  @Override
  public String toString() {
    return always ? "24/7" : windows.isEmpty() ? "not declared" : windows.toString();
  }
}

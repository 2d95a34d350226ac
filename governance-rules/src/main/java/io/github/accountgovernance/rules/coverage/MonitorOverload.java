package io.github.accountgovernance.rules.coverage;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.time.TimeWindow;
import java.time.ZoneId;
import java.util.List;

/**
 * A window in which one contributor is on duty for more accounts at once than allowed (MON-6): who, when, for
 * which accounts, and the most at any one moment. Made by {@link MonitoringCoverage#overload(int)}.
 *
 * <p>The window is a merged stretch of overload; {@link #accounts()} are all the accounts the contributor is on
 * duty for at some moment of it, so there may be more of them than {@link #peak()}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (MonitorOverload overload : coverage.overload(4).getOrDefault("c-1402", List.of())) {
 *   overload.describe(zone); // "Mon 1 Mar 2021 08:00 – 18:00 GMT, 10 h: 6 accounts at once (craven-x, ...)"
 * }
 * }</pre>
 */
public final class MonitorOverload implements Comparable<MonitorOverload> {

  private final String contributor;
  private final TimeWindow window;
  private final List<String> accounts;
  private final int peak;

  MonitorOverload(String contributor, TimeWindow window, List<String> sortedAccounts, int peak) {
    this.contributor = contributor;
    this.window = window;
    this.accounts = List.copyOf(sortedAccounts);
    this.peak = peak;
  }

  /**
   * Returns the contributor who is overloaded.
   *
   * @return the contributor id
   */
  public String contributor() {
    return contributor;
  }

  /**
   * Returns the merged window of overload.
   *
   * @return the window
   */
  public TimeWindow window() {
    return window;
  }

  /**
   * Returns the accounts the contributor is on duty for at some moment of the window.
   *
   * @return the account ids, sorted; unmodifiable
   */
  public List<String> accounts() {
    return accounts;
  }

  /**
   * Returns the greatest number of accounts the contributor is on duty for at any one moment of the window.
   *
   * @return the peak, above the limit that was asked about
   */
  public int peak() {
    return peak;
  }

  /**
   * Formats the overload for people in the given zone, for example
   * {@code "Mon 1 Mar 2021 08:00 – 18:00 GMT, 10 h: 6 accounts at once (craven-x, hambleton-x, ...)"}.
   *
   * @param zone the zone to show local times in
   * @return the text
   * @throws NullPointerException if {@code zone} is null
   */
  public String describe(ZoneId zone) {
    requireNonNull(zone, "zone");
    return window.format(zone) + ": " + peak + " accounts at once (" + String.join(", ", accounts) + ")";
  }

  /** Orders by contributor, then window. */
  @Override
  public int compareTo(MonitorOverload other) {
    int byContributor = contributor.compareTo(other.contributor);
    return byContributor != 0 ? byContributor : window.compareTo(other.window);
  }

  /**
   * Tells whether the other object is the same overload: same contributor, window, accounts and peak.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof MonitorOverload
        && ((MonitorOverload) other).contributor.equals(contributor)
        && ((MonitorOverload) other).window.equals(window)
        && ((MonitorOverload) other).accounts.equals(accounts)
        && ((MonitorOverload) other).peak == peak;
  }

  @Override
  public int hashCode() {
    return (contributor.hashCode() * 31 + window.hashCode()) * 31 + peak;
  }

  /** Returns the contributor, window in UTC, peak and accounts, for debugging. */
  @Override
  public String toString() {
    return contributor + " " + window + ": " + peak + " at once " + accounts;
  }
}

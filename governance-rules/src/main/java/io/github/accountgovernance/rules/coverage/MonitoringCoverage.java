package io.github.accountgovernance.rules.coverage;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.time.CoverageProfile;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The monitoring coverage of a whole estate over a horizon, computed once and shared by every rule that asks
 * about monitoring: MON-1 (named monitors), MON-2 (gaps), MON-3 (declared hours covered), MON-4 (leave
 * resilience), MON-6 (monitor load) and CLO-4 (monitored until closed).
 *
 * <p>Every open account (active or closing) is analysed over {@code [asOf, asOf + horizon)}; a closing account
 * whose closure plan dates its closure inside the horizon is analysed only until the end of its closure date,
 * in the force's zone. (A closure date already past leaves the whole horizon: the account is still open.) On
 * each account, a serving contributor is on duty during their rota slots for it (shifts clipped to the window;
 * weekly patterns laid out in the force's zone, each occurrence that starts on a local date from {@code validFrom}
 * up to, not including, {@code validUntil} worked whole, so a night starting on the last valid date still ends
 * the next morning), less their absences. Contributors who have left cover nothing and are not monitors.
 *
 * <p>Analysis takes {@code O(n log n)} time for {@code n} rota slots and absences: the estate's rota is read once
 * per estate into primitive arrays grouped by account (kept beside the estate while it is reachable), each weekly
 * window is laid out once over the horizon and then clipped, and each account's coverage comes from one sweep of
 * its slots and its monitors' absences together, packed as primitive {@code long}s in one
 * {@link CoverageProfile.Builder} reused for the whole estate, so that each account allocates only its profile. A
 * monitor's own cover on an account, and the account's covered seconds, are made when first asked for (the account
 * is swept again for the covers); a contributor's load over their accounts is one more profile, built when first
 * asked for, and only for someone on more accounts than the limit. Nobody's absence is simulated by re-evaluating
 * the estate.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * MonitoringCoverage coverage = MonitoringCoverage.analyse(estate, estate.asOf(), Duration.ofDays(28));
 * AccountCoverage york = coverage.account("york-x");
 * for (TimeWindow gap : york.gapsLongerThan(Duration.ofHours(24)).windows()) {
 *   gap.format(coverage.zone());  // "Mon 1 Mar 2021 18:00 – Mon 15 Mar 08:00 GMT, 13 d 14 h"
 * }
 * coverage.overload(4);           // {c-1402=[Mon 1 Mar 2021 08:00 – 18:00 GMT, 10 h: 6 accounts at once (...)]}
 * }</pre>
 */
public final class MonitoringCoverage {

  private final TimeWindow horizon;
  private final ZoneId zone;
  private final List<AccountCoverage> accountList;
  /** The accounts' ids, sorted: an account's place here is its place in {@link #accountList}. */
  private final String[] accountIds;
  /** The serving contributors' ids, sorted: a contributor's number is their place here. */
  private final String[] servingIds;
  /** Contributor {@code c}'s accounts are at {@code [loadOffsets[c], loadOffsets[c + 1])} of {@link #loadAccounts}. */
  private final int[] loadOffsets;
  /** The accounts each contributor monitors, by place in {@link #accountList}, in id order. */
  private final int[] loadAccounts;
  /** The loads of the contributors asked about who monitor more than one account, by contributor number. */
  private final Map<Integer, ContributorLoad> loads = new ConcurrentHashMap<>();

  MonitoringCoverage(
      TimeWindow horizon,
      ZoneId zone,
      List<AccountCoverage> sortedAccounts,
      String[] sortedServingIds,
      int[] loadOffsets,
      int[] loadAccounts) {
    this.horizon = horizon;
    this.zone = zone;
    this.accountList = List.copyOf(sortedAccounts);
    this.accountIds = new String[accountList.size()];
    for (int a = 0; a < accountIds.length; a++) {
      accountIds[a] = accountList.get(a).account().id();
    }
    this.servingIds = sortedServingIds;
    this.loadOffsets = loadOffsets;
    this.loadAccounts = loadAccounts;
  }

  /**
   * Analyses the monitoring of every open account of the estate over {@code [asOf, asOf + horizon)}.
   *
   * @param estate the estate
   * @param asOf the start of the horizon, a whole second; usually {@link Estate#asOf()}
   * @param horizon how far ahead to look, positive and a whole number of seconds; DOMAIN.md's default is 28 days
   * @return the coverage
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code horizon} is not positive, or {@code asOf} or {@code horizon} has a
   *     fraction of a second
   */
  public static MonitoringCoverage analyse(Estate estate, Instant asOf, Duration horizon) {
    requireNonNull(estate, "estate");
    requireNonNull(asOf, "asOf");
    requireNonNull(horizon, "horizon");
    if (horizon.isNegative() || horizon.isZero()) {
      throw new IllegalArgumentException("horizon must be positive, but was " + horizon);
    }
    return new CoverageAnalysis(TimeWindow.of(asOf, horizon), estate.force().zone()).run(estate);
  }

  /**
   * Analyses the monitoring of every open account over {@code horizon} from the estate's own as-of instant.
   *
   * @param estate the estate
   * @param horizon how far ahead to look, positive and a whole number of seconds
   * @return the coverage
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #analyse(Estate, Instant, Duration)} does
   */
  public static MonitoringCoverage analyse(Estate estate, Duration horizon) {
    requireNonNull(estate, "estate");
    return analyse(estate, estate.asOf(), horizon);
  }

  /**
   * Returns the horizon analysed, {@code [asOf, asOf + horizon)}.
   *
   * @return the horizon window
   */
  public TimeWindow horizon() {
    return horizon;
  }

  /**
   * Returns the force's zone, in which weekly windows were laid out and in which windows are best shown.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the coverage of every open account.
   *
   * @return the accounts' coverage, by account id; unmodifiable
   */
  public List<AccountCoverage> accounts() {
    return accountList;
  }

  /**
   * Returns the coverage of one open account.
   *
   * @param accountId the account id
   * @return the account's coverage
   * @throws NullPointerException if {@code accountId} is null
   * @throws IllegalArgumentException if the estate has no open account with that id; the message suggests a
   *     close one
   */
  public AccountCoverage account(String accountId) {
    requireNonNull(accountId, "accountId");
    int index = Arrays.binarySearch(accountIds, accountId);
    if (index < 0) {
      throw new IllegalArgumentException(
          "no open account \""
              + accountId
              + "\" was analysed (only active and closing accounts are)"
              + Suggestions.didYouMean(accountId, Arrays.asList(accountIds)));
    }
    return accountList.get(index);
  }

  /**
   * Returns the accounts a contributor is a monitor of.
   *
   * @param contributorId the contributor id
   * @return the account ids, sorted; empty for someone who monitors nothing in the horizon or has left
   * @throws NullPointerException if {@code contributorId} is null
   */
  public List<String> accountsMonitoredBy(String contributorId) {
    requireNonNull(contributorId, "contributorId");
    int contributor = Arrays.binarySearch(servingIds, contributorId);
    if (contributor < 0) {
      return List.of();
    }
    String[] ids = new String[loadOffsets[contributor + 1] - loadOffsets[contributor]];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = accountIds[loadAccounts[loadOffsets[contributor] + i]];
    }
    return List.of(ids);
  }

  /**
   * Finds the windows in which a contributor is on duty for more than {@code maxConcurrentAccounts} accounts at
   * once (MON-6), from one coverage profile per contributor with their accounts as members.
   *
   * @param maxConcurrentAccounts the most accounts one person may monitor at once, zero or more
   * @return for each overloaded contributor, their overload windows in time order; an unmodifiable map sorted by
   *     contributor id, without contributors who are never overloaded
   * @throws IllegalArgumentException if {@code maxConcurrentAccounts} is negative
   */
  public SortedMap<String, List<MonitorOverload>> overload(int maxConcurrentAccounts) {
    checkMaxConcurrentAccounts(maxConcurrentAccounts);
    SortedMap<String, List<MonitorOverload>> byContributor = new TreeMap<>();
    for (int c = 0; c < servingIds.length; c++) {
      List<MonitorOverload> overloads = overloadOf(c, maxConcurrentAccounts);
      if (!overloads.isEmpty()) {
        byContributor.put(servingIds[c], overloads);
      }
    }
    return Collections.unmodifiableSortedMap(byContributor);
  }

  /**
   * Finds the windows in which one contributor is on duty for more than {@code maxConcurrentAccounts} accounts at
   * once: {@code overload(max).getOrDefault(contributorId, List.of())}, but looking only at that contributor's
   * own accounts, so that asking for every contributor in turn (as MON-6 does) costs one pass over the estate's
   * rota, not one per contributor.
   *
   * @param contributorId the contributor id
   * @param maxConcurrentAccounts the most accounts one person may monitor at once, zero or more
   * @return the contributor's overload windows in time order; empty for someone never overloaded, who monitors
   *     nothing in the horizon, or who has left; unmodifiable
   * @throws NullPointerException if {@code contributorId} is null
   * @throws IllegalArgumentException if {@code maxConcurrentAccounts} is negative
   */
  public List<MonitorOverload> overloadOf(String contributorId, int maxConcurrentAccounts) {
    requireNonNull(contributorId, "contributorId");
    checkMaxConcurrentAccounts(maxConcurrentAccounts);
    int contributor = Arrays.binarySearch(servingIds, contributorId);
    return contributor < 0 ? List.of() : overloadOf(contributor, maxConcurrentAccounts);
  }

  /**
   * Contributor number {@code c}'s overload windows. Someone who monitors no more accounts than the limit cannot be
   * overloaded, and most people monitor one or two: only the others' covers are asked for, and kept.
   */
  private List<MonitorOverload> overloadOf(int c, int max) {
    int from = loadOffsets[c];
    int count = loadOffsets[c + 1] - from;
    if (count <= max) {
      return List.of();
    }
    return loads.computeIfAbsent(c, key -> {
      List<String> ids = new ArrayList<>(count);
      List<IntervalSet> covers = new ArrayList<>(count);
      for (int i = from; i < from + count; i++) {
        AccountCoverage account = accountList.get(loadAccounts[i]);
        ids.add(accountIds[loadAccounts[i]]);
        covers.add(account.coverOf(servingIds[c]));
      }
      return new ContributorLoad(servingIds[c], ids, covers);
    }).overload(max);
  }

  private static void checkMaxConcurrentAccounts(int maxConcurrentAccounts) {
    if (maxConcurrentAccounts < 0) {
      throw new IllegalArgumentException(
          "maxConcurrentAccounts must not be negative, but was " + maxConcurrentAccounts);
    }
  }

  /** Returns the horizon and the number of accounts analysed, for debugging. */
  @Override
  public String toString() {
    return "MonitoringCoverage{horizon=" + horizon + ", accounts=" + accountList.size() + "}";
  }

  /**
   * One contributor's cover on each account they monitor, as members of one profile, built when first asked for:
   * someone who monitors no more accounts than the limit cannot be overloaded, and most people monitor one or two.
   */
  static final class ContributorLoad {

    final String contributor;
    final String[] accounts;
    final IntervalSet[] covers;
    /** {@code CoverageProfile.of(covers)} once built; racing threads build equal profiles, and it is immutable. */
    private CoverageProfile profile;

    ContributorLoad(String contributor, List<String> sortedAccounts, List<IntervalSet> covers) {
      this.contributor = contributor;
      this.accounts = sortedAccounts.toArray(new String[0]);
      this.covers = covers.toArray(new IntervalSet[0]);
    }

    private CoverageProfile profile() {
      CoverageProfile built = profile;
      if (built == null) {
        built = CoverageProfile.of(Arrays.asList(covers));
        profile = built;
      }
      return built;
    }

    List<MonitorOverload> overload(int max) {
      if (accounts.length <= max) {
        return List.of();
      }
      CoverageProfile profile = profile();
      // Nobody overloaded (the peak at most max, a tie included) leaves nothing covered more than max times.
      IntervalSet over = profile.coveredAtLeast(max + 1);
      if (over.isEmpty()) {
        return List.of();
      }
      int maxMultiplicity = profile.maxMultiplicity();
      int[] peak = new int[over.size()];
      Arrays.fill(peak, max + 1);
      // Each level is nested in the one below, so its windows each lie inside one window of overload.
      for (int level = max + 2; level <= maxMultiplicity; level++) {
        IntervalSet atLevel = profile.coveredAtLeast(level);
        for (int i = 0; i < atLevel.size(); i++) {
          peak[windowContaining(over, atLevel.startSecond(i))] = level;
        }
      }
      List<List<String>> accountsByWindow = Stream.<List<String>>generate(ArrayList::new).limit(over.size()).toList();
      for (int a = 0; a < accounts.length; a++) {
        IntervalSet during = covers[a].intersection(over);
        int previous = -1;
        for (int i = 0; i < during.size(); i++) {
          int w = windowContaining(over, during.startSecond(i));
          if (w != previous) {
            accountsByWindow.get(w).add(accounts[a]);
            previous = w;
          }
        }
      }
      List<MonitorOverload> overloads = new ArrayList<>(over.size());
      for (int w = 0; w < over.size(); w++) {
        overloads.add(new MonitorOverload(contributor, over.window(w), accountsByWindow.get(w), peak[w]));
      }
      return List.copyOf(overloads);
    }

    /** The index of the window of {@code set} holding {@code second}, which must lie in one. */
    private static int windowContaining(IntervalSet set, long second) {
      int low = 0;
      int high = set.size() - 1;
      while (low < high) {
        int mid = (low + high + 1) >>> 1;
        if (set.startSecond(mid) <= second) {
          low = mid;
        } else {
          high = mid - 1;
        }
      }
      return low;
    }
  }
}

package io.github.accountgovernance.rules.coverage;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.time.CoverageProfile;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The monitoring coverage of one open account over the analysis window: who monitors it, when nobody does, and
 * when one person alone does. Made by {@link MonitoringCoverage#analyse}; the MON rules and CLO-4 read it.
 *
 * <p>A monitor's cover is their rota slots on this account inside {@link #window()}, less their absences. The
 * {@link #profile() coverage profile} numbers the monitors by their position in {@link #monitors()}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * AccountCoverage york = coverage.account("york-x");
 * york.monitors();                                  // [c-1402, c-2210]                       MON-1
 * york.gapsLongerThan(Duration.ofHours(24));        // stretches of over a day with nobody    MON-2
 * york.uncoveredDuringDeclaredHours();              // declared hours with nobody on duty     MON-3
 * york.soleCoverDuringDeclaredHours();              // {c-2210={...}}: her leave opens a gap  MON-4
 * york.coverByAtMost(2);                            // {[c-2210]={...}, [c-1402, c-2210]={...}}   MON-4, k = 2
 * york.leastOnDutyDuringDeclaredHours();            // OptionalInt[1]: one absence can open a gap
 * york.describe(york.uncovered());                  // [Sat 6 Mar 2021 22:00 – Sun 7 Mar 08:00 GMT, 10 h]
 * }</pre>
 */
public final class AccountCoverage {

  /** Groups of people by size, then by their ids in order. */
  private static final Comparator<List<String>> GROUPS =
      Comparator.<List<String>>comparingInt(List::size).thenComparing((a, b) -> {
        for (int i = 0; i < a.size(); i++) {
          int byId = a.get(i).compareTo(b.get(i));
          if (byId != 0) {
            return byId;
          }
        }
        return 0;
      });

  private final Account account;
  private final ZoneId zone;
  private final TimeWindow window;
  private final IntervalSet declaredHours;
  private final List<String> monitors;
  private final CoverageProfile profile;
  /** The analysis that made this, which sweeps the account again for {@link #coverByMonitor()}. */
  private final CoverageAnalysis analysis;
  /**
   * Each monitor's cover and the covered seconds, made when first asked for: most rules ask the profile. Racing
   * threads make equal immutable values, published safely by their final fields.
   */
  private List<IntervalSet> coverByMonitor;
  private IntervalSet covered;

  /** The profile must be the one {@code analysis} sweeps for the account, its members the monitors in order. */
  AccountCoverage(
      Account account,
      ZoneId zone,
      TimeWindow window,
      IntervalSet declaredHours,
      String[] sortedMonitors,
      CoverageProfile profile,
      CoverageAnalysis analysis) {
    this.account = account;
    this.zone = zone;
    this.window = window;
    this.declaredHours = declaredHours;
    this.monitors = List.of(sortedMonitors);
    this.profile = profile;
    this.analysis = analysis;
  }

  /** Each monitor's cover, by member number: their slots inside the window less their absences. */
  private List<IntervalSet> coverByMonitor() {
    List<IntervalSet> covers = coverByMonitor;
    if (covers == null) {
      covers = monitors.isEmpty() ? List.of() : analysis.coverByMember(this);
      coverByMonitor = covers;
    }
    return covers;
  }

  /**
   * Returns the account analysed.
   *
   * @return the account
   */
  public Account account() {
    return account;
  }

  /**
   * Returns the zone whose wall clock the declared hours and weekly rota slots are written in: the force's.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the stretch of time analysed: the horizon from the as-of instant, cut short at the end of the closure
   * date for a closing account whose closure plan dates its closure inside the horizon (CLO-4).
   *
   * @return the window
   */
  public TimeWindow window() {
    return window;
  }

  /**
   * Returns the account's declared monitored hours inside {@link #window()}: all of it for 24/7, the weekly
   * windows laid out in the force's zone otherwise, nothing if the account declares no hours.
   *
   * @return the declared hours
   */
  public IntervalSet declaredHours() {
    return declaredHours;
  }

  /**
   * Returns the serving contributors who have rota slots on the account inside {@link #window()}, whether or not
   * absences then take all of it away: the named monitors MON-1 counts.
   *
   * @return the contributor ids, sorted, without duplicates; unmodifiable
   */
  public List<String> monitors() {
    return monitors;
  }

  /**
   * Returns when a contributor is on duty for this account: their slots inside {@link #window()} less their
   * absences.
   *
   * @param contributorId the contributor id
   * @return the cover, empty if the contributor is not one of {@link #monitors()}
   * @throws NullPointerException if {@code contributorId} is null
   */
  public IntervalSet coverOf(String contributorId) {
    requireNonNull(contributorId, "contributorId");
    int member = Collections.binarySearch(monitors, contributorId);
    return member >= 0 ? coverByMonitor().get(member) : IntervalSet.empty();
  }

  /**
   * Returns the coverage profile of the monitors; member {@code i} is {@code monitors().get(i)}.
   *
   * @return the profile
   */
  public CoverageProfile profile() {
    return profile;
  }

  /**
   * Returns when at least one monitor is on duty.
   *
   * @return the covered seconds, inside {@link #window()}
   */
  public IntervalSet covered() {
    IntervalSet set = covered;
    if (set == null) {
      set = profile.coveredAtLeast(1);
      covered = set;
    }
    return set;
  }

  /**
   * Returns the windows inside {@link #window()} when no monitor is on duty.
   *
   * @return the uncovered windows
   */
  public IntervalSet uncovered() {
    return profile.uncovered(window);
  }

  /**
   * Returns the stretches with no monitor on duty that last strictly longer than {@code maxGap} (MON-2). A
   * stretch that runs off either end of {@link #window()} counts only its part inside.
   *
   * @param maxGap the longest stretch allowed without a monitor, zero or positive
   * @return the gaps longer than {@code maxGap}
   * @throws NullPointerException if {@code maxGap} is null
   * @throws IllegalArgumentException if {@code maxGap} is negative
   */
  public IntervalSet gapsLongerThan(Duration maxGap) {
    requireNonNull(maxGap, "maxGap");
    return profile.gapsLongerThan(maxGap, window);
  }

  /**
   * Returns the declared monitored hours when no monitor is on duty (MON-3).
   *
   * @return the uncovered declared hours
   */
  public IntervalSet uncoveredDuringDeclaredHours() {
    // The declared hours lie inside the window already: no clip to copy them.
    return profile.coveredFewerThan(1, declaredHours);
  }

  /**
   * Returns the part of {@code hours} when no monitor is on duty, for rules that hold an account to other hours
   * than it declares (for example the force-wide account to 24/7).
   *
   * @param hours the hours that must be covered
   * @return the part of {@code hours} inside {@link #window()} with nobody on duty
   * @throws NullPointerException if {@code hours} is null
   */
  public IntervalSet uncoveredDuring(IntervalSet hours) {
    requireNonNull(hours, "hours");
    return profile.coveredFewerThan(1, hours.clip(window));
  }

  /**
   * Returns, for each monitor, the declared hours they cover alone: the windows their absence would leave
   * uncovered (MON-4). Computed in one sweep over the coverage multiplicity, it agrees with taking each monitor
   * away in turn and looking for new gaps.
   *
   * @return an unmodifiable map from contributor id to that person's sole cover, sorted by contributor id, holding
   *     only monitors whose sole cover meets the declared hours
   */
  public SortedMap<String, IntervalSet> soleCoverDuringDeclaredHours() {
    return soleCoverDuring(declaredHours);
  }

  /**
   * Returns, for each monitor, the part of {@code hours} they cover alone.
   *
   * @param hours the hours that must be covered
   * @return an unmodifiable map from contributor id to that person's sole cover within {@code hours}, sorted by
   *     contributor id, holding only non-empty entries
   * @throws NullPointerException if {@code hours} is null
   */
  public SortedMap<String, IntervalSet> soleCoverDuring(IntervalSet hours) {
    requireNonNull(hours, "hours");
    SortedMap<String, IntervalSet> byMonitor = new TreeMap<>();
    profile.soleCoverageByMember(hours).forEach((member, sole) -> byMonitor.put(monitors.get(member), sole));
    return Collections.unmodifiableSortedMap(byMonitor);
  }

  /**
   * Returns the declared hours that one absence (or none) would leave uncovered: the hours with at most one
   * monitor on duty. Unlike sole cover alone, this never grows when a monitor is added or an absence removed.
   *
   * @return the declared hours with fewer than two monitors on duty
   */
  public IntervalSet atRiskDuringDeclaredHours() {
    return profile.coveredFewerThan(2, declaredHours);
  }

  /**
   * Returns the declared hours that {@code k} absences (or fewer) could leave uncovered: the hours with at most
   * {@code k} monitors on duty, those with nobody included (MON-4 with resilience {@code k}). For {@code k = 1}
   * this is {@link #atRiskDuringDeclaredHours()}.
   *
   * @param k how many people may be away at once, 1 or more
   * @return the declared hours with fewer than {@code k + 1} monitors on duty
   * @throws IllegalArgumentException if {@code k} is less than 1
   */
  public IntervalSet atRiskDuringDeclaredHours(int k) {
    requireResilience(k);
    return profile.coveredFewerThan(k + 1, declaredHours);
  }

  /**
   * Returns, for each group of at most {@code k} monitors who are on duty alone (no one else with them) during some
   * declared hours, those hours: the windows that the group's absence would leave uncovered. Taking away any set of
   * at most {@code k} monitors opens exactly the hours of the groups inside that set. For {@code k = 1} the groups
   * are single people and the hours their {@linkplain #soleCoverDuringDeclaredHours() sole cover}.
   *
   * <p>For {@code k = 1} the coverage profile's own sweep names who is alone; for a larger {@code k}, one sweep
   * over the monitors' covers, packed as primitive {@code long}s and sorted, with the declared hours walked beside
   * it: {@code O(n log n)} for {@code n} windows of cover, whatever the number of groups of {@code k} people.
   *
   * @param k the most people in a group, 1 or more
   * @return an unmodifiable map from each group (its contributor ids, sorted) to the declared hours it alone
   *     covers, groups ordered by size and then by their ids; declared hours with nobody on duty are not in it
   * @throws IllegalArgumentException if {@code k} is less than 1
   */
  public SortedMap<List<String>, IntervalSet> coverByAtMost(int k) {
    requireResilience(k);
    if (k == 1) {
      // Groups of one are the sole members the profile's sweep already names.
      SortedMap<List<String>, IntervalSet> alone = new TreeMap<>(GROUPS);
      profile.soleCoverageByMember(declaredHours)
          .forEach((member, hours) -> alone.put(List.of(monitors.get(member)), hours));
      return Collections.unmodifiableSortedMap(alone);
    }
    // One sweep over every monitor's cover, packed as primitive longs (the second relative to the earliest, then
    // start 1 or end 0, then the monitor), with the declared hours' boundaries walked beside it. The covers came
    // from one profile builder's sweep with these members, which packed the same span with as many bits or more.
    List<IntervalSet> coverByMonitor = coverByMonitor();
    int members = coverByMonitor.size();
    int memberBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(members - 1, 0)));
    int shift = memberBits + 1;
    long origin = Long.MAX_VALUE;
    int count = 0;
    for (IntervalSet cover : coverByMonitor) {
      count += cover.size();
      if (!cover.isEmpty()) {
        origin = Math.min(origin, cover.startSecond(0));
      }
    }
    long[] events = new long[2 * count];
    int n = 0;
    for (int member = 0; member < members; member++) {
      IntervalSet cover = coverByMonitor.get(member);
      for (int i = 0; i < cover.size(); i++) {
        events[n++] = (cover.startSecond(i) - origin) << shift | 1L << memberBits | member;
        events[n++] = (cover.endSecond(i) - origin) << shift | member;
      }
    }
    Arrays.sort(events);
    long memberMask = (1L << memberBits) - 1;
    // Who is on duty, as a list with each member's place in it, so that a member leaves in constant time.
    int[] onDuty = new int[members];
    int[] place = new int[members];
    int dutyCount = 0;
    // The declared boundaries passed: inside declared hours when odd.
    int passed = 0;
    int boundaries = 2 * declaredHours.size();
    Groups groups = new Groups(k);
    long since = n == 0 ? 0 : (events[0] >>> shift) + origin;
    for (int i = 0; i < n; ) {
      long second = (events[i] >>> shift) + origin;
      for (; passed < boundaries && boundary(passed) <= second; passed++) {
        long boundary = boundary(passed);
        if (boundary > since) {
          groups.add(onDuty, dutyCount, (passed & 1) == 1, since, boundary);
          since = boundary;
        }
      }
      if (second > since) {
        groups.add(onDuty, dutyCount, (passed & 1) == 1, since, second);
      }
      // A monitor's own windows never touch: each monitor comes or goes at most once per second.
      for (; i < n && (events[i] >>> shift) + origin == second; i++) {
        int member = (int) (events[i] & memberMask);
        if ((events[i] >>> memberBits & 1) == 1) {
          place[member] = dutyCount;
          onDuty[dutyCount++] = member;
        } else {
          int last = onDuty[--dutyCount];
          onDuty[place[member]] = last;
          place[last] = place[member];
        }
      }
      since = second;
    }
    return groups.byNames(monitors);
  }

  /** The declared hours' {@code i}-th boundary: starts at even {@code i}, ends at odd. */
  private long boundary(int i) {
    return (i & 1) == 0 ? declaredHours.startSecond(i >> 1) : declaredHours.endSecond(i >> 1);
  }

  /** The groups of two or more found by {@link #coverByAtMost}, each with its hours as they come, in time order. */
  private static final class Groups {

    private final int k;
    /** Each group's index by its members, sorted. */
    private final Map<List<Integer>, Integer> byMembers = new HashMap<>();
    private final List<int[]> members = new ArrayList<>();
    private final List<Hours> hours = new ArrayList<>();

    Groups(int k) {
      this.k = k;
    }

    /**
     * Adds {@code [start, end)} to the group of the {@code count} members on duty (listed in any order) if it is
     * declared and they are at least one and at most k.
     */
    void add(int[] onDuty, int count, boolean declared, long start, long end) {
      if (declared && count >= 1 && count <= k) {
        of(onDuty, count).add(start, end);
      }
    }

    private Hours of(int[] onDuty, int count) {
      int[] group = Arrays.copyOf(onDuty, count);
      Arrays.sort(group);
      List<Integer> key = new ArrayList<>(count);
      for (int member : group) {
        key.add(member);
      }
      Integer index = byMembers.get(key);
      if (index == null) {
        index = add(group);
        byMembers.put(key, index);
      }
      return hours.get(index);
    }

    private int add(int[] group) {
      members.add(group);
      hours.add(new Hours());
      return hours.size() - 1;
    }

    /** Each group by its members' ids (in member order, which is id order), with its hours as a set. */
    SortedMap<List<String>, IntervalSet> byNames(List<String> monitors) {
      SortedMap<List<String>, IntervalSet> groups = new TreeMap<>(GROUPS);
      IntervalSet.Builder set = IntervalSet.builder();
      for (int g = 0; g < hours.size(); g++) {
        String[] names = new String[members.get(g).length];
        for (int i = 0; i < names.length; i++) {
          names[i] = monitors.get(members.get(g)[i]);
        }
        Hours windows = hours.get(g);
        set.clear();
        for (int i = 0; i < windows.n; i += 2) {
          set.add(windows.bounds[i], windows.bounds[i + 1]);
        }
        groups.put(List.of(names), set.build());
      }
      return Collections.unmodifiableSortedMap(groups);
    }
  }

  /** One group's hours, appended in time order, a window that touches the one before joined to it. */
  private static final class Hours {

    long[] bounds = new long[8];
    int n;

    void add(long start, long end) {
      if (n > 0 && bounds[n - 1] == start) {
        bounds[n - 1] = end;
        return;
      }
      if (n == bounds.length) {
        bounds = Arrays.copyOf(bounds, 2 * n);
      }
      bounds[n++] = start;
      bounds[n++] = end;
    }
  }

  /**
   * Returns the fewest monitors on duty at any time of the declared hours inside {@link #window()}: the account's
   * resilience. 2 means "covered by at least 2 people at all declared hours": any one absence leaves them covered.
   *
   * @return the least number on duty, 0 if some declared hours have nobody; empty if no declared hours fall in
   *     the window
   */
  public OptionalInt leastOnDutyDuringDeclaredHours() {
    return profile.leastMultiplicity(declaredHours, 0);
  }

  private static void requireResilience(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, but was " + k);
    }
  }

  /**
   * Formats windows for people in the force's zone, one line per merged window, for example
   * {@code "Sat 6 Mar 2021 22:00 – Sun 7 Mar 08:00 GMT, 10 h"}.
   *
   * @param windows the windows, such as {@link #uncovered()}
   * @return the lines, in time order; unmodifiable
   * @throws NullPointerException if {@code windows} is null
   */
  public List<String> describe(IntervalSet windows) {
    return Windows.describe(windows, zone);
  }

  /**
   * Tells whether the other object is the coverage of the same account over the same window, with the same
   * declared hours and the same cover for the same monitors.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof AccountCoverage)) {
      return false;
    }
    AccountCoverage that = (AccountCoverage) other;
    return account.equals(that.account)
        && zone.equals(that.zone)
        && window.equals(that.window)
        && declaredHours.equals(that.declaredHours)
        && monitors.equals(that.monitors)
        && coverByMonitor().equals(that.coverByMonitor());
  }

  @Override
  public int hashCode() {
    return (account.id().hashCode() * 31 + window.hashCode()) * 31 + coverByMonitor().hashCode();
  }

  /**
   * Returns a one-line summary, for example {@code "york-x: 2 monitors, 10 h uncovered in 28 d"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return account.id()
        + ": "
        + monitors.size()
        + (monitors.size() == 1 ? " monitor, " : " monitors, ")
        + TimeWindow.formatDuration(uncovered().totalDuration())
        + " uncovered in "
        + TimeWindow.formatDuration(window.duration());
  }
}

package io.github.accountgovernance.benchmarks;

import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.time.CoverageProfile;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.rules.coverage.AccountCoverage;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Workloads 2 and 3 on one input (about a million rota slots over seven weeks with absences, shuffled):
 *
 * <ul>
 *   <li>coverage, each account's uncovered windows: {@link IntervalSet} and {@link CoverageProfile} beside Guava's
 *       {@link TreeRangeSet}; and the library's whole {@link MonitoringCoverage} analysis of the estate, for
 *       reference (it also lays out the weekly patterns itself);
 *   <li>leave resilience (MON-4), for each account the declared hours that one person alone covers, and who:
 *       the one sweep of a coverage profile beside removing each person in turn and re-evaluating the accounts
 *       they serve.
 * </ul>
 *
 * <p>Setup checks that the sides agree, account by account, before timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoverageBenchmark {

  /** The estate, by {@link Estates} name. */
  @Param({"national-10k"})
  public String estate;

  /** Days of rota analysed from the as-of instant: 49 gives about a million slots for the 10k estate. */
  @Param({"49"})
  public int days;

  Estate subject;
  CoverageInput input;

  private static final int FLOOR_MEMBER_BITS = 20;
  private static final long FLOOR_MEMBER_MASK = (1L << FLOOR_MEMBER_BITS) - 1;
  private static final int FLOOR_SHIFT = FLOOR_MEMBER_BITS + 2;
  /** The floor's scratch, allocated once and reused by every account and every call. */
  private int[] floorLocal;
  private int[] floorMembers;
  private int[] floorSlotDepth;
  private int[] floorAbsentDepth;
  private long[] floorEvents;
  /** The library's side: one profile builder, cleared and reused for every account, as the analysis uses it. */
  private final CoverageProfile.Builder arena = CoverageProfile.builder();
  /** Per contributor, their member number on the account being built plus one, or 0; left all 0 after each. */
  private int[] memberOf = new int[0];
  /** Per member number on the account being built, the contributor. */
  private int[] contributorOf = new int[16];

  /** Lays out the input and checks that every side agrees. */
  @Setup(Level.Trial)
  public void setUp() {
    subject = Estates.named(estate);
    input = new CoverageInput(subject, TimeWindow.of(subject.asOf(), Duration.ofDays(days)), 49L);
    List<IntervalSet> ours = coverageIntervalSet();
    Agreement.require("IntervalSet", ours, "TreeRangeSet", toIntervalSets(coverageTreeRangeSet()));
    Agreement.require("IntervalSet", ours, "MonitoringCoverage", uncovered(coverageMonitoringCoverage()));
    Agreement.require("IntervalSet", checksum(ours), "floor", coverageFloor());
    Agreement.require(
        "one-sweep sole cover", leaveResilienceOneSweep(), "remove-and-re-evaluate", leaveResilienceRemoveEach());
  }

  /**
   * Uncovered windows of every account with the library's coverage profiles and interval sets: one
   * {@link CoverageProfile.Builder} reused for every account, each monitor's absences subtracted in its sweep (as
   * {@link MonitoringCoverage} builds them), and the uncovered {@link IntervalSet}.
   *
   * @return per account, in input order
   */
  @Benchmark
  public List<IntervalSet> coverageIntervalSet() {
    List<IntervalSet> uncovered = new ArrayList<>(input.accountIds.length);
    for (int a = 0; a < input.accountIds.length; a++) {
      uncovered.add(profile(a, -1).uncovered(input.window));
    }
    return uncovered;
  }

  /**
   * The floor: each account's slots and its monitors' absences as packed events in one reused {@code long[]},
   * sorted, and swept once, absences subtracted in the same sweep; the uncovered windows are only hashed, so
   * nothing is allocated. What coverage cannot beat.
   *
   * @return a hash of every account's uncovered windows, in input order ({@link #checksum})
   */
  @Benchmark
  public long coverageFloor() {
    long origin = input.window.startSecond();
    long end = input.window.endSecond() - origin;
    if (floorLocal == null) {
      floorLocal = new int[input.contributorIds.length];
      floorMembers = new int[16];
      floorSlotDepth = new int[16];
      floorAbsentDepth = new int[16];
      floorEvents = new long[1024];
    }
    long hash = 1;
    for (int a = 0; a < input.accountIds.length; a++) {
      int[] monitors = input.slotMonitor[a];
      long[] starts = input.slotStart[a];
      long[] ends = input.slotEnd[a];
      int members = 0;
      int needed = 2 * monitors.length;
      for (int monitor : monitors) {
        if (floorLocal[monitor] == 0) {
          if (members == floorMembers.length) {
            floorMembers = Arrays.copyOf(floorMembers, 2 * members);
            floorSlotDepth = new int[2 * members];
            floorAbsentDepth = new int[2 * members];
          }
          floorMembers[members++] = monitor;
          floorLocal[monitor] = members;
          needed += 2 * input.absenceStart[monitor].length;
        }
      }
      if (needed > floorEvents.length) {
        floorEvents = new long[Math.max(needed, 2 * floorEvents.length)];
      }
      long[] events = floorEvents;
      int n = 0;
      for (int i = 0; i < monitors.length; i++) {
        long m = floorLocal[monitors[i]] - 1;
        events[n++] = ((starts[i] - origin) << FLOOR_SHIFT) | m;
        events[n++] = ((ends[i] - origin) << FLOOR_SHIFT) | (1L << FLOOR_MEMBER_BITS) | m;
      }
      for (int m = 0; m < members; m++) {
        int c = floorMembers[m];
        floorLocal[c] = 0;
        floorSlotDepth[m] = 0;
        floorAbsentDepth[m] = 0;
        for (int i = 0; i < input.absenceStart[c].length; i++) {
          long from = Math.max(input.absenceStart[c][i] - origin, 0);
          long to = Math.min(input.absenceEnd[c][i] - origin, end);
          if (from < to) {
            events[n++] = (from << FLOOR_SHIFT) | (2L << FLOOR_MEMBER_BITS) | m;
            events[n++] = (to << FLOOR_SHIFT) | (3L << FLOOR_MEMBER_BITS) | m;
          }
        }
      }
      Arrays.sort(events, 0, n);
      int onDuty = 0;
      long uncoveredSince = 0;
      int i = 0;
      while (i < n) {
        long time = events[i] >>> FLOOR_SHIFT;
        boolean wasCovered = onDuty > 0;
        while (i < n && events[i] >>> FLOOR_SHIFT == time) {
          int m = (int) (events[i] & FLOOR_MEMBER_MASK);
          switch ((int) (events[i] >>> FLOOR_MEMBER_BITS) & 3) {
            case 0:
              if (floorSlotDepth[m]++ == 0 && floorAbsentDepth[m] == 0) {
                onDuty++;
              }
              break;
            case 1:
              if (--floorSlotDepth[m] == 0 && floorAbsentDepth[m] == 0) {
                onDuty--;
              }
              break;
            case 2:
              if (floorAbsentDepth[m]++ == 0 && floorSlotDepth[m] > 0) {
                onDuty--;
              }
              break;
            default:
              if (--floorAbsentDepth[m] == 0 && floorSlotDepth[m] > 0) {
                onDuty++;
              }
              break;
          }
          i++;
        }
        if (!wasCovered && onDuty > 0) {
          if (time > uncoveredSince) {
            hash = (hash * 31 + uncoveredSince + origin) * 31 + time + origin;
          }
        } else if (wasCovered && onDuty == 0) {
          uncoveredSince = time;
        }
      }
      if (uncoveredSince < end) {
        hash = (hash * 31 + uncoveredSince + origin) * 31 + end + origin;
      }
      hash = hash * 31 + a;
    }
    return hash;
  }

  /** What {@link #coverageFloor} computes, from interval sets. */
  static long checksum(List<IntervalSet> uncovered) {
    long hash = 1;
    for (int a = 0; a < uncovered.size(); a++) {
      IntervalSet set = uncovered.get(a);
      for (int i = 0; i < set.size(); i++) {
        hash = (hash * 31 + set.startSecond(i)) * 31 + set.endSecond(i);
      }
      hash = hash * 31 + a;
    }
    return hash;
  }

  /**
   * Uncovered windows of every account with Guava range sets.
   *
   * @return per account, in input order
   */
  @Benchmark
  public List<RangeSet<Long>> coverageTreeRangeSet() {
    Map<Integer, RangeSet<Long>> absences = new HashMap<>();
    Range<Long> window = Range.closedOpen(input.window.startSecond(), input.window.endSecond());
    List<RangeSet<Long>> uncovered = new ArrayList<>(input.accountIds.length);
    for (int a = 0; a < input.accountIds.length; a++) {
      Map<Integer, RangeSet<Long>> byMonitor = new TreeMap<>();
      int[] monitors = input.slotMonitor[a];
      for (int i = 0; i < monitors.length; i++) {
        byMonitor
            .computeIfAbsent(monitors[i], m -> TreeRangeSet.create())
            .add(Range.closedOpen(input.slotStart[a][i], input.slotEnd[a][i]));
      }
      RangeSet<Long> covered = TreeRangeSet.create();
      for (Map.Entry<Integer, RangeSet<Long>> monitor : byMonitor.entrySet()) {
        RangeSet<Long> cover = monitor.getValue();
        cover.removeAll(rangeAbsences(monitor.getKey(), absences));
        covered.addAll(cover);
      }
      uncovered.add(covered.complement().subRangeSet(window));
    }
    return uncovered;
  }

  /**
   * The library's whole analysis of the estate over the same window.
   *
   * @return the analysis
   */
  @Benchmark
  public MonitoringCoverage coverageMonitoringCoverage() {
    return MonitoringCoverage.analyse(subject, input.window.start(), input.window.duration());
  }

  /**
   * MON-4 in one sweep: each account's coverage profile names, for every stretch one person alone covers,
   * that person; kept where it meets declared hours.
   *
   * @return account id to contributor id to sole-cover windows, without empty entries
   */
  @Benchmark
  public SortedMap<String, SortedMap<String, IntervalSet>> leaveResilienceOneSweep() {
    SortedMap<String, SortedMap<String, IntervalSet>> sole = new TreeMap<>();
    for (int a = 0; a < input.accountIds.length; a++) {
      CoverageProfile profile = profile(a, -1);
      SortedMap<String, IntervalSet> byPerson = new TreeMap<>();
      for (Map.Entry<Integer, IntervalSet> entry : profile.soleCoverageByMember().entrySet()) {
        IntervalSet during = entry.getValue().intersection(input.declared[a]);
        if (!during.isEmpty()) {
          byPerson.put(input.contributorIds[contributorOf[entry.getKey()]], during);
        }
      }
      if (!byPerson.isEmpty()) {
        sole.put(input.accountIds[a], byPerson);
      }
    }
    return sole;
  }

  /**
   * MON-4 the obvious way: evaluate each account's coverage, then for each person take them off the rota and
   * evaluate again each account they serve; what the person's absence leaves uncovered in declared hours is
   * theirs alone.
   *
   * @return account id to contributor id to sole-cover windows, without empty entries
   */
  @Benchmark
  public SortedMap<String, SortedMap<String, IntervalSet>> leaveResilienceRemoveEach() {
    SortedMap<String, SortedMap<String, IntervalSet>> sole = new TreeMap<>();
    IntervalSet[] uncoveredWithAll = new IntervalSet[input.accountIds.length];
    List<List<Integer>> servedBy = new ArrayList<>();
    for (int c = 0; c < input.contributorIds.length; c++) {
      servedBy.add(new ArrayList<>(2));
    }
    for (int a = 0; a < input.accountIds.length; a++) {
      uncoveredWithAll[a] = profile(a, -1).uncovered(input.window).intersection(input.declared[a]);
      for (int monitor : distinctMonitors(a)) {
        servedBy.get(monitor).add(a);
      }
    }
    for (int c = 0; c < input.contributorIds.length; c++) {
      for (int a : servedBy.get(c)) {
        IntervalSet uncoveredWithout =
            profile(a, c).uncovered(input.window).intersection(input.declared[a]);
        IntervalSet theirs = uncoveredWithout.difference(uncoveredWithAll[a]);
        if (!theirs.isEmpty()) {
          sole.computeIfAbsent(input.accountIds[a], id -> new TreeMap<>()).put(input.contributorIds[c], theirs);
        }
      }
    }
    return sole;
  }

  /**
   * The account's coverage profile from its raw slots, less each monitor's absences (subtracted in the same sweep),
   * without one person: members numbered as they first appear ({@link #contributorOf} maps them back), one builder
   * reused from account to account.
   */
  private CoverageProfile profile(int a, int without) {
    if (memberOf.length < input.contributorIds.length) {
      memberOf = new int[input.contributorIds.length];
    }
    int[] monitors = input.slotMonitor[a];
    arena.clear();
    int members = 0;
    for (int i = 0; i < monitors.length; i++) {
      int c = monitors[i];
      if (c != without) {
        if (memberOf[c] == 0) {
          if (members == contributorOf.length) {
            contributorOf = Arrays.copyOf(contributorOf, 2 * members);
          }
          contributorOf[members++] = c;
          memberOf[c] = members;
        }
        arena.add(memberOf[c] - 1, input.slotStart[a][i], input.slotEnd[a][i]);
      }
    }
    for (int m = 0; m < members; m++) {
      int c = contributorOf[m];
      memberOf[c] = 0;
      for (int i = 0; i < input.absenceStart[c].length; i++) {
        arena.absent(m, input.absenceStart[c][i], input.absenceEnd[c][i]);
      }
    }
    return arena.build();
  }

  /** The account's monitors as sorted contributor indexes. */
  private int[] distinctMonitors(int a) {
    return Arrays.stream(input.slotMonitor[a]).distinct().sorted().toArray();
  }

  private RangeSet<Long> rangeAbsences(int c, Map<Integer, RangeSet<Long>> cache) {
    return cache.computeIfAbsent(
        c,
        key -> {
          RangeSet<Long> set = TreeRangeSet.create();
          for (int i = 0; i < input.absenceStart[c].length; i++) {
            set.add(Range.closedOpen(input.absenceStart[c][i], input.absenceEnd[c][i]));
          }
          return set;
        });
  }

  private static List<IntervalSet> toIntervalSets(List<RangeSet<Long>> sets) {
    List<IntervalSet> converted = new ArrayList<>(sets.size());
    for (RangeSet<Long> set : sets) {
      IntervalSet.Builder builder = IntervalSet.builder();
      for (Range<Long> range : set.asRanges()) {
        builder.add(range.lowerEndpoint(), range.upperEndpoint());
      }
      converted.add(builder.build());
    }
    return converted;
  }

  private List<IntervalSet> uncovered(MonitoringCoverage coverage) {
    List<IntervalSet> uncovered = new ArrayList<>(input.accountIds.length);
    for (String id : input.accountIds) {
      AccountCoverage account = coverage.account(id);
      uncovered.add(account.uncovered());
    }
    return uncovered;
  }
}

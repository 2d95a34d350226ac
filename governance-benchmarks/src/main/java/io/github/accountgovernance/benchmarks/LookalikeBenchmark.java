package io.github.accountgovernance.benchmarks;

import com.ibm.icu.text.SpoofChecker;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.naming.Lookalike;
import io.github.accountgovernance.rules.naming.LookalikeIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Workload 4, lookalikes (NAM-4): every lookalike pair among N handles (10,000 or 50,000, one in a hundred of
 * them planted lookalikes of another: one letter changed, dropped or doubled, two swapped, or a Cyrillic letter
 * for a Latin one) found by building a {@link LookalikeIndex} and querying every handle, beside comparing all
 * pairs by TR39 skeleton and edit distance; and one new handle checked against the prebuilt index.
 *
 * <p>The all-pairs side is what a careful user would write: skeletons computed once per handle, pairs with
 * lengths too far apart skipped, and a banded optimal-string-alignment distance in reused rows that stops as
 * soon as the limit is passed. Setup checks that both find the same pairs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LookalikeBenchmark {

  private static final int MAX_EDITS = LookalikeIndex.DEFAULT_MAX_EDITS;
  private static final SpoofChecker CHECKER =
      new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();

  /** The number of handles. */
  @Param({"10000", "50000"})
  public int handles;

  List<Handle> all;
  LookalikeIndex prebuilt;
  Handle newcomer;

  /**
   * Generates the handles, plants lookalikes, and checks that both sides find the same pairs: the index against
   * all pairs for the two whole-set benchmarks, the one new handle's lookup against a scan of every handle.
   * All pairs at 50,000 handles takes minutes, so the benchmark that needs no all-pairs answer does not pay for
   * one.
   *
   * @param params the benchmark about to run
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    setUp(params.getBenchmark().endsWith(".oneNewHandle"));
  }

  /** As {@link #setUp(BenchmarkParams)}; checks every agreement whatever is about to run. */
  void setUp() {
    setUp(false);
  }

  private void setUp(boolean oneHandleOnly) {
    all = planted(handles, 4L);
    prebuilt = LookalikeIndex.of(all);
    // A lookalike of an indexed handle, with a Cyrillic letter: the slow path of a lookup, with a match.
    String value = all.get(all.size() / 2).value();
    newcomer = Handle.of(Platform.X, value.substring(0, 4) + "\u0430" + value.substring(5));
    Set<String> forNewcomer = pairs(oneNewHandle());
    Agreement.require("index", forNewcomer, "a scan of every handle", scan(newcomer));
    if (forNewcomer.isEmpty()) {
      throw new IllegalStateException("the new handle's planted lookalike was not found");
    }
    if (!oneHandleOnly) {
      Set<String> byIndex = lookalikeIndex();
      Agreement.require("index", byIndex, "all pairs", allPairs());
      if (byIndex.isEmpty()) {
        throw new IllegalStateException("the planted lookalikes were not found");
      }
    }
  }

  /**
   * Builds the index over every handle and finds every handle's lookalikes among the others.
   *
   * @return "official candidate" pairs
   */
  @Benchmark
  public Set<String> lookalikeIndex() {
    return pairs(LookalikeIndex.of(all).findAllLookalikes(all));
  }

  /**
   * Compares every pair of handles.
   *
   * @return "official candidate" pairs
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0) // the setup's agreement check has just run it once in this JVM
  @Measurement(iterations = 1) // three forks give three shots
  public Set<String> allPairs() {
    int n = all.size();
    int[][] keys = new int[n][];
    int[][] skeletons = new int[n][];
    String[] skeletonText = new String[n];
    for (int i = 0; i < n; i++) {
      Handle handle = all.get(i);
      keys[i] = handle.equivalenceKey().codePoints().toArray();
      skeletonText[i] = handle.platform().equivalenceKey(CHECKER.getSkeleton(handle.value()));
      skeletons[i] = skeletonText[i].codePoints().toArray();
    }
    int longest = 0;
    for (int i = 0; i < n; i++) {
      longest = Math.max(longest, Math.max(keys[i].length, skeletons[i].length));
    }
    // Rows reused across pairs: the careful version allocates nothing per comparison.
    int[][] rows = new int[3][longest + 1];
    Set<String> found = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      Handle a = all.get(i);
      for (int j = i + 1; j < n; j++) {
        Handle b = all.get(j);
        if (a.platform() != b.platform() || a.equals(b)) {
          continue;
        }
        if (skeletonText[i].equals(skeletonText[j])
            || withinEdits(keys[i], keys[j], MAX_EDITS, rows)
            || withinEdits(skeletons[i], skeletons[j], MAX_EDITS, rows)) {
          found.add(a.value() + " " + b.value());
          found.add(b.value() + " " + a.value());
        }
      }
    }
    return found;
  }

  /**
   * Checks one new handle against the index of all handles, built beforehand.
   *
   * @return its lookalikes
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<Lookalike> oneNewHandle() {
    return prebuilt.findLookalikes(newcomer);
  }

  /**
   * The new handle's lookalikes found by comparing it with every handle, as {@link #allPairs()} compares a pair.
   *
   * @return "official candidate" pairs
   */
  private Set<String> scan(Handle candidate) {
    int[] key = candidate.equivalenceKey().codePoints().toArray();
    String skeletonText = candidate.platform().equivalenceKey(CHECKER.getSkeleton(candidate.value()));
    int[] skeleton = skeletonText.codePoints().toArray();
    Set<String> found = new TreeSet<>();
    for (Handle official : all) {
      if (official.platform() != candidate.platform() || official.equals(candidate)) {
        continue;
      }
      String officialSkeleton = official.platform().equivalenceKey(CHECKER.getSkeleton(official.value()));
      if (skeletonText.equals(officialSkeleton)
          || withinEdits(official.equivalenceKey().codePoints().toArray(), key, MAX_EDITS)
          || withinEdits(officialSkeleton.codePoints().toArray(), skeleton, MAX_EDITS)) {
        found.add(official.value() + " " + candidate.value());
      }
    }
    return found;
  }

  /** Whether the optimal string alignment distance of a and b is at most k, in a band of width 2k + 1. */
  static boolean withinEdits(int[] a, int[] b, int k) {
    return withinEdits(a, b, k, new int[3][b.length + 1]);
  }

  /** As {@link #withinEdits(int[], int[], int)}, in three rows of scratch at least as long as b plus one. */
  static boolean withinEdits(int[] a, int[] b, int k, int[][] rows) {
    int n = a.length;
    int m = b.length;
    if (Math.abs(n - m) > k) {
      return false;
    }
    int big = k + 1;
    int[] before = rows[0];
    int[] previous = rows[1];
    int[] current = rows[2];
    for (int j = 0; j <= m; j++) {
      previous[j] = Math.min(j, big);
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - k);
      int to = Math.min(m, i + k);
      current[0] = Math.min(i, big);
      if (from > 1) {
        current[from - 1] = big;
      }
      int rowMin = current[0];
      for (int j = from; j <= to; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current[j] = Math.min(value, big);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (to < m) {
        current[to + 1] = big;
      }
      if (rowMin > k) {
        return false;
      }
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return previous[m] <= k;
  }

  /** N handles, no two alike, then one in a hundred replaced by a lookalike of another. */
  static List<Handle> planted(int count, long seed) {
    List<Handle> handles = new ArrayList<>(NationalEstate.handles(count, seed));
    SplittableRandom random = new SplittableRandom(seed);
    for (int p = 0; p < count / 100; p++) {
      int target = random.nextInt(count);
      int source = random.nextInt(count);
      String value = handles.get(source).value();
      int at = 3 + random.nextInt(value.length() - 4);
      String alike;
      switch (p % 5) {
        case 0:
          alike = value.substring(0, at) + 'q' + value.substring(at + 1);
          break;
        case 1:
          alike = value.substring(0, at) + value.substring(at + 1);
          break;
        case 2:
          alike = value.substring(0, at) + value.charAt(at) + value.substring(at);
          break;
        case 3:
          alike = value.substring(0, at) + value.charAt(at + 1) + value.charAt(at) + value.substring(at + 2);
          break;
        default:
          alike = value.replaceFirst("a", "\u0430");
          break;
      }
      if (target != source) {
        handles.set(target, Handle.of(Platform.X, alike));
      }
    }
    return handles;
  }

  private static Set<String> pairs(List<Lookalike> lookalikes) {
    Set<String> found = new TreeSet<>();
    for (Lookalike lookalike : lookalikes) {
      found.add(lookalike.official().value() + " " + lookalike.candidate().value());
    }
    return found;
  }
}

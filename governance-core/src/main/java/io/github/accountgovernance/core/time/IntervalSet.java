package io.github.accountgovernance.core.time;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable set of seconds on the time line, held as sorted, disjoint, non-adjacent half-open windows
 * {@code [start, end)}: the hours an account is covered, the hours it is not, the hours one person covers alone.
 *
 * <p>The windows are stored as one strictly increasing {@code long[]} of epoch-second boundaries
 * {@code start0, end0, start1, end1, ...}. Membership tests are binary searches, and {@link #union},
 * {@link #intersection}, {@link #difference} and {@link #complement} are single linear merges of two such arrays.
 * Windows that overlap or touch are merged when the set is built, so two sets hold the same seconds exactly when
 * they are {@link #equals equal}.
 *
 * <p>Instances are immutable and thread-safe; the {@link Builder} is not thread-safe.
 *
 * <pre>{@code
 * IntervalSet rota = IntervalSet.builder()
 *     .add(TimeWindow.of(Instant.parse("2021-03-01T08:00:00Z"), Duration.ofHours(10)))
 *     .add(TimeWindow.of(Instant.parse("2021-03-01T16:00:00Z"), Duration.ofHours(10)))
 *     .build();                                     // one window, 08:00 to 02:00 next day
 * TimeWindow day = TimeWindow.of(Instant.parse("2021-03-01T00:00:00Z"), Duration.ofDays(2));
 * rota.gapsLongerThan(Duration.ofHours(24), day);   // [2021-03-02T02:00:00Z, 2021-03-03T00:00:00Z) is 22 h: none
 * rota.longestGap(day);                             // PT22H
 * }</pre>
 */
public final class IntervalSet {

  private static final long MIN_SECOND = Instant.MIN.getEpochSecond();
  private static final long MAX_SECOND = Instant.MAX.getEpochSecond();
  private static final IntervalSet EMPTY = new IntervalSet(new long[0]);

  /** Strictly increasing boundaries: even indices are starts, odd indices are exclusive ends. */
  private final long[] bounds;

  private IntervalSet(long[] bounds) {
    this.bounds = bounds;
  }

  /** Wraps boundaries that are already strictly increasing and of even length; the array is not copied. */
  static IntervalSet ofSortedBounds(long[] bounds) {
    return bounds.length == 0 ? EMPTY : new IntervalSet(bounds);
  }

  /**
   * Returns the set with no seconds in it.
   *
   * @return the empty set
   */
  public static IntervalSet empty() {
    return EMPTY;
  }

  /**
   * Returns the set of seconds inside any of the windows, which may be in any order and may overlap.
   *
   * @param windows the windows
   * @return the set
   * @throws NullPointerException if {@code windows} or one of its elements is null
   */
  public static IntervalSet of(TimeWindow... windows) {
    requireNonNull(windows, "windows");
    return of(Arrays.asList(windows));
  }

  /**
   * Returns the set of seconds inside any of the windows, which may be in any order and may overlap.
   *
   * @param windows the windows
   * @return the set
   * @throws NullPointerException if {@code windows} or one of its elements is null
   */
  public static IntervalSet of(Collection<TimeWindow> windows) {
    requireNonNull(windows, "windows");
    Builder builder = new Builder(windows.size());
    for (TimeWindow window : windows) {
      builder.add(requireNonNull(window, "windows contains null"));
    }
    return builder.build();
  }

  /**
   * Returns a builder that accepts windows in any order, overlapping or not.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder(16);
  }

  /**
   * Tells whether the set holds no seconds.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return bounds.length == 0;
  }

  /**
   * Returns the number of disjoint, non-adjacent windows in the set.
   *
   * @return the number of windows
   */
  public int size() {
    return bounds.length / 2;
  }

  /**
   * Returns the number of seconds in the set.
   *
   * @return the total length in seconds
   */
  public long totalSeconds() {
    long total = 0;
    for (int i = 0; i < bounds.length; i += 2) {
      total += bounds[i + 1] - bounds[i];
    }
    return total;
  }

  /**
   * Returns how long the set lasts in total.
   *
   * @return the total duration, zero if empty
   */
  public Duration totalDuration() {
    return Duration.ofSeconds(totalSeconds());
  }

  /**
   * Returns the {@code i}-th window in time order.
   *
   * @param i the index, from 0 to {@code size() - 1}
   * @return the window
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public TimeWindow window(int i) {
    Objects.checkIndex(i, size());
    return TimeWindow.ofEpochSeconds(bounds[2 * i], bounds[2 * i + 1]);
  }

  /**
   * Returns the start of the {@code i}-th window in seconds since the epoch.
   *
   * @param i the index, from 0 to {@code size() - 1}
   * @return the start second
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public long startSecond(int i) {
    Objects.checkIndex(i, size());
    return bounds[2 * i];
  }

  /**
   * Returns the exclusive end of the {@code i}-th window in seconds since the epoch.
   *
   * @param i the index, from 0 to {@code size() - 1}
   * @return the end second
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public long endSecond(int i) {
    Objects.checkIndex(i, size());
    return bounds[2 * i + 1];
  }

  /**
   * Returns the windows in time order, as an immutable list view.
   *
   * @return the windows
   */
  public List<TimeWindow> windows() {
    return new Windows();
  }

  /**
   * Tells whether the instant lies in the set; a fraction of a second counts as its whole second.
   *
   * @param instant the instant
   * @return true if the second of the instant is in the set
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean contains(Instant instant) {
    requireNonNull(instant, "instant");
    return contains(instant.getEpochSecond());
  }

  /**
   * Tells whether the second lies in the set.
   *
   * @param second seconds since the epoch
   * @return true if some window has {@code start <= second < end}
   */
  public boolean contains(long second) {
    return (boundsAtOrBefore(second) & 1) == 1;
  }

  /**
   * Tells whether every second of the window lies in the set.
   *
   * @param window the window
   * @return true if one window of the set contains it
   * @throws NullPointerException if {@code window} is null
   */
  public boolean encloses(TimeWindow window) {
    requireNonNull(window, "window");
    int rank = boundsAtOrBefore(window.startSecond());
    return (rank & 1) == 1 && bounds[rank] >= window.endSecond();
  }

  /**
   * Tells whether at least one second of the window lies in the set.
   *
   * @param window the window
   * @return true if they share a second
   * @throws NullPointerException if {@code window} is null
   */
  public boolean overlaps(TimeWindow window) {
    requireNonNull(window, "window");
    int rank = boundsAtOrBefore(window.startSecond());
    return (rank & 1) == 1 || (rank < bounds.length && bounds[rank] < window.endSecond());
  }

  /**
   * Returns the seconds in this set or the other.
   *
   * @param other the other set
   * @return the union
   * @throws NullPointerException if {@code other} is null
   */
  public IntervalSet union(IntervalSet other) {
    requireNonNull(other, "other");
    if (other.bounds.length == 0 || bounds.length == 0) {
      return other.bounds.length == 0 ? this : other;
    }
    return combine(bounds, other.bounds, UNION);
  }

  /**
   * Returns the seconds in both this set and the other.
   *
   * @param other the other set
   * @return the intersection
   * @throws NullPointerException if {@code other} is null
   */
  public IntervalSet intersection(IntervalSet other) {
    requireNonNull(other, "other");
    return combine(bounds, other.bounds, INTERSECTION);
  }

  /**
   * Returns the seconds in this set but not in the other.
   *
   * @param other the set to take away
   * @return the difference
   * @throws NullPointerException if {@code other} is null
   */
  public IntervalSet difference(IntervalSet other) {
    requireNonNull(other, "other");
    if (other.bounds.length == 0) {
      return this;
    }
    return combine(bounds, other.bounds, DIFFERENCE);
  }

  /**
   * Returns the seconds inside {@code within} that are not in this set: the gaps.
   *
   * @param within the window to look in
   * @return the complement, clipped to {@code within}
   * @throws NullPointerException if {@code within} is null
   */
  public IntervalSet complement(TimeWindow within) {
    requireNonNull(within, "within");
    return combine(new long[] {within.startSecond(), within.endSecond()}, bounds, DIFFERENCE);
  }

  /**
   * Returns the seconds of this set inside {@code within}; windows crossing its edges are cut there.
   *
   * @param within the window to keep
   * @return the clipped set
   * @throws NullPointerException if {@code within} is null
   */
  public IntervalSet clip(TimeWindow within) {
    requireNonNull(within, "within");
    int first = boundsAtOrBefore(within.startSecond());
    int last = boundsBefore(within.endSecond());
    // The windows that overlap lie between these ranks; odd ranks mean the edge falls inside a window.
    int from = first & ~1;
    int to = (last + 1) & ~1;
    if (from >= to) {
      return EMPTY;
    }
    long[] clipped = Arrays.copyOfRange(bounds, from, to);
    clipped[0] = Math.max(clipped[0], within.startSecond());
    clipped[clipped.length - 1] = Math.min(clipped[clipped.length - 1], within.endSecond());
    return ofSortedBounds(clipped);
  }

  /**
   * Returns the stretches inside {@code within} that this set does not cover and that last strictly longer than
   * {@code threshold}: the gaps that break a "never longer than" rule.
   *
   * @param threshold the longest gap allowed, zero or positive
   * @param within the window to look in
   * @return the gaps longer than {@code threshold}, clipped to {@code within}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code threshold} is negative
   */
  public IntervalSet gapsLongerThan(Duration threshold, TimeWindow within) {
    requireNonNull(threshold, "threshold");
    requireNonNull(within, "within");
    if (threshold.isNegative()) {
      throw new IllegalArgumentException("threshold must not be negative, but was " + threshold);
    }
    // A whole number of seconds is longer than threshold exactly when it is longer than its whole seconds.
    long limit = threshold.getSeconds();
    int n = gapsLongerThan(limit, within, null);
    if (n == 0) {
      return EMPTY;
    }
    long[] kept = new long[n];
    gapsLongerThan(limit, within, kept);
    return new IntervalSet(kept);
  }

  /**
   * Walks the gaps inside {@code within}, between the windows that reach into it, and writes the boundaries of
   * those longer than {@code limit} seconds into {@code out}, or only counts them if {@code out} is null.
   */
  private int gapsLongerThan(long limit, TimeWindow within, long[] out) {
    long end = within.endSecond();
    long gapStart = within.startSecond();
    int n = 0;
    // The first window that ends after within starts: the ones before it lie wholly before.
    for (int i = boundsAtOrBefore(gapStart) & ~1; i < bounds.length && gapStart < end; i += 2) {
      long gapEnd = Math.min(bounds[i], end);
      if (gapEnd - gapStart > limit) {
        if (out != null) {
          out[n] = gapStart;
          out[n + 1] = gapEnd;
        }
        n += 2;
      }
      gapStart = Math.max(gapStart, bounds[i + 1]);
    }
    if (end - gapStart > limit) {
      if (out != null) {
        out[n] = gapStart;
        out[n + 1] = end;
      }
      n += 2;
    }
    return n;
  }

  /**
   * Returns the length of the longest stretch inside {@code within} that this set does not cover.
   *
   * @param within the window to look in
   * @return the longest gap, zero if the set covers all of {@code within}
   * @throws NullPointerException if {@code within} is null
   */
  public Duration longestGap(TimeWindow within) {
    long[] gaps = complement(within).bounds;
    long longest = 0;
    for (int i = 0; i < gaps.length; i += 2) {
      longest = Math.max(longest, gaps[i + 1] - gaps[i]);
    }
    return Duration.ofSeconds(longest);
  }

  /** Checks raw epoch seconds as {@link TimeWindow} would, and that {@link Instant} can show them. */
  static void requireWindow(String what, long startSecond, long endSecond) {
    if (endSecond <= startSecond) {
      throw new IllegalArgumentException(
          what + " must end after it starts, but got [" + startSecond + ", " + endSecond + ")");
    }
    if (startSecond < MIN_SECOND || endSecond > MAX_SECOND) {
      throw new IllegalArgumentException(
          what + " must lie between Instant.MIN and Instant.MAX, but got [" + startSecond + ", " + endSecond + ")");
    }
  }

  /** Returns the number of boundaries {@code <= second}; odd means the second is inside a window. */
  private int boundsAtOrBefore(long second) {
    int low = 0;
    int high = bounds.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (bounds[mid] <= second) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Returns the number of boundaries {@code < second}. */
  private int boundsBefore(long second) {
    int low = 0;
    int high = bounds.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (bounds[mid] < second) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static final int UNION = 0;
  private static final int INTERSECTION = 1;
  private static final int DIFFERENCE = 2;

  /**
   * Walks the boundaries of both sets in order; after each point, membership in each set is the parity of the
   * boundaries passed, and a boundary is written wherever the combined membership changes. Points shared by both
   * sets are passed together, which merges windows that touch.
   */
  private static IntervalSet combine(long[] a, long[] b, int operation) {
    // Counted first, then written: the only array allocated is the result's, none at all for an empty one.
    int n = combineInto(a, a.length, b, b.length, operation, null);
    if (n == 0) {
      return EMPTY;
    }
    long[] out = new long[n];
    combineInto(a, a.length, b, b.length, operation, out);
    return new IntervalSet(out);
  }

  /**
   * {@link #combine} of the first {@code aLength} and {@code bLength} boundaries, written into {@code out} (long
   * enough for them), or only counted if {@code out} is null; returns how many there are.
   */
  private static int combineInto(long[] a, int aLength, long[] b, int bLength, int operation, long[] out) {
    int n = 0;
    int i = 0;
    int j = 0;
    boolean inside = false;
    while (i < aLength || j < bLength) {
      long point;
      if (j == bLength || (i < aLength && a[i] <= b[j])) {
        point = a[i];
      } else {
        point = b[j];
      }
      if (i < aLength && a[i] == point) {
        i++;
      }
      if (j < bLength && b[j] == point) {
        j++;
      }
      boolean inA = (i & 1) == 1;
      boolean inB = (j & 1) == 1;
      boolean in;
      switch (operation) {
        case UNION:
          in = inA || inB;
          break;
        case INTERSECTION:
          in = inA && inB;
          break;
        default:
          in = inA && !inB;
          break;
      }
      if (in != inside) {
        if (out != null) {
          out[n] = point;
        }
        n++;
        inside = in;
      }
    }
    return n;
  }

  /**
   * Tells whether the other object is an interval set holding the same seconds.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof IntervalSet && Arrays.equals(((IntervalSet) other).bounds, bounds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bounds);
  }

  /** Returns the windows in ISO-8601 UTC, for example {@code {[2021-03-01T08:00:00Z, 2021-03-01T18:00:00Z)}}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < bounds.length; i += 2) {
      text.append(i == 0 ? "" : ", ")
          .append('[')
          .append(Instant.ofEpochSecond(bounds[i]))
          .append(", ")
          .append(Instant.ofEpochSecond(bounds[i + 1]))
          .append(')');
    }
    return text.append('}').toString();
  }

  /** An immutable view of the windows, made on demand. */
  private final class Windows extends AbstractList<TimeWindow> implements RandomAccess {

    @Override
    public TimeWindow get(int index) {
      return window(index);
    }

    @Override
    public int size() {
      return IntervalSet.this.size();
    }
  }

  /**
   * Collects windows in any order, overlapping or touching, and builds the {@link IntervalSet} of the seconds they
   * cover in {@code O(n log n)} with primitive sorts.
   *
   * <p>{@link #build()} copies the collected state, so a builder can go on collecting and build again; its
   * scratch arrays are kept, so a builder that is {@link #clear() cleared} and reused allocates only the sets it
   * builds. Not thread-safe.
   *
   * <pre>{@code
   * IntervalSet busy = IntervalSet.builder().add(100, 200).add(150, 300).add(300, 400).build(); // {[100, 400)}
   * }</pre>
   */
  public static final class Builder {

    private long[] starts;
    private long[] ends;
    private int count;
    /** Scratch of {@link #build()}, kept between builds: sorted copies, the union's boundaries, the difference's. */
    private long[] sortedStarts = new long[0];
    private long[] sortedEnds = new long[0];
    private long[] union = new long[0];
    private long[] difference = new long[0];

    private Builder(int capacity) {
      starts = new long[Math.max(capacity, 4)];
      ends = new long[starts.length];
    }

    /**
     * Adds the window {@code [startSecond, endSecond)}.
     *
     * @param startSecond the start, in seconds since the epoch
     * @param endSecond the exclusive end, in seconds since the epoch
     * @return this builder
     * @throws IllegalArgumentException if {@code endSecond <= startSecond}, or either lies outside the range of
     *     {@link Instant}
     */
    public Builder add(long startSecond, long endSecond) {
      requireWindow("a window", startSecond, endSecond);
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = startSecond;
      ends[count] = endSecond;
      count++;
      return this;
    }

    /**
     * Adds a window.
     *
     * @param window the window
     * @return this builder
     * @throws NullPointerException if {@code window} is null
     * @throws IllegalArgumentException if the window lies outside the range of {@link Instant}
     */
    public Builder add(TimeWindow window) {
      requireNonNull(window, "window");
      return add(window.startSecond(), window.endSecond());
    }

    /**
     * Adds every window of a set.
     *
     * @param set the set
     * @return this builder
     * @throws NullPointerException if {@code set} is null
     */
    public Builder addAll(IntervalSet set) {
      requireNonNull(set, "set");
      for (int i = 0; i < set.bounds.length; i += 2) {
        add(set.bounds[i], set.bounds[i + 1]);
      }
      return this;
    }

    /**
     * Forgets every window added, keeping the builder's arrays, so that one builder serves many sets without
     * allocating again.
     *
     * @return this builder
     */
    public Builder clear() {
      count = 0;
      return this;
    }

    /**
     * Builds the set of seconds covered by the windows added so far.
     *
     * @return the set
     */
    public IntervalSet build() {
      int n = sweep();
      return n == 0 ? EMPTY : new IntervalSet(Arrays.copyOf(union, n));
    }

    /**
     * Builds the set of seconds covered by the windows added so far and not in {@code removed}: {@code
     * build().difference(removed)} in the same sweep, allocating only the result.
     *
     * @param removed the seconds to take away, such as absences from rota slots
     * @return the set
     * @throws NullPointerException if {@code removed} is null
     */
    public IntervalSet buildWithout(IntervalSet removed) {
      requireNonNull(removed, "removed");
      int n = sweep();
      if (removed.bounds.length == 0) {
        return n == 0 ? EMPTY : new IntervalSet(Arrays.copyOf(union, n));
      }
      if (difference.length < n + removed.bounds.length) {
        difference = new long[Math.max(n + removed.bounds.length, 2 * difference.length)];
      }
      int kept = combineInto(union, n, removed.bounds, removed.bounds.length, DIFFERENCE, difference);
      return kept == 0 ? EMPTY : new IntervalSet(Arrays.copyOf(difference, kept));
    }

    /**
     * Sorts copies of the starts and the ends in the builder's scratch arrays and sweeps them into {@code union};
     * returns how many boundaries it holds. The windows added are left as they were.
     */
    private int sweep() {
      if (sortedStarts.length < count) {
        sortedStarts = new long[starts.length];
        sortedEnds = new long[starts.length];
        union = new long[2 * starts.length];
      }
      // Every window starts before it ends, so after sorting starts and ends apart, a second is covered exactly
      // when more starts than ends lie at or before it: no need to sort the windows as pairs.
      System.arraycopy(starts, 0, sortedStarts, 0, count);
      System.arraycopy(ends, 0, sortedEnds, 0, count);
      Arrays.sort(sortedStarts, 0, count);
      Arrays.sort(sortedEnds, 0, count);
      long[] out = union;
      int n = 0;
      int s = 0;
      int e = 0;
      int open = 0;
      while (s < count) {
        long point = Math.min(sortedStarts[s], sortedEnds[e]);
        boolean wasOpen = open > 0;
        while (s < count && sortedStarts[s] == point) {
          open++;
          s++;
        }
        while (sortedEnds[e] == point) {
          open--;
          e++;
        }
        if (wasOpen != open > 0) {
          out[n++] = point;
        }
      }
      if (count > 0) {
        out[n++] = sortedEnds[count - 1];
      }
      return n;
    }
  }
}

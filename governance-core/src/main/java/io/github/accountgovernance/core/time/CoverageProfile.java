package io.github.accountgovernance.core.time;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * How many members cover each second, and who when only one does: the step function behind "always someone on
 * duty" (MON-3), "no single absence leaves a gap" (MON-4) and "nobody monitors too many accounts at once" (MON-6).
 *
 * <p>Members are numbered {@code 0} to {@code memberCount() - 1}: the caller keeps its own list of people (or
 * accounts) and passes their positions. A member's own windows may overlap; a member covers a second at most once.
 * The profile is computed in one sweep over the start and end events of all windows, sorted as packed primitive
 * {@code long}s, in {@code O(n log n)} for {@code n} windows. Along the sweep it keeps, besides the number of
 * members on duty, the XOR of their numbers: when one member is on duty, that XOR is the member.
 *
 * <p>Instances are immutable and thread-safe; the {@link Builder} is not thread-safe.
 *
 * <pre>{@code
 * List<IntervalSet> onDutyByMonitor = List.of(aliceOnDuty, bobOnDuty);   // Alice is 0, Bob is 1
 * CoverageProfile profile = CoverageProfile.of(onDutyByMonitor);
 * IntervalSet gaps = profile.uncovered(declaredHours);                  // MON-3
 * IntervalSet onlyBob = profile.soleCoverageOf(1).intersection(declaredHours); // MON-4: Bob's leave opens these
 * }</pre>
 */
public final class CoverageProfile {

  /** The largest member number, so that the per-member counts of the sweep stay a modest array. */
  public static final int MAX_MEMBER = (1 << 24) - 1;

  private final int memberCount;
  /** Where the step function changes; segment {@code i} is {@code [at[i], at[i + 1])}, the last one unbounded. */
  private final long[] at;
  /** How many members cover segment {@code i}; the last segment has none. */
  private final int[] multiplicity;
  /** The member covering segment {@code i} alone, or -1 if none or several do. */
  private final int[] sole;

  private CoverageProfile(int memberCount, long[] at, int[] multiplicity, int[] sole) {
    this.memberCount = memberCount;
    this.at = at;
    this.multiplicity = multiplicity;
    this.sole = sole;
  }

  /**
   * Returns the profile of members whose cover is given by position: member {@code i} covers
   * {@code coverByMember.get(i)}.
   *
   * @param coverByMember each member's cover, by member number
   * @return the profile
   * @throws NullPointerException if {@code coverByMember} or one of its elements is null
   * @throws IllegalArgumentException if there are more than {@code MAX_MEMBER + 1} members, or the windows span
   *     too long a time to pack with that many members (see {@link Builder#build()})
   */
  public static CoverageProfile of(List<IntervalSet> coverByMember) {
    requireNonNull(coverByMember, "coverByMember");
    if (coverByMember.size() > MAX_MEMBER + 1) {
      throw new IllegalArgumentException(
          "at most " + (MAX_MEMBER + 1) + " members, but got " + coverByMember.size());
    }
    int windows = 0;
    for (IntervalSet cover : coverByMember) {
      windows += requireNonNull(cover, "coverByMember contains null").size();
    }
    // Straight to the packed events: each member's cover is already sorted and disjoint, so no builder copy.
    int memberCount = coverByMember.size();
    int memberBits = memberBits(memberCount);
    int shift = memberBits + 1;
    long origin = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (IntervalSet cover : coverByMember) {
      if (!cover.isEmpty()) {
        origin = Math.min(origin, cover.startSecond(0));
        last = Math.max(last, cover.endSecond(cover.size() - 1));
      }
    }
    requireSpan(windows, memberCount, shift, origin, last);
    long[] events = new long[2 * windows];
    int n = 0;
    for (int member = 0; member < memberCount; member++) {
      IntervalSet cover = coverByMember.get(member);
      for (int i = 0; i < cover.size(); i++) {
        events[n++] = ((cover.startSecond(i) - origin) << shift) | (1L << memberBits) | member;
        events[n++] = ((cover.endSecond(i) - origin) << shift) | member;
      }
    }
    Arrays.sort(events);
    return Builder.sweep(memberCount, events, origin, shift, memberBits);
  }

  private static int memberBits(int memberCount) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(memberCount - 1, 0)));
  }

  private static void requireSpan(int count, int memberCount, int shift, long origin, long last) {
    if (count > 0 && last - origin >= 1L << (63 - shift)) {
      throw new IllegalArgumentException(
          "slots for "
              + memberCount
              + " members may span at most "
              + ((1L << (63 - shift)) - 1)
              + " seconds, but span "
              + (last - origin)
              + " seconds");
    }
  }

  /**
   * Returns a builder for raw slots, such as rota entries, that may overlap, also for the same member.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder(16);
  }

  /**
   * Returns the number of members: the size of the list given to {@link #of(List)}, or one more than the largest
   * member number given to the builder (or set with {@link Builder#memberCount(int)}).
   *
   * @return the number of members
   */
  public int memberCount() {
    return memberCount;
  }

  /**
   * Returns the seconds covered by at least {@code k} distinct members.
   *
   * @param k the least number of members, 1 or more
   * @return the seconds with multiplicity {@code >= k}
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public IntervalSet coveredAtLeast(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, but was " + k);
    }
    return segmentsWhere(i -> multiplicity[i] >= k);
  }

  /**
   * Returns the seconds inside {@code within} that no member covers.
   *
   * @param within the window to look in
   * @return the uncovered seconds
   * @throws NullPointerException if {@code within} is null
   */
  public IntervalSet uncovered(TimeWindow within) {
    requireNonNull(within, "within");
    return coveredAtLeast(1).complement(within);
  }

  /**
   * Returns the seconds covered by exactly one member, whoever it is.
   *
   * @return the seconds with multiplicity 1
   */
  public IntervalSet soleCoverage() {
    return segmentsWhere(i -> multiplicity[i] == 1);
  }

  /**
   * Returns the seconds that {@code member} covers alone: the seconds that become uncovered if that member is
   * absent.
   *
   * @param member the member number
   * @return the member's sole coverage, empty for a member number at or beyond {@link #memberCount()}
   * @throws IllegalArgumentException if {@code member} is negative
   */
  public IntervalSet soleCoverageOf(int member) {
    if (member < 0) {
      throw new IllegalArgumentException("member must not be negative, but was " + member);
    }
    return segmentsWhere(i -> sole[i] == member);
  }

  /** Joins the segments whose index passes the test; the last segment, covered by nobody, never does. */
  private IntervalSet segmentsWhere(IntPredicate inside) {
    long[] bounds = new long[at.length + 1];
    int n = 0;
    boolean wasInside = false;
    for (int i = 0; i < at.length; i++) {
      boolean isInside = inside.test(i);
      if (isInside != wasInside) {
        bounds[n++] = at[i];
        wasInside = isInside;
      }
    }
    return IntervalSet.ofSortedBounds(Arrays.copyOf(bounds, n));
  }

  /**
   * Returns, for each member who covers some seconds alone, those seconds; computed in one pass.
   *
   * @return an unmodifiable map sorted by member number, holding only members with non-empty sole coverage
   */
  public SortedMap<Integer, IntervalSet> soleCoverageByMember() {
    // Counting sort of the sole segments by member keeps each member's segments in time order.
    int[] offsets = new int[memberCount + 1];
    for (int i = 0; i < at.length; i++) {
      if (sole[i] >= 0) {
        offsets[sole[i] + 1] += 2;
      }
    }
    for (int m = 0; m < memberCount; m++) {
      offsets[m + 1] += offsets[m];
    }
    long[] bounds = new long[offsets[memberCount]];
    int[] next = Arrays.copyOf(offsets, memberCount);
    for (int i = 0; i < at.length; i++) {
      if (sole[i] >= 0) {
        bounds[next[sole[i]]++] = at[i];
        bounds[next[sole[i]]++] = at[i + 1];
      }
    }
    SortedMap<Integer, IntervalSet> byMember = new TreeMap<>();
    for (int m = 0; m < memberCount; m++) {
      if (offsets[m + 1] > offsets[m]) {
        // Segments next to each other never share a sole member, so these are already merged.
        byMember.put(m, IntervalSet.ofSortedBounds(Arrays.copyOfRange(bounds, offsets[m], offsets[m + 1])));
      }
    }
    return Collections.unmodifiableSortedMap(byMember);
  }

  /**
   * Returns the greatest number of members covering any one second.
   *
   * @return the maximum multiplicity, zero if nobody covers anything
   */
  public int maxMultiplicity() {
    int max = 0;
    for (int count : multiplicity) {
      max = Math.max(max, count);
    }
    return max;
  }

  /**
   * Returns how many distinct members cover the second.
   *
   * @param second seconds since the epoch
   * @return the multiplicity, zero if nobody covers it
   */
  public int multiplicityAt(long second) {
    int index = Arrays.binarySearch(at, second);
    int segment = index >= 0 ? index : -index - 2;
    return segment < 0 ? 0 : multiplicity[segment];
  }

  /**
   * Tells whether the other object is a profile with the same members and the same multiplicity and sole member
   * at every second.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CoverageProfile
        && ((CoverageProfile) other).memberCount == memberCount
        && Arrays.equals(((CoverageProfile) other).at, at)
        && Arrays.equals(((CoverageProfile) other).multiplicity, multiplicity)
        && Arrays.equals(((CoverageProfile) other).sole, sole);
  }

  @Override
  public int hashCode() {
    return (memberCount * 31 + Arrays.hashCode(at)) * 31 + Arrays.hashCode(multiplicity);
  }

  /** Returns the member count, the maximum multiplicity and the number of steps, for debugging. */
  @Override
  public String toString() {
    return "CoverageProfile{members="
        + memberCount
        + ", maxMultiplicity="
        + maxMultiplicity()
        + ", steps="
        + at.length
        + "}";
  }

  /**
   * Collects raw slots {@code member covers [start, end)} in any order, overlapping or not, and builds their
   * {@link CoverageProfile}. A member's overlapping slots count once.
   *
   * <p>{@link #build()} copies the collected state, so a builder can go on collecting and build again. Not
   * thread-safe.
   *
   * <pre>{@code
   * CoverageProfile profile = CoverageProfile.builder()
   *     .add(0, rotaStart, rotaStart + 36_000)
   *     .add(1, rotaStart + 28_800, rotaStart + 64_800)
   *     .build();
   * }</pre>
   */
  public static final class Builder {

    private int[] members;
    private long[] starts;
    private long[] ends;
    private int count;
    private int memberCount;

    private Builder(int capacity) {
      members = new int[Math.max(capacity, 4)];
      starts = new long[members.length];
      ends = new long[members.length];
    }

    /**
     * Records that {@code member} covers {@code [startSecond, endSecond)}.
     *
     * @param member the member number, from 0 to {@link #MAX_MEMBER}
     * @param startSecond the start, in seconds since the epoch
     * @param endSecond the exclusive end, in seconds since the epoch
     * @return this builder
     * @throws IllegalArgumentException if {@code member} is out of range, {@code endSecond <= startSecond}, or
     *     either second lies outside the range of {@link Instant}
     */
    public Builder add(int member, long startSecond, long endSecond) {
      if (member < 0 || member > MAX_MEMBER) {
        throw new IllegalArgumentException(
            "member must be from 0 to " + MAX_MEMBER + ", but was " + member);
      }
      IntervalSet.requireWindow("a slot", startSecond, endSecond);
      if (count == members.length) {
        members = Arrays.copyOf(members, count * 2);
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      members[count] = member;
      starts[count] = startSecond;
      ends[count] = endSecond;
      count++;
      memberCount = Math.max(memberCount, member + 1);
      return this;
    }

    /**
     * Records that {@code member} covers {@code window}.
     *
     * @param member the member number, from 0 to {@link #MAX_MEMBER}
     * @param window the window
     * @return this builder
     * @throws NullPointerException if {@code window} is null
     * @throws IllegalArgumentException if {@code member} is out of range
     */
    public Builder add(int member, TimeWindow window) {
      requireNonNull(window, "window");
      return add(member, window.startSecond(), window.endSecond());
    }

    /**
     * Raises the member count, for members who cover nothing but should still be counted.
     *
     * @param atLeast the least member count
     * @return this builder
     * @throws IllegalArgumentException if {@code atLeast} is negative or above {@code MAX_MEMBER + 1}
     */
    public Builder memberCount(int atLeast) {
      if (atLeast < 0 || atLeast > MAX_MEMBER + 1) {
        throw new IllegalArgumentException(
            "member count must be from 0 to " + (MAX_MEMBER + 1) + ", but was " + atLeast);
      }
      memberCount = Math.max(memberCount, atLeast);
      return this;
    }

    /**
     * Sweeps the slots added so far into a profile.
     *
     * <p>Each start and end is packed into one {@code long}: the second (relative to the earliest) in the high
     * bits, then a bit that sorts ends before starts, then the member number in the low bits.
     *
     * @return the profile
     * @throws IllegalArgumentException if the slots span more seconds than fit beside the member numbers (about
     *     8,700 years with 16 million members; far more with fewer)
     */
    public CoverageProfile build() {
      int memberBits = memberBits(memberCount);
      int shift = memberBits + 1;
      long origin = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (int i = 0; i < count; i++) {
        origin = Math.min(origin, starts[i]);
        last = Math.max(last, ends[i]);
      }
      requireSpan(count, memberCount, shift, origin, last);
      long[] events = new long[2 * count];
      for (int i = 0; i < count; i++) {
        events[2 * i] = ((starts[i] - origin) << shift) | (1L << memberBits) | members[i];
        events[2 * i + 1] = ((ends[i] - origin) << shift) | members[i];
      }
      Arrays.sort(events);
      return sweep(memberCount, events, origin, shift, memberBits);
    }

    /**
     * Sweeps the sorted events twice: once to count the steps, once to fill arrays of exactly that length, so
     * that the only arrays allocated are the profile's own.
     */
    static CoverageProfile sweep(int memberCount, long[] events, long origin, int shift, int memberBits) {
      int[] activeSlots = new int[memberCount];
      int steps = sweep(events, origin, shift, memberBits, activeSlots, null, null, null);
      long[] at = new long[steps];
      int[] multiplicity = new int[steps];
      int[] sole = new int[steps];
      Arrays.fill(activeSlots, 0);
      sweep(events, origin, shift, memberBits, activeSlots, at, multiplicity, sole);
      return new CoverageProfile(memberCount, at, multiplicity, sole);
    }

    /**
     * One pass over the sorted events: counts the steps where the number on duty or the sole member changes, and
     * records them when {@code at} is not null.
     */
    private static int sweep(
        long[] events,
        long origin,
        int shift,
        int memberBits,
        int[] activeSlots,
        long[] at,
        int[] multiplicity,
        int[] sole) {
      long memberMask = (1L << memberBits) - 1;
      int steps = 0;
      int onDuty = 0;
      int xorOfOnDuty = 0;
      int previousCount = 0;
      int previousSole = -1;
      int i = 0;
      while (i < events.length) {
        long time = events[i] >>> shift;
        // Handle every event at this second before looking at the state, so touching slots do not step.
        while (i < events.length && events[i] >>> shift == time) {
          int member = (int) (events[i] & memberMask);
          boolean start = ((events[i] >>> memberBits) & 1) == 1;
          if (start) {
            if (activeSlots[member]++ == 0) {
              onDuty++;
              xorOfOnDuty ^= member;
            }
          } else if (--activeSlots[member] == 0) {
            onDuty--;
            xorOfOnDuty ^= member;
          }
          i++;
        }
        int soleMember = onDuty == 1 ? xorOfOnDuty : -1;
        if (onDuty != previousCount || soleMember != previousSole) {
          if (at != null) {
            at[steps] = time + origin;
            multiplicity[steps] = onDuty;
            sole[steps] = soleMember;
          }
          steps++;
          previousCount = onDuty;
          previousSole = soleMember;
        }
      }
      return steps;
    }
  }
}

package io.github.accountgovernance.core.time;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

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
    return new Builder(0).sweep(memberCount, events, events.length, origin, shift, memberBits, 1, false);
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
    return segmentsWhere(multiplicity, k, Integer.MAX_VALUE);
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
    return stretchesCoveredFewerThan(1, null, within.startSecond(), within.endSecond(), 0);
  }

  /**
   * Returns the seconds of {@code within} covered by fewer than {@code k} members: with {@code k} 1 the seconds
   * nobody covers (MON-3's uncovered declared hours), with 2 those at most one member covers. The same as
   * {@code within.difference(coveredAtLeast(k))}, computed in one pass over the profile's steps and
   * {@code within}'s windows, allocating only the result.
   *
   * @param k the number of members a second needs not to be returned, 1 or more
   * @param within the seconds to look in, such as declared monitored hours
   * @return the seconds of {@code within} with multiplicity {@code < k}
   * @throws NullPointerException if {@code within} is null
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public IntervalSet coveredFewerThan(int k, IntervalSet within) {
    requireNonNull(within, "within");
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, but was " + k);
    }
    return stretchesCoveredFewerThan(k, within, 0, 0, 0);
  }

  /**
   * Returns the stretches inside {@code within} that no member covers and that last strictly longer than
   * {@code threshold}: the same as {@code coveredAtLeast(1).gapsLongerThan(threshold, within)}, computed in one
   * pass over the profile's steps, allocating only the result (MON-2's gaps).
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
    return stretchesCoveredFewerThan(1, null, within.startSecond(), within.endSecond(), threshold.getSeconds());
  }

  /**
   * The merged stretches of {@code within} (or, if it is null, of {@code [start, end)}) with multiplicity below
   * {@code k} that last longer than {@code limit} seconds: counted first, then filled, so that the only array
   * allocated is the set's own.
   */
  private IntervalSet stretchesCoveredFewerThan(int k, IntervalSet within, long start, long end, long limit) {
    int n = stretchesCoveredFewerThan(k, within, start, end, limit, null);
    if (n == 0) {
      return IntervalSet.empty();
    }
    long[] bounds = new long[n];
    stretchesCoveredFewerThan(k, within, start, end, limit, bounds);
    return IntervalSet.ofSortedBounds(bounds);
  }

  /** Writes the boundaries of the stretches into {@code out}, or only counts them if it is null. */
  private int stretchesCoveredFewerThan(
      int k, IntervalSet within, long singleStart, long singleEnd, long limit, long[] out) {
    int windows = within == null ? 1 : within.size();
    int n = 0;
    // The stretch being joined up: pieces of segments next to each other touch and make one stretch.
    long pendingStart = 0;
    long pendingEnd = Long.MIN_VALUE;
    // The segment holding the window's start: -1 before the first step, where nobody covers anything.
    int segment = -1;
    for (int w = 0; w < windows; w++) {
      long start = within == null ? singleStart : within.startSecond(w);
      long end = within == null ? singleEnd : within.endSecond(w);
      while (segment + 1 < at.length && at[segment + 1] <= start) {
        segment++;
      }
      for (int i = segment; ; i++) {
        int count = i < 0 ? 0 : multiplicity[i];
        if (count < k) {
          long from = i < 0 ? start : Math.max(start, at[i]);
          long to = i + 1 < at.length ? Math.min(end, at[i + 1]) : end;
          if (from < to) {
            if (from == pendingEnd) {
              pendingEnd = to;
            } else {
              n = emit(pendingStart, pendingEnd, limit, out, n);
              pendingStart = from;
              pendingEnd = to;
            }
          }
        }
        if (i + 1 >= at.length || at[i + 1] >= end) {
          break;
        }
      }
    }
    return emit(pendingStart, pendingEnd, limit, out, n);
  }

  /** Writes the stretch if there is one and it is longer than {@code limit}; returns the new count. */
  private static int emit(long start, long end, long limit, long[] out, int n) {
    if (end != Long.MIN_VALUE && end - start > limit) {
      if (out != null) {
        out[n] = start;
        out[n + 1] = end;
      }
      return n + 2;
    }
    return n;
  }

  /**
   * Returns the seconds covered by exactly one member, whoever it is.
   *
   * @return the seconds with multiplicity 1
   */
  public IntervalSet soleCoverage() {
    return segmentsWhere(multiplicity, 1, 1);
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
    return segmentsWhere(sole, member, member);
  }

  /**
   * Joins the segments whose value (multiplicity or sole member) lies in {@code [low, high]}; the last segment,
   * covered by nobody, never does. Counted first, then filled: the only array allocated is the set's own.
   */
  private IntervalSet segmentsWhere(int[] values, int low, int high) {
    int n = segmentsWhere(values, low, high, null);
    if (n == 0) {
      return IntervalSet.empty();
    }
    long[] bounds = new long[n];
    segmentsWhere(values, low, high, bounds);
    return IntervalSet.ofSortedBounds(bounds);
  }

  /** Writes the boundaries of {@link #segmentsWhere(int[], int, int)} into {@code bounds}, or only counts them. */
  private int segmentsWhere(int[] values, int low, int high, long[] bounds) {
    int n = 0;
    boolean wasInside = false;
    for (int i = 0; i < at.length; i++) {
      boolean isInside = values[i] >= low && values[i] <= high;
      if (isInside != wasInside) {
        if (bounds != null) {
          bounds[n] = at[i];
        }
        n++;
        wasInside = isInside;
      }
    }
    return n;
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
   * Returns, for each member who covers some seconds of {@code within} alone, those seconds: {@link
   * #soleCoverageByMember()} with each set intersected with {@code within} and the empty ones left out, computed in
   * one pass over the profile's steps and {@code within}'s windows, allocating only the results. MON-4 asks this of
   * every account's declared hours.
   *
   * @param within the seconds to look in, such as declared monitored hours
   * @return an unmodifiable map sorted by member number, holding only members with sole coverage inside
   *     {@code within}
   * @throws NullPointerException if {@code within} is null
   */
  public SortedMap<Integer, IntervalSet> soleCoverageByMember(IntervalSet within) {
    requireNonNull(within, "within");
    // Counted first, then filled straight into each member's own array: no two pieces of one member touch, since
    // the segments next to a sole one have another count or member, and within's windows never touch.
    int[] counts = new int[memberCount];
    if (!soleWithin(within, counts, null)) {
      return Collections.emptySortedMap();
    }
    long[][] bounds = new long[memberCount][];
    for (int m = 0; m < memberCount; m++) {
      if (counts[m] > 0) {
        bounds[m] = new long[2 * counts[m]];
        counts[m] = 0;
      }
    }
    soleWithin(within, counts, bounds);
    SortedMap<Integer, IntervalSet> byMember = new TreeMap<>();
    for (int m = 0; m < memberCount; m++) {
      if (bounds[m] != null) {
        byMember.put(m, IntervalSet.ofSortedBounds(bounds[m]));
      }
    }
    return Collections.unmodifiableSortedMap(byMember);
  }

  /**
   * Walks each piece of a sole segment inside a window of {@code within}, in time order: counts each member's
   * pieces in {@code counts} if {@code bounds} is null, else writes them into the member's array of
   * {@code bounds} at the place {@code counts} keeps. Tells whether there was any piece.
   */
  private boolean soleWithin(IntervalSet within, int[] counts, long[][] bounds) {
    boolean any = false;
    int w = 0;
    for (int i = 0; i < at.length && w < within.size(); i++) {
      int member = sole[i];
      if (member < 0) {
        continue;
      }
      long start = at[i];
      long end = at[i + 1];
      while (w < within.size() && within.endSecond(w) <= start) {
        w++;
      }
      for (int v = w; v < within.size() && within.startSecond(v) < end; v++) {
        if (bounds != null) {
          bounds[member][2 * counts[member]] = Math.max(start, within.startSecond(v));
          bounds[member][2 * counts[member] + 1] = Math.min(end, within.endSecond(v));
        }
        counts[member]++;
        any = true;
      }
    }
    return any;
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
   * Returns the fewest members covering any second of {@code within}, among counts of at least {@code atLeast}:
   * with {@code atLeast} 0, how many absences {@code within} can bear everywhere (0 if some second of it has
   * nobody); with 1, the same where anyone covers it. Computed in one pass over the profile's steps and
   * {@code within}'s windows, allocating nothing.
   *
   * @param within the seconds to look in, such as declared monitored hours
   * @param atLeast the least count to consider, zero or more
   * @return the least multiplicity of at least {@code atLeast} at some second of {@code within}; empty if no
   *     second of {@code within} is covered that many times (so always empty for an empty {@code within})
   * @throws NullPointerException if {@code within} is null
   * @throws IllegalArgumentException if {@code atLeast} is negative
   */
  public OptionalInt leastMultiplicity(IntervalSet within, int atLeast) {
    requireNonNull(within, "within");
    if (atLeast < 0) {
      throw new IllegalArgumentException("atLeast must not be negative, but was " + atLeast);
    }
    int least = Integer.MAX_VALUE;
    // The segment holding the window's start: -1 before the first step, where nobody covers anything.
    int segment = -1;
    for (int w = 0; w < within.size() && least > atLeast; w++) {
      long start = within.startSecond(w);
      long end = within.endSecond(w);
      while (segment + 1 < at.length && at[segment + 1] <= start) {
        segment++;
      }
      for (int i = segment; ; i++) {
        int count = i < 0 ? 0 : multiplicity[i];
        if (count >= atLeast && count < least) {
          least = count;
        }
        if (i + 1 >= at.length || at[i + 1] >= end) {
          break;
        }
      }
    }
    return least == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(least);
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
   * Collects raw slots {@code member covers [start, end)} in any order, overlapping or not, and the member's
   * absences, and builds their {@link CoverageProfile}. A member's overlapping slots count once; a member covers
   * nothing while absent.
   *
   * <p>{@link #build()} copies the collected state, so a builder can go on collecting and build again. Its
   * scratch arrays (the packed events, the per-member counts, the steps) are kept between builds, so a builder
   * that is {@link #clear() cleared} and reused for many profiles (one per account, say) allocates only the
   * profiles it builds and, if asked, the members' covers ({@link #coverByMember()}). Not thread-safe.
   *
   * <pre>{@code
   * CoverageProfile.Builder builder = CoverageProfile.builder();
   * CoverageProfile profile = builder
   *     .add(0, rotaStart, rotaStart + 36_000)
   *     .add(1, rotaStart + 28_800, rotaStart + 64_800)
   *     .absent(1, rotaStart + 30_000, rotaStart + 40_000)   // subtracted in the same sweep
   *     .build();
   * List<IntervalSet> onDuty = builder.coverByMember();      // each member's slots less their absences
   * builder.clear();                                         // ready for the next account
   * }</pre>
   */
  public static final class Builder {

    private final MemberWindows slots;
    private final MemberWindows absences = new MemberWindows(0);
    private int memberCount;

    /** Scratch of {@link #build()}, kept between builds. */
    private long[] events = new long[0];
    private int[] slotDepth = new int[0];
    private int[] absentDepth = new int[0];
    private long[] stepAt = new long[0];
    private int[] stepMultiplicity = new int[0];
    private int[] stepSole = new int[0];
    /**
     * Every change of one member's duty, in sweep order: the second, and the member. A member whose duty flips
     * and flips back at one second logs both; {@link #coverByMember()} cancels such pairs. Logged only when the
     * covers are asked for, by sweeping the latest build's events again: most builds never need them.
     */
    private long[] flipAt = new long[0];
    private int[] flipMember = new int[0];
    private int flips;
    /** The latest build's sorted events and how they were packed, for {@link #coverByMember()}'s sweep. */
    private long[] builtEvents;
    private int builtCount;
    private long builtOrigin;
    private int builtShift;
    private int builtMemberBits;
    private int builtKindBits;
    /** Scratch of {@link #coverByMember()}: where each member's boundaries start, go next, and the boundaries. */
    private int[] offsets = new int[0];
    private int[] next = new int[0];
    private long[] bounds = new long[0];
    /** The member count of the latest build, or -1 if something was added or cleared since. */
    private int builtMembers = -1;

    private Builder(int capacity) {
      slots = new MemberWindows(capacity);
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
      requireMember(member);
      IntervalSet.requireWindow("a slot", startSecond, endSecond);
      slots.add(member, startSecond, endSecond);
      memberCount = Math.max(memberCount, member + 1);
      builtMembers = -1;
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
     * Records that {@code member} is away during {@code [startSecond, endSecond)}: they cover none of it, whatever
     * their slots say. Absences may overlap each other and lie anywhere; they are taken away from the member's
     * slots in the same sweep that builds the profile, so nobody's cover is built and then cut. A member who is
     * only ever absent is not counted by {@link #memberCount()} for that.
     *
     * <p>With absences, the slots may span half as many seconds as without (see {@link #build()}): a bit of each
     * packed event tells slots from absences.
     *
     * @param member the member number, from 0 to {@link #MAX_MEMBER}
     * @param startSecond the start, in seconds since the epoch
     * @param endSecond the exclusive end, in seconds since the epoch
     * @return this builder
     * @throws IllegalArgumentException if {@code member} is out of range, {@code endSecond <= startSecond}, or
     *     either second lies outside the range of {@link Instant}
     */
    public Builder absent(int member, long startSecond, long endSecond) {
      requireMember(member);
      IntervalSet.requireWindow("an absence", startSecond, endSecond);
      absences.add(member, startSecond, endSecond);
      builtMembers = -1;
      return this;
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
      if (atLeast > memberCount) {
        memberCount = atLeast;
        builtMembers = -1;
      }
      return this;
    }

    /**
     * Forgets every slot, absence and member added, keeping the builder's arrays, so that one builder serves many
     * profiles without allocating again.
     *
     * @return this builder
     */
    public Builder clear() {
      slots.count = 0;
      absences.count = 0;
      memberCount = 0;
      builtMembers = -1;
      return this;
    }

    private static void requireMember(int member) {
      if (member < 0 || member > MAX_MEMBER) {
        throw new IllegalArgumentException(
            "member must be from 0 to " + MAX_MEMBER + ", but was " + member);
      }
    }

    /**
     * Sweeps the slots and absences added so far into a profile.
     *
     * <p>Each start and end is packed into one {@code long}: the second (relative to the earliest slot) in the
     * high bits, then whether it starts or ends (and, if there are absences, whether it is a slot or an absence),
     * then the member number in the low bits. The packed events are sorted and swept once; absences outside the
     * slots' span are left out.
     *
     * @return the profile
     * @throws IllegalArgumentException if the slots span more seconds than fit beside the member numbers (about
     *     8,700 years with 16 million members, half that with absences; far more with fewer members)
     */
    public CoverageProfile build() {
      int kindBits = absences.count > 0 ? 2 : 1;
      int memberBits = memberBits(memberCount);
      int shift = memberBits + kindBits;
      long origin = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (int i = 0; i < slots.count; i++) {
        origin = Math.min(origin, slots.starts[i]);
        last = Math.max(last, slots.ends[i]);
      }
      requireSpan(slots.count, memberCount, shift, origin, last);
      if (events.length < 2 * (slots.count + absences.count)) {
        events = new long[Math.max(2 * (slots.count + absences.count), 2 * events.length)];
      }
      int n = 0;
      for (int i = 0; i < slots.count; i++) {
        events[n++] = ((slots.starts[i] - origin) << shift) | (1L << memberBits) | slots.members[i];
        events[n++] = ((slots.ends[i] - origin) << shift) | slots.members[i];
      }
      for (int i = 0; i < absences.count; i++) {
        // Only the part inside the slots' span can take anything away; the rest would not fit the packing.
        long from = Math.max(absences.starts[i], origin);
        long to = Math.min(absences.ends[i], last);
        if (from < to && absences.members[i] < memberCount) {
          events[n++] = ((from - origin) << shift) | (3L << memberBits) | absences.members[i];
          events[n++] = ((to - origin) << shift) | (2L << memberBits) | absences.members[i];
        }
      }
      Arrays.sort(events, 0, n);
      CoverageProfile profile = sweep(memberCount, events, n, origin, shift, memberBits, kindBits, false);
      builtEvents = events;
      builtCount = n;
      builtOrigin = origin;
      builtShift = shift;
      builtMemberBits = memberBits;
      builtKindBits = kindBits;
      return profile;
    }

    /**
     * Returns each member's cover as the latest {@link #build()} swept it: their slots less their absences, by
     * member number, {@link #memberCount()} of them. Allocates the sets, nothing else of size.
     *
     * @return the members' covers; unmodifiable
     * @throws IllegalStateException if nothing was built, or something was added or cleared since the latest
     *     build
     */
    public List<IntervalSet> coverByMember() {
      if (builtMembers < 0) {
        throw new IllegalStateException("build() the profile first: covers come from its sweep");
      }
      sweep(builtMembers, builtEvents, builtCount, builtOrigin, builtShift, builtMemberBits, builtKindBits, true);
      // Each member's flips in time order, a flip back at the same second cancelling the one before it; counted
      // and placed in the builder's scratch, so that only the sets are allocated.
      if (offsets.length < builtMembers + 1) {
        offsets = new int[builtMembers + 1];
        next = new int[builtMembers + 1];
      }
      if (bounds.length < flips) {
        bounds = new long[flipAt.length];
      }
      Arrays.fill(offsets, 0, builtMembers + 1, 0);
      for (int i = 0; i < flips; i++) {
        offsets[flipMember[i] + 1]++;
      }
      for (int m = 0; m < builtMembers; m++) {
        offsets[m + 1] += offsets[m];
      }
      System.arraycopy(offsets, 0, next, 0, builtMembers);
      for (int i = 0; i < flips; i++) {
        int m = flipMember[i];
        if (next[m] > offsets[m] && bounds[next[m] - 1] == flipAt[i]) {
          next[m]--;
        } else {
          bounds[next[m]++] = flipAt[i];
        }
      }
      IntervalSet[] covers = new IntervalSet[builtMembers];
      for (int m = 0; m < builtMembers; m++) {
        covers[m] =
            next[m] == offsets[m]
                ? IntervalSet.empty()
                : IntervalSet.ofSortedBounds(Arrays.copyOfRange(bounds, offsets[m], next[m]));
      }
      return List.of(covers);
    }

    /**
     * One pass over the sorted events: a member is on duty while more of their slots than not have started and
     * none of their absences is running. Records a step wherever, once every event of a second is handled, the
     * number on duty or the sole member has changed (so touching slots do not step), and returns the profile,
     * allocating only its own arrays; or, for {@code flips}, records instead every flip of a member's duty for
     * {@link #coverByMember()} and returns null.
     */
    CoverageProfile sweep(
        int memberCount, long[] events, int n, long origin, int shift, int memberBits, int kindBits, boolean flips) {
      if (slotDepth.length < memberCount) {
        slotDepth = new int[memberCount];
        absentDepth = new int[kindBits > 1 ? memberCount : 0];
      } else {
        Arrays.fill(slotDepth, 0, memberCount, 0);
      }
      if (kindBits > 1) {
        if (absentDepth.length < memberCount) {
          absentDepth = new int[memberCount];
        } else {
          Arrays.fill(absentDepth, 0, memberCount, 0);
        }
      }
      if (flips && flipAt.length < n) {
        flipAt = new long[n];
        flipMember = new int[n];
      }
      long memberMask = (1L << memberBits) - 1;
      int kindMask = (1 << kindBits) - 1;
      int steps = 0;
      int onDuty = 0;
      int xorOfOnDuty = 0;
      int previousCount = 0;
      int previousSole = -1;
      int flipped = 0;
      int i = 0;
      while (i < n) {
        long time = events[i] >>> shift;
        long second = time + origin;
        while (i < n && events[i] >>> shift == time) {
          int member = (int) (events[i] & memberMask);
          boolean wasOn;
          boolean isOn;
          switch ((int) (events[i] >>> memberBits) & kindMask) {
            case 0: // a slot ends
              wasOn = slotDepth[member]-- == 1 && (kindBits == 1 || absentDepth[member] == 0);
              isOn = false;
              break;
            case 1: // a slot starts
              isOn = slotDepth[member]++ == 0 && (kindBits == 1 || absentDepth[member] == 0);
              wasOn = false;
              break;
            case 2: // an absence ends
              isOn = --absentDepth[member] == 0 && slotDepth[member] > 0;
              wasOn = false;
              break;
            default: // an absence starts
              wasOn = absentDepth[member]++ == 0 && slotDepth[member] > 0;
              isOn = false;
              break;
          }
          if (wasOn || isOn) {
            onDuty += isOn ? 1 : -1;
            xorOfOnDuty ^= member;
            if (flips) {
              flipAt[flipped] = second;
              flipMember[flipped++] = member;
            }
          }
          i++;
        }
        int soleMember = onDuty == 1 ? xorOfOnDuty : -1;
        if (!flips && (onDuty != previousCount || soleMember != previousSole)) {
          if (steps == stepAt.length) {
            int capacity = Math.max(16, 2 * steps);
            stepAt = Arrays.copyOf(stepAt, capacity);
            stepMultiplicity = Arrays.copyOf(stepMultiplicity, capacity);
            stepSole = Arrays.copyOf(stepSole, capacity);
          }
          stepAt[steps] = second;
          stepMultiplicity[steps] = onDuty;
          stepSole[steps] = soleMember;
          steps++;
          previousCount = onDuty;
          previousSole = soleMember;
        }
      }
      if (flips) {
        this.flips = flipped;
        return null;
      }
      builtMembers = memberCount;
      return new CoverageProfile(
          memberCount,
          Arrays.copyOf(stepAt, steps),
          Arrays.copyOf(stepMultiplicity, steps),
          Arrays.copyOf(stepSole, steps));
    }

    /** Windows with the member each is for, in parallel arrays that grow: a builder's slots, or its absences. */
    private static final class MemberWindows {

      private int[] members;
      private long[] starts;
      private long[] ends;
      private int count;

      MemberWindows(int capacity) {
        members = new int[capacity];
        starts = new long[capacity];
        ends = new long[capacity];
      }

      void add(int member, long start, long end) {
        if (count == members.length) {
          int capacity = Math.max(4, 2 * count);
          members = Arrays.copyOf(members, capacity);
          starts = Arrays.copyOf(starts, capacity);
          ends = Arrays.copyOf(ends, capacity);
        }
        members[count] = member;
        starts[count] = start;
        ends[count] = end;
        count++;
      }
    }
  }
}

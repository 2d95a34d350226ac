package io.github.accountgovernance.core.time;

import static io.github.accountgovernance.core.time.IntervalDomain.LAST;
import static io.github.accountgovernance.core.time.IntervalDomain.oracleOf;
import static io.github.accountgovernance.core.time.IntervalDomain.rangeOf;
import static io.github.accountgovernance.core.time.IntervalDomain.rangesOf;
import static io.github.accountgovernance.core.time.IntervalDomain.setOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** Every operation agrees with Guava's {@link TreeRangeSet} of closed-open ranges, and the set algebra holds. */
@Domain(IntervalDomain.class)
@Domain(DomainContext.Global.class)
final class IntervalSetProperties {

  @Property
  void builder_fromUnsortedOverlappingSlots_agreesWithRangeSet(@ForAll List<Slot> slots) {
    IntervalSet set = setOf(slots);

    assertThat(rangesOf(set)).isEqualTo(rangesOf(oracleOf(slots)));
    assertThat(set.size()).isEqualTo(oracleOf(slots).asRanges().size());
    assertThat(set.isEmpty()).isEqualTo(slots.isEmpty());
  }

  @Property
  void builder_ignoresTheOrderOfSlots(@ForAll List<Slot> slots) {
    List<Slot> reversed = new ArrayList<>(slots);
    Collections.reverse(reversed);

    assertThat(setOf(reversed)).isEqualTo(setOf(slots)).hasSameHashCodeAs(setOf(slots));
  }

  @Property
  void of_windowsAgreesWithBuilder(@ForAll List<Slot> slots) {
    List<TimeWindow> windows = new ArrayList<>();
    slots.forEach(slot -> windows.add(slot.window()));

    assertThat(IntervalSet.of(windows)).isEqualTo(setOf(slots));
    assertThat(IntervalSet.of(windows.toArray(new TimeWindow[0]))).isEqualTo(setOf(slots));
  }

  @Property
  void builder_canBeReusedAfterBuild(@ForAll List<Slot> first, @ForAll List<Slot> second) {
    IntervalSet.Builder builder = IntervalSet.builder();
    first.forEach(slot -> builder.add(slot.window()));
    IntervalSet built = builder.build();
    second.forEach(slot -> builder.add(slot.window()));

    assertThat(builder.build()).isEqualTo(setOf(first).union(setOf(second)));
    assertThat(built).isEqualTo(setOf(first));
  }

  @Property
  void builder_addAllOfABuiltSetGivesTheSameSet(@ForAll List<Slot> slots) {
    assertThat(IntervalSet.builder().addAll(setOf(slots)).build()).isEqualTo(setOf(slots));
  }

  @Property
  void contains_agreesWithRangeSetAtEverySecond(@ForAll List<Slot> slots) {
    IntervalSet set = setOf(slots);
    RangeSet<Long> oracle = oracleOf(slots);

    for (long second = -2; second <= LAST + 2; second++) {
      assertThat(set.contains(second)).as("second %d", second).isEqualTo(oracle.contains(second));
      assertThat(set.contains(Instant.ofEpochSecond(second, 500_000_000)))
          .as("instant in second %d", second)
          .isEqualTo(oracle.contains(second));
    }
  }

  @Property
  void totalSeconds_agreesWithRangeSet(@ForAll List<Slot> slots) {
    long expected = 0;
    for (Range<Long> range : oracleOf(slots).asRanges()) {
      expected += range.upperEndpoint() - range.lowerEndpoint();
    }

    assertThat(setOf(slots).totalSeconds()).isEqualTo(expected);
    assertThat(setOf(slots).totalDuration()).isEqualTo(Duration.ofSeconds(expected));
  }

  @Property
  void enclosesAndOverlaps_agreeWithRangeSet(@ForAll List<Slot> slots, @ForAll TimeWindow window) {
    IntervalSet set = setOf(slots);
    RangeSet<Long> oracle = oracleOf(slots);

    assertThat(set.encloses(window)).isEqualTo(oracle.encloses(rangeOf(window)));
    assertThat(set.overlaps(window)).isEqualTo(oracle.intersects(rangeOf(window)));
  }

  @Property
  void union_agreesWithRangeSet(@ForAll List<Slot> a, @ForAll List<Slot> b) {
    RangeSet<Long> oracle = oracleOf(a);
    oracle.addAll(oracleOf(b));

    assertThat(rangesOf(setOf(a).union(setOf(b)))).isEqualTo(rangesOf(oracle));
  }

  @Property
  void intersection_agreesWithRangeSet(@ForAll List<Slot> a, @ForAll List<Slot> b) {
    RangeSet<Long> oracle = oracleOf(a);
    oracle.removeAll(oracleOf(b).complement());

    assertThat(rangesOf(setOf(a).intersection(setOf(b)))).isEqualTo(rangesOf(oracle));
  }

  @Property
  void difference_agreesWithRangeSet(@ForAll List<Slot> a, @ForAll List<Slot> b) {
    RangeSet<Long> oracle = oracleOf(a);
    oracle.removeAll(oracleOf(b));

    assertThat(rangesOf(setOf(a).difference(setOf(b)))).isEqualTo(rangesOf(oracle));
  }

  @Property
  void complement_withinWindowCoversEverythingElse(@ForAll List<Slot> slots, @ForAll TimeWindow within) {
    RangeSet<Long> oracle = TreeRangeSet.create();
    oracle.add(rangeOf(within));
    oracle.removeAll(oracleOf(slots));

    assertThat(rangesOf(setOf(slots).complement(within))).isEqualTo(rangesOf(oracle));
  }

  @Property
  void clip_agreesWithSubRangeSet(@ForAll List<Slot> slots, @ForAll TimeWindow within) {
    RangeSet<Long> oracle = oracleOf(slots).subRangeSet(rangeOf(within));

    assertThat(rangesOf(setOf(slots).clip(within))).isEqualTo(rangesOf(oracle));
  }

  @Property
  void gapsLongerThan_keepsOnlyGapsStrictlyLongerThanTheThreshold(
      @ForAll List<Slot> slots, @ForAll TimeWindow within, @ForAll @IntRange(max = 20) int thresholdSeconds) {
    RangeSet<Long> gaps = TreeRangeSet.create();
    gaps.add(rangeOf(within));
    gaps.removeAll(oracleOf(slots));
    List<Range<Long>> expected = new ArrayList<>();
    long longest = 0;
    for (Range<Long> gap : gaps.asRanges()) {
      long length = gap.upperEndpoint() - gap.lowerEndpoint();
      longest = Math.max(longest, length);
      if (length > thresholdSeconds) {
        expected.add(gap);
      }
    }
    IntervalSet set = setOf(slots);

    assertThat(rangesOf(set.gapsLongerThan(Duration.ofSeconds(thresholdSeconds), within))).isEqualTo(expected);
    assertThat(set.gapsLongerThan(Duration.ofSeconds(thresholdSeconds).plusMillis(1), within))
        .isEqualTo(set.gapsLongerThan(Duration.ofSeconds(thresholdSeconds), within));
    assertThat(set.longestGap(within)).isEqualTo(Duration.ofSeconds(longest));
  }

  @Property
  void unionAndIntersection_areCommutative(@ForAll List<Slot> a, @ForAll List<Slot> b) {
    assertThat(setOf(a).union(setOf(b))).isEqualTo(setOf(b).union(setOf(a)));
    assertThat(setOf(a).intersection(setOf(b))).isEqualTo(setOf(b).intersection(setOf(a)));
  }

  @Property
  void unionAndIntersection_areAssociative(
      @ForAll List<Slot> a, @ForAll List<Slot> b, @ForAll List<Slot> c) {
    IntervalSet x = setOf(a);
    IntervalSet y = setOf(b);
    IntervalSet z = setOf(c);

    assertThat(x.union(y).union(z)).isEqualTo(x.union(y.union(z)));
    assertThat(x.intersection(y).intersection(z)).isEqualTo(x.intersection(y.intersection(z)));
  }

  @Property
  void intersection_distributesOverUnion(@ForAll List<Slot> a, @ForAll List<Slot> b, @ForAll List<Slot> c) {
    IntervalSet x = setOf(a);
    IntervalSet y = setOf(b);
    IntervalSet z = setOf(c);

    assertThat(x.intersection(y.union(z))).isEqualTo(x.intersection(y).union(x.intersection(z)));
  }

  @Property
  void difference_sharesNothingWithWhatWasTakenAway(@ForAll List<Slot> a, @ForAll List<Slot> b) {
    IntervalSet x = setOf(a);
    IntervalSet y = setOf(b);

    assertThat(x.difference(y).intersection(y).isEmpty()).isTrue();
    assertThat(x.difference(y).union(x.intersection(y))).isEqualTo(x);
    assertThat(x.difference(y).totalSeconds() + x.intersection(y).totalSeconds()).isEqualTo(x.totalSeconds());
  }

  @Property
  void complement_takenTwiceIsTheClippedSet(@ForAll List<Slot> slots, @ForAll TimeWindow within) {
    IntervalSet set = setOf(slots);

    assertThat(set.complement(within).complement(within)).isEqualTo(set.clip(within));
    assertThat(set.complement(within).intersection(set).isEmpty()).isTrue();
    assertThat(set.complement(within).totalSeconds() + set.clip(within).totalSeconds())
        .isEqualTo(within.duration().getSeconds());
  }

  @Property
  void clip_isIntersectionWithTheWindow(@ForAll List<Slot> slots, @ForAll TimeWindow within) {
    assertThat(setOf(slots).clip(within)).isEqualTo(setOf(slots).intersection(IntervalSet.of(within)));
  }

  @Property
  void windowsAndIndexedAccessors_describeTheSameWindows(@ForAll List<Slot> slots) {
    IntervalSet set = setOf(slots);

    assertThat(set.windows()).hasSize(set.size());
    for (int i = 0; i < set.size(); i++) {
      assertThat(set.window(i)).isEqualTo(set.windows().get(i));
      assertThat(set.window(i).startSecond()).isEqualTo(set.startSecond(i));
      assertThat(set.window(i).endSecond()).isEqualTo(set.endSecond(i));
    }
    assertThat(set.windows()).isSorted().doesNotHaveDuplicates();
  }
}

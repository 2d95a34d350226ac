package io.github.accountgovernance.core.time;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static io.github.accountgovernance.core.time.IntervalGens.LAST;
import static io.github.accountgovernance.core.time.IntervalGens.oracleOf;
import static io.github.accountgovernance.core.time.IntervalGens.rangeOf;
import static io.github.accountgovernance.core.time.IntervalGens.rangesOf;
import static io.github.accountgovernance.core.time.IntervalGens.setOf;
import static io.github.accountgovernance.core.time.IntervalGens.slotLists;
import static io.github.accountgovernance.core.time.IntervalGens.windows;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Every operation agrees with Guava's {@link TreeRangeSet} of closed-open ranges, and the set algebra holds. */
final class IntervalSetProperties {

  /** Examples per property: 1,000, as many as each of these properties has always run. */
  private static final int EXAMPLES = 1000;

  @Test
  void builder_fromUnsortedOverlappingSlots_agreesWithRangeSet() {
    qt().withExamples(EXAMPLES).forAll(slotLists()).checkAssert(slots -> {
      IntervalSet set = setOf(slots);

      assertThat(rangesOf(set)).isEqualTo(rangesOf(oracleOf(slots)));
      assertThat(set.size()).isEqualTo(oracleOf(slots).asRanges().size());
      assertThat(set.isEmpty()).isEqualTo(slots.isEmpty());
    });
  }

  @Test
  void builder_ignoresTheOrderOfSlots() {
    qt().withExamples(EXAMPLES).forAll(slotLists()).checkAssert(slots -> {
      List<Slot> reversed = new ArrayList<>(slots);
      Collections.reverse(reversed);

      assertThat(setOf(reversed)).isEqualTo(setOf(slots)).hasSameHashCodeAs(setOf(slots));
    });
  }

  @Test
  void of_windowsAgreesWithBuilder() {
    qt().withExamples(EXAMPLES).forAll(slotLists()).checkAssert(slots -> {
      List<TimeWindow> windows = new ArrayList<>();
      slots.forEach(slot -> windows.add(slot.window()));

      assertThat(IntervalSet.of(windows)).isEqualTo(setOf(slots));
      assertThat(IntervalSet.of(windows.toArray(new TimeWindow[0]))).isEqualTo(setOf(slots));
    });
  }

  @Test
  void builder_canBeReusedAfterBuild() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), slotLists()).checkAssert((first, second) -> {
      IntervalSet.Builder builder = IntervalSet.builder();
      first.forEach(slot -> builder.add(slot.window()));
      IntervalSet built = builder.build();
      second.forEach(slot -> builder.add(slot.window()));

      assertThat(builder.build()).isEqualTo(setOf(first).union(setOf(second)));
      assertThat(built).isEqualTo(setOf(first));
    });
  }

  @Test
  void buildWithout_subtractsInTheSameSweep_agreesWithRangeSet() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), slotLists()).checkAssert((slots, absences) -> {
      IntervalSet.Builder builder = IntervalSet.builder();
      slots.forEach(slot -> builder.add(slot.window()));
      RangeSet<Long> oracle = oracleOf(slots);
      oracle.removeAll(oracleOf(absences));

      assertThat(rangesOf(builder.buildWithout(setOf(absences)))).isEqualTo(rangesOf(oracle));
      assertThat(builder.buildWithout(IntervalSet.empty())).isEqualTo(setOf(slots));
    });
  }

  @Test
  void builder_clearedAndReused_forgetsWhatItHeld_andKeepsWhatItBuilt() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), slotLists(), slotLists()).checkAssert((first, second, absences) -> {
      IntervalSet.Builder builder = IntervalSet.builder();
      first.forEach(slot -> builder.add(slot.window()));
      IntervalSet built = builder.buildWithout(setOf(absences));
      builder.clear();
      second.forEach(slot -> builder.add(slot.window()));

      assertThat(builder.build()).isEqualTo(setOf(second));
      assertThat(builder.buildWithout(setOf(absences))).isEqualTo(setOf(second).difference(setOf(absences)));
      assertThat(built).isEqualTo(setOf(first).difference(setOf(absences)));
    });
  }

  @Test
  void builder_addAllOfABuiltSetGivesTheSameSet() {
    qt().withExamples(EXAMPLES).forAll(slotLists()).checkAssert(slots -> {
      assertThat(IntervalSet.builder().addAll(setOf(slots)).build()).isEqualTo(setOf(slots));
    });
  }

  @Test
  void contains_agreesWithRangeSetAtEverySecond() {
    qt().withExamples(EXAMPLES).forAll(slotLists()).checkAssert(slots -> {
      IntervalSet set = setOf(slots);
      RangeSet<Long> oracle = oracleOf(slots);

      for (long second = -2; second <= LAST + 2; second++) {
        assertThat(set.contains(second)).as("second %d", second).isEqualTo(oracle.contains(second));
        assertThat(set.contains(Instant.ofEpochSecond(second, 500_000_000)))
            .as("instant in second %d", second)
            .isEqualTo(oracle.contains(second));
      }
    });
  }

  @Test
  void totalSeconds_agreesWithRangeSet() {
    qt().withExamples(EXAMPLES).forAll(slotLists()).checkAssert(slots -> {
      long expected = 0;
      for (Range<Long> range : oracleOf(slots).asRanges()) {
        expected += range.upperEndpoint() - range.lowerEndpoint();
      }

      assertThat(setOf(slots).totalSeconds()).isEqualTo(expected);
      assertThat(setOf(slots).totalDuration()).isEqualTo(Duration.ofSeconds(expected));
    });
  }

  @Test
  void enclosesAndOverlaps_agreeWithRangeSet() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), windows()).checkAssert((slots, window) -> {
      IntervalSet set = setOf(slots);
      RangeSet<Long> oracle = oracleOf(slots);

      assertThat(set.encloses(window)).isEqualTo(oracle.encloses(rangeOf(window)));
      assertThat(set.overlaps(window)).isEqualTo(oracle.intersects(rangeOf(window)));
    });
  }

  @Test
  void union_agreesWithRangeSet() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), slotLists()).checkAssert((a, b) -> {
      RangeSet<Long> oracle = oracleOf(a);
      oracle.addAll(oracleOf(b));

      assertThat(rangesOf(setOf(a).union(setOf(b)))).isEqualTo(rangesOf(oracle));
    });
  }

  @Test
  void intersection_agreesWithRangeSet() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), slotLists()).checkAssert((a, b) -> {
      RangeSet<Long> oracle = oracleOf(a);
      oracle.removeAll(oracleOf(b).complement());

      assertThat(rangesOf(setOf(a).intersection(setOf(b)))).isEqualTo(rangesOf(oracle));
    });
  }

  @Test
  void difference_agreesWithRangeSet() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), slotLists()).checkAssert((a, b) -> {
      RangeSet<Long> oracle = oracleOf(a);
      oracle.removeAll(oracleOf(b));

      assertThat(rangesOf(setOf(a).difference(setOf(b)))).isEqualTo(rangesOf(oracle));
    });
  }

  @Test
  void complement_withinWindowCoversEverythingElse() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), windows()).checkAssert((slots, within) -> {
      RangeSet<Long> oracle = TreeRangeSet.create();
      oracle.add(rangeOf(within));
      oracle.removeAll(oracleOf(slots));

      assertThat(rangesOf(setOf(slots).complement(within))).isEqualTo(rangesOf(oracle));
    });
  }

  @Test
  void clip_agreesWithSubRangeSet() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), windows()).checkAssert((slots, within) -> {
      RangeSet<Long> oracle = oracleOf(slots).subRangeSet(rangeOf(within));

      assertThat(rangesOf(setOf(slots).clip(within))).isEqualTo(rangesOf(oracle));
    });
  }

  @Test
  void gapsLongerThan_keepsOnlyGapsStrictlyLongerThanTheThreshold() {
    qt().withExamples(EXAMPLES)
        .forAll(slotLists(), windows(), Generate.range(0, 20))
        .checkAssert((slots, within, thresholdSeconds) -> {
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
    });
  }

  @Test
  void unionAndIntersection_areCommutative() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), slotLists()).checkAssert((a, b) -> {
      assertThat(setOf(a).union(setOf(b))).isEqualTo(setOf(b).union(setOf(a)));
      assertThat(setOf(a).intersection(setOf(b))).isEqualTo(setOf(b).intersection(setOf(a)));
    });
  }

  @Test
  void unionAndIntersection_areAssociative() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), slotLists(), slotLists()).checkAssert((a, b, c) -> {
      IntervalSet x = setOf(a);
      IntervalSet y = setOf(b);
      IntervalSet z = setOf(c);

      assertThat(x.union(y).union(z)).isEqualTo(x.union(y.union(z)));
      assertThat(x.intersection(y).intersection(z)).isEqualTo(x.intersection(y.intersection(z)));
    });
  }

  @Test
  void intersection_distributesOverUnion() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), slotLists(), slotLists()).checkAssert((a, b, c) -> {
      IntervalSet x = setOf(a);
      IntervalSet y = setOf(b);
      IntervalSet z = setOf(c);

      assertThat(x.intersection(y.union(z))).isEqualTo(x.intersection(y).union(x.intersection(z)));
    });
  }

  @Test
  void difference_sharesNothingWithWhatWasTakenAway() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), slotLists()).checkAssert((a, b) -> {
      IntervalSet x = setOf(a);
      IntervalSet y = setOf(b);

      assertThat(x.difference(y).intersection(y).isEmpty()).isTrue();
      assertThat(x.difference(y).union(x.intersection(y))).isEqualTo(x);
      assertThat(x.difference(y).totalSeconds() + x.intersection(y).totalSeconds()).isEqualTo(x.totalSeconds());
    });
  }

  @Test
  void complement_takenTwiceIsTheClippedSet() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), windows()).checkAssert((slots, within) -> {
      IntervalSet set = setOf(slots);

      assertThat(set.complement(within).complement(within)).isEqualTo(set.clip(within));
      assertThat(set.complement(within).intersection(set).isEmpty()).isTrue();
      assertThat(set.complement(within).totalSeconds() + set.clip(within).totalSeconds())
          .isEqualTo(within.duration().getSeconds());
    });
  }

  @Test
  void clip_isIntersectionWithTheWindow() {
    qt().withExamples(EXAMPLES).forAll(slotLists(), windows()).checkAssert((slots, within) -> {
      assertThat(setOf(slots).clip(within)).isEqualTo(setOf(slots).intersection(IntervalSet.of(within)));
    });
  }

  @Test
  void windowsAndIndexedAccessors_describeTheSameWindows() {
    qt().withExamples(EXAMPLES).forAll(slotLists()).checkAssert(slots -> {
      IntervalSet set = setOf(slots);

      assertThat(set.windows()).hasSize(set.size());
      for (int i = 0; i < set.size(); i++) {
        assertThat(set.window(i)).isEqualTo(set.windows().get(i));
        assertThat(set.window(i).startSecond()).isEqualTo(set.startSecond(i));
        assertThat(set.window(i).endSecond()).isEqualTo(set.endSecond(i));
      }
      assertThat(set.windows()).isSorted().doesNotHaveDuplicates();
    });
  }
}

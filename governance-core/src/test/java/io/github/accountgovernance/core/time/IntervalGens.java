package io.github.accountgovernance.core.time;

import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.Lists;
import org.quicktheories.generators.SourceDSL;

/**
 * Small windows over the first minute or so of the epoch, so that overlaps and touching windows are common, and
 * the Guava {@link RangeSet} oracle for them, as QuickTheories generators. Lists of slots shrink towards fewer,
 * earlier, shorter slots.
 */
final class IntervalGens {

  /** Every generated second lies in {@code [0, LAST)}. */
  static final long LAST = 64;

  private IntervalGens() {}

  static Gen<Slot> slots() {
    return Generate.longRange(0, LAST - 14, 0)
        .zip(Generate.longRange(1, 12, 1), (start, length) -> new Slot(start, start + length));
  }

  static Gen<List<Slot>> slotLists() {
    return listsOf(slots(), 8);
  }

  /** Up to five members, each with up to five slots; a member's slots overlap often. */
  static Gen<Rota> rotas() {
    return listsOf(listsOf(slots(), 5), 5).map(Rota::new);
  }

  static Gen<TimeWindow> windows() {
    return Generate.longRange(0, LAST - 8, 0)
        .zip(
            Generate.longRange(1, LAST, 1),
            (start, length) -> TimeWindow.ofEpochSeconds(start, Math.min(start + length, LAST)));
  }

  /** Lists of up to {@code max} elements, shrinking towards fewer. */
  private static <T> Gen<List<T>> listsOf(Gen<T> elements, int max) {
    return SourceDSL.lists().of(elements).ofType(Lists.<T, List<T>>arrayList()).ofSizeBetween(0, max);
  }

  static IntervalSet setOf(Collection<Slot> slots) {
    IntervalSet.Builder builder = IntervalSet.builder();
    slots.forEach(slot -> builder.add(slot.start(), slot.end()));
    return builder.build();
  }

  static RangeSet<Long> oracleOf(Collection<Slot> slots) {
    RangeSet<Long> oracle = TreeRangeSet.create();
    slots.forEach(slot -> oracle.add(slot.range()));
    return oracle;
  }

  static Range<Long> rangeOf(TimeWindow window) {
    return Range.closedOpen(window.startSecond(), window.endSecond());
  }

  /** The windows of a set as Guava ranges, to compare with {@code oracle.asRanges()}. */
  static List<Range<Long>> rangesOf(IntervalSet set) {
    List<Range<Long>> ranges = new ArrayList<>();
    for (TimeWindow window : set.windows()) {
      ranges.add(rangeOf(window));
    }
    return ranges;
  }

  static List<Range<Long>> rangesOf(RangeSet<Long> oracle) {
    return new ArrayList<>(oracle.asRanges());
  }
}

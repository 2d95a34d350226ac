package io.github.accountgovernance.core.time;

import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * Small windows over the first minute or so of the epoch, so that overlaps and touching windows are common, and
 * the Guava {@link RangeSet} oracle for them. Lists of slots shrink towards fewer, earlier, shorter slots.
 */
final class IntervalDomain extends DomainContextBase {

  /** Every generated second lies in {@code [0, LAST)}. */
  static final long LAST = 64;

  @Provide
  Arbitrary<Slot> slots() {
    return Combinators.combine(Arbitraries.longs().between(0, LAST - 14), Arbitraries.longs().between(1, 12))
        .as((start, length) -> new Slot(start, start + length));
  }

  @Provide
  Arbitrary<List<Slot>> slotLists() {
    return slots().list().ofMaxSize(8);
  }

  /** Up to five members, each with up to five slots; a member's slots overlap often. */
  @Provide
  Arbitrary<Rota> rotas() {
    return slots().list().ofMaxSize(5).list().ofMaxSize(5).map(Rota::new);
  }

  @Provide
  Arbitrary<TimeWindow> windows() {
    return Combinators.combine(Arbitraries.longs().between(0, LAST - 8), Arbitraries.longs().between(1, LAST))
        .as((start, length) -> TimeWindow.ofEpochSeconds(start, Math.min(start + length, LAST)));
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

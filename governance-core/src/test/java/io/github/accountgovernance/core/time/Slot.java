package io.github.accountgovernance.core.time;

import com.google.common.collect.Range;

/** A raw window {@code [start, end)} in epoch seconds, as test input: unsorted, possibly overlapping. */
record Slot(long start, long end) {

  Range<Long> range() {
    return Range.closedOpen(start, end);
  }

  TimeWindow window() {
    return TimeWindow.ofEpochSeconds(start, end);
  }
}

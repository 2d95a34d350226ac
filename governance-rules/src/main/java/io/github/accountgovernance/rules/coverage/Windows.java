package io.github.accountgovernance.rules.coverage;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.time.IntervalSet;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Formatting of interval sets for people, shared by the coverage results. */
final class Windows {

  private Windows() {}

  static List<String> describe(IntervalSet windows, ZoneId zone) {
    requireNonNull(windows, "windows");
    List<String> lines = new ArrayList<>(windows.size());
    for (int i = 0; i < windows.size(); i++) {
      lines.add(windows.window(i).format(zone));
    }
    return List.copyOf(lines);
  }
}

package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.rules.Evidence;
import io.github.accountgovernance.rules.Finding;
import io.github.accountgovernance.rules.coverage.AccountCoverage;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evidence that the rules reading the monitoring coverage (MON-2, MON-3, CLO-4) give for an uncovered window,
 * worded alike wherever it is given.
 */
final class CoverageEvidence {

  private CoverageEvidence() {}

  /** Adds the absences of the account's monitors that overlap the windows, the usual reason they are empty. */
  static void addAbsences(
      Finding.Builder finding, AccountCoverage cover, IntervalSet windows, Estate estate, ZoneId zone) {
    List<String> lines = new ArrayList<>();
    for (String monitor : cover.monitors()) {
      for (Absence absence : estate.absencesOf(monitor)) {
        if (windows.overlaps(absence.window())) {
          lines.add(
              Shown.contributorById(estate, monitor)
                  + ": "
                  + absence.reason().name().toLowerCase(Locale.ROOT)
                  + ", "
                  + absence.window().format(zone));
        }
      }
    }
    if (!lines.isEmpty()) {
      finding.addEvidence(Evidence.of("absences", lines));
    }
  }
}

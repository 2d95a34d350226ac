package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.coverage.AccountCoverage;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The evidence that the rules reading the monitoring coverage (MON-2, MON-3, CLO-4) give for an uncovered window,
 * worded alike wherever it is given: the absences behind it, and the slots of people who have left, which the
 * coverage does not count.
 */
final class CoverageEvidence {

  private CoverageEvidence() {}

  /** Adds the absences of the account's monitors that overlap the windows, the usual reason they are empty. */
  static void addAbsences(
      Finding.Builder finding, AccountCoverage cover, IntervalSet windows, Estate estate, ZoneId zone) {
    List<String> whose = new ArrayList<>();
    List<Absence> found = new ArrayList<>();
    long end = windows.isEmpty() ? Long.MIN_VALUE : windows.endSecond(windows.size() - 1);
    for (String monitor : cover.monitors()) {
      String shown = null;
      for (Absence absence : estate.absencesOf(monitor)) {
        if (absence.window().startSecond() >= end) {
          // An estate keeps each person's absences in time order, by start: the rest start later still.
          break;
        }
        if (windows.overlaps(absence.window())) {
          shown = shown != null ? shown : Shown.contributorById(estate, monitor);
          whose.add(shown);
          found.add(absence);
        }
      }
    }
    if (!found.isEmpty()) {
      // The windows written when shown (names now: the evidence keeps no estate alive).
      String[] names = whose.toArray(new String[0]);
      Absence[] absences = found.toArray(new Absence[0]);
      finding.addEvidence(Evidence.each("absences", absences.length, i ->
          names[i]
              + ": "
              + absences[i].reason().name().toLowerCase(Locale.ROOT)
              + ", "
              + absences[i].window().format(zone)));
    }
  }

  /**
   * Adds the people who have left but still have rota slots on the account during the windows: the coverage does
   * not count a leaver's slots, so the windows may be uncovered because of them. One line per person, in the
   * order of the rota.
   */
  static void addLeavers(
      Finding.Builder finding, AccountCoverage cover, IntervalSet windows, Estate estate, ZoneId zone) {
    Set<String> leavers = new LinkedHashSet<>();
    List<String> lines = new ArrayList<>();
    String previousId = null;
    Optional<Contributor> leaver = Optional.empty();
    for (RotaAssignment slot : estate.rotaFor(cover.account().id())) {
      if (slot.contributor() != previousId) {
        // One person's slots often come together: look them up once.
        previousId = slot.contributor();
        leaver = estate.contributor(previousId).filter(person -> !person.isServing());
      }
      if (leaver.isEmpty() || leavers.contains(leaver.get().id())) {
        continue;
      }
      if (!RotaSlots.within(slot, cover.window(), zone).intersection(windows).isEmpty()) {
        leavers.add(leaver.get().id());
        lines.add(
            "slots of "
                + Shown.contributor(leaver.get())
                + ", who left "
                + leaver.get().leftOn().map(day -> "on " + Shown.date(day)).orElse("(no date recorded)")
                + ", not counted");
      }
    }
    if (!lines.isEmpty()) {
      finding.addEvidence(Evidence.of("leavers' slots", lines));
    }
  }
}

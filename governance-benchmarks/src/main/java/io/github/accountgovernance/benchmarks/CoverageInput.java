package io.github.accountgovernance.benchmarks;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklySchedule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The raw input of the coverage and leave-resilience workloads, laid out once from an estate: every rota slot
 * of a serving contributor on an open account inside the window, as (monitor, start, end) seconds, weekly
 * patterns expanded in the force's zone; every absence by contributor; each account's declared hours. Slots and
 * absences are shuffled, so that each side must sort them itself.
 *
 * <p>Immutable after construction; the arrays are shared with the benchmarks, which only read them.
 */
public final class CoverageInput {

  final TimeWindow window;
  final String[] accountIds;
  final String[] contributorIds;
  /** Per account: the monitor (contributor index), start and end of each slot, in shuffled order. */
  final int[][] slotMonitor;
  final long[][] slotStart;
  final long[][] slotEnd;
  /** Per contributor: start and end of each absence, in shuffled order. */
  final long[][] absenceStart;
  final long[][] absenceEnd;
  final IntervalSet[] declared;
  final int slotCount;

  /**
   * Lays out the input.
   *
   * @param estate the estate
   * @param window the window to analyse
   * @param seed the seed of the shuffle
   */
  public CoverageInput(Estate estate, TimeWindow window, long seed) {
    this.window = window;
    ZoneId zone = estate.force().zone();
    SplittableRandom random = new SplittableRandom(seed);
    List<Account> open = new ArrayList<>();
    for (Account account : estate.accounts()) {
      if (account.status().isOpen()) {
        open.add(account);
      }
    }
    Map<String, Integer> contributorIndex = new HashMap<>();
    List<String> people = new ArrayList<>();
    for (Contributor person : estate.contributors()) {
      contributorIndex.put(person.id(), people.size());
      people.add(person.id());
    }
    accountIds = new String[open.size()];
    slotMonitor = new int[open.size()][];
    slotStart = new long[open.size()][];
    slotEnd = new long[open.size()][];
    declared = new IntervalSet[open.size()];
    Map<WeeklySchedule, IntervalSet> expanded = new HashMap<>();
    int slots = 0;
    for (int a = 0; a < open.size(); a++) {
      Account account = open.get(a);
      accountIds[a] = account.id();
      declared[a] =
          account.monitoredHours().isAlways()
              ? IntervalSet.of(window)
              : WeeklySchedule.of(account.monitoredHours().windows()).expand(zone, window);
      List<long[]> found = new ArrayList<>();
      for (RotaAssignment slot : estate.rotaFor(account.id())) {
        Contributor person = estate.contributor(slot.contributor()).orElseThrow();
        if (!person.isServing()) {
          continue;
        }
        int monitor = contributorIndex.get(person.id());
        if (slot.shiftWindow().isPresent()) {
          TimeWindow shift = slot.shiftWindow().get();
          long start = Math.max(shift.startSecond(), window.startSecond());
          long end = Math.min(shift.endSecond(), window.endSecond());
          if (start < end) {
            found.add(new long[] {monitor, start, end});
          }
        } else {
          IntervalSet occurrences =
              expanded.computeIfAbsent(
                  WeeklySchedule.of(slot.weeklyWindow().orElseThrow()), schedule -> schedule.expand(zone, window));
          LocalDate from = slot.validFrom().orElseThrow();
          LocalDate until = slot.validUntil().orElse(LocalDate.MAX);
          for (int i = 0; i < occurrences.size(); i++) {
            LocalDate day = occurrences.window(i).start().atZone(zone).toLocalDate();
            if (!day.isBefore(from) && day.isBefore(until)) {
              found.add(new long[] {monitor, occurrences.startSecond(i), occurrences.endSecond(i)});
            }
          }
        }
      }
      shuffle(found, random);
      slotMonitor[a] = new int[found.size()];
      slotStart[a] = new long[found.size()];
      slotEnd[a] = new long[found.size()];
      for (int i = 0; i < found.size(); i++) {
        slotMonitor[a][i] = (int) found.get(i)[0];
        slotStart[a][i] = found.get(i)[1];
        slotEnd[a][i] = found.get(i)[2];
      }
      slots += found.size();
    }
    slotCount = slots;
    contributorIds = people.toArray(new String[0]);
    absenceStart = new long[people.size()][];
    absenceEnd = new long[people.size()][];
    for (int c = 0; c < people.size(); c++) {
      List<Absence> absences = new ArrayList<>(estate.absencesOf(people.get(c)));
      shuffle(absences, random);
      absenceStart[c] = new long[absences.size()];
      absenceEnd[c] = new long[absences.size()];
      for (int i = 0; i < absences.size(); i++) {
        absenceStart[c][i] = absences.get(i).window().startSecond();
        absenceEnd[c][i] = absences.get(i).window().endSecond();
      }
    }
  }

  /**
   * Returns the number of rota slots laid out, over all accounts.
   *
   * @return the slot count
   */
  public int slotCount() {
    return slotCount;
  }

  /**
   * Returns the number of absences, over all contributors.
   *
   * @return the absence count
   */
  public int absenceCount() {
    int count = 0;
    for (long[] starts : absenceStart) {
      count += starts.length;
    }
    return count;
  }

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
  }
}

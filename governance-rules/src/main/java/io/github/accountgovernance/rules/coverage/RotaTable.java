package io.github.accountgovernance.rules.coverage;

import com.google.common.collect.MapMaker;
import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

/**
 * An estate's rota and absences as primitive arrays, read once per estate: who (as a serving contributor's number)
 * is on which account when (a shift's seconds, or a weekly window's number with its first and end dates as epoch
 * days), and when each serving contributor is away. The analysis of every evaluation of the estate reads these
 * arrays rather than each slot's optional parts, which cost an object per part and read, and each person's
 * absences through a lookup by id.
 *
 * <p>Kept beside the estate, as its own lookups are, while the estate is reachable: a table holds nothing of the
 * estate but its accounts, ids and weekly windows, so it never keeps an estate alive. Immutable and thread-safe.
 */
final class RotaTable {

  /** The tables of the estates still reachable, by identity; an estate's table goes when the estate does. */
  private static final ConcurrentMap<Estate, RotaTable> TABLES = new MapMaker().weakKeys().makeMap();

  /** The serving contributors' ids, sorted: a contributor's number is their place here. */
  final String[] servingIds;
  /** The estate's accounts, sorted by id. */
  final Account[] accounts;
  /** Their ids, in the same order. */
  final String[] accountIds;
  /** Each account's declared hours, numbered: accounts declaring equal hours have the same number. */
  final int[] hoursNumber;
  /** How many distinct declared hours there are: the numbers run from 0 to one less. */
  final int distinctHours;
  /** Account {@code a}'s slots are at {@code [slotOffsets[a], slotOffsets[a + 1])}, in the estate's rota order. */
  final int[] slotOffsets;
  /** Each slot's contributor's number, or -1 for someone not serving, who covers nothing. */
  final int[] contributor;
  /** A shift's start second, or a weekly slot's first date as an epoch day. */
  final long[] from;
  /** A shift's end second, or a weekly slot's end date as an epoch day ({@link Long#MAX_VALUE} if open-ended). */
  final long[] until;
  /** A weekly slot's window as its number in {@link #distinctWeekly}, -1 for a shift. */
  final int[] weeklyNumber;
  /** The distinct weekly windows of the rota, numbered: slots with equal windows have one number. */
  final WeeklyWindow[] distinctWeekly;
  /**
   * Serving contributor {@code c}'s absences are at {@code [absenceOffsets[c], absenceOffsets[c + 1])} of
   * {@link #absenceStart} and {@link #absenceEnd}, in seconds, in the estate's order: by start.
   */
  final int[] absenceOffsets;
  final long[] absenceStart;
  final long[] absenceEnd;

  private RotaTable(Estate estate) {
    List<String> serving = new ArrayList<>();
    for (Contributor person : estate.contributors()) {
      if (person.isServing()) {
        serving.add(person.id());
      }
    }
    servingIds = serving.toArray(new String[0]);
    Arrays.sort(servingIds);
    accounts = estate.accounts().toArray(new Account[0]);
    Arrays.sort(accounts, Comparator.comparing(Account::id));
    accountIds = new String[accounts.length];
    hoursNumber = new int[accounts.length];
    slotOffsets = new int[accounts.length + 1];
    Map<MonitoredHours, Integer> numbers = new HashMap<>();
    for (int a = 0; a < accounts.length; a++) {
      accountIds[a] = accounts[a].id();
      hoursNumber[a] = numbers.computeIfAbsent(accounts[a].monitoredHours(), hours -> numbers.size());
      slotOffsets[a + 1] = slotOffsets[a] + estate.rotaFor(accountIds[a]).size();
    }
    distinctHours = numbers.size();
    int slots = slotOffsets[accounts.length];
    contributor = new int[slots];
    from = new long[slots];
    until = new long[slots];
    weeklyNumber = new int[slots];
    Map<WeeklyWindow, Integer> weeklyNumbers = new HashMap<>();
    for (int a = 0; a < accounts.length; a++) {
      List<RotaAssignment> rota = estate.rotaFor(accountIds[a]);
      String previousId = null;
      int number = -1;
      for (int i = 0; i < rota.size(); i++) {
        RotaAssignment slot = rota.get(i);
        int s = slotOffsets[a] + i;
        if (slot.contributor() != previousId) {
          // One person's slots often come together: look them up once. The same string object, not an equal
          // one (a read estate shares one per id); an equal id in another string is only looked up again.
          previousId = slot.contributor();
          number = Math.max(-1, Arrays.binarySearch(servingIds, previousId));
        }
        contributor[s] = number;
        Optional<TimeWindow> shift = slot.shiftWindow();
        if (shift.isPresent()) {
          weeklyNumber[s] = -1;
          from[s] = shift.get().startSecond();
          until[s] = shift.get().endSecond();
        } else {
          // A weekly slot has a window and a first date (the model checks it).
          weeklyNumber[s] =
              weeklyNumbers.computeIfAbsent(slot.weeklyWindow().orElseThrow(), window -> weeklyNumbers.size());
          from[s] = slot.validFrom().orElseThrow().toEpochDay();
          Optional<LocalDate> end = slot.validUntil();
          until[s] = end.isPresent() ? end.get().toEpochDay() : Long.MAX_VALUE;
        }
      }
    }
    distinctWeekly = new WeeklyWindow[weeklyNumbers.size()];
    weeklyNumbers.forEach((window, n) -> distinctWeekly[n] = window);
    absenceOffsets = new int[servingIds.length + 1];
    for (int c = 0; c < servingIds.length; c++) {
      absenceOffsets[c + 1] = absenceOffsets[c] + estate.absencesOf(servingIds[c]).size();
    }
    absenceStart = new long[absenceOffsets[servingIds.length]];
    absenceEnd = new long[absenceStart.length];
    for (int c = 0; c < servingIds.length; c++) {
      List<Absence> absences = estate.absencesOf(servingIds[c]);
      for (int i = 0; i < absences.size(); i++) {
        absenceStart[absenceOffsets[c] + i] = absences.get(i).window().startSecond();
        absenceEnd[absenceOffsets[c] + i] = absences.get(i).window().endSecond();
      }
    }
  }

  /**
   * Returns the estate's table, read from its rota the first time it is asked for.
   *
   * @param estate the estate
   * @return the table
   */
  static RotaTable of(Estate estate) {
    return TABLES.computeIfAbsent(estate, RotaTable::new);
  }

  /** The account's place in {@link #accounts}, or a negative number if the estate has no such account. */
  int indexOf(String accountId) {
    return Arrays.binarySearch(accountIds, accountId);
  }
}

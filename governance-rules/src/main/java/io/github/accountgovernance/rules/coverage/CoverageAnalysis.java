package io.github.accountgovernance.rules.coverage;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.time.CoverageProfile;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklySchedule;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of {@link MonitoringCoverage#analyse}: groups the estate once and keeps its caches for that run. It stays
 * with the coverage it made, which asks it again, one account at a time, for the monitors' own covers when someone
 * wants them (MON-6 and a few public queries): most evaluations never do, so the analysis builds none. It keeps
 * the estate's {@link RotaTable} (its accounts and primitive arrays) but not the estate, so that a report holding
 * the coverage does not keep the estate alive.
 */
final class CoverageAnalysis {

  private final TimeWindow horizon;
  private final ZoneId zone;
  /** Each weekly window laid out over the whole horizon once; declared hours clip it. */
  private final Map<WeeklyWindow, IntervalSet> expansions = new HashMap<>();
  /**
   * Each weekly window's occurrences over the horizon, by the table's number of the window, for weekly rota slots,
   * which take them whole by date.
   */
  private List<Occurrence>[] occurrences;
  private final Map<LocalDate, Long> dayStarts = new HashMap<>();
  /**
   * Declared hours over the whole horizon, by the table's number of the hours: accounts declaring equal hours have
   * one number, so they share them, laid out once.
   */
  private IntervalSet[] declaredByNumber;
  /**
   * One builder for every account's profile: its scratch arrays (packed events, counts, steps) are reused, so each
   * account allocates only its results.
   */
  private final CoverageProfile.Builder arena = CoverageProfile.builder();
  /** The estate's rota as primitive arrays, read once per estate. */
  private RotaTable table;
  /** The serving contributors' ids, sorted: a contributor's number is their place here. */
  private String[] servingIds;
  /** Scratch: each slot of a serving contributor on the account being built, as (contributor number, slot index). */
  private long[] keys = new long[16];
  /** Scratch: the contributor number of each member of the account being built. */
  private int[] memberNumbers = new int[4];

  CoverageAnalysis(TimeWindow horizon, ZoneId zone) {
    this.horizon = horizon;
    this.zone = zone;
  }

  synchronized MonitoringCoverage run(Estate estate) {
    // Serving contributors numbered in id order, so that sorting slots by number sorts them by contributor id.
    table = RotaTable.of(estate);
    servingIds = table.servingIds;
    // The open accounts, by id, and their places in the table.
    int[] open = new int[table.accounts.length];
    int openCount = 0;
    for (int t = 0; t < table.accounts.length; t++) {
      if (table.accounts[t].status().isOpen()) {
        open[openCount++] = t;
      }
    }

    AccountCoverage[] accounts = new AccountCoverage[openCount];
    // Who monitors which account, as (contributor number, account index) pairs in account order.
    int[] pairContributor = new int[Math.max(16, 2 * openCount)];
    int[] pairAccount = new int[pairContributor.length];
    int pairs = 0;
    for (int a = 0; a < accounts.length; a++) {
      Account account = table.accounts[open[a]];
      TimeWindow window = windowOf(account, estate);
      int members = collect(open[a], window);
      String[] monitors = new String[members];
      for (int member = 0; member < members; member++) {
        if (pairs == pairContributor.length) {
          pairContributor = Arrays.copyOf(pairContributor, 2 * pairs);
          pairAccount = Arrays.copyOf(pairAccount, 2 * pairs);
        }
        pairContributor[pairs] = memberNumbers[member];
        pairAccount[pairs++] = a;
        monitors[member] = servingIds[memberNumbers[member]];
      }
      CoverageProfile profile = arena.memberCount(members).build();
      IntervalSet declared = declaredHours(account, table.hoursNumber[open[a]], window);
      accounts[a] = new AccountCoverage(account, zone, window, declared, monitors, profile, this);
    }

    // Each contributor's accounts, grouped by a counting sort that keeps them in account (id) order.
    int[] loadOffsets = new int[servingIds.length + 1];
    for (int p = 0; p < pairs; p++) {
      loadOffsets[pairContributor[p] + 1]++;
    }
    for (int c = 0; c < servingIds.length; c++) {
      loadOffsets[c + 1] += loadOffsets[c];
    }
    int[] next = Arrays.copyOf(loadOffsets, servingIds.length);
    int[] loadAccounts = new int[pairs];
    for (int p = 0; p < pairs; p++) {
      loadAccounts[next[pairContributor[p]]++] = pairAccount[p];
    }
    return new MonitoringCoverage(horizon, zone, Arrays.asList(accounts), servingIds, loadOffsets, loadAccounts);
  }

  /**
   * Each monitor's cover on the account, the slots less the absences, as the sweep of {@link #run(Estate)} took them:
   * the account's slots collected again and swept once more, so that the run keeps no cover it was not asked for.
   */
  synchronized List<IntervalSet> coverByMember(AccountCoverage coverage) {
    int members = collect(table.indexOf(coverage.account().id()), coverage.window());
    arena.memberCount(members).build();
    return arena.coverByMember();
  }

  /**
   * Collects into {@link #arena}, cleared first, the slots inside the window of the table's account {@code a} and
   * the absences of each serving contributor with a slot there, as one member each in contributor id order;
   * {@link #memberNumbers} gets the members' contributor numbers. Returns the number of members.
   */
  private int collect(int a, TimeWindow window) {
    // Each slot of a serving contributor as (contributor number, slot index): sorted, grouped by contributor. An
    // estate keeps each account's slots by contributor already, so the sort is usually found needless.
    int n = 0;
    boolean sorted = true;
    for (int i = table.slotOffsets[a]; i < table.slotOffsets[a + 1]; i++) {
      int number = table.contributor[i];
      if (number >= 0) {
        if (n == keys.length) {
          keys = Arrays.copyOf(keys, 2 * n);
        }
        keys[n] = ((long) number << 32) | i;
        sorted &= n == 0 || keys[n - 1] < keys[n];
        n++;
      }
    }
    if (!sorted) {
      Arrays.sort(keys, 0, n);
    }
    arena.clear();
    int members = 0;
    for (int j = 0; j < n; ) {
      int contributor = (int) (keys[j] >>> 32);
      boolean any = false;
      for (; j < n && (int) (keys[j] >>> 32) == contributor; j++) {
        any |= onRota(members, (int) keys[j], window);
      }
      // A contributor none of whose slots reaches into the window added nothing and is not a monitor.
      if (any) {
        addAbsences(contributor, members, window);
        if (members == memberNumbers.length) {
          memberNumbers = Arrays.copyOf(memberNumbers, 2 * members);
        }
        memberNumbers[members++] = contributor;
      }
    }
    return members;
  }

  /** Takes the contributor's absences inside the window away from the member's cover. */
  private void addAbsences(int contributor, int member, TimeWindow window) {
    for (int i = table.absenceOffsets[contributor]; i < table.absenceOffsets[contributor + 1]; i++) {
      if (table.absenceStart[i] >= window.endSecond()) {
        // An estate keeps each person's absences in time order, by start: the rest start later still.
        break;
      }
      long from = Math.max(table.absenceStart[i], window.startSecond());
      long to = Math.min(table.absenceEnd[i], window.endSecond());
      if (from < to) {
        arena.absent(member, from, to);
      }
    }
  }

  /**
   * The horizon, or for a closing account with a plan up to the end of its closure date when that falls inside
   * the horizon. A date already past keeps the horizon: the account is still open and still read.
   */
  private TimeWindow windowOf(Account account, Estate estate) {
    if (account.status() == AccountStatus.CLOSING) {
      Optional<ClosurePlan> plan = estate.closurePlanFor(account.id());
      if (plan.isPresent()) {
        long closed = dayStart(plan.get().closureDate().plusDays(1));
        if (closed > horizon.startSecond() && closed < horizon.endSecond()) {
          return TimeWindow.ofEpochSeconds(horizon.startSecond(), closed);
        }
      }
    }
    return horizon;
  }

  private IntervalSet declaredHours(Account account, int hoursNumber, TimeWindow window) {
    MonitoredHours hours = account.monitoredHours();
    if (window.equals(horizon)) {
      if (declaredByNumber == null) {
        declaredByNumber = new IntervalSet[table.distinctHours];
      }
      IntervalSet declared = declaredByNumber[hoursNumber];
      if (declared == null) {
        declared = layOut(hours, horizon);
        declaredByNumber[hoursNumber] = declared;
      }
      return declared;
    }
    return layOut(hours, window);
  }

  private IntervalSet layOut(MonitoredHours hours, TimeWindow window) {
    if (hours.isAlways()) {
      return IntervalSet.of(window);
    }
    IntervalSet.Builder declared = IntervalSet.builder();
    for (WeeklyWindow weekly : hours.windows()) {
      declared.addAll(expansion(weekly).clip(window));
    }
    return declared.build();
  }

  /**
   * Adds one slot of a contributor on an account to {@link #arena} as the member's, clipped to the account's
   * window, before absences; tells whether any second of it lies in the window. A weekly slot works every
   * occurrence of its window that starts on a local date in {@code [validFrom, validUntil)}, each whole: a night
   * that starts on the last valid date ends the next morning, and one that starts the day before the first valid
   * date is not worked.
   */
  private boolean onRota(int member, int slot, TimeWindow window) {
    int weekly = table.weeklyNumber[slot];
    if (weekly < 0) {
      return addClipped(member, table.from[slot], table.until[slot], window);
    }
    long from = table.from[slot];
    long until = table.until[slot];
    boolean any = false;
    for (Occurrence occurrence : occurrences(weekly)) {
      if (occurrence.day() >= from && occurrence.day() < until) {
        any |= addClipped(member, occurrence.start(), occurrence.end(), window);
      }
    }
    return any;
  }

  private boolean addClipped(int member, long start, long end, TimeWindow window) {
    long from = Math.max(start, window.startSecond());
    long to = Math.min(end, window.endSecond());
    if (from < to) {
      arena.add(member, from, to);
      return true;
    }
    return false;
  }

  private IntervalSet expansion(WeeklyWindow weekly) {
    return expansions.computeIfAbsent(weekly, w -> WeeklySchedule.of(w).expand(zone, horizon));
  }

  /**
   * Every occurrence of the window that can reach into the horizon, each with the local date it starts on,
   * resolved as {@link WeeklySchedule#expand} resolves it; occurrences a spring-forward gap squeezes to nothing
   * are left out, as there.
   */
  private List<Occurrence> occurrences(int weekly) {
    if (occurrences == null) {
      @SuppressWarnings("unchecked") // An array of lists, each of occurrences; none escapes.
      List<Occurrence>[] byNumber = (List<Occurrence>[]) new List<?>[table.distinctWeekly.length];
      occurrences = byNumber;
    }
    List<Occurrence> found = occurrences[weekly];
    if (found == null) {
      found = layOut(table.distinctWeekly[weekly]);
      occurrences[weekly] = found;
    }
    return found;
  }

  private List<Occurrence> layOut(WeeklyWindow w) {
    // An occurrence lasts at most a day and a gap, so one begun the local day before can reach in.
    LocalDate first = horizon.start().atZone(zone).toLocalDate().minusDays(1);
    LocalDate last = horizon.end().minusSeconds(1).atZone(zone).toLocalDate();
    List<Occurrence> found = new ArrayList<>();
    for (LocalDate date = first.with(TemporalAdjusters.nextOrSame(w.day()));
        !date.isAfter(last);
        date = date.plusWeeks(1)) {
      long start = ZonedDateTime.of(date, w.from(), zone).toEpochSecond();
      long end = ZonedDateTime.of(w.endsNextDay() ? date.plusDays(1) : date, w.to(), zone).toEpochSecond();
      if (start < end) {
        found.add(new Occurrence(date.toEpochDay(), start, end));
      }
    }
    return List.copyOf(found);
  }

  /** One occurrence of a weekly window: the local date it starts on as an epoch day, its instants in epoch seconds. */
  private record Occurrence(long day, long start, long end) {}

  private long dayStart(LocalDate date) {
    return dayStarts.computeIfAbsent(date, d -> d.atStartOfDay(zone).toEpochSecond());
  }
}

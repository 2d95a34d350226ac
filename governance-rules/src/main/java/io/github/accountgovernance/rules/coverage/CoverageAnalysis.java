package io.github.accountgovernance.rules.coverage;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.RotaAssignment;
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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One run of {@link MonitoringCoverage#analyse}: groups the estate once and keeps its caches for that run. */
final class CoverageAnalysis {

  private final Estate estate;
  private final TimeWindow horizon;
  private final ZoneId zone;
  /** Each weekly window laid out over the whole horizon once; declared hours clip it. */
  private final Map<WeeklyWindow, IntervalSet> expansions = new HashMap<>();
  /** Each weekly window's occurrences over the horizon, for weekly rota slots, which take them whole by date. */
  private final Map<WeeklyWindow, List<Occurrence>> occurrences = new HashMap<>();
  /** The window {@link #occurrences} was last asked about, and its answer. */
  private WeeklyWindow lastWeekly;
  private List<Occurrence> lastOccurrences;
  private final Map<LocalDate, Long> dayStarts = new HashMap<>();
  /** Declared hours over the whole horizon by the hours declared: accounts declaring the same hours share them. */
  private final Map<MonitoredHours, IntervalSet> declaredOverHorizon = new HashMap<>();
  /**
   * One builder for every account's profile: its scratch arrays (packed events, counts, steps) are reused, so each
   * account allocates only its results.
   */
  private final CoverageProfile.Builder arena = CoverageProfile.builder();

  CoverageAnalysis(Estate estate, TimeWindow horizon) {
    this.estate = estate;
    this.horizon = horizon;
    this.zone = estate.force().zone();
  }

  MonitoringCoverage run() {
    // Serving contributors numbered in id order, so that sorting slots by number sorts them by contributor id.
    List<String> servingIds = new ArrayList<>();
    for (Contributor contributor : estate.contributors()) {
      if (contributor.isServing()) {
        servingIds.add(contributor.id());
      }
    }
    Collections.sort(servingIds);
    Map<String, Integer> numbers = new HashMap<>(2 * servingIds.size());
    for (int c = 0; c < servingIds.size(); c++) {
      numbers.put(servingIds.get(c), c);
    }
    Absences absences = absencesOf(servingIds);

    List<Account> open = new ArrayList<>();
    for (Account account : estate.accounts()) {
      if (account.status().isOpen()) {
        open.add(account);
      }
    }
    open.sort(Comparator.comparing(Account::id));

    List<AccountCoverage> accounts = new ArrayList<>(open.size());
    List<List<String>> accountsByContributor = new ArrayList<>(Collections.nCopies(servingIds.size(), null));
    List<List<IntervalSet>> coversByContributor = new ArrayList<>(Collections.nCopies(servingIds.size(), null));
    long[] keys = new long[16];
    for (Account account : open) {
      TimeWindow window = windowOf(account);
      List<RotaAssignment> slots = estate.rotaFor(account.id());
      // Each slot of a serving contributor as (contributor number, slot index), sorted: grouped by contributor.
      int n = 0;
      String previousId = null;
      Integer number = null;
      for (int i = 0; i < slots.size(); i++) {
        String id = slots.get(i).contributor();
        if (id != previousId) {
          // One person's slots often come together: look them up once.
          number = numbers.get(id);
          previousId = id;
        }
        if (number != null) {
          if (n == keys.length) {
            keys = Arrays.copyOf(keys, 2 * n);
          }
          keys[n++] = ((long) number << 32) | i;
        }
      }
      Arrays.sort(keys, 0, n);
      arena.clear();
      List<String> monitors = new ArrayList<>();
      int[] monitorNumbers = new int[4];
      for (int j = 0; j < n; ) {
        int contributor = (int) (keys[j] >>> 32);
        int member = monitors.size();
        boolean any = false;
        for (; j < n && (int) (keys[j] >>> 32) == contributor; j++) {
          any |= onRota(member, slots.get((int) keys[j]), window);
        }
        // A contributor none of whose slots reaches into the window added nothing and is not a monitor.
        if (any) {
          absences.addTo(arena, contributor, member, window);
          if (member == monitorNumbers.length) {
            monitorNumbers = Arrays.copyOf(monitorNumbers, 2 * member);
          }
          monitorNumbers[member] = contributor;
          monitors.add(servingIds.get(contributor));
        }
      }
      CoverageProfile profile = arena.memberCount(monitors.size()).build();
      List<IntervalSet> covers = arena.coverByMember();
      for (int member = 0; member < monitors.size(); member++) {
        int contributor = monitorNumbers[member];
        if (accountsByContributor.get(contributor) == null) {
          accountsByContributor.set(contributor, new ArrayList<>(2));
          coversByContributor.set(contributor, new ArrayList<>(2));
        }
        accountsByContributor.get(contributor).add(account.id());
        coversByContributor.get(contributor).add(covers.get(member));
      }
      accounts.add(
          new AccountCoverage(account, zone, window, declaredHours(account, window), monitors, covers, profile));
    }

    List<MonitoringCoverage.ContributorLoad> loads = new ArrayList<>();
    for (int c = 0; c < servingIds.size(); c++) {
      List<IntervalSet> covers = coversByContributor.get(c);
      if (covers != null) {
        loads.add(new MonitoringCoverage.ContributorLoad(servingIds.get(c), accountsByContributor.get(c), covers));
      }
    }
    return new MonitoringCoverage(horizon, zone, accounts, loads);
  }

  /**
   * Every serving contributor's absences, clipped to the horizon, as flat primitive arrays grouped by contributor
   * number: no set is built per person, the sweep of each account takes them away.
   */
  private Absences absencesOf(List<String> servingIds) {
    int[] offsets = new int[servingIds.size() + 1];
    long[] starts = new long[16];
    long[] ends = new long[16];
    int n = 0;
    for (int c = 0; c < servingIds.size(); c++) {
      for (Absence absence : estate.absencesOf(servingIds.get(c))) {
        TimeWindow window = absence.window();
        if (window.startSecond() >= horizon.endSecond()) {
          // An estate keeps each person's absences in time order, by start: the rest start later still.
          break;
        }
        if (window.overlaps(horizon)) {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, 2 * n);
            ends = Arrays.copyOf(ends, 2 * n);
          }
          starts[n] = Math.max(window.startSecond(), horizon.startSecond());
          ends[n++] = Math.min(window.endSecond(), horizon.endSecond());
        }
      }
      offsets[c + 1] = n;
    }
    return new Absences(offsets, starts, ends);
  }

  /** Absences by contributor number: contributor {@code c}'s are at {@code [offsets[c], offsets[c + 1])}. */
  private record Absences(int[] offsets, long[] starts, long[] ends) {

    /** Takes the contributor's absences inside the window away from the member's cover. */
    void addTo(CoverageProfile.Builder profile, int contributor, int member, TimeWindow window) {
      for (int i = offsets[contributor]; i < offsets[contributor + 1]; i++) {
        long from = Math.max(starts[i], window.startSecond());
        long to = Math.min(ends[i], window.endSecond());
        if (from < to) {
          profile.absent(member, from, to);
        }
      }
    }
  }

  /**
   * The horizon, or for a closing account with a plan up to the end of its closure date when that falls inside
   * the horizon. A date already past keeps the horizon: the account is still open and still read.
   */
  private TimeWindow windowOf(Account account) {
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

  private IntervalSet declaredHours(Account account, TimeWindow window) {
    MonitoredHours hours = account.monitoredHours();
    if (window.equals(horizon)) {
      return declaredOverHorizon.computeIfAbsent(hours, declared -> layOut(declared, horizon));
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
  private boolean onRota(int member, RotaAssignment slot, TimeWindow window) {
    Optional<TimeWindow> shift = slot.shiftWindow();
    if (shift.isPresent()) {
      return addClipped(member, shift.get().startSecond(), shift.get().endSecond(), window);
    }
    // A weekly slot has a first date (the model checks it).
    long from = slot.validFrom().orElseThrow().toEpochDay();
    Optional<LocalDate> untilDate = slot.validUntil();
    long until = untilDate.isPresent() ? untilDate.get().toEpochDay() : Long.MAX_VALUE;
    boolean any = false;
    for (Occurrence occurrence : occurrences(slot.weeklyWindow().orElseThrow())) {
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
  private List<Occurrence> occurrences(WeeklyWindow weekly) {
    // Slots next to each other often share their window: the last one answers without hashing it again.
    if (weekly == lastWeekly) {
      return lastOccurrences;
    }
    List<Occurrence> found = occurrences.get(weekly);
    if (found == null) {
      found = layOut(weekly);
      occurrences.put(weekly, found);
    }
    lastWeekly = weekly;
    lastOccurrences = found;
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

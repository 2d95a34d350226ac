package io.github.accountgovernance.rules.coverage;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklySchedule;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** One run of {@link MonitoringCoverage#analyse}: groups the estate once and keeps its caches for that run. */
final class CoverageAnalysis {

  private final Estate estate;
  private final TimeWindow horizon;
  private final ZoneId zone;
  /** Each weekly window laid out over the whole horizon once; declared hours clip it. */
  private final Map<WeeklyWindow, IntervalSet> expansions = new HashMap<>();
  /** Each weekly window's occurrences over the horizon, for weekly rota slots, which take them whole by date. */
  private final Map<WeeklyWindow, List<Occurrence>> occurrences = new HashMap<>();
  private final Map<LocalDate, Long> dayStarts = new HashMap<>();
  /** One builder for every contributor's slots on every account: its scratch arrays are reused. */
  private final IntervalSet.Builder onRota = IntervalSet.builder();

  CoverageAnalysis(Estate estate, TimeWindow horizon) {
    this.estate = estate;
    this.horizon = horizon;
    this.zone = estate.force().zone();
  }

  MonitoringCoverage run() {
    Set<String> serving = new HashSet<>();
    for (Contributor contributor : estate.contributors()) {
      if (contributor.isServing()) {
        serving.add(contributor.id());
      }
    }
    Map<String, IntervalSet> absences = absencesOf(serving);

    Map<String, Account> open = new TreeMap<>();
    for (Account account : estate.accounts()) {
      if (account.status().isOpen()) {
        open.put(account.id(), account);
      }
    }
    // Account, then contributor, both sorted: monitors come out in id order, and loads in account order.
    Map<String, SortedMap<String, List<RotaAssignment>>> slotsByAccount = new HashMap<>();
    for (RotaAssignment slot : estate.rota()) {
      if (open.containsKey(slot.account()) && serving.contains(slot.contributor())) {
        slotsByAccount
            .computeIfAbsent(slot.account(), id -> new TreeMap<>())
            .computeIfAbsent(slot.contributor(), id -> new ArrayList<>())
            .add(slot);
      }
    }

    List<AccountCoverage> accounts = new ArrayList<>(open.size());
    Map<String, List<String>> accountsByContributor = new TreeMap<>();
    Map<String, List<IntervalSet>> coversByContributor = new HashMap<>();
    for (Account account : open.values()) {
      TimeWindow window = windowOf(account);
      List<String> monitors = new ArrayList<>();
      List<IntervalSet> covers = new ArrayList<>();
      SortedMap<String, List<RotaAssignment>> byContributor =
          slotsByAccount.getOrDefault(account.id(), new TreeMap<>());
      for (Map.Entry<String, List<RotaAssignment>> entry : byContributor.entrySet()) {
        String contributor = entry.getKey();
        if (!onRota(entry.getValue(), window)) {
          continue;
        }
        IntervalSet cover = onRota.buildWithout(absences.getOrDefault(contributor, IntervalSet.empty()));
        monitors.add(contributor);
        covers.add(cover);
        accountsByContributor.computeIfAbsent(contributor, id -> new ArrayList<>()).add(account.id());
        coversByContributor.computeIfAbsent(contributor, id -> new ArrayList<>()).add(cover);
      }
      accounts.add(new AccountCoverage(account, zone, window, declaredHours(account, window), monitors, covers));
    }

    List<MonitoringCoverage.ContributorLoad> loads = new ArrayList<>(accountsByContributor.size());
    for (Map.Entry<String, List<String>> entry : accountsByContributor.entrySet()) {
      loads.add(
          new MonitoringCoverage.ContributorLoad(
              entry.getKey(), entry.getValue(), coversByContributor.get(entry.getKey())));
    }
    return new MonitoringCoverage(horizon, zone, accounts, loads);
  }

  /** Absences of serving contributors, clipped to the horizon so later differences stay short. */
  private Map<String, IntervalSet> absencesOf(Set<String> serving) {
    Map<String, IntervalSet.Builder> builders = new HashMap<>();
    for (Absence absence : estate.absences()) {
      TimeWindow window = absence.window();
      if (serving.contains(absence.contributor()) && window.overlaps(horizon)) {
        builders
            .computeIfAbsent(absence.contributor(), id -> IntervalSet.builder())
            .add(Math.max(window.startSecond(), horizon.startSecond()),
                Math.min(window.endSecond(), horizon.endSecond()));
      }
    }
    Map<String, IntervalSet> absences = new HashMap<>();
    builders.forEach((contributor, builder) -> absences.put(contributor, builder.build()));
    return absences;
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
   * Collects one contributor's slots on one account in {@link #onRota}, clipped to the account's window, before
   * absences; tells whether any second of them lies in the window. A weekly slot
   * works every occurrence of its window that starts on a local date in {@code [validFrom, validUntil)}, each
   * whole: a night that starts on the last valid date ends the next morning, and one that starts the day before
   * the first valid date is not worked.
   */
  private boolean onRota(List<RotaAssignment> slots, TimeWindow window) {
    onRota.clear();
    boolean any = false;
    for (RotaAssignment slot : slots) {
      if (slot.shiftWindow().isPresent()) {
        TimeWindow shift = slot.shiftWindow().get();
        any |= addClipped(onRota, shift.startSecond(), shift.endSecond(), window);
      } else {
        // A weekly slot has a first date (the model checks it).
        LocalDate from = slot.validFrom().orElseThrow();
        LocalDate until = slot.validUntil().orElse(null);
        for (Occurrence occurrence : occurrences(slot.weeklyWindow().orElseThrow())) {
          if (!occurrence.date().isBefore(from) && (until == null || occurrence.date().isBefore(until))) {
            any |= addClipped(onRota, occurrence.start(), occurrence.end(), window);
          }
        }
      }
    }
    return any;
  }

  private static boolean addClipped(IntervalSet.Builder set, long start, long end, TimeWindow window) {
    long from = Math.max(start, window.startSecond());
    long to = Math.min(end, window.endSecond());
    if (from < to) {
      set.add(from, to);
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
    return occurrences.computeIfAbsent(
        weekly,
        w -> {
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
              found.add(new Occurrence(date, start, end));
            }
          }
          return List.copyOf(found);
        });
  }

  /** One occurrence of a weekly window: the local date it starts on, and its instants in epoch seconds. */
  private record Occurrence(LocalDate date, long start, long end) {}

  private long dayStart(LocalDate date) {
    return dayStarts.computeIfAbsent(date, d -> d.atStartOfDay(zone).toEpochSecond());
  }
}

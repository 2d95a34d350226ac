package io.github.accountgovernance.rules.coverage;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Brute force: who is on duty for which account in each minute of the horizon, read straight from the model.
 * Weekly windows are laid out with java.time day by day, and a minute counts when its first second lies in a
 * slot and in no absence; a weekly slot works the whole of each occurrence that starts on a local date from its
 * first date up to, not including, its end date. Every window of the generated estates starts and ends on a
 * whole minute, so this is exact for them.
 */
final class MinuteOracle {

  private final Instant asOf;
  private final int minutes;
  private final ZoneId zone;
  /** Per open account: its minutes in the window, declared minutes, and each monitor's minutes on duty. */
  private final Map<String, Integer> windowMinutes = new TreeMap<>();
  private final Map<String, boolean[]> declared = new TreeMap<>();
  private final Map<String, SortedMap<String, boolean[]>> onDuty = new TreeMap<>();

  MinuteOracle(Estate estate, Duration horizon) {
    this.asOf = estate.asOf();
    this.minutes = Math.toIntExact(horizon.toMinutes());
    this.zone = estate.force().zone();
    for (Account account : estate.accounts()) {
      if (account.status() != AccountStatus.ACTIVE && account.status() != AccountStatus.CLOSING) {
        continue;
      }
      int end = minutes;
      if (account.status() == AccountStatus.CLOSING && estate.closurePlanFor(account.id()).isPresent()) {
        Instant closed =
            estate.closurePlanFor(account.id()).get().closureDate().plusDays(1).atStartOfDay(zone).toInstant();
        long untilClosed = Duration.between(asOf, closed).toMinutes();
        if (untilClosed > 0 && untilClosed < minutes) {
          end = (int) untilClosed;
        }
      }
      windowMinutes.put(account.id(), end);
      boolean[] declaredMinutes = new boolean[minutes];
      for (int t = 0; t < end; t++) {
        Instant at = minute(t);
        boolean in = account.monitoredHours().isAlways();
        for (WeeklyWindow window : account.monitoredHours().windows()) {
          in |= occurs(window, at);
        }
        declaredMinutes[t] = in;
      }
      declared.put(account.id(), declaredMinutes);
      SortedMap<String, boolean[]> monitors = new TreeMap<>();
      for (Contributor contributor : estate.contributors()) {
        if (!contributor.isServing()) {
          continue;
        }
        boolean[] duty = new boolean[minutes];
        boolean onRota = false;
        for (int t = 0; t < end; t++) {
          Instant at = minute(t);
          boolean slot = false;
          for (RotaAssignment assignment : estate.rota()) {
            if (assignment.account().equals(account.id())
                && assignment.contributor().equals(contributor.id())
                && onSlot(assignment, at)) {
              slot = true;
            }
          }
          boolean absent = false;
          for (Absence absence : estate.absences()) {
            absent |= absence.contributor().equals(contributor.id()) && absence.window().contains(at);
          }
          onRota |= slot;
          duty[t] = slot && !absent;
        }
        if (onRota) {
          monitors.put(contributor.id(), duty);
        }
      }
      onDuty.put(account.id(), monitors);
    }
  }

  private Instant minute(int t) {
    return asOf.plusSeconds(60L * t);
  }

  private boolean onSlot(RotaAssignment slot, Instant at) {
    if (slot.shiftWindow().isPresent()) {
      return slot.shiftWindow().get().contains(at);
    }
    // A weekly slot works each occurrence that starts on a valid date, however late into the next day it runs.
    LocalDate from = slot.validFrom().orElseThrow();
    Predicate<LocalDate> valid = d -> !d.isBefore(from) && slot.validUntil().map(d::isBefore).orElse(true);
    return occurs(slot.weeklyWindow().orElseThrow(), at, valid);
  }

  private boolean occurs(WeeklyWindow window, Instant at) {
    return occurs(window, at, date -> true);
  }

  /**
   * Whether an occurrence of the window, starting on this local date or one of the two before, and on a date
   * the predicate accepts, holds the instant.
   */
  private boolean occurs(WeeklyWindow window, Instant at, Predicate<LocalDate> onDate) {
    LocalDate today = at.atZone(zone).toLocalDate();
    for (LocalDate date = today.minusDays(2); !date.isAfter(today); date = date.plusDays(1)) {
      if (date.getDayOfWeek() == window.day() && onDate.test(date)) {
        Instant start = ZonedDateTime.of(date, window.from(), zone).toInstant();
        Instant end =
            ZonedDateTime.of(window.endsNextDay() ? date.plusDays(1) : date, window.to(), zone).toInstant();
        if (!at.isBefore(start) && at.isBefore(end)) {
          return true;
        }
      }
    }
    return false;
  }

  List<String> accounts() {
    return List.copyOf(windowMinutes.keySet());
  }

  List<String> monitors(String account) {
    return List.copyOf(onDuty.get(account).keySet());
  }

  TimeWindow window(String account) {
    return TimeWindow.of(asOf, Duration.ofMinutes(windowMinutes.get(account)));
  }

  private int count(String account, int t) {
    int count = 0;
    for (boolean[] duty : onDuty.get(account).values()) {
      count += duty[t] ? 1 : 0;
    }
    return count;
  }

  IntervalSet declared(String account) {
    return setOf(declared.get(account), windowMinutes.get(account));
  }

  IntervalSet uncovered(String account) {
    boolean[] none = new boolean[minutes];
    for (int t = 0; t < windowMinutes.get(account); t++) {
      none[t] = count(account, t) == 0;
    }
    return setOf(none, minutes);
  }

  IntervalSet gapsLongerThan(String account, Duration maxGap) {
    IntervalSet.Builder gaps = IntervalSet.builder();
    for (TimeWindow gap : uncovered(account).windows()) {
      if (gap.duration().compareTo(maxGap) > 0) {
        gaps.add(gap);
      }
    }
    return gaps.build();
  }

  /** When the monitor is on duty for the account: their slots less their absences. */
  IntervalSet coverOf(String account, String monitor) {
    return setOf(onDuty.get(account).get(monitor), minutes);
  }

  /** The fewest on duty in any declared minute of the account; empty if it has none. */
  OptionalInt leastOnDutyDuringDeclaredHours(String account) {
    OptionalInt least = OptionalInt.empty();
    for (int t = 0; t < windowMinutes.get(account); t++) {
      if (declared.get(account)[t] && (least.isEmpty() || count(account, t) < least.getAsInt())) {
        least = OptionalInt.of(count(account, t));
      }
    }
    return least;
  }

  IntervalSet uncoveredDuringDeclaredHours(String account) {
    boolean[] none = new boolean[minutes];
    for (int t = 0; t < windowMinutes.get(account); t++) {
      none[t] = declared.get(account)[t] && count(account, t) == 0;
    }
    return setOf(none, minutes);
  }

  SortedMap<String, IntervalSet> soleCoverDuringDeclaredHours(String account) {
    SortedMap<String, IntervalSet> sole = new TreeMap<>();
    for (Map.Entry<String, boolean[]> monitor : onDuty.get(account).entrySet()) {
      boolean[] alone = new boolean[minutes];
      for (int t = 0; t < windowMinutes.get(account); t++) {
        alone[t] = declared.get(account)[t] && monitor.getValue()[t] && count(account, t) == 1;
      }
      IntervalSet set = setOf(alone, minutes);
      if (!set.isEmpty()) {
        sole.put(monitor.getKey(), set);
      }
    }
    return sole;
  }

  SortedMap<String, List<MonitorOverload>> overload(int max) {
    Map<String, Map<String, boolean[]>> byContributor = new TreeMap<>();
    onDuty.forEach(
        (account, monitors) ->
            monitors.forEach(
                (contributor, duty) ->
                    byContributor.computeIfAbsent(contributor, c -> new LinkedHashMap<>()).put(account, duty)));
    SortedMap<String, List<MonitorOverload>> overloads = new TreeMap<>();
    byContributor.forEach(
        (contributor, accounts) -> {
          List<MonitorOverload> windows = new ArrayList<>();
          int t = 0;
          while (t < minutes) {
            if (load(accounts, t) <= max) {
              t++;
              continue;
            }
            int start = t;
            int peak = 0;
            TreeMap<String, Boolean> involved = new TreeMap<>();
            while (t < minutes && load(accounts, t) > max) {
              peak = Math.max(peak, load(accounts, t));
              for (Map.Entry<String, boolean[]> account : accounts.entrySet()) {
                if (account.getValue()[t]) {
                  involved.put(account.getKey(), true);
                }
              }
              t++;
            }
            windows.add(
                new MonitorOverload(
                    contributor,
                    TimeWindow.of(minute(start), minute(t)),
                    List.copyOf(involved.keySet()),
                    peak));
          }
          if (!windows.isEmpty()) {
            overloads.put(contributor, windows);
          }
        });
    return overloads;
  }

  private static int load(Map<String, boolean[]> accounts, int t) {
    int load = 0;
    for (boolean[] duty : accounts.values()) {
      load += duty[t] ? 1 : 0;
    }
    return load;
  }

  private IntervalSet setOf(boolean[] in, int length) {
    IntervalSet.Builder set = IntervalSet.builder();
    int t = 0;
    while (t < length) {
      if (!in[t]) {
        t++;
        continue;
      }
      int start = t;
      while (t < length && in[t]) {
        t++;
      }
      set.add(TimeWindow.of(minute(start), minute(t)));
    }
    return set.build();
  }
}

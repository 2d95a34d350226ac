package io.github.accountgovernance.rules.whatif;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorKind;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.testing.NorthYorkshire;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Small estates and scenarios for the what-if properties, drawn as numbers so that QuickTheories shrinks them
 * towards fewer, earlier, shorter things: up to three accounts in two districts, four people, eight rota slots and
 * three absences over a week from Monday 22 March 2021 (across the clock change of the 28th), and one to three
 * changes. Positions wrap around the counts, so every drawn change names someone the estate has, except the
 * "unknown" kind, which names nobody, to exercise refused scenarios.
 */
final class WhatIfGens {

  static final Instant AS_OF = Instant.parse("2021-03-22T00:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2021, 3, 22);
  static final Duration HORIZON = Duration.ofDays(7);
  private static final List<String> DISTRICTS = List.of("york", "harrogate");

  private WhatIfGens() {}

  /** An account: district 0 or 1, hours (none, 24/7, weekdays 08-18, daily 07-23), status, individual or not. */
  record AccountSpec(int district, int hours, int status, boolean individual) {}

  /** A person: district, and whether serving. */
  record PersonSpec(int district, boolean serving) {}

  /** A shift from {@code start} hours after the as-of instant, or a weekly window on {@code day}. */
  record SlotSpec(int person, int account, boolean weekly, int start, int length, int day) {}

  /** An absence from {@code start} hours after the as-of instant for {@code length} hours. */
  record AbsenceSpec(int person, int start, int length) {}

  /** An estate as numbers. */
  record EstateSpec(
      List<AccountSpec> accounts, List<PersonSpec> people, List<SlotSpec> slots, List<AbsenceSpec> absences) {}

  /**
   * One change: kind 0 absent, 1 leaves, 2 closes, 3 opens, 4 adds a slot, 5 removes slots, 6 names nobody; the
   * person, accounts, day offset (from the day before the as-of date) and length in days.
   */
  record ChangeSpec(int kind, int person, int account, int other, int day, int days) {}

  static Gen<EstateSpec> estates() {
    Gen<AccountSpec> account =
        integers().between(0, 1).zip(integers().between(0, 7).map(i -> Math.min(i, 3)),
            integers().between(0, 5).map(i -> Math.max(0, i - 2)),
            integers().between(0, 3).map(i -> i == 0), AccountSpec::new);
    Gen<PersonSpec> person = integers().between(0, 1).zip(integers().between(0, 6).map(i -> i > 0), PersonSpec::new);
    Gen<SlotSpec> slot =
        integers().between(0, 3).zip(integers().between(0, 2), integers().between(0, 1).map(i -> i == 1),
            integers().between(0, 7 * 24), integers().between(1, 36),
            (p, a, weekly, start, length) -> new SlotSpec(p, a, weekly, start, length, start % 7));
    Gen<AbsenceSpec> absence =
        integers().between(0, 3).zip(integers().between(-24, 7 * 24), integers().between(1, 5 * 24), AbsenceSpec::new);
    return lists().of(account).ofSizeBetween(1, 3)
        .zip(lists().of(person).ofSizeBetween(2, 4), lists().of(slot).ofSizeBetween(0, 10),
            lists().of(absence).ofSizeBetween(0, 3), EstateSpec::new);
  }

  static Gen<List<ChangeSpec>> changes() {
    Gen<Integer> kind =
        // Absences and removed slots, which take cover away, twice as often as the rest; now and then nobody.
        integers().between(0, 40).map(i -> i == 40 ? 6 : new int[] {0, 1, 2, 3, 4, 5, 0, 5}[i % 8]);
    Gen<ChangeSpec> change =
        kind.zip(integers().between(0, 3), integers().between(0, 2), integers().between(0, 2),
            integers().between(0, 9).zip(integers().between(1, 7), (day, days) -> new int[] {day, days}),
            (k, p, a, o, when) -> new ChangeSpec(k, p, a, o, when[0], when[1]));
    return lists().of(change).ofSizeBetween(1, 3);
  }

  static String person(EstateSpec spec, int index) {
    return "c" + (index % spec.people().size());
  }

  static String account(EstateSpec spec, int index) {
    return "a" + (index % spec.accounts().size());
  }

  static Estate estate(EstateSpec spec) {
    Estate.Builder estate = Estate.builder().force(NorthYorkshire.force()).asOf(AS_OF);
    for (int i = 0; i < spec.accounts().size(); i++) {
      AccountSpec a = spec.accounts().get(i);
      AccountStatus status =
          List.of(AccountStatus.ACTIVE, AccountStatus.CLOSING, AccountStatus.PROPOSED, AccountStatus.CLOSED)
              .get(a.status());
      Account.Builder account =
          Account.builder()
              .id("a" + i)
              .handle(Handle.of(Platform.X, "NYP_Acc" + i))
              .displayName("North Yorkshire Police account " + i)
              .tier(a.individual() ? AccountTier.INDIVIDUAL_OFFICER : AccountTier.DISTRICT)
              .district(DISTRICTS.get(a.district()))
              .status(status)
              .monitoredHours(hours(a.hours()))
              .outOfHoursText("Not monitored 24/7. Do not report crime here: call 101, or 999 in an emergency.");
      if (status == AccountStatus.CLOSED) {
        account.closedOn(TODAY.minusDays(3));
      }
      estate.addAccounts(account.build());
      if (status == AccountStatus.CLOSING || status == AccountStatus.CLOSED) {
        estate.addClosurePlans(
            ClosurePlan.builder().account("a" + i).closureDate(status == AccountStatus.CLOSED
                ? TODAY.minusDays(3) : TODAY.plusDays(3)).build());
      }
    }
    for (int i = 0; i < spec.people().size(); i++) {
      PersonSpec p = spec.people().get(i);
      Contributor.Builder person =
          Contributor.builder().id("c" + i).kind(ContributorKind.OFFICER).name("PC Person " + i)
              .district(DISTRICTS.get(p.district()));
      if (!p.serving()) {
        person.status(ContributorStatus.LEFT).leftOn(TODAY.minusDays(10));
      }
      estate.addContributors(person.build());
    }
    for (SlotSpec s : spec.slots()) {
      String who = person(spec, s.person());
      String where = account(spec, s.account());
      if (s.weekly()) {
        // Mostly daytime, where the declared hours are; sometimes overnight.
        LocalTime from = LocalTime.of(6 + (s.start() % 6) * 2, 0);
        LocalTime to = LocalTime.of((from.getHour() + 2 + s.length() % 12) % 24, 0);
        estate.addRota(RotaAssignment.weekly(who, where, WeeklyWindow.of(DayOfWeek.of(s.day() + 1), from, to),
            TODAY.minusDays(7), TODAY.plusDays(30)));
      } else {
        estate.addRota(RotaAssignment.shift(who, where,
            TimeWindow.of(AS_OF.plusSeconds(3600L * s.start()), Duration.ofHours(s.length()))));
      }
    }
    for (AbsenceSpec a : spec.absences()) {
      estate.addAbsences(Absence.of(person(spec, a.person()),
          TimeWindow.of(AS_OF.plusSeconds(3600L * a.start()), Duration.ofHours(a.length())), AbsenceReason.LEAVE));
    }
    return estate.build();
  }

  private static MonitoredHours hours(int kind) {
    return switch (kind) {
      case 0 -> MonitoredHours.notDeclared();
      case 1 -> MonitoredHours.always();
      case 2 -> week(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY), "08:00-18:00");
      default -> week(List.of(DayOfWeek.values()), "07:00-23:00");
    };
  }

  private static MonitoredHours week(List<DayOfWeek> days, String hours) {
    List<WeeklyWindow> windows = new ArrayList<>();
    for (DayOfWeek day : days) {
      windows.add(WeeklyWindow.parse(day.name().substring(0, 3) + " " + hours));
    }
    return MonitoredHours.weekly(windows);
  }

  static Scenario scenario(EstateSpec spec, List<ChangeSpec> changes) {
    Scenario.Builder scenario = Scenario.builder();
    for (ChangeSpec c : changes) {
      String who = person(spec, c.person());
      String where = account(spec, c.account());
      LocalDate day = TODAY.plusDays(c.day() - 1);
      switch (c.kind()) {
        case 0 -> scenario.absent(who, day, day.plusDays(c.days()));
        case 1 -> scenario.leaves(servingFrom(spec, c.person()), day);
        case 2 -> {
          String closing = accountWithStatus(spec, c.account(), 0, 1, 2);
          String successor = account(spec, c.other());
          if (successor.equals(closing)) {
            scenario.closes(closing, day);
          } else {
            scenario.closes(closing, day, successor);
          }
        }
        case 3 -> scenario.opens(accountWithStatus(spec, c.account(), 2, 3), day);
        case 4 -> scenario.addSlot(c.days() % 2 == 0
            ? RotaAssignment.weekly(who, where, WeeklyWindow.of(day.getDayOfWeek(), LocalTime.of(8, 0),
                LocalTime.of(8 + c.days() * 2, 0)), TODAY, TODAY.plusDays(30))
            : RotaAssignment.shift(who, where, TimeWindow.of(day.atStartOfDay(NorthYorkshire.force().zone())
                .toInstant().plusSeconds(6 * 3600), Duration.ofHours(c.days() * 3))));
        case 5 -> {
          if (spec.slots().isEmpty()) {
            scenario.removeSlots(who, where);
          } else {
            SlotSpec slot = spec.slots().get(c.person() % spec.slots().size());
            scenario.removeSlots(person(spec, slot.person()), account(spec, slot.account()));
          }
        }
        default -> scenario.absent("nobody", day, day.plusDays(1));
      }
    }
    return scenario.build();
  }

  /** The first serving person from a position on, wrapping round; the position's person if nobody serves. */
  private static String servingFrom(EstateSpec spec, int index) {
    for (int i = 0; i < spec.people().size(); i++) {
      int at = (index + i) % spec.people().size();
      if (spec.people().get(at).serving()) {
        return "c" + at;
      }
    }
    return person(spec, index);
  }

  /** The first account from a position on whose drawn status is one of those given, wrapping round. */
  private static String accountWithStatus(EstateSpec spec, int index, int... statuses) {
    for (int i = 0; i < spec.accounts().size(); i++) {
      int at = (index + i) % spec.accounts().size();
      for (int status : statuses) {
        if (spec.accounts().get(at).status() == status) {
          return "a" + at;
        }
      }
    }
    return account(spec, index);
  }
}

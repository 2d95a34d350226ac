package io.github.accountgovernance.rules.coverage;

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
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.Shuffle;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small estate described by positions and minute offsets from {@link #asOf()}, so that a failing property shrinks it towards
 * fewer, earlier, shorter slots. Contributor and account positions are taken modulo the counts.
 */
record Scenario(
    Instant asOf,
    int horizonMinutes,
    List<AccountSpec> accounts,
    List<Boolean> serving,
    List<SlotSpec> slots,
    List<AbsenceSpec> absences) {

  /** Declared hours (null for none, an empty list for 24/7) and, for a closing account, its closure date. */
  record AccountSpec(List<WeeklyWindow> declared, Optional<Integer> closureInDays) {}

  /** A shift of {@code lengthMinutes} from {@code startMinute}, or a weekly window valid over some dates. */
  record SlotSpec(
      int contributor,
      int account,
      Optional<WeeklyWindow> weekly,
      int startMinute,
      int lengthMinutes,
      int validFromDay,
      Optional<Integer> validForDays) {}

  record AbsenceSpec(int contributor, int startMinute, int lengthMinutes) {}

  Duration horizon() {
    return Duration.ofMinutes(horizonMinutes);
  }

  LocalDate firstDate() {
    return asOf.atZone(CoverageFixtures.LONDON).toLocalDate();
  }

  /**
   * Generated weekly windows name days relative to the first date, Monday meaning that date's own weekday, so that
   * they meet a horizon of a few days often and shrink towards it.
   */
  WeeklyWindow relative(WeeklyWindow window) {
    return WeeklyWindow.of(
        firstDate().getDayOfWeek().plus(window.day().getValue() - 1L), window.from(), window.to());
  }

  static String accountId(int i) {
    return "a" + i;
  }

  static String contributorId(int i) {
    return "c" + i;
  }

  Scenario withSlot(SlotSpec slot) {
    List<SlotSpec> more = new ArrayList<>(slots);
    more.add(slot);
    return new Scenario(asOf, horizonMinutes, accounts, serving, more, absences);
  }

  Scenario withoutAbsence(int index) {
    List<AbsenceSpec> fewer = new ArrayList<>(absences);
    fewer.remove(index);
    return new Scenario(asOf, horizonMinutes, accounts, serving, slots, fewer);
  }

  /** The same scenario without any rota slot of one contributor: that person's leave through the horizon. */
  Scenario withoutSlotsOf(String contributorId) {
    List<SlotSpec> rest = new ArrayList<>();
    for (SlotSpec slot : slots) {
      if (!contributorId(slot.contributor() % serving.size()).equals(contributorId)) {
        rest.add(slot);
      }
    }
    return new Scenario(asOf, horizonMinutes, accounts, serving, rest, absences);
  }

  Estate estate() {
    return estate(new ArrayList<>(rota()), new ArrayList<>(absenceList()));
  }

  /** The estate built from its rota and absences listed in the shuffles' orders. */
  Estate shuffledEstate(Shuffle rotaOrder, Shuffle absenceOrder) {
    return estate(rotaOrder.apply(rota()), absenceOrder.apply(absenceList()));
  }

  private Estate estate(List<RotaAssignment> rota, List<Absence> absent) {
    Estate.Builder builder = Estate.builder().force(CoverageFixtures.NYP).asOf(asOf);
    for (int i = 0; i < accounts.size(); i++) {
      AccountSpec spec = accounts.get(i);
      MonitoredHours hours =
          spec.declared() == null
              ? MonitoredHours.notDeclared()
              : spec.declared().isEmpty()
                  ? MonitoredHours.always()
                  : MonitoredHours.weekly(spec.declared().stream().map(this::relative).toList());
      builder.addAccounts(
          Account.builder()
              .id(accountId(i))
              .handle(Handle.of(Platform.X, "NYP_A" + i))
              .displayName("North Yorkshire Police " + i)
              .tier(AccountTier.DISTRICT)
              .status(spec.closureInDays().isPresent() ? AccountStatus.CLOSING : AccountStatus.ACTIVE)
              .monitoredHours(hours)
              .build());
      if (spec.closureInDays().isPresent()) {
        builder.addClosurePlans(
            ClosurePlan.builder()
                .account(accountId(i))
                .closureDate(firstDate().plusDays(spec.closureInDays().get()))
                .build());
      }
    }
    for (int i = 0; i < serving.size(); i++) {
      builder.addContributors(
          Contributor.builder()
              .id(contributorId(i))
              .kind(ContributorKind.OFFICER)
              .name("PC " + i)
              .status(serving.get(i) ? ContributorStatus.SERVING : ContributorStatus.LEFT)
              .build());
    }
    return builder.addAllRota(rota).addAllAbsences(absent).build();
  }

  List<RotaAssignment> rota() {
    List<RotaAssignment> rota = new ArrayList<>();
    for (SlotSpec slot : slots) {
      String contributor = contributorId(slot.contributor() % serving.size());
      String account = accountId(slot.account() % accounts.size());
      if (slot.weekly().isPresent()) {
        LocalDate from = firstDate().plusDays(slot.validFromDay());
        rota.add(
            RotaAssignment.weekly(
                contributor, account, relative(slot.weekly().get()), from, slot.validForDays().map(from::plusDays).orElse(null)));
      } else {
        rota.add(RotaAssignment.shift(contributor, account, minutes(slot.startMinute(), slot.lengthMinutes())));
      }
    }
    return rota;
  }

  List<Absence> absenceList() {
    List<Absence> absent = new ArrayList<>();
    for (AbsenceSpec absence : absences) {
      absent.add(
          Absence.of(
              contributorId(absence.contributor() % serving.size()),
              minutes(absence.startMinute(), absence.lengthMinutes()),
              AbsenceReason.LEAVE));
    }
    return absent;
  }

  private TimeWindow minutes(int start, int length) {
    return TimeWindow.of(asOf.plus(Duration.ofMinutes(start)), Duration.ofMinutes(length));
  }
}

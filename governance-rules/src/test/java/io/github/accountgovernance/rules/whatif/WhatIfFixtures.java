package io.github.accountgovernance.rules.whatif;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorKind;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.testing.NorthYorkshire;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.Evaluation;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small York estate on Monday 1 March 2021 (fictional people): {@code @NYP_York} declares weekdays 08:00-18:00,
 * watched by PC Alex Example (c1) every weekday and Sgt Sam Example (c2) Monday to Wednesday;
 * {@code @NYorksPolice} is 24/7, watched by two staff in shifts over the whole horizon; {@code @NYP_Jobs} declares
 * weekdays 09:00-17:00, watched by PC Jo Example (c5) of York; {@code @NYP_PC1402} is c1's own account, proposed;
 * {@code @NPTYorkSouth} closed last month.
 */
final class WhatIfFixtures {

  static final Instant AS_OF = Instant.parse("2021-03-01T00:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2021, 3, 1);
  static final Evaluation NPCC = Evaluation.of(PolicyPacks.npcc2021());
  static final String SIGNPOSTED = "Not monitored 24/7. Do not report crime here: call 101, or 999 in an emergency.";

  private WhatIfFixtures() {}

  static Estate york() {
    MonitoredHours yorkHours = weekdays("08:00-18:00");
    MonitoredHours jobsHours = weekdays("09:00-17:00");
    List<RotaAssignment> rota = new ArrayList<>();
    for (WeeklyWindow window : yorkHours.windows()) {
      rota.add(RotaAssignment.weekly("c1", "york-x", window, TODAY.minusDays(7), TODAY.plusDays(90)));
      if (List.of("MONDAY", "TUESDAY", "WEDNESDAY").contains(window.day().name())) {
        rota.add(RotaAssignment.weekly("c2", "york-x", window, TODAY.minusDays(7), TODAY.plusDays(90)));
      }
    }
    for (WeeklyWindow window : jobsHours.windows()) {
      rota.add(RotaAssignment.weekly("c5", "jobs-x", window, TODAY.minusDays(7), TODAY.plusDays(90)));
    }
    TimeWindow horizon = TimeWindow.of(AS_OF, Duration.ofDays(28));
    rota.add(RotaAssignment.shift("c3", "force-x", horizon));
    rota.add(RotaAssignment.shift("c4", "force-x", horizon));
    return Estate.builder()
        .force(NorthYorkshire.force())
        .asOf(AS_OF)
        .addAccounts(
            account("york-x", "NYP_York", AccountTier.DISTRICT).district("york").monitoredHours(yorkHours).build(),
            account("force-x", "NYorksPolice", AccountTier.FORCE_WIDE).monitoredHours(MonitoredHours.always())
                .build(),
            account("jobs-x", "NYP_Jobs", AccountTier.CORPORATE_FUNCTION).function("Jobs").monitoredHours(jobsHours)
                .build(),
            account("officer-1402-x", "NYP_PC1402", AccountTier.INDIVIDUAL_OFFICER).status(AccountStatus.PROPOSED)
                .district("york").build(),
            account("npt-yorksouth-x", "NPTYorkSouth", AccountTier.DISTRICT).district("york")
                .status(AccountStatus.CLOSED).closedOn(LocalDate.of(2021, 2, 26)).build())
        .addContributors(
            person("c1", "PC Alex Example", "york"),
            person("c2", "Sgt Sam Example", "york"),
            person("c3", "Dale Example", null),
            person("c4", "Gale Example", null),
            person("c5", "PC Jo Example", "york"))
        .addRota(rota.toArray(new RotaAssignment[0]))
        .addAbsences(Absence.of("c5", window("2021-03-15T00:00:00Z", "2021-03-20T00:00:00Z"), AbsenceReason.TRAINING))
        .addClosurePlans(
            ClosurePlan.builder().account("npt-yorksouth-x").addSuccessors("york-x")
                .finalMessage("This account closes at the end of the month: follow @NYP_York.")
                .finalMessageOn(LocalDate.of(2021, 2, 10)).closureDate(LocalDate.of(2021, 2, 26)).build())
        .build();
  }

  static Account.Builder account(String id, String handle, AccountTier tier) {
    return Account.builder()
        .id(id)
        .handle(Handle.of(Platform.X, handle))
        .displayName("North Yorkshire Police " + handle)
        .tier(tier)
        .status(AccountStatus.ACTIVE)
        .owningTeam("Digital desk")
        .outOfHoursText(SIGNPOSTED);
  }

  static Contributor person(String id, String name, String district) {
    Contributor.Builder person = Contributor.builder().id(id).kind(ContributorKind.OFFICER).name(name);
    if (district != null) {
      person.district(district);
    }
    return person.build();
  }

  static MonitoredHours weekdays(String hours) {
    List<WeeklyWindow> windows = new ArrayList<>();
    for (String day : List.of("Mon", "Tue", "Wed", "Thu", "Fri")) {
      windows.add(WeeklyWindow.parse(day + " " + hours));
    }
    return MonitoredHours.weekly(windows);
  }

  static TimeWindow window(String from, String to) {
    return TimeWindow.of(Instant.parse(from), Instant.parse(to));
  }
}

package io.github.accountgovernance.rules.coverage;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorKind;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.testing.NorthYorkshire;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The force, accounts and (fictional) people the coverage tests share. */
final class CoverageFixtures {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  static final Force NYP = NorthYorkshire.force();

  private CoverageFixtures() {}

  static Account.Builder account(String id, String handle, AccountTier tier, MonitoredHours hours) {
    return Account.builder()
        .id(id)
        .handle(Handle.of(Platform.X, handle))
        .displayName("North Yorkshire Police " + id)
        .tier(tier)
        .status(AccountStatus.ACTIVE)
        .monitoredHours(hours);
  }

  static Contributor officer(String id, String name) {
    return Contributor.builder().id(id).kind(ContributorKind.OFFICER).name(name).build();
  }

  static Contributor formerOfficer(String id, String name) {
    return Contributor.builder()
        .id(id)
        .kind(ContributorKind.OFFICER)
        .name(name)
        .status(ContributorStatus.LEFT)
        .build();
  }

  static Instant at(String iso) {
    return Instant.parse(iso);
  }

  static TimeWindow window(String from, String to) {
    return TimeWindow.of(Instant.parse(from), Instant.parse(to));
  }

  static IntervalSet set(TimeWindow... windows) {
    return IntervalSet.of(windows);
  }

  /** The same local hours on every day of the week, such as {@code 08:00-18:00}. */
  static List<WeeklyWindow> everyDay(String from, String to) {
    List<WeeklyWindow> days = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      days.add(WeeklyWindow.of(day, LocalTime.parse(from), LocalTime.parse(to)));
    }
    return days;
  }
}

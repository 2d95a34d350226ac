package io.github.accountgovernance.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorKind;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.testing.NorthYorkshire;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.Violation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * North Yorkshire Police, its real account handles and fictional people, for the monitoring and closure rule
 * tests. Evaluations are as of Monday 1 March 2021, 09:00 in London (GMT), over 28 days, which crosses the clock
 * change of 28 March.
 */
final class MonitoringFixtures {

  static final Instant AS_OF = Instant.parse("2021-03-01T09:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2021, 3, 1);
  static final TimeWindow HORIZON = TimeWindow.of(AS_OF, Duration.ofDays(28));

  static final Force NYP = NorthYorkshire.force();

  static final String SIGNPOSTED =
      "Not monitored 24/7. Do not report crime here: call 101, or 999 in an emergency.";

  private MonitoringFixtures() {}

  static Account.Builder account(String id, String handle, AccountTier tier) {
    return Account.builder()
        .id(id)
        .handle(Handle.of(Platform.X, handle))
        .displayName("North Yorkshire Police " + id)
        .tier(tier)
        .status(AccountStatus.ACTIVE);
  }

  /** {@code @NYorksPolice}, force-wide and declared 24/7. */
  static Account.Builder forceAccount() {
    return account("force-x", "NYorksPolice", AccountTier.FORCE_WIDE).monitoredHours(MonitoredHours.always());
  }

  /** {@code @NYP_York}, the York district account. */
  static Account.Builder yorkAccount() {
    return account("york-x", "NYP_York", AccountTier.DISTRICT).district("york");
  }

  /** {@code @NYP_Jobs}, the recruitment account. */
  static Account.Builder jobsAccount() {
    return account("jobs-x", "NYP_Jobs", AccountTier.CORPORATE_FUNCTION).function("Jobs");
  }

  static MonitoredHours weekdays(String from, String to) {
    List<WeeklyWindow> windows = new ArrayList<>();
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY)) {
      windows.add(WeeklyWindow.parse(day.name().substring(0, 3) + " " + from + "-" + to));
    }
    return MonitoredHours.weekly(windows);
  }

  static MonitoredHours daily(String from, String to) {
    List<WeeklyWindow> windows = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      windows.add(WeeklyWindow.parse(day.name().substring(0, 3) + " " + from + "-" + to));
    }
    return MonitoredHours.weekly(windows);
  }

  /** A weekly rota slot for every window of {@code hours}, over the whole horizon. */
  static List<RotaAssignment> rota(String contributor, String account, MonitoredHours hours) {
    List<RotaAssignment> slots = new ArrayList<>();
    for (WeeklyWindow window : hours.windows()) {
      slots.add(RotaAssignment.weekly(contributor, account, window, TODAY.minusDays(7), TODAY.plusDays(60)));
    }
    return slots;
  }

  /** One shift covering the whole horizon. */
  static RotaAssignment always(String contributor, String account) {
    return RotaAssignment.shift(contributor, account, HORIZON);
  }

  static RotaAssignment shift(String contributor, String account, String from, String to) {
    return RotaAssignment.shift(contributor, account, window(from, to));
  }

  static TimeWindow window(String from, String to) {
    return TimeWindow.of(Instant.parse(from), Instant.parse(to));
  }

  static Absence leave(String contributor, String from, String to) {
    return Absence.of(contributor, window(from, to), AbsenceReason.LEAVE);
  }

  static Contributor officer(String id, String name) {
    return Contributor.builder().id(id).kind(ContributorKind.OFFICER).name(name).build();
  }

  static Contributor leaver(String id, String name) {
    return Contributor.builder()
        .id(id)
        .kind(ContributorKind.STAFF)
        .name(name)
        .status(ContributorStatus.LEFT)
        .leftOn(TODAY.minusDays(14))
        .build();
  }

  static Estate.Builder estate() {
    return Estate.builder().force(NYP).asOf(AS_OF);
  }

  static Report evaluate(List<Rule> rules, Estate estate) {
    return PolicyPack.builder("catalogue-test").add(rules).build().evaluate(estate);
  }

  static Report evaluate(Rule rule, Estate estate) {
    return evaluate(List.of(rule), estate);
  }

  /** The one violation of the rule in the report; fails the test if there is not exactly one. */
  static Violation only(Report report, String ruleId) {
    List<Violation> violations = report.violationsOf(ruleId);
    assertThat(violations).as("the %s violations", ruleId).hasSize(1);
    return violations.get(0);
  }

  /** Asserts that a rule says why it exists, where it comes from, and how to fix its violations. */
  static void explainsItself(Rule rule) {
    assertThat(rule.rationale()).as("the rationale of %s", rule).isPresent();
    assertThat(rule.source())
        .as("the source of %s, as citations of the catalogue's sources", rule)
        .hasValueSatisfying(source -> assertThat(source.split("; ")).allSatisfy(Sources::isCited));
    assertThat(rule.hint()).as("the hint of %s", rule).isPresent();
  }

  /** The values of the violation's evidence with the label, empty if it has none. */
  static List<String> evidence(Violation violation, String label) {
    return violation.evidence().stream()
        .filter(piece -> piece.label().equals(label))
        .findFirst()
        .map(piece -> piece.values())
        .orElse(List.of());
  }
}

package io.github.accountgovernance.rules.catalogue;

import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.AS_OF;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.SIGNPOSTED;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.TODAY;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.account;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.always;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.daily;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.estate;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.evaluate;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.evidence;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.forceAccount;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.leave;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.leaver;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.officer;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.only;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.rota;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.shift;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.weekdays;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.yorkAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.Evaluation;
import io.github.accountgovernance.rules.authoring.EvaluationContext;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.TextPattern;
import io.github.accountgovernance.rules.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class MonitoringRulesTest {

  private static final String ALEX = "PC Alex Example (c-1402)";
  private static final String LEAVE_WINDOW = "Mon 8 Mar 2021 00:00 – Mon 22 Mar 00:00 GMT, 14 d";

  /** An officer's own account, declared 24/7 and watched by them alone, before and during two weeks' leave. */
  private static Estate officerAccount(boolean onLeave) {
    Estate.Builder estate =
        estate()
            .addAccounts(
                account("pc-example-x", "PC_AlexExample", AccountTier.INDIVIDUAL_OFFICER)
                    .monitoredHours(MonitoredHours.always())
                    .build())
            .addContributors(officer("c-1402", "PC Alex Example"))
            .addRota(always("c-1402", "pc-example-x"));
    if (onLeave) {
      estate.addAbsences(leave("c-1402", "2021-03-08T00:00:00Z", "2021-03-22T00:00:00Z"));
    }
    return estate.build();
  }

  @Test
  void all_returnsMon1ToMon6InIdOrderWithTheirTitles() {
    assertThat(MonitoringRules.all())
        .extracting(Rule::toString)
        .containsExactly(
            "MON-1 named monitors",
            "MON-2 daily monitoring",
            "MON-3 declared hours covered",
            "MON-4 leave resilience",
            "MON-5 out-of-hours signposting",
            "MON-6 monitor load");
    assertThat(MonitoringRules.all()).allSatisfy(MonitoringFixtures::explainsItself);
  }

  @Test
  void statements_readAsTheCatalogueSentencesWithDefaultsFilledIn() {
    assertThat(MonitoringRules.all())
        .extracting(Rule::statement)
        .containsExactly(
            "every active or closing account has at least 2 distinct serving monitors",
            "over the horizon, no active or closing account goes longer than 24h without a monitor on duty",
            "every active or closing account that declares monitored hours has a monitor who is not absent on duty"
                + " throughout its declared monitored hours",
            "every active or closing account that declares monitored hours has more than 1 on duty wherever"
                + " anyone covers its declared monitored hours",
            "every active or closing account that is not monitored 24/7 carries out-of-hours text that directs"
                + " people to each of 101, 999 and says not to report crime there",
            "every serving contributor is on duty for at most 4 accounts at once");
    assertThat(MonitoringRules.leaveResilience().severity()).isEqualTo(Severity.WARNING);
    assertThat(MonitoringRules.monitorLoad().severity()).isEqualTo(Severity.WARNING);
    assertThat(MonitoringRules.namedMonitors().severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void parameters_haveTheCatalogueDefaults() {
    assertThat(MonitoringRules.MIN_MONITORS.defaultValue()).isEqualTo(2);
    assertThat(MonitoringRules.MAX_GAP.defaultValue()).isEqualTo(Duration.ofHours(24));
    assertThat(MonitoringRules.MAX_CONCURRENT_ACCOUNTS.defaultValue()).isEqualTo(4);
    assertThat(MonitoringRules.REQUIRED_PHRASES.defaultValue()).containsExactly("101", "999");
    assertThat(MonitoringRules.dailyMonitoring().parameter("maxGap")).contains(MonitoringRules.MAX_GAP);
  }

  @Test
  void gapsALeaversSlotsWouldHaveCovered_sayWhoseSlotsAreNotCounted() {
    Estate estate =
        estate()
            .addAccounts(yorkAccount().monitoredHours(daily("08:00", "18:00")).outOfHoursText(SIGNPOSTED).build())
            .addContributors(
                officer("c-1402", "PC Alex Example"), leaver("c-3001", "Jo Former"), leaver("c-3002", "Lee Gone"))
            .addAllRota(rota("c-1402", "york-x", weekdays("08:00", "18:00")))
            .addAllRota(rota("c-3001", "york-x", MonitoredHours.weekly(
                List.of(WeeklyWindow.parse("Sat 08:00-18:00"), WeeklyWindow.parse("Sun 08:00-18:00")))))
            .addAllRota(rota("c-3002", "york-x", MonitoredHours.weekly(List.of(WeeklyWindow.parse("Tue 08:00-18:00")))))
            .build();
    String notCounted = "slots of Jo Former (c-3001), who left on Mon 15 Feb 2021, not counted";

    Report report = evaluate(MonitoringRules.all(), estate);

    assertThat(report.violationsOf("MON-2"))
        .isNotEmpty()
        .allSatisfy(gap -> assertThat(evidence(gap, "leavers' slots")).containsExactly(notCounted));
    assertThat(evidence(only(report, "MON-3"), "leavers' slots")).containsExactly(notCounted);
  }

  @Nested
  final class SeedOfficerOnTwoWeeksLeave {

    @Test
    void leave_firesMon2Mon3AndMon4WithTheFourteenDayWindow() {
      Report report = evaluate(MonitoringRules.all(), officerAccount(true));

      Violation gap = only(report, "MON-2");
      assertThat(gap.subject().displayName()).isEqualTo("@PC_AlexExample");
      assertThat(gap.message())
          .isEqualTo(
              "nobody is on duty for 14 d (Mon 8 Mar 2021 00:00 – Mon 22 Mar 00:00 GMT), longer than the 24h allowed");
      assertThat(evidence(gap, "uncovered window")).containsExactly(LEAVE_WINDOW);
      assertThat(evidence(gap, "absences")).containsExactly(ALEX + ": leave, " + LEAVE_WINDOW);
      assertThat(gap.key()).isEqualTo("2021-03-08T00:00:00Z");

      Violation declared = only(report, "MON-3");
      assertThat(declared.message())
          .isEqualTo("nobody is on duty for 1 window of its declared hours (24/7), 14 d in all");
      assertThat(evidence(declared, "uncovered declared hours")).containsExactly(LEAVE_WINDOW);

      Violation resilience = only(report, "MON-4");
      assertThat(resilience.severity()).isEqualTo(Severity.WARNING);
      // The fortnight nobody covers is MON-3's; MON-4 speaks only of the hours Alex covers alone.
      assertThat(evidence(resilience, "declared hours with one monitor"))
          .containsExactly(
              "Mon 1 Mar 2021 09:00 – Mon 8 Mar 00:00 GMT, 6 d 15 h: " + ALEX + " alone",
              "Mon 22 Mar 2021 00:00 GMT – Mon 29 Mar 10:00 BST, 7 d 9 h: " + ALEX + " alone");
      assertThat(evidence(resilience, "who covers alone")).containsExactly(ALEX + ", 14 d");
      assertThat(resilience.message())
          .isEqualTo("one absence would leave declared hours uncovered: " + ALEX + " covers 14 d of them alone");
    }

    @Test
    void withoutTheLeave_onlyNamedMonitorsAndLeaveResilienceFire() {
      Report report = evaluate(MonitoringRules.all(), officerAccount(false));

      assertThat(report.violations())
          .extracting(v -> v.ruleId().value())
          .containsExactly("MON-1", "MON-4");
      assertThat(only(report, "MON-1").message())
          .isEqualTo("has 1 serving monitor on the rota over the horizon, needs at least 2");
      assertThat(evidence(only(report, "MON-1"), "serving monitors")).containsExactly(ALEX);
    }

    @Test
    void aSecondMonitorThroughout_closesTheGapButLeavesTheLeaveOnOnePerson() {
      Estate covered =
          Estate.builder()
              .from(officerAccount(true))
              .addContributors(officer("c-2210", "PS Sam Sample"))
              .addRota(always("c-2210", "pc-example-x"))
              .build();

      Report report = evaluate(MonitoringRules.all(), covered);

      assertThat(report.violations()).extracting(v -> v.ruleId().value()).containsExactly("MON-4");
      assertThat(evidence(only(report, "MON-4"), "declared hours with one monitor"))
          .containsExactly(LEAVE_WINDOW + ": PS Sam Sample (c-2210) alone");
    }
  }

  @Nested
  final class NamedMonitors {

    @Test
    void twoServingMonitors_pass() {
      Estate estate =
          estate()
              .addAccounts(yorkAccount().build())
              .addContributors(officer("c-1402", "PC Alex Example"), officer("c-2210", "PS Sam Sample"))
              .addRota(
                  shift("c-1402", "york-x", "2021-03-02T08:00:00Z", "2021-03-02T18:00:00Z"),
                  shift("c-2210", "york-x", "2021-03-03T08:00:00Z", "2021-03-03T18:00:00Z"))
              .build();

      Report report = evaluate(MonitoringRules.namedMonitors(), estate);

      assertThat(report.violations()).isEmpty();
      assertThat(report.rule("MON-1").orElseThrow().checked()).isEqualTo(1);
    }

    @Test
    void aLeaverStillOnTheRota_doesNotCountAndIsNamedInTheEvidence() {
      Estate estate =
          estate()
              .addAccounts(yorkAccount().build())
              .addContributors(officer("c-1402", "PC Alex Example"), leaver("c-3001", "Jo Former"))
              .addRota(always("c-1402", "york-x"), always("c-3001", "york-x"))
              .build();

      Violation violation = only(evaluate(MonitoringRules.namedMonitors(), estate), "MON-1");

      assertThat(violation.subject().displayName()).isEqualTo("@NYP_York");
      assertThat(evidence(violation, "serving monitors")).containsExactly(ALEX);
      assertThat(evidence(violation, "on the rota but left")).containsExactly("Jo Former (c-3001)");
      assertThat(violation.hint()).contains("add serving monitors to the account's rota");
    }

    @Test
    void leaversWhoseSlotsAreOver_areNotNamedAsOnTheRota() {
      // Jo, Lee and Kit left on 15 February; the evaluation is on 1 March. Jo's shift on her last day, her
      // Sunday nights that stopped in February and Kit's night shift into the 16th are history; Lee's Monday
      // mornings run on.
      Estate estate =
          estate()
              .addAccounts(yorkAccount().build())
              .addContributors(
                  officer("c-1402", "PC Alex Example"),
                  leaver("c-3001", "Jo Former"),
                  leaver("c-3002", "Lee Gone"),
                  leaver("c-3003", "Kit Later"))
              .addRota(
                  always("c-1402", "york-x"),
                  shift("c-3001", "york-x", "2021-02-15T08:00:00Z", "2021-02-15T18:00:00Z"),
                  RotaAssignment.weekly(
                      "c-3001", "york-x", WeeklyWindow.parse("Sun 22:00-08:00"), TODAY.minusDays(28),
                      TODAY.minusDays(1)),
                  RotaAssignment.weekly(
                      "c-3002", "york-x", WeeklyWindow.parse("Mon 08:00-12:00"), TODAY.minusDays(28), null),
                  shift("c-3003", "york-x", "2021-02-15T22:00:00Z", "2021-02-16T08:00:00Z"))
              .build();

      Violation violation = only(evaluate(MonitoringRules.namedMonitors(), estate), "MON-1");

      assertThat(evidence(violation, "on the rota but left")).containsExactly("Lee Gone (c-3002)");
    }

    @Test
    void aLeaversWeeklyNight_countsUntilItsLastOccurrenceEnds() {
      // Both patterns stop on Monday 1 March, so their last night starts on Sunday 28 February and runs into the
      // 1st: Jo's ends at 08:00, before the evaluation at 09:00; Lee's at 10:00, after it.
      Estate estate =
          estate()
              .addAccounts(yorkAccount().build())
              .addContributors(
                  officer("c-1402", "PC Alex Example"), leaver("c-3001", "Jo Former"), leaver("c-3002", "Lee Gone"))
              .addRota(
                  always("c-1402", "york-x"),
                  RotaAssignment.weekly(
                      "c-3001", "york-x", WeeklyWindow.parse("Sun 22:00-08:00"), TODAY.minusDays(28), TODAY),
                  RotaAssignment.weekly(
                      "c-3002", "york-x", WeeklyWindow.parse("Sun 22:00-10:00"), TODAY.minusDays(28), TODAY))
              .build();

      Violation violation = only(evaluate(MonitoringRules.namedMonitors(), estate), "MON-1");

      assertThat(evidence(violation, "on the rota but left")).containsExactly("Lee Gone (c-3002)");
    }

    @Test
    void closedAndProposedAccounts_areNotChecked() {
      Estate estate =
          estate()
              .addAccounts(
                  yorkAccount().status(AccountStatus.CLOSED).build(),
                  forceAccount().status(AccountStatus.PROPOSED).build())
              .build();

      Report report = evaluate(MonitoringRules.namedMonitors(), estate);

      assertThat(report.violations()).isEmpty();
      assertThat(report.rule("MON-1").orElseThrow().checked()).isZero();
    }

    @Test
    void aPackThatAsksForThree_failsAnAccountWithTwo() {
      Estate estate =
          estate()
              .addAccounts(yorkAccount().build())
              .addContributors(officer("c-1402", "PC Alex Example"), officer("c-2210", "PS Sam Sample"))
              .addRota(always("c-1402", "york-x"), always("c-2210", "york-x"))
              .build();
      PolicyPack pack =
          PolicyPack.builder("three").add(MonitoringRules.namedMonitors()).set(MonitoringRules.MIN_MONITORS, 3).build();

      Report report = pack.evaluate(estate);

      assertThat(only(report, "MON-1").message())
          .isEqualTo("has 2 serving monitors on the rota over the horizon, needs at least 3");
      assertThat(report.rule("MON-1").orElseThrow().statement())
          .isEqualTo("every active or closing account has at least 3 distinct serving monitors");
    }
  }

  @Nested
  final class DailyMonitoring {

    private Estate weekdaysOnly() {
      return estate()
          .addAccounts(yorkAccount().monitoredHours(weekdays("08:00", "18:00")).outOfHoursText(SIGNPOSTED).build())
          .addContributors(officer("c-1402", "PC Alex Example"))
          .addAllRota(rota("c-1402", "york-x", weekdays("08:00", "18:00")))
          .build();
    }

    @Test
    void weekdayOnlyRota_reportsEachWeekendAsItsOwnGapKeyedByItsStart() {
      List<Violation> gaps =
          new ArrayList<>(evaluate(MonitoringRules.dailyMonitoring(), weekdaysOnly()).violationsOf("MON-2"));
      gaps.sort(Comparator.comparing(Violation::key));

      assertThat(gaps)
          .extracting(v -> evidence(v, "uncovered window").get(0))
          .containsExactly(
              "Fri 5 Mar 2021 18:00 – Mon 8 Mar 08:00 GMT, 2 d 14 h",
              "Fri 12 Mar 2021 18:00 – Mon 15 Mar 08:00 GMT, 2 d 14 h",
              "Fri 19 Mar 2021 18:00 – Mon 22 Mar 08:00 GMT, 2 d 14 h",
              "Fri 26 Mar 2021 18:00 GMT – Mon 29 Mar 08:00 BST, 2 d 13 h");
      assertThat(gaps)
          .extracting(Violation::key)
          .containsExactly(
              "2021-03-05T18:00:00Z", "2021-03-12T18:00:00Z", "2021-03-19T18:00:00Z", "2021-03-26T18:00:00Z");
    }

    @Test
    void aLongerMaxGap_acceptsTheWeekends() {
      PolicyPack pack =
          PolicyPack.builder("weekends")
              .add(MonitoringRules.dailyMonitoring())
              .set(MonitoringRules.MAX_GAP, Duration.ofDays(3))
              .build();

      assertThat(pack.evaluate(weekdaysOnly()).violations()).isEmpty();
    }

    @Test
    void anAccountWithNobodyOnTheRota_hasOneOngoingGapOverTheWholeHorizon() {
      Estate estate = estate().addAccounts(yorkAccount().build()).build();

      Violation gap = only(evaluate(MonitoringRules.dailyMonitoring(), estate), "MON-2");

      assertThat(gap.key()).isEqualTo("(ongoing)");
      assertThat(evidence(gap, "uncovered window")).containsExactly("Mon 1 Mar 2021 09:00 GMT – Mon 29 Mar 10:00 BST, 28 d");
      assertThat(evidence(gap, "serving monitors")).containsExactly("none on the rota");
    }

    /** Covered from the as-of instant to 09:00 on 2 March and again from {@code back} to the horizon's end. */
    private Estate gapUntil(String back) {
      return estate()
          .addAccounts(yorkAccount().build())
          .addContributors(officer("c-1402", "PC Alex Example"))
          .addRota(
              shift("c-1402", "york-x", "2021-03-01T09:00:00Z", "2021-03-02T09:00:00Z"),
              shift("c-1402", "york-x", back, "2021-03-29T09:00:00Z"))
          .build();
    }

    @Test
    void gapKeys_sortAsTheGapsStart_theOngoingGapFirst() {
      Estate estate =
          estate()
              .addAccounts(yorkAccount().build())
              .addContributors(officer("c-1402", "PC Alex Example"))
              .addRota(
                  shift("c-1402", "york-x", "2021-03-02T10:00:00Z", "2021-03-03T10:00:00Z"),
                  shift("c-1402", "york-x", "2021-03-05T09:00:00Z", "2021-03-12T09:00:00Z"),
                  shift("c-1402", "york-x", "2021-03-14T09:00:00Z", "2021-03-29T09:00:00Z"))
              .build();
      List<Violation> gaps =
          new ArrayList<>(evaluate(MonitoringRules.dailyMonitoring(), estate).violationsOf("MON-2"));

      gaps.sort(Comparator.comparing(Violation::key));

      assertThat(gaps)
          .extracting(Violation::key)
          .containsExactly("(ongoing)", "2021-03-03T10:00:00Z", "2021-03-12T09:00:00Z");
      assertThat(gaps)
          .extracting(v -> evidence(v, "uncovered window").get(0))
          .containsExactly(
              "Mon 1 Mar 2021 09:00 – Tue 2 Mar 10:00 GMT, 1 d 1 h",
              "Wed 3 Mar 2021 10:00 – Fri 5 Mar 09:00 GMT, 1 d 23 h",
              "Fri 12 Mar 2021 09:00 – Sun 14 Mar 09:00 GMT, 2 d");
    }

    @Test
    void aGapOfExactlyMaxGap_passes() {
      Report report = evaluate(MonitoringRules.dailyMonitoring(), gapUntil("2021-03-03T09:00:00Z"));

      assertThat(report.violations()).isEmpty();
      assertThat(report.rule("MON-2").orElseThrow().checked()).isEqualTo(1);
    }

    @Test
    void aGapOneSecondLongerThanMaxGap_fails() {
      Violation gap = only(evaluate(MonitoringRules.dailyMonitoring(), gapUntil("2021-03-03T09:00:01Z")), "MON-2");

      assertThat(gap.message()).startsWith("nobody is on duty for 1 d 1 s (Tue 2 Mar 2021 09:00 – ");
      assertThat(gap.key()).isEqualTo("2021-03-02T09:00:00Z");
    }

    @Test
    void aShorterHorizon_looksOnlyThatFarAhead() {
      Report report = Evaluation.of(PolicyPack.builder("week").add(MonitoringRules.dailyMonitoring()).build())
          .horizon(Duration.ofDays(4))
          .evaluate(weekdaysOnly());

      assertThat(report.violations()).isEmpty();
    }
  }

  @Nested
  final class DeclaredHoursCovered {

    @Test
    void aRotaStartingAnHourLate_leavesThatHourOfEachWeekdayUncovered() {
      Estate estate =
          estate()
              .addAccounts(yorkAccount().monitoredHours(weekdays("08:00", "18:00")).outOfHoursText(SIGNPOSTED).build())
              .addContributors(officer("c-1402", "PC Alex Example"))
              .addAllRota(rota("c-1402", "york-x", weekdays("09:00", "18:00")))
              .build();

      Violation violation = only(evaluate(MonitoringRules.declaredHoursCovered(), estate), "MON-3");

      assertThat(violation.message()).startsWith("nobody is on duty for 20 windows of its declared hours (").endsWith(
          "), 20 h in all");
      assertThat(evidence(violation, "uncovered declared hours"))
          .hasSize(20)
          .startsWith("Tue 2 Mar 2021 08:00 – 09:00 GMT, 1 h")
          .endsWith("Mon 29 Mar 2021 08:00 – 09:00 BST, 1 h");
    }

    @Test
    void accountsThatDeclareNoHours_areLeftToMon5() {
      Estate estate = estate().addAccounts(yorkAccount().build()).build();

      Report report = evaluate(MonitoringRules.declaredHoursCovered(), estate);

      assertThat(report.violations()).isEmpty();
      assertThat(report.rule("MON-3").orElseThrow().checked()).isZero();
    }

    @Test
    void aClosingAccountIsCheckedUntilTheEndOfItsClosureDate() {
      Estate estate =
          estate()
              .addAccounts(yorkAccount().status(AccountStatus.CLOSING).monitoredHours(MonitoredHours.always()).build())
              .addContributors(officer("c-1402", "PC Alex Example"))
              .addRota(shift("c-1402", "york-x", "2021-03-01T09:00:00Z", "2021-03-04T00:00:00Z"))
              .addClosurePlans(ClosureFixtures.plan("york-x", "2021-03-03").build())
              .build();

      assertThat(evaluate(MonitoringRules.declaredHoursCovered(), estate).violations()).isEmpty();
    }
  }

  @Nested
  final class LeaveResilience {

    @Test
    void overlappingShifts_reportWhoCoversWhichHoursAlone() {
      Estate estate =
          estate()
              .addAccounts(yorkAccount().monitoredHours(daily("08:00", "18:00")).outOfHoursText(SIGNPOSTED).build())
              .addContributors(officer("c-1402", "PC Alex Example"), officer("c-2210", "PS Sam Sample"))
              .addAllRota(rota("c-1402", "york-x", daily("08:00", "14:00")))
              .addAllRota(rota("c-2210", "york-x", daily("12:00", "18:00")))
              .build();

      Violation violation = only(evaluate(MonitoringRules.leaveResilience(), estate), "MON-4");

      assertThat(evidence(violation, "who covers alone"))
          .containsExactly(ALEX + ", 4 d 17 h", "PS Sam Sample (c-2210), 4 d 16 h");
      assertThat(evidence(violation, "declared hours with one monitor"))
          .startsWith(
              "Mon 1 Mar 2021 09:00 – 12:00 GMT, 3 h: " + ALEX + " alone",
              "Mon 1 Mar 2021 14:00 – 18:00 GMT, 4 h: PS Sam Sample (c-2210) alone",
              "Tue 2 Mar 2021 08:00 – 12:00 GMT, 4 h: " + ALEX + " alone");
      assertThat(violation.message()).doesNotContain("nobody");
    }

    @Test
    void hoursNobodyCovers_areMon3sAlone() {
      Estate estate =
          estate()
              .addAccounts(yorkAccount().monitoredHours(daily("08:00", "18:00")).outOfHoursText(SIGNPOSTED).build())
              .addContributors(officer("c-1402", "PC Alex Example"), officer("c-2210", "PS Sam Sample"))
              .addAllRota(rota("c-1402", "york-x", daily("08:00", "12:00")))
              .addAllRota(rota("c-2210", "york-x", daily("08:00", "12:00")))
              .build();

      Report report = evaluate(MonitoringRules.all(), estate);

      assertThat(report.violationsOf("MON-3")).hasSize(1);
      assertThat(report.violationsOf("MON-4")).isEmpty();
    }

    @Test
    void twoMonitorsThroughoutTheDeclaredHours_pass() {
      Estate estate =
          estate()
              .addAccounts(yorkAccount().monitoredHours(daily("08:00", "18:00")).outOfHoursText(SIGNPOSTED).build())
              .addContributors(officer("c-1402", "PC Alex Example"), officer("c-2210", "PS Sam Sample"))
              .addAllRota(rota("c-1402", "york-x", daily("08:00", "18:00")))
              .addAllRota(rota("c-2210", "york-x", daily("07:00", "19:00")))
              .build();

      assertThat(evaluate(MonitoringRules.leaveResilience(), estate).violations()).isEmpty();
    }

    @Test
    void resilienceOfTwo_reportsTheHoursTwoPeopleCoverAlone_andWho() {
      Estate estate =
          estate()
              .addAccounts(yorkAccount().monitoredHours(daily("08:00", "18:00")).outOfHoursText(SIGNPOSTED).build())
              .addContributors(officer("c-1402", "PC Alex Example"), officer("c-2210", "PS Sam Sample"),
                  officer("c-3001", "PC Kim Spare"))
              .addAllRota(rota("c-1402", "york-x", daily("08:00", "18:00")))
              .addAllRota(rota("c-2210", "york-x", daily("07:00", "19:00")))
              .addAllRota(rota("c-3001", "york-x", daily("08:00", "12:00")))
              .build();
      PolicyPack twoAway =
          PolicyPack.builder("two-away").add(MonitoringRules.leaveResilience()).set(MonitoringRules.RESILIENCE, 2)
              .build();

      assertThat(evaluate(MonitoringRules.leaveResilience(), estate).violations()).as("resilience 1").isEmpty();
      Report report = twoAway.evaluate(estate);
      Violation violation = only(report, "MON-4");

      assertThat(violation.message()).isEqualTo(
          "an absence of up to 2 people would leave declared hours uncovered: " + ALEX
              + " and PS Sam Sample (c-2210) cover 7 d of them alone");
      assertThat(evidence(violation, "declared hours with at most 2 monitors")).startsWith(
          "Mon 1 Mar 2021 12:00 – 18:00 GMT, 6 h: " + ALEX + " and PS Sam Sample (c-2210) alone",
          "Tue 2 Mar 2021 12:00 – 18:00 GMT, 6 h: " + ALEX + " and PS Sam Sample (c-2210) alone");
      assertThat(evidence(violation, "resilience")).containsExactly("covered by at least 2 people at all declared hours");
      assertThat(violation.hint()).as("not the default's 'a second person'").contains(
          "put more people on the rota for the windows that 2 or fewer people cover, so that more than 2 are on duty"
              + " there");
      assertThat(report.rule("MON-4").orElseThrow().statement()).isEqualTo(
          "every active or closing account that declares monitored hours has more than 2 on duty wherever anyone"
              + " covers its declared monitored hours");
    }

    @Test
    void everyViolation_saysTheAccountsResilience() {
      Estate alone =
          estate()
              .addAccounts(yorkAccount().monitoredHours(daily("08:00", "18:00")).outOfHoursText(SIGNPOSTED).build())
              .addContributors(officer("c-1402", "PC Alex Example"))
              .addAllRota(rota("c-1402", "york-x", daily("08:00", "18:00")))
              .build();
      Estate partly =
          estate()
              .addAccounts(yorkAccount().monitoredHours(daily("08:00", "18:00")).outOfHoursText(SIGNPOSTED).build())
              .addContributors(officer("c-1402", "PC Alex Example"))
              .addAllRota(rota("c-1402", "york-x", daily("08:00", "12:00")))
              .build();

      assertThat(evidence(only(evaluate(MonitoringRules.leaveResilience(), alone), "MON-4"), "resilience"))
          .containsExactly("covered by at least 1 person at all declared hours");
      assertThat(only(evaluate(MonitoringRules.leaveResilience(), alone), "MON-4").hint())
          .contains("put a second person on the rota for the windows one person covers alone");
      assertThat(evidence(only(evaluate(MonitoringRules.leaveResilience(), partly), "MON-4"), "resilience"))
          .containsExactly("some declared hours have nobody on duty; the rest are covered by at least 1 person");
    }

    @Test
    void resilience_belowOne_isRefused() {
      assertThatThrownBy(() -> PolicyPack.builder("none").add(MonitoringRules.leaveResilience())
          .set(MonitoringRules.RESILIENCE, 0).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("resilience");
    }
  }

  @Nested
  final class OutOfHoursSignposting {

    private Report withText(String text) {
      var account = yorkAccount().monitoredHours(weekdays("08:00", "18:00"));
      if (text != null) {
        account.outOfHoursText(text);
      }
      return evaluate(MonitoringRules.outOfHoursSignposting(), estate().addAccounts(account.build()).build());
    }

    @Test
    void guidanceText_passes() {
      assertThat(withText(SIGNPOSTED).violations()).isEmpty();
    }

    @Test
    void northYorkshiresOwnWords_pass() {
      assertThat(
              withText(
                      "This account is not monitored 24/7 and is not currently to be used for reporting crime."
                          + " Call 101, or 999 in an emergency.")
                  .violations())
          .isEmpty();
    }

    @Test
    void noText_fails() {
      Violation violation = only(withText(null), "MON-5");

      assertThat(violation.message())
          .startsWith("is not monitored 24/7 (declared hours: [Mon 08:00-18:00, ")
          .endsWith("]) but has no out-of-hours text");
      assertThat(evidence(violation, "text must direct people to")).containsExactly("101", "999");
    }

    @Test
    void textWithout999_namesWhatIsMissing() {
      Violation violation = only(withText("Not monitored 24/7. Do not report crime here: call 101."), "MON-5");

      assertThat(violation.message()).isEqualTo("its out-of-hours text does not mention 999");
      assertThat(evidence(violation, "missing")).containsExactly("999");
    }

    @Test
    void textThatInvitesCrimeReports_failsTheNotReportingClause() {
      Violation violation = only(withText("Report crime to us by calling 101 or 999."), "MON-5");

      assertThat(violation.message()).isEqualTo("its out-of-hours text does not say not to report crime there");
    }

    @Test
    void textThatSaysNotMonitoredButInvitesCrimeReports_failsTheNotReportingClause() {
      Violation violation =
          only(
              withText(
                  "Not monitored 24/7, but you can DM us here to report a crime. Call 101, or 999 in an emergency."),
              "MON-5");

      assertThat(violation.message()).isEqualTo("its out-of-hours text does not say not to report crime there");
    }

    @Test
    void anAccountDeclared24x7_isNotChecked() {
      Report report =
          evaluate(MonitoringRules.outOfHoursSignposting(), estate().addAccounts(forceAccount().build()).build());

      assertThat(report.rule("MON-5").orElseThrow().checked()).isZero();
    }

    @Test
    void anAccountThatDeclaresNoHours_isChecked() {
      Report report =
          evaluate(MonitoringRules.outOfHoursSignposting(), estate().addAccounts(yorkAccount().build()).build());

      assertThat(only(report, "MON-5").message())
          .isEqualTo("is not monitored 24/7 (no hours declared) but has no out-of-hours text");
    }

    @Test
    void aForceOwnPhrasesAndPattern_replaceTheDefaults() {
      PolicyPack welsh =
          PolicyPack.builder("welsh")
              .add(MonitoringRules.outOfHoursSignposting())
              .set(MonitoringRules.REQUIRED_PHRASES, List.of("101", "999", "Live Chat"))
              .set(MonitoringRules.NOT_REPORTING_PATTERN, TextPattern.of("(?i)peidiwch ag adrodd trosedd"))
              .build();
      Estate estate =
          estate()
              .addAccounts(
                  yorkAccount()
                      .monitoredHours(weekdays("08:00", "18:00"))
                      .outOfHoursText("Peidiwch ag adrodd trosedd yma: 101, 999 neu live chat.")
                      .build())
              .build();

      assertThat(welsh.evaluate(estate).violations()).isEmpty();
    }
  }

  @Nested
  final class MonitorLoad {

    private Estate onDutyFor(int accounts) {
      Estate.Builder estate = estate().addContributors(officer("c-1402", "PC Alex Example"));
      List<RotaAssignment> slots = new ArrayList<>();
      String[] districts = {"craven", "hambleton", "harrogate", "richmondshire", "ryedale", "scarborough"};
      String[] handles = {
        "NYP_Craven", "NYP_Hambleton", "NYP_Harrogate", "NYP_Richmond", "NYP_Ryedale", "NYP_Scarborough"
      };
      for (int i = 0; i < accounts; i++) {
        estate.addAccounts(
            account(districts[i] + "-x", handles[i], AccountTier.DISTRICT).district(districts[i]).build());
        slots.add(shift("c-1402", districts[i] + "-x", "2021-03-02T08:00:00Z", "2021-03-02T18:00:00Z"));
      }
      return estate.addAllRota(slots).build();
    }

    @Test
    void fiveAccountsAtOnce_isOneTooMany() {
      Violation violation = only(evaluate(MonitoringRules.monitorLoad(), onDutyFor(5)), "MON-6");

      assertThat(violation.subject().displayName()).isEqualTo("PC Alex Example");
      assertThat(violation.severity()).isEqualTo(Severity.WARNING);
      assertThat(violation.message())
          .isEqualTo("is on duty for up to 5 accounts at once, more than 4, for 10 h in 1 window");
      assertThat(evidence(violation, "overloaded windows"))
          .containsExactly(
              "Tue 2 Mar 2021 08:00 – 18:00 GMT, 10 h: 5 accounts at once (@NYP_Craven, @NYP_Hambleton, @NYP_Harrogate,"
                  + " @NYP_Richmond, @NYP_Ryedale)");
    }

    @Test
    void fourAccountsAtOnce_isAllowed() {
      assertThat(evaluate(MonitoringRules.monitorLoad(), onDutyFor(4)).violations()).isEmpty();
    }

    @Test
    void aForceThatAllowsSix_acceptsFive() {
      PolicyPack pack =
          PolicyPack.builder("six")
              .add(MonitoringRules.monitorLoad())
              .set(MonitoringRules.MAX_CONCURRENT_ACCOUNTS, 6)
              .build();

      assertThat(pack.evaluate(onDutyFor(5)).violations()).isEmpty();
    }
  }

  @Test
  void coverage_isComputedOncePerEvaluationAndSharedByEveryRule() {
    Estate estate = officerAccount(true);
    EvaluationContext context = EvaluationContext.of(estate);

    assertThat(context.coverage()).isSameAs(context.coverage());
    assertThat(context.coverage().horizon().start()).isEqualTo(AS_OF);
  }
}

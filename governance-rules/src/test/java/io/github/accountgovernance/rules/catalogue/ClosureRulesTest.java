package io.github.accountgovernance.rules.catalogue;

import static io.github.accountgovernance.rules.catalogue.ClosureFixtures.DORMANT_BIO;
import static io.github.accountgovernance.rules.catalogue.ClosureFixtures.OSU_MESSAGE;
import static io.github.accountgovernance.rules.catalogue.ClosureFixtures.YORK_SOUTH_MESSAGE;
import static io.github.accountgovernance.rules.catalogue.ClosureFixtures.osuAccount;
import static io.github.accountgovernance.rules.catalogue.ClosureFixtures.osuPlan;
import static io.github.accountgovernance.rules.catalogue.ClosureFixtures.plan;
import static io.github.accountgovernance.rules.catalogue.ClosureFixtures.successors;
import static io.github.accountgovernance.rules.catalogue.ClosureFixtures.yorkSouthAccount;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.account;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.estate;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.evaluate;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.evidence;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.officer;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.only;
import static io.github.accountgovernance.rules.catalogue.MonitoringFixtures.shift;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.model.SampledPost;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ClosureRulesTest {

  private static final List<Rule> SUCCESSORS_AND_MESSAGE =
      List.of(ClosureRules.successors(), ClosureRules.finalMessage());

  @Test
  void all_returnsClo1ToClo6InIdOrderWithTheirTitles() {
    assertThat(ClosureRules.all())
        .extracting(Rule::toString)
        .containsExactly(
            "CLO-1 disallowed tiers",
            "CLO-2 successors",
            "CLO-3 final message",
            "CLO-4 monitored until closed",
            "CLO-5 retain, don't delete",
            "CLO-6 archive first");
    assertThat(ClosureRules.all()).allSatisfy(MonitoringFixtures::explainsItself);
  }

  @Test
  void statements_readAsTheCatalogueSentencesWithDefaultsFilledIn() {
    assertThat(ClosureRules.all())
        .extracting(Rule::statement)
        .containsExactly(
            "every active or closing account that has a tier the pack disallows (individual-officer) and is not"
                + " exempt has a closure plan closing it by 2021-03-31",
            "a closing or closed account names at least one successor that is active, on the same platform, and"
                + " covers its district (or is force-wide); successor chains end at an active account and never"
                + " loop",
            "the final message is published between 31d and 2d before closure and mentions every successor's"
                + " handle",
            "every closing account never goes longer than 24h without a monitor on duty until its closure date and"
                + " has its declared monitored hours covered until its closure date",
            "a closed handle stays registered and dormant for 365 days, and its bio points to a successor and to"
                + " each of 101, 999",
            "every closure plan that is for a closing or closed account archives the account's content on or"
                + " before the closure date");
    assertThat(ClosureRules.monitoredUntilClosed().parameter("maxGap")).contains(MonitoringRules.MAX_GAP);
  }

  @Test
  void parameters_haveTheCatalogueDefaults() {
    assertThat(ClosureRules.DISALLOWED_TIERS.defaultValue()).containsExactly(AccountTier.INDIVIDUAL_OFFICER);
    assertThat(ClosureRules.EXEMPT_ACCOUNTS.defaultValue()).isEmpty();
    assertThat(ClosureRules.DEADLINE.defaultValue()).isEqualTo(LocalDate.of(2021, 3, 31));
    assertThat(ClosureRules.MIN_NOTICE.defaultValue()).isEqualTo(Duration.ofDays(2));
    assertThat(ClosureRules.MAX_NOTICE.defaultValue()).isEqualTo(Duration.ofDays(31));
    assertThat(ClosureRules.RETAIN_DAYS.defaultValue()).isEqualTo(365);
  }

  @Nested
  final class SeedOperationalSupportUnit {

    @Test
    void finalMessagePointingToNYorksPolice_passesSuccessorsAndFinalMessage() {
      Estate estate =
          successors().addAccounts(osuAccount().build()).addClosurePlans(osuPlan("2021-04-02", OSU_MESSAGE).build())
              .build();

      Report report = evaluate(SUCCESSORS_AND_MESSAGE, estate);

      assertThat(report.violations()).isEmpty();
      assertThat(report.rule("CLO-2").orElseThrow().checked()).isEqualTo(1);
      assertThat(report.rule("CLO-3").orElseThrow().checked()).isEqualTo(1);
    }

    @Test
    void theSameMessageWithoutTheMention_failsFinalMessageNamingNYorksPolice() {
      String unmentioned = OSU_MESSAGE.replace("follow @NYorksPolice", "follow our force account");
      Estate estate =
          successors().addAccounts(osuAccount().build()).addClosurePlans(osuPlan("2021-04-02", unmentioned).build())
              .build();

      Report report = evaluate(SUCCESSORS_AND_MESSAGE, estate);

      Violation violation = only(report, "CLO-3");
      assertThat(violation.subject().displayName()).isEqualTo("closure of @NYPRoadCrime");
      assertThat(violation.message()).isEqualTo("the final message does not mention @NYorksPolice");
      assertThat(evidence(violation, "missing mention")).containsExactly("@NYorksPolice");
      assertThat(evidence(violation, "final message")).containsExactly(unmentioned);
      assertThat(violation.key()).isEqualTo("mention:force-x");
      assertThat(violation.hint()).contains("mention @NYorksPolice in the final message");
      assertThat(report.violationsOf("CLO-2")).isEmpty();
    }

    @Test
    void closingTheNextDay_givesTooLittleNotice() {
      Estate estate =
          successors().addAccounts(osuAccount().build()).addClosurePlans(osuPlan("2021-04-01", OSU_MESSAGE).build())
              .build();

      Violation violation = only(evaluate(ClosureRules.finalMessage(), estate), "CLO-3");

      assertThat(violation.message())
          .isEqualTo("the final message was published on Wed 31 Mar 2021, only 1 day before closure, less than 2 days");
      assertThat(evidence(violation, "notice window"))
          .containsExactly("Mon 1 Mar 2021 – Tue 30 Mar 2021 (31 to 2 days before closure on Thu 1 Apr 2021)");
      assertThat(violation.key()).isEqualTo("notice");
    }
  }

  @Nested
  final class SeedYorkSouth {

    private Estate yorkSouth(String published) {
      return successors()
          .addAccounts(yorkSouthAccount().build())
          .addClosurePlans(
              plan("york-south-x", "2021-03-31")
                  .addSuccessors("york-x", "force-x", "jobs-x")
                  .finalMessage(YORK_SOUTH_MESSAGE)
                  .finalMessageOn(LocalDate.parse(published))
                  .build())
          .build();
    }

    @Test
    void monthEndClosureAnnouncedOnTenthOfMarch_passes() {
      assertThat(evaluate(SUCCESSORS_AND_MESSAGE, yorkSouth("2021-03-10")).violations()).isEmpty();
    }

    @ParameterizedTest(name = "published {0}: {1} days before closure on 31 March")
    @CsvSource({"2021-03-29, 2", "2021-02-28, 31"})
    void noticeOfExactlyMinOrMaxNotice_passes(String published, int days) {
      assertThat(ChronoUnit.DAYS.between(LocalDate.parse(published), LocalDate.of(2021, 3, 31))).isEqualTo(days);
      assertThat(evaluate(SUCCESSORS_AND_MESSAGE, yorkSouth(published)).violations()).isEmpty();
    }

    @ParameterizedTest(name = "published {0}: {1}")
    @CsvSource({
      "2021-03-30, 'only 1 day before closure, less than 2 days'",
      "2021-02-27, '32 days before closure, more than 31 days'"
    })
    void noticeOneDayOutsideTheWindow_fails(String published, String why) {
      Violation violation = only(evaluate(SUCCESSORS_AND_MESSAGE, yorkSouth(published)), "CLO-3");

      assertThat(violation.message()).endsWith(", " + why);
      assertThat(violation.key()).isEqualTo("notice");
    }

    @Test
    void announcedTooEarly_failsTheNoticeOnly() {
      Violation violation = only(evaluate(SUCCESSORS_AND_MESSAGE, yorkSouth("2021-02-20")), "CLO-3");

      assertThat(violation.message())
          .isEqualTo("the final message was published on Sat 20 Feb 2021, 39 days before closure, more than 31 days");
      assertThat(evidence(violation, "final message published")).containsExactly("Sat 20 Feb 2021");
      assertThat(evidence(violation, "closure date")).containsExactly("Wed 31 Mar 2021");
    }

    @Test
    void recruitmentAloneAsSuccessor_doesNotCoverYork() {
      Estate estate =
          successors()
              .addAccounts(yorkSouthAccount().build())
              .addClosurePlans(plan("york-south-x", "2021-03-31").addSuccessors("jobs-x").build())
              .build();

      Violation violation = only(evaluate(ClosureRules.successors(), estate), "CLO-2");

      assertThat(violation.message())
          .isEqualTo("no successor chain ends at an account that is active, on X, and covers York or is force-wide");
      assertThat(evidence(violation, "active successors that do not qualify"))
          .containsExactly("@NPTYorkSouth → @NYP_Jobs: does not cover York and is not force-wide");
      assertThat(violation.key()).isEqualTo("no-covering-successor");
    }
  }

  @Nested
  final class DisallowedTiers {

    private final Account officerAccount =
        account("pc-example-x", "PC_AlexExample", AccountTier.INDIVIDUAL_OFFICER).build();

    @Test
    void anIndividualAccountWithoutAPlan_fails() {
      Violation violation =
          only(evaluate(ClosureRules.disallowedTiers(), estate().addAccounts(officerAccount).build()), "CLO-1");

      assertThat(violation.message())
          .isEqualTo("is an open individual-officer account with no closure plan; it must close by Wed 31 Mar 2021");
      assertThat(evidence(violation, "tier")).containsExactly("individual-officer");
    }

    @Test
    void afterTheDeadline_theMessageSaysHowLongAgo() {
      Estate estate = estate().asOf(Instant.parse("2021-04-05T09:00:00Z")).addAccounts(officerAccount).build();

      assertThat(only(evaluate(ClosureRules.disallowedTiers(), estate), "CLO-1").message())
          .endsWith("it must close by Wed 31 Mar 2021, 5 days ago");
    }

    @Test
    void aPlanClosingByTheDeadline_passes() {
      Estate estate =
          estate().addAccounts(officerAccount).addClosurePlans(plan("pc-example-x", "2021-03-31").build()).build();

      Report report = evaluate(ClosureRules.disallowedTiers(), estate);

      assertThat(report.violations()).isEmpty();
      assertThat(report.rule("CLO-1").orElseThrow().checked()).isEqualTo(1);
    }

    @Test
    void aPlanClosingAfterTheDeadline_failsWithBothDates() {
      Estate estate =
          estate().addAccounts(officerAccount).addClosurePlans(plan("pc-example-x", "2021-04-15").build()).build();

      Violation violation = only(evaluate(ClosureRules.disallowedTiers(), estate), "CLO-1");

      assertThat(violation.message())
          .isEqualTo("its closure plan closes it on Thu 15 Apr 2021, 15 days after the deadline of Wed 31 Mar 2021");
      assertThat(evidence(violation, "planned closure")).containsExactly("Thu 15 Apr 2021");
      assertThat(evidence(violation, "deadline")).containsExactly("Wed 31 Mar 2021");
    }

    @Test
    void anExemptAccount_namedByHandleInAnyCase_isNotChecked() {
      Account chief = account("chief-x", "NYP_Chief", AccountTier.INDIVIDUAL_OFFICER).build();
      PolicyPack pack =
          PolicyPack.builder("exempt")
              .add(ClosureRules.disallowedTiers())
              .set(ClosureRules.EXEMPT_ACCOUNTS, List.of("@nyp_chief"))
              .build();

      Report report = pack.evaluate(estate().addAccounts(chief, officerAccount).build());

      assertThat(report.violations()).extracting(v -> v.subject().id()).containsExactly("pc-example-x");
      assertThat(Vocabulary.isExempt(chief, List.of("chief-x"))).isTrue();
      assertThat(Vocabulary.isExempt(officerAccount, List.of("@NYP_Chief", "chief-x"))).isFalse();
    }

    @Test
    void aPackThatAllowsIndividualAccounts_checksNothing() {
      PolicyPack retain =
          PolicyPack.builder("retain")
              .add(ClosureRules.disallowedTiers())
              .set(ClosureRules.DISALLOWED_TIERS, Set.of())
              .build();

      Report report = retain.evaluate(estate().addAccounts(officerAccount).build());

      assertThat(report.violations()).isEmpty();
      assertThat(report.rule("CLO-1").orElseThrow().checked()).isZero();
    }

    @Test
    void districtAndClosedAccounts_areNotChecked() {
      Estate estate =
          estate()
              .addAccounts(
                  MonitoringFixtures.yorkAccount().build(),
                  account("pc-old-x", "PC_OldAccount", AccountTier.INDIVIDUAL_OFFICER)
                      .status(AccountStatus.CLOSED)
                      .build())
              .build();

      assertThat(evaluate(ClosureRules.disallowedTiers(), estate).rule("CLO-1").orElseThrow().checked()).isZero();
    }
  }

  @Nested
  final class Successors {

    private Account team(String id, String handle, AccountStatus status) {
      return account(id, handle, AccountTier.SPECIALIST_TEAM).status(status).build();
    }

    @Test
    void aSuccessorThatClosedInTurn_isFollowedToItsActiveSuccessor() {
      Estate estate =
          successors()
              .addAccounts(osuAccount().build(), team("traffic-x", "NYP_Traffic", AccountStatus.CLOSED))
              .addClosurePlans(
                  plan("osu-x", "2021-04-02").addSuccessors("traffic-x").build(),
                  plan("traffic-x", "2021-03-01").addSuccessors("force-x").build())
              .build();

      Report report = evaluate(ClosureRules.successors(), estate);

      assertThat(report.violations()).isEmpty();
      assertThat(report.rule("CLO-2").orElseThrow().checked()).isEqualTo(2);
    }

    @Test
    void aLoop_isReportedWholeOnEveryAccountInIt() {
      Estate estate =
          successors()
              .addAccounts(
                  team("a-x", "NYP_TeamA", AccountStatus.CLOSING), team("b-x", "NYP_TeamB", AccountStatus.CLOSED))
              .addClosurePlans(
                  plan("a-x", "2021-04-02").addSuccessors("b-x").build(),
                  plan("b-x", "2021-03-01").addSuccessors("a-x").build())
              .build();

      List<Violation> loops =
          evaluate(ClosureRules.successors(), estate).violationsOf("CLO-2").stream()
              .filter(v -> v.key().startsWith("cycle:"))
              .toList();

      assertThat(loops)
          .extracting(v -> v.subject().id() + " " + v.key() + " " + v.message())
          .containsExactlyInAnyOrder(
              "a-x cycle:a-x>b-x its successor chain loops: @NYP_TeamA → @NYP_TeamB (closed) → @NYP_TeamA",
              "b-x cycle:a-x>b-x its successor chain loops: @NYP_TeamB → @NYP_TeamA (closing) → @NYP_TeamB");
      assertThat(evaluate(ClosureRules.successors(), estate).violationsOf("CLO-2"))
          .extracting(Violation::key)
          .contains("no-covering-successor");
    }

    @Test
    void aSelfLoop_isALoopOfOne() {
      Estate estate =
          successors()
              .addAccounts(team("a-x", "NYP_TeamA", AccountStatus.CLOSING))
              .addClosurePlans(plan("a-x", "2021-04-02").addSuccessors("a-x", "force-x").build())
              .build();

      Violation violation = only(evaluate(ClosureRules.successors(), estate), "CLO-2");

      assertThat(violation.message()).isEqualTo("its successor chain loops: @NYP_TeamA → @NYP_TeamA");
      assertThat(violation.key()).isEqualTo("cycle:a-x");
    }

    @Test
    void aChainThatStopsAtAClosedAccount_isADeadEnd() {
      Estate estate =
          successors()
              .addAccounts(
                  team("a-x", "NYP_TeamA", AccountStatus.CLOSING), team("c-x", "NYP_TeamC", AccountStatus.CLOSED))
              .addClosurePlans(plan("a-x", "2021-04-02").addSuccessors("c-x").build())
              .build();

      List<Violation> violations = evaluate(ClosureRules.successors(), estate).violationsOf("CLO-2");

      assertThat(violations)
          .filteredOn(v -> v.subject().id().equals("a-x"))
          .extracting(Violation::key, Violation::message)
          .containsExactly(
              tuple(
                  "dead-end:c-x", "its successor chain ends at @NYP_TeamC, which is closed and names no successor"),
              tuple(
                  "no-covering-successor",
                  "no successor chain ends at an account that is active, on X, and is force-wide or another"
                      + " specialist-team account of no district"));
    }

    @Test
    void aSuccessorOnAnotherPlatform_doesNotQualify() {
      Account facebook =
          Account.builder()
              .from(MonitoringFixtures.forceAccount().build())
              .id("force-fb")
              .handle(Handle.of(Platform.FACEBOOK, "NorthYorkshirePolice"))
              .build();
      Estate estate =
          successors()
              .addAccounts(osuAccount().build(), facebook)
              .addClosurePlans(plan("osu-x", "2021-04-02").addSuccessors("force-fb").build())
              .build();

      Violation violation = only(evaluate(ClosureRules.successors(), estate), "CLO-2");

      assertThat(evidence(violation, "active successors that do not qualify"))
          .singleElement()
          .asString()
          .endsWith(": on Facebook");
    }

    @Test
    void aClosingAccountWithoutAPlan_namesNoSuccessor() {
      Violation violation =
          only(evaluate(ClosureRules.successors(), successors().addAccounts(osuAccount().build()).build()), "CLO-2");

      assertThat(violation.message()).isEqualTo("is closing but has no closure plan naming a successor");
      assertThat(violation.key()).isEqualTo("no-successor");
    }

    @Test
    void activeAccounts_areNotChecked() {
      assertThat(evaluate(ClosureRules.successors(), successors().build()).rule("CLO-2").orElseThrow().checked())
          .isZero();
    }
  }

  @Nested
  final class FinalMessage {

    @Test
    void aPlanWithoutAMessage_saysWhenAndWhomToMention() {
      Estate estate =
          successors()
              .addAccounts(osuAccount().build())
              .addClosurePlans(plan("osu-x", "2021-04-02").addSuccessors("force-x").build())
              .build();

      Violation violation = only(evaluate(ClosureRules.finalMessage(), estate), "CLO-3");

      assertThat(violation.message()).isEqualTo("has no final message");
      assertThat(evidence(violation, "successors to mention")).containsExactly("@NYorksPolice");
      assertThat(evidence(violation, "notice window"))
          .containsExactly("Tue 2 Mar 2021 – Wed 31 Mar 2021 (31 to 2 days before closure on Fri 2 Apr 2021)");
    }

    @Test
    void anEmailAddress_mentionsNobody() {
      String message = "This account closes soon. Write to nyorkspolice@example.org instead.";
      Estate estate =
          successors().addAccounts(osuAccount().build()).addClosurePlans(osuPlan("2021-04-02", message).build())
              .build();

      assertThat(only(evaluate(ClosureRules.finalMessage(), estate), "CLO-3").key()).isEqualTo("mention:force-x");
    }

    @Test
    void eachMissingMention_isItsOwnViolation() {
      Estate estate =
          successors()
              .addAccounts(yorkSouthAccount().build())
              .addClosurePlans(
                  plan("york-south-x", "2021-03-31")
                      .addSuccessors("york-x", "force-x", "jobs-x")
                      .finalMessage("Closing at month end. Find us at @NYP_York.")
                      .finalMessageOn(LocalDate.of(2021, 3, 10))
                      .build())
              .build();

      List<Violation> violations = evaluate(ClosureRules.finalMessage(), estate).violationsOf("CLO-3");

      assertThat(violations).extracting(Violation::key).containsExactlyInAnyOrder("mention:force-x", "mention:jobs-x");
      assertThat(evidence(violations.get(0), "mentioned")).containsExactly("@NYP_York");
    }

    @Test
    void plansOfActiveAccounts_areNotCheckedYet() {
      Estate estate =
          successors()
              .addAccounts(osuAccount().status(AccountStatus.ACTIVE).build())
              .addClosurePlans(plan("osu-x", "2021-04-02").addSuccessors("force-x").build())
              .build();

      assertThat(evaluate(ClosureRules.finalMessage(), estate).rule("CLO-3").orElseThrow().checked()).isZero();
    }
  }

  @Nested
  final class MonitoredUntilClosed {

    private Estate osuWithRotaUntil(String end) {
      return MonitoringFixtures.estate()
          .addAccounts(MonitoringFixtures.forceAccount().build(), osuAccount().build())
          .addContributors(officer("c-1402", "PC Alex Example"))
          .addRota(shift("c-1402", "osu-x", "2021-03-01T09:00:00Z", end))
          .addClosurePlans(plan("osu-x", "2021-03-05").addSuccessors("force-x").build())
          .build();
    }

    @Test
    void aRotaThatStopsBeforeTheClosureDate_leavesAGapUntilThen() {
      Violation violation =
          only(evaluate(ClosureRules.monitoredUntilClosed(), osuWithRotaUntil("2021-03-02T00:00:00Z")), "CLO-4");

      assertThat(violation.subject().displayName()).isEqualTo("@NYPRoadCrime");
      assertThat(violation.message())
          .isEqualTo("nobody is on duty for 1 stretch longer than 24h before it closes on Fri 5 Mar 2021");
      assertThat(evidence(violation, "uncovered windows longer than maxGap"))
          .containsExactly("Tue 2 Mar 2021 00:00 – Sat 6 Mar 00:00 GMT, 4 d");
    }

    @Test
    void aRotaThroughTheClosureDate_passesWhateverComesAfter() {
      Report report = evaluate(ClosureRules.monitoredUntilClosed(), osuWithRotaUntil("2021-03-06T00:00:00Z"));

      assertThat(report.violations()).isEmpty();
      assertThat(report.rule("CLO-4").orElseThrow().checked()).isEqualTo(1);
    }

    @Test
    void aClosureDateAlreadyPast_checksTheWholeHorizon() {
      // Still closing on 1 March though planned to close on 25 February: it is open, so it is checked over the
      // whole horizon, as MON-2 and MON-3 check it, rather than passing for want of days before closure.
      Estate estate =
          Estate.builder()
              .from(osuWithRotaUntil("2021-03-02T00:00:00Z"))
              .closurePlans(List.of(plan("osu-x", "2021-02-25").addSuccessors("force-x").build()))
              .build();

      Violation violation = only(evaluate(ClosureRules.monitoredUntilClosed(), estate), "CLO-4");

      assertThat(violation.message())
          .isEqualTo(
              "nobody is on duty for 1 stretch longer than 24h although its closure date, Thu 25 Feb 2021, has"
                  + " passed");
      assertThat(evidence(violation, "uncovered windows longer than maxGap"))
          .containsExactly("Tue 2 Mar 2021 00:00 GMT – Mon 29 Mar 10:00 BST, 27 d 9 h");
    }

    @Test
    void aClosureDateAlreadyPast_withTheRotaRunning_passes() {
      Estate estate =
          Estate.builder()
              .from(osuWithRotaUntil("2021-03-29T09:00:00Z"))
              .closurePlans(List.of(plan("osu-x", "2021-02-25").addSuccessors("force-x").build()))
              .build();

      Report report = evaluate(ClosureRules.monitoredUntilClosed(), estate);

      assertThat(report.violations()).isEmpty();
      assertThat(report.rule("CLO-4").orElseThrow().checked()).isEqualTo(1);
    }

    @Test
    void declaredHoursUncoveredBeforeClosure_areReportedToo() {
      Estate estate =
          Estate.builder()
              .from(osuWithRotaUntil("2021-03-06T00:00:00Z"))
              .accounts(
                  List.of(
                      MonitoringFixtures.forceAccount().build(),
                      osuAccount().monitoredHours(MonitoringFixtures.daily("06:00", "10:00")).build()))
              .rota(List.of(shift("c-1402", "osu-x", "2021-03-01T09:00:00Z", "2021-03-05T09:00:00Z")))
              .build();

      Violation violation = only(evaluate(ClosureRules.monitoredUntilClosed(), estate), "CLO-4");

      assertThat(violation.message())
          .isEqualTo("nobody is on duty for 1 h of its declared hours before it closes on Fri 5 Mar 2021");
      assertThat(evidence(violation, "uncovered declared hours"))
          .containsExactly("Fri 5 Mar 2021 09:00 – 10:00 GMT, 1 h");
    }
  }

  @Nested
  final class RetainedNotDeleted {

    private Account.Builder closedOsu() {
      return osuAccount().status(AccountStatus.CLOSED).closedOn(LocalDate.of(2021, 4, 2)).bio(DORMANT_BIO);
    }

    private Estate withOsu(Account osu) {
      return successors()
          .asOf(Instant.parse("2021-06-01T09:00:00Z"))
          .addAccounts(osu)
          .addClosurePlans(osuPlan("2021-04-02", OSU_MESSAGE).archivedOn(LocalDate.of(2021, 4, 1)).build())
          .build();
    }

    @Test
    void aDormantHandleThatSendsPeopleOn_passes() {
      Report report = evaluate(ClosureRules.retainedNotDeleted(), withOsu(closedOsu().build()));

      assertThat(report.violations()).isEmpty();
      assertThat(report.rule("CLO-5").orElseThrow().checked()).isEqualTo(1);
    }

    @Test
    void anEmptyBio_failsBothTheSuccessorAndTheSignposting() {
      List<Violation> violations =
          evaluate(ClosureRules.retainedNotDeleted(), withOsu(closedOsu().bio("").build())).violationsOf("CLO-5");

      assertThat(violations).extracting(Violation::key).containsExactlyInAnyOrder("bio-successor", "bio-signposting");
      assertThat(violations)
          .filteredOn(v -> v.key().equals("bio-successor"))
          .singleElement()
          .satisfies(v -> assertThat(evidence(v, "successors")).containsExactly("@NYorksPolice"));
      assertThat(violations)
          .filteredOn(v -> v.key().equals("bio-signposting"))
          .singleElement()
          .satisfies(v -> assertThat(evidence(v, "missing")).containsExactly("101", "999"));
    }

    @Test
    void deletedAMonthAfterClosing_isDeletedTooSoon() {
      Account deleted = closedOsu().status(AccountStatus.DELETED).deletedOn(LocalDate.of(2021, 5, 2)).build();

      Violation violation = only(evaluate(ClosureRules.retainedNotDeleted(), withOsu(deleted)), "CLO-5");

      assertThat(violation.message())
          .isEqualTo("was deleted on Sun 2 May 2021, 30 days after it closed; it must stay registered until Sat 2 Apr"
              + " 2022");
      assertThat(evidence(violation, "keep registered until")).containsExactly("Sat 2 Apr 2022");
      assertThat(violation.key()).isEqualTo("retention");
    }

    @Test
    void deletedAfterTheRetentionPeriod_passes() {
      Account deleted = closedOsu().status(AccountStatus.DELETED).deletedOn(LocalDate.of(2022, 4, 2)).build();

      assertThat(evaluate(ClosureRules.retainedNotDeleted(), withOsu(deleted)).violations()).isEmpty();
    }

    /** The closed OSU account with one post on Mon 5 Apr 2021, after it closed. */
    private Estate withPostAfterClosing(String text) {
      return Estate.builder()
          .from(withOsu(closedOsu().build()))
          .addContributors(officer("c-1402", "PC Alex Example"))
          .addPosts(
              SampledPost.builder()
                  .account("osu-x")
                  .author("c-1402")
                  .postedAt(Instant.parse("2021-04-05T09:00:00Z"))
                  .text(text)
                  .build())
          .build();
    }

    @Test
    void postsAfterClosing_breakDormancy() {
      Estate estate = withPostAfterClosing("Road closed on the A64 near Malton.");

      Violation violation = only(evaluate(ClosureRules.retainedNotDeleted(), estate), "CLO-5");

      assertThat(violation.key()).isEqualTo("dormant");
      assertThat(evidence(violation, "posts after closing"))
          .containsExactly("Mon 5 Apr 2021 10:00 BST: Road closed on the A64 near Malton.");
    }

    @Test
    void postsAfterClosing_areShortenedWithoutSplittingAnEmoji() {
      String opening = "Road closed on the A64 near Malton after a collision, please avoid the area and ";
      String text = opening.substring(0, 78) + "\uD83D\uDE93 officers are at the scene and will update soon.";
      Estate estate = withPostAfterClosing(text);

      Violation violation = only(evaluate(ClosureRules.retainedNotDeleted(), estate), "CLO-5");

      assertThat(evidence(violation, "posts after closing"))
          .containsExactly("Mon 5 Apr 2021 10:00 BST: " + opening.substring(0, 78) + "\uD83D\uDE93\u2026");
    }

    @Test
    void shortened_countsCodePoints() {
      assertThat(ClosureRules.shortened("ab\uD83D\uDE93c", 4)).isEqualTo("ab\uD83D\uDE93c");
      assertThat(ClosureRules.shortened("ab\uD83D\uDE93cd", 4)).isEqualTo("ab\uD83D\uDE93\u2026");
      assertThat(ClosureRules.shortened("abc\uD83D\uDE93e", 4)).isEqualTo("abc\u2026");
    }
  }

  @Nested
  final class ArchiveFirst {

    private Report archived(String on) {
      var plan = osuPlan("2021-04-02", OSU_MESSAGE);
      if (on != null) {
        plan.archivedOn(LocalDate.parse(on));
      }
      return evaluate(
          ClosureRules.archiveFirst(),
          successors().asOf(MonitoringFixtures.AS_OF).addAccounts(osuAccount().build()).addClosurePlans(plan.build())
              .build());
    }

    @Test
    void archivedBeforeClosure_passes() {
      assertThat(archived("2021-03-30").violations()).isEmpty();
      assertThat(archived("2021-04-02").violations()).isEmpty();
    }

    @Test
    void archivedAfterClosure_fails() {
      Violation violation = only(archived("2021-04-05"), "CLO-6");

      assertThat(violation.subject().displayName()).isEqualTo("closure of @NYPRoadCrime");
      assertThat(violation.message())
          .isEqualTo("the content was archived on Mon 5 Apr 2021, 3 days after the closure date");
    }

    @Test
    void notArchivedYet_saysHowLongIsLeft() {
      assertThat(only(archived(null), "CLO-6").message())
          .isEqualTo("the account's content has not been archived; it closes on Fri 2 Apr 2021, in 32 days");
    }
  }
}

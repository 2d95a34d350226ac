package io.github.accountgovernance.rules.planning;

import static io.github.accountgovernance.rules.planning.PlanningFixtures.CRAVEN;
import static io.github.accountgovernance.rules.planning.PlanningFixtures.FORCE;
import static io.github.accountgovernance.rules.planning.PlanningFixtures.OSU;
import static io.github.accountgovernance.rules.planning.PlanningFixtures.PC_CRAVEN;
import static io.github.accountgovernance.rules.planning.PlanningFixtures.PC_YORK;
import static io.github.accountgovernance.rules.planning.PlanningFixtures.YORK;
import static io.github.accountgovernance.rules.planning.PlanningFixtures.account;
import static io.github.accountgovernance.rules.planning.PlanningFixtures.nyp;
import static io.github.accountgovernance.rules.planning.PlanningFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.catalogue.ClosureRules;
import io.github.accountgovernance.rules.catalogue.EstateRules;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.naming.Mentions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ClosurePlannerTest {

  private static final PolicyPack NPCC = PolicyPacks.npcc2021();

  private static ConsolidationPlan plan(Estate estate) {
    return ClosurePlanner.of(NPCC).plan(estate);
  }

  private static List<String> ids(List<Account> accounts) {
    return accounts.stream().map(Account::id).toList();
  }

  @Test
  void anOfficersAccount_isHandedToItsDistrictAndTheForceThreeWeeksBeforeTheDeadline() {
    Estate estate = nyp().addAccounts(FORCE, YORK, PC_YORK).build();

    PlannedClosure closure = plan(estate).closureFor("pc-1402-x").orElseThrow();

    assertThat(closure.ground()).isEqualTo(ClosureGround.DISALLOWED_TIER);
    assertThat(closure.reason()).isEqualTo("an individual-officer account, which npcc2021 does not allow (CLO-1)");
    assertThat(ids(closure.successors())).containsExactly("york-x", "force-x");
    assertThat(closure.closureDate()).isEqualTo(LocalDate.of(2021, 3, 31));
    assertThat(closure.finalMessageOn()).isEqualTo(LocalDate.of(2021, 3, 10));
    assertThat(closure.archiveBy()).isEqualTo(closure.closureDate());
    assertThat(closure.keepRegisteredUntil()).isEqualTo(LocalDate.of(2022, 3, 31));
    assertThat(closure.finalMessage())
        .isEqualTo(
            "This account closes on Wednesday 31 March 2021. Thank you for following us. For news and appeals in"
                + " York, follow @NYP_York; for the whole force, follow @NYorksPolice. Please do not report crime"
                + " here: call 101, or 999 in an emergency.");
    assertThat(closure.dormantBio())
        .isEqualTo(
            "Closed on 31 Mar 2021 and not monitored. Follow @NYP_York and @NYorksPolice. Do not report crime"
                + " here: call 101, or 999 in an emergency.");
    assertThat(closure.notes()).isEmpty();
  }

  @Test
  void theOverlayApplied_clearsClo1AndTheAnnouncedEstateMeetsClo2Clo3AndClo6() {
    Estate estate = nyp().addAccounts(FORCE, YORK, CRAVEN, PC_YORK, PC_CRAVEN).build();
    ConsolidationPlan plan = plan(estate);

    Report planned = NPCC.evaluate(plan.applyTo(estate));
    Report announced = NPCC.evaluate(plan.announcedIn(estate));

    assertThat(NPCC.evaluate(estate).violationsOf("CLO-1")).hasSize(2);
    assertThat(planned.violationsOf("CLO-1")).isEmpty();
    assertThat(plan.announcedIn(estate).account("pc-77-x").orElseThrow().status()).isEqualTo(AccountStatus.CLOSING);
    for (String rule : List.of("CLO-1", "CLO-2", "CLO-3", "CLO-6")) {
      assertThat(announced.violationsOf(rule)).as(rule).isEmpty();
    }
    assertThat(announced.rule("CLO-3").orElseThrow().checked()).isEqualTo(2);
  }

  @Test
  void everyDraftedMessage_mentionsEverySuccessorAsThePlatformFindsMentions() {
    Account fbForce = account("force-fb", Platform.FACEBOOK, "north.yorkshire.police", AccountTier.FORCE_WIDE, null, 5);
    Account igYork = account("york-ig", Platform.INSTAGRAM, "nyp.york", AccountTier.DISTRICT, "york", 5);
    Account igForce = account("force-ig", Platform.INSTAGRAM, "nyorkspolice", AccountTier.FORCE_WIDE, null, 5);
    Account fbPc = account("pc-fb", Platform.FACEBOOK, "pc.example.1402", AccountTier.INDIVIDUAL_OFFICER, "york", 5);
    Account igPc = account("pc-ig", Platform.INSTAGRAM, "pc_example", AccountTier.INDIVIDUAL_OFFICER, "york", 5);
    Estate estate = nyp().addAccounts(FORCE, YORK, PC_YORK, fbForce, igYork, igForce, fbPc, igPc).build();

    ConsolidationPlan plan = plan(estate);

    assertThat(plan.closures()).extracting(c -> c.account().id()).containsExactly("pc-1402-x", "pc-fb", "pc-ig");
    assertThat(ids(plan.closureFor("pc-ig").orElseThrow().successors())).containsExactly("york-ig", "force-ig");
    assertThat(ids(plan.closureFor("pc-fb").orElseThrow().successors())).containsExactly("force-fb");
    for (PlannedClosure closure : plan.closures()) {
      assertThat(closure.finalMessage()).hasSizeLessThanOrEqualTo(280);
      for (Account successor : closure.successors()) {
        assertThat(Mentions.mentions(closure.finalMessage(), successor.handle()))
            .as("%s mentions %s", closure.finalMessage(), successor.handle())
            .isTrue();
      }
    }
  }

  @Test
  void aPassedDeadline_closesAtTheEarliestDayWithEnoughNoticeAndSaysSo() {
    Estate estate = nyp().addAccounts(FORCE, PC_CRAVEN).build();

    PlannedClosure closure =
        ClosurePlanner.of(NPCC).asOf(LocalDate.of(2021, 4, 6)).plan(estate).closureFor("pc-77-x").orElseThrow();

    assertThat(closure.finalMessageOn()).isEqualTo(LocalDate.of(2021, 4, 6));
    assertThat(closure.closureDate()).isEqualTo(LocalDate.of(2021, 4, 8));
    assertThat(closure.notes())
        .singleElement()
        .asString()
        .contains("the deadline, Wed 31 Mar 2021, leaves less than 2 days' notice from Tue 6 Apr 2021")
        .contains("8 days late");
    assertThat(ids(closure.successors())).containsExactly("force-x");
  }

  @Test
  void aNearDeadline_bringsTheMessageForwardToToday() {
    Estate estate = nyp().addAccounts(FORCE, PC_CRAVEN).build();

    PlannedClosure closure =
        ClosurePlanner.of(NPCC).asOf(LocalDate.of(2021, 3, 20)).plan(estate).closureFor("pc-77-x").orElseThrow();

    assertThat(closure.finalMessageOn()).isEqualTo(LocalDate.of(2021, 3, 20));
    assertThat(closure.closureDate()).isEqualTo(LocalDate.of(2021, 3, 31));
  }

  @Test
  void theNoticeIsKeptInsideThePacksWindow() {
    PolicyPack shortNotice =
        NPCC.derive("short").set(ClosureRules.MAX_NOTICE, Duration.ofDays(7)).build();
    Estate estate = nyp().addAccounts(FORCE, PC_CRAVEN).build();

    PlannedClosure closure = ClosurePlanner.of(shortNotice).plan(estate).closureFor("pc-77-x").orElseThrow();

    assertThat(closure.finalMessageOn()).isEqualTo(LocalDate.of(2021, 3, 24));
  }

  @Test
  void anAccountWithNoSuccessorOnItsPlatform_isListedWithTheReasonNotSkipped() {
    Account igPc = account("pc-ig", Platform.INSTAGRAM, "pc_example", AccountTier.INDIVIDUAL_OFFICER, "york", 5);
    Estate estate = nyp().addAccounts(FORCE, YORK, igPc).build();

    ConsolidationPlan plan = plan(estate);

    assertThat(plan.closures()).isEmpty();
    assertThat(plan.unplaced()).singleElement().satisfies(unplaced -> {
      assertThat(unplaced.account()).isEqualTo(igPc);
      assertThat(unplaced.ground()).isEqualTo(ClosureGround.DISALLOWED_TIER);
      assertThat(unplaced.problem())
          .isEqualTo("no active account on Instagram can take its followers: no district account for York and no"
              + " force-wide account stay there; open one, or keep an account there, and plan again");
    });
  }

  @Test
  void aSuccessorWhoseHandleThePlatformRefuses_isNotChosenAndTheReasonSaysWhy() {
    Account badForce = account("force-x", Platform.X, "NorthYorkshirePolice", AccountTier.FORCE_WIDE, null, 5);
    Estate estate = nyp().addAccounts(badForce, OSU).build();

    ConsolidationPlan plan = ClosurePlanner.of(NPCC.derive("small").set(EstateRules.MAX_ACTIVE_ACCOUNTS, 1).build())
        .plan(estate);

    assertThat(plan.unplaced()).singleElement().satisfies(unplaced ->
        assertThat(unplaced.problem()).contains("@NorthYorkshirePolice cannot be mentioned: X does not accept the handle"));
  }

  @Test
  void successors_areNeverAccountsThatAreClosingOrPlannedToClose() {
    Account closingYork = with(YORK, AccountStatus.CLOSING);
    Account yorkPlanned = account("york2-x", Platform.X, "NYP_YorkNews", AccountTier.DISTRICT, "york", 5);
    ClosurePlan existing =
        ClosurePlan.builder().account("york2-x").addSuccessors("force-x").closureDate(LocalDate.of(2021, 3, 31)).build();
    Estate estate =
        nyp().addAccounts(FORCE, closingYork, yorkPlanned, PC_YORK).addClosurePlans(existing).build();

    ConsolidationPlan plan = plan(estate);

    assertThat(ids(plan.closureFor("pc-1402-x").orElseThrow().successors())).containsExactly("force-x");
    assertThat(plan.closureFor("york2-x")).isEmpty();
    assertThat(plan.closureFor("york-x").orElseThrow().ground()).isEqualTo(ClosureGround.CLOSING_WITHOUT_PLAN);
    assertThat(ids(plan.closureFor("york-x").orElseThrow().successors())).containsExactly("force-x");
  }

  @Test
  void exemptAccounts_andAPackWithoutClo1_planNoClosures() {
    Account chief = account("chief-x", Platform.X, "NYP_ChiefCon", AccountTier.INDIVIDUAL_OFFICER, null, 5);
    Estate estate = nyp().addAccounts(FORCE, YORK, PC_YORK, chief).build();
    PolicyPack exempting = NPCC.derive("exempting").set(ClosureRules.EXEMPT_ACCOUNTS, List.of("@nyp_chiefcon")).build();

    assertThat(ClosurePlanner.of(exempting).plan(estate).closures())
        .extracting(c -> c.account().id())
        .containsExactly("pc-1402-x");
    assertThat(ClosurePlanner.of(PolicyPacks.retainIndividualAccounts()).plan(estate).closures()).isEmpty();
  }

  @Test
  void surplusDistrictAccounts_closeIntoTheOneThatFollowsTheConvention() {
    Account npt = account("npt-yorksouth-x", Platform.X, "NPTYorkSouth", AccountTier.DISTRICT, "york", 4_000);
    Estate estate = nyp().addAccounts(FORCE, YORK, npt).build();

    PlannedClosure closure = plan(estate).closureFor("npt-yorksouth-x").orElseThrow();

    assertThat(closure.ground()).isEqualTo(ClosureGround.SURPLUS_DISTRICT_ACCOUNT);
    assertThat(closure.reason())
        .isEqualTo("York has 2 active district accounts on X; @NYP_York follows the force's convention"
            + " NYP_{district} and stays (EST-1)");
    assertThat(ids(closure.successors())).containsExactly("york-x", "force-x");
    assertThat(plan(estate).closureFor("york-x")).isEmpty();
  }

  @Test
  void surplusDistrictAccounts_keepTheOneNamedAndLeaveAnOpenChoiceToPeople() {
    Account npt = account("npt-yorksouth-x", Platform.X, "NPTYorkSouth", AccountTier.DISTRICT, "york", 4_000);
    Account npt2 = account("npt-yorknorth-x", Platform.X, "NPTYorkNorth", AccountTier.DISTRICT, "york", 3_000);
    Estate estate = nyp().addAccounts(FORCE, npt, npt2).build();

    ConsolidationPlan undecided = plan(estate);
    ConsolidationPlan kept = ClosurePlanner.of(NPCC).keeping(List.of("@nptyorksouth")).plan(estate);

    assertThat(undecided.closures()).isEmpty();
    assertThat(undecided.undecided()).singleElement().satisfies(question -> {
      assertThat(question.ruleId()).isEqualTo("EST-1");
      assertThat(question.message())
          .isEqualTo("York has 2 active district accounts on X and none of them follow the force's handle"
              + " convention; name the one to keep");
      assertThat(ids(question.accounts())).containsExactly("npt-yorknorth-x", "npt-yorksouth-x");
    });
    assertThat(kept.undecided()).isEmpty();
    assertThat(kept.closureFor("npt-yorknorth-x").orElseThrow().reason()).contains("you asked to keep @NPTYorkSouth");
    assertThat(ids(kept.closureFor("npt-yorknorth-x").orElseThrow().successors()))
        .containsExactly("npt-yorksouth-x", "force-x");
  }

  @Test
  void overTheEstateSize_closesWhatThePackKeepsNoneOfAndLeavesTheRestToPeople() {
    Account justified = Account.builder().from(account("dogs-x", Platform.X, "NYP_Dogs", AccountTier.SPECIALIST_TEAM,
        null, 3_600)).justification("appeals for dog handlers").build();
    Account cyber = account("cyber-x", Platform.X, "NYP_Cyber", AccountTier.SPECIALIST_TEAM, null, 4_900);
    PolicyPack small = NPCC.derive("small").set(EstateRules.MAX_ACTIVE_ACCOUNTS, 2).build();
    Estate estate = nyp().addAccounts(FORCE, YORK, CRAVEN, OSU, justified, cyber).build();

    ConsolidationPlan plan = ClosurePlanner.of(small).plan(estate);
    ConsolidationPlan keepingCyber = ClosurePlanner.of(small).keeping(List.of("cyber-x")).plan(estate);

    assertThat(plan.closures()).extracting(c -> c.account().id()).containsExactly("cyber-x", "osu-x");
    assertThat(plan.closureFor("osu-x").orElseThrow().reason())
        .isEqualTo("X would still have 6 active accounts, more than the 2 small allows; it is a specialist team"
            + " account without a recorded justification (EST-3, EST-4)");
    assertThat(ids(plan.closureFor("osu-x").orElseThrow().successors())).containsExactly("force-x");
    assertThat(plan.undecided()).singleElement().satisfies(question -> {
      assertThat(question.ruleId()).isEqualTo("EST-4");
      assertThat(question.message()).startsWith("X would still have 4 active accounts after these closures, 2 more");
      assertThat(ids(question.accounts())).containsExactly("craven-x", "dogs-x", "force-x", "york-x");
    });
    assertThat(keepingCyber.closures()).extracting(c -> c.account().id()).containsExactly("osu-x");
  }

  @Test
  void anExistingPlanAfterTheDeadline_isLeftAsItIsAndNamed() {
    ClosurePlan late = ClosurePlan.builder().account("pc-77-x").addSuccessors("force-x")
        .closureDate(LocalDate.of(2021, 6, 30)).build();
    Estate estate = nyp().addAccounts(FORCE, PC_CRAVEN).addClosurePlans(late).build();

    ConsolidationPlan plan = plan(estate);

    assertThat(plan.closures()).isEmpty();
    assertThat(plan.undecided()).singleElement().satisfies(question -> {
      assertThat(question.ruleId()).isEqualTo("CLO-1");
      assertThat(question.message()).contains("@NYP_PC77 already has a closure plan, closing it on Wed 30 Jun 2021");
    });
  }

  @Test
  void anEmptyNoticeWindow_isRefusedWithThePackSoThePlannerNeverSeesOne() {
    PolicyPack.Builder broken = NPCC.derive("broken").set(ClosureRules.MIN_NOTICE, Duration.ofDays(40));

    assertThatThrownBy(broken::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pack broken: CLO-3 requires that minNotice is at most maxNotice, but minNotice is 40d and"
            + " maxNotice is 31d");
  }

  @Test
  void thePlan_isAValueEqualForEqualEstatesAndCountsItsGrounds() {
    Account npt = account("npt-yorksouth-x", Platform.X, "NPTYorkSouth", AccountTier.DISTRICT, "york", 4_000);
    Account[] accounts = {FORCE, YORK, CRAVEN, PC_YORK, PC_CRAVEN, npt};
    Estate forwards = nyp().addAccounts(accounts).build();
    List<Account> backwards = Arrays.asList(accounts.clone());
    java.util.Collections.reverse(backwards);

    ConsolidationPlan plan = plan(forwards);

    assertThat(plan).isEqualTo(plan(nyp().addAllAccounts(backwards).build()));
    assertThat(plan.countsByGround())
        .containsExactly(
            java.util.Map.entry(ClosureGround.DISALLOWED_TIER, 2),
            java.util.Map.entry(ClosureGround.SURPLUS_DISTRICT_ACCOUNT, 1));
    assertThat(plan.overlay()).extracting(ClosurePlan::account).containsExactly("npt-yorksouth-x", "pc-1402-x", "pc-77-x");
  }

  @Test
  void keeping_refusesNullAndBlankNames() {
    ClosurePlanner planner = ClosurePlanner.of(NPCC);

    assertThatThrownBy(() -> planner.keeping(Arrays.asList("york-x", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("accounts contains null");
    assertThatThrownBy(() -> planner.keeping(List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an account to keep is an id or handle");
    assertThatThrownBy(() -> ClosurePlanner.of(null)).isInstanceOf(NullPointerException.class).hasMessage("pack");
  }
}

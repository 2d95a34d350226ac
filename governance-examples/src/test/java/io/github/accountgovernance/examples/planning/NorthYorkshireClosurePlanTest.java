package io.github.accountgovernance.examples.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.io.EstateWriter;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.naming.Mentions;
import io.github.accountgovernance.rules.planning.ClosureGround;
import io.github.accountgovernance.rules.planning.ClosurePlanner;
import io.github.accountgovernance.rules.planning.ConsolidationPlan;
import io.github.accountgovernance.rules.planning.PlannedClosure;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's "how do we get there" on North Yorkshire's estate of 1 March 2021: the planner's overlay, applied,
 * leaves no CLO-1, CLO-2 or CLO-3 violation under npcc2021, and every final message it drafts passes CLO-3.
 */
final class NorthYorkshireClosurePlanTest {

  private static final Estate BEFORE = ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_BEFORE);
  private static final PolicyPack NPCC = PolicyPacks.npcc2021();
  private static final ConsolidationPlan PLAN = ClosurePlanner.of(NPCC).plan(BEFORE);

  @Test
  void thePlan_closesEveryOfficersAccountTheNeighbourhoodTeamsAndTheUnjustifiedUnits() {
    assertThat(PLAN.closures()).hasSize(136);
    assertThat(PLAN.unplaced()).isEmpty();
    assertThat(PLAN.countsByGround())
        .containsExactly(
            Map.entry(ClosureGround.DISALLOWED_TIER, 90),
            Map.entry(ClosureGround.SURPLUS_DISTRICT_ACCOUNT, 40),
            Map.entry(ClosureGround.SURPLUS_ACCOUNT, 6));
    assertThat(PLAN.undecided()).singleElement().satisfies(question -> {
      assertThat(question.ruleId()).isEqualTo("EST-4");
      assertThat(question.accounts()).hasSize(18);
    });
  }

  @Test
  void theOverlayApplied_leavesNoClo1Clo2OrClo3Violation() {
    Report before = NPCC.evaluate(BEFORE);
    Report after = NPCC.evaluate(PLAN.applyTo(BEFORE));

    assertThat(before.violationsOf("CLO-1")).hasSize(90);
    for (String rule : List.of("CLO-1", "CLO-2", "CLO-3")) {
      assertThat(after.violationsOf(rule)).as(rule).isEmpty();
    }
  }

  @Test
  void theOverlayReadFromItsFile_isTheSameAsTheOneApplied() {
    String overlay = EstateWriter.yaml().overlayToString(PLAN.overlay());

    Estate read = EstateReader.yaml().readOverlay(BEFORE, overlay, "plan.yaml");

    assertThat(read).isEqualTo(PLAN.applyTo(BEFORE));
  }

  @Test
  void onceTheFinalMessagesAreOut_everyPlanPassesClo2Clo3AndClo6() {
    Estate announced = PLAN.announcedIn(BEFORE);
    Report report = NPCC.evaluate(announced);

    assertThat(announced.accounts().stream().filter(a -> a.status() == AccountStatus.CLOSING)).hasSize(136);
    for (String rule : List.of("CLO-1", "CLO-2", "CLO-3", "CLO-6")) {
      assertThat(report.violationsOf(rule)).as(rule).isEmpty();
    }
    assertThat(report.rule("CLO-2").orElseThrow().checked()).isEqualTo(136);
    assertThat(report.rule("CLO-3").orElseThrow().checked()).isEqualTo(136);
    assertThat(report.violationsOf("EST-1")).isEmpty();
    assertThat(report.violationsOf("EST-3")).isEmpty();
  }

  @Test
  void everyDraftedFinalMessage_mentionsEverySuccessorAndFitsInAPost() {
    for (PlannedClosure closure : PLAN.closures()) {
      assertThat(closure.finalMessage()).hasSizeLessThanOrEqualTo(280);
      for (Account successor : closure.successors()) {
        assertThat(Mentions.mentions(closure.finalMessage(), successor.handle()))
            .as("the final message of %s mentions %s", closure.account().handle(), successor.handle())
            .isTrue();
      }
    }
  }

  @Test
  void yorkSouth_isHandedToYorkAndTheForceAsItWasInMarch2021() {
    PlannedClosure yorkSouth = PLAN.closureFor("npt-yorksouth-x").orElseThrow();

    assertThat(yorkSouth.successors()).extracting(a -> a.handle().display())
        .containsExactly("@NYP_York", "@NYorksPolice");
    assertThat(yorkSouth.finalMessageOn()).isEqualTo(LocalDate.of(2021, 3, 10));
    assertThat(yorkSouth.closureDate()).isEqualTo(LocalDate.of(2021, 3, 31));
    assertThat(yorkSouth.successors()).allMatch(a -> a.tier() == AccountTier.DISTRICT || a.tier() == AccountTier.FORCE_WIDE);
  }
}

package io.github.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.RuleResult;
import io.github.accountgovernance.rules.Violation;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The outcome of each example estate under the published packs: which rules fail and how many violations each
 * has. Only failing rules are listed; every other rule passes.
 */
final class ExampleRuleOutcomesTest {

  private static final PolicyPack NPCC = PolicyPacks.npcc2021();

  private static final PolicyPack RETAIN = PolicyPacks.retainIndividualAccounts();

  private static Report evaluate(PolicyPack pack, String file) {
    return pack.evaluate(GeneratedEstate.read(file));
  }

  private static Map<String, Integer> failing(Report report) {
    return report.rules().stream()
        .filter(r -> r.violations() > 0)
        .collect(Collectors.toMap(r -> r.ruleId().toString(), RuleResult::violations, (a, b) -> a, TreeMap::new));
  }

  @Test
  void before_failsTheMonitoringStructureAndClosureRulesTheConsolidationWasFor() {
    Report report = evaluate(NPCC, NorthYorkshireBeforeGenerator.FILE);

    assertThat(report.rules()).hasSize(25);
    assertThat(failing(report))
        .containsExactly(
            entry("ATT-1", 1), // a post signed with a colleague's collar number
            entry("ATT-3", 1), // a retired officer still administers a neighbourhood account
            entry("CLO-1", 90), // no officer's account has a closure plan yet
            entry("EST-1", 8), // every district has its new account and its neighbourhood accounts
            entry("EST-3", 96), // 90 officers' accounts and 6 specialist accounts with no recorded justification
            entry("EST-4", 1), // 154 active accounts on X
            entry("EST-5", 145), // one administrator, or no owning team
            entry("MON-1", 101), // a single monitor
            entry("MON-2", 536), // stretches of more than a day unwatched, in 133 accounts
            entry("MON-3", 35), // declared hours unwatched: the 24/7 force account every night, weekends, leave
            entry("MON-4", 29), // declared hours one person covers alone (nobody's hours are MON-3's)
            entry("MON-5", 94), // no out-of-hours text, or text that names neither 101 nor 999
            entry("NAM-2", 40), // @NPT<Place> is not the district convention NYP_{district}
            entry("NAM-5", 144)); // "NYP ..." display names: NYP is not a force name unless a pack says so
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void after_passesEveryRuleOfTheCatalogue() {
    Report report = evaluate(NPCC, "north-yorkshire-2021-after.yaml");

    assertThat(report.rules()).hasSize(25);
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void retainingForce_failsOnlyTheTierAndSizeRulesOfNpcc2021_andCompliesWithItsOwnPack() {
    assertThat(failing(evaluate(NPCC, NorthamptonshireRetainGenerator.FILE)))
        .containsExactly(
            entry("CLO-1", 21), // individual officers' accounts with no closure plan
            entry("EST-3", 21), // individual officers' accounts are not an NPCC tier
            entry("EST-4", 1)); // 29 active accounts on X, more than the NPCC target of 15

    Report retained = evaluate(RETAIN, NorthamptonshireRetainGenerator.FILE);
    assertThat(retained.violations()).isEmpty();
    assertThat(retained.rules()).hasSize(23);
  }

  @Test
  void lookalikes_nam4FiresForExactlyTheConfusableHandles() {
    Report report = evaluate(NPCC, NorthYorkshireLookalikesGenerator.FILE);

    assertThat(report.violations()).extracting(v -> v.ruleId().toString()).containsOnly("NAM-4");
    assertThat(report.violationsOf("NAM-4"))
        .extracting(v -> v.subject().toString())
        .containsExactlyInAnyOrder(
            "@NYorksPol1ce", "@NYorksPoIice", "@NYP_Y\u043Erk", "@NYP_Yrok", "@NYP_Jobs_");
    assertThat(report.violationsOf("NAM-4"))
        .extracting(Violation::message)
        .anySatisfy(m -> assertThat(m).contains("same confusable skeleton \"nyp_york\""));
  }
}

package io.github.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.RuleResult;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.catalogue.AttributionRules;
import io.github.accountgovernance.rules.catalogue.EstateRules;
import io.github.accountgovernance.rules.catalogue.NamingRules;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The outcome of each example estate under the naming, estate-structure and attribution rules of the catalogue
 * with their default parameters (the NPCC model's): which rules fail and how many violations each has. Only the
 * failing rules are listed; every other rule passes.
 */
final class ExampleRuleOutcomesTest {

  private static final PolicyPack NAM_EST_ATT = pack();

  private static PolicyPack pack() {
    PolicyPack.Builder pack = PolicyPack.builder("examples-nam-est-att").name("NAM, EST and ATT with defaults");
    NamingRules.all().forEach(pack::add);
    EstateRules.all().forEach(pack::add);
    AttributionRules.all().forEach(pack::add);
    return pack.build();
  }

  private static Map<String, Integer> failing(String file) {
    Estate estate = GeneratedEstate.read(file);
    Report report = NAM_EST_ATT.evaluate(estate);
    assertThat(report.rules()).hasSize(13);
    return report.rules().stream()
        .filter(r -> r.violations() > 0)
        .collect(Collectors.toMap(r -> r.ruleId().toString(), RuleResult::violations, (a, b) -> a, TreeMap::new));
  }

  @Test
  void before_failsEveryStructureRuleTheConsolidationWasFor() {
    assertThat(failing(NorthYorkshireBeforeGenerator.FILE))
        .containsExactly(
            entry("ATT-1", 1), // a post signed with a colleague's collar number
            entry("ATT-3", 1), // a retired officer still administers a neighbourhood account
            entry("EST-1", 8), // every district has its new account and its neighbourhood accounts
            entry("EST-3", 96), // 90 officers' accounts and 6 specialist accounts with no recorded justification
            entry("EST-4", 1), // 154 active accounts on X
            entry("EST-5", 145), // one administrator, or no owning team
            entry("NAM-2", 40), // @NPT<Place> is not the district convention NYP_{district}
            entry("NAM-5", 144)); // "NYP ..." display names: NYP is not a force name unless a pack says so
  }

  @Test
  void after_passesEveryNamingStructureAndAttributionRule_butTheLookalikeSeenOnX() {
    Report report = NAM_EST_ATT.evaluate(GeneratedEstate.read("north-yorkshire-2021-after.yaml"));

    assertThat(report.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId().toString()).isEqualTo("NAM-4");
              assertThat(v.subject().toString()).isEqualTo("@NYorksPol1ce");
            });
  }

  @Test
  void retainingForce_failsOnlyTheNpccTierAndSizeRules() {
    assertThat(failing(NorthamptonshireRetainGenerator.FILE))
        .containsExactly(
            entry("EST-3", 21), // individual officers' accounts: allowed by retainIndividualAccounts, not by NPCC
            entry("EST-4", 1)); // 29 active accounts on X, more than the NPCC target of 15
  }

  @Test
  void lookalikes_nam4FiresForExactlyTheConfusableHandles() {
    Report report = NAM_EST_ATT.evaluate(GeneratedEstate.read(NorthYorkshireLookalikesGenerator.FILE));

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

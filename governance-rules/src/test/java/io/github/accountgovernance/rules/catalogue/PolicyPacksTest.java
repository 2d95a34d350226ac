package io.github.accountgovernance.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Provenance;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.RuleId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PolicyPacksTest {

  private static final List<String> DOMAIN_RULE_IDS =
      List.of(
          "MON-1", "MON-2", "MON-3", "MON-4", "MON-5", "MON-6",
          "NAM-1", "NAM-2", "NAM-3", "NAM-4", "NAM-5",
          "CLO-1", "CLO-2", "CLO-3", "CLO-4", "CLO-5", "CLO-6",
          "EST-1", "EST-2", "EST-3", "EST-4", "EST-5",
          "ATT-1", "ATT-2", "ATT-3");

  @Test
  void catalogue_holdsEveryRuleIdOfTheDomainOnce() {
    assertThat(PolicyPacks.catalogue())
        .extracting(rule -> rule.id().toString())
        .containsExactlyInAnyOrderElementsOf(DOMAIN_RULE_IDS)
        .doesNotHaveDuplicates();
  }

  @Test
  void npcc2021_appliesEveryRuleOfTheCatalogue() {
    assertThat(PolicyPacks.npcc2021().rules()).extracting(Rule::id).containsExactlyElementsOf(
        PolicyPacks.catalogue().stream().map(Rule::id).toList());
    assertThat(PolicyPacks.npcc2021().disabled()).isEmpty();
  }

  @Test
  void retainIndividualAccounts_differsOnlyInClo1Est4AndTheTiersItAllows() {
    PolicyPack retain = PolicyPacks.retainIndividualAccounts();

    assertThat(retain.disabled()).containsOnlyKeys(RuleId.of("CLO-1"), RuleId.of("EST-4"));
    assertThat(retain.rules()).hasSize(DOMAIN_RULE_IDS.size() - 2);
    assertThat(retain.value(EstateRules.ALLOWED_TIERS)).contains(AccountTier.INDIVIDUAL_OFFICER);
    assertThat(PolicyPacks.npcc2021().value(EstateRules.ALLOWED_TIERS))
        .doesNotContain(AccountTier.INDIVIDUAL_OFFICER);
    assertThat(retain.value(MonitoringRules.MIN_MONITORS))
        .isEqualTo(PolicyPacks.npcc2021().value(MonitoringRules.MIN_MONITORS));
  }

  @Test
  void named_findsPacksByIdAndShortName() {
    assertThat(PolicyPacks.named("npcc2021")).contains(PolicyPacks.npcc2021());
    assertThat(PolicyPacks.named("NPCC2021")).contains(PolicyPacks.npcc2021());
    assertThat(PolicyPacks.named("retain-individual")).contains(PolicyPacks.retainIndividualAccounts());
    assertThat(PolicyPacks.named("retainIndividualAccounts")).contains(PolicyPacks.retainIndividualAccounts());
    assertThat(PolicyPacks.named("npcc2020")).isEmpty();
  }

  @Test
  void derive_showsWhereEachEffectiveValueCameFrom() {
    PolicyPack ours =
        PolicyPacks.npcc2021().derive("nyp-2021").set(MonitoringRules.MAX_GAP, Duration.ofHours(12)).build();

    assertThat(ours.parameters())
        .filteredOn(p -> p.key().equals("maxGap"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.provenance()).isEqualTo(Provenance.FORCE_OVERRIDE);
          assertThat(p.setBy()).isEqualTo("nyp-2021");
          assertThat(p.text()).isEqualTo("12h");
        });
    assertThat(ours.parameters())
        .filteredOn(p -> p.key().equals("deadline"))
        .singleElement()
        .satisfies(p -> assertThat(p.setBy()).isEqualTo("npcc2021"));
  }

  @Test
  void effectiveParameters_showAnEmptyValueAsNone() {
    assertThat(PolicyPacks.npcc2021().parameters())
        .filteredOn(p -> p.key().equals("exemptAccounts"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.text()).isEmpty();
          assertThat(p.shownText()).isEqualTo("(none)");
          assertThat(p.shownDefault()).isEqualTo("(none)");
        });
    assertThat(PolicyPacks.npcc2021().parameters())
        .filteredOn(p -> p.key().equals("maxGap"))
        .singleElement()
        .satisfies(p -> assertThat(p.shownText()).isEqualTo("24h"));
  }
}

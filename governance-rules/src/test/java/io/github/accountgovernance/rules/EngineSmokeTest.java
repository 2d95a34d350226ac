package io.github.accountgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.authoring.Criterion;
import io.github.accountgovernance.rules.authoring.Estates;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Rules;
import org.junit.jupiter.api.Test;

final class EngineSmokeTest {

  private static final Criterion<Account> IS_OPEN =
      Criterion.of("is open", account -> account.status().isOpen());
  private static final Criterion<Account> HAS_OWNER =
      Criterion.of("has an owning team", account -> account.owningTeam().isPresent());

  @Test
  void evaluate_reportsTheSubjectThatFailsWithTheComposedStatement() {
    Rule est5 =
        Rules.accounts().that(IS_OPEN).should(HAS_OWNER).id("EST-5").title("ownership").build();
    PolicyPack pack = PolicyPack.builder("smoke").add(est5).build();
    Estate estate =
        Estates.nyp()
            .addAccounts(
                Estates.account("york-x", "NYP_York", AccountTier.DISTRICT, AccountStatus.ACTIVE),
                Account.builder()
                    .from(Estates.account("force-x", "NYorksPolice", AccountTier.FORCE_WIDE, AccountStatus.ACTIVE))
                    .owningTeam("Corporate Communications")
                    .build())
            .build();

    Report report = pack.evaluate(estate);

    assertThat(est5.statement()).isEqualTo("every account that is open has an owning team");
    assertThat(report.violations())
        .singleElement()
        .satisfies(
            violation -> {
              assertThat(violation.ruleId()).isEqualTo(RuleId.of("EST-5"));
              assertThat(violation.subject().displayName()).isEqualTo("@NYP_York");
              assertThat(violation.message()).isEqualTo("does not satisfy \"has an owning team\"");
            });
    assertThat(report.rule("EST-5"))
        .hasValueSatisfying(result -> assertThat(result.checked()).isEqualTo(2));
    assertThat(report.hasErrors()).isTrue();
  }
}

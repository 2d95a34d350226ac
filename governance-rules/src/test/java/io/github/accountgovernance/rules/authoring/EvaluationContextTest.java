package io.github.accountgovernance.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.ReportWarning;
import org.junit.jupiter.api.Test;

final class EvaluationContextTest {

  private static final Estate ESTATE =
      Estates.nyp()
          .addAccounts(
              Estates.account("york-x", "NYP_York", AccountTier.DISTRICT, AccountStatus.ACTIVE),
              Estates.account("craven-x", "NYP_Craven", AccountTier.DISTRICT, AccountStatus.ACTIVE))
          .build();

  private static Rule noting(String id, String note) {
    return Rules.accounts()
        .should(Criterion.<Account>explained("is noted", (account, context) -> {
          context.note(note);
          return Verdict.pass();
        }))
        .id(id)
        .title("noting")
        .build();
  }

  @Test
  void note_isOneWarningOfTheFirstRuleThatLeavesIt() {
    PolicyPack pack =
        PolicyPack.builder("notes")
            .add(noting("EST-8", "the list names nobody"), noting("EST-9", "the list names nobody"))
            .build();

    Report report = pack.evaluate(ESTATE);

    assertThat(report.violations()).isEmpty();
    assertThat(report.warnings())
        .singleElement()
        .satisfies(warning -> {
          assertThat(warning.kind()).isEqualTo(ReportWarning.Kind.RULE_NOTE);
          assertThat(warning.ruleId()).contains(RuleId.of("EST-8"));
          assertThat(warning.message()).isEqualTo("the list names nobody");
        });
  }

  @Test
  void note_isRefusedInsideASharedAnalysis() {
    EvaluationContext context = EvaluationContext.of(ESTATE);

    assertThatThrownBy(() -> context.shared(AnalysisKey.of("noisy"), shared -> {
          shared.note("found something");
          return "done";
        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("let the rule note it");
    assertThatThrownBy(() -> context.note(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}

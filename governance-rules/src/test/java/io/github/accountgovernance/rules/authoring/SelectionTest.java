package io.github.accountgovernance.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import org.junit.jupiter.api.Test;

final class SelectionTest {

  private static final Criterion<Account> ACTIVE_OR_CLOSING =
      Criterion.adjective("active or closing", account -> account.status().isOpen());
  private static final Criterion<Account> DECLARES_HOURS =
      Criterion.of("declares monitored hours", account -> account.monitoredHours().isDeclared());
  private static final Criterion<Account> HAS_OWNER =
      Criterion.of("has an owning team", account -> account.owningTeam().isPresent());

  @Test
  void adjective_isDescribedAsIsAndNegatesLikeOtherWords() {
    assertThat(ACTIVE_OR_CLOSING.description()).isEqualTo("is active or closing");
    assertThat(Criterion.not(ACTIVE_OR_CLOSING).description()).isEqualTo("is not active or closing");
    assertThat(ACTIVE_OR_CLOSING.and(HAS_OWNER).description()).isEqualTo("is active or closing and has an owning team");
    assertThat(Criterion.atLeast(2, relation(), Criterion.<Contributor>adjective("serving", Contributor::isServing))
            .description())
        .isEqualTo("has at least 2 administrators that are serving");
  }

  @Test
  void description_namesAdjectivesBeforeTheNounAndOtherCriteriaAfterIt() {
    assertThat(Rules.accounts().description()).isEqualTo("every account");
    assertThat(Rules.accounts().that(ACTIVE_OR_CLOSING).description()).isEqualTo("every active or closing account");
    assertThat(Rules.accounts().that(DECLARES_HOURS).description())
        .isEqualTo("every account that declares monitored hours");
    assertThat(Rules.accounts().that(DECLARES_HOURS).that(ACTIVE_OR_CLOSING).that(HAS_OWNER).description())
        .isEqualTo("every active or closing account that declares monitored hours and has an owning team");
    assertThat(Rules.accounts().that(Criterion.not(ACTIVE_OR_CLOSING)).description())
        .isEqualTo("every account that is not active or closing");
    assertThat(Rules.accounts().that(ACTIVE_OR_CLOSING.as("is open")).description())
        .isEqualTo("every account that is open");
  }

  @Test
  void should_composesTheStatementFromTheSelectionAndTheCriterion() {
    Rule rule = Rules.accounts().that(ACTIVE_OR_CLOSING).should(HAS_OWNER).id("EST-5").title("ownership").build();

    assertThat(rule.statement()).isEqualTo("every active or closing account has an owning team");
  }

  @Test
  void adjective_decidesLikeItsPredicate() {
    Estate estate =
        Estates.nyp()
            .addAccounts(
                Estates.account("york-x", "NYP_York", AccountTier.DISTRICT, AccountStatus.ACTIVE),
                Estates.account("craven-x", "NYP_Craven", AccountTier.DISTRICT, AccountStatus.PROPOSED))
            .build();
    EvaluationContext context = EvaluationContext.of(estate);

    assertThat(ACTIVE_OR_CLOSING.test(estate.account("york-x").orElseThrow(), context).satisfied()).isTrue();
    assertThat(ACTIVE_OR_CLOSING.test(estate.account("craven-x").orElseThrow(), context).failures())
        .singleElement()
        .satisfies(failure -> assertThat(failure.message()).isEqualTo("does not satisfy \"is active or closing\""));
  }

  @Test
  void adjective_mayJudgeWithTheContext() {
    Criterion<Account> large =
        Criterion.adjective("large", (account, context) -> Verdict.of(account.followers() >= 1000));

    assertThat(Rules.accounts().that(large).should(ACTIVE_OR_CLOSING).id("EST-9").title("large").build().statement())
        .isEqualTo("every large account is active or closing");
    assertThatThrownBy(() -> Criterion.<Account>adjective("large", (Criterion.Judge<Account>) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void adjective_refusesBlankWords() {
    assertThatThrownBy(() -> Criterion.adjective(" ", account -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("adjective");
    assertThatThrownBy(() -> Criterion.adjective(null, account -> true)).isInstanceOf(NullPointerException.class);
  }

  private static Relation<Account, Contributor> relation() {
    return Relation.of(
        "administrator", "administrators", SubjectType.CONTRIBUTOR, (account, context) -> java.util.List.of());
  }
}

package io.github.accountgovernance.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.PolicyPack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CriterionTest {

  private static final Criterion<Account> IS_OPEN = Criterion.of("is open", a -> a.status().isOpen());
  private static final Criterion<Account> HAS_OWNER =
      Criterion.of("has an owning team", a -> a.owningTeam().isPresent());
  private static final Criterion<Account> SIGNPOSTS =
      Criterion.of("carries out-of-hours text", a -> a.outOfHoursText().isPresent());
  private static final Criterion<Contributor> SERVING = Criterion.of("is serving", Contributor::isServing);

  private static final Estate ESTATE =
      Estates.nyp()
          .addAccounts(Estates.account("york-x", "NYP_York", AccountTier.DISTRICT, AccountStatus.ACTIVE))
          .addContributors(
              Estates.person("c-1", "PC Alex Example"),
              Estates.leaver("c-2", "Sam Sample", LocalDate.of(2021, 2, 1)))
          .addGrants(Estates.admin("c-1", "york-x"), Estates.admin("c-2", "york-x"))
          .build();
  private static final Account YORK = ESTATE.accounts().get(0);
  private static final EvaluationContext CONTEXT = EvaluationContext.of(ESTATE);

  private static final Relation<Account, Contributor> ADMINISTRATORS =
      Relation.of("administrator", "administrators", SubjectType.CONTRIBUTOR, (account, context) -> {
        List<Contributor> admins = new ArrayList<>();
        context.estate().grantsOn(account.id())
            .forEach(g -> context.estate().contributor(g.contributor()).ifPresent(admins::add));
        return admins;
      });

  @Test
  void composition_composesTheWords() {
    assertThat(IS_OPEN.and(HAS_OWNER).description()).isEqualTo("is open and has an owning team");
    assertThat(IS_OPEN.or(HAS_OWNER).and(SIGNPOSTS).description())
        .isEqualTo("(is open or has an owning team) and carries out-of-hours text");
    assertThat(Criterion.not(HAS_OWNER).description()).isEqualTo("does not have an owning team");
    assertThat(Criterion.not(IS_OPEN).description()).isEqualTo("is not open");
    assertThat(Criterion.not(SIGNPOSTS).description()).isEqualTo("does not carry out-of-hours text");
    assertThat(Criterion.not(IS_OPEN.and(HAS_OWNER)).description()).isEqualTo("not (is open and has an owning team)");
    assertThat(Criterion.not(IS_OPEN).implies(SIGNPOSTS).description())
        .isEqualTo("carries out-of-hours text if it is not open");
    assertThat(HAS_OWNER.because("somebody must answer for it").description())
        .isEqualTo("has an owning team, because somebody must answer for it");
    assertThat(Criterion.<Account>alwaysTrue().description()).isEqualTo("always holds");
    assertThat(Criterion.not(Criterion.<Account>alwaysTrue()).description()).isEqualTo("never holds");
  }

  @Test
  void quantifiers_composeTheWordsWithPluralVerbs() {
    assertThat(Criterion.atLeast(2, ADMINISTRATORS, SERVING).description())
        .isEqualTo("has at least 2 administrators that are serving");
    assertThat(Criterion.every(ADMINISTRATORS, SERVING).description())
        .isEqualTo("has only administrators that are serving");
    assertThat(Criterion.some(ADMINISTRATORS, SERVING).description()).isEqualTo("has an administrator that is serving");
    assertThat(Criterion.none(ADMINISTRATORS, Criterion.not(SERVING)).description())
        .isEqualTo("has no administrator that is not serving");
  }

  @Test
  void every_namesEachRelatedSubjectThatFailsWithEvidence() {
    Verdict verdict = Criterion.every(ADMINISTRATORS, SERVING).test(YORK, CONTEXT);

    assertThat(verdict.satisfied()).isFalse();
    Finding failure = verdict.failures().get(0);
    assertThat(failure.clause()).contains("has only administrators that are serving");
    assertThat(failure.message()).isEqualTo("1 of 2 administrators do not satisfy \"is serving\": Sam Sample");
    assertThat(failure.evidence()).containsExactly(Evidence.of("administrators that are not serving", "Sam Sample"));
    assertThat(failure.causes()).singleElement().satisfies(cause -> {
      assertThat(cause.subject().map(Subject::displayName)).contains("Sam Sample");
      assertThat(cause.clause()).contains("is serving");
    });
  }

  @Test
  void atLeast_readsItsCountFromAParameter() {
    Parameter<Integer> minAdmins = Parameter.of("minAdmins", ParameterType.INTEGER, 2, "serving administrators");
    Criterion<Account> enough = Criterion.atLeast(minAdmins, ADMINISTRATORS, SERVING);

    assertThat(enough.description()).isEqualTo("has at least {minAdmins} administrators that are serving");
    assertThat(enough.test(YORK, CONTEXT).failures()).singleElement()
        .satisfies(f -> assertThat(f.message())
            .isEqualTo("has 1 administrator that is serving, needs at least 2: PC Alex Example"));
    assertThat(enough.test(YORK, CONTEXT.withValue(minAdmins, 1)).satisfied()).isTrue();
  }

  @Test
  void and_listsEveryFailedClause() {
    Verdict verdict = HAS_OWNER.and(SIGNPOSTS).test(YORK, CONTEXT);

    assertThat(verdict.failures())
        .extracting(f -> f.clause().orElseThrow())
        .containsExactly("has an owning team", "carries out-of-hours text");
  }

  @Test
  void not_failsWithTheReasonTheNegatedCriterionHeld() {
    Criterion<Account> district =
        Criterion.explained("is a district account", (a, c) -> a.tier() == AccountTier.DISTRICT
            ? Verdict.pass("serves district " + a.district().orElseThrow(), Evidence.of("district", "york"))
            : Verdict.of(false));

    Verdict verdict = Criterion.not(district).test(YORK, CONTEXT);

    assertThat(verdict.failures()).singleElement().satisfies(f -> {
      assertThat(f.clause()).contains("is not a district account");
      assertThat(f.message()).isEqualTo("serves district york");
      assertThat(f.allEvidence()).containsExactly(Evidence.of("district", "york"));
    });
  }

  @Test
  void passingVerdicts_areTheSharedInstance() {
    Criterion<Account> composite = Criterion.allOf(IS_OPEN, Criterion.not(HAS_OWNER), Criterion.alwaysTrue());

    assertThat(composite.test(YORK, CONTEXT)).isSameAs(Verdict.pass());
  }

  @Test
  void descriptions_mustBeOneLine() {
    assertThatThrownBy(() -> Criterion.of(" ", a -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\" \"");
    assertThatThrownBy(() -> Criterion.of("is\nopen", a -> true)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void value_refusesParametersTheRuleDoesNotDeclare() {
    Parameter<Integer> undeclared = Parameter.of("minAdmins", ParameterType.INTEGER, 2, "serving administrators");
    Rule rule =
        Rules.accounts()
            .should(Criterion.explained("reads a parameter", (a, c) -> Verdict.of(c.value(undeclared) > 0)))
            .id("TST-1")
            .title("reads an undeclared parameter")
            .build();
    PolicyPack pack = PolicyPack.builder("test").add(rule).build();

    assertThatThrownBy(() -> pack.evaluate(ESTATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule TST-1 does not declare parameter minAdmins");
  }

  @Test
  void shared_computesAnAnalysisOnceAndRefusesParameters() {
    AnalysisKey<List<String>> key = AnalysisKey.of("ids");
    int[] computed = {0};
    EvaluationContext context = EvaluationContext.of(ESTATE);

    List<String> first = context.shared(key, c -> {
      computed[0]++;
      return List.of("york-x");
    });
    List<String> second = context.shared(key, c -> List.of("other"));

    assertThat(second).isSameAs(first);
    assertThat(computed[0]).isEqualTo(1);
    Parameter<Integer> p = Parameter.of("minAdmins", ParameterType.INTEGER, 2, "serving administrators");
    assertThatThrownBy(() -> context.shared(AnalysisKey.<Integer>of("bad"), c -> c.value(p)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must not read parameter minAdmins");
  }
}

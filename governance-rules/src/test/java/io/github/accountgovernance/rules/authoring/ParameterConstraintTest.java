package io.github.accountgovernance.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.catalogue.ClosureRules;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ParameterConstraintTest {

  private static final Parameter<Integer> LOW = Parameter.of("low", ParameterType.INTEGER, 1, "the low end");
  private static final Parameter<Integer> HIGH = Parameter.of("high", ParameterType.INTEGER, 5, "the high end");

  private static Rule.Builder rule() {
    return Rule.ofCheck("TST-1", "low {low} is at most high {high}", (estate, context, sink) -> {})
        .title("test")
        .parameters(LOW, HIGH);
  }

  @Test
  void atMost_saysItselfAndWhatIsWrong() {
    ParameterConstraint constraint = ParameterConstraint.atMost(LOW, HIGH);

    assertThat(constraint.words()).isEqualTo("low is at most high");
    assertThat(constraint).hasToString("low is at most high");
    assertThat(constraint.parameters()).containsExactly(LOW, HIGH);
    assertThat(constraint.problem(Map.of(LOW, 5, HIGH, 5)::get)).isEmpty();
    assertThat(constraint.problem(Map.of(LOW, 6, HIGH, 5)::get))
        .contains("low is at most high, but low is 6 and high is 5");
  }

  @Test
  void of_relatesTwoDifferentParameters() {
    assertThatThrownBy(() -> ParameterConstraint.of(LOW, LOW, (a, b) -> true, "low is low"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a constraint relates two different parameters, but got low twice");
    assertThatThrownBy(() -> ParameterConstraint.of(LOW, HIGH, (a, b) -> true, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRule_keepsItsConstraints_andRefusesOnesItsDefaultsBreak() {
    assertThat(rule().requiring(ParameterConstraint.atMost(LOW, HIGH)).build().constraints())
        .extracting(ParameterConstraint::words)
        .containsExactly("low is at most high");
    assertThat(rule().build().constraints()).isEmpty();
    assertThatThrownBy(() -> rule().requiring(ParameterConstraint.atMost(HIGH, LOW)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the defaults of TST-1 break its constraint: high is at most low, but high is 5 and low is 1");
  }

  @Test
  void aRule_refusesAConstraintOnAParameterItDoesNotDeclare() {
    Parameter<Integer> other = Parameter.of("other", ParameterType.INTEGER, 9, "another");

    assertThatThrownBy(() -> rule().requiring(ParameterConstraint.atMost(LOW, other)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the constraint \"low is at most other\" of TST-1 relates other, which is not among its"
            + " parameters [high, low]");
  }

  @Test
  void aPackBuiltInCode_checksTheConstraintsOfItsRules() {
    // Issue 14: maxNotice 1d with the default minNotice 2d was accepted.
    assertThatThrownBy(() -> PolicyPacks.npcc2021().derive("nyp").set(ClosureRules.MAX_NOTICE, Duration.ofDays(1))
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pack nyp: CLO-3 requires that minNotice is at most maxNotice, but minNotice is 2d and maxNotice"
            + " is 24h");
    assertThatThrownBy(() -> PolicyPacks.npcc2021().derive("nyp").set("minNotice", "40d").build())
        .hasMessageContaining("but minNotice is 40d and maxNotice is 31d");
    PolicyPack withoutClo3 =
        PolicyPacks.npcc2021().derive("nyp").set(ClosureRules.MIN_NOTICE, Duration.ofDays(40))
            .set(ClosureRules.MAX_NOTICE, Duration.ofDays(50)).build();
    assertThat(withoutClo3.value(ClosureRules.MIN_NOTICE)).isEqualTo(Duration.ofDays(40));
  }
}

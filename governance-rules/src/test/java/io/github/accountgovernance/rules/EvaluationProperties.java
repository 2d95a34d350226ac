package io.github.accountgovernance.rules;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.testing.EstateGens;
import org.junit.jupiter.api.Test;

final class EvaluationProperties {

  @Test
  void evaluation_doesNotDependOnInputOrder() {
    qt().withExamples(200)
        .forAll(EstateGens.validEstateParts(), Gens.shuffles(8))
        .checkAssert((parts, orders) -> {
          Report original = EvaluationTest.BASE.evaluate(parts.build());
          Report shuffled = EvaluationTest.BASE.evaluate(Gens.shuffled(parts, orders).build());

          assertThat(shuffled).isEqualTo(original);
          assertThat(shuffled.violations()).isSorted();
        });
  }

  @Test
  void counts_addUp() {
    qt().withExamples(100)
        .forAll(EstateGens.validEstateParts())
        .checkAssert(parts -> {
          Report report = EvaluationTest.BASE.evaluate(parts.build());

          assertThat(report.rules()).allSatisfy(rule -> {
            assertThat(rule.passed() + rule.failed()).isEqualTo(rule.checked());
            assertThat(rule.violations()).isEqualTo(report.violationsOf(rule.ruleId().value()).size());
          });
        });
  }
}

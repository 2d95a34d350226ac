package io.github.accountgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.testing.EstateArbitraries;
import io.github.accountgovernance.core.testing.EstateParts;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class EvaluationProperties {

  @Provide
  Arbitrary<EstateParts> parts() {
    return EstateArbitraries.validEstateParts();
  }

  @Property(tries = 200)
  void evaluation_doesNotDependOnInputOrder(@ForAll("parts") EstateParts parts, @ForAll long seed) {
    Report original = EvaluationTest.BASE.evaluate(parts.build());
    Report shuffled = EvaluationTest.BASE.evaluate(parts.shuffled(new Random(seed)).build());

    assertThat(shuffled).isEqualTo(original);
    assertThat(shuffled.violations()).isSorted();
  }

  @Property(tries = 100)
  void counts_addUp(@ForAll("parts") EstateParts parts) {
    Report report = EvaluationTest.BASE.evaluate(parts.build());

    assertThat(report.rules()).allSatisfy(rule -> {
      assertThat(rule.passed() + rule.failed()).isEqualTo(rule.checked());
      assertThat(rule.violations()).isEqualTo(report.violationsOf(rule.ruleId().value()).size());
    });
  }
}

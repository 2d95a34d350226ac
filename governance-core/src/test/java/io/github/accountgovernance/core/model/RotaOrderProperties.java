package io.github.accountgovernance.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.testing.EstateGens;
import io.github.accountgovernance.core.testing.Theories;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * The order of rota slots, written out by hand for speed, against the chain of comparators it replaced: by
 * account, contributor, then shift, weekly window, first and last dates, each absent part last.
 */
final class RotaOrderProperties {

  private static final Comparator<RotaAssignment> CHAIN =
      Comparator.comparing(RotaAssignment::account)
          .thenComparing(RotaAssignment::contributor)
          .thenComparing(a -> a.shiftWindow().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(a -> a.weeklyWindow().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(a -> a.validFrom().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(a -> a.validUntil().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));

  @Test
  void compareTo_agreesWithTheChainOfComparators() {
    Theories.qt()
        .withExamples(5000)
        .forAll(EstateGens.rotaAssignments(), EstateGens.rotaAssignments())
        .checkAssert((a, b) -> {
          assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(CHAIN.compare(a, b)));
          assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-Integer.signum(a.compareTo(b)));
          assertThat(a.compareTo(RotaAssignment.builder().from(a).build())).isZero();
        });
  }
}

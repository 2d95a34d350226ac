package io.github.accountgovernance.core.files;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.problem.InvalidFileException;
import io.github.accountgovernance.core.time.TimeWindow;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

final class ProblemsCanonicalProperties {

  private static final int EXAMPLES = 200;

  /** Texts and hour-aligned windows (whose hashes once shared their low bits), many of them equal. */
  private static Object value(Random random, int distinct) {
    int n = random.nextInt(distinct);
    return random.nextBoolean()
        ? new String("id-" + n)
        : TimeWindow.ofEpochSeconds(1_600_000_000L + 3600L * n, 1_600_000_000L + 3600L * (n + 1 + n % 5));
  }

  @Test
  void canonical_returnsTheFirstEqualValueOfTheReading() {
    qt().withExamples(EXAMPLES)
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 5000), SourceDSL.integers().between(1, 2000))
        .checkAssert((seed, count, distinct) -> {
          Random random = new Random(seed);
          Problems problems =
              new Problems("f.json", LocatedReader.Limits.smallFiles(), list -> new InvalidFileException("f", list));
          Map<Object, Object> firsts = new HashMap<>();
          for (int i = 0; i < count; i++) {
            Object value = value(random, distinct);
            Object first = firsts.computeIfAbsent(value, v -> value);
            Object canonical = problems.canonical(value);
            assertThat(canonical).isSameAs(first);
          }
        });
  }
}

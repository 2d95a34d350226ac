package io.github.accountgovernance.core.model;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.accountgovernance.core.problem.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

final class PartLocationsProperties {

  private static final int EXAMPLES = 200;

  /** A part whose hash is shared by many others, so that the table's probing is exercised. */
  private record Part(int id, int hashes) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Part part && part.id == id;
    }

    @Override
    public int hashCode() {
      return id % hashes;
    }
  }

  private static final List<String> FILES = List.of("estate.json", "accounts.csv", "rota.xlsx", "leave.ics");

  /** Lines and columns small (as almost every file has) or anywhere in int's range, negative too. */
  private static int number(Random random, boolean huge) {
    return huge ? random.nextInt() : 1 + random.nextInt(random.nextBoolean() ? 200 : 5_000_000);
  }

  @Test
  void find_agreesWithAMapThatKeepsTheFirstPlace() {
    qt().withExamples(EXAMPLES)
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 3000), SourceDSL.integers().between(1, 50))
        .checkAssert((seed, count, hashes) -> {
          Random random = new Random(seed);
          boolean huge = random.nextInt(4) == 0;
          int files = 1 + random.nextInt(FILES.size());
          Map<Object, SourceLocation> oracle = new LinkedHashMap<>();
          PartLocations.Builder builder = PartLocations.builder();
          for (int i = 0; i < count; i++) {
            // Ids repeat: a value written twice keeps its first place. Equal parts are new instances.
            Object part = new Part(random.nextInt(Math.max(1, count)), hashes);
            SourceLocation at = new SourceLocation(
                new String(FILES.get(random.nextInt(files))), number(random, huge), number(random, huge));
            boolean first = !oracle.containsKey(part);
            oracle.putIfAbsent(part, at);
            assertThat(builder.add(part, at)).isEqualTo(first);
          }
          PartLocations built = builder.build();
          assertThat(built.size()).isEqualTo(oracle.size());
          assertThat(built.isEmpty()).isEqualTo(oracle.isEmpty());
          for (int id = -1; id <= count; id++) {
            Part part = new Part(id, hashes);
            assertThat(built.find(part)).isEqualTo(Optional.ofNullable(oracle.get(part)));
          }
          assertThat(built.find("not a part")).isEmpty();
        });
  }

  @Test
  void empty_findsNothing() {
    assertThat(PartLocations.empty().find(new Part(1, 1))).isEmpty();
    assertThat(PartLocations.builder().build().isEmpty()).isTrue();
    assertThatNullPointerException().isThrownBy(() -> PartLocations.empty().find(null));
  }
}

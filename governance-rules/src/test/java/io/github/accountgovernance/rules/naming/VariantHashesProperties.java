package io.github.accountgovernance.rules.naming;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The index hashes deletion variants without building them: the hashes must be those of the variants an
 * independent, string-building enumeration finds, one per distinct variant.
 */
final class VariantHashesProperties {

  @Test
  void hashesAreThoseOfEveryDistinctDeletionVariant() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between('a', 'd')).ofSizeBetween(0, 9), integers().between(0, 3))
        .checkAssert(VariantHashesProperties::hashesMatchTheOracle);
  }

  private static void hashesMatchTheOracle(List<Integer> text, int maxDeletions) {
    int[] codePoints = text.stream().mapToInt(Integer::intValue).toArray();

    LookalikeIndex.VariantHashes variants = new LookalikeIndex.VariantHashes(codePoints.length, maxDeletions);
    variants.addDeletions(codePoints);
    long[] sorted = variants.sortedDistinct();
    Set<Long> hashed = new HashSet<>();
    for (int i = 0; i < variants.size(); i++) {
      hashed.add(sorted[i]);
    }

    Set<Long> expected = new HashSet<>();
    for (String variant : oracle(new String(codePoints, 0, codePoints.length), maxDeletions)) {
      LookalikeIndex.VariantHashes whole = new LookalikeIndex.VariantHashes(variant.length(), 0);
      whole.addDeletions(variant.codePoints().toArray());
      expected.add(whole.sortedDistinct()[0]);
    }
    assertThat(hashed).isEqualTo(expected);
    assertThat(variants.size())
        .as("one hash per distinct variant")
        .isEqualTo(oracle(new String(codePoints, 0, codePoints.length), maxDeletions).size());
  }

  /** Every text at most {@code maxDeletions} deletions away, by breadth-first deletion of single characters. */
  private static Set<String> oracle(String text, int maxDeletions) {
    Set<String> all = new HashSet<>(List.of(text));
    List<String> frontier = List.of(text);
    for (int round = 0; round < maxDeletions; round++) {
      List<String> next = new ArrayList<>();
      for (String current : frontier) {
        for (int i = 0; i < current.length(); i++) {
          String shorter = current.substring(0, i) + current.substring(i + 1);
          if (all.add(shorter)) {
            next.add(shorter);
          }
        }
      }
      frontier = next;
    }
    return all;
  }
}

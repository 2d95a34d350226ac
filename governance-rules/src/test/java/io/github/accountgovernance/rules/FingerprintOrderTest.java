package io.github.accountgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Baseline files list fingerprints in {@link Fingerprint#compareTo} order: by rule, then subject, then key. The
 * fingerprints below differ in one part or trade two, so dropping, reversing or reordering a part of the order
 * changes the sorted list.
 */
final class FingerprintOrderTest {

  @Test
  void sortsByRuleThenSubjectThenKey() {
    List<String> expected =
        List.of(
            "MON-2|account:a-york|b",
            "MON-2|account:b-york|a",
            "MON-2|account:b-york|b",
            "MON-3|account:a-york|a",
            "MON-3|account:a-york|b");
    List<Fingerprint> fingerprints = new ArrayList<>();
    for (String text : expected) {
      fingerprints.add(Fingerprint.parse(text));
    }
    Collections.reverse(fingerprints);

    Collections.sort(fingerprints);

    assertThat(fingerprints).extracting(Fingerprint::text).containsExactlyElementsOf(expected);
  }

  @Test
  void compareTo_isZeroOnlyForEqualFingerprints() {
    Fingerprint gap = Fingerprint.parse("MON-2|account:york-x|2021-03-06T22:00:00Z");

    assertThat(gap.compareTo(Fingerprint.parse(gap.text()))).isZero();
    assertThat(gap.compareTo(Fingerprint.parse("MON-2|account:york-x|2021-03-06T22:00:01Z"))).isNegative();
    assertThat(gap.compareTo(Fingerprint.parse("MON-2|account:york-x|"))).isPositive();
  }
}

package io.github.accountgovernance.rules.naming;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.rules.Gens;
import org.junit.jupiter.api.Test;

/** Skeletons of ASCII text come from a table of ICU's skeletons of each character: they must be ICU's. */
final class ConfusablesProperties {

  private static final String ASCII = asciiAlphabet();

  @Test
  void skeleton_ofEveryAsciiPair_isIcus() {
    for (char first = 0; first < 128; first++) {
      for (char second = 0; second < 128; second++) {
        String text = new String(new char[] {first, second});
        assertThat(Confusables.skeleton(text)).as("skeleton of %s", (Object) text.toCharArray())
            .isEqualTo(Confusables.skeletonByIcu(text));
      }
    }
  }

  @Test
  void skeleton_ofAsciiAndOtherText_isIcus() {
    // Mostly ASCII, with characters beyond it that ICU maps and that combine (e with an acute accent).
    qt().withExamples(2000)
        .forAll(Gens.strings(ASCII + "\u043E\u0430\u00E9\u0301\u2160\uFF10", 0, 10))
        .checkAssert(text -> assertThat(Confusables.skeleton(text)).isEqualTo(Confusables.skeletonByIcu(text)));
  }

  private static String asciiAlphabet() {
    StringBuilder ascii = new StringBuilder();
    for (char c = 0; c < 128; c++) {
      ascii.append(c);
    }
    return ascii.toString();
  }
}

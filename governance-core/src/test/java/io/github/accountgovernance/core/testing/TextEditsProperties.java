package io.github.accountgovernance.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Every text {@link TextEdits#oneEdit} draws is one deletion, replacement or insertion from the alphabet away. */
final class TextEditsProperties {

  private static final String ALPHABET = "0123456789-";

  /** Whether {@code edited} is {@code text} with one character deleted, or replaced or inserted from the alphabet. */
  private static boolean oneEditAway(String text, String edited) {
    for (int i = 0; i <= text.length(); i++) {
      for (int j = 0; j < ALPHABET.length(); j++) {
        char c = ALPHABET.charAt(j);
        if (edited.equals(text.substring(0, i) + c + text.substring(i))) {
          return true;
        }
        if (i < text.length() && edited.equals(text.substring(0, i) + c + text.substring(i + 1))) {
          return true;
        }
      }
      if (i < text.length() && edited.equals(text.substring(0, i) + text.substring(i + 1))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyDrawIsOneEditAway() {
    for (String text : new String[] {"2021-03-31", "", "x"}) {
      Theories.qt().withExamples(1_000).forAll(TextEdits.oneEdit(Generate.constant(text), ALPHABET))
          .checkAssert(edited -> assertThat(oneEditAway(text, edited)).as("%s -> %s", text, edited).isTrue());
    }
  }

  @Test
  void anEmptyAlphabet_isRefused() {
    assertThatThrownBy(() -> TextEdits.oneEdit(SourceDSL.strings().basicLatinAlphabet().ofLength(3), ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

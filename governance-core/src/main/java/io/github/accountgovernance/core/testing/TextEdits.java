package io.github.accountgovernance.core.testing;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Texts one edit away from valid ones, for properties that hold a parser to an oracle on nearly valid input (a
 * character deleted, replaced or inserted), where most random texts would be refused at their first character.
 *
 * <pre>{@code
 * Theories.qt().forAll(TextEdits.oneEdit(validDates, "0123456789-"))
 *     .checkAssert(text -> assertThat(outcome(myParser, text)).isEqualTo(outcome(LocalDate::parse, text)));
 * }</pre>
 *
 * <p>Every draw comes from QuickTheories' randomness source, so failures shrink and replay by seed. Like
 * {@link EstateGens}, it needs QuickTheories on the test's path (the module requires it only statically).
 */
@SuppressWarnings("exports")
public final class TextEdits {

  private TextEdits() {}

  /**
   * Returns the texts with one character deleted, replaced by one of the alphabet's, or one of the alphabet's
   * inserted, at a drawn place (a deletion or replacement past the end becomes an insertion at the end).
   *
   * @param texts the valid texts
   * @param alphabet the characters that mean something to the parser, such as {@code "0123456789-:T"}
   * @return the edited texts
   * @throws IllegalArgumentException if the alphabet is empty
   */
  public static Gen<String> oneEdit(Gen<String> texts, String alphabet) {
    if (alphabet.isEmpty()) {
      throw new IllegalArgumentException("the alphabet must have at least one character");
    }
    List<Character> characters = alphabet.chars().mapToObj(c -> (char) c).toList();
    return texts.zip(SourceDSL.integers().between(0, 2), SourceDSL.integers().between(0, 1_000),
        Generate.pick(characters), (text, kind, at, c) -> {
          int index = at % (text.length() + 1);
          if (kind == 0 && index < text.length()) {
            return text.substring(0, index) + text.substring(index + 1);
          }
          if (kind == 1 && index < text.length()) {
            return text.substring(0, index) + c + text.substring(index + 1);
          }
          return text.substring(0, index) + c + text.substring(index);
        });
  }
}

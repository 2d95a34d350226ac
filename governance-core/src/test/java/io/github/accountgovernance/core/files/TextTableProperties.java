package io.github.accountgovernance.core.files;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

final class TextTableProperties {

  /**
   * Whatever texts came before (few letters, so that texts repeat, share slots and hash codes, and differ only in
   * length), the table gives a text equal to the characters asked for, and the one it gave before for equal ones
   * still in its slot.
   */
  @Test
  void text_isAlwaysTheCharactersAskedFor() {
    qt().withExamples(500)
        .forAll(SourceDSL.lists().of(SourceDSL.strings().betweenCodePoints('a', 'b').ofLengthBetween(0, 40))
            .ofSizeBetween(1, 300), SourceDSL.booleans().all())
        .checkAssert((texts, big) -> {
          // The table of a small file and that of a big one.
          TextTable table = new TextTable(big ? TextTable.BIG_FILE : 0);
          for (String text : texts) {
            char[] padded = ("<" + text + ">").toCharArray();
            String read = table.text(padded, 1, text.length());
            assertThat(read).isEqualTo(text);
          }
        });
  }

  @Test
  void text_givesTheSameStringForARepeatedText_andAFreshOneBeyondTheLongest() {
    TextTable table = new TextTable(0);
    String id = "york-x";
    String first = table.text(id.toCharArray(), 0, id.length());
    String long1 = "x".repeat(TextTable.LONGEST + 1);

    assertThat(table.text(("  " + id).toCharArray(), 2, id.length())).isSameAs(first);
    assertThat(table.text(long1.toCharArray(), 0, long1.length()))
        .isEqualTo(long1)
        .isNotSameAs(table.text(long1.toCharArray(), 0, long1.length()));
  }
}

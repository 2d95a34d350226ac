package io.github.accountgovernance.rules.naming;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.accountgovernance.rules.Gens;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link DisplayNames#scripts(String)}: its ASCII shortcut agrees with ICU, and it names the scripts used; the
 * phrase search of plain ASCII agrees with folding both texts first.
 */
final class DisplayNamesProperties {

  @Test
  void asciiShortcut_agreesWithIcu() {
    qt().withExamples(500)
        .forAll(strings().ascii().ofLengthBetween(0, 40))
        .checkAssert(text -> assertThat(DisplayNames.scripts(text)).isEqualTo(DisplayNames.scriptsByIcu(text)));
  }

  @Test
  void scriptsAreThoseOfTheLettersUsed() {
    qt().withExamples(300)
        .forAll(Gens.strings("NYP оаé1", 1, 20))
        .checkAssert(text -> {
          // An oracle of its own: N, Y, P and é are Latin, о and а Cyrillic, space and 1 belong to no script.
          Set<String> expected = new TreeSet<>();
          if (text.chars().anyMatch(c -> "NYPé".indexOf(c) >= 0)) {
            expected.add("Latin");
          }
          if (text.chars().anyMatch(c -> "оа".indexOf(c) >= 0)) {
            expected.add("Cyrillic");
          }
          assertThat(DisplayNames.scripts(text).scripts()).isEqualTo(expected);
          assertThat(DisplayNames.scripts(text)).isEqualTo(DisplayNames.scriptsByIcu(text));
        });
  }

  @Test
  void phraseSearch_agreesWithFoldingBothTextsFirst() {
    // Letters whose case folds oddly (dotted and dotless i, Kelvin sign, long s), white space that strip() or
    // the folding of runs removes, and phrases cut from the text itself so that many are found.
    String alphabet = "YoRk y-1 \t\u001C\u0130\u0131\u212A\u017Fs";
    qt().withExamples(3000)
        .forAll(Gens.strings(alphabet, 0, 14), Gens.strings(alphabet, 0, 4), integers().between(0, 14),
            integers().between(0, 6))
        .checkAssert((text, other, from, length) -> {
          int start = Math.min(from, text.length());
          String cut = text.substring(start, Math.min(text.length(), start + length));
          for (String phrase : new String[] {other, cut, cut.toUpperCase(java.util.Locale.ROOT)}) {
            assertThat(DisplayNames.containsPhrase(text, phrase))
                .as("\"%s\" in \"%s\"", phrase, text)
                .isEqualTo(DisplayNames.containsPhraseByFolding(text, phrase));
          }
        });
  }
}

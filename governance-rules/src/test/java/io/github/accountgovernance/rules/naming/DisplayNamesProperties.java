package io.github.accountgovernance.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** {@link DisplayNames#scripts(String)}: its ASCII shortcut agrees with ICU, and it names the scripts used. */
class DisplayNamesProperties {

  @Property(tries = 500)
  void asciiShortcut_agreesWithIcu(
      @ForAll @CharRange(from = 0, to = 127) @StringLength(max = 40) String text) {
    assertThat(DisplayNames.scripts(text)).isEqualTo(DisplayNames.scriptsByIcu(text));
  }

  @Property(tries = 300)
  void scriptsAreThoseOfTheLettersUsed(
      @ForAll @Chars({'N', 'Y', 'P', ' ', 'о', 'а', 'é', '1'}) @StringLength(min = 1, max = 20) String text) {
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
  }
}

package io.github.accountgovernance.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The ASCII shortcut of {@link DisplayNames#scripts(String)} agrees with ICU's answer. */
class DisplayNamesProperties {

  @Property(tries = 500)
  void asciiShortcut_agreesWithIcu(
      @ForAll @CharRange(from = 0, to = 127) @StringLength(max = 40) String text) {
    assertThat(DisplayNames.scripts(text)).isEqualTo(DisplayNames.scriptsByIcu(text));
  }

  @Property(tries = 300)
  void nonAsciiText_takesIcusAnswer(
      @ForAll @Chars({'N', 'Y', 'P', ' ', 'о', 'а', 'é', '1'}) @StringLength(min = 1, max = 20) String text) {
    assertThat(DisplayNames.scripts(text)).isEqualTo(DisplayNames.scriptsByIcu(text));
  }
}

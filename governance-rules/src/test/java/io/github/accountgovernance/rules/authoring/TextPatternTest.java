package io.github.accountgovernance.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class TextPatternTest {

  // A guard only: what is pinned is the refusal or the answer (issue 14: 60 s and more with java.util.regex).
  private static final Duration GUARD = Duration.ofSeconds(10);

  @Test
  void matches_isTheWholeText_foundIn_isAnywhere() {
    TextPattern collar = TextPattern.of("[A-Za-z]{0,2}\\d{1,5}[A-Za-z]{0,2}");

    assertThat(collar.matches("PC1234")).isTrue();
    assertThat(collar.matches("signed PC1234")).isFalse();
    assertThat(collar.foundIn("signed PC1234")).isTrue();
    assertThat(collar.foundIn("signed")).isFalse();
    assertThat(collar.pattern()).isEqualTo("[A-Za-z]{0,2}\\d{1,5}[A-Za-z]{0,2}");
    assertThat(collar).hasToString(collar.pattern()).isEqualTo(TextPattern.of(collar.pattern()));
    assertThat(collar.hashCode()).isEqualTo(collar.pattern().hashCode());
    assertThat(collar).isNotEqualTo(TextPattern.of("\\d{4}")).isNotEqualTo(collar.pattern());
  }

  @Test
  void theIssuesCollarPattern_withABackReference_isRefusedInWords() {
    assertThatThrownBy(() -> TextPattern.of("^(\\w+)+(\\1)?$"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("back-references such as \\1 or \\k<name> are not supported in \"^(\\w+)+(\\1)?$\": pack"
            + " patterns run on RE2/J, whose matching takes linear time, and these constructs need backtracking");
  }

  @Test
  void nestedQuantifiers_runInLinearTime_onTheIssuesSignature() {
    TextPattern nested = TextPattern.of("^(\\w+)+$");
    String signature = "a".repeat(35) + "!";

    boolean matched = assertTimeoutPreemptively(GUARD, () -> nested.matches(signature));

    assertThat(matched).isFalse();
    assertThat(assertTimeoutPreemptively(GUARD, () -> TextPattern.of("(a|aa)+$").foundIn("a".repeat(100_000) + "b")))
        .isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a\\k<x>|back-references",
        "(?=a)b|look-ahead and look-behind",
        "(?!a)b|look-ahead and look-behind",
        "(?<=a)b|look-ahead and look-behind",
        "(?<!a)b|look-ahead and look-behind",
        "(?>a)b|atomic groups",
        "a*+|possessive quantifiers",
        "a++|possessive quantifiers",
        "a?+|possessive quantifiers",
        "a{2}+|possessive quantifiers",
        "[a-z&&[^aeiou]]|class intersections",
        "[a-z[0-9]]|classes nested in classes"
      })
  void constructsThatNeedBacktracking_areRefusedByName(String pattern, String what) {
    assertThatThrownBy(() -> TextPattern.of(pattern))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(what)
        .hasMessageContaining("are not supported in \"" + pattern + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a+?", "a*?", "a??", "a{2,3}?", "(?i)abc", "(?i:a)b", "(?P<n>a)", "(?<n>a)", "\\p{L}+",
    "\\pL", "\\x{41}", "\\Qa+b\\E", "[[:alpha:]]+", "[]a]", "[^]a]", "[\\]]", "a{,3}", "\\d{4}", "a|b|", "\\b",
    "x{1000}", "(?:ab){10}c"})
  void everydaySyntax_isAccepted(String pattern) {
    assertThat(TextPattern.of(pattern).pattern()).isEqualTo(pattern);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(", "a)", "[a", "a{1001}", "\\e", "(?x)a", "*a"})
  void syntaxErrors_areRefusedWithRe2sWords(String pattern) {
    assertThatThrownBy(() -> TextPattern.of(pattern))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected a regular expression in RE2 syntax, but got \"" + pattern + "\": ");
  }

  @Test
  void aPatternLongerThanTheCap_isRefusedUncompiled() {
    String longest = "a".repeat(TextPattern.MAX_LENGTH);

    assertThat(TextPattern.of(longest).matches(longest)).isTrue();
    assertThatThrownBy(() -> assertTimeoutPreemptively(GUARD, () -> TextPattern.of("a".repeat(200_000))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected a regular expression of at most 2000 characters, but got \"aaaa")
        .hasMessageEndingWith("(200000 characters)");
    assertThatThrownBy(() -> TextPattern.of("a".repeat(TextPattern.MAX_LENGTH + 1)))
        .hasMessageStartingWith("expected a regular expression of at most 2000 characters");
  }

  @Test
  void nestedCountedRepetition_isRefusedBeforeItIsCompiled() {
    for (String pattern : new String[] {"(a{1000}){1000}", "((a{100}){100}){100}", "(?:(?:x{50}){50}){50}",
      "((((((((((a{10}){10}){10}){10}){10}){10}){10}){10}){10}){10})"}) {
      assertThatThrownBy(() -> assertTimeoutPreemptively(GUARD, () -> TextPattern.of(pattern)))
          .as(pattern)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("would compile to more than 20000 instructions");
    }
    assertThat(TextPattern.of("(a{100}){100}").matches("a".repeat(10_000))).isTrue();
  }

  @Test
  void manyCountedRepetitionsSideBySide_addUp() {
    String pattern = "(?:a{1000})".repeat(21);

    assertThatThrownBy(() -> TextPattern.of(pattern)).hasMessageContaining("more than 20000 instructions");
    assertThat(TextPattern.of("(?:a{1000})".repeat(19)).matches("a".repeat(19_000))).isTrue();
  }

  @Test
  void firstMatch_givesTheNamedGroup_orTheWholeMatch_orNothing() {
    TextPattern signOff = TextPattern.of("(?:^|\\s)[\\^~](?<signature>[^\\s^~][^^~\\n]{0,39}?)\\s*$");

    assertThat(signOff.firstMatch("Road closed near Thirsk. ^PC 1234 ", "signature")).contains("PC 1234");
    assertThat(signOff.firstMatch("A19 ^ A168", "signature")).isEmpty();
    assertThat(TextPattern.of("\\d+").firstMatch("PC 1234 and 99", "signature")).contains("1234");
    assertThat(TextPattern.of("a|(?<signature>b)").firstMatch("a", "signature")).isEmpty();
  }
}

package io.github.accountgovernance.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.rules.authoring.TextPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SignpostingTest {

  private static final TextPattern DEFAULT = MonitoringRules.NOT_REPORTING_PATTERN.defaultValue();

  /**
   * The default as it was written for java.util.regex, with a look-ahead that RE2 lacks: the oracle that the RE2
   * pattern, read over the text with its clause breaks marked, must agree with.
   */
  private static final Pattern WITH_LOOKAHEAD =
      Pattern.compile(
          "(?i)\\b(?:do\\s+not|don['\u2019]t|never)\\s+report\\s+(?:a\\s+|any\\s+)?crimes?\\b"
              + "|\\b(?:do\\s+not|don['\u2019]t|never)\\s+use(?:\\s+(?!(?:but|and|or|unless|except|if|so|then)\\b)"
              + "[\\p{L}'\u2019]+){0,4}\\s+(?:to\\s+report|for\\s+reporting)\\s+(?:a\\s+|any\\s+)?crimes?\\b"
              + "|\\b(?:not|never|cannot|can['\u2019]t)\\s+(?:currently\\s+|be\\s+|to\\s+be\\s+|being\\s+){0,3}used\\s+"
              + "(?:to\\s+report|for\\s+reporting)\\s+(?:a\\s+|any\\s+)?crimes?\\b"
              + "|\\bnot\\s+(?:currently\\s+)?(?:to\\s+report|for\\s+reporting)\\s+(?:a\\s+|any\\s+)?crimes?\\b");

  /** Words between "use" and the reporting phrase: the stop words, their prefixes, extensions and apostrophes. */
  private static final List<String> WORDS =
      List.of("this", "but", "BUT", "butter", "bu", "but's", "but\u2019", "'but", "and", "an", "andy", "or", "o",
          "order", "unless", "unles", "if", "iffy", "so", "some", "s", "then", "the", "thence", "except", "exc",
          "except's", "social", "media", "it's", "caf\u00e9", "Or", "ANDs");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Do not report crime here: call 101, or 999 in an emergency.",
        "Please don't report crimes on this page.",
        "Please don\u2019t report crime via Twitter.",
        "Never report a crime through this account.",
        "This account is not currently to be used for reporting crime.",
        "This page cannot be used to report crime.",
        "DO NOT REPORT CRIME HERE",
        "Despite stating that our social media accounts are not currently to be used for reporting crime",
        "This account is not monitored 24/7. Do not report crime here: call 101, or 999 in an emergency.",
        "Please do not use this account to report crime.",
        "Never use social media for reporting a crime.",
        "This feed should never be used to report any crime.",
        "This page is not for reporting crime: call 101.",
        "We ask you not to report crimes here."
      })
  void defaultPattern_findsWaysOfSayingNotToReportCrime(String text) {
    assertThat(Signposting.saysNotToReportCrime(text, DEFAULT, Signposting.CLAUSE_BREAKS)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Report crime to us by calling 101 or 999.",
        "You can report crime online at any time.",
        "Not monitored 24/7. Call 101. We report crime figures monthly.",
        "Not monitored 24/7, but you can DM us here to report a crime. Call 101, or 999 in an emergency.",
        "Not monitored 24/7 but you can use this page to report crime.",
        "We are not online overnight; message us to report crime.",
        "Not monitored at night: you can still report crime here.",
        "Do not hesitate to report crime here via DM.",
        "It is not hard to report crime online.",
        "Don't wait, report crime to us here.",
        "Do not use 999 unless it is an emergency, use this page to report crime.",
        "Don't use it unless you want to report crime.",
        "This account cannot reply, so use it to report crime only."
      })
  void defaultPattern_doesNotFindInvitationsToReportCrime(String text) {
    assertThat(Signposting.saysNotToReportCrime(text, DEFAULT, Signposting.CLAUSE_BREAKS)).isFalse();
  }

  @Test
  void defaultPattern_withoutLookAhead_agreesWithTheLookAheadItReplaces() {
    List<String> texts = new ArrayList<>();
    for (String first : WORDS) {
      texts.add("Please do not use " + first + " to report crime.");
      for (String second : WORDS) {
        texts.add("Don't use " + first + " " + second + " for reporting a crime.");
        texts.add("never use " + first + " this " + second + " account to report crimes");
      }
    }
    assertThat(texts).hasSizeGreaterThan(2000);
    for (String text : texts) {
      assertThat(Signposting.saysNotToReportCrime(text, DEFAULT, Signposting.CLAUSE_BREAKS))
          .as(text)
          .isEqualTo(WITH_LOOKAHEAD.matcher(text).find());
    }
  }

  @Test
  void clauseBreaks_areMarkedAsWholeWordsInAnyCase_keepingEveryOtherCharacterInPlace() {
    String text = "Don't use it, BUT android's order, 'but and-so x";

    assertThat(Signposting.markClauseBreaks(text, List.of("but", "and", "so")))
        .isEqualTo("Don't use it, ||| android's order, 'but |||-|| x")
        .hasSameSizeAs(text);
    assertThat(Signposting.markClauseBreaks(text, List.of())).isEqualTo(text);
  }

  @Test
  void clauseBreaks_areAParameter_soAPackDecidesWhichWordsEndAClause() {
    String text = "Don't use it unless you want to report crime.";

    assertThat(Signposting.saysNotToReportCrime(text, DEFAULT, Signposting.CLAUSE_BREAKS)).isFalse();
    assertThat(Signposting.saysNotToReportCrime(text, DEFAULT, List.of("but"))).isTrue();
    assertThat(DEFAULT.pattern()).doesNotContain("(?!").hasSizeLessThan(500);
  }

  @Test
  void phrases_areFoundAsWholeNumbersOrWords() {
    assertThat(Signposting.missingPhrases("Call 101, or 999 in an emergency.", List.of("101", "999"))).isEmpty();
    assertThat(Signposting.missingPhrases("Call 1010 or 19999.", List.of("101", "999")))
        .containsExactly("101", "999");
    assertThat(Signposting.missingPhrases("Use LIVE CHAT on our website.", List.of("live chat"))).isEmpty();
  }

  @Test
  void requiredPhrases_compiledOnce_checkManyTexts() {
    Signposting.RequiredPhrases phrases = Signposting.RequiredPhrases.of(List.of("101", "999", " ", "live chat"));

    assertThat(phrases.missingFrom("Call 101, or 999 in an emergency.")).containsExactly("live chat");
    assertThat(phrases.missingFrom("Call 1010 or use Live Chat.")).containsExactly("101", "999");
    assertThat(phrases.missingFrom("")).containsExactly("101", "999", "live chat");
  }

  @Test
  void phrases_endingInPunctuation_matchAsWritten() {
    assertThat(Signposting.containsPhrase("Call (101) now", "(101)")).isTrue();
    assertThat(Signposting.containsPhrase("Call 101 now", "(101)")).isFalse();
  }

  @Test
  void theDefaultPattern_roundTripsThroughItsText() {
    TextPattern parsed =
        MonitoringRules.NOT_REPORTING_PATTERN.parse(MonitoringRules.NOT_REPORTING_PATTERN.format(DEFAULT));

    assertThat(parsed).isEqualTo(DEFAULT);
  }
}

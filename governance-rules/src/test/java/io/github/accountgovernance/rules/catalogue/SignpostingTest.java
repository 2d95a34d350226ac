package io.github.accountgovernance.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SignpostingTest {

  private static final Pattern DEFAULT = MonitoringRules.NOT_REPORTING_PATTERN.defaultValue();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Do not report crime here: call 101, or 999 in an emergency.",
        "Please don't report crimes on this page.",
        "Please don\u2019t report crime via Twitter.",
        "Never report a crime through this account.",
        "This account is not currently to be used for reporting crime.",
        "This page cannot be used to report crime.",
        "DO NOT REPORT CRIME HERE"
      })
  void defaultPattern_findsWaysOfSayingNotToReportCrime(String text) {
    assertThat(Signposting.saysNotToReportCrime(text, DEFAULT)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Report crime to us by calling 101 or 999.",
        "You can report crime online at any time.",
        "Not monitored 24/7. Call 101. We report crime figures monthly."
      })
  void defaultPattern_doesNotFindInvitationsToReportCrime(String text) {
    assertThat(Signposting.saysNotToReportCrime(text, DEFAULT)).isFalse();
  }

  @Test
  void phrases_areFoundAsWholeNumbersOrWords() {
    assertThat(Signposting.missingPhrases("Call 101, or 999 in an emergency.", List.of("101", "999"))).isEmpty();
    assertThat(Signposting.missingPhrases("Call 1010 or 19999.", List.of("101", "999")))
        .containsExactly("101", "999");
    assertThat(Signposting.missingPhrases("Use LIVE CHAT on our website.", List.of("live chat"))).isEmpty();
  }

  @Test
  void phrases_endingInPunctuation_matchAsWritten() {
    assertThat(Signposting.containsPhrase("Call (101) now", "(101)")).isTrue();
    assertThat(Signposting.containsPhrase("Call 101 now", "(101)")).isFalse();
  }

  @Test
  void theDefaultPattern_roundTripsThroughItsText() {
    Pattern parsed = MonitoringRules.NOT_REPORTING_PATTERN.parse(MonitoringRules.NOT_REPORTING_PATTERN.format(DEFAULT));

    assertThat(parsed.pattern()).isEqualTo(DEFAULT.pattern());
  }
}

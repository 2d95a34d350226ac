package io.github.accountgovernance.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class ParameterTypeTest {

  // A guard only: the behaviour pinned is the refusal; a quadratic parser took 26 s on 40k digits (issue 14).
  private static final Duration GUARD = Duration.ofSeconds(10);

  @Test
  void duration_readsTheShortFormAndIso() {
    assertThat(ParameterType.DURATION.parse("28d")).isEqualTo(Duration.ofDays(28));
    assertThat(ParameterType.DURATION.parse(" 1h 30m ")).isEqualTo(Duration.ofMinutes(90));
    assertThat(ParameterType.DURATION.parse("1d2h3m4s")).isEqualTo(Duration.ofSeconds(86_400 + 7_200 + 184));
    assertThat(ParameterType.DURATION.parse("90 s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(ParameterType.DURATION.parse("PT24H")).isEqualTo(Duration.ofHours(24));
    assertThat(ParameterType.DURATION.parse("0s")).isEqualTo(Duration.ZERO);
  }

  @Test
  void duration_rangeEndsAreIncluded_andOneSecondMoreIsRefused() {
    assertThat(ParameterType.DURATION.parse("3650d")).isEqualTo(Duration.ofDays(3650));
    assertThat(ParameterType.DURATION.parse("PT87600H")).isEqualTo(Duration.ofDays(3650));
    assertThatThrownBy(() -> ParameterType.DURATION.parse("3650d1s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a duration from 0s to 3650d, in whole seconds, but got \"3650d1s\"");
    assertThatThrownBy(() -> ParameterType.DURATION.check(Duration.ofDays(3650).plusSeconds(1)))
        .hasMessage("expected a duration from 0s to 3650d, in whole seconds, but got \"87600h1s\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT-1S", "-PT1H", "PT0.5S", "999999999999999d", "9999999999999d", "PT9999999999999H"})
  void duration_outsideTheRange_isRefusedWithTheRange(String text) {
    assertThatThrownBy(() -> ParameterType.DURATION.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected a duration from 0s to 3650d");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "d", "12", "12x", "1h30", "h1", "1.5h", "P", "PTxH", "1d,2h"})
  void duration_notADuration_isRefusedQuotingTheText(String text) {
    assertThatThrownBy(() -> ParameterType.DURATION.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but got \"" + text + "\"");
  }

  @Test
  void duration_ofFortyThousandDigits_isRefusedUnreadWithAShortQuote() {
    String digits = "9".repeat(40_000);

    for (String text : new String[] {digits, digits + "d", "P" + digits + "D", "1d" + " ".repeat(40_000) + "x"}) {
      assertThatThrownBy(() -> assertTimeoutPreemptively(GUARD, () -> ParameterType.DURATION.parse(text)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\u2026\" (" + text.length() + " characters)")
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(250));
    }
  }

  @Test
  void duration_amountsSaturate_soAManyDigitAmountWithinTheLengthLimitIsOutOfRange() {
    // Below the length limit, every amount is read in one pass and saturates instead of overflowing.
    assertThatThrownBy(() -> ParameterType.DURATION.parse("99999999999999999999999999999999s"))
        .hasMessageStartingWith("expected a duration from 0s to 3650d");
    assertThatThrownBy(() -> ParameterType.DURATION.parse("3000d 3000d"))
        .hasMessageStartingWith("expected a duration from 0s to 3650d");
    assertThat(ParameterType.DURATION.parse("0000000000000000000001d")).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void duration_formatsSoThatItReadsBack() {
    for (Duration duration :
        new Duration[] {Duration.ZERO, Duration.ofSeconds(59), Duration.ofHours(24), Duration.ofDays(2),
          Duration.ofDays(3650), Duration.ofSeconds(90_061)}) {
      assertThat(ParameterType.DURATION.parse(ParameterType.DURATION.format(duration))).isEqualTo(duration);
    }
  }

  @Test
  void integer_readsWholeNumbersInItsRange() {
    assertThat(ParameterType.INTEGER.parse(" 2 ")).isEqualTo(2);
    assertThat(ParameterType.INTEGER.parse("+7")).isEqualTo(7);
    assertThat(ParameterType.INTEGER.parse("0")).isZero();
    assertThat(ParameterType.INTEGER.parse("-0")).isZero();
    assertThat(ParameterType.INTEGER.parse("1000000")).isEqualTo(ParameterType.MAX_INTEGER);
    assertThat(ParameterType.INTEGER.range()).isEqualTo("a whole number from 0 to 1000000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000001", "-1", "2147483648", "99999999999999999999", "", "-", "+", "two", "1.0", "1e3",
    "\u0662"})
  void integer_outsideTheRangeOrNotANumber_isRefused(String text) {
    assertThatThrownBy(() -> ParameterType.INTEGER.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a whole number from 0 to 1000000, but got \"" + text + "\"");
  }

  @Test
  void integer_ofFortyThousandDigits_isRefusedUnread() {
    String digits = "9".repeat(40_000);

    assertThatThrownBy(() -> assertTimeoutPreemptively(GUARD, () -> ParameterType.INTEGER.parse(digits)))
        .hasMessageEndingWith("\u2026\" (40000 characters)");
  }

  @Test
  void date_readsDatesInTheSupportedYears_only() {
    assertThat(ParameterType.DATE.parse("2021-03-31")).isEqualTo(LocalDate.of(2021, 3, 31));
    assertThat(ParameterType.DATE.parse("1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(ParameterType.DATE.parse("2200-12-31")).isEqualTo(LocalDate.of(2200, 12, 31));
    assertThatThrownBy(() -> ParameterType.DATE.parse("1899-12-31"))
        .hasMessage("expected a date from 1900-01-01 to 2200-12-31, but got \"1899-12-31\"");
    assertThatThrownBy(() -> ParameterType.DATE.parse("+1000000000-01-01"))
        .hasMessageStartingWith("expected a date from 1900-01-01 to 2200-12-31");
    assertThatThrownBy(() -> ParameterType.DATE.parse("31/03/2021"))
        .hasMessage("expected a date from 1900-01-01 to 2200-12-31 such as 2021-03-31, but got \"31/03/2021\"");
  }

  @Test
  void parameter_refusesAValueOutsideItsTypesRange_whetherReadOrSetInCode() {
    Parameter<Duration> gap = Parameter.of("maxGap", ParameterType.DURATION, Duration.ofHours(24), "longest gap");

    assertThatThrownBy(() -> gap.check(Duration.ofDays(9_999_999)))
        .hasMessageStartingWith("parameter maxGap: expected a duration from 0s to 3650d");
    assertThatThrownBy(() -> gap.parse("9999999d"))
        .hasMessage("parameter maxGap: expected a duration from 0s to 3650d, in whole seconds, but got \"9999999d\"");
    assertThatThrownBy(() -> Parameter.of("n", ParameterType.INTEGER, -1, "a count"))
        .hasMessage("the default of parameter n: expected a whole number from 0 to 1000000, but got \"-1\"");
  }

  @Test
  void typesOfOnesOwn_haveNoRange() {
    ParameterType<String> words = ParameterType.of("words", text -> text, text -> text);

    assertThat(words.range()).isEmpty();
    assertThat(words.check("anything")).isEqualTo("anything");
  }
}

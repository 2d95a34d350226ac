package io.github.accountgovernance.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class SupportedTimeTest {

  @Test
  void theRange_isTheYears1900To2200InUtc() {
    assertThat(SupportedTime.FIRST_DATE).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(SupportedTime.LAST_DATE).isEqualTo(LocalDate.of(2200, 12, 31));
    assertThat(SupportedTime.FIRST_INSTANT).isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
    assertThat(SupportedTime.LAST_INSTANT).isEqualTo(Instant.parse("2200-12-31T23:59:59Z"));
  }

  @Test
  void dates_bothEndsIncluded_theDaysOutsideRefused() {
    assertThat(SupportedTime.contains(SupportedTime.FIRST_DATE)).isTrue();
    assertThat(SupportedTime.contains(SupportedTime.LAST_DATE)).isTrue();
    assertThat(SupportedTime.contains(SupportedTime.FIRST_DATE.minusDays(1))).isFalse();
    assertThat(SupportedTime.contains(SupportedTime.LAST_DATE.plusDays(1))).isFalse();
    assertThat(SupportedTime.requireDate("closure date", LocalDate.of(2021, 3, 31))).isEqualTo("2021-03-31");
    assertThatThrownBy(() -> SupportedTime.requireDate("closure date", LocalDate.of(1_000_000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("closure date must lie between 1900-01-01 and 2200-12-31, but was +1000000-01-01");
  }

  @Test
  void instants_bothEndsIncluded_theSecondsOutsideRefused() {
    assertThat(SupportedTime.contains(SupportedTime.FIRST_INSTANT)).isTrue();
    assertThat(SupportedTime.contains(SupportedTime.LAST_INSTANT)).isTrue();
    assertThat(SupportedTime.contains(SupportedTime.FIRST_INSTANT.minusSeconds(1))).isFalse();
    assertThat(SupportedTime.contains(SupportedTime.LAST_INSTANT.plusSeconds(1))).isFalse();
    Instant asOf = Instant.parse("2021-04-06T00:00:00Z");
    assertThat(SupportedTime.requireInstant("asOf", asOf)).isSameAs(asOf);
    assertThatThrownBy(() -> SupportedTime.requireInstant("asOf", Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("asOf must lie between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59Z, but was "
            + "+1000000000-12-31T23:59:59.999999999Z");
  }

  @Test
  void windows_mayEndTheSecondAfterTheLastInstant_butNoLater() {
    long first = SupportedTime.FIRST_INSTANT.getEpochSecond();
    long last = SupportedTime.LAST_INSTANT.getEpochSecond();
    TimeWindow widest = TimeWindow.ofEpochSeconds(first, last + 1);

    assertThat(SupportedTime.requireWindow("absence", widest)).isSameAs(widest);
    assertThat(SupportedTime.contains(widest)).isTrue();
    assertThat(SupportedTime.contains(TimeWindow.ofEpochSeconds(first - 1, first))).isFalse();
    assertThat(SupportedTime.contains(TimeWindow.ofEpochSeconds(last, last + 2))).isFalse();
    assertThatThrownBy(() -> SupportedTime.requireWindow("absence", TimeWindow.ofEpochSeconds(first - 1, first)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("absence must lie between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59Z, but was "
            + "[1899-12-31T23:59:59Z, 1900-01-01T00:00:00Z)");
    assertThatThrownBy(() -> SupportedTime.requireWindow("absence", TimeWindow.ofEpochSeconds(last, last + 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

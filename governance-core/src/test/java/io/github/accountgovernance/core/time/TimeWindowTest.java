package io.github.accountgovernance.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class TimeWindowTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static TimeWindow window(String start, Duration length) {
    return TimeWindow.of(LocalDateTime.parse(start).atZone(LONDON).toInstant(), length);
  }

  @Test
  void format_keepsItsShapeAcrossMidnight() {
    assertThat(window("2021-03-06T22:00", Duration.ofHours(10)).format(LONDON))
        .isEqualTo("Sat 6 Mar 2021 22:00 – Sun 7 Mar 08:00 GMT, 10 h");
    assertThat(window("2021-03-06T08:00", Duration.ofHours(8)).format(LONDON))
        .isEqualTo("Sat 6 Mar 2021 08:00 – 16:00 GMT, 8 h");
    assertThat(window("2021-12-31T22:00", Duration.ofHours(10)).format(LONDON))
        .isEqualTo("Fri 31 Dec 2021 22:00 – Sat 1 Jan 2022 08:00 GMT, 10 h");
  }

  @Test
  void format_abbreviatesSeptemberToThreeLettersWhateverTheJdksLocaleData() {
    // CLDR's en-GB abbreviation is "Sept" on newer JDKs; reports stay byte-stable with fixed names.
    assertThat(window("2021-09-04T22:00", Duration.ofHours(10)).format(LONDON))
        .isEqualTo("Sat 4 Sep 2021 22:00 – Sun 5 Sep 08:00 BST, 10 h");
  }

  @Test
  void format_namesTheZoneAtEachEndOfAWindowAcrossAClockChange() {
    // The clocks went forward at 01:00 GMT on Sunday 28 March 2021 and back at 01:00 UTC on Sunday 31 October.
    assertThat(window("2021-03-27T22:00", Duration.ofHours(9)).format(LONDON))
        .isEqualTo("Sat 27 Mar 2021 22:00 GMT – Sun 28 Mar 08:00 BST, 9 h");
    assertThat(window("2021-10-30T22:00", Duration.ofHours(11)).format(LONDON))
        .isEqualTo("Sat 30 Oct 2021 22:00 BST – Sun 31 Oct 08:00 GMT, 11 h");
    // The hour the clocks repeat: 01:00 to 02:00 local time happens twice, once in each zone.
    assertThat(TimeWindow.of(Instant.parse("2021-10-31T00:30:00Z"), Duration.ofHours(1)).format(LONDON))
        .isEqualTo("Sun 31 Oct 2021 01:30 BST – 01:30 GMT, 1 h");
  }

  @Test
  void formatInstant_showsLocalTimeWithTheZonesAbbreviation() {
    assertThat(TimeWindow.formatInstant(Instant.parse("2021-03-01T00:00:00Z"), LONDON))
        .isEqualTo("Mon 1 Mar 2021 00:00 GMT");
    assertThat(TimeWindow.formatInstant(Instant.parse("2021-04-06T00:00:00Z"), LONDON))
        .isEqualTo("Tue 6 Apr 2021 01:00 BST");
    assertThat(TimeWindow.formatInstant(Instant.parse("2021-04-06T00:00:00Z"), ZoneId.of("Europe/Paris")))
        .isEqualTo("Tue 6 Apr 2021 02:00 CEST");
    assertThat(TimeWindow.formatInstant(Instant.parse("2021-04-06T00:00:00Z"), ZoneOffset.UTC))
        .isEqualTo("Tue 6 Apr 2021 00:00 UTC");
  }

  @Test
  void format_namesEveryDayAndMonthWithThreeEnglishLetters() {
    List<String> days = new ArrayList<>();
    for (int day = 1; day <= 7; day++) {
      // 1 to 7 March 2021 run from Monday to Sunday.
      days.add(window("2021-03-0" + day + "T09:00", Duration.ofHours(1)).format(LONDON).substring(0, 3));
    }
    List<String> months = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      String text = window(String.format(Locale.ROOT, "2021-%02d-15T09:00", month), Duration.ofHours(1)).format(LONDON);
      months.add(text.split(" ")[2]);
    }

    assertThat(days).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    assertThat(months)
        .containsExactly("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
  }

  @Test
  void of_refusesAFractionOfASecond_atEitherEnd() {
    Instant start = Instant.parse("2021-03-06T22:00:00Z");
    Instant end = Instant.parse("2021-03-07T08:00:00Z");

    assertThatThrownBy(() -> TimeWindow.of(start.plusMillis(1), end))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start must be a whole second, but was 2021-03-06T22:00:00.001Z (truncate it with"
            + " truncatedTo(SECONDS))");
    assertThatThrownBy(() -> TimeWindow.of(start, end.plusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("end must be a whole second, but was 2021-03-07T08:00:00.000000001Z");
    assertThatThrownBy(() -> TimeWindow.of(start, Duration.ofMillis(1500)))
        .hasMessageStartingWith("end must be a whole second");
    assertThat(TimeWindow.of(start, end).duration()).isEqualTo(Duration.ofHours(10));
  }

  @Test
  void ofEpochSeconds_needsAnEndAfterTheStart_oneSecondIsEnough() {
    assertThat(TimeWindow.ofEpochSeconds(100, 101).duration()).isEqualTo(Duration.ofSeconds(1));
    assertThatThrownBy(() -> TimeWindow.ofEpochSeconds(100, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a time window must end after it starts, but got [1970-01-01T00:01:40Z, 1970-01-01T00:01:40Z)");
    assertThatThrownBy(() -> TimeWindow.ofEpochSeconds(100, 99)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void compareTo_ordersByStartThenEnd_asReportsListWindows() {
    TimeWindow early = TimeWindow.ofEpochSeconds(0, 10);
    TimeWindow earlyLonger = TimeWindow.ofEpochSeconds(0, 20);
    TimeWindow late = TimeWindow.ofEpochSeconds(5, 6);

    assertThat(early.compareTo(earlyLonger)).isNegative();
    assertThat(earlyLonger.compareTo(early)).isPositive();
    assertThat(early.compareTo(late)).isNegative();
    assertThat(late.compareTo(earlyLonger)).isPositive();
    assertThat(early.compareTo(TimeWindow.ofEpochSeconds(0, 10))).isZero();
    assertThat(early).isEqualTo(TimeWindow.ofEpochSeconds(0, 10)).isNotEqualTo(earlyLonger).isNotEqualTo(late)
        .hasSameHashCodeAs(TimeWindow.ofEpochSeconds(0, 10));
    assertThat(early.hashCode()).isNotEqualTo(earlyLonger.hashCode());
  }
}

package io.github.accountgovernance.core.time;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link TimeWindow#format}'s hand-written text is, byte for byte, what the JDK's formatters write: in zones with
 * clock changes (whole and half hours), fixed offsets and UTC, for windows inside a day, across days, years and
 * clock changes, and for years the fast path hands back to the formatters.
 */
final class TimeWindowFormatProperties {

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/London"),
          ZoneId.of("Europe/Paris"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Asia/Kolkata"),
          ZoneOffset.UTC,
          ZoneOffset.ofHoursMinutes(-3, -30),
          ZoneId.of("UTC"));

  /** Seconds from 1969 to 2040 and a few from far years; lengths from a second to two years. */
  private static Gen<TimeWindow> windows() {
    Gen<Long> starts =
        SourceDSL.longs().between(-86_400L * 365, 2_208_988_800L)
            .mix(SourceDSL.longs().between(-62_000_000_000L, 253_402_000_000L), 10);
    Gen<Long> lengths =
        SourceDSL.longs().between(1L, 86_400L)
            .mix(SourceDSL.longs().between(1L, 86_400L * 3), 30)
            .mix(SourceDSL.longs().between(1L, 86_400L * 730), 15);
    return starts.zip(lengths, (start, length) -> TimeWindow.ofEpochSeconds(start, start + length));
  }

  @Test
  void format_isWhatTheJdksFormattersWrite() {
    qt().withExamples(5_000)
        .forAll(windows(), SourceDSL.integers().between(0, ZONES.size() - 1))
        .checkAssert((window, zone) ->
            assertThat(window.format(ZONES.get(zone))).isEqualTo(window.formatWithFormatters(ZONES.get(zone))));
  }

  @Test
  void format_acrossTheSpringClockChange_namesBothZones() {
    TimeWindow night = TimeWindow.ofEpochSeconds(1_616_882_400L, 1_616_918_400L);

    assertThat(night.format(ZoneId.of("Europe/London")))
        .isEqualTo("Sat 27 Mar 2021 22:00 GMT – Sun 28 Mar 09:00 BST, 10 h")
        .isEqualTo(night.formatWithFormatters(ZoneId.of("Europe/London")));
  }
}

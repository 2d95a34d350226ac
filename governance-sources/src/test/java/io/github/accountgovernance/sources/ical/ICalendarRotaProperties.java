package io.github.accountgovernance.sources.ical;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.io.EstateFiles;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A rota kept as a recurring calendar event covers exactly what the same rota written as a weekly pattern covers,
 * by the monitoring coverage (the oracle), through both clock changes of 2021: 28 March and 31 October.
 */
final class ICalendarRotaProperties {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

  private static final String ESTATE =
      """
      schema: account-governance/estate@1
      force: {name: North Yorkshire Police, zone: Europe/London}
      asOf: 2021-01-01T00:00:00Z
      accounts:
        - {id: york-x, platform: x, handle: "@NYP_York", displayName: NYP York, tier: district, status: active}
      contributors:
        - {id: c1402, kind: officer, name: PC Alex Example}
      """;

  /** A weekly pattern: its window, and its first and (excluded) last valid dates, around the clock changes. */
  record Pattern(WeeklyWindow window, LocalDate validFrom, LocalDate validUntil) {}

  @TempDir Path dir;

  private static Gen<Pattern> patterns() {
    Gen<WeeklyWindow> windows = Generate.range(1, 7).zip(Generate.range(0, 95), Generate.range(1, 95),
        (day, start, length) -> {
          LocalTime from = LocalTime.MIN.plusMinutes(15L * start);
          LocalTime to = from.plusMinutes(15L * length);
          return WeeklyWindow.of(DayOfWeek.of(day), from, to);
        });
    // Patterns that start in the weeks before a clock change and end in the weeks after.
    Gen<LocalDate> starts = Generate.pick(java.util.List.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 10, 4)))
        .zip(Generate.range(0, 30), (first, days) -> first.plusDays(days));
    return windows.zip(starts, Generate.range(1, 60),
        (window, from, days) -> new Pattern(window, from, from.plusDays(days)));
  }

  @Test
  void aRecurringEvent_coversExactlyWhatTheWeeklyPatternCovers() {
    qt().withExamples(60).forAll(patterns()).checkAssert(pattern -> {
      Estate weekly = write("weekly", ESTATE + "rota:\n  - {contributor: c1402, account: york-x, weekly: \""
          + pattern.window() + "\", validFrom: " + pattern.validFrom() + ", validUntil: " + pattern.validUntil()
          + "}\n", null);
      Estate calendar = write("calendar", ESTATE + "sources:\n  rota: {file: rota.ics, accounts: {York: york-x},"
          + " people: {alex@example.org: c1402}}\n", ics(pattern));

      Instant asOf = Instant.parse("2021-02-01T00:00:00Z");
      Duration horizon = Duration.ofDays(330);
      assertThat(MonitoringCoverage.analyse(calendar, asOf, horizon).account("york-x").coverOf("c1402"))
          .isEqualTo(MonitoringCoverage.analyse(weekly, asOf, horizon).account("york-x").coverOf("c1402"));
    });
  }

  private Estate write(String name, String estate, String ics) {
    try {
      Path folder = Files.createDirectories(dir.resolve(name));
      if (ics != null) {
        Files.writeString(folder.resolve("rota.ics"), ics);
      }
      Path file = folder.resolve("estate.yaml");
      Files.writeString(file, estate);
      return EstateFiles.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pattern as Outlook writes it: the first occurrence, its end, and a weekly rule up to the last date. */
  private static String ics(Pattern pattern) {
    WeeklyWindow window = pattern.window();
    LocalDate first = pattern.validFrom().with(TemporalAdjusters.nextOrSame(window.day()));
    LocalDateTime start = first.atTime(window.from());
    LocalDateTime end = (window.endsNextDay() ? first.plusDays(1) : first).atTime(window.to());
    String day = window.day().name().substring(0, 2);
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:pattern\r\nCATEGORIES:York\r\n"
        + "ATTENDEE:mailto:alex@example.org\r\n"
        + "DTSTART;TZID=GMT Standard Time:" + LOCAL.format(start) + "\r\n"
        + "DTEND;TZID=GMT Standard Time:" + LOCAL.format(end) + "\r\n"
        + "RRULE:FREQ=WEEKLY;BYDAY=" + day + ";UNTIL=" + DAY.format(pattern.validUntil().minusDays(1)) + "\r\n"
        + "END:VEVENT\r\nEND:VCALENDAR\r\n";
  }
}

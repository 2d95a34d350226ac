package io.github.accountgovernance.sources.ical;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.io.EstateFiles;
import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.io.ReadLimits;
import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.InvalidEstateException;
import io.github.accountgovernance.core.model.RotaAssignment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import io.github.accountgovernance.sources.SourceFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ICalendarSourcesTest {

  static final String ESTATE =
      """
      schema: account-governance/estate@1
      force: {name: North Yorkshire Police, zone: Europe/London, districts: [{code: york, name: York}]}
      asOf: 2021-03-01T00:00:00Z
      sources:
        rota:
          file: rota.ics
          people:
            alex.example@northyorkshire.police.uk: c1402
            sam.example@northyorkshire.police.uk: s-sam
          accounts:
            NYP York: york-x
        absences:
          file: leave.ics
          people:
            alex.example@northyorkshire.police.uk: c1402
      accounts:
        - {id: york-x, platform: x, handle: "@NYP_York", displayName: NYP York, tier: district, status: active,
           district: york}
      contributors:
        - {id: c1402, kind: officer, name: PC Alex Example, collarNumber: 1402, district: york}
        - {id: s-sam, kind: staff, name: Sam Example}
      """;

  static final String ROTA =
      """
      BEGIN:VCALENDAR\r
      VERSION:2.0\r
      PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
      BEGIN:VTIMEZONE\r
      TZID:GMT Standard Time\r
      BEGIN:STANDARD\r
      DTSTART:16011028T020000\r
      TZOFFSETFROM:+0100\r
      TZOFFSETTO:-0000\r
      END:STANDARD\r
      END:VTIMEZONE\r
      BEGIN:VEVENT\r
      UID:nights-0001\r
      SUMMARY:Nights\r
      CATEGORIES:NYP York\r
      ATTENDEE;CN=Alex Example:mailto:Alex.Example@northyorkshire.police.uk\r
      DTSTART;TZID=GMT Standard Time:20210320T220000\r
      DTEND;TZID=GMT Standard Time:20210321T080000\r
      RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=4\r
      EXDATE;TZID=GMT Standard Time:20210403T220000\r
      END:VEVENT\r
      BEGIN:VEVENT\r
      UID:nights-0001\r
      RECURRENCE-ID;TZID=GMT Standard Time:20210327T220000\r
      CATEGORIES:NYP York\r
      ATTENDEE:mailto:sam.example@northyorkshire.police.uk\r
      DTSTART;TZID=GMT Standard Time:20210327T230000\r
      DTEND;TZID=GMT Standard Time:20210328T080000\r
      END:VEVENT\r
      BEGIN:VEVENT\r
      UID:one-off\r
      CATEGORIES:NYP York\r
      ATTENDEE:mailto:sam.example@northyorkshire.police.uk\r
      DTSTART:20210305T090000Z\r
      DURATION:PT8H\r
      END:VEVENT\r
      END:VCALENDAR\r
      """;

  static final String LEAVE =
      """
      BEGIN:VCALENDAR
      VERSION:2.0
      BEGIN:VEVENT
      UID:leave-1
      CATEGORIES:Leave
      ATTENDEE:mailto:alex.example@northyorkshire.police.uk
      DTSTART;VALUE=DATE:20210329
      DTEND;VALUE=DATE:20210402
      END:VEVENT
      END:VCALENDAR
      """;

  @TempDir Path dir;

  private Path estate(String estate, String rota, String leave) throws IOException {
    Files.writeString(dir.resolve("rota.ics"), rota);
    Files.writeString(dir.resolve("leave.ics"), leave);
    Path file = dir.resolve("estate.yaml");
    Files.writeString(file, estate);
    return file;
  }

  private static List<String> problems(Path file) {
    return SourceFolders.problemTexts(file);
  }

  private static RotaAssignment shift(String who, String from, String to) {
    return RotaAssignment.shift(who, "york-x",
        io.github.accountgovernance.core.time.TimeWindow.of(Instant.parse(from), Instant.parse(to)));
  }

  @Test
  void recurringShifts_expandWithExdateOverridesAndTheClockChange() throws IOException {
    Estate estate = EstateFiles.read(estate(ESTATE, ROTA, LEAVE));

    assertThat(estate.rota()).containsExactlyInAnyOrder(
        shift("s-sam", "2021-03-05T09:00:00Z", "2021-03-05T17:00:00Z"),
        shift("c1402", "2021-03-20T22:00:00Z", "2021-03-21T08:00:00Z"),
        // moved to 23:00 and to Sam; the clocks go forward that night, so it ends at 08:00 BST
        shift("s-sam", "2021-03-27T23:00:00Z", "2021-03-28T07:00:00Z"),
        // 3 April excluded; the fourth occurrence is 10 April, in summer time
        shift("c1402", "2021-04-10T21:00:00Z", "2021-04-11T07:00:00Z"));
  }

  @Test
  void allDayLeave_isWholeDaysInTheForcesZone() throws IOException {
    Estate estate = EstateFiles.read(estate(ESTATE, ROTA, LEAVE));

    assertThat(estate.absences()).extracting(Absence::contributor, a -> a.window().start(), a -> a.window().end())
        .containsExactly(org.assertj.core.api.Assertions.tuple("c1402", Instant.parse("2021-03-28T23:00:00Z"),
            Instant.parse("2021-04-01T23:00:00Z")));
    assertThat(estate.absences().get(0).reason().name()).isEqualTo("LEAVE");
  }

  @Test
  void everySourcedRotaEntry_remembersItsEvent() throws IOException {
    Estate estate = EstateFiles.read(estate(ESTATE, ROTA, LEAVE));

    assertThat(estate.locationOf(shift("s-sam", "2021-03-05T09:00:00Z", "2021-03-05T17:00:00Z")).orElseThrow()
        .line()).isEqualTo(30);
  }

  @Test
  void unknownPeopleAndAccounts_areNamedAtTheirEvent() throws IOException {
    String rota = ROTA.replace("ATTENDEE:mailto:sam.example@northyorkshire.police.uk\r\nDTSTART;TZID",
        "ATTENDEE:mailto:sam.exmple@northyorkshire.police.uk\r\nDTSTART;TZID")
        .replace("UID:one-off\r\nCATEGORIES:NYP York", "UID:one-off\r\nCATEGORIES:NYP Yrok");

    assertThat(problems(estate(ESTATE, rota, LEAVE))).containsExactly(
        "rota.ics:26:1: event UID nights-0001: no contributor with e-mail sam.exmple@northyorkshire.police.uk"
            + " (did you mean \"sam.example@northyorkshire.police.uk\"?); add it under people: in the source",
        "rota.ics:30:1: event UID one-off: no account for \"NYP Yrok\" (did you mean \"NYP York\"?); add it under"
            + " accounts: in the source");
  }

  @Test
  void aRuleWithoutEnd_isAProblemUnlessTheSourceSaysHowFarToExpandIt() throws IOException {
    String rota = ROTA.replace("RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=4", "RRULE:FREQ=WEEKLY;BYDAY=SA");

    assertThat(problems(estate(ESTATE, rota, LEAVE))).containsExactly(
        "rota.ics:19:1: event UID nights-0001: RRULE FREQ=WEEKLY;BYDAY=SA repeats without end (no UNTIL or"
            + " COUNT); give it an end, or give the source until: a date to expand it up to");
    Estate estate = EstateFiles.read(estate(ESTATE.replace("    file: rota.ics", "    file: rota.ics\n"
        + "    until: 2021-04-30"), rota, LEAVE));
    assertThat(estate.rota()).hasSize(6);
  }

  @Test
  void aRuleThatExpandsBeyondTheLimit_isRefusedAtTheRule() throws IOException {
    String rota = ROTA.replace("RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=4", "RRULE:FREQ=DAILY;UNTIL=99991231T000000Z");
    Path file = estate(ESTATE, rota, LEAVE);

    assertThat(problems(file)).containsExactly(
        "rota.ics:19:1: event UID nights-0001: RRULE FREQ=DAILY;UNTIL=99991231T000000Z expands to more than"
            + " 2,000,000 occurrences, the limit for untrusted files (ReadLimits.maxRotaEntries); if the file is"
            + " trusted, raise it with ReadLimits.builder().maxRotaEntries(...); otherwise give it an earlier UNTIL"
            + " or a smaller COUNT");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> EstateReader.yaml().withLimits(ReadLimits.builder().maxRotaEntries(100).build()).read(file))
        .isInstanceOf(InvalidEstateException.class)
        .hasMessageContaining("expands to more than 100 occurrences");
  }

  @Test
  void aCutShortCalendar_isReportedAtItsEnd() throws IOException {
    String rota = ROTA.substring(0, ROTA.indexOf("END:VEVENT"));

    assertThat(problems(estate(ESTATE, rota, LEAVE))).containsExactly(
        "rota.ics:21:1: rota: the file ends inside BEGIN:VEVENT (it was cut short?); it needs END:VEVENT");
  }

  @Test
  void anUnknownZone_isNamed() throws IOException {
    String leave = LEAVE.replace("DTSTART;VALUE=DATE:20210329\nDTEND;VALUE=DATE:20210402",
        "DTSTART;TZID=Yorkshire Time:20210329T090000\nDTEND;TZID=Yorkshire Time:20210329T170000");

    assertThat(problems(estate(ESTATE, ROTA, leave))).containsExactly(
        "leave.ics:7:1: event UID leave-1: unknown time zone \"Yorkshire Time\" in DTSTART; name an IANA zone such"
            + " as Europe/London, or a Windows zone such as GMT Standard Time");
  }
}

package io.github.accountgovernance.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code governance init DIR}: a starter estate folder for a force: the estate file naming its sources, CSV
 * registers with their header row and one fictional example row, and example rota and leave calendars.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = GovernanceCommand.Version.class,
    description = {
      "Writes a starter estate folder: estate.yaml (with what to fill in), CSV registers of accounts, people,"
          + " access, closure plans and observed handles, and iCalendar rota and leave calendars, each with one"
          + " fictional example.",
      "Exit code 0: written; 2: the folder is not empty, or cannot be written."
    })
final class InitCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create (it must not exist or be empty).")
  private Path folder;

  @Option(names = "--force-name", paramLabel = "NAME", description = "The force's name (default: Example Police).")
  private String forceName = "Example Police";

  @Option(names = "--as-of", paramLabel = "DATE", description = "The estate's date, yyyy-mm-dd (default: today).")
  private LocalDate asOf;

  InitCommand() {}

  @Override
  public Integer call() throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> inside = Files.list(folder)) {
        if (inside.findAny().isPresent()) {
          throw new InputException(folder + " is not empty; init writes a new folder and"
              + " replaces nothing");
        }
      }
    }
    Files.createDirectories(folder);
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneId.of("Europe/London"));
    for (Map.Entry<String, String> file : files(forceName.replace("\"", "'"), date).entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    spec.commandLine().getErr().println("governance: wrote a starter estate to " + folder + "; fill in the"
        + " registers, then run: governance check " + folder.resolve("estate.yaml"));
    return GovernanceCommand.OK;
  }

  private static Map<String, String> files(String force, LocalDate date) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("estate.yaml", """
        # The social-media estate of %1$s, read by `governance check estate.yaml`.
        #
        # What to fill in (every person and account below is a FICTIONAL example: replace them):
        #   - force: your force's name, its time zone, and its districts (code and name); handleConventions say how
        #     official handles are built, such as "%2$s_{district}".
        #   - asOf: the date this estate describes.
        #   - accounts.csv: one row per account (id, platform x/instagram/facebook, handle, displayName, tier,
        #     status, district, owningTeam, monitoredHours "Mon 08:00-18:00; Tue 08:00-18:00" or 24/7, ...).
        #   - people.csv: everyone who posts or monitors (id, kind officer/staff/volunteer, name, collarNumber, ...).
        #   - access.csv: who may post on or administer which account (contributor, account, role poster/administrator).
        #   - closure-plans.csv: for accounts being closed (account, successors, finalMessage, closureDate, ...).
        #   - observed-handles.csv: handles seen on the platforms that are not yours (platform, handle, note).
        #   - rota.ics: the monitoring rota as a calendar; each event's attendee is a person (people: below maps
        #     e-mail addresses to ids) and its category is the account.
        #   - leave.ics: leave and absences as all-day (or timed) events; the category is the reason.
        # The columns and options are described in docs/estate-format.md (sources).
        schema: account-governance/estate@1

        force:
          name: "%1$s"
          zone: Europe/London
          districts:
            - {code: central, name: Central}
          handleConventions:
            force-wide: %2$s
            district: "%2$s_{district}"

        asOf: %3$s

        sources:
          accounts: accounts.csv
          contributors: people.csv
          grants: access.csv
          closurePlans: closure-plans.csv
          observedHandles: observed-handles.csv
          rota:
            file: rota.ics
            contributor: attendee
            account: categories
            people:
              alex.example@example.police.uk: c-0001
          absences:
            file: leave.ics
            contributor: attendee
            reason: categories
            people:
              alex.example@example.police.uk: c-0001
        """.formatted(force, handle(force), date));
    files.put("accounts.csv", "id,platform,handle,displayName,tier,status,district,owningTeam,monitoredHours,bio\r\n"
        + "force-x,x,@" + handle(force) + "," + force + ",force-wide,active,,Corporate Communications,"
        + "\"Mon 08:00-18:00; Tue 08:00-18:00; Wed 08:00-18:00; Thu 08:00-18:00; Fri 08:00-18:00\","
        + "\"Official account of " + force + ". Not monitored 24/7: call 101, or 999 in an emergency.\"\r\n");
    files.put("people.csv", "id,kind,name,collarNumber,district,team,status\r\n"
        + "c-0001,officer,PC Alex Example,1234,central,Corporate Communications,serving\r\n");
    files.put("access.csv", "contributor,account,role\r\nc-0001,force-x,poster\r\n");
    files.put("closure-plans.csv", "account,successors,finalMessage,finalMessageOn,closureDate,archivedOn\r\n");
    files.put("observed-handles.csv", "platform,handle,observedOn,note\r\n");
    String monday = date.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
        .toString().replace("-", "");
    files.put("rota.ics", String.join("\r\n",
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//account-governance//init//EN",
        "BEGIN:VEVENT", "UID:rota-example-0001", "SUMMARY:Monitoring the force account",
        "CATEGORIES:force-x", "ATTENDEE;CN=PC Alex Example:mailto:alex.example@example.police.uk",
        "DTSTART;TZID=Europe/London:" + monday + "T080000", "DTEND;TZID=Europe/London:" + monday + "T180000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=260", "END:VEVENT", "END:VCALENDAR", ""));
    String leave = date.plusDays(14).toString().replace("-", "");
    String back = date.plusDays(19).toString().replace("-", "");
    files.put("leave.ics", String.join("\r\n",
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//account-governance//init//EN",
        "BEGIN:VEVENT", "UID:leave-example-0001", "SUMMARY:Annual leave", "CATEGORIES:leave",
        "ATTENDEE;CN=PC Alex Example:mailto:alex.example@example.police.uk",
        "DTSTART;VALUE=DATE:" + leave, "DTEND;VALUE=DATE:" + back, "END:VEVENT", "END:VCALENDAR", ""));
    return files;
  }

  /** A handle from the force's name: its words run together, such as ExamplePolice. */
  private static String handle(String force) {
    String letters = force.replaceAll("[^A-Za-z0-9]", "");
    return letters.isEmpty() ? "ExamplePolice" : letters.length() > 15 ? letters.substring(0, 15) : letters;
  }
}

package io.github.accountgovernance.examples.cli;

import static io.github.accountgovernance.examples.cli.Cli.AFTER;
import static io.github.accountgovernance.examples.cli.Cli.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Reports for people show local times with the zone's abbreviation, so that times near a clock change read right:
 * the clocks went forward at 01:00 GMT on Sunday 28 March 2021, inside the before estate's horizon, and the after
 * estate is as of midnight UTC on 6 April, which is 01:00 BST. JSON keeps instants in UTC and names the zone.
 */
final class LocalTimesInReportsTest {

  private static String report(String example, String format) {
    // Without locations: these tests are about the times reports show, not where subjects are defined.
    Cli.Run run = Cli.run("check", "--example", example, "--format", format, "--no-locations");
    assertThat(run.code()).as("%s", run).isIn(GovernanceCommand.OK, GovernanceCommand.VIOLATIONS);
    return run.out();
  }

  @Test
  void header_showsTheAsOfInLocalTimeWithItsZone() {
    assertThat(report(AFTER, "text")).startsWith("npcc2021 (NPCC consolidated model (North Yorkshire, 2021)) for North"
        + " Yorkshire Police as of Tue 6 Apr 2021 01:00 BST, horizon 28 days: 0 errors, 0 warnings, 0 info\n");
    assertThat(report(BEFORE, "text")).contains(" as of Mon 1 Mar 2021 00:00 GMT, horizon 28 days: ");
    assertThat(report(AFTER, "markdown")).contains(" as of Tue 6 Apr 2021 01:00 BST, horizon 28 days: ");
    assertThat(report(AFTER, "html")).contains(" as of Tue 6 Apr 2021 01:00 BST, looking 28 d ahead.");
  }

  @Test
  void windowAcrossTheClockChange_namesTheZoneAtEachEnd() {
    // Thursday 17:00 GMT to Monday 01:00 BST is 3 days and 7 hours: the abbreviations make the sum add up.
    String window = "Thu 25 Mar 2021 17:00 GMT – Mon 29 Mar 01:00 BST, 3 d 7 h";

    assertThat(report(BEFORE, "text"))
        .contains("@NPTBedale (account:npt-bedale-x): nobody is on duty for 3 d 7 h (Thu 25 Mar 2021 17:00 GMT – Mon 29"
            + " Mar 01:00 BST), longer than the 24h allowed")
        .contains("uncovered window: " + window);
    assertThat(report(BEFORE, "html")).contains(window);
  }

  @Test
  void windowWithinOneZone_namesItOnce() {
    assertThat(report(BEFORE, "text")).containsPattern("\\(\\w{3} \\d{1,2} Mar 2021 \\d\\d:\\d\\d – [^()]*\\d\\d:\\d\\d"
        + " GMT\\)").doesNotContainPattern("\\d\\d:\\d\\d(?! GMT| BST)[^,\\n]* – [^,\\n]*\\d\\d:\\d\\d,");
  }

  @Test
  void postTimes_areLocalWithTheirZone() {
    assertThat(report(BEFORE, "text"))
        .contains("@NPTWhitby at Sat 27 Feb 2021 14:00 GMT (post:npt-whitby-x@2021-02-27T14:00:00Z): ");
  }

  @Test
  void json_keepsTheAsOfInUtcAndNamesTheZone() {
    String json = report(AFTER, "json");

    assertThat(json).contains("\"force\": \"North Yorkshire Police\",\n  \"zone\": \"Europe/London\",\n"
        + "  \"asOf\": \"2021-04-06T00:00:00Z\",\n");
  }
}

package io.github.accountgovernance.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TextReportTest {

  @Test
  void text_startsWithTheSummaryLine() {
    assertThat(ReportFormat.TEXT.render(ReportFixtures.richReport())).startsWith(
        "nyp-2021 (North Yorkshire Police 2021) for North Yorkshire Police as of Thu 1 Apr 2021 10:00 BST, horizon "
            + "28 days: 1 error, 4 warnings, 1 info (2 waived, 1 baselined, 1 fixed since the baseline)\n");
  }

  @Test
  void text_groupsViolationsByRule_withSubjectMessageEvidenceAndHint() {
    assertThat(ReportFormat.TEXT.render(ReportFixtures.richReport())).contains(
        "Violations (6)\n"
            + "  EST-5 (error): every account that is open has an owning team\n"
            + "    @NYP_York (account:york-x): does not satisfy \"has an owning team\"\n"
            + "      hint: name the owning team in the estate file\n"
            + "  MON-9 (warning): every open account declares its monitored hours\n"
            + "    @NPTYorkSouth (account:south-x): declares no monitored hours\n"
            + "      monitored hours: not declared\n"
            + "      platforms: X; Facebook\n"
            + "    @NYorksPolice (account:force-x): declares no monitored hours\n"
            + "      monitored hours: not declared\n"
            + "      platforms: X; Facebook\n"
            + "    @NYP_Jobs (account:jobs-x): declares no monitored hours\n");
  }

  @Test
  void text_listsWaivedBaselinedFixedAndWaiverWarnings() {
    assertThat(ReportFormat.TEXT.render(ReportFixtures.richReport())).contains(
        "Waived (2)\n"
            + "  EST-5 (error) @NYP_Jobs (account:jobs-x): does not satisfy \"has an owning team\"\n"
            + "    waived up to and including 2021-06-30 by Supt. A. Example: recruitment account; owner being appointed\n",
        "Baselined (1)\n"
            + "  MON-9 (warning) @NYP_York (account:york-x): declares no monitored hours\n",
        "Fixed since the baseline (1)\n  EST-5 ownership: account:gone-x\n",
        "Waivers expiring soon (1)\n  EST-5 for account:roads-x, waived up to and including 2021-04-10",
        "Stale waivers, matching no violation (1)\n  EST-5 for @NYP_Craven, waived up to and including 2021-09-30",
        "Notes on this check (1)\n  rule CLO-9 (successors) checked none of the estate's");
  }

  @Test
  void text_keepsTheWordWarningsForTheSeverity() {
    String text = ReportFormat.TEXT.render(ReportFixtures.richReport());

    assertThat(text).contains(": 1 error, 4 warnings, 1 info").doesNotContain("Warnings (");
  }

  @Test
  void text_showsRuleCountsAndParametersWithProvenance() {
    assertThat(ReportFormat.TEXT.render(ReportFixtures.richReport())).contains(
        "  EST-5 (error) ownership: checked 5, passed 2, failed 3, violations 1, waived 2, baselined 0\n",
        // MON-9 fails all five subjects; one violation is baselined, so four stay open.
        "  MON-9 (warning) declared hours: checked 5, passed 0, failed 5, violations 4, waived 0, baselined 1\n",
        "Parameters (1)\n"
            + "  minFollowers = 800 (force override, set by nyp-2021; default 1000; read by ATT-9)\n");
  }

  @Test
  void text_ofACleanReport_saysThereAreNoViolations() {
    assertThat(ReportFormat.TEXT.render(ReportFixtures.cleanReport()))
        .contains(": 0 errors, 0 warnings, 0 info\n\nNo violations.\n")
        .doesNotContain("Waived");
  }

  @Test
  void text_indentsEveryLineOfAMultiLineMessage() {
    Report report = ReportFixtures.handBuilt();
    Violation twoLines = Violation.builder().from(report.violations().get(0))
        .message("one absence leaves hours uncovered\r\nat weekends").build();

    assertThat(ReportFormat.TEXT.render(Report.builder().from(report).violations(List.of(twoLines)).build()))
        .contains("    @NYP_York (account:york-x): one absence leaves hours uncovered\n    at weekends\n")
        .contains("      note: the waiver of MON-4 for @NYP_York expired on 2021-03-31\n")
        .contains("horizon 28 days 12 hours");
  }

  @Test
  void text_wordingIsStable() {
    assertThat(ReportFormat.TEXT.render(ReportFixtures.handBuilt())).isEqualTo(String.join("\n",
        "npcc2021 (NPCC 2021 <guidance> & \"packs\") for North Yorkshire Police as of Thu 1 Apr 2021 09:00 UTC, "
            + "horizon 28 days 12 hours: 0 errors, 1 warning, 0 info",
        "",
        "Violations (1)",
        "  MON-4 (warning)",
        "    @NYP_York (account:york-x): one absence leaves hours uncovered",
        "      uncovered windows: Sat 10 Apr 2021 08:00–18:00, 10 h; Sun 11 Apr 08:00–18:00",
        "      hint: add a second monitor",
        "      note: the waiver of MON-4 for @NYP_York expired on 2021-03-31",
        "",
        "Rules (0)",
        "  disabled: ATT-1",
        ""));
  }

  @Test
  void durations_readAsWords() {
    assertThat(ReportWords.duration(java.time.Duration.ofMinutes(90))).isEqualTo("1 hour 30 minutes");
    assertThat(ReportWords.duration(java.time.Duration.ZERO)).isEqualTo("0 seconds");
    assertThat(ReportWords.duration(java.time.Duration.ofDays(1))).isEqualTo("1 day");
  }
}

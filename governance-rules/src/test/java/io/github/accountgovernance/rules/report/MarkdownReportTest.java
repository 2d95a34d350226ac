package io.github.accountgovernance.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.internal.Markdown;
import io.github.accountgovernance.rules.Provenance;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.RuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

final class MarkdownReportTest {

  @Test
  void markdown_hasTheSummaryTableWithARowPerRule() {
    String markdown = ReportFormat.MARKDOWN.render(ReportFixtures.richReport());

    assertThat(markdown).startsWith("# Account governance report: North Yorkshire Police 2021\n")
        .contains("| Rule | Severity | Title | Checked | Passed | Failed | Violations | Waived | Baselined |\n"
            + "|---|---|---|---:|---:|---:|---:|---:|---:|\n"
            + "| `ATT-9` | info | reach | 5 | 4 | 1 | 1 | 0 | 0 |\n"
            + "| `CLO-9` | error | successors | 0 | 0 | 0 | 0 | 0 | 0 |\n"
            + "| `EST-5` | error | ownership | 5 | 2 | 3 | 1 | 2 | 0 |\n"
            + "| `MON-9` | warning | declared hours | 5 | 0 | 5 | 4 | 0 | 1 |\n");
  }

  @Test
  void markdown_keepsTheWordWarningsForTheSeverity() {
    String markdown = ReportFormat.MARKDOWN.render(ReportFixtures.richReport());

    assertThat(markdown)
        .contains("4 warnings")
        .contains("## Notes on this check (1)\n\n- rule CLO-9 (successors) checked none of the estate's")
        .doesNotContain("## Warnings");
  }

  @Test
  void markdown_hasASectionPerRuleWithViolations_errorsFirst() {
    String markdown = ReportFormat.MARKDOWN.render(ReportFixtures.richReport());

    assertThat(markdown).containsSubsequence(
        "## EST-5: ownership (error, 1 violation)",
        "> every account that is open has an owning team",
        "- **@NYP\\_York** (`account:york-x`): does not satisfy \"has an owning team\"",
        "## MON-9: declared hours (warning, 4 violations)",
        "## ATT-9: reach (info, 1 violation)");
    assertThat(markdown).doesNotContain("## CLO-9");
  }

  @Test
  void markdown_showsAnEmptyParameterValueAsNone() {
    EffectiveParameter forceNames =
        EffectiveParameter.builder()
            .key("forceNames")
            .text("")
            .value(List.of())
            .type("list of text")
            .description("names a display name may use for the force besides its full name, such as NYP")
            .defaultText("")
            .provenance(Provenance.RULE_DEFAULT)
            .setBy("NAM-5")
            .addRules(RuleId.of("NAM-5"))
            .build();
    Report report = Report.builder().from(ReportFixtures.cleanReport()).parameters(List.of(forceNames)).build();

    assertThat(ReportFormat.MARKDOWN.render(report))
        .contains("| `forceNames` | (none) | (none) | rule default | NAM-5 | NAM-5 |\n");
    assertThat(ReportFormat.TEXT.render(report))
        .contains("  forceNames = (none) (rule default, set by NAM-5; default (none); read by NAM-5)\n");
  }

  @Test
  void markdown_escapesMarkupInReportText() {
    assertThat(Markdown.escape("a *b* _c_ <d> | e")).isEqualTo("a \\*b\\* \\_c\\_ \\<d\\> \\| e");
    assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
  }
}

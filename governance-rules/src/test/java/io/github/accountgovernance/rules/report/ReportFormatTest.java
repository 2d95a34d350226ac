package io.github.accountgovernance.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.rules.Report;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

final class ReportFormatTest {

  @Test
  void named_findsEachFormatByNameOrExtension_ignoringCase() {
    assertThat(ReportFormat.named("SARIF")).isEqualTo(ReportFormat.SARIF);
    assertThat(ReportFormat.named("junit")).isEqualTo(ReportFormat.JUNIT);
    assertThat(ReportFormat.named("md")).isEqualTo(ReportFormat.MARKDOWN);
    assertThat(ReportFormat.named(" text ")).isEqualTo(ReportFormat.TEXT);
    assertThatThrownBy(() -> ReportFormat.named("html"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a report format is one of text, json, sarif, junit, markdown, but was \"html\"");
  }

  @Test
  void write_writesWhatRenderReturns() throws IOException {
    Report report = ReportFixtures.richReport();
    for (ReportFormat format : ReportFormat.values()) {
      StringWriter out = new StringWriter();
      format.write(report, out);
      assertThat(out.toString()).as(format.name()).isEqualTo(format.render(report));
    }
  }

  @Test
  void render_refusesNull() {
    assertThatThrownBy(() -> ReportFormat.TEXT.render(null))
        .isInstanceOf(NullPointerException.class).hasMessage("report");
  }

  @Test
  void everyFormat_writesTheReportsAsOfAndNoOtherInstant() {
    Report report = ReportFixtures.richReport();
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(format.render(report).replace(report.asOf().toString(), ""))
          .as(format.name()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    }
  }
}

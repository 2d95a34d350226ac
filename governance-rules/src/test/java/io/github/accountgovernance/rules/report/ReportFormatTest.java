package io.github.accountgovernance.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.rules.Report;
import java.io.IOException;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.authoring.Subject;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
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
  void write_handsABigReportToTheWriterInPieces_neverWhole() throws IOException {
    Report big = bigReport();
    for (ReportFormat format : ReportFormat.values()) {
      int total = format.render(big).length();
      Pieces out = new Pieces();
      format.write(big, out);
      assertThat(total).as(format.name()).isGreaterThan(200_000);
      assertThat(out.largest).as(format.name()).isLessThan(total / 4);
      assertThat(out.total).as(format.name()).isEqualTo(total);
    }
  }

  /** A report of 2,000 violations, each of the rich report's with another subject. */
  private static Report bigReport() {
    Report rich = ReportFixtures.richReport();
    List<Violation> many = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      Violation violation = rich.violations().get(i % rich.violations().size());
      many.add(Violation.builder().from(violation)
          .subject(Subject.of(violation.subject().kind(), "s-" + i, "Subject " + i))
          .build());
    }
    return Report.builder().from(rich).violations(ReportWords.sorted(many)).build();
  }

  /** A writer that keeps only the size of each piece it is given. */
  private static final class Pieces extends Writer {
    long total;
    int largest;

    @Override
    public void write(char[] text, int offset, int length) {
      total += length;
      largest = Math.max(largest, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
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

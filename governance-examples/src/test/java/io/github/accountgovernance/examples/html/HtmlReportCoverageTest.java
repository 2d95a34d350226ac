package io.github.accountgovernance.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import io.github.accountgovernance.rules.files.ReportJson;
import org.junit.jupiter.api.Test;

/** The HTML timeline is the coverage the evaluation analysed: the renderer analyses only a report without one. */
final class HtmlReportCoverageTest {

  private static final Estate BEFORE = ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_BEFORE);
  private static final Estate AFTER = ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_AFTER);

  @Test
  void aReportWithCoverage_isDrawnFromIt_notFromTheEstateGiven() {
    Report report = PolicyPacks.npcc2021().evaluate(BEFORE);

    assertThat(report.coverage()).isPresent();
    assertThat(HtmlReport.render(report, AFTER)).isEqualTo(HtmlReport.render(report, report.coverage().get()));
  }

  @Test
  void aReportReadBackFromJson_hasNoCoverage_andIsDrawnFromTheEstate() {
    Report report = PolicyPacks.npcc2021().evaluate(BEFORE);
    Report readBack = ReportJson.read(ReportJson.write(report));

    assertThat(readBack.coverage()).isEmpty();
    assertThat(HtmlReport.render(readBack, BEFORE))
        .isEqualTo(HtmlReport.render(report, MonitoringCoverage.analyse(BEFORE, report.asOf(), report.horizon())))
        .isEqualTo(HtmlReport.render(report, BEFORE));
  }
}

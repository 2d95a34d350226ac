package io.github.accountgovernance.rules.report;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.accountgovernance.core.testing.EstateGens;
import io.github.accountgovernance.rules.Gens;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.files.ReportJson;
import io.github.accountgovernance.rules.Violation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ReportProperties {

  @Test
  void everyFormat_writesExactlyWhatItRenders_evenWhenTheReportIsWrittenInManyChunks() {
    // Large reports (hundreds of violations, past the renderers' chunk size) as well as small ones; each shrink
    // step renders every format twice, so a failure shrinks briefly.
    qt().withExamples(40).withShrinkCycles(30)
        .forAll(lists().of(ReportGens.reports()).ofSizeBetween(1, 150))
        .checkAssert(reports -> {
          Report report = merged(reports);
          for (ReportFormat format : ReportFormat.values()) {
            StringWriter out = new StringWriter();
            try {
              format.write(report, out);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            assertThat(out.toString()).as(format.name()).isEqualTo(format.render(report));
          }
        });
  }

  /** The first report with every other's distinct violations added, in canonical order. */
  static Report merged(List<Report> reports) {
    Map<List<Object>, Violation> violations = new LinkedHashMap<>();
    for (Report report : reports) {
      for (Violation violation : report.violations()) {
        violations.putIfAbsent(
            List.of(violation.ruleId(), violation.subject(), violation.message(), violation.key()), violation);
      }
    }
    return Report.builder().from(reports.get(0))
        .violations(ReportWords.sorted(new ArrayList<>(violations.values())))
        .build();
  }

  @Test
  void json_roundTrips() {
    qt().withExamples(200)
        .forAll(ReportGens.reports())
        .checkAssert(report -> assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report));
  }

  @Test
  void json_conformsToTheDocumentedSchema() throws IOException {
    JsonSchemaCheck schema = JsonSchemaCheck.reportSchema();
    qt().withExamples(100)
        .forAll(ReportGens.reports())
        .checkAssert(report -> assertThat(schema.violations(ReportJson.write(report))).isEmpty());
  }

  @Test
  void everyFormat_ignoresTheOrderTheReportsListsWereBuiltIn() {
    qt().withExamples(100)
        .forAll(ReportGens.reports(), Gens.shuffles(10))
        .checkAssert((report, orders) -> {
          Report shuffled = Report.builder().from(report)
              .rules(orders.get(0).apply(report.rules()))
              .violations(orders.get(1).apply(report.violations()))
              .waived(orders.get(2).apply(report.waived()))
              .baselined(orders.get(3).apply(report.baselined()))
              .fixedBaselineEntries(orders.get(4).apply(report.fixedBaselineEntries()))
              .staleWaivers(orders.get(5).apply(report.staleWaivers()))
              .expiringWaivers(orders.get(6).apply(report.expiringWaivers()))
              .warnings(orders.get(7).apply(report.warnings()))
              .parameters(orders.get(8).apply(report.parameters()))
              .disabledRules(orders.get(9).apply(report.disabledRules()))
              .build();

          for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.render(shuffled)).as(format.name()).isEqualTo(format.render(report));
          }
        });
  }

  @Test
  void everyFormat_rendersTheSameBytesTwiceWithUnixLineEndings() {
    qt().withExamples(50)
        .forAll(ReportGens.reports())
        .checkAssert(report -> {
          for (ReportFormat format : ReportFormat.values()) {
            String once = format.render(report);
            assertThat(format.render(report)).as(format.name()).isEqualTo(once);
            assertThat(once).as(format.name()).doesNotContain("\r\n").endsWith("\n");
          }
        });
  }

  @Test
  void reportsOfShuffledEstates_renderIdenticalBytes() {
    qt().withExamples(30)
        .forAll(EstateGens.validEstateParts(), Gens.shuffles(8))
        .checkAssert((parts, orders) -> {
          Report report = ReportFixtures.richReport(parts.build());
          Report fromShuffled = ReportFixtures.richReport(Gens.shuffled(parts, orders).build());

          for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.render(fromShuffled)).as(format.name()).isEqualTo(format.render(report));
          }
        });
  }
}

package io.github.accountgovernance.rules.report;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.testing.EstateDomain;
import io.github.accountgovernance.core.testing.EstateParts;
import io.github.accountgovernance.rules.Gens;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.Shuffle;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.junit.jupiter.api.Test;

final class ReportProperties {

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
        .forAll(ReportGens.reports(), lists().of(Gens.shuffles()).ofSize(10))
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

  @Property(tries = 30)
  @Domain(EstateDomain.class)
  @Domain(DomainContext.Global.class)
  void reportsOfShuffledEstates_renderIdenticalBytes(@ForAll EstateParts parts, @ForAll long seed) {
    Estate estate = parts.build();
    Estate shuffled = parts.shuffled(new Random(seed)).build();
    Report report = ReportFixtures.richReport(estate);
    Report fromShuffled = ReportFixtures.richReport(shuffled);

    for (ReportFormat format : ReportFormat.values()) {
      assertThat(format.render(fromShuffled)).as(format.name()).isEqualTo(format.render(report));
    }
  }
}

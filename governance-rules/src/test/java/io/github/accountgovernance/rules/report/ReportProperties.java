package io.github.accountgovernance.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.testing.EstateDomain;
import io.github.accountgovernance.core.testing.EstateParts;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.files.ReportJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

final class ReportProperties {

  @Property(tries = 200)
  @Domain(ReportDomain.class)
  void json_roundTrips(@ForAll Report report) {
    assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
  }

  @Property(tries = 100)
  @Domain(ReportDomain.class)
  void json_conformsToTheDocumentedSchema(@ForAll Report report) throws IOException {
    assertThat(JsonSchemaCheck.reportSchema().violations(ReportJson.write(report))).isEmpty();
  }

  @Property(tries = 100)
  @Domain(ReportDomain.class)
  @Domain(DomainContext.Global.class)
  void everyFormat_ignoresTheOrderTheReportsListsWereBuiltIn(@ForAll Report report, @ForAll long seed) {
    Random random = new Random(seed);
    Report shuffled = Report.builder().from(report)
        .rules(shuffle(report.rules(), random))
        .violations(shuffle(report.violations(), random))
        .waived(shuffle(report.waived(), random))
        .baselined(shuffle(report.baselined(), random))
        .fixedBaselineEntries(shuffle(report.fixedBaselineEntries(), random))
        .staleWaivers(shuffle(report.staleWaivers(), random))
        .expiringWaivers(shuffle(report.expiringWaivers(), random))
        .warnings(shuffle(report.warnings(), random))
        .parameters(shuffle(report.parameters(), random))
        .disabledRules(shuffle(report.disabledRules(), random))
        .build();

    for (ReportFormat format : ReportFormat.values()) {
      assertThat(format.render(shuffled)).as(format.name()).isEqualTo(format.render(report));
    }
  }

  @Property(tries = 50)
  @Domain(ReportDomain.class)
  void everyFormat_rendersTheSameBytesTwiceWithUnixLineEndings(@ForAll Report report) {
    for (ReportFormat format : ReportFormat.values()) {
      String once = format.render(report);
      assertThat(format.render(report)).as(format.name()).isEqualTo(once);
      assertThat(once).as(format.name()).doesNotContain("\r\n").endsWith("\n");
    }
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

  private static <T> List<T> shuffle(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }
}

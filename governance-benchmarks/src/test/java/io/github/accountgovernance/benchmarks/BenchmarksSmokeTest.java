package io.github.accountgovernance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.io.EstateFormat;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark body once on small data (the 400-account smoke estate, 1,000 handles): each setup checks
 * that the sides of its comparison agree, and these tests check that the answers are the expected ones. No
 * timing is asserted.
 */
final class BenchmarksSmokeTest {

  @Test
  void rules_everySideFindsThePlantedDefects() {
    RulesBenchmark rules = new RulesBenchmark();
    rules.estate = "smoke";
    rules.setUp();

    assertThat(rules.handWritten())
        .isNotEmpty()
        .isEqualTo(SubsetChecks.keys(rules.engineSubset()))
        .isEqualTo(rules.easyRules())
        .isEqualTo(rules.drools())
        .isEqualTo(SubsetChecks.keys(rules.engineNpcc2021()));
    assertThat(rules.handWritten()).anyMatch(key -> key.startsWith("EST-5 "));
    assertThat(rules.engineSubset().disabledRules()).hasSize(PolicyPacksCount.CATALOGUE - SubsetChecks.RULE_IDS.size());
  }

  @Test
  void rules_aCleanEstateBreaksOnlyTheEstateSize() {
    assertThat(NationalEstate.generate(NationalEstate.Spec.accounts(300)))
        .satisfies(estate -> {
          SubsetChecks checks = new SubsetChecks(estate);
          assertThat(checks.violations()).isEmpty();
          assertThat(io.github.accountgovernance.rules.catalogue.PolicyPacks.npcc2021().evaluate(estate).violations())
              .allSatisfy(violation -> assertThat(violation.ruleId().value()).isEqualTo("EST-4"));
        });
  }

  @Test
  void coverage_everySideGivesTheSameUncoveredWindowsAndSoleCover() {
    CoverageBenchmark coverage = new CoverageBenchmark();
    coverage.estate = "smoke";
    coverage.days = 14;
    coverage.setUp();

    assertThat(coverage.input.slotCount()).isGreaterThan(1_000);
    assertThat(coverage.coverageIntervalSet()).hasSize(coverage.input.accountIds.length);
    assertThat(coverage.coverageIntervalSet()).anyMatch(uncovered -> !uncovered.isEmpty());
    assertThat(coverage.coverageTreeRangeSet()).hasSize(coverage.input.accountIds.length);
    assertThat(coverage.coverageFloor()).isEqualTo(CoverageBenchmark.checksum(coverage.coverageIntervalSet()));
    assertThat(coverage.coverageMonitoringCoverage().accounts()).hasSize(coverage.input.accountIds.length);
    assertThat(coverage.leaveResilienceOneSweep())
        .isNotEmpty()
        .isEqualTo(coverage.leaveResilienceRemoveEach());
  }

  @Test
  void lookalikes_theIndexAndAllPairsFindThePlantedPairs() {
    LookalikeBenchmark lookalikes = new LookalikeBenchmark();
    lookalikes.handles = 1_000;
    lookalikes.setUp();

    assertThat(lookalikes.lookalikeIndex()).isNotEmpty().isEqualTo(lookalikes.allPairs());
    assertThat(lookalikes.oneNewHandle()).isNotEmpty();
  }

  @Test
  void allPairs_editDistanceIsOptimalStringAlignmentWithinTheLimit() {
    assertThat(LookalikeBenchmark.withinEdits(cp("NYP_York"), cp("NYP_Yrok"), 1)).isTrue();
    assertThat(LookalikeBenchmark.withinEdits(cp("NYP_York"), cp("NYP_Yor"), 1)).isTrue();
    assertThat(LookalikeBenchmark.withinEdits(cp("NYP_York"), cp("NYP_Y0rk"), 1)).isTrue();
    assertThat(LookalikeBenchmark.withinEdits(cp("NYP_York"), cp("NYP_Y0r"), 1)).isFalse();
    assertThat(LookalikeBenchmark.withinEdits(cp("NYP_York"), cp("NYP_Selby"), 1)).isFalse();
    assertThat(LookalikeBenchmark.withinEdits(cp("abc"), cp("ca"), 2)).isFalse();
    assertThat(LookalikeBenchmark.withinEdits(cp("abcd"), cp("acbd"), 1)).isTrue();
  }

  @Test
  void estateFiles_readBackWhatWasWrittenAndTheFloorSeesEveryToken() throws IOException {
    for (EstateFormat format : EstateFormat.values()) {
      EstateFilesBenchmark files = new EstateFilesBenchmark();
      files.estate = "smoke";
      files.format = format;
      files.setUp();

      assertThat(files.read()).isEqualTo(files.subject);
      assertThat(files.write()).isEqualTo(files.file);
      assertThat(files.tokens().count()).isEqualTo(EstateFilesBenchmark.tokenCount(
          new com.fasterxml.jackson.databind.ObjectMapper(EstateFilesBenchmark.parsers(format)).readTree(files.file)));
      assertThat(files.tokens().characters()).isGreaterThan(files.file.length / 4);
    }
  }

  @Test
  void generator_isDeterministicAndHandlesAreNotLookalikes() {
    NationalEstate.Spec spec = NationalEstate.Spec.accounts(200).withAbsences().withDefects();

    assertThat(NationalEstate.generate(spec)).isEqualTo(NationalEstate.generate(spec));
    assertThat(NationalEstate.handles(500, 7L)).doesNotHaveDuplicates().allMatch(Handle::isValidOnPlatform);
    assertThat(io.github.accountgovernance.rules.naming.LookalikeIndex.of(NationalEstate.handles(500, 7L))
            .findAllLookalikes(NationalEstate.handles(500, 7L)))
        .isEmpty();
    assertThatThrownBy(() -> NationalEstate.generate(NationalEstate.Spec.accounts(99)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("99");
    assertThatThrownBy(() -> Estates.named("national-1k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("national-1k");
    assertThat(Handle.of(Platform.X, "NSPolice").isValidOnPlatform()).isTrue();
  }

  @Test
  void resultsTable_convertsUnitsAndTakesRatiosToWhatEachIsComparedWith() throws IOException {
    String json =
        "[{\"benchmark\":\"x.RulesBenchmark.engineSubset\",\"mode\":\"avgt\",\"params\":{\"estate\":\"a\"},"
            + "\"primaryMetric\":{\"score\":2.0,\"scoreError\":0.1,\"scoreUnit\":\"ms/op\"},"
            + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":1000.0}}},"
            + "{\"benchmark\":\"x.RulesBenchmark.drools\",\"mode\":\"ss\",\"params\":{\"estate\":\"a\"},"
            + "\"primaryMetric\":{\"score\":0.02,\"scoreError\":0.0,\"scoreUnit\":\"s/op\"},"
            + "\"secondaryMetrics\":{}},"
            + "{\"benchmark\":\"x.EstateFilesBenchmark.tokens\",\"mode\":\"avgt\",\"params\":{\"format\":\"JSON\"},"
            + "\"primaryMetric\":{\"score\":150.0,\"scoreError\":1.0,\"scoreUnit\":\"ms/op\"}},"
            + "{\"benchmark\":\"x.EstateFilesBenchmark.read\",\"mode\":\"avgt\",\"params\":{\"format\":\"JSON\"},"
            + "\"primaryMetric\":{\"score\":600.0,\"scoreError\":1.0,\"scoreUnit\":\"ms/op\"}}]";

    assertThat(ResultsTable.table(json))
        .contains("| RulesBenchmark.engineSubset | estate=a | avgt | 2.00 | 0.1000 | 1,000 |  |  |")
        .contains("| RulesBenchmark.drools | estate=a | ss | 20.00 | 0.0000 |  | engineSubset | 10.00x |")
        .contains("| EstateFilesBenchmark.read | format=JSON | avgt | 600 | 1.00 |  | tokens | 4.00x |");
  }

  private static int[] cp(String text) {
    return text.codePoints().toArray();
  }

  /** The number of rules in the catalogue. */
  private static final class PolicyPacksCount {
    static final int CATALOGUE = io.github.accountgovernance.rules.catalogue.PolicyPacks.catalogue().size();
  }
}

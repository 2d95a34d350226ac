package io.github.accountgovernance.rules.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.rules.coverage.Scenario.SlotSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

@Domain(CoverageDomain.class)
@Domain(DomainContext.Global.class)
final class MonitoringCoverageProperties {

  private static final List<Duration> MAX_GAPS = List.of(Duration.ZERO, Duration.ofHours(2), Duration.ofHours(24));

  private static MonitoringCoverage analyse(Scenario scenario) {
    return MonitoringCoverage.analyse(scenario.estate(), scenario.horizon());
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void analysis_agreesWithMinuteByMinuteOracle(@ForAll Scenario scenario) {
    Estate estate = scenario.estate();
    MonitoringCoverage coverage = MonitoringCoverage.analyse(estate, scenario.horizon());
    MinuteOracle oracle = new MinuteOracle(estate, scenario.horizon());
    Statistics.label("an account has sole cover and uncovered declared hours")
        .collect(
            coverage.accounts().stream()
                .anyMatch(
                    a -> !a.uncoveredDuringDeclaredHours().isEmpty() && !a.soleCoverDuringDeclaredHours().isEmpty()));
    Statistics.label("someone monitors two accounts at once").collect(!coverage.overload(1).isEmpty());

    assertThat(coverage.accounts()).extracting(a -> a.account().id()).isEqualTo(oracle.accounts());
    for (String id : oracle.accounts()) {
      AccountCoverage account = coverage.account(id);
      assertThat(account.window()).as("window of %s", id).isEqualTo(oracle.window(id));
      assertThat(account.monitors()).as("monitors of %s", id).isEqualTo(oracle.monitors(id));
      assertThat(account.declaredHours()).as("declared hours of %s", id).isEqualTo(oracle.declared(id));
      assertThat(account.uncovered()).as("uncovered on %s", id).isEqualTo(oracle.uncovered(id));
      for (Duration maxGap : MAX_GAPS) {
        assertThat(account.gapsLongerThan(maxGap))
            .as("gaps longer than %s on %s", maxGap, id)
            .isEqualTo(oracle.gapsLongerThan(id, maxGap));
      }
      assertThat(account.uncoveredDuringDeclaredHours())
          .as("uncovered declared hours on %s", id)
          .isEqualTo(oracle.uncoveredDuringDeclaredHours(id));
      assertThat(account.soleCoverDuringDeclaredHours())
          .as("sole cover on %s", id)
          .isEqualTo(oracle.soleCoverDuringDeclaredHours(id));
    }
    for (int max = 0; max <= 2; max++) {
      assertThat(coverage.overload(max)).as("overload above %s", max).isEqualTo(oracle.overload(max));
      for (Map.Entry<String, List<MonitorOverload>> entry : oracle.overload(max).entrySet()) {
        assertThat(coverage.overload(entry.getKey(), max))
            .as("overload of %s above %s", entry.getKey(), max)
            .isEqualTo(entry.getValue());
      }
    }
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void addingASlot_neverAddsUncoveredTimeGapsOrRisk(@ForAll Scenario scenario, @ForAll SlotSpec slot) {
    assertNoWorse(analyse(scenario), analyse(scenario.withSlot(slot)));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void removingAnAbsence_neverAddsUncoveredTimeGapsOrRisk(
      @ForAll Scenario scenario, @ForAll @IntRange(min = 0, max = 3) int which) {
    if (scenario.absences().isEmpty()) {
      return;
    }
    assertNoWorse(analyse(scenario), analyse(scenario.withoutAbsence(which % scenario.absences().size())));
  }

  /**
   * More cover never adds uncovered time, long gaps or hours at risk; a monitor may only become sole cover where
   * nobody covered before (which MON-3 already reported); nobody stops being a monitor.
   */
  private static void assertNoWorse(MonitoringCoverage before, MonitoringCoverage after) {
    for (AccountCoverage was : before.accounts()) {
      AccountCoverage is = after.account(was.account().id());
      String id = was.account().id();
      assertThat(is.monitors()).as("monitors of %s", id).containsAll(was.monitors());
      assertThat(is.uncovered().difference(was.uncovered())).as("uncovered time added on %s", id).isEqualTo(none());
      for (Duration maxGap : MAX_GAPS) {
        assertThat(is.gapsLongerThan(maxGap).difference(was.gapsLongerThan(maxGap)))
            .as("gaps longer than %s added on %s", maxGap, id)
            .isEqualTo(none());
      }
      assertThat(is.uncoveredDuringDeclaredHours().difference(was.uncoveredDuringDeclaredHours()))
          .as("uncovered declared hours added on %s", id)
          .isEqualTo(none());
      assertThat(is.atRiskDuringDeclaredHours().difference(was.atRiskDuringDeclaredHours()))
          .as("hours at risk added on %s", id)
          .isEqualTo(none());
      for (Map.Entry<String, IntervalSet> sole : is.soleCoverDuringDeclaredHours().entrySet()) {
        IntervalSet earlier = was.soleCoverDuringDeclaredHours().getOrDefault(sole.getKey(), none());
        assertThat(sole.getValue().difference(earlier.union(was.uncoveredDuringDeclaredHours())))
            .as("sole cover of %s on %s added where someone else covered", sole.getKey(), id)
            .isEqualTo(none());
      }
    }
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void soleCover_agreesWithTakingEachMonitorAwayInTurn(@ForAll Scenario scenario) {
    MonitoringCoverage coverage = analyse(scenario);
    for (AccountCoverage account : coverage.accounts()) {
      SortedMap<String, IntervalSet> sole = account.soleCoverDuringDeclaredHours();
      for (String monitor : account.monitors()) {
        AccountCoverage without = analyse(scenario.withoutSlotsOf(monitor)).account(account.account().id());
        IntervalSet opened =
            without.uncoveredDuringDeclaredHours().difference(account.uncoveredDuringDeclaredHours());
        assertThat(opened)
            .as("declared hours on %s left uncovered without %s", account.account().id(), monitor)
            .isEqualTo(sole.getOrDefault(monitor, none()));
      }
    }
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void analysis_isIndependentOfTheOrderOfRotaAndAbsences(@ForAll Scenario scenario, @ForAll long seed) {
    MonitoringCoverage inOrder = analyse(scenario);
    MonitoringCoverage shuffled = MonitoringCoverage.analyse(scenario.shuffledEstate(seed), scenario.horizon());

    assertThat(shuffled.accounts()).isEqualTo(inOrder.accounts());
    assertThat(shuffled.overload(1)).isEqualTo(inOrder.overload(1));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void analysis_isDeterministic(@ForAll Scenario scenario) {
    MonitoringCoverage once = analyse(scenario);
    MonitoringCoverage again = analyse(scenario);

    assertThat(again.accounts()).isEqualTo(once.accounts());
    for (int max = 0; max <= 2; max++) {
      assertThat(again.overload(max)).isEqualTo(once.overload(max));
    }
  }

  private static IntervalSet none() {
    return IntervalSet.empty();
  }
}

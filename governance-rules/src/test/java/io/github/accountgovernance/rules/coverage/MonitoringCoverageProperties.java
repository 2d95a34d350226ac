package io.github.accountgovernance.rules.coverage;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.time.CoverageProfile;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.rules.Gens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

final class MonitoringCoverageProperties {

  private static final List<Duration> MAX_GAPS = List.of(Duration.ZERO, Duration.ofHours(2), Duration.ofHours(24));

  private static MonitoringCoverage analyse(Scenario scenario) {
    return MonitoringCoverage.analyse(scenario.estate(), scenario.horizon());
  }

  @Test
  void analysis_agreesWithMinuteByMinuteOracle() {
    qt().withExamples(300)
        .forAll(CoverageGens.scenarios())
        .checkAssert(MonitoringCoverageProperties::agreesWithMinuteByMinuteOracle);
  }

  private static void agreesWithMinuteByMinuteOracle(Scenario scenario) {
    Estate estate = scenario.estate();
    MonitoringCoverage coverage = MonitoringCoverage.analyse(estate, scenario.horizon());
    MinuteOracle oracle = new MinuteOracle(estate, scenario.horizon());

    assertThat(coverage.accounts()).extracting(a -> a.account().id()).isEqualTo(oracle.accounts());
    for (String id : oracle.accounts()) {
      AccountCoverage account = coverage.account(id);
      assertThat(account.window()).as("window of %s", id).isEqualTo(oracle.window(id));
      assertThat(account.monitors()).as("monitors of %s", id).isEqualTo(oracle.monitors(id));
      assertThat(account.declaredHours()).as("declared hours of %s", id).isEqualTo(oracle.declared(id));
      assertThat(account.uncovered()).as("uncovered on %s", id).isEqualTo(oracle.uncovered(id));
      assertThat(account.covered())
          .as("covered on %s", id)
          .isEqualTo(oracle.uncovered(id).complement(oracle.window(id)));
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
      // Each monitor's cover and the profile come from one builder reused across the estate's accounts.
      List<IntervalSet> covers = new ArrayList<>();
      for (String monitor : account.monitors()) {
        assertThat(account.coverOf(monitor))
            .as("cover of %s on %s", monitor, id)
            .isEqualTo(oracle.coverOf(id, monitor));
        covers.add(account.coverOf(monitor));
      }
      assertThat(account.profile()).as("profile of %s", id).isEqualTo(CoverageProfile.of(covers));
      assertThat(account.leastOnDutyDuringDeclaredHours())
          .as("least on duty on %s", id)
          .isEqualTo(oracle.leastOnDutyDuringDeclaredHours(id));
    }
    for (Contributor contributor : estate.contributors()) {
      assertThat(coverage.accountsMonitoredBy(contributor.id()))
          .as("accounts monitored by %s", contributor.id())
          .isEqualTo(oracle.accounts().stream().filter(id -> oracle.monitors(id).contains(contributor.id())).toList());
    }
    for (int max = 0; max <= 2; max++) {
      SortedMap<String, List<MonitorOverload>> expected = oracle.overload(max);
      assertThat(coverage.overload(max)).as("overload above %s", max).isEqualTo(expected);
      for (Contributor contributor : estate.contributors()) {
        assertThat(coverage.overloadOf(contributor.id(), max))
            .as("overload of %s above %s", contributor.id(), max)
            .isEqualTo(expected.getOrDefault(contributor.id(), List.of()));
      }
    }
  }

  @Test
  void addingASlot_neverAddsUncoveredTimeGapsOrRisk() {
    qt().withExamples(300)
        .forAll(CoverageGens.scenarios(), CoverageGens.slotSpecs())
        .checkAssert((scenario, slot) -> assertNoWorse(analyse(scenario), analyse(scenario.withSlot(slot))));
  }

  @Test
  void removingAnAbsence_neverAddsUncoveredTimeGapsOrRisk() {
    qt().withExamples(300)
        .forAll(CoverageGens.scenarios(), integers().between(0, 3))
        .checkAssert((scenario, which) -> {
          if (scenario.absences().isEmpty()) {
            return;
          }
          assertNoWorse(analyse(scenario), analyse(scenario.withoutAbsence(which % scenario.absences().size())));
        });
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

  @Test
  void soleCover_agreesWithTakingEachMonitorAwayInTurn() {
    qt().withExamples(200)
        .forAll(CoverageGens.scenarios())
        .checkAssert(MonitoringCoverageProperties::soleCoverAgreesWithTakingEachMonitorAway);
  }

  private static void soleCoverAgreesWithTakingEachMonitorAway(Scenario scenario) {
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

  @Test
  void analysis_isIndependentOfTheOrderOfRotaAndAbsences() {
    qt().withExamples(200)
        .forAll(CoverageGens.scenarios(), Gens.shuffles(), Gens.shuffles())
        .checkAssert((scenario, rotaOrder, absenceOrder) -> {
          MonitoringCoverage inOrder = analyse(scenario);
          MonitoringCoverage shuffled =
              MonitoringCoverage.analyse(scenario.shuffledEstate(rotaOrder, absenceOrder), scenario.horizon());

          assertThat(shuffled.accounts()).isEqualTo(inOrder.accounts());
          assertThat(shuffled.overload(1)).isEqualTo(inOrder.overload(1));
        });
  }

  @Test
  void analysingOneEstateAgain_overAnyHorizon_agreesWithAFreshEstate() {
    // The second analysis of an estate reads the rota table the first one read from its slots.
    qt().withExamples(200)
        .forAll(CoverageGens.scenarios())
        .checkAssert(scenario -> {
          Estate estate = scenario.estate();
          MonitoringCoverage.analyse(estate, scenario.horizon());
          for (Duration horizon : List.of(scenario.horizon(), scenario.horizon().plusDays(3), Duration.ofHours(5))) {
            MonitoringCoverage again = MonitoringCoverage.analyse(estate, horizon);
            MonitoringCoverage fresh = MonitoringCoverage.analyse(scenario.estate(), horizon);

            assertThat(again.accounts()).as("over %s", horizon).isEqualTo(fresh.accounts());
            assertThat(again.overload(1)).as("over %s", horizon).isEqualTo(fresh.overload(1));
          }
        });
  }

  @Test
  void analysis_isDeterministic() {
    qt().withExamples(200)
        .forAll(CoverageGens.scenarios())
        .checkAssert(scenario -> {
          MonitoringCoverage once = analyse(scenario);
          MonitoringCoverage again = analyse(scenario);

          assertThat(again.accounts()).isEqualTo(once.accounts());
          for (int max = 0; max <= 2; max++) {
            assertThat(again.overload(max)).isEqualTo(once.overload(max));
          }
        });
  }

  private static IntervalSet none() {
    return IntervalSet.empty();
  }
}

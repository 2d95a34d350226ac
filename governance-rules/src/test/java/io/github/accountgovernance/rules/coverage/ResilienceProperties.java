package io.github.accountgovernance.rules.coverage;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.IntervalSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * Resilience beyond one person (MON-4 with {@code resilience} k): the hours that k or fewer people cover, and who,
 * checked against the brute-force oracle of taking every set of people away and analysing the estate again.
 */
final class ResilienceProperties {

  @Test
  void takingAwayAnySetOfAtMostKPeople_opensExactlyTheHoursOfTheGroupsInsideIt() {
    qt().withExamples(200)
        .forAll(CoverageGens.scenarios())
        .checkAssert(ResilienceProperties::opensExactlyTheGroupsHours);
  }

  private static void opensExactlyTheGroupsHours(Scenario scenario) {
    Estate estate = scenario.estate();
    MonitoringCoverage coverage = MonitoringCoverage.analyse(estate, scenario.horizon());
    for (AccountCoverage account : coverage.accounts()) {
      List<String> monitors = account.monitors();
      for (Set<String> away : subsets(monitors)) {
        AccountCoverage without = MonitoringCoverage.analyse(withoutSlotsOf(estate, away), scenario.horizon())
            .account(account.account().id());
        IntervalSet opened =
            without.uncoveredDuringDeclaredHours().difference(account.uncoveredDuringDeclaredHours());
        for (int k = away.size(); k <= 3; k++) {
          if (k == 0) {
            continue;
          }
          IntervalSet reported = IntervalSet.empty();
          for (Map.Entry<List<String>, IntervalSet> group : account.coverByAtMost(k).entrySet()) {
            if (away.containsAll(group.getKey())) {
              reported = reported.union(group.getValue());
            }
          }
          assertThat(reported)
              .as("declared hours on %s opened by taking %s away, with k = %s", account.account().id(), away, k)
              .isEqualTo(opened);
        }
      }
    }
  }

  @Test
  void groupsAndHoursAtRisk_fitTogether_andKOfOneIsLeaveResilienceAsBefore() {
    qt().withExamples(300)
        .forAll(CoverageGens.scenarios())
        .checkAssert(scenario -> {
          for (AccountCoverage account : MonitoringCoverage.analyse(scenario.estate(), scenario.horizon()).accounts()) {
            String id = account.account().id();
            assertThat(account.atRiskDuringDeclaredHours(1)).as("at risk on %s", id)
                .isEqualTo(account.atRiskDuringDeclaredHours());
            SortedMap<List<String>, IntervalSet> alone = account.coverByAtMost(1);
            assertThat(alone.keySet()).allSatisfy(group -> assertThat(group).hasSize(1));
            assertThat(alone.values()).containsExactlyElementsOf(account.soleCoverDuringDeclaredHours().values());
            for (int k = 1; k <= 4; k++) {
              IntervalSet union = account.uncoveredDuringDeclaredHours();
              for (Map.Entry<List<String>, IntervalSet> group : account.coverByAtMost(k).entrySet()) {
                assertThat(group.getKey()).as("a group of at most %s on %s", k, id)
                    .isNotEmpty().hasSizeLessThanOrEqualTo(k).isSorted().doesNotHaveDuplicates();
                assertThat(union.intersection(group.getValue())).as("groups on %s do not overlap", id)
                    .isEqualTo(IntervalSet.empty());
                union = union.union(group.getValue());
              }
              assertThat(union).as("the groups and the uncovered hours of %s are its hours at risk, k = %s", id, k)
                  .isEqualTo(account.atRiskDuringDeclaredHours(k));
              int k1 = k;
              account.leastOnDutyDuringDeclaredHours().ifPresentOrElse(
                  least -> assertThat(account.atRiskDuringDeclaredHours(k1).isEmpty())
                      .as("%s is covered by at least %s at all declared hours", id, least)
                      .isEqualTo(least > k1),
                  () -> assertThat(account.declaredHours().isEmpty()).isTrue());
            }
          }
        });
  }

  private static Estate withoutSlotsOf(Estate estate, Set<String> away) {
    List<RotaAssignment> rest = new ArrayList<>();
    for (RotaAssignment slot : estate.rota()) {
      if (!away.contains(slot.contributor())) {
        rest.add(slot);
      }
    }
    return Estate.builder().from(estate).rota(rest).build();
  }

  /** Every subset, the empty one included. */
  private static List<Set<String>> subsets(List<String> people) {
    List<Set<String>> all = new ArrayList<>();
    for (int mask = 0; mask < 1 << people.size(); mask++) {
      Set<String> subset = new HashSet<>();
      for (int i = 0; i < people.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          subset.add(people.get(i));
        }
      }
      all.add(subset);
    }
    return all;
  }
}

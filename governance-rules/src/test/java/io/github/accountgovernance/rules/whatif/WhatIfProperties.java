package io.github.accountgovernance.rules.whatif;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.rules.Evaluation;
import io.github.accountgovernance.rules.Fingerprint;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.coverage.AccountCoverage;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import io.github.accountgovernance.rules.whatif.ChangeReport.CoverChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.LostWindow;
import io.github.accountgovernance.rules.whatif.ChangeReport.Persisted;
import io.github.accountgovernance.rules.whatif.ChangeReport.RuleChange;
import io.github.accountgovernance.rules.whatif.WhatIfGens.ChangeSpec;
import io.github.accountgovernance.rules.whatif.WhatIfGens.EstateSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

final class WhatIfProperties {

  private static final Evaluation EVALUATION =
      Evaluation.of(PolicyPacks.npcc2021()).horizon(WhatIfGens.HORIZON);

  @Test
  void whatIf_agreesWithEvaluatingTheChangedEstateDirectly() {
    qt().withExamples(300)
        .forAll(WhatIfGens.estates(), WhatIfGens.changes())
        .checkAssert(WhatIfProperties::agreesWithDirectEvaluation);
  }

  private static void agreesWithDirectEvaluation(EstateSpec spec, List<ChangeSpec> changes) {
    Estate estate = WhatIfGens.estate(spec);
    Scenario scenario = WhatIfGens.scenario(spec, changes);
    Estate changed;
    try {
      changed = scenario.applyTo(estate);
    } catch (InvalidScenarioException refused) {
      assertThatThrownBy(() -> ChangeReport.whatIf(EVALUATION, estate, scenario))
          .isInstanceOf(InvalidScenarioException.class)
          .hasMessage(refused.getMessage());
      return;
    }
    Report before = EVALUATION.evaluate(estate);
    Report after = EVALUATION.evaluate(changed);
    ChangeReport report = ChangeReport.whatIf(EVALUATION, estate, scenario);

    assertThat(report.before().report()).isEqualTo(before);
    assertThat(report.after().report()).isEqualTo(after);

    List<Violation> afterSide = new ArrayList<>(report.appeared());
    List<Violation> beforeSide = new ArrayList<>(report.cleared());
    for (Persisted pair : report.persisted()) {
      assertThat(pair.before().fingerprint()).isEqualTo(pair.after().fingerprint());
      afterSide.add(pair.after());
      beforeSide.add(pair.before());
    }
    assertThat(afterSide).as("appeared and persisted are the changed estate's violations")
        .containsExactlyInAnyOrderElementsOf(after.violations());
    assertThat(beforeSide).as("cleared and persisted are the estate's violations")
        .containsExactlyInAnyOrderElementsOf(before.violations());
    for (Violation appeared : report.appeared()) {
      assertThat(count(before.violations(), appeared.fingerprint()))
          .as("%s appears, so the estate has fewer of its fingerprint", appeared.fingerprint())
          .isLessThan(count(after.violations(), appeared.fingerprint()));
    }
    for (Violation cleared : report.cleared()) {
      assertThat(count(after.violations(), cleared.fingerprint()))
          .as("%s goes away, so the changed estate has fewer of its fingerprint", cleared.fingerprint())
          .isLessThan(count(before.violations(), cleared.fingerprint()));
    }

    Map<RuleId, int[]> tally = new TreeMap<>();
    report.appeared().forEach(v -> tally.computeIfAbsent(v.ruleId(), id -> new int[3])[0]++);
    report.cleared().forEach(v -> tally.computeIfAbsent(v.ruleId(), id -> new int[3])[1]++);
    report.persisted().forEach(p -> tally.computeIfAbsent(p.after().ruleId(), id -> new int[3])[2]++);
    for (RuleChange rule : report.rules()) {
      int[] expected = tally.getOrDefault(rule.ruleId(), new int[3]);
      assertThat(new int[] {rule.appeared(), rule.cleared(), rule.stayed()})
          .as("counts of %s", rule.ruleId())
          .containsExactly(expected);
    }

    assertCoverAgrees(report, estate, changed);
  }

  /** The lost and regained declared hours are those the two coverage analyses disagree on, account by account. */
  private static void assertCoverAgrees(ChangeReport report, Estate estate, Estate changed) {
    MonitoringCoverage was = MonitoringCoverage.analyse(estate, WhatIfGens.AS_OF, WhatIfGens.HORIZON);
    MonitoringCoverage is = MonitoringCoverage.analyse(changed, WhatIfGens.AS_OF, WhatIfGens.HORIZON);
    Map<String, CoverChange> reported = new HashMap<>();
    report.cover().forEach(change -> reported.put(change.account().id(), change));
    for (AccountCoverage now : is.accounts()) {
      String id = now.account().id();
      AccountCoverage then = was.accounts().stream().filter(a -> a.account().id().equals(id)).findFirst()
          .orElse(null);
      IntervalSet lost = IntervalSet.empty();
      IntervalSet regained = IntervalSet.empty();
      if (then != null) {
        lost = now.uncoveredDuringDeclaredHours().intersection(then.declaredHours())
            .difference(then.uncoveredDuringDeclaredHours());
        regained = then.uncoveredDuringDeclaredHours().intersection(now.declaredHours())
            .difference(now.uncoveredDuringDeclaredHours());
      }
      CoverChange change = reported.remove(id);
      if (lost.isEmpty() && regained.isEmpty()) {
        assertThat(change).as("cover change of %s", id).isNull();
        continue;
      }
      assertThat(change).as("cover change of %s", id).isNotNull();
      List<io.github.accountgovernance.core.time.TimeWindow> windows = new ArrayList<>();
      for (LostWindow window : change.lost()) {
        windows.add(window.window());
        assertThat(window.onRota()).as("people on the rota of %s", id)
            .allSatisfy(person -> assertThat(now.monitors()).contains(person.id()));
      }
      assertThat(IntervalSet.of(windows)).as("lost cover of %s", id).isEqualTo(lost);
      assertThat(change.regained()).as("regained cover of %s", id).isEqualTo(regained);
    }
    assertThat(reported).as("cover changes of accounts not open on both sides").isEmpty();
  }

  private static long count(List<Violation> violations, Fingerprint print) {
    return violations.stream().filter(v -> v.fingerprint().equals(print)).count();
  }

  @Test
  void whatIf_isDeterministic_inEveryFormat() {
    qt().withExamples(100)
        .forAll(WhatIfGens.estates(), WhatIfGens.changes())
        .checkAssert((spec, changes) -> {
          Estate estate = WhatIfGens.estate(spec);
          Scenario scenario = WhatIfGens.scenario(spec, changes);
          ChangeReport once;
          try {
            once = ChangeReport.whatIf(EVALUATION, estate, scenario);
          } catch (InvalidScenarioException refused) {
            return;
          }
          ChangeReport again = ChangeReport.whatIf(EVALUATION, WhatIfGens.estate(spec), scenario);
          assertThat(again).isEqualTo(once);
          for (ChangeFormat format : ChangeFormat.values()) {
            assertThat(format.render(again)).as("%s", format).isEqualTo(format.render(once));
          }
        });
  }

  @Test
  void emptyScenario_changesNothing() {
    qt().withExamples(100)
        .forAll(WhatIfGens.estates())
        .checkAssert(spec -> {
          ChangeReport report = ChangeReport.whatIf(EVALUATION, WhatIfGens.estate(spec), Scenario.empty());
          assertThat(report.hasChanges()).as("%s", report).isFalse();
          assertThat(report.persisted()).hasSameSizeAs(report.before().report().violations());
        });
  }

  @Test
  void scenarioFiles_readWhatTheyWrite() {
    qt().withExamples(200)
        .forAll(WhatIfGens.estates(), WhatIfGens.changes())
        .checkAssert((spec, changes) -> {
          Scenario scenario = canonical(WhatIfGens.scenario(spec, changes));
          assertThat(ScenarioFiles.read(ScenarioFiles.toYaml(scenario), "scenario.yaml")).isEqualTo(scenario);
          assertThat(ScenarioFiles.read(ScenarioFiles.toJson(scenario), "scenario.json")).isEqualTo(scenario);
        });
  }

  /** The changes in the order a scenario file applies them. */
  private static Scenario canonical(Scenario scenario) {
    List<Class<?>> order = List.of(Scenario.Opens.class, Scenario.Closes.class, Scenario.RemovesSlots.class,
        Scenario.AddsSlot.class, Scenario.Leaves.class, Scenario.Absent.class);
    Scenario.Builder sorted = Scenario.builder();
    for (Class<?> kind : order) {
      scenario.changes().stream().filter(kind::isInstance).forEach(sorted::add);
    }
    return sorted.build();
  }
}

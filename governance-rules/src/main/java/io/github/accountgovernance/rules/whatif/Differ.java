package io.github.accountgovernance.rules.whatif;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.Fingerprint;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.RuleResult;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.coverage.AccountCoverage;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import io.github.accountgovernance.rules.whatif.ChangeReport.CoverChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.LostWindow;
import io.github.accountgovernance.rules.whatif.ChangeReport.ParameterChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.Persisted;
import io.github.accountgovernance.rules.whatif.ChangeReport.RuleChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.RuleState;
import io.github.accountgovernance.rules.whatif.ChangeReport.Side;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Compares two evaluations: violations by fingerprint, rules, parameters and, given both estates, cover. */
final class Differ {

  private static final Comparator<Subject> BY_NAME =
      Comparator.comparing(Subject::displayName, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(Subject::displayName)
          .thenComparing(Subject::reference);

  private Differ() {}

  static ChangeReport compare(
      String title,
      List<String> differences,
      Side before,
      Estate beforeEstate,
      Side after,
      Estate afterEstate,
      Map<String, Instant> leaving) {
    Report was = before.report();
    Report is = after.report();

    Map<Fingerprint, List<Violation>> wasByPrint = byFingerprint(was.violations());
    Map<Fingerprint, List<Violation>> isByPrint = byFingerprint(is.violations());
    Set<Fingerprint> prints = new TreeSet<>(wasByPrint.keySet());
    prints.addAll(isByPrint.keySet());
    List<Violation> appeared = new ArrayList<>();
    List<Violation> cleared = new ArrayList<>();
    List<Persisted> persisted = new ArrayList<>();
    for (Fingerprint print : prints) {
      List<Violation> old = wasByPrint.getOrDefault(print, List.of());
      List<Violation> now = isByPrint.getOrDefault(print, List.of());
      int paired = Math.min(old.size(), now.size());
      for (int i = 0; i < paired; i++) {
        persisted.add(new Persisted(old.get(i), now.get(i)));
      }
      cleared.addAll(old.subList(paired, old.size()));
      appeared.addAll(now.subList(paired, now.size()));
    }
    Collections.sort(appeared);
    Collections.sort(cleared);
    persisted.sort(Comparator.comparing(Persisted::after).thenComparing(Persisted::before));

    return new ChangeReport(
        title,
        differences != null ? differences : differences(before, beforeEstate, after, afterEstate),
        before,
        after,
        appeared,
        cleared,
        persisted,
        rules(was, is, appeared, cleared, persisted),
        parameters(was, is),
        cover(was, beforeEstate, is, afterEstate, leaving));
  }

  /** Each fingerprint's violations, in report order. */
  private static Map<Fingerprint, List<Violation>> byFingerprint(List<Violation> violations) {
    Map<Fingerprint, List<Violation>> byPrint = new TreeMap<>();
    List<Violation> sorted = new ArrayList<>(violations);
    Collections.sort(sorted);
    for (Violation violation : sorted) {
      byPrint.computeIfAbsent(violation.fingerprint(), print -> new ArrayList<>()).add(violation);
    }
    return byPrint;
  }

  private static List<String> differences(Side before, Estate beforeEstate, Side after, Estate afterEstate) {
    Report was = before.report();
    Report is = after.report();
    List<String> lines = new ArrayList<>();
    if (beforeEstate != null && afterEstate != null && !beforeEstate.equals(afterEstate)) {
      lines.add("estate: " + before.label() + " → " + after.label());
    }
    if (!was.packId().equals(is.packId()) || !was.packName().equals(is.packName())) {
      lines.add("pack: " + was.packId() + " (" + was.packName() + ") → " + is.packId() + " (" + is.packName() + ")");
    }
    if (!was.asOf().equals(is.asOf())) {
      lines.add("as of: " + was.asOf() + " → " + is.asOf());
    }
    if (!was.horizon().equals(is.horizon())) {
      lines.add("horizon: " + ChangeWords.duration(was.horizon()) + " → " + ChangeWords.duration(is.horizon()));
    }
    if (!was.forceName().equals(is.forceName())) {
      lines.add("force: " + was.forceName() + " → " + is.forceName());
    }
    return lines;
  }

  // ------------------------------------------------------------------------------------------------ rules

  private static List<RuleChange> rules(
      Report was, Report is, List<Violation> appeared, List<Violation> cleared, List<Persisted> persisted) {
    Map<RuleId, RuleResult> wasRules = results(was);
    Map<RuleId, RuleResult> isRules = results(is);
    Set<RuleId> ids = new TreeSet<>(wasRules.keySet());
    ids.addAll(isRules.keySet());
    ids.addAll(was.disabledRules());
    ids.addAll(is.disabledRules());
    Map<RuleId, int[]> counts = new HashMap<>();
    appeared.forEach(v -> counts.computeIfAbsent(v.ruleId(), id -> new int[4])[0]++);
    cleared.forEach(v -> counts.computeIfAbsent(v.ruleId(), id -> new int[4])[1]++);
    for (Persisted pair : persisted) {
      int[] count = counts.computeIfAbsent(pair.after().ruleId(), id -> new int[4]);
      count[2]++;
      count[3] += pair.changed() ? 1 : 0;
    }
    Map<RuleId, Severity> severities = new HashMap<>();
    appeared.forEach(v -> severities.putIfAbsent(v.ruleId(), v.severity()));
    cleared.forEach(v -> severities.putIfAbsent(v.ruleId(), v.severity()));
    persisted.forEach(p -> severities.putIfAbsent(p.after().ruleId(), p.after().severity()));
    ids.addAll(counts.keySet());
    List<RuleChange> rules = new ArrayList<>();
    for (RuleId id : ids) {
      RuleResult either = isRules.containsKey(id) ? isRules.get(id) : wasRules.get(id);
      int[] count = counts.getOrDefault(id, new int[4]);
      if (either == null && !counts.containsKey(id)) {
        // Disabled (or absent) on both sides: nothing ran, nothing to say.
        continue;
      }
      rules.add(new RuleChange(
          id,
          either == null ? "" : either.title(),
          either == null ? severities.get(id) : either.severity(),
          state(was, wasRules, id),
          state(is, isRules, id),
          count[0],
          count[1],
          count[2],
          count[3]));
    }
    return rules;
  }

  private static Map<RuleId, RuleResult> results(Report report) {
    Map<RuleId, RuleResult> byId = new TreeMap<>();
    report.rules().forEach(result -> byId.put(result.ruleId(), result));
    return byId;
  }

  private static RuleState state(Report report, Map<RuleId, RuleResult> results, RuleId id) {
    if (results.containsKey(id)) {
      return RuleState.CHECKED;
    }
    return report.disabledRules().contains(id) ? RuleState.DISABLED : RuleState.ABSENT;
  }

  // ------------------------------------------------------------------------------------------------ parameters

  private static List<ParameterChange> parameters(Report was, Report is) {
    Map<String, EffectiveParameter> old = new TreeMap<>();
    was.parameters().forEach(p -> old.put(p.key(), p));
    Map<String, EffectiveParameter> now = new TreeMap<>();
    is.parameters().forEach(p -> now.put(p.key(), p));
    Set<String> keys = new TreeSet<>(old.keySet());
    keys.addAll(now.keySet());
    List<ParameterChange> changes = new ArrayList<>();
    for (String key : keys) {
      EffectiveParameter a = old.get(key);
      EffectiveParameter b = now.get(key);
      boolean same =
          a != null
              && b != null
              && a.text().equals(b.text())
              && a.provenance() == b.provenance()
              && a.setBy().equals(b.setBy());
      if (!same) {
        changes.add(new ParameterChange(key, Optional.ofNullable(a), Optional.ofNullable(b)));
      }
    }
    return changes;
  }

  // ------------------------------------------------------------------------------------------------ cover

  private static List<CoverChange> cover(
      Report was, Estate beforeEstate, Report is, Estate afterEstate, Map<String, Instant> leaving) {
    if (beforeEstate == null || afterEstate == null) {
      return List.of();
    }
    if (beforeEstate.equals(afterEstate) && was.asOf().equals(is.asOf()) && was.horizon().equals(is.horizon())) {
      return List.of();
    }
    MonitoringCoverage old = was.coverage().orElseGet(() -> analyse(beforeEstate, was));
    MonitoringCoverage now = is.coverage().orElseGet(() -> analyse(afterEstate, is));
    Map<String, AccountCoverage> oldById = new HashMap<>();
    old.accounts().forEach(a -> oldById.put(a.account().id(), a));
    Map<String, List<Contributor>> byDistrict = new HashMap<>();
    for (Contributor person : afterEstate.contributors()) {
      if (person.isServing() && person.district().isPresent() && !now.accountsMonitoredBy(person.id()).isEmpty()) {
        byDistrict.computeIfAbsent(person.district().get(), d -> new ArrayList<>()).add(person);
      }
    }

    List<CoverChange> changes = new ArrayList<>();
    for (AccountCoverage account : now.accounts()) {
      AccountCoverage earlier = oldById.get(account.account().id());
      if (earlier == null) {
        // Not open on the first side: an account that opens does not lose cover.
        continue;
      }
      IntervalSet lost =
          account.uncoveredDuringDeclaredHours()
              .intersection(earlier.declaredHours())
              .difference(earlier.uncoveredDuringDeclaredHours());
      IntervalSet regained =
          earlier.uncoveredDuringDeclaredHours()
              .intersection(account.declaredHours())
              .difference(account.uncoveredDuringDeclaredHours());
      if (lost.isEmpty() && regained.isEmpty()) {
        continue;
      }
      List<LostWindow> windows = new ArrayList<>(lost.size());
      for (TimeWindow window : lost.windows()) {
        windows.add(lostWindow(account, window, afterEstate, leaving, byDistrict));
      }
      changes.add(new CoverChange(Subject.of(account.account()), now.zone(), windows, regained));
    }
    changes.sort(Comparator.comparing(CoverChange::account, BY_NAME));
    return changes;
  }

  private static LostWindow lostWindow(
      AccountCoverage account,
      TimeWindow window,
      Estate estate,
      Map<String, Instant> leaving,
      Map<String, List<Contributor>> byDistrict) {
    List<Subject> onRota = new ArrayList<>();
    for (String monitor : account.monitors()) {
      if (isFree(estate, monitor, window, leaving)) {
        estate.contributor(monitor).map(Subject::of).ifPresent(onRota::add);
      }
    }
    List<Subject> inDistrict = new ArrayList<>();
    Account shown = account.account();
    if (onRota.isEmpty() && shown.district().isPresent()) {
      for (Contributor person : byDistrict.getOrDefault(shown.district().get(), List.of())) {
        if (!account.monitors().contains(person.id()) && isFree(estate, person.id(), window, leaving)) {
          inDistrict.add(Subject.of(person));
        }
      }
    }
    return new LostWindow(window, onRota, inDistrict);
  }

  /**
   * Whether someone could take a window on: not absent at any time in it, and not leaving before it ends (a leaver
   * whose rota the scenario cut short is still serving, so only the scenario knows).
   */
  private static boolean isFree(Estate estate, String contributor, TimeWindow window, Map<String, Instant> leaving) {
    Instant leaves = leaving.get(contributor);
    return (leaves == null || !window.end().isAfter(leaves))
        && estate.absencesOf(contributor).stream().noneMatch(absence -> absence.window().overlaps(window));
  }

  /**
   * The coverage the MON rules would have seen, for a report that does not keep it (no MON rule in its pack): over
   * the report's instant and horizon, each to the whole second.
   */
  private static MonitoringCoverage analyse(Estate estate, Report report) {
    Instant asOf = report.asOf().truncatedTo(ChronoUnit.SECONDS);
    Duration horizon = report.horizon().truncatedTo(ChronoUnit.SECONDS);
    return MonitoringCoverage.analyse(estate, asOf, horizon.isZero() ? Duration.ofSeconds(1) : horizon);
  }
}

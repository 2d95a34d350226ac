package io.github.accountgovernance.rules.whatif;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.Evaluation;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What changes between two evaluations: the estate before and after a {@link Scenario}, one estate under two
 * packs, two estates under one pack, or one estate as of two dates. It lists the violations that appear, that go
 * away and that stay, matched by their {@linkplain Violation#fingerprint() fingerprints} (rule, subject and the
 * rule's key; never the wording), per rule; the parameters whose value or provenance differs, with where each
 * side's value comes from; and, when both estates are known, the declared monitored hours that lose cover and who
 * else could cover them.
 *
 * <pre>{@code
 * ChangeReport changes = ChangeReport.whatIf(Evaluation.of(PolicyPacks.npcc2021()), estate,
 *     Scenario.builder().absent("c1299", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 22)).build());
 * changes.summary();
 * // "Compared with the estate as it is, the scenario adds 1 MON-3 violation and clears none; ..."
 * for (ChangeReport.CoverChange account : changes.cover()) {
 *   account.account();      // @NYP_Hambleton
 *   account.lost();         // the windows of declared hours nobody covers any more, and who else could
 * }
 *
 * ChangeReport packs = ChangeReport.comparing()
 *     .before("npcc2021", estate, Evaluation.of(PolicyPacks.npcc2021()))
 *     .after("retain-individual", estate, Evaluation.of(PolicyPacks.retainIndividualAccounts()))
 *     .compare();
 * packs.clearedOf("CLO-1");  // the individual officers' accounts that no longer need closing
 * }</pre>
 *
 * <p>Only the violations each report leaves open are compared (not those waived or in a baseline). When one
 * fingerprint is reported more than once on a side, the violations are paired in their report order and the
 * rest appear or go away. Every list is in a deterministic order, so the same inputs give equal change reports
 * and the same bytes in every {@link ChangeFormat}. Immutable and thread-safe.
 */
public final class ChangeReport {

  private final String title;
  private final List<String> differences;
  private final Side before;
  private final Side after;
  private final List<Violation> appeared;
  private final List<Violation> cleared;
  private final List<Persisted> persisted;
  private final List<RuleChange> rules;
  private final List<ParameterChange> parameters;
  private final List<CoverChange> cover;

  ChangeReport(
      String title,
      List<String> differences,
      Side before,
      Side after,
      List<Violation> appeared,
      List<Violation> cleared,
      List<Persisted> persisted,
      List<RuleChange> rules,
      List<ParameterChange> parameters,
      List<CoverChange> cover) {
    this.title = title;
    this.differences = List.copyOf(differences);
    this.before = before;
    this.after = after;
    this.appeared = List.copyOf(appeared);
    this.cleared = List.copyOf(cleared);
    this.persisted = List.copyOf(persisted);
    this.rules = List.copyOf(rules);
    this.parameters = List.copyOf(parameters);
    this.cover = List.copyOf(cover);
  }

  /**
   * Evaluates an estate as it is and as a scenario would leave it, and compares the two.
   *
   * @param evaluation the evaluation to run on both (pack, instant, horizon, waivers, baseline)
   * @param estate the estate as it is
   * @param scenario the changes
   * @return the change report, titled after the scenario, its differences the scenario's changes in words
   * @throws NullPointerException if an argument is null
   * @throws InvalidScenarioException if the scenario cannot apply to the estate
   */
  public static ChangeReport whatIf(Evaluation evaluation, Estate estate, Scenario scenario) {
    requireNonNull(evaluation, "evaluation");
    requireNonNull(estate, "estate");
    requireNonNull(scenario, "scenario");
    Estate changed = scenario.applyTo(estate);
    List<String> described = scenario.describe(estate);
    Map<String, Instant> leaving = new TreeMap<>();
    for (Scenario.Change change : scenario.changes()) {
      if (change instanceof Scenario.Leaves leaves) {
        leaving.merge(leaves.contributor(), leaves.on().atStartOfDay(estate.force().zone()).toInstant(),
            (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    String title =
        scenario.name().map(name -> "What if: " + name)
            .orElse(described.size() == 1
                ? "What if " + described.get(0)
                : "What if these " + described.size() + " changes happen");
    return comparing()
        .title(title)
        .differences(described)
        .before("the estate as it is", estate, evaluation)
        .after("the scenario", changed, evaluation)
        .leaving(leaving)
        .compare();
  }

  /**
   * Starts a comparison of two evaluations.
   *
   * @return a new comparison, to be given both sides
   */
  public static Comparison comparing() {
    return new Comparison();
  }

  /**
   * Returns the title: the question the report answers, such as {@code "What if Sgt Ravi Nabholme (c1299) is
   * absent …"} or {@code "What changes from npcc2021 to retain-individual"}.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns what differs between the two sides, in words: the scenario's changes, or the packs, estates or dates
   * compared.
   *
   * @return one line per difference
   */
  public List<String> differences() {
    return differences;
  }

  /**
   * Returns the side compared against.
   *
   * @return the first side
   */
  public Side before() {
    return before;
  }

  /**
   * Returns the side compared.
   *
   * @return the second side
   */
  public Side after() {
    return after;
  }

  /**
   * Returns the violations of the second side whose fingerprints the first does not have.
   *
   * @return the new violations, in report order
   */
  public List<Violation> appeared() {
    return appeared;
  }

  /**
   * Returns the violations of the first side whose fingerprints the second does not have.
   *
   * @return the violations that go away, in report order
   */
  public List<Violation> cleared() {
    return cleared;
  }

  /**
   * Returns the violations on both sides, paired by fingerprint.
   *
   * @return the pairs, in the order of the second side's report
   */
  public List<Persisted> persisted() {
    return persisted;
  }

  /**
   * Returns the violations on both sides whose message or evidence differs, such as a MON-3 violation with more
   * uncovered windows.
   *
   * @return the changed pairs, in report order
   */
  public List<Persisted> changed() {
    List<Persisted> changed = new ArrayList<>();
    for (Persisted pair : persisted) {
      if (pair.changed()) {
        changed.add(pair);
      }
    }
    return List.copyOf(changed);
  }

  /**
   * Returns the new violations of one rule.
   *
   * @param ruleId such as {@code "MON-3"}
   * @return the violations, in report order
   * @throws NullPointerException if {@code ruleId} is null
   * @throws IllegalArgumentException if the id is malformed
   */
  public List<Violation> appearedOf(String ruleId) {
    return of(appeared, RuleId.of(ruleId));
  }

  /**
   * Returns the violations of one rule that go away.
   *
   * @param ruleId such as {@code "CLO-1"}
   * @return the violations, in report order
   * @throws NullPointerException if {@code ruleId} is null
   * @throws IllegalArgumentException if the id is malformed
   */
  public List<Violation> clearedOf(String ruleId) {
    return of(cleared, RuleId.of(ruleId));
  }

  private static List<Violation> of(List<Violation> violations, RuleId id) {
    List<Violation> matching = new ArrayList<>();
    for (Violation violation : violations) {
      if (violation.ruleId().equals(id)) {
        matching.add(violation);
      }
    }
    return List.copyOf(matching);
  }

  /**
   * Returns, for every rule of either pack, how it fares on each side and how many of its violations appear, go
   * away and stay.
   *
   * @return the rules, by id
   */
  public List<RuleChange> rules() {
    return rules;
  }

  /**
   * Returns the parameters whose value, provenance or setter differs, or that only one side's pack has.
   *
   * @return the parameters, by key
   */
  public List<ParameterChange> parameters() {
    return parameters;
  }

  /**
   * Returns the accounts whose declared monitored hours lose or regain cover, over the time both sides look at.
   * Empty when the estates were not compared (a comparison of reports alone) or nothing changes.
   *
   * @return the accounts, in the order violations list their subjects
   */
  public List<CoverChange> cover() {
    return cover;
  }

  /**
   * Returns the accounts whose declared hours lose cover.
   *
   * @return those of {@link #cover()} with windows lost
   */
  public List<CoverChange> coverLost() {
    List<CoverChange> lost = new ArrayList<>();
    for (CoverChange change : cover) {
      if (!change.lost().isEmpty()) {
        lost.add(change);
      }
    }
    return List.copyOf(lost);
  }

  /**
   * Tells whether anything differs in the outcome: a violation appears, goes away or changes, or declared hours
   * lose or regain cover.
   *
   * @return true if the two evaluations disagree
   */
  public boolean hasChanges() {
    return !appeared.isEmpty() || !cleared.isEmpty() || !changed().isEmpty() || !cover.isEmpty();
  }

  /**
   * Returns the answer in one sentence, such as {@code "Compared with npcc2021, retain-individual clears 90 CLO-1
   * and 90 EST-3 violations and adds none; 1138 stay."}.
   *
   * @return the sentence
   */
  public String summary() {
    int changedCount = changed().size();
    return "Compared with " + before.label() + ", " + after.label() + " " + counted("clears", cleared) + " and "
        + counted("adds", appeared) + "; " + persisted.size()
        + (persisted.size() == 1 ? " stays" : " stay")
        + (changedCount == 0 ? "" : " (" + changedCount + " of them changed)") + ".";
  }

  /** "clears 90 CLO-1 and 3 EST-3 violations", "adds 1 MON-3 violation", "clears none". */
  private static String counted(String verb, List<Violation> violations) {
    if (violations.isEmpty()) {
      return verb + " none";
    }
    Map<RuleId, Integer> counts = new TreeMap<>();
    violations.forEach(v -> counts.merge(v.ruleId(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((rule, n) -> parts.add(n + " " + rule));
    String joined =
        parts.size() == 1
            ? parts.get(0)
            : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    return verb + " " + joined + (violations.size() == 1 ? " violation" : " violations");
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ChangeReport)) {
      return false;
    }
    ChangeReport that = (ChangeReport) other;
    return title.equals(that.title)
        && differences.equals(that.differences)
        && before.equals(that.before)
        && after.equals(that.after)
        && appeared.equals(that.appeared)
        && cleared.equals(that.cleared)
        && persisted.equals(that.persisted)
        && rules.equals(that.rules)
        && parameters.equals(that.parameters)
        && cover.equals(that.cover);
  }

  @Override
  public int hashCode() {
    return ((title.hashCode() * 31 + appeared.hashCode()) * 31 + cleared.hashCode()) * 31 + cover.hashCode();
  }

  /**
   * Returns the title and the summary.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return title + ": " + summary();
  }

  // ------------------------------------------------------------------------------------------------ parts

  /**
   * One side of a comparison: what people call it and the report its evaluation gave.
   *
   * @param label how the comparison names the side, such as {@code "npcc2021"} or {@code "the scenario"}
   * @param report the report
   */
  public record Side(String label, Report report) {

    /**
     * Checks the parts.
     *
     * @param label see {@link #label()}
     * @param report see {@link #report()}
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the label is blank
     */
    public Side {
      requireNonNull(label, "label");
      requireNonNull(report, "report");
      if (label.isBlank()) {
        throw new IllegalArgumentException("a side's label must not be blank");
      }
    }

    /**
     * Returns how many open violations of a severity the side has.
     *
     * @param severity the severity
     * @return the count
     * @throws NullPointerException if {@code severity} is null
     */
    public int count(Severity severity) {
      return report.violations(severity).size();
    }
  }

  /**
   * A violation on both sides: the same fingerprint, perhaps in other words or with other evidence.
   *
   * @param before the first side's violation
   * @param after the second side's violation
   */
  public record Persisted(Violation before, Violation after) {

    /**
     * Checks the parts.
     *
     * @param before see {@link #before()}
     * @param after see {@link #after()}
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the fingerprints differ
     */
    public Persisted {
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      if (!before.fingerprint().equals(after.fingerprint())) {
        throw new IllegalArgumentException(
            "a persisted violation has one fingerprint, but got " + before.fingerprint() + " and "
                + after.fingerprint());
      }
    }

    /**
     * Tells whether what the violation says differs: its severity, message or evidence.
     *
     * @return true if it changed
     */
    public boolean changed() {
      return before.severity() != after.severity()
          || !before.message().equals(after.message())
          || !before.evidence().equals(after.evidence());
    }
  }

  /** How a rule takes part in one side's evaluation. */
  public enum RuleState {
    /** The pack has the rule and it ran. */
    CHECKED,
    /** The pack (or one it derives from) disabled the rule. */
    DISABLED,
    /** The pack does not have the rule. */
    ABSENT;

    /**
     * Returns the state in words.
     *
     * @return {@code "checked"}, {@code "disabled"} or {@code "not in the pack"}
     */
    public String label() {
      return this == ABSENT ? "not in the pack" : name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * How one rule's violations change.
   *
   * @param ruleId the rule
   * @param title its title, from whichever side has it
   * @param severity its severity, from the second side if it has the rule
   * @param before how the first side's pack has it
   * @param after how the second side's pack has it
   * @param appeared how many of its violations appear
   * @param cleared how many go away
   * @param stayed how many stay
   * @param changed how many of those that stay change their words or evidence
   */
  public record RuleChange(
      RuleId ruleId,
      String title,
      Severity severity,
      RuleState before,
      RuleState after,
      int appeared,
      int cleared,
      int stayed,
      int changed) {

    /**
     * Checks the parts.
     *
     * @param ruleId see {@link #ruleId()}
     * @param title see {@link #title()}
     * @param severity see {@link #severity()}
     * @param before see {@link #before()}
     * @param after see {@link #after()}
     * @param appeared see {@link #appeared()}
     * @param cleared see {@link #cleared()}
     * @param stayed see {@link #stayed()}
     * @param changed see {@link #changed()}
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a count is negative or more changed than stayed
     */
    public RuleChange {
      requireNonNull(ruleId, "ruleId");
      requireNonNull(title, "title");
      requireNonNull(severity, "severity");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      if (appeared < 0 || cleared < 0 || stayed < 0 || changed < 0 || changed > stayed) {
        throw new IllegalArgumentException(
            "rule " + ruleId + " cannot have " + appeared + " appeared, " + cleared + " cleared, " + stayed
                + " stayed and " + changed + " changed");
      }
    }

    /**
     * Tells whether anything about the rule differs.
     *
     * @return true if its state differs or a violation appears, goes away or changes
     */
    public boolean hasChanges() {
      return before != after || appeared > 0 || cleared > 0 || changed > 0;
    }
  }

  /**
   * A parameter whose effective value differs between the two packs, with its provenance on each side.
   *
   * @param key the parameter's key
   * @param before the first side's value, or empty if no rule of its pack reads it
   * @param after the second side's value, or empty likewise
   */
  public record ParameterChange(String key, Optional<EffectiveParameter> before, Optional<EffectiveParameter> after) {

    /**
     * Checks the parts.
     *
     * @param key see {@link #key()}
     * @param before see {@link #before()}
     * @param after see {@link #after()}
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if neither side has the parameter
     */
    public ParameterChange {
      requireNonNull(key, "key");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      if (before.isEmpty() && after.isEmpty()) {
        throw new IllegalArgumentException("parameter " + key + " is on neither side");
      }
    }

    /**
     * Describes the change, such as {@code "maxGap: 24h (rule default, set by MON-2, CLO-4) → 12h (force
     * override, set by nyp-2021)"}.
     *
     * @return the text
     */
    public String describe() {
      return key + ": " + side(before) + " → " + side(after);
    }

    /**
     * Describes one side's value with where it comes from.
     *
     * @param parameter the side's value, or empty
     * @return such as {@code "12h (force override, set by nyp-2021)"} or {@code "(not read)"}
     */
    static String side(Optional<EffectiveParameter> parameter) {
      return parameter
          .map(p -> p.shownText() + " (" + p.provenance().label() + ", set by " + p.setBy() + ")")
          .orElse("(no rule reads it)");
    }
  }

  /**
   * An account whose declared monitored hours lose (or regain) cover: stretches of declared hours with nobody on
   * duty on the second side that somebody covered on the first, or the reverse.
   *
   * @param account the account
   * @param zone the force's zone, in which windows are shown
   * @param lost the declared hours that lose cover, each with who else could cover it
   * @param regained the declared hours that nobody covered before and somebody covers now
   */
  public record CoverChange(Subject account, ZoneId zone, List<LostWindow> lost, IntervalSet regained) {

    /**
     * Checks the parts and copies the list.
     *
     * @param account see {@link #account()}
     * @param zone see {@link #zone()}
     * @param lost see {@link #lost()}
     * @param regained see {@link #regained()}
     * @throws NullPointerException if a part is null
     */
    public CoverChange {
      requireNonNull(account, "account");
      requireNonNull(zone, "zone");
      lost = List.copyOf(lost);
      requireNonNull(regained, "regained");
    }

    /**
     * Returns how long the lost windows last in all.
     *
     * @return the total
     */
    public Duration lostDuration() {
      Duration total = Duration.ZERO;
      for (LostWindow window : lost) {
        total = total.plus(window.window().duration());
      }
      return total;
    }
  }

  /**
   * A window of declared hours that loses cover, and who else could cover it: people on the account's rota who
   * are free throughout it (not absent at any time in it, and not leaving before it ends), or, when there is nobody
   * such, serving people of the account's district who monitor other accounts and are free then.
   *
   * @param window the window
   * @param onRota others on the account's rota who are free throughout the window
   * @param inDistrict when {@code onRota} is empty, people of the account's district who monitor other accounts
   *     and are free throughout the window
   */
  public record LostWindow(TimeWindow window, List<Subject> onRota, List<Subject> inDistrict) {

    /**
     * Checks the parts and copies the lists.
     *
     * @param window see {@link #window()}
     * @param onRota see {@link #onRota()}
     * @param inDistrict see {@link #inDistrict()}
     * @throws NullPointerException if a part is null
     */
    public LostWindow {
      requireNonNull(window, "window");
      onRota = List.copyOf(onRota);
      inDistrict = List.copyOf(inDistrict);
    }

    /**
     * Tells whether anybody could cover the window.
     *
     * @return true if someone on the rota or in the district is free
     */
    public boolean canBeCovered() {
      return !onRota.isEmpty() || !inDistrict.isEmpty();
    }
  }

  // ------------------------------------------------------------------------------------------------ comparison

  /**
   * Collects the two sides of a comparison and compares them. Each side is an estate and an evaluation (pack,
   * instant, horizon); when both estates are given, cover is compared too. Not thread-safe; {@link #compare()}
   * may be called again.
   *
   * <pre>{@code
   * ChangeReport dates = ChangeReport.comparing()
   *     .before("1 March", estate, Evaluation.of(pack).asOf(march1))
   *     .after("15 March", estate, Evaluation.of(pack).asOf(march15))
   *     .compare();
   * }</pre>
   */
  public static final class Comparison {

    private String title;
    private List<String> differences;
    private String beforeLabel;
    private Estate beforeEstate;
    private Report beforeReport;
    private String afterLabel;
    private Estate afterEstate;
    private Report afterReport;
    private Map<String, Instant> leaving = Map.of();

    private Comparison() {}

    /** Who leaves when, as a scenario says: they cannot cover windows that end after they have gone. */
    Comparison leaving(Map<String, Instant> leavers) {
      leaving = Map.copyOf(leavers);
      return this;
    }

    /**
     * Sets the title; unless set, it is {@code "What changes from <before> to <after>"}.
     *
     * @param text the title
     * @return this comparison
     * @throws NullPointerException if {@code text} is null
     */
    public Comparison title(String text) {
      title = requireNonNull(text, "text");
      return this;
    }

    /**
     * Sets the differences in words; unless set, they are worked out from the reports: the packs, instants and
     * horizons that differ, and the estates if they are not equal.
     *
     * @param lines the differences
     * @return this comparison
     * @throws NullPointerException if {@code lines} or one of them is null
     */
    public Comparison differences(List<String> lines) {
      differences = List.copyOf(lines);
      return this;
    }

    /**
     * Sets the first side: evaluates the estate.
     *
     * @param label what to call the side
     * @param estate the estate
     * @param evaluation the evaluation
     * @return this comparison
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the first side was already set
     */
    public Comparison before(String label, Estate estate, Evaluation evaluation) {
      requireUnset(beforeReport, "first");
      beforeLabel = requireNonNull(label, "label");
      beforeEstate = requireNonNull(estate, "estate");
      beforeReport = requireNonNull(evaluation, "evaluation").evaluate(estate);
      return this;
    }

    /**
     * Sets the first side from a report alone; cover is then not compared.
     *
     * @param label what to call the side
     * @param report the report
     * @return this comparison
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the first side was already set
     */
    public Comparison before(String label, Report report) {
      requireUnset(beforeReport, "first");
      beforeLabel = requireNonNull(label, "label");
      beforeReport = requireNonNull(report, "report");
      return this;
    }

    /**
     * Sets the second side: evaluates the estate.
     *
     * @param label what to call the side
     * @param estate the estate
     * @param evaluation the evaluation
     * @return this comparison
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the second side was already set
     */
    public Comparison after(String label, Estate estate, Evaluation evaluation) {
      requireUnset(afterReport, "second");
      afterLabel = requireNonNull(label, "label");
      afterEstate = requireNonNull(estate, "estate");
      afterReport = requireNonNull(evaluation, "evaluation").evaluate(estate);
      return this;
    }

    /**
     * Sets the second side from a report alone; cover is then not compared.
     *
     * @param label what to call the side
     * @param report the report
     * @return this comparison
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the second side was already set
     */
    public Comparison after(String label, Report report) {
      requireUnset(afterReport, "second");
      afterLabel = requireNonNull(label, "label");
      afterReport = requireNonNull(report, "report");
      return this;
    }

    private static void requireUnset(Report report, String which) {
      if (report != null) {
        throw new IllegalStateException("the " + which + " side of the comparison was already set");
      }
    }

    /**
     * Compares the two sides.
     *
     * @return the change report
     * @throws IllegalStateException if a side is missing
     */
    public ChangeReport compare() {
      if (beforeReport == null || afterReport == null) {
        throw new IllegalStateException(
            "a comparison needs both sides, but the " + (beforeReport == null ? "first" : "second") + " is missing");
      }
      return Differ.compare(
          title != null ? title : "What changes from " + beforeLabel + " to " + afterLabel,
          differences,
          new Side(beforeLabel, beforeReport),
          beforeEstate,
          new Side(afterLabel, afterReport),
          afterEstate,
          leaving);
    }
  }
}

package io.github.accountgovernance.rules;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.authoring.Analysis;
import io.github.accountgovernance.rules.authoring.EvaluationContext;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.TimeFrame;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates a {@link PolicyPack} over estates: as of an instant (the estate's own unless set, or a
 * {@link Clock}'s), over a horizon for time-based rules (28 days unless set), applying waivers and a baseline.
 * Each setter returns a new evaluation, so one may be shared and reused from many threads. Setting both an
 * instant and a clock is a contradiction and is refused.
 *
 * <p>The evaluation fixes its {@link TimeFrame} once, before any rule runs: the instant and the horizon without
 * their fractions of a second (see {@link TimeFrame} for the rounding). Every rule and shared analysis sees that
 * frame, and the report states it.
 *
 * <pre>{@code
 * Report report = Evaluation.of(pack)
 *     .clock(Clock.systemUTC())
 *     .horizon(Duration.ofDays(14))
 *     .waivers(waivers)
 *     .baseline(baseline)
 *     .evaluate(estate);
 * }</pre>
 *
 * <p>Rules run one after another on the calling thread unless an {@link #executor(Executor) executor} is set, and
 * share analyses (such as coverage) through the {@link EvaluationContext}, each computed once. Each rule is logged
 * at debug level with its counts. Immutable and thread-safe.
 */
public final class Evaluation {

  /** How far ahead a waiver's expiry is warned about unless set: 14 days. */
  public static final Period DEFAULT_EXPIRY_WARNING = Period.ofDays(14);

  private static final Logger LOG = LoggerFactory.getLogger(Evaluation.class);

  private final PolicyPack pack;
  private final Instant asOf;
  private final Clock clock;
  private final Duration horizon;
  private final List<Waiver> waivers;
  private final Baseline baseline;
  private final Period expiryWarning;
  /** Runs the rules, or null to run them one after another on the calling thread. */
  private final Executor executor;

  private Evaluation(
      PolicyPack pack,
      Instant asOf,
      Clock clock,
      Duration horizon,
      List<Waiver> waivers,
      Baseline baseline,
      Period expiryWarning,
      Executor executor) {
    this.pack = pack;
    this.asOf = asOf;
    this.clock = clock;
    this.horizon = horizon;
    this.waivers = waivers;
    this.baseline = baseline;
    this.expiryWarning = expiryWarning;
    this.executor = executor;
  }

  /**
   * Returns an evaluation of a pack: as of each estate's instant, over 28 days, without waivers or baseline.
   *
   * @param pack the pack
   * @return the evaluation
   * @throws NullPointerException if {@code pack} is null
   */
  public static Evaluation of(PolicyPack pack) {
    return new Evaluation(
        requireNonNull(pack, "pack"),
        null,
        null,
        EvaluationContext.DEFAULT_HORIZON,
        List.of(),
        Baseline.empty(),
        DEFAULT_EXPIRY_WARNING, null);
  }

  /**
   * Returns a copy that evaluates as of a fixed instant (without its fraction of a second).
   *
   * @param instant the instant
   * @return the copy
   * @throws NullPointerException if {@code instant} is null
   * @throws IllegalStateException if a clock was set
   */
  public Evaluation asOf(Instant instant) {
    requireNonNull(instant, "instant");
    requireState(clock == null, "clock was already set to %s", clock);
    return new Evaluation(pack, instant, null, horizon, waivers, baseline, expiryWarning, executor);
  }

  /**
   * Returns a copy that evaluates as of the clock's instant when {@link #evaluate(Estate)} is called.
   *
   * @param source the clock
   * @return the copy
   * @throws NullPointerException if {@code source} is null
   * @throws IllegalStateException if an as-of instant was set
   */
  public Evaluation clock(Clock source) {
    requireNonNull(source, "source");
    requireState(asOf == null, "as-of was already set to %s", asOf);
    return new Evaluation(pack, null, source, horizon, waivers, baseline, expiryWarning, executor);
  }

  private static void requireState(boolean expression, String template, Object argument) {
    if (!expression) {
      throw new IllegalStateException(String.format(Locale.ROOT, template, argument));
    }
  }

  /**
   * Returns a copy with another horizon for time-based rules (without its fraction of a second).
   *
   * @param duration the horizon
   * @return the copy
   * @throws NullPointerException if {@code duration} is null
   * @throws IllegalArgumentException if it is shorter than one second
   */
  public Evaluation horizon(Duration duration) {
    requireNonNull(duration, "duration");
    return new Evaluation(
        pack, asOf, clock, TimeFrame.requireHorizon(duration), waivers, baseline, expiryWarning, executor);
  }

  /**
   * Returns a copy that applies waivers.
   *
   * @param applied the waivers
   * @return the copy
   * @throws NullPointerException if an argument or element is null
   */
  public Evaluation waivers(Collection<Waiver> applied) {
    requireNonNull(applied, "applied");
    List<Waiver> sorted = new ArrayList<>(applied);
    for (Waiver waiver : sorted) {
      requireNonNull(waiver, "applied element");
    }
    Collections.sort(sorted);
    return new Evaluation(pack, asOf, clock, horizon, List.copyOf(sorted), baseline, expiryWarning, executor);
  }

  /**
   * Returns a copy that evaluates against a baseline.
   *
   * @param accepted the baseline
   * @return the copy
   * @throws NullPointerException if {@code accepted} is null
   */
  public Evaluation baseline(Baseline accepted) {
    return new Evaluation(
        pack, asOf, clock, horizon, waivers, requireNonNull(accepted, "accepted"), expiryWarning, executor);
  }

  /**
   * Returns a copy that warns about waivers expiring within another window.
   *
   * @param window how far ahead to warn
   * @return the copy
   * @throws NullPointerException if {@code window} is null
   * @throws IllegalArgumentException if the window is negative
   */
  public Evaluation expiryWarning(Period window) {
    requireNonNull(window, "window");
    if (window.isNegative()) {
      throw new IllegalArgumentException("the expiry warning window must not be negative, but was " + window);
    }
    return new Evaluation(pack, asOf, clock, horizon, waivers, baseline, window, executor);
  }

  /**
   * Returns a copy that runs the pack's rules as tasks on an executor, as many at once as it allows, while the
   * calling thread waits for them. The report is the same, byte for byte, as when the rules run one after another:
   * results are gathered in the pack's order, each note is shown under the first rule in that order that left it,
   * and a rule that fails makes the evaluation throw what the first failing rule in that order threw (the rules not
   * yet started are cancelled). Rules that need an analysis another rule is computing wait for it.
   *
   * <pre>{@code
   * ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
   * Report report = Evaluation.of(pack).executor(threads).evaluate(estate);
   * }</pre>
   *
   * <p>A force's own rules and analyses must then be safe to run at once, as the catalogue's are: criteria that
   * keep no state of their own, and analyses through the context.
   *
   * @param threads runs each rule; it must not run them on the calling thread while that thread holds a lock a
   *     rule needs (a direct executor, {@code Runnable::run}, is fine)
   * @return the copy
   * @throws NullPointerException if {@code threads} is null
   */
  public Evaluation executor(Executor threads) {
    requireNonNull(threads, "threads");
    return new Evaluation(pack, asOf, clock, horizon, waivers, baseline, expiryWarning, threads);
  }

  /**
   * Returns the pack.
   *
   * @return the pack
   */
  public PolicyPack pack() {
    return pack;
  }

  /**
   * Evaluates an estate, in four steps: run every rule of the pack in one time frame with shared analyses, apply
   * the waivers and the baseline to what they found, collect the warnings about waivers and rules, and build each
   * rule's result.
   *
   * @param estate the estate
   * @return the report
   * @throws NullPointerException if {@code estate} is null
   */
  public Report evaluate(Estate estate) {
    requireNonNull(estate, "estate");
    TimeFrame frame = TimeFrame.of(asOf != null ? asOf : clock != null ? clock.instant() : estate.asOf(), horizon);
    EvaluationContext context = EvaluationContext.of(estate, frame);
    LOG.debug("evaluating pack {} over the estate of {} as of {}, horizon {}",
        pack.id(), estate.force().name(), frame.asOf(), frame.horizon());

    List<ReportWarning> notes = new ArrayList<>();
    Map<RuleId, Rule.Outcome> outcomes = runRules(context, notes);
    Triage triage = applyWaiversAndBaseline(outcomes, context.today());
    List<ReportWarning> warnings = collectWarnings(triage, outcomes);
    warnings.addAll(notes);
    List<RuleResult> results = buildResults(outcomes, triage);
    return Report.builder()
        .packId(pack.id())
        .packName(pack.name())
        .forceName(estate.force().name())
        .asOf(frame.asOf())
        .zone(estate.force().zone())
        .horizon(frame.horizon())
        .parameters(pack.parameters())
        .rules(results)
        .disabledRules(new TreeSet<>(pack.disabled().keySet()))
        // Taken from the sorted violations in order, these are sorted already unless a note was added to one.
        .violations(new SubjectLocations(estate).locate(triage.noted ? sorted(triage.open) : triage.open))
        .waived(sorted(triage.waived))
        .baselined(triage.noted ? sorted(triage.baselined) : triage.baselined)
        .fixedBaselineEntries(triage.fixed)
        .staleWaivers(sorted(triage.stale))
        .expiringWaivers(sorted(triage.expiring))
        .warnings(sorted(warnings))
        .coverage(context.computed(Analysis.MONITORING_COVERAGE))
        .build();
  }

  /**
   * Step 1: runs each rule of the pack with the pack's values of its parameters, one after another or as tasks on
   * the executor; all rules share the context's time frame and analyses. Each rule notes on a context of its own;
   * what they noted (such as an exemption naming no account) is added to {@code notes} in the pack's order, each
   * note once, under the first rule that left it. Rules that share a parameter note its problems alike, and the
   * first speaks for all.
   */
  private Map<RuleId, Rule.Outcome> runRules(EvaluationContext base, List<ReportWarning> notes) {
    List<Rule> rules = pack.rules();
    List<EvaluationContext> contexts = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      EvaluationContext context = base.withOwnNotes();
      for (Parameter<?> parameter : rule.parameters()) {
        context = withPackValue(context, parameter);
      }
      contexts.add(context);
    }
    Map<RuleId, Rule.Outcome> outcomes = new LinkedHashMap<>();
    if (executor == null) {
      for (int i = 0; i < rules.size(); i++) {
        outcomes.put(rules.get(i).id(), run(rules.get(i), contexts.get(i)));
      }
    } else {
      List<CompletableFuture<Rule.Outcome>> running = new ArrayList<>(rules.size());
      for (int i = 0; i < rules.size(); i++) {
        Rule rule = rules.get(i);
        EvaluationContext context = contexts.get(i);
        running.add(CompletableFuture.supplyAsync(() -> run(rule, context), executor));
      }
      try {
        for (int i = 0; i < rules.size(); i++) {
          outcomes.put(rules.get(i).id(), running.get(i).join());
        }
      } catch (CompletionException e) {
        running.forEach(task -> task.cancel(false));
        throw rethrown(e.getCause());
      }
    }
    Set<String> shown = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      for (String note : contexts.get(i).notes()) {
        if (shown.add(note)) {
          notes.add(ReportWarning.of(ReportWarning.Kind.RULE_NOTE, rules.get(i).id(), note));
        }
      }
    }
    return outcomes;
  }

  private static Rule.Outcome run(Rule rule, EvaluationContext context) {
    long started = System.nanoTime();
    Rule.Outcome outcome = rule.evaluate(context);
    if (LOG.isDebugEnabled()) {
      LOG.debug("rule {}: {} checked, {} passed, {} violations in {} ms", rule.id(), outcome.checked(),
          outcome.passed(), outcome.failures().size(), (System.nanoTime() - started) / 1_000_000);
    }
    return outcome;
  }

  /** What a rule threw on another thread, thrown again as it was: unchecked, since rules throw nothing else. */
  private static RuntimeException rethrown(Throwable thrown) {
    if (thrown instanceof Error error) {
      throw error;
    }
    if (thrown instanceof RuntimeException unchecked) {
      return unchecked;
    }
    return new IllegalStateException("a rule failed", thrown);
  }

  /** Where each violation went, and what became of each waiver and baseline entry. */
  private static final class Triage {
    final List<Violation> open = new ArrayList<>();
    final List<WaivedViolation> waived = new ArrayList<>();
    final List<Violation> baselined = new ArrayList<>();
    final List<Fingerprint> fixed = new ArrayList<>();
    final List<Waiver> stale = new ArrayList<>();
    final List<Waiver> expiring = new ArrayList<>();
    /** Expired waivers and how many violations each brought back, in the order first met. */
    final Map<Waiver, Integer> brokeBack = new LinkedHashMap<>();
    /** Whether a violation was given a note (by an expired waiver), which can move it in the order. */
    boolean noted;
  }

  /**
   * Step 2: turns the rules' failures into violations, in order, and sorts each into waived (by an active
   * waiver), baselined or open; an expired waiver lets its violation through with a note. Also finds the waivers
   * that matched nothing or expire soon, and the baseline entries no violation matched.
   */
  private Triage applyWaiversAndBaseline(Map<RuleId, Rule.Outcome> outcomes, LocalDate today) {
    List<Violation> raw = new ArrayList<>();
    for (Rule rule : pack.rules()) {
      for (Rule.Failure failure : outcomes.get(rule.id()).failures()) {
        raw.add(violation(rule, failure));
      }
    }
    Collections.sort(raw);

    Triage triage = new Triage();
    Set<Waiver> used = new HashSet<>();
    Set<Fingerprint> matched = new HashSet<>();
    // Without a baseline there is nothing to match a fingerprint against: none is made.
    boolean baselined = !baseline.entries().isEmpty();
    for (Violation violation : raw) {
      Waiver active = null;
      Waiver expired = null;
      for (Waiver waiver : waivers) {
        if (waiver.matches(violation)) {
          used.add(waiver);
          if (waiver.isExpiredOn(today)) {
            expired = expired == null ? waiver : expired;
          } else if (active == null) {
            active = waiver;
          }
        }
      }
      Fingerprint fingerprint = baselined ? violation.fingerprint() : null;
      if (baselined) {
        matched.add(fingerprint);
      }
      if (active != null) {
        triage.waived.add(WaivedViolation.of(violation, active));
        continue;
      }
      Violation shown = violation;
      if (expired != null) {
        shown = Violation.builder().from(violation).note("its waiver, approved by " + expired.approvedBy() + " (" + expired.reason()
            + "), applied up to and including " + expired.expiresOn() + " and has expired").build();
        // One warning per expired waiver, however many violations it brings back (MON-2 gaps of one account).
        triage.brokeBack.merge(expired, 1, Integer::sum);
        triage.noted = true;
      }
      if (baselined && baseline.entries().contains(fingerprint)) {
        triage.baselined.add(shown);
      } else {
        triage.open.add(shown);
      }
    }

    for (Waiver waiver : waivers) {
      if (!used.contains(waiver)) {
        triage.stale.add(waiver);
      } else if (!waiver.isExpiredOn(today) && !waiver.expiresOn().isAfter(today.plus(expiryWarning))) {
        triage.expiring.add(waiver);
      }
    }
    for (Fingerprint entry : baseline.entries()) {
      if (!matched.contains(entry)) {
        triage.fixed.add(entry);
      }
    }
    return triage;
  }

  /**
   * Step 3: the warnings of the report: each expired waiver once with the count of violations it brought back,
   * each stale and each soon-expiring waiver, and each rule that checked no subject.
   */
  private List<ReportWarning> collectWarnings(Triage triage, Map<RuleId, Rule.Outcome> outcomes) {
    List<ReportWarning> warnings = new ArrayList<>();
    Set<Waiver> stale = new HashSet<>(triage.stale);
    Set<Waiver> expiring = new HashSet<>(triage.expiring);
    triage.brokeBack.forEach((expired, violations) ->
        warnings.add(ReportWarning.of(ReportWarning.Kind.WAIVER_EXPIRED, expired.ruleId(),
            "the waiver of " + expired.ruleId() + " for " + expired.subject() + " applied up to and including "
                + expired.expiresOn() + " and has expired; " + (violations == 1 ? "its violation is" : "its " + violations
                    + " violations are") + " back")));
    for (Waiver waiver : waivers) {
      if (stale.contains(waiver)) {
        warnings.add(ReportWarning.of(ReportWarning.Kind.WAIVER_STALE, waiver.ruleId(),
            "the waiver of " + waiver.ruleId() + " for " + waiver.subject() + " matches no violation"));
      } else if (expiring.contains(waiver)) {
        warnings.add(ReportWarning.of(ReportWarning.Kind.WAIVER_EXPIRING, waiver.ruleId(),
            "the waiver of " + waiver.ruleId() + " for " + waiver.subject() + " expires soon: it applies up to"
                + " and including " + waiver.expiresOn()));
      }
    }
    if (pack.notesEmptySelections()) {
      for (Rule rule : pack.rules()) {
        Rule.Outcome outcome = outcomes.get(rule.id());
        if (outcome.selectedNothing() && !rule.allowsEmptySelection()) {
          warnings.add(ReportWarning.of(ReportWarning.Kind.RULE_CHECKED_NOTHING, rule.id(),
              "rule " + rule.id() + " (" + rule.title() + ") checked none of the estate's " + outcome.candidates()
                  + " " + outcome.kind() + ": its selection matched none of them; a rule that checks nothing is"
                  + " usually a mistake"));
        }
      }
    }
    return warnings;
  }

  /**
   * Step 4: each rule's result: its texts with the pack's parameter values filled in, and its counts of subjects
   * checked and passed and of violations open, waived and baselined.
   */
  private List<RuleResult> buildResults(Map<RuleId, Rule.Outcome> outcomes, Triage triage) {
    Map<String, String> texts = new HashMap<>();
    for (EffectiveParameter parameter : pack.parameters()) {
      texts.put(parameter.key(), parameter.text());
    }
    List<RuleResult> results = new ArrayList<>();
    for (Rule rule : pack.rules()) {
      Rule.Outcome outcome = outcomes.get(rule.id());
      List<String> keys = new ArrayList<>();
      for (Parameter<?> parameter : rule.parameters()) {
        keys.add(parameter.key());
      }
      results.add(
          RuleResult.builder()
              .ruleId(rule.id())
              .title(rule.title())
              .severity(rule.severity())
              .statement(rule.statement(texts))
              .rationale(rule.rationale())
              .source(rule.source())
              .hint(rule.hint())
              .parameters(keys)
              .checked(outcome.checked())
              .passed(outcome.passed())
              .violations(count(triage.open, rule.id()))
              .waived(countWaived(triage.waived, rule.id()))
              .baselined(count(triage.baselined, rule.id()))
              .build());
    }
    return results;
  }

  private static <T extends Comparable<? super T>> List<T> sorted(List<T> items) {
    Collections.sort(items);
    return items;
  }

  private <V> EvaluationContext withPackValue(EvaluationContext context, Parameter<V> parameter) {
    return context.withValue(parameter, pack.value(parameter));
  }

  /** Turns the findings about one subject into a violation of the rule. */
  private static Violation violation(Rule rule, Rule.Failure failure) {
    List<Finding> findings = failure.findings();
    if (findings.size() == 1) {
      // Most failures: one finding, whose message, evidence (distinct already) and key are the violation's.
      Finding finding = findings.get(0);
      return Violation.builder()
          .ruleId(rule.id())
          .severity(rule.severity())
          .subject(failure.subject())
          .message(finding.message())
          .evidence(finding.allEvidence())
          .hint(finding.hint().or(rule::hint))
          .key(finding.key().orElse(""))
          .explanation(findings)
          .build();
    }
    StringBuilder message = new StringBuilder();
    List<Evidence> evidence = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Optional<String> violationHint = Optional.empty();
    for (Finding finding : failure.findings()) {
      message.append(message.length() == 0 ? "" : "; ").append(finding.message());
      for (Evidence piece : finding.allEvidence()) {
        if (!evidence.contains(piece)) {
          evidence.add(piece);
        }
      }
      finding.key().ifPresent(keys::add);
      if (violationHint.isEmpty()) {
        violationHint = finding.hint();
      }
    }
    return Violation.builder()
        .ruleId(rule.id())
        .severity(rule.severity())
        .subject(failure.subject())
        .message(message.toString())
        .evidence(evidence)
        .hint(violationHint.or(rule::hint))
        .key(String.join(",", keys))
        .explanation(failure.findings())
        .build();
  }

  private static int count(List<Violation> violations, RuleId rule) {
    int count = 0;
    for (Violation violation : violations) {
      count += violation.ruleId().equals(rule) ? 1 : 0;
    }
    return count;
  }

  private static int countWaived(List<WaivedViolation> violations, RuleId rule) {
    int count = 0;
    for (WaivedViolation waived : violations) {
      count += waived.violation().ruleId().equals(rule) ? 1 : 0;
    }
    return count;
  }
}

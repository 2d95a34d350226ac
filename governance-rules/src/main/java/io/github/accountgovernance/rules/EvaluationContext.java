package io.github.accountgovernance.rules;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a criterion sees besides its subject: the estate, the instant the evaluation is as of, the horizon for
 * time-based rules, the effective values of the rule's parameters, and analyses shared by all rules of one
 * evaluation (computed once, on first use, whichever thread asks).
 *
 * <p>During {@link Evaluation} each rule gets a context of its own whose {@link #value(Parameter)} answers only
 * the parameters the rule declares. For testing criteria by hand, {@link #of(Estate)} gives a context whose
 * parameters have their defaults unless set with {@link #withValue(Parameter, Object)}:
 *
 * <pre>{@code
 * EvaluationContext context = EvaluationContext.of(estate).withValue(MIN_MONITORS, 3);
 * Verdict verdict = hasMonitors.test(yorkAccount, context);
 * }</pre>
 *
 * <p>Immutable apart from the shared analyses, which are computed at most once each, and the notes a rule leaves
 * ({@link #note(String)}); thread-safe.
 */
public final class EvaluationContext {

  /** The horizon of time-based rules unless an evaluation sets another: 28 days. */
  public static final Duration DEFAULT_HORIZON = Duration.ofDays(28);

  enum Mode {
    STANDALONE,
    RULE,
    SHARED
  }

  private final Estate estate;
  private final Instant asOf;
  private final Duration horizon;
  private final Map<String, Object> values;
  private final RuleId rule;
  private final Mode mode;
  private final SharedAnalyses shared;
  private final Set<String> notes;

  private EvaluationContext(
      Estate estate,
      Instant asOf,
      Duration horizon,
      Map<String, Object> values,
      RuleId rule,
      Mode mode,
      SharedAnalyses shared,
      Set<String> notes) {
    this.estate = estate;
    this.asOf = asOf;
    this.horizon = horizon;
    this.values = values;
    this.rule = rule;
    this.mode = mode;
    this.shared = shared;
    this.notes = notes;
  }

  private static Set<String> newNotes() {
    return Collections.synchronizedSet(new LinkedHashSet<>());
  }

  /**
   * Returns a context for testing criteria outside an evaluation: as of the estate's instant, over the default
   * horizon, with default parameter values.
   *
   * @param estate the estate
   * @return the context
   * @throws NullPointerException if {@code estate} is null
   */
  public static EvaluationContext of(Estate estate) {
    requireNonNull(estate, "estate");
    return new EvaluationContext(
        estate, estate.asOf(), DEFAULT_HORIZON, Map.of(), null, Mode.STANDALONE, new SharedAnalyses(), newNotes());
  }

  static EvaluationContext forEvaluation(Estate estate, Instant asOf, Duration horizon) {
    return new EvaluationContext(
        estate, asOf, horizon, Map.of(), null, Mode.SHARED, new SharedAnalyses(), newNotes());
  }

  EvaluationContext forRule(RuleId id, Map<String, Object> effectiveValues) {
    return new EvaluationContext(estate, asOf, horizon, effectiveValues, id, Mode.RULE, shared, newNotes());
  }

  /**
   * Returns a copy as of another instant; shared analyses start afresh.
   *
   * @param instant the instant
   * @return the copy
   * @throws NullPointerException if {@code instant} is null
   */
  public EvaluationContext withAsOf(Instant instant) {
    requireNonNull(instant, "instant");
    return new EvaluationContext(estate, instant, horizon, values, rule, mode, new SharedAnalyses(), notes);
  }

  /**
   * Returns a copy with another horizon; shared analyses start afresh.
   *
   * @param newHorizon the horizon
   * @return the copy
   * @throws NullPointerException if {@code newHorizon} is null
   * @throws IllegalArgumentException if the horizon is not positive
   */
  public EvaluationContext withHorizon(Duration newHorizon) {
    return new EvaluationContext(
        estate, asOf, requirePositive(newHorizon), values, rule, mode, new SharedAnalyses(), notes);
  }

  /**
   * Returns a copy in which a parameter has the given value (and every parameter the copy does not know has its
   * default). Shared analyses are kept: they do not depend on parameters.
   *
   * @param <V> the type of value
   * @param parameter the parameter
   * @param value its value
   * @return the copy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value breaks the parameter's constraint
   */
  public <V> EvaluationContext withValue(Parameter<V> parameter, V value) {
    requireNonNull(parameter, "parameter");
    Map<String, Object> copy = new HashMap<>(values);
    copy.put(parameter.key(), parameter.check(value));
    return new EvaluationContext(
        estate, asOf, horizon, Map.copyOf(copy), rule, mode == Mode.SHARED ? Mode.STANDALONE : mode, shared, notes);
  }

  static Duration requirePositive(Duration horizon) {
    requireNonNull(horizon, "horizon");
    if (horizon.isNegative() || horizon.isZero()) {
      throw new IllegalArgumentException("the horizon must be positive, but was " + horizon);
    }
    return horizon;
  }

  /**
   * Returns the estate under evaluation.
   *
   * @return the estate
   */
  public Estate estate() {
    return estate;
  }

  /**
   * Returns the estate's force.
   *
   * @return the force
   */
  public Force force() {
    return estate.force();
  }

  /**
   * Returns the force's zone, in which days and weekly hours are reckoned.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return estate.force().zone();
  }

  /**
   * Returns the instant the evaluation is as of.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns the date, in the force's zone, of {@link #asOf()}.
   *
   * @return today's date for the evaluation
   */
  public LocalDate today() {
    return LocalDate.ofInstant(asOf, zone());
  }

  /**
   * Returns how far ahead time-based rules look.
   *
   * @return the horizon; 28 days unless set
   */
  public Duration horizon() {
    return horizon;
  }

  /**
   * Returns the window time-based rules look at: from {@link #asOf()} for {@link #horizon()}.
   *
   * @return the window
   */
  public TimeWindow horizonWindow() {
    return TimeWindow.of(asOf, horizon);
  }

  /**
   * Returns the rule being evaluated.
   *
   * @return the rule's id, or empty outside a rule
   */
  public Optional<RuleId> rule() {
    return Optional.ofNullable(rule);
  }

  /**
   * Returns the effective value of a parameter.
   *
   * @param <V> the type of value
   * @param parameter the parameter
   * @return the value the pack gives it, or its default
   * @throws NullPointerException if {@code parameter} is null
   * @throws IllegalArgumentException if the rule being evaluated does not declare the parameter
   * @throws IllegalStateException inside a shared analysis, which must not depend on a rule's parameters
   */
  public <V> V value(Parameter<V> parameter) {
    requireNonNull(parameter, "parameter");
    if (mode == Mode.SHARED) {
      throw new IllegalStateException(
          "a shared analysis must not read parameter " + parameter.key()
              + ", which differs between rules and packs; put the value into its AnalysisKey instead");
    }
    Object value = values.get(parameter.key());
    if (value == null) {
      if (mode == Mode.RULE) {
        throw new IllegalArgumentException(
            "rule " + rule + " does not declare parameter " + parameter.key() + "; declare it with "
                + "Rule.Builder.parameters(...)");
      }
      return parameter.defaultValue();
    }
    @SuppressWarnings("unchecked") // values are stored under their parameter's key, checked when set
    V typed = (V) value;
    return typed;
  }

  /**
   * Notes something about the rule's parameters or the estate that deserves attention without being a violation,
   * such as an exempt account that names no account of the estate. The report shows each note once, as a
   * {@link ReportWarning.Kind#RULE_NOTE} warning of the rule; the same words noted again, by any rule or for any
   * subject, add nothing.
   *
   * <pre>{@code
   * context.note("exemptAccounts names \"@NYP_Chif\", which is no account of the estate (did you mean ...?)");
   * }</pre>
   *
   * @param message the note in words, one line
   * @throws NullPointerException if {@code message} is null
   * @throws IllegalArgumentException if the message is blank or not one line
   * @throws IllegalStateException inside a shared analysis, whose result any rule may read: the rule that reads
   *     it notes what it found
   */
  public void note(String message) {
    Words.requireWords("note", requireNonNull(message, "message"));
    if (mode == Mode.SHARED) {
      throw new IllegalStateException(
          "a shared analysis must not note \"" + message + "\"; return what it found and let the rule note it");
    }
    notes.add(message);
  }

  /** The notes left so far, in the order they were first left. */
  List<String> notes() {
    synchronized (notes) {
      return List.copyOf(notes);
    }
  }

  /**
   * Returns an analysis shared by all rules of this evaluation, computing it on first use. The computation sees
   * a context without parameters; concurrent callers wait for one computation.
   *
   * @param <V> the type of the result
   * @param key names the analysis
   * @param computation computes it from the estate, instant and horizon
   * @return the result
   * @throws NullPointerException if an argument is null, or the computation returns null
   * @throws IllegalStateException if the analysis needs itself
   */
  public <V> V shared(AnalysisKey<V> key, Function<? super EvaluationContext, ? extends V> computation) {
    requireNonNull(key, "key");
    requireNonNull(computation, "computation");
    return shared.get(key, () -> computation.apply(sharedView()));
  }

  private EvaluationContext sharedView() {
    return mode == Mode.SHARED
        ? this
        : new EvaluationContext(estate, asOf, horizon, Map.of(), null, Mode.SHARED, shared, notes);
  }

  /** Analyses computed at most once each; nested analyses may ask for others. */
  private static final class SharedAnalyses {
    private final ConcurrentHashMap<AnalysisKey<?>, Memo> memos = new ConcurrentHashMap<>();

    <V> V get(AnalysisKey<V> key, java.util.function.Supplier<? extends V> computation) {
      // computeIfAbsent only creates the memo: computing inside it would forbid analyses that use others.
      Memo memo = memos.computeIfAbsent(key, k -> new Memo());
      @SuppressWarnings("unchecked") // a memo holds what its key's computation returned
      V value = (V) memo.get(key, computation);
      return value;
    }
  }

  private static final class Memo {
    private volatile Object value;
    private boolean computing;

    Object get(AnalysisKey<?> key, java.util.function.Supplier<?> computation) {
      Object known = value;
      return known != null ? known : compute(key, computation);
    }

    private synchronized Object compute(AnalysisKey<?> key, java.util.function.Supplier<?> computation) {
      if (value == null) {
        if (computing) {
          throw new IllegalStateException("analysis " + key + " needs itself");
        }
        computing = true;
        try {
          value = requireNonNull(computation.get(), "result of analysis " + key);
        } finally {
          computing = false;
        }
      }
      return value;
    }
  }
}

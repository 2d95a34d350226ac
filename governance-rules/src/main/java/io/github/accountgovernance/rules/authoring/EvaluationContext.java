package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
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
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * What a criterion sees besides its subject: the estate, the evaluation's {@link TimeFrame} (the instant it is as
 * of and the horizon for time-based rules, both whole seconds), the effective values of the rule's parameters,
 * and analyses shared by all rules of one evaluation (computed once, on first use, whichever thread asks), such
 * as the {@linkplain #coverage() monitoring coverage}.
 *
 * <p>During {@link io.github.accountgovernance.rules.Evaluation} each rule gets a context of its own whose {@link #value(Parameter)} answers only
 * the parameters the rule declares. For testing criteria by hand, {@link #of(Estate)} gives a context whose
 * parameters have their defaults unless set with {@link #withValue(Parameter, Object)}:
 *
 * <pre>{@code
 * EvaluationContext context = EvaluationContext.of(estate).withValue(MIN_MONITORS, 3);
 * Verdict verdict = hasMonitors.test(yorkAccount, context);
 * }</pre>
 *
 * <p>Immutable apart from the shared analyses, which are computed at most once each (rules running at once on
 * several threads wait for one computation), and the notes rules leave ({@link #note(String)}); thread-safe.
 */
public final class EvaluationContext {

  /** The horizon of time-based rules unless an evaluation sets another: 28 days ({@link TimeFrame#DEFAULT_HORIZON}). */
  public static final Duration DEFAULT_HORIZON = TimeFrame.DEFAULT_HORIZON;

  enum Mode {
    STANDALONE,
    RULE,
    SHARED
  }

  private final Estate estate;
  private final TimeFrame frame;
  private final Map<String, Object> values;
  private final RuleId rule;
  private final Mode mode;
  private final SharedAnalyses shared;
  /** The notes of this context and the copies that share them, each once, in the order first left. */
  private final Set<String> notes;

  private EvaluationContext(
      Estate estate,
      TimeFrame frame,
      Map<String, Object> values,
      RuleId rule,
      Mode mode,
      SharedAnalyses shared,
      Set<String> notes) {
    this.estate = estate;
    this.frame = frame;
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
   * Returns a context for testing criteria outside an evaluation: as of the estate's instant (to the whole
   * second), over the default horizon, with default parameter values.
   *
   * @param estate the estate
   * @return the context
   * @throws NullPointerException if {@code estate} is null
   */
  public static EvaluationContext of(Estate estate) {
    requireNonNull(estate, "estate");
    return of(estate, TimeFrame.of(estate.asOf(), DEFAULT_HORIZON));
  }

  /**
   * Returns a context over a time frame, with default parameter values and analyses of its own: the context an
   * evaluation starts from, and from which each of its rules gets one with the pack's values
   * ({@link #withValue(Parameter, Object)}) that shares its analyses.
   *
   * @param estate the estate
   * @param frame the instant and horizon
   * @return the context
   * @throws NullPointerException if an argument is null
   */
  public static EvaluationContext of(Estate estate, TimeFrame frame) {
    requireNonNull(estate, "estate");
    requireNonNull(frame, "frame");
    return new EvaluationContext(estate, frame, Map.of(), null, Mode.STANDALONE, new SharedAnalyses(), newNotes());
  }

  EvaluationContext forRule(RuleId id, Map<String, Object> effectiveValues) {
    return new EvaluationContext(estate, frame, effectiveValues, id, Mode.RULE, shared, notes);
  }

  /**
   * Returns a copy that shares this context's analyses but keeps notes of its own, starting with none. An
   * evaluation that runs rules at once gives each rule such a copy, and shows each note under the first rule, in
   * the pack's order, that left it: as if they had run one after another.
   *
   * @return the copy
   */
  public EvaluationContext withOwnNotes() {
    return new EvaluationContext(estate, frame, values, rule, mode, shared, newNotes());
  }

  /**
   * Returns a copy as of another instant, without its fraction of a second; shared analyses start afresh.
   *
   * @param instant the instant
   * @return the copy
   * @throws NullPointerException if {@code instant} is null
   */
  public EvaluationContext withAsOf(Instant instant) {
    requireNonNull(instant, "instant");
    return new EvaluationContext(
        estate, TimeFrame.of(instant, frame.horizon()), values, rule, mode, new SharedAnalyses(), notes);
  }

  /**
   * Returns a copy with another horizon, without its fraction of a second; shared analyses start afresh.
   *
   * @param newHorizon the horizon
   * @return the copy
   * @throws NullPointerException if {@code newHorizon} is null
   * @throws IllegalArgumentException if the horizon is shorter than one second
   */
  public EvaluationContext withHorizon(Duration newHorizon) {
    return new EvaluationContext(
        estate, TimeFrame.of(frame.asOf(), newHorizon), values, rule, mode, new SharedAnalyses(), notes);
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
        estate, frame, Map.copyOf(copy), rule, mode == Mode.SHARED ? Mode.STANDALONE : mode, shared, notes);
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
   * Returns the evaluation's time frame: the instant it is as of and the horizon, both whole seconds.
   *
   * @return the frame
   */
  public TimeFrame timeFrame() {
    return frame;
  }

  /**
   * Returns the instant the evaluation is as of, a whole second.
   *
   * @return the instant
   */
  public Instant asOf() {
    return frame.asOf();
  }

  /**
   * Returns the date, in the force's zone, of {@link #asOf()}.
   *
   * @return today's date for the evaluation
   */
  public LocalDate today() {
    return frame.today(zone());
  }

  /**
   * Returns how far ahead time-based rules look.
   *
   * @return the horizon, a whole number of seconds; 28 days unless set
   */
  public Duration horizon() {
    return frame.horizon();
  }

  /**
   * Returns the window time-based rules look at: from {@link #asOf()} for {@link #horizon()}.
   *
   * @return the window
   */
  public TimeWindow horizonWindow() {
    return frame.window();
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

  /**
   * Returns an analysis shared by all rules of this evaluation, computing it on first use. The computation sees
   * a context without parameters; concurrent callers wait for one computation.
   *
   * @param <V> the type of the result
   * @param analysis the analysis, such as {@link Analysis#MONITORING_COVERAGE}
   * @return the result
   * @throws NullPointerException if {@code analysis} is null, or its computation returns null
   * @throws IllegalStateException if the analysis needs itself
   */
  public <V> V analysis(Analysis<V> analysis) {
    requireNonNull(analysis, "analysis");
    return shared.get(analysis, () -> analysis.compute(sharedView()));
  }

  /**
   * Returns an analysis if a rule of this evaluation has already asked for it, without computing it.
   *
   * @param <V> the type of the result
   * @param analysis the analysis
   * @return the result, or empty if nobody asked for it (or its computation has not finished)
   * @throws NullPointerException if {@code analysis} is null
   */
  public <V> Optional<V> computed(Analysis<V> analysis) {
    requireNonNull(analysis, "analysis");
    return shared.known(analysis);
  }

  /**
   * Returns the monitoring coverage of every open account over the time frame: the
   * {@link Analysis#MONITORING_COVERAGE} that the MON rules, CLO-4 and a force's own rules share.
   *
   * @return the coverage, computed on first use
   */
  public MonitoringCoverage coverage() {
    return analysis(Analysis.MONITORING_COVERAGE);
  }

  /**
   * Notes something about the rule's parameters or the estate that deserves attention without being a violation,
   * such as an exempt account that names no account of the estate. An evaluation shows each note once, as a
   * {@code RULE_NOTE} warning of the first rule that left it; the same words noted again, by any rule or for any
   * subject, add nothing. Copies of this context that share its analyses share its notes.
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

  /**
   * Returns the notes left so far on this context and the copies that share its notes (all copies, but those made
   * by {@link #withOwnNotes()} and what derives from them), each once, in the order they were first left.
   *
   * @return the notes; a copy
   */
  public List<String> notes() {
    synchronized (notes) {
      return List.copyOf(notes);
    }
  }

  private EvaluationContext sharedView() {
    return mode == Mode.SHARED
        ? this
        : new EvaluationContext(estate, frame, Map.of(), null, Mode.SHARED, shared, notes);
  }

  /**
   * Analyses computed at most once each; nested analyses may ask for others. Threads that ask for an analysis
   * another thread is computing wait for it; a thread whose wait would close a cycle of analyses waiting for each
   * other (A needs B on one thread while B needs A on another) is refused as "needs itself", as one thread asking
   * for an analysis it is computing is, instead of waiting for ever.
   */
  private static final class SharedAnalyses {
    // Keys are AnalysisKeys (equal by name and parts) or Analyses (equal by identity).
    private final ConcurrentHashMap<Object, Memo> memos = new ConcurrentHashMap<>();
    /** Which memo each waiting thread waits for; guarded by itself, as is every memo's owner. */
    private final Map<Thread, Memo> waiting = new HashMap<>();

    <V> Optional<V> known(Analysis<V> analysis) {
      Memo memo = memos.get(analysis);
      @SuppressWarnings("unchecked") // a memo holds what its analysis computed
      V value = memo == null ? null : (V) memo.value;
      return Optional.ofNullable(value);
    }

    <V> V get(Object key, java.util.function.Supplier<? extends V> computation) {
      // computeIfAbsent only creates the memo: computing inside it would forbid analyses that use others.
      Memo memo = memos.computeIfAbsent(key, k -> new Memo(key));
      Object known = memo.value;
      @SuppressWarnings("unchecked") // a memo holds what its key's computation returned
      V value = (V) (known != null ? known : compute(memo, computation));
      return value;
    }

    private Object compute(Memo memo, java.util.function.Supplier<?> computation) {
      Thread me = Thread.currentThread();
      if (memo.lock.isHeldByCurrentThread()) {
        throw memo.needsItself();
      }
      synchronized (waiting) {
        for (Memo next = memo; next.owner != null; ) {
          if (next.owner == me) {
            throw memo.needsItself();
          }
          next = waiting.get(next.owner);
          if (next == null) {
            break;
          }
        }
        waiting.put(me, memo);
      }
      memo.lock.lock();
      try {
        synchronized (waiting) {
          waiting.remove(me);
          memo.owner = me;
        }
        if (memo.value == null) {
          memo.value = requireNonNull(computation.get(), "result of analysis " + memo.key);
        }
        return memo.value;
      } finally {
        synchronized (waiting) {
          memo.owner = null;
        }
        memo.lock.unlock();
      }
    }
  }

  private static final class Memo {
    private final Object key;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Object value;
    /** The thread computing the value, while one is; guarded by the analyses' waiting map. */
    private Thread owner;

    Memo(Object key) {
      this.key = key;
    }

    IllegalStateException needsItself() {
      return new IllegalStateException("analysis " + key + " needs itself");
    }
  }
}

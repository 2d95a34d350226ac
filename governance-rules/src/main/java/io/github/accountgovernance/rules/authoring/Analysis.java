package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import java.util.function.Function;

/**
 * An analysis of the estate that the rules of one evaluation share: computed once, on first use, from the estate
 * and the evaluation's {@link TimeFrame}, and owned by the evaluation, which keeps in its report what renderers
 * need. The analysis names its result type, so asking for it needs no cast and no key that could be paired with
 * another computation:
 *
 * <pre>{@code
 * MonitoringCoverage coverage = context.analysis(Analysis.MONITORING_COVERAGE);   // or context.coverage()
 * }</pre>
 *
 * <p>A force's own rule may define its own analysis as a constant; two analyses are the same only if they are the
 * same object. The computation sees a context without parameters (an analysis must not depend on a rule's
 * parameters; use {@link AnalysisKey} with the parameter as a part for that). Immutable and thread-safe if the
 * computation is.
 *
 * @param <V> the type of the analysis's result
 */
public final class Analysis<V> {

  /**
   * The monitoring coverage of every open account over the evaluation's time frame, which the MON rules, CLO-4
   * and the HTML report's timeline read.
   */
  public static final Analysis<MonitoringCoverage> MONITORING_COVERAGE =
      of("monitoring coverage", context -> MonitoringCoverage.analyse(
          context.estate(), context.asOf(), context.horizon()));

  private final String name;
  private final Function<? super EvaluationContext, ? extends V> computation;

  private Analysis(String name, Function<? super EvaluationContext, ? extends V> computation) {
    this.name = name;
    this.computation = computation;
  }

  /**
   * Returns an analysis.
   *
   * @param <V> the type of the analysis's result
   * @param name what it analyses, such as {@code "monitoring coverage"}, for messages
   * @param computation computes it from the estate and the time frame of a context without parameters
   * @return the analysis
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank
   */
  public static <V> Analysis<V> of(String name, Function<? super EvaluationContext, ? extends V> computation) {
    requireNonNull(name, "name");
    requireNonNull(computation, "computation");
    return new Analysis<>(Words.requireWords("analysis name", name), computation);
  }

  /**
   * Returns what it analyses.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  V compute(EvaluationContext context) {
    return computation.apply(context);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}

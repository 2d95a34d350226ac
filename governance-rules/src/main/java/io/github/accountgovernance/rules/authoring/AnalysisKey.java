package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * Names an analysis that several rules share within one evaluation, such as the monitoring coverage of every
 * account that all MON rules read: {@link EvaluationContext#shared(AnalysisKey, java.util.function.Function)}
 * computes it once per evaluation. Keys are equal when their names and parts are; put anything the analysis
 * depends on beyond the estate, instant and horizon (a rule parameter, for instance) into the parts.
 *
 * <pre>{@code
 * static final AnalysisKey<CoverageIndex> COVERAGE = AnalysisKey.of("coverage");
 * CoverageIndex coverage = context.shared(COVERAGE, CoverageIndex::compute);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <V> the type of the analysis's result
 */
public final class AnalysisKey<V> {

  private final String name;
  private final List<Object> parts;

  private AnalysisKey(String name, List<Object> parts) {
    this.name = name;
    this.parts = parts;
  }

  /**
   * Returns a key.
   *
   * @param <V> the type of the analysis's result
   * @param name the analysis's name, such as {@code "coverage"}
   * @param parts what else the analysis depends on; values with {@code equals}
   * @return the key
   * @throws NullPointerException if an argument or part is null
   * @throws IllegalArgumentException if the name is blank
   */
  public static <V> AnalysisKey<V> of(String name, Object... parts) {
    requireNonNull(name, "name");
    requireNonNull(parts, "parts");
    Words.requireWords("analysis name", name);
    return new AnalysisKey<>(name, List.copyOf(Arrays.asList(parts)));
  }

  /**
   * Returns the analysis's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns what else the analysis depends on.
   *
   * @return the parts
   */
  public List<Object> parts() {
    return parts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnalysisKey
        && ((AnalysisKey<?>) other).name.equals(name)
        && ((AnalysisKey<?>) other).parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + parts.hashCode();
  }

  /** Returns the name and parts. */
  @Override
  public String toString() {
    return parts.isEmpty() ? name : name + parts;
  }
}

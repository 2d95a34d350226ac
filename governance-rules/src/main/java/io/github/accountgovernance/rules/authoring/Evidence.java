package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * One piece of evidence in a violation: a label and the values it names, such as the uncovered windows, the
 * two confusable handles or the successor handles a final message fails to mention. Values are text, rendered
 * by the rule that found them, so that every output format shows the same words.
 *
 * <pre>{@code
 * Evidence.of("uncovered windows", "Sat 6 Mar 2021 22:00 – Sun 7 Mar 08:00 GMT, 10 h");
 * Evidence.of("missing mentions", List.of("@NYP_Jobs"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Evidence {

  private final String label;
  private final List<String> values;

  private Evidence(String label, List<String> values) {
    this.label = label;
    this.values = values;
  }

  /**
   * Returns evidence with the given values.
   *
   * @param label what the values are, such as {@code "uncovered windows"}
   * @param values the values, in the order to show them
   * @return the evidence
   * @throws NullPointerException if an argument or value is null
   * @throws IllegalArgumentException if the label is blank
   */
  public static Evidence of(String label, String... values) {
    requireNonNull(values, "values");
    return of(label, Arrays.asList(values));
  }

  /**
   * Returns evidence with the given values.
   *
   * @param label what the values are, such as {@code "uncovered windows"}
   * @param values the values, in the order to show them
   * @return the evidence
   * @throws NullPointerException if an argument or value is null
   * @throws IllegalArgumentException if the label is blank
   */
  public static Evidence of(String label, Collection<String> values) {
    requireNonNull(label, "label");
    requireNonNull(values, "values");
    if (label.isBlank()) {
      throw new IllegalArgumentException("an evidence label must not be blank, but was \"" + label + "\"");
    }
    return new Evidence(label, List.copyOf(values));
  }

  /**
   * Returns what the values are.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the values.
   *
   * @return the values, possibly empty
   */
  public List<String> values() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Evidence
        && ((Evidence) other).label.equals(label)
        && ((Evidence) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return label.hashCode() * 31 + values.hashCode();
  }

  /** Returns the label, a colon and the values separated by commas. */
  @Override
  public String toString() {
    return label + ": " + String.join(", ", values);
  }
}

package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.time.IntervalSet;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One piece of evidence in a violation: a label and the values it names, such as the uncovered windows, the
 * two confusable handles or the successor handles a final message fails to mention. Values are text, rendered
 * by the rule that found them, so that every output format shows the same words.
 *
 * <pre>{@code
 * Evidence.of("uncovered windows", "Sat 6 Mar 2021 22:00 – Sun 7 Mar 08:00 GMT, 10 h");
 * Evidence.of("missing mentions", List.of("@NYP_Jobs"));
 * Evidence.windows("uncovered windows", uncovered, zone);   // formatted when first shown
 * }</pre>
 *
 * <p>A national estate yields thousands of violations whose evidence is often never shown (a unit test that counts
 * violations, a program that reads only the rule ids): {@link #windows} and {@link #each} keep what they are given
 * and format the values when {@link #values()} is first called, once. Evidence made either way is equal when its
 * label and values are.
 *
 * <p>Immutable and thread-safe.
 */
public final class Evidence {

  private final String label;
  /** The values, once formatted; null until {@link #values()} is first called on lazily formatted evidence. */
  private volatile List<String> values;
  /** How many values lazily formatted evidence has. */
  private final int size;
  /** Formats the value at an index; null once the values are formatted or for evidence given as text. */
  private volatile IntFunction<String> format;

  private Evidence(String label, List<String> values) {
    this.label = label;
    this.values = values;
    this.size = values.size();
    this.format = null;
  }

  private Evidence(String label, int size, IntFunction<String> format) {
    this.label = label;
    this.values = null;
    this.size = size;
    this.format = format;
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
    requireLabel(label);
    requireNonNull(values, "values");
    return new Evidence(label, List.copyOf(values));
  }

  /**
   * Returns evidence whose values are formatted when first shown: {@code format} is called with each index from 0
   * to {@code size - 1}, in order, when {@link #values()} is first called, and never again. What it reads must not
   * change: keep the primitive data it formats (windows, ids), not a builder.
   *
   * <pre>{@code
   * Evidence.each("who covers alone", people.length, i -> names[i] + ", " + TimeWindow.formatDuration(alone[i]));
   * }</pre>
   *
   * @param label what the values are, such as {@code "who covers alone"}
   * @param size how many values there are
   * @param format the value at an index, never null
   * @return the evidence
   * @throws NullPointerException if an argument is null, or (when the values are shown) {@code format} returns
   *     null
   * @throws IllegalArgumentException if the label is blank or {@code size} is negative
   */
  public static Evidence each(String label, int size, IntFunction<String> format) {
    requireLabel(label);
    requireNonNull(format, "format");
    if (size < 0) {
      throw new IllegalArgumentException("evidence cannot have a negative number of values, but size was " + size);
    }
    return size == 0 ? new Evidence(label, List.of()) : new Evidence(label, size, format);
  }

  /**
   * Returns evidence naming windows in local time, each as {@link io.github.accountgovernance.core.time.TimeWindow#format
   * TimeWindow.format(zone)} writes it ({@code "Sat 6 Mar 2021 22:00 – Sun 7 Mar 08:00 GMT, 10 h"}), in time
   * order; the text is written when first shown.
   *
   * @param label what the windows are, such as {@code "uncovered windows"}
   * @param windows the windows
   * @param zone the zone to show them in, the force's
   * @return the evidence
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the label is blank
   */
  public static Evidence windows(String label, IntervalSet windows, ZoneId zone) {
    requireNonNull(windows, "windows");
    requireNonNull(zone, "zone");
    return each(label, windows.size(), i -> windows.window(i).format(zone));
  }

  private static void requireLabel(String label) {
    requireNonNull(label, "label");
    if (label.isBlank()) {
      throw new IllegalArgumentException("an evidence label must not be blank, but was \"" + label + "\"");
    }
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
   * Returns the values, formatting them first if they were given as data ({@link #each}, {@link #windows}).
   *
   * @return the values, possibly empty; unmodifiable
   * @throws NullPointerException if a lazily formatted value is null
   */
  public List<String> values() {
    List<String> known = values;
    return known != null ? known : formatValues();
  }

  /** Formats the values once; a thread that races another formats the same values, and one list is kept. */
  private synchronized List<String> formatValues() {
    if (values == null) {
      String[] texts = new String[size];
      IntFunction<String> formatter = format;
      for (int i = 0; i < size; i++) {
        texts[i] = requireNonNull(formatter.apply(i), () -> "evidence \"" + label + "\" formatted a null value");
      }
      values = List.of(texts);
      format = null;
    }
    return values;
  }

  /**
   * Returns how many values there are, without formatting them.
   *
   * @return the number of values
   */
  public int size() {
    return size;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Evidence
        && ((Evidence) other).label.equals(label)
        && ((Evidence) other).values().equals(values());
  }

  @Override
  public int hashCode() {
    return label.hashCode() * 31 + values().hashCode();
  }

  /** Returns the label, a colon and the values separated by commas. */
  @Override
  public String toString() {
    return label + ": " + String.join(", ", values());
  }
}

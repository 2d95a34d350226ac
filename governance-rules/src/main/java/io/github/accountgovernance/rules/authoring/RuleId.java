package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable id of a rule, such as {@code MON-2}: upper-case groups of letters and digits separated by hyphens,
 * ending in a number. Ids order by their prefix, then numerically, so {@code MON-2} comes before {@code MON-10}.
 * A force's own rules take a prefix of their own, such as {@code NYP-1}.
 *
 * <pre>{@code
 * RuleId.of("MON-2").prefix();   // "MON"
 * RuleId.of("MON-2").number();   // 2
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleId implements Comparable<RuleId> {

  private static final Pattern FORM = Pattern.compile("([A-Z][A-Z0-9]{0,11}(?:-[A-Z][A-Z0-9]{0,11})*)-(\\d{1,4})");

  private final String value;
  private final String prefix;
  private final int number;

  private RuleId(String value, String prefix, int number) {
    this.value = value;
    this.prefix = prefix;
    this.number = number;
  }

  /**
   * Returns the id.
   *
   * @param value such as {@code "MON-2"}
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the value is not of the form {@code PREFIX-NUMBER}
   */
  public static RuleId of(String value) {
    requireNonNull(value, "value");
    Matcher matcher = FORM.matcher(value);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "a rule id is an upper-case prefix, a hyphen and a number, such as \"MON-2\", but was \"" + value + "\"");
    }
    return new RuleId(value, matcher.group(1), Integer.parseInt(matcher.group(2)));
  }

  /**
   * Returns the id as text.
   *
   * @return such as {@code "MON-2"}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the part before the number.
   *
   * @return such as {@code "MON"}
   */
  public String prefix() {
    return prefix;
  }

  /**
   * Returns the number.
   *
   * @return such as {@code 2}
   */
  public int number() {
    return number;
  }

  @Override
  public int compareTo(RuleId other) {
    int byPrefix = prefix.compareTo(other.prefix);
    if (byPrefix != 0) {
      return byPrefix;
    }
    int byNumber = Integer.compare(number, other.number);
    return byNumber != 0 ? byNumber : value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleId && ((RuleId) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns {@link #value()}. */
  @Override
  public String toString() {
    return value;
  }
}

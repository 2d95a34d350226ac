package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A typed, named parameter of a rule with a default, such as MON-1's {@code minMonitors} (2) or MON-2's
 * {@code maxGap} (24 h). Packs set values ({@link io.github.accountgovernance.rules.PolicyPack.Builder#set(Parameter, Object)}), files and the
 * command line set them from text ({@link #parse(String)}), and criteria read the effective value with
 * {@link EvaluationContext#value(Parameter)}. A rule's statement may name it as {@code {minMonitors}}.
 *
 * <p>A parameter is known by its key: two rules that share a parameter (MON-2 and CLO-4 share {@code maxGap})
 * share one value. A constraint rejects nonsense values when they are set.
 *
 * <pre>{@code
 * static final Parameter<Integer> MIN_MONITORS =
 *     Parameter.of("minMonitors", ParameterType.INTEGER, 2, "distinct serving monitors each open account needs")
 *         .requiring(n -> n >= 1, "is at least 1");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java type of values
 */
public final class Parameter<T> {

  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

  private final String key;
  private final ParameterType<T> type;
  private final T defaultValue;
  private final String description;
  private final Predicate<? super T> constraint;
  private final String constraintWords;

  private Parameter(
      String key,
      ParameterType<T> type,
      T defaultValue,
      String description,
      Predicate<? super T> constraint,
      String constraintWords) {
    this.key = key;
    this.type = type;
    this.defaultValue = defaultValue;
    this.description = description;
    this.constraint = constraint;
    this.constraintWords = constraintWords;
  }

  /**
   * Returns a parameter.
   *
   * @param <T> the Java type of values
   * @param key the key, in lower camel case, such as {@code "minMonitors"}
   * @param type the type
   * @param defaultValue the value unless a pack sets another
   * @param description what the parameter means
   * @return the parameter
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the key is not lower camel case or the description is blank
   */
  public static <T> Parameter<T> of(String key, ParameterType<T> type, T defaultValue, String description) {
    requireNonNull(key, "key");
    requireNonNull(type, "type");
    requireNonNull(defaultValue, "defaultValue");
    requireNonNull(description, "description");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "a parameter key is lower camel case, such as \"minMonitors\", but was \"" + key + "\"");
    }
    Words.requireWords("parameter description", description);
    T copy = type.copy(defaultValue);
    try {
      type.check(copy);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the default of parameter " + key + ": " + e.getMessage(), e);
    }
    return new Parameter<>(key, type, copy, description, value -> true, "");
  }

  /**
   * Returns this parameter with a constraint that every value, the default included, must meet.
   *
   * @param constraint the constraint
   * @param words the constraint in words, such as {@code "is at least 1"}
   * @return the constrained parameter
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the default does not meet the constraint
   */
  public Parameter<T> requiring(Predicate<? super T> constraint, String words) {
    requireNonNull(constraint, "constraint");
    requireNonNull(words, "words");
    Parameter<T> constrained = new Parameter<>(key, type, defaultValue, description, constraint, words);
    constrained.check(defaultValue);
    return constrained;
  }

  /**
   * Returns the key.
   *
   * @return such as {@code "minMonitors"}
   */
  public String key() {
    return key;
  }

  /**
   * Returns the type.
   *
   * @return the type
   */
  public ParameterType<T> type() {
    return type;
  }

  /**
   * Returns the value unless a pack sets another.
   *
   * @return the default
   */
  public T defaultValue() {
    return defaultValue;
  }

  /**
   * Returns what the parameter means.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the constraint in words.
   *
   * @return such as {@code "is at least 1"}, or empty text if unconstrained
   */
  public String constraint() {
    return constraintWords;
  }

  /**
   * Checks a value against the parameter's constraint and returns the immutable copy a pack keeps
   * ({@link ParameterType#copy(Object)}), so that later changes to the caller's value do not reach the pack.
   *
   * @param value the value
   * @return an immutable copy of the value, equal to it
   * @throws NullPointerException if {@code value} is null, or a collection value holds null
   * @throws IllegalArgumentException if it is outside its type's range ({@link ParameterType#check(Object)}) or
   *     does not meet the constraint; the message names the parameter and quotes the value
   */
  public T check(T value) {
    T copy = type.copy(requireNonNull(value, "value"));
    try {
      type.check(copy);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("parameter " + key + ": " + e.getMessage(), e);
    }
    if (!constraint.test(copy)) {
      throw new IllegalArgumentException(
          "parameter " + key + " " + constraintWords + ", but was " + type.format(copy));
    }
    return copy;
  }

  /**
   * Reads a value from text and checks it.
   *
   * @param text the text, such as {@code "12h"}
   * @return the value
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not a value of the type or breaks the constraint; the
   *     message names the parameter and quotes the text
   */
  public T parse(String text) {
    requireNonNull(text, "text");
    T value;
    try {
      value = type.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("parameter " + key + ": " + e.getMessage(), e);
    }
    return check(value);
  }

  /**
   * Writes a value as text.
   *
   * @param value the value
   * @return the text that {@link #parse(String)} reads back
   * @throws NullPointerException if {@code value} is null
   */
  public String format(T value) {
    return type.format(value);
  }

  /** Returns the key. */
  @Override
  public String toString() {
    return key;
  }
}

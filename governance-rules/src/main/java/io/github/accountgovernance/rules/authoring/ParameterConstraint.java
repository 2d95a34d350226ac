package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A constraint between two parameters of a rule, such as CLO-3's {@code minNotice} being at most its
 * {@code maxNotice}: each value may be fine on its own and the two together nonsense. A rule declares it with
 * {@link Rule.Builder#requiring(ParameterConstraint)}; a pack checks it against its effective values when it is
 * built, and a pack file when it is read, at the line of the value the file sets.
 *
 * <pre>{@code
 * Rule clo3 = Rule.ofCheck("CLO-3", "...", check)
 *     .parameters(MIN_NOTICE, MAX_NOTICE)
 *     .requiring(ParameterConstraint.atMost(MIN_NOTICE, MAX_NOTICE))
 *     ...
 * ParameterConstraint.atMost(MIN_NOTICE, MAX_NOTICE).words();   // "minNotice is at most maxNotice"
 * }</pre>
 *
 * <p>Immutable and thread-safe if its test is.
 */
public final class ParameterConstraint {

  private final Parameter<?> first;
  private final Parameter<?> second;
  private final BiPredicate<Object, Object> test;
  private final String words;

  private ParameterConstraint(
      Parameter<?> first, Parameter<?> second, BiPredicate<Object, Object> test, String words) {
    this.first = first;
    this.second = second;
    this.test = test;
    this.words = words;
  }

  /**
   * Returns the constraint that one parameter's value is at most another's.
   *
   * @param <V> the type of values
   * @param smaller the parameter whose value may not be larger, such as {@code minNotice}
   * @param larger the other, such as {@code maxNotice}
   * @return the constraint, in words "smaller is at most larger"
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the two are the same parameter
   */
  public static <V extends Comparable<? super V>> ParameterConstraint atMost(
      Parameter<V> smaller, Parameter<V> larger) {
    requireNonNull(smaller, "smaller");
    requireNonNull(larger, "larger");
    return of(smaller, larger, (a, b) -> a.compareTo(b) <= 0, smaller.key() + " is at most " + larger.key());
  }

  /**
   * Returns a constraint between two parameters.
   *
   * @param <A> the type of the first's values
   * @param <B> the type of the second's values
   * @param first a parameter
   * @param second another parameter
   * @param test true for values that go together
   * @param words the constraint in words, naming both keys, such as {@code "minNotice is at most maxNotice"}
   * @return the constraint
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the two are the same parameter or the words are blank
   */
  public static <A, B> ParameterConstraint of(
      Parameter<A> first, Parameter<B> second, BiPredicate<? super A, ? super B> test, String words) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    requireNonNull(test, "test");
    Words.requireWords("constraint", requireNonNull(words, "words"));
    if (first.key().equals(second.key())) {
      throw new IllegalArgumentException("a constraint relates two different parameters, but got " + first + " twice");
    }
    @SuppressWarnings("unchecked") // values are looked up by these very parameters, so they have their types
    BiPredicate<Object, Object> erased = (a, b) -> test.test((A) a, (B) b);
    return new ParameterConstraint(first, second, erased, words);
  }

  /**
   * Returns the two parameters.
   *
   * @return the parameters, in the order given
   */
  public List<Parameter<?>> parameters() {
    return List.of(first, second);
  }

  /**
   * Returns the constraint in words.
   *
   * @return such as {@code "minNotice is at most maxNotice"}
   */
  public String words() {
    return words;
  }

  /**
   * Checks values of the two parameters.
   *
   * @param values the value of each parameter, such as a pack's effective value ({@code pack::value})
   * @return empty if they go together, or what is wrong with them, quoting both values
   * @throws NullPointerException if {@code values} is null or gives null
   */
  public Optional<String> problem(Function<Parameter<?>, ?> values) {
    requireNonNull(values, "values");
    Object a = requireNonNull(values.apply(first), first.key());
    Object b = requireNonNull(values.apply(second), second.key());
    if (test.test(a, b)) {
      return Optional.empty();
    }
    return Optional.of(
        words + ", but " + first.key() + " is " + formatted(first, a) + " and " + second.key() + " is "
            + formatted(second, b));
  }

  private static <V> String formatted(Parameter<V> parameter, Object value) {
    @SuppressWarnings("unchecked") // looked up by this parameter
    V typed = (V) value;
    return parameter.format(typed);
  }

  /** Returns the words. */
  @Override
  public String toString() {
    return words;
  }
}

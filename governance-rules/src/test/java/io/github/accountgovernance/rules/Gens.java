package io.github.accountgovernance.rules;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators that the rules' properties share and QuickTheories lacks: strings over a small
 * alphabet, lists without repeats, and shuffles. Every one draws only from the property's randomness source, so
 * a failure replays from its seed and shrinks.
 */
// Test code: its Gens are seen only by the rules' own tests, which have QuickTheories.
@SuppressWarnings("exports")
public final class Gens {

  private Gens() {}

  /**
   * Strings of the alphabet's characters, shrinking towards short strings of its first character.
   *
   * @param alphabet the characters, each a single UTF-16 unit
   * @param minLength the shortest length
   * @param maxLength the longest length
   * @return the generator
   */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).collect(Collectors.toList());
    return lists()
        .of(Generate.pick(chars))
        .ofSizeBetween(minLength, maxLength)
        .map(list -> list.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /**
   * Lists of up to {@code maxSize} items; an item whose key an earlier item has is dropped (jqwik's
   * {@code uniqueElements}).
   *
   * @param <T> the items
   * @param items the items
   * @param maxSize the longest list before repeats are dropped
   * @param key what must not repeat
   * @return the generator
   */
  public static <T> Gen<List<T>> distinctLists(Gen<T> items, int maxSize, Function<? super T, ?> key) {
    return lists().of(items).ofSizeBetween(0, maxSize).map(list -> distinctBy(list, key));
  }

  /**
   * The items whose key no earlier item has, in their order.
   *
   * @param <T> the items
   * @param items the items
   * @param key what must not repeat
   * @return a new list
   */
  public static <T> List<T> distinctBy(List<T> items, Function<? super T, ?> key) {
    Map<Object, T> first = new LinkedHashMap<>();
    for (T item : items) {
      first.putIfAbsent(key.apply(item), item);
    }
    return new ArrayList<>(first.values());
  }

  /**
   * Shuffles drawn from the property's randomness; they shrink towards the order given.
   *
   * @return the generator
   */
  public static Gen<Shuffle> shuffles() {
    return lists()
        .of(integers().between(0, Integer.MAX_VALUE))
        .ofSize(Shuffle.CHOICES)
        .map(Shuffle::new);
  }
}

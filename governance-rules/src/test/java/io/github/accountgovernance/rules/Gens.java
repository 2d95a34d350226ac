package io.github.accountgovernance.rules;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.accountgovernance.core.testing.EstateParts;
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
 * alphabet, lists without repeats, and shuffles (of lists and of estate parts). Every one draws only from the property's randomness source, so
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
   * Lists of up to {@code maxSize} items with no key twice: an item whose key an earlier item has is dropped,
   * rather than the list drawn again.
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

  /**
   * Independent shuffles, one for each of several lists, so that no two lists are shuffled alike.
   *
   * @param count how many
   * @return the generator
   */
  public static Gen<List<Shuffle>> shuffles(int count) {
    return lists().of(shuffles()).ofSize(count);
  }

  /**
   * The same parts with each of their eight lists in the order of its own shuffle (what
   * {@link EstateParts#shuffled(java.util.Random)} does with a {@code Random}).
   *
   * @param parts the parts
   * @param orders eight shuffles, see {@link #shuffles(int)}
   * @return the shuffled parts
   */
  public static EstateParts shuffled(EstateParts parts, List<Shuffle> orders) {
    return new EstateParts(
        parts.force(),
        parts.asOf(),
        orders.get(0).apply(parts.accounts()),
        orders.get(1).apply(parts.contributors()),
        orders.get(2).apply(parts.grants()),
        orders.get(3).apply(parts.rota()),
        orders.get(4).apply(parts.absences()),
        orders.get(5).apply(parts.closurePlans()),
        orders.get(6).apply(parts.posts()),
        orders.get(7).apply(parts.observedHandles()));
  }
}

package io.github.accountgovernance.core.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.Lists;
import org.quicktheories.generators.SourceDSL;

/**
 * The few combinators the estate generators need and QuickTheories lacks, each built from {@link Generate}, {@link SourceDSL},
 * {@code map} and {@code zip}, or (where a draw's bounds depend on an earlier draw) from other generators drawing
 * on the same randomness source in turn, as QuickTheories' own list generators do. Every value therefore comes
 * from the source QuickTheories records and shrinks; nothing here holds a {@code Random} of its own.
 */
final class GenSupport {

  /** How often a unique list redraws an element whose key is already taken before it gives that element up. */
  private static final int REDRAWS = 10;

  private GenSupport() {}

  /** One of the values, shrinking towards the first. */
  static <T> Gen<T> pick(List<T> values) {
    return Generate.pick(List.copyOf(values));
  }

  /** One of the values, shrinking towards the first. */
  @SafeVarargs
  static <T> Gen<T> pick(T... values) {
    List<T> list = new ArrayList<>(values.length);
    for (T value : values) {
      list.add(value);
    }
    return pick(list);
  }

  /** One of the generators, each as likely, shrinking towards the first. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<T>... generators) {
    List<Pair<Integer, Gen<T>>> weighted = new ArrayList<>();
    for (Gen<T> generator : generators) {
      weighted.add(Pair.of(1, generator));
    }
    return Generate.frequency(weighted);
  }

  /** Whole numbers in {@code [min, max]} shrinking towards {@code target}. */
  static Gen<Integer> ints(int min, int max, int target) {
    return Generate.range(min, max, target);
  }

  /** Whole numbers in {@code [min, max]} shrinking towards {@code target}. */
  static Gen<Long> longs(long min, long max, long target) {
    return Generate.longRange(min, max, target);
  }

  /**
   * Present with the given percentage, else empty; shrinks towards empty. The
   * value is drawn either way, so that shrinking the choice does not shift the draws after it.
   */
  static <T> Gen<Optional<T>> optional(Gen<T> values, int presentPercent) {
    int emptyBelow = 100 - presentPercent;
    return ints(0, 99, 0).zip(values, (draw, value) -> draw < emptyBelow ? Optional.empty() : Optional.of(value));
  }

  /** Present 95 times in 100, the default of the generators before QuickTheories. */
  static <T> Gen<Optional<T>> optional(Gen<T> values) {
    return optional(values, 95);
  }

  /** Immutable lists of {@code min} to {@code max} elements, shrinking towards {@code min} elements. */
  static <T> Gen<List<T>> lists(Gen<T> elements, int min, int max) {
    Gen<List<T>> lists =
        SourceDSL.lists().of(elements).ofType(Lists.<T, List<T>>arrayList()).ofSizeBetween(min, max);
    return lists.map(List::copyOf).describedAs(list -> describe(list, elements));
  }

  /** Immutable lists of exactly {@code size} elements. */
  static <T> Gen<List<T>> lists(Gen<T> elements, int size) {
    Gen<List<T>> lists =
        in -> {
          List<T> out = new ArrayList<>(size);
          for (int i = 0; i < size; i++) {
            out.add(elements.generate(in));
          }
          return List.copyOf(out);
        };
    return lists.describedAs(list -> describe(list, elements));
  }

  /**
   * Immutable lists of {@code size} elements with distinct keys: an element whose key is taken is drawn again, up
   * to ten times, and then left out, so lists keep their drawn length however often keys collide.
   */
  static <T, K> Gen<List<T>> uniqueLists(Gen<T> elements, Function<? super T, K> key, int size) {
    Gen<List<T>> lists =
        in -> {
          List<T> out = new ArrayList<>(size);
          Set<K> keys = new HashSet<>();
          for (int i = 0; i < size; i++) {
            for (int attempt = 0; attempt < REDRAWS; attempt++) {
              T element = elements.generate(in);
              if (keys.add(key.apply(element))) {
                out.add(element);
                break;
              }
            }
          }
          return List.copyOf(out);
        };
    return lists.describedAs(list -> describe(list, elements));
  }

  /**
   * Subsets of {@code min} to {@code max} of the values, in the order drawn: a size, then each element by its
   * index among those not yet taken, so subsets shrink towards fewer and earlier values.
   */
  static <T> Gen<List<T>> subsets(List<T> values, int min, int max) {
    List<T> all = List.copyOf(values);
    Gen<Integer> sizes = ints(min, Math.min(max, all.size()), min);
    return in -> {
      int size = sizes.generate(in);
      List<T> remaining = new ArrayList<>(all);
      List<T> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(remaining.remove((int) ints(0, remaining.size() - 1, 0).generate(in)));
      }
      return List.copyOf(out);
    };
  }

  /** A generated value handed to a builder's setter. */
  static <B, V> Gen<Consumer<B>> set(Gen<V> values, BiConsumer<B, ? super V> setter) {
    return values.map(value -> builder -> setter.accept(builder, value));
  }

  /** Draws every setter in order, applies them to a new builder and builds it. */
  @SafeVarargs
  static <B, T> Gen<T> build(Supplier<B> builders, Function<B, T> build, Gen<Consumer<B>>... setters) {
    Gen<Consumer<B>> all = Generate.constant(builder -> {});
    for (Gen<Consumer<B>> setter : setters) {
      Gen<Consumer<B>> before = all;
      all = before.zip(setter, Consumer::andThen);
    }
    return all.map(
        steps -> {
          B builder = builders.get();
          steps.accept(builder);
          return build.apply(builder);
        });
  }

  private static <T> String describe(List<T> list, Gen<T> elements) {
    return list.stream().map(elements::asString).collect(Collectors.joining(", ", "[", "]"));
  }
}

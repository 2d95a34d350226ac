package io.github.accountgovernance.rules;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shared generators do what the properties that use them assume. */
final class GensProperties {

  @Test
  void shuffle_reordersWithoutLosingOrAddingItems_evenBeyondItsChoices() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 9)).ofSizeBetween(0, 2 * Shuffle.CHOICES + 3), Gens.shuffles())
        .checkAssert((items, shuffle) ->
            assertThat(shuffle.apply(items)).containsExactlyInAnyOrderElementsOf(items));
  }

  @Test
  void noShuffle_keepsTheOrder() {
    qt().withExamples(100)
        .forAll(lists().of(integers().all()).ofSizeBetween(0, 2 * Shuffle.CHOICES))
        .checkAssert(items -> assertThat(Shuffle.none().apply(items)).isEqualTo(items));
  }

  @Test
  void shuffles_reachEveryOrderOfThreeItems() {
    Set<List<String>> orders = new HashSet<>();
    qt().withExamples(300)
        .forAll(Gens.shuffles())
        .checkAssert(shuffle -> orders.add(shuffle.apply(List.of("a", "b", "c"))));

    // Missing one of the six orders in 300 fair draws has a chance below 1 in 10^22.
    assertThat(orders).hasSize(6);
  }

  @Test
  void independentShuffles_orderTwoListsDifferently() {
    List<Integer> items = List.of(0, 1, 2, 3, 4, 5, 6, 7);
    Set<Boolean> alike = new HashSet<>();
    qt().withExamples(100)
        .forAll(Gens.shuffles(2))
        .checkAssert(orders -> alike.add(orders.get(0).apply(items).equals(orders.get(1).apply(items))));

    assertThat(alike).contains(false);
  }

  @Test
  void strings_useOnlyTheAlphabetWithinTheLengths() {
    qt().withExamples(300)
        .forAll(Gens.strings("aо_", 2, 5))
        .checkAssert(text -> {
          assertThat(text.length()).isBetween(2, 5);
          assertThat(text.chars().mapToObj(c -> (char) c).collect(Collectors.toSet())).isSubsetOf('a', 'о', '_');
        });
  }

  @Test
  void distinctLists_neverRepeatAKey_andKeepTheFirstItemOfEach() {
    qt().withExamples(300)
        .forAll(Gens.distinctLists(integers().between(0, 20), 12, n -> n % 7))
        .checkAssert(list -> {
          List<Integer> keys = list.stream().map(n -> n % 7).collect(Collectors.toList());
          assertThat(keys).doesNotHaveDuplicates();
          assertThat(list).hasSizeLessThanOrEqualTo(7);
        });
    List<Integer> items = new ArrayList<>(List.of(3, 10, 4, 17, 11));
    assertThat(Gens.distinctBy(items, n -> n % 7)).containsExactly(3, 4);
  }
}

package io.github.accountgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * The laws of an order by several parts in rank (a lexicographic {@code compareTo}), checked on values that each
 * differ from the earliest in one part: each part alone orders two values (dropping or reversing it fails), and
 * each part outranks every later one (swapping two parts fails).
 */
final class OrderLaws {

  private OrderLaws() {}

  /**
   * Checks both laws.
   *
   * @param earliest the value earliest in every part
   * @param laterInEachPart for each part in rank, a value later than {@code earliest} in that part only
   */
  static <T extends Comparable<? super T>> void check(T earliest, List<T> laterInEachPart) {
    for (int part = 0; part < laterInEachPart.size(); part++) {
      T later = laterInEachPart.get(part);
      assertThat(earliest.compareTo(later)).as("part %d", part).isNegative();
      assertThat(later.compareTo(earliest)).as("part %d", part).isPositive();
    }
    for (int higher = 0; higher < laterInEachPart.size(); higher++) {
      for (int lower = higher + 1; lower < laterInEachPart.size(); lower++) {
        // Later in the higher part, earlier in every other: the higher part decides.
        T laterByHigher = laterInEachPart.get(higher);
        T laterByLower = laterInEachPart.get(lower);
        assertThat(laterByHigher.compareTo(laterByLower)).as("part %d over part %d", higher, lower).isPositive();
        assertThat(laterByLower.compareTo(laterByHigher)).as("part %d over part %d", higher, lower).isNegative();
      }
    }
  }
}

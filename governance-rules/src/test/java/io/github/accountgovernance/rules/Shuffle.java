package io.github.accountgovernance.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

/**
 * A generated shuffle (see {@link Gens#shuffles()}): the choices of a Fisher–Yates shuffle, drawn from the
 * property's randomness instead of a {@code java.util.Random}, so that it replays from the seed and shrinks. A
 * choice of 0 leaves its position in place, so a failing property shrinks towards the fewest moves that still
 * break it, and its counterexample names only the positions with a choice other than 0. A list longer than
 * {@value #CHOICES} reuses the choices from the start.
 */
public final class Shuffle {

  static final int CHOICES = 64;

  private static final Shuffle NONE = new Shuffle(Collections.nCopies(CHOICES, 0));

  private final List<Integer> choices;

  Shuffle(List<Integer> choices) {
    this.choices = List.copyOf(choices);
  }

  /**
   * Returns the shuffle that keeps every list in its order.
   *
   * @return the identity
   */
  public static Shuffle none() {
    return NONE;
  }

  /**
   * Returns the items in shuffled order.
   *
   * @param <T> the items
   * @param items the items, not changed
   * @return a new list
   */
  public <T> List<T> apply(List<T> items) {
    List<T> shuffled = new ArrayList<>(items);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int choice = choices.get(i % CHOICES);
      Collections.swap(shuffled, i, i - choice % (i + 1));
    }
    return shuffled;
  }

  @Override
  public String toString() {
    StringJoiner moved = new StringJoiner(", ", "Shuffle{", "}");
    for (int i = 0; i < CHOICES; i++) {
      if (choices.get(i) != 0) {
        moved.add(i + ":" + choices.get(i));
      }
    }
    return moved.toString();
  }
}

package io.github.accountgovernance.benchmarks;

import java.util.Objects;

/** The check every benchmark's setup makes before timing: both sides of a comparison give the same answer. */
final class Agreement {

  private Agreement() {}

  /**
   * Throws unless the two answers are equal, naming both sides and showing both answers (shortened).
   *
   * @throws IllegalStateException if they differ
   */
  static void require(String side, Object answer, String otherSide, Object otherAnswer) {
    if (!Objects.equals(answer, otherAnswer)) {
      throw new IllegalStateException(
          side + " and " + otherSide + " disagree:\n  " + side + ": " + shorten(answer) + "\n  " + otherSide
              + ": " + shorten(otherAnswer));
    }
  }

  private static String shorten(Object answer) {
    String text = String.valueOf(answer);
    return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "…";
  }
}

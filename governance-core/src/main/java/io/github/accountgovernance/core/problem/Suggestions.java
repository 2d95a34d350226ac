package io.github.accountgovernance.core.problem;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints: the closest known word, if it is close enough to be a likely typo. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * Returns the known word closest to {@code word} by case-insensitive edit distance, if that distance is at
   * most a third of the word's length (and at least 1), ties broken alphabetically.
   *
   * @param word the unknown word
   * @param known the words it may have meant
   * @return the suggestion, or empty
   */
  public static Optional<String> closest(String word, Collection<String> known) {
    String lower = word.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, lower.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = editDistance(lower, candidate.toLowerCase(Locale.ROOT), limit);
      if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * Returns " (did you mean "x"?)" for the closest known word, or an empty string.
   *
   * @param word the unknown word
   * @param known the words it may have meant
   * @return the hint, with a leading space, or {@code ""}
   */
  public static String didYouMean(String word, Collection<String> known) {
    return closest(word, known).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
  }

  /** Levenshtein distance, giving up (returning {@code limit + 1}) once it must exceed {@code limit}. */
  static int editDistance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

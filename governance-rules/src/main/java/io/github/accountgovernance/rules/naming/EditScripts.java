package io.github.accountgovernance.rules.naming;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Optimal string alignment distance (restricted Damerau–Levenshtein: insertions, deletions, substitutions and
 * swaps of two adjacent characters, no character edited twice) over code points, with the edits that realise it.
 *
 * <p>OSA rather than plain Levenshtein because swapping two letters is the commonest typosquatting move and
 * should cost one edit; rather than unrestricted Damerau because OSA keeps the deletion-neighbourhood
 * guarantee the index relies on (every OSA edit needs at most one deletion on each side to undo).
 */
final class EditScripts {

  private EditScripts() {}

  /**
   * Returns the edits that turn {@code official} into {@code candidate}, or null if more than {@code limit} are
   * needed. Ties are broken in a fixed order (keep, swap, substitute, drop, insert) so the script is
   * deterministic.
   */
  static List<Lookalike.Edit> script(int[] official, int[] candidate, int limit) {
    int n = official.length;
    int m = candidate.length;
    if (Math.abs(n - m) > limit) {
      return null;
    }
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = official[i - 1] == candidate[j - 1] ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (swapped(official, candidate, i, j)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    if (d[n][m] > limit) {
      return null;
    }
    List<Lookalike.Edit> edits = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int here = d[i][j];
      if (i > 0 && j > 0 && official[i - 1] == candidate[j - 1] && here == d[i - 1][j - 1]) {
        i--;
        j--;
      } else if (i > 1 && j > 1 && swapped(official, candidate, i, j) && here == d[i - 2][j - 2] + 1) {
        edits.add(
            Lookalike.Edit.of(
                Lookalike.Edit.Kind.SWAP, i - 2, text(official, i - 2, i), text(candidate, j - 2, j)));
        i -= 2;
        j -= 2;
      } else if (i > 0 && j > 0 && here == d[i - 1][j - 1] + 1) {
        edits.add(
            Lookalike.Edit.of(
                Lookalike.Edit.Kind.SUBSTITUTION, i - 1, text(official, i - 1, i), text(candidate, j - 1, j)));
        i--;
        j--;
      } else if (i > 0 && here == d[i - 1][j] + 1) {
        edits.add(Lookalike.Edit.of(Lookalike.Edit.Kind.DELETION, i - 1, text(official, i - 1, i), ""));
        i--;
      } else {
        edits.add(Lookalike.Edit.of(Lookalike.Edit.Kind.INSERTION, i, "", text(candidate, j - 1, j)));
        j--;
      }
    }
    Collections.reverse(edits);
    return List.copyOf(edits);
  }

  private static boolean swapped(int[] a, int[] b, int i, int j) {
    return i > 1
        && j > 1
        && a[i - 1] == b[j - 2]
        && a[i - 2] == b[j - 1]
        && a[i - 1] != a[i - 2];
  }

  private static String text(int[] codePoints, int from, int to) {
    return new String(codePoints, from, to - from);
  }
}

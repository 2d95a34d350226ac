package io.github.accountgovernance.rules.naming;

import io.github.accountgovernance.core.model.Handle;
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
    return script(Written.folded(official), Written.folded(candidate), limit);
  }

  /**
   * Returns the edits that turn {@code official} into {@code candidate}, compared by their keys and shown as
   * written: positions and texts are the handles' own, so a capital I stays capital. Null if more than
   * {@code limit} are needed.
   */
  static List<Lookalike.Edit> script(Written officialText, Written candidateText, int limit) {
    int[] official = officialText.key;
    int[] candidate = candidateText.key;
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
                Lookalike.Edit.Kind.SWAP,
                officialText.at[i - 2],
                officialText.span(i - 2, i - 1),
                officialText.spanWithEnds(i - 2, i - 1, candidateText.shown(j - 2, j - 1), candidateText.shown(j - 1, j))));
        i -= 2;
        j -= 2;
      } else if (i > 0 && j > 0 && here == d[i - 1][j - 1] + 1) {
        edits.add(
            Lookalike.Edit.of(
                Lookalike.Edit.Kind.SUBSTITUTION,
                officialText.at[i - 1],
                officialText.shown(i - 1, i),
                candidateText.shown(j - 1, j)));
        i--;
        j--;
      } else if (i > 0 && here == d[i - 1][j] + 1) {
        edits.add(
            Lookalike.Edit.of(Lookalike.Edit.Kind.DELETION, officialText.at[i - 1], officialText.shown(i - 1, i), ""));
        i--;
      } else {
        edits.add(
            Lookalike.Edit.of(Lookalike.Edit.Kind.INSERTION, officialText.at[i], "", candidateText.shown(j - 1, j)));
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

  /**
   * A text compared by its key, code point by code point, and shown as written: for each code point of the key,
   * the code point it was written as and where, counting the written text's code points from 0 (dots a platform
   * ignores take a place but have no key). A handle whose key is not its written code points folded one by one
   * (a letter that lower-cases to two, or a Greek final sigma) is shown by its key instead.
   */
  static final class Written {
    final int[] key;
    private final int[] shown;
    final int[] at;
    private final int[] written;

    private Written(int[] key, int[] shown, int[] at, int[] written) {
      this.key = key;
      this.shown = shown;
      this.at = at;
      this.written = written;
    }

    /** A text shown as its key: a folded skeleton. */
    static Written folded(int[] key) {
      int[] at = new int[key.length + 1];
      for (int i = 0; i <= key.length; i++) {
        at[i] = i;
      }
      return new Written(key, key, at, key);
    }

    /** A handle compared by its equivalence key and shown as written. */
    static Written of(Handle handle) {
      int[] key = handle.equivalenceKey().codePoints().toArray();
      int[] written = handle.value().codePoints().toArray();
      int[] shown = new int[key.length];
      int[] at = new int[key.length + 1];
      int k = 0;
      for (int w = 0; w < written.length; w++) {
        int[] folded =
            handle.platform().equivalenceKey(new String(written, w, 1)).codePoints().toArray();
        if (folded.length == 0) {
          continue;
        }
        if (folded.length > 1 || k >= key.length || folded[0] != key[k]) {
          return folded(key);
        }
        shown[k] = written[w];
        at[k] = w;
        k++;
      }
      if (k != key.length) {
        return folded(key);
      }
      at[k] = written.length;
      return new Written(key, shown, at, written);
    }

    String shown(int from, int to) {
      return new String(shown, from, to - from);
    }

    /**
     * The text as written from key code point {@code first} to key code point {@code last}, both included, with
     * whatever the platform ignores between them: {@code "o.n"} for the swapped "on" of Facebook's "ao.n".
     */
    String span(int first, int last) {
      return new String(written, at[first], at[last] + 1 - at[first]);
    }

    /** {@link #span(int, int)} with its first and last key code points replaced: {@code "n.o"} for a swap. */
    String spanWithEnds(int first, int last, String firstText, String lastText) {
      String middle = new String(written, at[first] + 1, at[last] - at[first] - 1);
      return firstText + middle + lastText;
    }
  }
}

package io.github.accountgovernance.rules.naming;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Handle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A handle found confusable with an official handle (NAM-4 evidence): which official handle, which candidate,
 * why ({@link LookalikeReason}), and for an edit-distance match the edits that turn the official handle's key
 * into the candidate's.
 *
 * <pre>{@code
 * Lookalike hit = index.findLookalikes(Handle.of(Platform.X, "NYorksPol1ce")).get(0);
 * hit.official();      // @NYorksPolice
 * hit.reasons();       // [EDIT_DISTANCE]
 * hit.explanation();   // "@NYorksPol1ce looks like @NYorksPolice: 1 edit: 'i' → '1' at 10"
 * }</pre>
 *
 * <p>Lookalikes order by official handle, then candidate (each by platform, equivalence key, then the text as
 * written). Immutable and thread-safe.
 */
public final class Lookalike implements Comparable<Lookalike> {

  // Handles equal under the platform's equivalence may be written differently; the text as written breaks ties
  // so that every order in this package is total and deterministic.
  static final Comparator<Handle> HANDLE_ORDER =
      Comparator.<Handle>naturalOrder().thenComparing(Handle::value);

  private static final Comparator<Lookalike> ORDER =
      Comparator.comparing(Lookalike::official, HANDLE_ORDER)
          .thenComparing(Lookalike::candidate, HANDLE_ORDER);

  private final Handle official;
  private final Handle candidate;
  private final String skeleton;
  private final List<LookalikeReason> reasons;
  private final List<Edit> edits;

  Lookalike(Handle official, Handle candidate, String skeleton, List<LookalikeReason> reasons, List<Edit> edits) {
    this.official = official;
    this.candidate = candidate;
    this.skeleton = skeleton;
    this.reasons = List.copyOf(reasons);
    this.edits = List.copyOf(edits);
  }

  /**
   * Returns the official handle the candidate resembles.
   *
   * @return the official handle, as written when the index was built
   */
  public Handle official() {
    return official;
  }

  /**
   * Returns the handle that resembles the official one.
   *
   * @return the candidate handle, as written
   */
  public Handle candidate() {
    return candidate;
  }

  /**
   * Returns the reasons, in {@link LookalikeReason} order; never empty.
   *
   * @return the reasons
   */
  public List<LookalikeReason> reasons() {
    return reasons;
  }

  /**
   * Returns the official handle's confusable skeleton, folded under the platform's equivalence (lower case, and
   * on Facebook without dots): the shared skeleton when the reason is {@link LookalikeReason#SAME_SKELETON}.
   *
   * @return the folded skeleton, such as {@code "nyp_york"}
   */
  public String skeleton() {
    return skeleton;
  }

  /**
   * Returns the edits that turn the official handle into the candidate: for {@link LookalikeReason#EDIT_DISTANCE}
   * found over the equivalence keys and given as the handles are written (positions and characters of the
   * handles themselves, so a capital I stays capital), for {@link LookalikeReason#CONFUSABLE_EDIT_DISTANCE} over
   * the folded skeletons, and none for a skeleton match alone.
   *
   * @return the edits, by position
   */
  public List<Edit> edits() {
    return edits;
  }

  /**
   * Says in one line which handle resembles which and why.
   *
   * @return for example {@code "@NYorksPol1ce looks like @NYorksPolice: 1 edit: 'i' → '1' at 10"}
   */
  public String explanation() {
    StringBuilder text = new StringBuilder();
    text.append(candidate.display()).append(" looks like ").append(official.display()).append(": ");
    String separator = "";
    for (LookalikeReason reason : reasons) {
      text.append(separator);
      separator = "; ";
      switch (reason) {
        case SAME_SKELETON:
          text.append("same confusable skeleton \"").append(skeleton).append('"');
          break;
        case EDIT_DISTANCE:
          text.append(describe(edits));
          break;
        case CONFUSABLE_EDIT_DISTANCE:
          text.append(describe(edits)).append(" once confusable characters are folded");
          break;
        default:
          throw new AssertionError(reason);
      }
    }
    return text.toString();
  }

  private static String describe(List<Edit> edits) {
    StringBuilder text = new StringBuilder();
    text.append(edits.size()).append(edits.size() == 1 ? " edit: " : " edits: ");
    for (int i = 0; i < edits.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(edits.get(i).describe());
    }
    return text.toString();
  }

  @Override
  public int compareTo(Lookalike other) {
    return ORDER.compare(this, other);
  }

  /** Equal when official and candidate (as written), reasons and edits are. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Lookalike)) {
      return false;
    }
    Lookalike that = (Lookalike) other;
    return official.equals(that.official)
        && official.value().equals(that.official.value())
        && candidate.equals(that.candidate)
        && candidate.value().equals(that.candidate.value())
        && reasons.equals(that.reasons)
        && edits.equals(that.edits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(official.value(), candidate.value(), reasons, edits);
  }

  /** Returns {@link #explanation()}. */
  @Override
  public String toString() {
    return explanation();
  }

  /**
   * One edit of an official handle: a substitution, a missing or an extra character, or two adjacent characters
   * swapped. Positions count code points from 0 in the official handle as written (dots that Facebook ignores
   * included), and texts are as written; for edits of folded skeletons, and for the rare handle whose key is not
   * its characters lower-cased one by one, both are the folded text's. {@link #describe()} counts from 1, as
   * people do.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Edit {

    /** What kind of edit. */
    public enum Kind {
      /** One character replaced by another. */
      SUBSTITUTION,
      /** A character of the official handle missing from the candidate. */
      DELETION,
      /** A character in the candidate that the official handle does not have. */
      INSERTION,
      /** Two adjacent characters swapped. */
      SWAP;
    }

    private final Kind kind;
    private final int position;
    private final String officialText;
    private final String candidateText;

    private Edit(Kind kind, int position, String officialText, String candidateText) {
      this.kind = kind;
      this.position = position;
      this.officialText = officialText;
      this.candidateText = candidateText;
    }

    /**
     * Returns an edit.
     *
     * @param kind the kind
     * @param position where in the official handle, counting code points from 0 (for an insertion, the position
     *     the inserted character would take)
     * @param officialText the official handle's text there (empty for an insertion)
     * @param candidateText the candidate's text there (empty for a deletion)
     * @return the edit
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the position is negative
     */
    public static Edit of(Kind kind, int position, String officialText, String candidateText) {
      requireNonNull(kind, "kind");
      requireNonNull(officialText, "officialText");
      requireNonNull(candidateText, "candidateText");
      if (position < 0) {
        throw new IllegalArgumentException("an edit position must not be negative, but was " + position);
      }
      return new Edit(kind, position, officialText, candidateText);
    }

    /**
     * Returns the kind of edit.
     *
     * @return the kind
     */
    public Kind kind() {
      return kind;
    }

    /**
     * Returns the position in the official handle, counting code points from 0.
     *
     * @return the position
     */
    public int position() {
      return position;
    }

    /**
     * Returns the official handle's text at the edit: one character, two for a swap, none for an insertion.
     *
     * @return the text replaced
     */
    public String officialText() {
      return officialText;
    }

    /**
     * Returns the candidate's text at the edit: one character, two for a swap, none for a deletion.
     *
     * @return the replacing text
     */
    public String candidateText() {
      return candidateText;
    }

    /**
     * Describes the edit, counting positions from 1 and naming each character that is not plain ASCII.
     *
     * @return for example {@code "'i' → '1' at 10"}, {@code "'k' inserted at 9"}, {@code "'i' missing at 10"},
     *     {@code "'li' → 'il' at 9"} or {@code "'P' → 'Р' (U+0420 CYRILLIC CAPITAL LETTER ER) at 7"}
     */
    public String describe() {
      int at = position + 1;
      switch (kind) {
        case SUBSTITUTION:
        case SWAP:
          return quote(officialText) + " → " + quote(candidateText) + " at " + at;
        case DELETION:
          return quote(officialText) + " missing at " + at;
        case INSERTION:
          return quote(candidateText) + " inserted at " + at;
        default:
          throw new AssertionError(kind);
      }
    }

    private static String quote(String text) {
      boolean plain = text.codePoints().allMatch(c -> c < 0x7f && c >= 0x20);
      if (plain) {
        return "'" + text + "'";
      }
      StringBuilder codes = new StringBuilder();
      text.codePoints().forEach(c -> {
        codes.append(String.format(Locale.ROOT, ", U+%04X", c));
        String name = Character.getName(c);
        if (name != null) {
          codes.append(' ').append(name);
        }
      });
      return "'" + text + "' (" + codes.substring(2) + ")";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Edit
          && ((Edit) other).kind == kind
          && ((Edit) other).position == position
          && ((Edit) other).officialText.equals(officialText)
          && ((Edit) other).candidateText.equals(candidateText);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, position, officialText, candidateText);
    }

    /** Returns {@link #describe()}. */
    @Override
    public String toString() {
      return describe();
    }
  }
}

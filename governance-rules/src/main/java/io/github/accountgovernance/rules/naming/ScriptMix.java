package io.github.accountgovernance.rules.naming;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

/**
 * The scripts a display name is written in (NAM-5 evidence): the TR39 restriction level, the scripts used, and
 * the characters of the scripts other than the main one.
 *
 * <pre>{@code
 * ScriptMix mix = DisplayNames.scripts("North Yorkshire Police - Y\u043Erk");
 * mix.isMixed();        // true
 * mix.scripts();        // [Cyrillic, Latin]
 * mix.explanation();    // "mixes scripts Cyrillic and Latin: Cyrillic 'о' (U+043E) at 24"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ScriptMix {

  private final String text;
  private final ScriptRestriction restriction;
  private final SortedSet<String> scripts;
  private final List<String> strayCharacters;

  ScriptMix(String text, ScriptRestriction restriction, SortedSet<String> scripts, List<String> strayCharacters) {
    this.text = text;
    this.restriction = restriction;
    this.scripts = scripts;
    this.strayCharacters = List.copyOf(strayCharacters);
  }

  /**
   * Returns the text examined.
   *
   * @return the display name
   */
  public String text() {
    return text;
  }

  /**
   * Returns the text's TR39 restriction level, as ICU computes it.
   *
   * @return the level
   */
  public ScriptRestriction restriction() {
    return restriction;
  }

  /**
   * Tells whether the text mixes scripts: its restriction level is worse than {@link ScriptRestriction#SINGLE_SCRIPT}.
   *
   * @return true if scripts are mixed
   */
  public boolean isMixed() {
    return restriction.compareTo(ScriptRestriction.SINGLE_SCRIPT) > 0;
  }

  /**
   * Returns the names of the scripts used, leaving out characters common to all scripts.
   *
   * @return the script names in alphabetical order, such as {@code [Cyrillic, Latin]}
   */
  public SortedSet<String> scripts() {
    return scripts;
  }

  /**
   * Describes each character not in the text's main script (the one most characters are written in, ties to
   * the alphabetically first), in text order.
   *
   * @return for example {@code ["Cyrillic 'о' (U+043E) at 24"]}; empty when one script is used
   */
  public List<String> strayCharacters() {
    return strayCharacters;
  }

  /**
   * Explains the mix in one sentence.
   *
   * @return for example {@code "mixes scripts Cyrillic and Latin: Cyrillic 'о' (U+043E) at 24"}, or
   *     {@code "one script: Latin"}
   */
  public String explanation() {
    if (!isMixed() || strayCharacters.isEmpty()) {
      return scripts.isEmpty() ? "no script-specific characters" : "one script: " + String.join(", ", scripts);
    }
    String names = String.join(", ", scripts.headSet(scripts.last())) + " and " + scripts.last();
    return "mixes scripts " + names + ": " + String.join(", ", strayCharacters);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScriptMix
        && ((ScriptMix) other).text.equals(text)
        && ((ScriptMix) other).restriction == restriction
        && ((ScriptMix) other).scripts.equals(scripts)
        && ((ScriptMix) other).strayCharacters.equals(strayCharacters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, restriction, scripts, strayCharacters);
  }

  /** Returns {@link #explanation()}. */
  @Override
  public String toString() {
    return explanation();
  }
}

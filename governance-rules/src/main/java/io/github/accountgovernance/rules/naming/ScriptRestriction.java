package io.github.accountgovernance.rules.naming;

/**
 * The restriction levels of Unicode TR39 (section 5.2), from the most restrictive: how far a text mixes scripts.
 * Characters common to all scripts (digits, spaces, punctuation, emoji) do not count.
 */
public enum ScriptRestriction {
  /** ASCII only, such as {@code North Yorkshire Police - York}. */
  ASCII,
  /** One script, such as Latin with accents: {@code Heddlu Dyfed-Powys}. */
  SINGLE_SCRIPT,
  /** Latin with Han and Japanese kana, Han and Bopomofo, or Han and Hangul. */
  HIGHLY_RESTRICTIVE,
  /** Latin with one other script that is not Cyrillic, Greek or Cherokee. */
  MODERATELY_RESTRICTIVE,
  /** Any mixture of scripts, such as Latin with a Cyrillic {@code о}. */
  MINIMALLY_RESTRICTIVE,
  /** Characters outside the identifier profile as well. */
  UNRESTRICTIVE;
}

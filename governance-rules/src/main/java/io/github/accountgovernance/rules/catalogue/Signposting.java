package io.github.accountgovernance.rules.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What signposting text must say (MON-5 for out-of-hours text, CLO-5 for a closed account's bio): the required
 * phrases, each found as a whole word or number ({@code 101} in "call 101," but not in "1010"), and a statement
 * not to report crime there.
 */
final class Signposting {

  /**
   * "Do not report crime here", "don't report crimes", "never report a crime", "not currently to be used for
   * reporting crime" (North Yorkshire's own words), "cannot be used to report crime".
   */
  static final String NOT_REPORTING_CRIME =
      "(?i)\\b(?:do\\s+not|don['\u2019]t|never)\\s+report\\s+(?:a\\s+|any\\s+)?crimes?\\b"
          + "|\\b(?:not|cannot|can['\u2019]t)\\b[^.!?]{0,60}?\\b(?:for\\s+reporting|to\\s+report)"
          + "\\s+(?:a\\s+|any\\s+)?crimes?\\b";

  private Signposting() {}

  /** The phrases the text does not contain as whole words, ignoring case, in the order given. */
  static List<String> missingPhrases(String text, List<String> phrases) {
    List<String> missing = new ArrayList<>();
    for (String phrase : phrases) {
      if (!containsPhrase(text, phrase)) {
        missing.add(phrase);
      }
    }
    return missing;
  }

  static boolean containsPhrase(String text, String phrase) {
    String wanted = phrase.strip();
    if (wanted.isEmpty()) {
      return true;
    }
    // Boundaries only where the phrase itself starts or ends with a letter or digit, so that "999" is not
    // found in "19999" while a phrase such as "(101)" still matches as written.
    String before = Character.isLetterOrDigit(wanted.codePointAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
    String after =
        Character.isLetterOrDigit(wanted.codePointBefore(wanted.length())) ? "(?![\\p{L}\\p{N}])" : "";
    return Pattern.compile(
            before + Pattern.quote(wanted) + after,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(text)
        .find();
  }

  static boolean saysNotToReportCrime(String text, Pattern pattern) {
    return pattern.matcher(text).find();
  }
}

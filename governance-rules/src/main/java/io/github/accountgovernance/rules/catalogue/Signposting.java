package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.rules.authoring.TextPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What signposting text must say (MON-5 for out-of-hours text, CLO-5 for a closed account's bio): the required
 * phrases, each found as a whole word or number ({@code 101} in "call 101," but not in "1010"), and a statement
 * not to report crime there.
 */
final class Signposting {

  /** "Crime", "crimes", "a crime", "any crime", "any crimes". */
  private static final String CRIME = "(?:a\\s+|any\\s+)?crimes?\\b";

  /** "To report" or "for reporting". */
  private static final String TO_REPORT = "(?:to\\s+report|for\\s+reporting)\\s+";

  /**
   * The negation must govern the reporting phrase itself, with nothing but the words of one clause between them,
   * so that "not monitored 24/7, but you can DM us here to report a crime" is not read as saying not to. It
   * finds:
   *
   * <ul>
   *   <li>"do not report crime here", "don't report crimes", "never report a crime";
   *   <li>"do not use this account to report crime", "never use social media for reporting crime" (up to four
   *       words between "use" and the reporting phrase, and no punctuation);
   *   <li>"not currently to be used for reporting crime" (North Yorkshire's own words), "cannot be used to report
   *       crime", "should never be used to report any crime", "is not being used for reporting crime";
   *   <li>"not for reporting crime", "not to report crime".
   * </ul>
   *
   * <p>It is matched against the text with its {@linkplain #CLAUSE_BREAKS clause breaks} marked (see
   * {@link #saysNotToReportCrime}), so the four words never run across "but", "and" or "or".
   */
  static final String NOT_REPORTING_CRIME =
      "(?i)\\b(?:do\\s+not|don['\u2019]t|never)\\s+report\\s+" + CRIME
          + "|\\b(?:do\\s+not|don['\u2019]t|never)\\s+use(?:\\s+[\\p{L}'\u2019]+){0,4}\\s+"
          + TO_REPORT + CRIME
          + "|\\b(?:not|never|cannot|can['\u2019]t)\\s+(?:currently\\s+|be\\s+|to\\s+be\\s+|being\\s+){0,3}used\\s+"
          + TO_REPORT + CRIME
          + "|\\bnot\\s+(?:currently\\s+)?" + TO_REPORT + CRIME;

  /** The words that end a clause unless a pack says otherwise: MON-5's {@code clauseBreaks}. */
  static final List<String> CLAUSE_BREAKS = List.of("but", "and", "or", "unless", "except", "if", "so", "then");

  /** What stands for a clause break when the pattern reads the text: no letter, space or word character. */
  private static final char BREAK_MARK = '|';

  private static final Pattern ANYWHERE = Pattern.compile("");

  private Signposting() {}

  /** The phrases the text does not contain as whole words, ignoring case, in the order given. */
  static List<String> missingPhrases(String text, List<String> phrases) {
    return RequiredPhrases.of(phrases).missingFrom(text);
  }

  static boolean containsPhrase(String text, String phrase) {
    return phrasePattern(phrase).matcher(text).find();
  }

  /** The phrase as a whole-word pattern ignoring case; a blank phrase is found in every text. */
  private static Pattern phrasePattern(String phrase) {
    String wanted = phrase.strip();
    if (wanted.isEmpty()) {
      return ANYWHERE;
    }
    // Boundaries only where the phrase itself starts or ends with a letter or digit, so that "999" is not
    // found in "19999" while a phrase such as "(101)" still matches as written.
    String before = Character.isLetterOrDigit(wanted.codePointAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
    String after =
        Character.isLetterOrDigit(wanted.codePointBefore(wanted.length())) ? "(?![\\p{L}\\p{N}])" : "";
    return Pattern.compile(
        before + Pattern.quote(wanted) + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * Tells whether the text says not to report crime there: the pattern is found in the text read with each
   * clause break (a whole word, in any case) marked as the end of a clause, so that no match runs across one.
   * One pass over the text, then the pattern's linear-time search.
   */
  static boolean saysNotToReportCrime(String text, TextPattern pattern, List<String> clauseBreaks) {
    return pattern.foundIn(markClauseBreaks(text, clauseBreaks));
  }

  /**
   * The text with every word (a run of letters not after an apostrophe) that is one of the clause breaks,
   * ignoring case, replaced by as many {@code |} marks; everything else as written, so positions are kept.
   */
  static String markClauseBreaks(String text, List<String> clauseBreaks) {
    if (clauseBreaks.isEmpty()) {
      return text;
    }
    java.util.Set<String> breaks = new java.util.HashSet<>();
    for (String word : clauseBreaks) {
      breaks.add(word.strip().toLowerCase(java.util.Locale.ROOT));
    }
    StringBuilder marked = new StringBuilder(text.length());
    int at = 0;
    while (at < text.length()) {
      int end = at;
      while (end < text.length() && Character.isLetter(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      if (end == at) {
        marked.append(text.charAt(at++));
        continue;
      }
      String word = text.substring(at, end);
      // A run after an apostrophe is the rest of a word ("'but", "it's"), not a word of its own.
      boolean afterApostrophe = at > 0 && (text.charAt(at - 1) == '\'' || text.charAt(at - 1) == '\u2019');
      if (!afterApostrophe && breaks.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        marked.append(String.valueOf(BREAK_MARK).repeat(word.length()));
      } else {
        marked.append(word);
      }
      at = end;
    }
    return marked.toString();
  }


  /**
   * Required phrases compiled once, to check many texts against: MON-5 shares one per evaluation rather than
   * compiling the phrases again for every account. Immutable and thread-safe.
   */
  static final class RequiredPhrases {

    private final List<String> phrases;
    private final List<Pattern> patterns;

    private RequiredPhrases(List<String> phrases, List<Pattern> patterns) {
      this.phrases = phrases;
      this.patterns = patterns;
    }

    static RequiredPhrases of(List<String> phrases) {
      List<Pattern> patterns = new ArrayList<>(phrases.size());
      for (String phrase : phrases) {
        patterns.add(phrasePattern(phrase));
      }
      return new RequiredPhrases(List.copyOf(phrases), List.copyOf(patterns));
    }

    /** The phrases the text does not contain as whole words, ignoring case, in the order given. */
    List<String> missingFrom(String text) {
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < phrases.size(); i++) {
        if (!patterns.get(i).matcher(text).find()) {
          missing.add(phrases.get(i));
        }
      }
      return missing;
    }
  }
}

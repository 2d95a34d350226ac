package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.rules.authoring.TextPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
   *       words between "use" and the reporting phrase, none of them "but", "and" or "or", and no punctuation);
   *   <li>"not currently to be used for reporting crime" (North Yorkshire's own words), "cannot be used to report
   *       crime", "should never be used to report any crime", "is not being used for reporting crime";
   *   <li>"not for reporting crime", "not to report crime".
   * </ul>
   */
  static final String NOT_REPORTING_CRIME =
      "(?i)\\b(?:do\\s+not|don['\u2019]t|never)\\s+report\\s+" + CRIME
          + "|\\b(?:do\\s+not|don['\u2019]t|never)\\s+use(?:\\s+"
          + wordOtherThan(List.of("but", "and", "or", "unless", "except", "if", "so", "then")) + "){0,4}\\s+"
          + TO_REPORT + CRIME
          + "|\\b(?:not|never|cannot|can['\u2019]t)\\s+(?:currently\\s+|be\\s+|to\\s+be\\s+|being\\s+){0,3}used\\s+"
          + TO_REPORT + CRIME
          + "|\\bnot\\s+(?:currently\\s+)?" + TO_REPORT + CRIME;

  /** A letter or apostrophe: what the words between "use" and the reporting phrase are made of. */
  private static final String WORD_CHARACTER = "[\\p{L}'\u2019]";

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

  static boolean saysNotToReportCrime(String text, TextPattern pattern) {
    return pattern.foundIn(text);
  }

  /**
   * A pattern for one word of letters and apostrophes that is none of the given lower-case words, ignoring case,
   * nor one of them followed by an apostrophe ("but's"): what the look-ahead
   * {@code (?!(?:but|and)\b)[\p{L}'’]+} says, written without look-ahead so that RE2 runs it. It walks the
   * words' trie: a word is allowed once it leaves the trie, or stops short of a whole word, or goes on with a
   * letter after one.
   */
  static String wordOtherThan(List<String> words) {
    Map<Character, Object> trie = new TreeMap<>();
    for (String word : words) {
      Map<Character, Object> node = trie;
      for (char c : word.toCharArray()) {
        @SuppressWarnings("unchecked") // every value but the end mark is a node
        Map<Character, Object> child = (Map<Character, Object>) node.computeIfAbsent(c, k -> new TreeMap<>());
        node = child;
      }
      node.put(END, Boolean.TRUE);
    }
    return otherThan(trie, true);
  }

  private static final char END = '\0';

  private static String otherThan(Map<Character, Object> node, boolean root) {
    boolean whole = node.containsKey(END);
    StringBuilder leaving = new StringBuilder("[^\\P{L}");
    List<String> alternatives = new ArrayList<>();
    for (Map.Entry<Character, Object> child : node.entrySet()) {
      if (child.getKey() == END) {
        continue;
      }
      char c = child.getKey();
      leaving.append(c).append(Character.toUpperCase(c));
      @SuppressWarnings("unchecked") // every value but the end mark is a node
      Map<Character, Object> next = (Map<Character, Object>) child.getValue();
      alternatives.add(c + otherThan(next, false));
    }
    leaving.append(']');
    // After a whole word only a letter goes on (an apostrophe would end it at a word boundary); elsewhere an
    // apostrophe leaves the trie too.
    String leave = whole ? leaving.toString() : "(?:" + leaving + "|['\u2019])";
    alternatives.add(leave + WORD_CHARACTER + "*");
    boolean mayStop = !whole && !root;
    return "(?:" + String.join("|", alternatives) + ")" + (mayStop ? "?" : "");
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

package io.github.accountgovernance.rules.naming;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Force;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks on display names (NAM-5): whether a name mixes scripts, as a Cyrillic {@code о} in
 * {@code North Yorkshire Police - Yоrk} does, and whether it names the force and the account's district.
 *
 * <p>Script mixing uses ICU4J's TR39 restriction levels ({@code SpoofChecker}); characters common to all
 * scripts (spaces, digits, punctuation, emoji) do not count. Naming is a case-insensitive search for the name as
 * a whole phrase, so {@code "North Yorkshire Police"} does not name the district York.
 *
 * <pre>{@code
 * DisplayNames.scripts("North Yorkshire Police - York").isMixed();                 // false
 * DisplayNames.namesForce("NYP Operational Support Unit", nyp, List.of("NYP"));    // true
 * DisplayNames.namesDistrict("North Yorkshire Police - Harrogate", harrogate);      // true, by handle token
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class DisplayNames {

  // ICU documents a built checker's checking methods as safe to call from many threads at once. Every
  // character is allowed, so the level measures only how scripts mix, not which characters are unusual.
  private static final SpoofChecker RESTRICTION_CHECKER =
      new SpoofChecker.Builder()
          .setChecks(SpoofChecker.RESTRICTION_LEVEL)
          .setRestrictionLevel(SpoofChecker.RestrictionLevel.ASCII)
          .build();

  private static final ScriptRestriction ASCII = restriction(SpoofChecker.RestrictionLevel.ASCII);
  private static final SortedSet<String> LATIN =
      Collections.unmodifiableSortedSet(new TreeSet<>(List.of(UScript.getName(UScript.LATIN))));
  private static final SortedSet<String> NO_SCRIPT = Collections.unmodifiableSortedSet(new TreeSet<>());
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private DisplayNames() {}

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds which scripts the text is written in and how they mix.
   *
   * @param text a display name
   * @return the restriction level, scripts and stray characters
   * @throws NullPointerException if {@code text} is null
   */
  public static ScriptMix scripts(String text) {
    requireNonNull(text, "text");
    if (isAscii(text)) {
      // Most names: ICU would say ASCII, with Latin if there is a letter and nothing stray. Saves the checker's
      // work and every allocation but the result.
      return new ScriptMix(text, ASCII, hasLetter(text) ? LATIN : NO_SCRIPT, List.of());
    }
    return scriptsByIcu(text);
  }

  /** {@link #scripts(String)} without the ASCII shortcut: what the shortcut must agree with. */
  static ScriptMix scriptsByIcu(String text) {
    SpoofChecker.CheckResult result = new SpoofChecker.CheckResult();
    RESTRICTION_CHECKER.failsChecks(text, result);
    ScriptRestriction restriction = restriction(result.restrictionLevel);
    Map<String, Integer> counts = new TreeMap<>();
    List<int[]> scriptedCharacters = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int script = UScript.getScript(c);
      if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN) {
        counts.merge(UScript.getName(script), 1, Integer::sum);
        scriptedCharacters.add(new int[] {c, text.codePointCount(0, i), script});
      }
      i += Character.charCount(c);
    }
    String main = null;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (main == null || entry.getValue() > counts.get(main)) {
        main = entry.getKey();
      }
    }
    List<String> stray = new ArrayList<>();
    for (int[] character : scriptedCharacters) {
      String script = UScript.getName(character[2]);
      if (!script.equals(main)) {
        stray.add(
            script + " '" + new String(Character.toChars(character[0])) + "' ("
                + String.format(Locale.ROOT, "U+%04X", character[0]) + ") at " + character[1]);
      }
    }
    SortedSet<String> scripts = Collections.unmodifiableSortedSet(new TreeSet<>(counts.keySet()));
    return new ScriptMix(text, restriction, scripts, stray);
  }

  /**
   * Tells whether the display name names the force: its full name, or one of its short forms, as a whole
   * phrase, ignoring case.
   *
   * @param displayName the display name
   * @param force the force
   * @param shortForms other names the force goes by, such as {@code "NYP"}
   * @return true if the display name contains one of them
   * @throws NullPointerException if an argument or a short form is null
   */
  public static boolean namesForce(String displayName, Force force, Collection<String> shortForms) {
    requireNonNull(displayName, "displayName");
    requireNonNull(force, "force");
    requireNonNull(shortForms, "shortForms");
    if (containsPhrase(displayName, force.name())) {
      return true;
    }
    for (String shortForm : shortForms) {
      if (containsPhrase(displayName, requireNonNull(shortForm, "shortForms contains null"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the display name names the force by its full name, ignoring case.
   *
   * @param displayName the display name
   * @param force the force
   * @return true if the display name contains the force's name
   * @throws NullPointerException if an argument is null
   */
  public static boolean namesForce(String displayName, Force force) {
    return namesForce(displayName, force, List.of());
  }

  /**
   * Tells whether the display name names the district: its name or its handle token, as a whole phrase,
   * ignoring case.
   *
   * @param displayName the display name
   * @param district the district
   * @return true if the display name contains the district's name or handle token
   * @throws NullPointerException if an argument is null
   */
  public static boolean namesDistrict(String displayName, District district) {
    requireNonNull(displayName, "displayName");
    requireNonNull(district, "district");
    return containsPhrase(displayName, district.name()) || containsPhrase(displayName, district.handleToken());
  }

  /**
   * Whether the phrase occurs with no letter or digit right before or after it, both texts stripped, their runs
   * of white space made one space and their case folded. Plain ASCII texts, whose folding is one character at a
   * time, are searched as they are; others are folded first ({@link #containsPhraseByFolding}).
   */
  static boolean containsPhrase(String text, String phrase) {
    if (!isPlainAscii(text) || !isPlainAscii(phrase)) {
      return containsPhraseByFolding(text, phrase);
    }
    int length = phrase.length();
    if (length == 0) {
      return false;
    }
    for (int at = 0; at + length <= text.length(); at++) {
      if (regionMatchesFolded(text, at, phrase)
          && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (at + length == text.length() || !Character.isLetterOrDigit(text.charAt(at + length)))) {
        return true;
      }
    }
    return false;
  }

  /** {@link #containsPhrase} by folding both texts first: what the search of plain ASCII must agree with. */
  static boolean containsPhraseByFolding(String text, String phrase) {
    String haystack = normalise(text);
    String needle = normalise(phrase);
    if (needle.isEmpty()) {
      return false;
    }
    for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      int end = at + needle.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(haystack.codePointBefore(at));
      boolean endsWord = end == haystack.length() || !Character.isLetterOrDigit(haystack.codePointAt(end));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link #normalise} would only fold the text's case, one ASCII character at a time: ASCII, nothing for
   * {@code strip()} to remove at either end, and no white space but single spaces.
   */
  private static boolean isPlainAscii(String text) {
    int length = text.length();
    if (length > 0 && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(length - 1)))) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
          || (c == ' ' && i > 0 && text.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  private static boolean regionMatchesFolded(String text, int at, String phrase) {
    for (int i = 0; i < phrase.length(); i++) {
      if (lowerAscii(text.charAt(at + i)) != lowerAscii(phrase.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static String normalise(String text) {
    return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static ScriptRestriction restriction(SpoofChecker.RestrictionLevel level) {
    if (level == null) {
      return ScriptRestriction.UNRESTRICTIVE;
    }
    switch (level) {
      case ASCII:
        return ScriptRestriction.ASCII;
      case SINGLE_SCRIPT_RESTRICTIVE:
        return ScriptRestriction.SINGLE_SCRIPT;
      case HIGHLY_RESTRICTIVE:
        return ScriptRestriction.HIGHLY_RESTRICTIVE;
      case MODERATELY_RESTRICTIVE:
        return ScriptRestriction.MODERATELY_RESTRICTIVE;
      case MINIMALLY_RESTRICTIVE:
        return ScriptRestriction.MINIMALLY_RESTRICTIVE;
      default:
        return ScriptRestriction.UNRESTRICTIVE;
    }
  }
}

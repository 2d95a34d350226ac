package io.github.accountgovernance.rules.authoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English for composed descriptions: verb agreement, negation, parameter placeholders. */
final class Words {

  private static final Map<String, String> PLURAL_VERBS =
      Map.of("is", "are", "has", "have", "does", "do", "was", "were", "is not", "are not");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

  private Words() {}

  static String requireWords(String what, String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, but was \"" + text + "\"");
    }
    if (!text.strip().equals(text) || text.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(
          what + " must be one line without surrounding space, but was \"" + text + "\"");
    }
    return text;
  }

  /**
   * Makes the leading verb of each clause agree with a plural subject: "is serving and has access" becomes
   * "are serving and have access". Best effort: descriptions are verb phrases in the third person singular.
   */
  static String plural(String phrase) {
    String[] tokens = phrase.split(" ", -1);
    StringBuilder out = new StringBuilder(phrase.length() + 8);
    boolean expectVerb = true;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      if (i > 0) {
        out.append(' ');
      }
      if (expectVerb) {
        int open = 0;
        while (open < token.length() && token.charAt(open) == '(') {
          open++;
        }
        String word = token.substring(open);
        if (word.equals("not") || word.isEmpty()) {
          out.append(token);
          continue;
        }
        out.append(token, 0, open).append(pluralVerb(word));
        expectVerb = false;
      } else {
        out.append(token);
      }
      if (token.equals("and") || token.equals("or")) {
        expectVerb = true;
      }
    }
    return out.toString();
  }

  private static String pluralVerb(String word) {
    String known = PLURAL_VERBS.get(word);
    if (known != null) {
      return known;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ies") && word.length() > 3) {
      return word.substring(0, word.length() - 3) + "y";
    }
    for (String ending : List.of("sses", "shes", "ches", "xes", "zzes")) {
      if (lower.endsWith(ending)) {
        return word.substring(0, word.length() - 2);
      }
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && word.length() > 2) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** Returns "an" before a vowel letter, else "a"; enough for the nouns rules use. */
  static String article(String noun) {
    return "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  /**
   * Negates a simple verb phrase: "is open" becomes "is not open", "has an owner" becomes "does not have an
   * owner", "mentions X" becomes "does not mention X"; anything else becomes "not (…)".
   */
  static String negate(String phrase, boolean simple) {
    if (simple) {
      int space = phrase.indexOf(' ');
      String verb = space < 0 ? phrase : phrase.substring(0, space);
      String rest = space < 0 ? "" : phrase.substring(space);
      switch (verb) {
        case "is":
        case "are":
        case "was":
        case "were":
          return verb + " not" + rest;
        case "can":
          return "cannot" + rest;
        case "has":
          return "does not have" + rest;
        case "does":
          return "does not" + rest;
        default:
          if (verb.endsWith("s") && !verb.endsWith("ss") && verb.chars().allMatch(Character::isLowerCase)) {
            return "does not " + pluralVerb(verb) + rest;
          }
          break;
      }
    }
    return "not (" + phrase + ")";
  }

  /** Replaces each {@code {key}} whose key the map knows with its value. */
  static String fill(String template, Map<String, String> values) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Returns the keys of the {@code {key}} placeholders in a template, in order. */
  static List<String> placeholders(String template) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    java.util.ArrayList<String> keys = new java.util.ArrayList<>();
    while (matcher.find()) {
      keys.add(matcher.group(1));
    }
    return keys;
  }
}

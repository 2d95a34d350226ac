package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Arrays;
import java.util.Optional;

/**
 * A regular expression that a pack may set (the {@link ParameterType#PATTERN} parameters, such as ATT-1's
 * {@code collarPattern}), run on RE2/J, an engine whose matching takes time linear in the text: no pattern a
 * file can set makes a rule hang, whatever it is matched against.
 *
 * <pre>{@code
 * TextPattern collar = TextPattern.of("[A-Za-z]{0,2}\\d{1,5}[A-Za-z]{0,2}");
 * collar.matches("PC1234");                 // true: the whole text
 * collar.foundIn("signed PC1234");          // true: anywhere in the text
 * TextPattern.of("^(\\w+)+(\\1)?$");        // IllegalArgumentException: back-references ... are not supported
 * }</pre>
 *
 * <p>What a pattern may use is RE2's syntax, which is Java's for everyday patterns: literals, {@code .},
 * character classes ({@code [A-Z]}, {@code [^0-9]}, {@code \d}, {@code \w}, {@code \s}, {@code \p{L}},
 * {@code [[:alpha:]]}), anchors ({@code ^}, {@code $}, {@code \A}, {@code \z}, {@code \b}), groups
 * ({@code (...)}, {@code (?:...)}, {@code (?<name>...)}), alternation, the quantifiers {@code * + ? {n} {n,}
 * {n,m}} and their lazy forms, the flags {@code (?i)}, {@code (?s)}, {@code (?m)} and {@code (?U)}, and
 * {@code \Q...\E}. It may not use what needs backtracking, and these are refused with a message saying so:
 * back-references ({@code \1}, {@code \k<name>}), look-ahead and look-behind ({@code (?=}, {@code (?!},
 * {@code (?<=}, {@code (?<!}), atomic groups ({@code (?>}), possessive quantifiers ({@code *+}, {@code ++},
 * {@code ?+}, <code>}+</code>), class intersection ({@code [a-z&&[^aeiou]]}) and classes nested in classes
 * ({@code [a-z[0-9]]}, a union in Java). Differences in meaning from
 * {@code java.util.regex}: {@code \b} and {@code \w} know only ASCII letters and digits, {@code (?i)} folds
 * case across Unicode, and {@code $} without {@code (?m)} matches only at the very end of the text.
 *
 * <p>A pattern has at most {@value #MAX_LENGTH} characters and compiles to at most {@value #MAX_SIZE}
 * instructions, counted before compiling (nested counted repetition such as {@code (a{1000}){1000}} multiplies),
 * so that compiling is linear in the pattern too.
 *
 * <p>Immutable and thread-safe. Two patterns are equal when their text is.
 */
public final class TextPattern {

  /** The longest pattern text: {@value} characters. */
  public static final int MAX_LENGTH = 2_000;

  /** The most instructions a pattern may compile to, counted with repetition expanded: {@value}. */
  public static final int MAX_SIZE = 20_000;

  private final Pattern pattern;

  private TextPattern(Pattern pattern) {
    this.pattern = pattern;
  }

  /**
   * Compiles a pattern.
   *
   * @param text the pattern, in RE2 syntax (see the class comment)
   * @return the pattern
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is longer than {@value #MAX_LENGTH} characters, would
   *     compile to more than {@value #MAX_SIZE} instructions, uses a construct that needs backtracking, or is
   *     not a regular expression; the message says which, and quotes the text
   */
  public static TextPattern of(String text) {
    requireNonNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "expected a regular expression of at most " + MAX_LENGTH + " characters, but got "
              + ParameterType.quote(text));
    }
    long size = new Scan(text).size();
    if (size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "the regular expression " + ParameterType.quote(text) + " would compile to more than " + MAX_SIZE
              + " instructions (counted repetition such as {1000} multiplies what it repeats); simplify it");
    }
    Pattern compiled;
    try {
      compiled = Pattern.compile(text);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "expected a regular expression in RE2 syntax, but got " + ParameterType.quote(text) + ": "
              + e.getDescription(),
          e);
    }
    if (compiled.programSize() > MAX_SIZE) {
      throw new IllegalArgumentException(
          "the regular expression " + ParameterType.quote(text) + " compiles to " + compiled.programSize()
              + " instructions, more than " + MAX_SIZE + "; simplify it");
    }
    return new TextPattern(compiled);
  }

  /**
   * Returns the pattern as written.
   *
   * @return the text, which {@link #of(String)} reads back
   */
  public String pattern() {
    return pattern.pattern();
  }

  /**
   * Tells whether the whole text matches.
   *
   * @param text the text
   * @return true if the pattern matches all of it
   * @throws NullPointerException if {@code text} is null
   */
  public boolean matches(CharSequence text) {
    return pattern.matcher(requireNonNull(text, "text")).matches();
  }

  /**
   * Tells whether the pattern matches somewhere in the text.
   *
   * @param text the text
   * @return true if some part of it matches
   * @throws NullPointerException if {@code text} is null
   */
  public boolean foundIn(CharSequence text) {
    return pattern.matcher(requireNonNull(text, "text")).find();
  }

  /**
   * Finds the first match in the text and returns the named group of it, such as ATT-1's sign-off pattern's
   * {@code signature}; a pattern without a group of that name gives its whole match.
   *
   * <pre>{@code
   * TextPattern.of("\\^(?<signature>\\S+)$").firstMatch("Road closed. ^PC1234", "signature"); // Optional[PC1234]
   * }</pre>
   *
   * @param text the text
   * @param group the group's name
   * @return the group's text, or the whole match; empty if nothing matches or the group took no part
   * @throws NullPointerException if an argument is null
   */
  public Optional<String> firstMatch(CharSequence text, String group) {
    requireNonNull(group, "group");
    Matcher matcher = pattern.matcher(requireNonNull(text, "text"));
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        pattern.namedGroups().containsKey(group) ? matcher.group(group) : matcher.group());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TextPattern && ((TextPattern) other).pattern().equals(pattern());
  }

  @Override
  public int hashCode() {
    return pattern().hashCode();
  }

  /** Returns the pattern as written. */
  @Override
  public String toString() {
    return pattern();
  }

  /**
   * One pass over a pattern's text: refuses the constructs RE2 lacks with words of our own, and counts the
   * instructions it would compile to with counted repetition expanded, saturating, so that a short pattern
   * such as {@code ((a{1000}){1000}){1000}} is refused before it is compiled.
   */
  private static final class Scan {
    private static final long SATURATED = Long.MAX_VALUE / 4;

    private final String text;
    private int at;
    // Per open group: the size so far; and the size of the last atom, which a quantifier repeats.
    private long[] sizes = new long[8];
    private long[] lastAtoms = new long[8];
    private int depth;

    Scan(String text) {
      this.text = text;
    }

    long size() {
      while (at < text.length()) {
        char c = text.charAt(at);
        switch (c) {
          case '\\':
            escape();
            break;
          case '[':
            characterClass();
            atom(1);
            break;
          case '(':
            open();
            break;
          case ')':
            close();
            break;
          case '*':
          case '+':
          case '?':
            at++;
            possessive();
            break;
          case '{':
            repeat();
            break;
          default:
            at++;
            atom(1);
            break;
        }
      }
      long total = 0;
      for (int level = depth; level >= 0; level--) {
        total = add(total, sizes[level]);
      }
      return total;
    }

    private void escape() {
      if (at + 1 >= text.length()) {
        at++;
        return;
      }
      char next = text.charAt(at + 1);
      if ((next >= '1' && next <= '9') || next == 'k') {
        throw refused("back-references such as \\1 or \\k<name>");
      }
      if (next == 'Q') {
        int end = text.indexOf("\\E", at + 2);
        int stop = end < 0 ? text.length() : end;
        for (int i = at + 2; i < stop; i++) {
          atom(1);
        }
        at = end < 0 ? text.length() : end + 2;
        return;
      }
      at += 2;
      if ((next == 'p' || next == 'P' || next == 'x') && at < text.length() && text.charAt(at) == '{') {
        int end = text.indexOf('}', at);
        at = end < 0 ? text.length() : end + 1;
      }
      atom(1);
    }

    /** Skips a character class, which compiles to one instruction, refusing Java's intersection. */
    private void characterClass() {
      at++;
      if (at < text.length() && text.charAt(at) == '^') {
        at++;
      }
      if (at < text.length() && text.charAt(at) == ']') {
        at++;
      }
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '\\') {
          at += 2;
        } else if (c == '[' && at + 1 < text.length() && text.charAt(at + 1) == ':') {
          int end = text.indexOf(":]", at + 2);
          at = end < 0 ? at + 1 : end + 2;
        } else if (c == '[') {
          // Java reads [a-z[0-9]] as a union; RE2 as a class holding '[' followed by a literal ']'.
          throw readDifferently("classes nested in classes such as [a-z[0-9]] (write \\[ for a bracket)");
        } else if (c == '&' && at + 1 < text.length() && text.charAt(at + 1) == '&') {
          throw readDifferently("class intersections such as [a-z&&[^aeiou]]");
        } else if (c == ']') {
          at++;
          return;
        } else {
          at++;
        }
      }
    }

    private void open() {
      at++;
      if (text.startsWith("?=", at) || text.startsWith("?!", at) || text.startsWith("?<=", at)
          || text.startsWith("?<!", at)) {
        throw refused("look-ahead and look-behind such as (?=...) or (?<!...)");
      }
      if (text.startsWith("?>", at)) {
        throw refused("atomic groups (?>...)");
      }
      if (at < text.length() && text.charAt(at) == '?') {
        // (?flags), (?flags:...), (?P<name>...), (?<name>...): skip to where the group's content starts.
        int i = at + 1;
        while (i < text.length() && text.charAt(i) != ')' && text.charAt(i) != ':' && text.charAt(i) != '>') {
          i++;
        }
        if (i < text.length() && text.charAt(i) == ')') {
          at = i + 1;
          return;
        }
        at = Math.min(i + 1, text.length());
      }
      if (depth + 1 == sizes.length) {
        sizes = Arrays.copyOf(sizes, sizes.length * 2);
        lastAtoms = Arrays.copyOf(lastAtoms, lastAtoms.length * 2);
      }
      depth++;
      sizes[depth] = 0;
      lastAtoms[depth] = 0;
    }

    private void close() {
      at++;
      if (depth == 0) {
        atom(1);
        return;
      }
      long group = Math.max(1, add(sizes[depth], 2));
      depth--;
      atom(group);
    }

    private void repeat() {
      int close = text.indexOf('}', at);
      // "{n,m}" with counts of at most four digits each; anything longer is no repetition RE2 accepts.
      long max = close < 0 || close - at > 10 ? -1 : repeatMaximum(text.substring(at + 1, close));
      if (max < 0) {
        at++;
        atom(1);
        return;
      }
      at = close + 1;
      long last = lastAtoms[depth];
      long repeated = multiply(last, Math.max(1, max));
      sizes[depth] = add(sizes[depth], repeated - last);
      lastAtoms[depth] = repeated;
      possessive();
    }

    /** The most copies {@code n}, {@code n,} or {@code n,m} makes, or -1 if the braces are no repetition. */
    private static long repeatMaximum(String inside) {
      int comma = inside.indexOf(',');
      String low = comma < 0 ? inside : inside.substring(0, comma);
      String high = comma < 0 ? inside : inside.substring(comma + 1);
      if (!digits(low) || (!high.isEmpty() && !digits(high))) {
        return -1;
      }
      // Repeat counts above 1000 are refused by the compiler; four digits are enough to count.
      long n = Long.parseLong(low.length() > 4 ? "9999" : low);
      if (high.isEmpty()) {
        return comma < 0 ? n : n + 1;
      }
      return Long.parseLong(high.length() > 4 ? "9999" : high);
    }

    private static boolean digits(String text) {
      if (text.isEmpty()) {
        return false;
      }
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    private void possessive() {
      if (at < text.length() && text.charAt(at) == '+') {
        throw refused("possessive quantifiers such as *+ or {2}+");
      }
      if (at < text.length() && text.charAt(at) == '?') {
        at++;
      }
      sizes[depth] = add(sizes[depth], 1);
    }

    private void atom(long size) {
      sizes[depth] = add(sizes[depth], size);
      lastAtoms[depth] = size;
    }

    private IllegalArgumentException refused(String what) {
      return new IllegalArgumentException(
          what + " are not supported in " + ParameterType.quote(text) + ": pack patterns run on RE2/J, whose"
              + " matching takes linear time, and these constructs need backtracking");
    }

    private IllegalArgumentException readDifferently(String what) {
      return new IllegalArgumentException(
          what + " are not supported in " + ParameterType.quote(text) + ": pack patterns run on RE2/J, which reads"
              + " them differently from Java");
    }

    private static long add(long a, long b) {
      return Math.min(SATURATED, a + b);
    }

    private static long multiply(long a, long b) {
      return a == 0 || b == 0 ? 0 : (a > SATURATED / b ? SATURATED : a * b);
    }
  }
}

package io.github.accountgovernance.rules.internal;

/**
 * Markdown text as every Markdown output of the library writes it (the report, the what-if report, the closure
 * schedule): escaped so that nothing in a name or message reads as markup, and ids as inline code.
 *
 * <pre>{@code
 * String line = "- **" + Markdown.escape("PC Alex *Example*") + "** (" + Markdown.code("york-x") + ")";
 * }</pre>
 *
 * <p>Thread-safe: stateless.
 */
public final class Markdown {

  private Markdown() {}

  /**
   * Backslash-escapes what Markdown would read as markup ({@code \ ` * _ [ ] < > | # ~ !}), and folds line breaks
   * into spaces so that a list item stays one.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|#~!".indexOf(c) >= 0) {
        escaped.append('\\').append(c);
      } else if (c == '\n' || c == '\r') {
        escaped.append(' ');
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * Returns text as inline code, with a fence long enough that no backtick inside closes it, and line breaks
   * folded into spaces. Used for ids, keys and fingerprints; table cells only ever hold ids and keys, which have
   * no {@code |}.
   *
   * @param text the text
   * @return the inline code
   */
  public static String code(String text) {
    String flat = text.replace('\n', ' ').replace('\r', ' ');
    String fence = flat.contains("`") ? "``" : "`";
    return fence + (flat.startsWith("`") || flat.endsWith("`") ? " " + flat + " " : flat) + fence;
  }
}

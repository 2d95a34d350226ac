package io.github.accountgovernance.rules.internal;

/**
 * XML escaping that never emits a character XML 1.0 forbids, for the JUnit report. (JSON and YAML are written
 * by the library's one writer, {@code core.files.Output}.)
 *
 * <pre>{@code
 * String escaped = Xml.attribute("a<b"); // a&lt;b
 * }</pre>
 *
 * <p>Thread-safe: stateless.
 */
public final class Xml {

  private Xml() {}

  /**
   * Escapes text for an XML attribute: {@code & < > " '} as entities, tab, line feed and carriage return as
   * character references (so a parser keeps them), and characters XML 1.0 forbids (other controls, lone
   * surrogates, U+FFFE/U+FFFF) as U+FFFD.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String attribute(String text) {
    return xml(text, true);
  }

  /**
   * Escapes text for XML element content: as {@link #attribute(String)}, but tab and line feed stay literal
   * so that the text reads as written.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String text(String text) {
    return xml(text, false);
  }

  private static String xml(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&apos;");
          break;
        case '\t':
          out.append(attribute ? "&#9;" : "\t");
          break;
        case '\n':
          out.append(attribute ? "&#10;" : "\n");
          break;
        case '\r':
          out.append("&#13;");
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }
}

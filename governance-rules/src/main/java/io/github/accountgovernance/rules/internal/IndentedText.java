package io.github.accountgovernance.rules.internal;

/**
 * Plain text as the library's text outputs write it (the text report and the what-if report): lines indented
 * by two spaces a level, where a message of several lines keeps the indentation of its first, and section
 * headings with their count.
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * IndentedText.heading(out, "Violations", 2);   // "\nViolations (2)\n"
 * IndentedText.line(out, 1, "york-x: no monitor"); // "  york-x: no monitor\n"
 * }</pre>
 *
 * <p>Thread-safe: stateless.
 */
public final class IndentedText {

  private IndentedText() {}

  /**
   * Appends a line at an indentation; every line of a multi-line text (CR LF or LF) gets the same indentation,
   * so that nested text stays readable.
   *
   * @param out where the line goes
   * @param indent the level, two spaces each
   * @param text the text
   */
  public static void line(StringBuilder out, int indent, String text) {
    String pad = "  ".repeat(indent);
    out.append(pad).append(text.replace("\r\n", "\n").replace("\n", "\n" + pad)).append('\n');
  }

  /**
   * Appends a blank line, then a heading with its count: {@code Violations (2)}.
   *
   * @param out where the heading goes
   * @param title the heading
   * @param count how many entries the section has
   */
  public static void heading(StringBuilder out, String title, int count) {
    out.append('\n');
    line(out, 0, title + " (" + count + ")");
  }
}

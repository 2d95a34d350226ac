package io.github.accountgovernance.core.files;

import java.util.Locale;

/**
 * Caps the length of a YAML file's lines before the YAML parser sees them. The parser copies the part of a line
 * it has not yet consumed each time it reads more of the file, so scanning one long value costs time that grows
 * with the square of its length (an 8 MB value took ten seconds) before the text-length limit could refuse it.
 * Every scalar the parser scans in one piece lies within one line, so a line no longer than the longest text a
 * value may have, plus room for its field name and indentation, bounds that work; a longer line cannot hold a
 * value the limits allow and is refused in one pass over the file, before any of it is parsed.
 */
final class YamlLines {

  /** Room on a line besides its value: indentation, a field name, quotes, a comment. */
  static final int ROOM = 1024;

  private YamlLines() {}

  /** The longest line allowed, in characters. */
  static long longest(LocatedReader.Limits limits) {
    return (long) limits.maxStringLength() + ROOM;
  }

  /** Refuses (fatally) the first line of the text longer than {@link #longest}. */
  static void check(CharSequence text, LocatedReader.Limits limits, Problems problems, String path) {
    long longest = longest(limits);
    int line = 1;
    long length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        length = 0;
      } else if (!Character.isLowSurrogate(c) && ++length > longest) {
        throw refuse(limits, problems, path, line);
      }
    }
  }

  /** Refuses (fatally) the first line of the UTF-8 bytes longer than {@link #longest}, in characters. */
  static void check(byte[] bytes, LocatedReader.Limits limits, Problems problems, String path) {
    long longest = longest(limits);
    int line = 1;
    long length = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        line++;
        length = 0;
      } else if ((b & 0xC0) != 0x80 && ++length > longest) {
        throw refuse(limits, problems, path, line);
      }
    }
  }

  private static RuntimeException refuse(LocatedReader.Limits limits, Problems problems, String path, int line) {
    throw problems.fatal(
        path,
        String.format(Locale.ROOT, "line %,d is longer than %,d characters, which no value allowed here needs: a"
            + " text may have at most %,d characters, the limit for untrusted files%s; break the line (a long text"
            + " can go on over several lines, indented under its field), or write the file as JSON",
            line, longest(limits), limits.maxStringLength(), limits.advice("maxStringLength")),
        line,
        1);
  }
}

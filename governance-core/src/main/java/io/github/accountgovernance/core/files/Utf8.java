package io.github.accountgovernance.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks that a file's bytes are UTF-8 in one pass, and locates the first byte that is not: its offset from the
 * start of the file (counting from 0), its line and its column (in characters), so that a message names the
 * byte rather than saying "Input length = 1" at the start of the file.
 */
final class Utf8 {

  private Utf8() {}

  /** Tells whether JSON bytes are UTF-16 or UTF-32, which Jackson detects by their zero bytes or byte-order mark. */
  static boolean isWideJson(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return true;
    }
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a stream's bytes are all UTF-8, reading it to its end in blocks without keeping them; the
   * caller locates the first bad byte with {@link #check} when this says no.
   */
  static boolean isUtf8(InputStream stream) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    boolean end = false;
    while (!end) {
      int n = stream.read(in.array(), in.position(), in.remaining());
      end = n < 0;
      if (!end) {
        in.position(in.position() + n);
      }
      in.flip();
      // A character cut at the end of a block stays in the buffer for the next one.
      CoderResult result;
      do {
        out.clear();
        result = decoder.decode(in, out, end);
        if (result.isError()) {
          return false;
        }
      } while (result.isOverflow());
      in.compact();
    }
    out.clear();
    return !decoder.flush(out).isError();
  }

  /** Refuses (fatally, at {@code path}) the first byte that does not belong to a UTF-8 character. */
  static void check(byte[] bytes, Problems problems, String path) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        int at = in.position();
        throw problems.fatal(path, message(bytes, at, result.length()), line(bytes, at), column(bytes, at));
      }
      out.clear();
      if (result.isUnderflow()) {
        break;
      }
    }
    CoderResult flushed = decoder.flush(out);
    if (flushed.isError()) {
      throw problems.fatal(path, message(bytes, bytes.length, 0), line(bytes, bytes.length),
          column(bytes, bytes.length));
    }
  }

  private static String message(byte[] bytes, int at, int length) {
    StringBuilder shown = new StringBuilder();
    for (int i = at; i < Math.min(bytes.length, at + Math.max(1, length)); i++) {
      shown.append(shown.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
    }
    return "the file is not UTF-8 text: at byte offset " + at + " (counting from 0), " + shown
        + " is not a UTF-8 character; save the file as UTF-8";
  }

  private static int line(byte[] bytes, int at) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The column in characters (code points): every byte but a continuation byte starts one. */
  private static int column(byte[] bytes, int at) {
    int column = 1;
    for (int i = at - 1; i >= 0 && bytes[i] != '\n'; i--) {
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return column;
  }
}

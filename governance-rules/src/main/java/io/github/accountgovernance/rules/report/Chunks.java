package io.github.accountgovernance.rules.report;

import java.io.IOException;
import java.io.Writer;

/**
 * The text of a report as a renderer builds it: appended to one {@link StringBuilder} and, when the report is
 * written rather than rendered, handed to the writer in chunks as it grows, so that the report of a national
 * estate (tens of megabytes of text) is never held whole. Rendering and writing produce the same characters.
 *
 * <p>Not thread-safe: one per rendering.
 */
final class Chunks {

  /** The characters kept before a chunk goes to the writer. */
  private static final int CHUNK = 1 << 15;

  private final StringBuilder out = new StringBuilder();
  private final Writer sink;
  private char[] buffer;

  private Chunks(Writer sink) {
    this.sink = sink;
  }

  /** A renderer's work: appending to {@link #builder()} and calling {@link #drain()} between entries. */
  @FunctionalInterface
  interface Body {
    void write(Chunks chunks) throws IOException;
  }

  /** The whole text a body makes. */
  static String kept(Body body) {
    Chunks chunks = new Chunks(null);
    try {
      body.write(chunks);
    } catch (IOException e) {
      throw new AssertionError("a kept rendering writes nowhere", e);
    }
    return chunks.out.toString();
  }

  /** Writes the text a body makes to a writer as it grows (not flushed; the caller flushes). */
  static void written(Writer sink, Body body) throws IOException {
    Chunks chunks = new Chunks(sink);
    body.write(chunks);
    if (chunks.out.length() > 0) {
      chunks.pass();
    }
  }

  /** Where the renderer appends. */
  StringBuilder builder() {
    return out;
  }

  /**
   * Hands what has been appended to the writer once it is a chunk's worth; a renderer calls it between entries.
   *
   * @throws IOException if the writer fails
   */
  void drain() throws IOException {
    if (sink != null && out.length() >= CHUNK) {
      pass();
    }
  }

  private void pass() throws IOException {
    int length = out.length();
    if (buffer == null || buffer.length < length) {
      buffer = new char[Math.max(length, CHUNK * 2)];
    }
    out.getChars(0, length, buffer, 0);
    sink.write(buffer, 0, length);
    out.setLength(0);
  }
}

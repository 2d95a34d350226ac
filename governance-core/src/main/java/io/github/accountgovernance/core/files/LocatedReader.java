package io.github.accountgovernance.core.files;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.accountgovernance.core.api.PublicAPI;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The one located reader of YAML and JSON files: every value with its file, line and column, every problem
 * collected in {@link Problems}, untrusted input bounded by {@link Limits}, YAML aliases refused, so that no
 * "billion laughs" file can expand.
 *
 * <p>It reads a small file whole ({@link #readTree}), or streams a big one ({@link #read} with a {@link Body}):
 * the body walks the top of the file token by token with a {@link Cursor} and turns each entry of a big list
 * into a small {@link LocatedNode} tree, so that only one entry is held as nodes at a time.
 *
 * <pre>{@code
 * LocatedReader reader = LocatedReader.of(Syntax.YAML, LocatedReader.Limits.smallFiles(), "(document)");
 * Problems problems = new Problems("waivers.yaml", reader.limits(),
 *     list -> new InvalidFileException("waiver file waivers.yaml", list));
 * LocatedNode root = reader.readTree(reader.text(in, problems), problems);
 * }</pre>
 *
 * <p>Immutable and thread-safe: the parser factory is built once and shared.
 */
public final class LocatedReader {

  /**
   * Bounds on what a reader accepts, and how its messages tell a user to raise them.
   *
   * @param maxFileBytes the largest file, in bytes (characters for text)
   * @param maxNestingDepth how deeply lists and mappings may nest
   * @param maxStringLength the longest text value, in characters
   * @param maxEntries how many entries one list or mapping may have
   * @param maxProblems how many problems are collected before reading stops
   * @param raise what a message adds after "the limit for untrusted files", given the limit's name (such as
   *     {@code "maxEntries"}): how to raise it, such as {@code " (ReadLimits.maxEntries); if the file is trusted,
   *     raise it with ReadLimits.builder().maxEntries(...)"}; null when the user cannot change the limits
   * @param nestingNote added to the nesting message, such as {@code "; an estate file needs 5"}; may be empty
   */
  public record Limits(
      long maxFileBytes,
      int maxNestingDepth,
      int maxStringLength,
      int maxEntries,
      int maxProblems,
      Function<String, String> raise,
      String nestingNote) {

    /**
     * Checks the limits.
     *
     * @param maxFileBytes the largest file, in bytes (characters for text)
     * @param maxNestingDepth how deeply lists and mappings may nest
     * @param maxStringLength the longest text value, in characters
     * @param maxEntries how many entries one list or mapping may have
     * @param maxProblems how many problems are collected before reading stops
     * @param raise how a message says to raise a limit, given its name, or null
     * @param nestingNote added to the nesting message; may be empty
     * @throws IllegalArgumentException if a limit is below 1
     * @throws NullPointerException if {@code nestingNote} is null
     */
    public Limits {
      if (maxFileBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxEntries < 1 || maxProblems < 1) {
        throw new IllegalArgumentException("every limit must be at least 1: " + maxFileBytes + ", "
            + maxNestingDepth + ", " + maxStringLength + ", " + maxEntries + ", " + maxProblems);
      }
      requireNonNull(nestingNote, "nestingNote");
    }

    /**
     * Returns the fixed limits for the library's small files (waivers, baselines, packs, JSON reports), whose
     * readers offer no settings: 64 MiB, nesting 64 deep, texts of 3 MiB, a million entries in a list or
     * mapping, and 1,000 problems.
     *
     * @return the limits
     */
    public static Limits smallFiles() {
      return new Limits(64L << 20, 64, 3 << 20, 1_000_000, 1_000, null, "");
    }

    /**
     * Returns what a message adds after "the limit for untrusted files": how to raise the limit, or nothing when
     * the limits are fixed.
     *
     * @param name the limit, such as {@code "maxEntries"}
     * @return for example {@code " (ReadLimits.maxEntries); if the file is trusted, raise it with
     *     ReadLimits.builder().maxEntries(...)"}, or {@code ""}
     */
    public String advice(String name) {
      return raise == null ? "" : raise.apply(name);
    }
  }

  /**
   * Reads a file's tokens through a {@link Cursor}; see {@link #read}.
   *
   * @param <T> what the file is read into
   */
  @PublicAPI(usage = PublicAPI.Usage.INHERITANCE)
  @FunctionalInterface
  public interface Body<T> {
    /**
     * Reads the file.
     *
     * @param cursor the file's tokens
     * @return what was read
     * @throws IOException if reading fails
     */
    T read(Cursor cursor) throws IOException;
  }

  private static final LocatedReader SMALL_YAML = of(Syntax.YAML, Limits.smallFiles(), "(document)");
  private static final LocatedReader SMALL_JSON = of(Syntax.JSON, Limits.smallFiles(), "(document)");

  private final Syntax syntax;
  private final Limits limits;
  private final String rootPath;
  private final JsonFactory factory;

  private LocatedReader(Syntax syntax, Limits limits, String rootPath) {
    this.syntax = syntax;
    this.limits = limits;
    this.rootPath = rootPath;
    this.factory = factory(syntax, limits);
  }

  /**
   * Returns a reader.
   *
   * @param syntax YAML or JSON
   * @param limits the limits
   * @param rootPath the path problems about the whole file are given, such as {@code "estate"}
   * @return the reader
   * @throws NullPointerException if an argument is null
   */
  public static LocatedReader of(Syntax syntax, Limits limits, String rootPath) {
    return new LocatedReader(
        requireNonNull(syntax, "syntax"), requireNonNull(limits, "limits"), requireNonNull(rootPath, "rootPath"));
  }

  /**
   * Returns the reader of the library's small files (waivers, baselines, packs, JSON reports): the
   * {@linkplain Limits#smallFiles() small-file limits}, and {@code (document)} as the path of problems about
   * the whole file.
   *
   * @param syntax YAML or JSON
   * @return the shared reader
   * @throws NullPointerException if {@code syntax} is null
   */
  public static LocatedReader smallFiles(Syntax syntax) {
    return requireNonNull(syntax, "syntax") == Syntax.JSON ? SMALL_JSON : SMALL_YAML;
  }

  /**
   * Reads a whole small file from a reader, which is read to its end but not closed; see
   * {@link #readTree(String, Problems)}.
   *
   * @param in the file's content
   * @param problems where problems go; a fatal one is thrown
   * @return the root node
   * @throws UncheckedIOException if the reader fails
   * @throws RuntimeException the exception {@code problems} makes, for a fatal problem
   */
  public LocatedNode readTree(Reader in, Problems problems) {
    try {
      return readTree(text(in, problems), problems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + problems.source(), e);
    }
  }

  /**
   * Returns the limits this reader enforces.
   *
   * @return the limits
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Returns the syntax this reader reads.
   *
   * @return the syntax
   */
  public Syntax syntax() {
    return syntax;
  }

  /**
   * Reads a file's bytes, refusing (fatally) a file larger than {@link Limits#maxFileBytes()} before reading it.
   *
   * @param file the file
   * @param problems where the problem goes
   * @return the bytes
   * @throws IOException if the file cannot be read
   */
  public byte[] bytes(Path file, Problems problems) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      throw tooBig(problems, String.format(Locale.ROOT, "%,d bytes", size));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return bytes(in, problems);
    }
  }

  /**
   * Reads a stream to its end (without closing it), refusing (fatally) more than {@link Limits#maxFileBytes()}.
   *
   * @param in the bytes
   * @param problems where the problem goes
   * @return the bytes
   * @throws IOException if the stream cannot be read
   */
  public byte[] bytes(InputStream in, Problems problems) throws IOException {
    // Read into one buffer sized by what the stream says it holds (a file's or an array's exact size), so that
    // a big file is not copied through a growing buffer; the buffer grows only for a stream that cannot tell.
    long max = limits.maxFileBytes();
    int largest = (int) Math.min(Integer.MAX_VALUE - 8, max);
    byte[] buffer = new byte[Math.min(largest, Math.max(8192, in.available()))];
    int size = 0;
    while (true) {
      if (size == buffer.length) {
        int next = in.read();
        if (next < 0) {
          return buffer;
        }
        if (size >= max) {
          throw tooBig(problems, "more than " + String.format(Locale.ROOT, "%,d", max) + " bytes");
        }
        if (size >= largest) {
          throw new IOException("a file of more than " + largest + " bytes cannot be held in memory");
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(largest, Math.max(size + 1L, 2L * size)));
        buffer[size++] = (byte) next;
        continue;
      }
      int n = in.read(buffer, size, buffer.length - size);
      if (n < 0) {
        return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
      }
      size += n;
    }
  }

  /**
   * Reads text to its end (without closing the reader), refusing (fatally) more than
   * {@link Limits#maxFileBytes()} characters.
   *
   * @param in the text
   * @param problems where the problem goes
   * @return the text
   * @throws IOException if the text cannot be read
   */
  public String text(Reader in, Problems problems) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      if (text.length() + (long) n > limits.maxFileBytes()) {
        throw tooBig(
            problems, "more than " + String.format(Locale.ROOT, "%,d", limits.maxFileBytes()) + " characters");
      }
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  private RuntimeException tooBig(Problems problems, String size) {
    throw problems.fatal(
        rootPath,
        "the file has " + size + ", more than the limit of " + String.format(Locale.ROOT, "%,d", limits.maxFileBytes())
            + " bytes for untrusted files" + limits.advice("maxFileBytes"),
        1,
        1);
  }

  /**
   * Reads a whole small file into one tree. An empty file is a {@link LocatedNode.Kind#NULL} node at its start;
   * anything after the first document is a problem.
   *
   * @param text the file's content
   * @param problems where problems go; a fatal one is thrown
   * @return the root node
   * @throws RuntimeException the exception {@code problems} makes, for a fatal problem
   */
  public LocatedNode readTree(String text, Problems problems) {
    try {
      return read(text, problems, cursor -> {
        JsonToken first = cursor.next();
        if (first == null) {
          return cursor.nullNode();
        }
        LocatedNode root = cursor.value(first, 1, "");
        cursor.end();
        return root;
      });
    } catch (IOException e) {
      throw new IllegalStateException("a string cannot fail to be read", e);
    }
  }

  /**
   * Streams a file's text through {@code body}; syntax errors and exceeded limits become fatal problems. A YAML
   * line longer than the longest text a value may have (plus 1,024 characters for its field name and
   * indentation) is refused before the parser sees the file, whose scanning of one long value takes time that
   * grows with the square of its length.
   *
   * @param text the file's content
   * @param problems where problems go
   * @param body reads the tokens
   * @param <T> what the file is read into
   * @return what {@code body} returns
   * @throws IOException if reading fails
   * @throws RuntimeException the exception {@code problems} makes, for a fatal problem
   */
  public <T> T read(String text, Problems problems, Body<T> body) throws IOException {
    if (syntax == Syntax.YAML) {
      YamlLines.check(text, limits, problems, rootPath);
    }
    return read(factory.createParser(text), text.length(), problems, body, () -> text);
  }

  /**
   * Streams a file's bytes (UTF-8, or for JSON UTF-16/32 with a byte-order mark) through {@code body}. A byte
   * that is not UTF-8 is refused with its offset, line and column, and YAML lines are capped as for text.
   *
   * @param bytes the file's content
   * @param problems where problems go
   * @param body reads the tokens
   * @param <T> what the file is read into
   * @return what {@code body} returns
   * @throws IOException if reading fails
   * @throws RuntimeException the exception {@code problems} makes, for a fatal problem
   */
  public <T> T read(byte[] bytes, Problems problems, Body<T> body) throws IOException {
    if (syntax == Syntax.YAML || !Utf8.isWideJson(bytes)) {
      Utf8.check(bytes, problems, rootPath);
    }
    if (syntax == Syntax.YAML) {
      YamlLines.check(bytes, limits, problems, rootPath);
    }
    return read(factory.createParser(bytes), bytes.length, problems, body,
        () -> new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * Streams a file through {@code body} as {@link #read(byte[], Problems, Body)} does, with the same problems,
   * messages and places, but a UTF-8 JSON file is never held whole: it is read twice from the disk, once to check
   * that it is UTF-8 and once by the parser, a block at a time, so that a national estate's 400 MB file costs no
   * heap of its size. YAML, and JSON in UTF-16 or UTF-32, are read into memory first. A file larger than
   * {@link Limits#maxFileBytes()} is refused before it is read, and one that grows past it while it is read.
   *
   * @param file the file
   * @param problems where problems go
   * @param body reads the tokens
   * @param <T> what the file is read into
   * @return what {@code body} returns
   * @throws IOException if reading fails
   * @throws RuntimeException the exception {@code problems} makes, for a fatal problem
   */
  public <T> T read(Path file, Problems problems, Body<T> body) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      throw tooBig(problems, String.format(Locale.ROOT, "%,d bytes", size));
    }
    if (syntax == Syntax.YAML || isWideJson(file)) {
      return read(bytes(file, problems), problems, body);
    }
    boolean utf8;
    try (InputStream in = Files.newInputStream(file)) {
      utf8 = Utf8.isUtf8(in);
    }
    if (!utf8) {
      // Locates the first byte that is not UTF-8 in the words read(byte[]) uses (the error path reads it whole).
      Utf8.check(bytes(file, problems), problems, rootPath);
    }
    try (InputStream in = new LimitedStream(Files.newInputStream(file), problems)) {
      return read(factory.createParser(in), size, problems, body, () -> {
        throw new IllegalStateException("JSON syntax errors are described without the file's text");
      });
    }
  }

  private boolean isWideJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Utf8.isWideJson(in.readNBytes(4));
    }
  }

  /** A file's bytes in blocks, refusing (fatally) more than the limit: a file that grows while it is read. */
  private final class LimitedStream extends FilterInputStream {
    private final Problems problems;
    private long count;

    LimitedStream(InputStream in, Problems problems) {
      super(new BufferedInputStream(in, 1 << 16));
      this.problems = problems;
    }

    @Override
    public int read() throws IOException {
      int next = super.read();
      if (next >= 0) {
        counted(1);
      }
      return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) {
      count += n;
      if (count > limits.maxFileBytes()) {
        throw tooBig(problems, "more than " + String.format(Locale.ROOT, "%,d", limits.maxFileBytes()) + " bytes");
      }
    }
  }

  /**
   * Decodes a file's bytes as UTF-8, refusing (fatally) the first byte that does not belong to a UTF-8
   * character, with its byte offset, line and column: never a decoder's "Input length = 1".
   *
   * @param bytes the file's content
   * @param problems where the problem goes
   * @return the text
   * @throws RuntimeException the exception {@code problems} makes, for bytes that are not UTF-8
   */
  public String utf8(byte[] bytes, Problems problems) {
    Utf8.check(bytes, problems, rootPath);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private <T> T read(JsonParser parser, long size, Problems problems, Body<T> body, Supplier<String> text)
      throws IOException {
    try (JsonParser p = parser) {
      Cursor cursor = new Cursor(p, size, problems);
      try {
        return body.read(cursor);
      } catch (StreamConstraintsException e) {
        throw cursor.limitProblem(e);
      } catch (JsonProcessingException e) {
        throw syntaxProblem(problems, syntax == Syntax.JSON ? SyntaxErrors.json(e) : SyntaxErrors.yaml(e, text));
      } catch (YAMLException e) {
        // SnakeYAML reports some of its own limits and errors with unchecked exceptions that Jackson does not wrap.
        throw syntaxProblem(problems, SyntaxErrors.yaml(e, text));
      }
    }
  }

  private RuntimeException syntaxProblem(Problems problems, SyntaxErrors.Described error) {
    throw problems.fatal(rootPath, error.message(), error.line(), error.column());
  }

  /**
   * One file's tokens, for a {@link Body} that walks the top of a big file itself: it asks for tokens with
   * {@link #next()} and reads each value it wants whole with {@link #value}.
   *
   * <p>Not thread-safe: it serves one reading.
   */
  public final class Cursor {

    private final JsonParser parser;
    private final Problems problems;
    private String basePath = "";
    /** The list whose entry is being read, named in the path only when a problem needs it; null for a value. */
    private String baseList;
    private int baseIndex;
    /** The values being read, reused from one value to the next. */
    private final FlatValues flat;
    /** The texts read from a JSON file, each kept once; null for YAML. */
    private final TextTable texts;
    /** The path below {@link #basePath} of the value being read: a field name, or null for a list index. */
    private final String[] names;
    private final int[] indices;
    private int size;
    /** The JSON parser, whose values' lines and columns are read as numbers; null for YAML. */
    private final ParserBase base;
    /** The YAML parser, whose tokens' lines and columns are read as numbers; null for JSON. */
    private final YamlParsers.Parser yaml;
    /** Whether {@link #tokenLine} and {@link #tokenColumn} are the current token's. */
    private boolean located;
    private int tokenLine;
    private int tokenColumn;

    private Cursor(JsonParser parser, long size, Problems problems) {
      this.parser = parser;

      this.base = parser instanceof ParserBase && !(parser instanceof YAMLParser) && JsonColumns.AGREE
          ? (ParserBase) parser : null;
      this.yaml = parser instanceof YamlParsers.Parser ? (YamlParsers.Parser) parser : null;
      this.texts = base != null ? new TextTable(size) : null;
      this.problems = problems;
      this.flat = new FlatValues(problems.source());
      this.names = new String[limits.maxNestingDepth() + 2];
      this.indices = new int[limits.maxNestingDepth() + 2];
    }

    /**
     * Returns the next token, refusing (fatally) a YAML alias.
     *
     * @return the token, or null at the end of the file
     * @throws IOException if reading fails
     */
    public JsonToken next() throws IOException {
      JsonToken token = parser.nextToken();
      located = false;
      if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
        throw problems.fatal(
            path(),
            "YAML aliases (*" + parser.getText() + ") are not allowed, because a few lines of aliases can expand to"
                + " billions of values; write the value out in full",
            line(),
            column());
      }
      return token;
    }

    /**
     * Returns the name of the field whose name is the current token.
     *
     * @return the name
     * @throws IOException if reading fails
     */
    public String fieldName() throws IOException {
      return parser.currentName();
    }

    /**
     * Skips the value starting at the current token without reading it (its aliases are never expanded).
     *
     * @throws IOException if reading fails
     */
    public void skip() throws IOException {
      parser.skipChildren();
      located = false;
    }

    /**
     * Returns the line of the current token.
     *
     * @return the line, from 1
     */
    public int line() {
      locate();
      return tokenLine;
    }

    /**
     * Returns the column of the current token.
     *
     * @return the column, from 1
     */
    public int column() {
      locate();
      return tokenColumn;
    }

    /**
     * Finds where the current token starts, once per token. Jackson makes a {@link JsonLocation} for each call of
     * {@code currentTokenLocation()} (a quarter of all that a big file's reading allocated, when it was called
     * for the line and again for the column); the JSON parsers keep a value's line and column as numbers, which
     * are read without one, and the YAML parser (see {@link YamlParsers}) gives every token's as numbers. Only a
     * JSON field name's place is read from a location.
     */
    private void locate() {
      if (located) {
        return;
      }
      located = true;
      if (base != null && parser.currentToken() != JsonToken.FIELD_NAME) {
        tokenLine = Math.max(1, base.getTokenLineNr() - JsonColumns.LINE_SHIFT);
        int column = base.getTokenColumnNr();
        tokenColumn = Math.max(1, column < 0 ? column : column - JsonColumns.COLUMN_SHIFT);
        return;
      }
      if (yaml != null) {
        tokenLine = Math.max(1, yaml.tokenLine());
        tokenColumn = Math.max(1, yaml.tokenColumn());
        return;
      }
      JsonLocation at = parser.currentTokenLocation();
      tokenLine = Math.max(1, at.getLineNr());
      tokenColumn = Math.max(1, at.getColumnNr());
    }

    /**
     * Returns the limits being enforced.
     *
     * @return the limits
     */
    public Limits limits() {
      return limits;
    }

    /**
     * Reports (not fatally) anything after the first document: a file holds exactly one.
     *
     * @throws IOException if reading fails
     */
    public void end() throws IOException {
      if (next() != null) {
        problems.add(
            rootPath,
            "the file goes on after its first " + syntax.document() + " ends; a file holds exactly one, so remove"
                + " everything after it",
            line(),
            column());
      }
    }

    /**
     * Returns a null node at the file's start, which is what an empty file holds.
     *
     * @return the node
     */
    public LocatedNode nullNode() {
      return new LocatedNode(
          LocatedNode.Kind.NULL, problems.source(), 1, 1, 1, 1, "", Map.of(), List.of());
    }

    /**
     * Reads the value starting at {@code token} as a tree, enforcing the nesting, text-length and entry limits.
     *
     * @param token the value's first token
     * @param depth how many levels deep the value is, 1 for the whole file
     * @param path its path, named in problems ({@code ""} for the whole file)
     * @return the value
     * @throws IOException if reading fails
     */
    public LocatedNode value(JsonToken token, int depth, String path) throws IOException {
      basePath = path;
      baseList = null;
      readAfresh(token, depth);
      return flat.node(0);
    }

    /**
     * Reads one entry of a big list, {@code list[index]}, as {@link #value} does (with the same problems and limits),
     * but without making a node per value: an entry that is a mapping is returned as a view of its values, which
     * this cursor reuses for the next value it reads, whose fields are made when asked for and refused (with an
     * {@link IllegalStateException}) once the cursor has read another value; an {@link ObjectMapping} reads such a
     * view straight from its values.
     *
     * @param token the entry's first token
     * @param depth how many levels deep the entry is
     * @param list the list's path, such as {@code rota}
     * @param index the entry's index in the list
     * @return a view of the entry, valid until the next value is read
     * @throws IOException if reading fails
     */
    public LocatedNode entry(JsonToken token, int depth, String list, int index) throws IOException {
      baseList = list;
      baseIndex = index;
      readAfresh(token, depth);
      return flat.entry(0);
    }

    /** Reads a value from its first token into {@link #flat}, emptied first, at its slot 0. */
    private void readAfresh(JsonToken token, int depth) throws IOException {
      size = 0;
      flat.clear();
      read(token, depth, 0, 0, null);
    }

    /** Reads a value into {@link #flat} and returns its slot. */
    private int read(JsonToken token, int depth, int keyLine, int keyColumn, String name) throws IOException {
      int line = line();
      int column = column();
      if (keyLine == 0) {
        keyLine = line;
        keyColumn = column;
      }
      if (depth > limits.maxNestingDepth()) {
        throw problems.fatal(path(), nestingMessage(), line, column);
      }
      switch (token) {
        case START_OBJECT:
          return mapping(depth, line, column, keyLine, keyColumn, name);
        case START_ARRAY:
          {
            int slot = flat.add(LocatedNode.Kind.LIST, line, column, keyLine, keyColumn, name);
            int count = 0;
            int at = size++;
            for (names[at] = null, indices[at] = 0; (token = next()) != JsonToken.END_ARRAY; indices[at]++) {
              if (count >= limits.maxEntries()) {
                throw problems.fatal(path(), tooMany("a list"), line(), column());
              }
              read(token, depth + 1, 0, 0, null);
              count++;
            }
            size--;
            flat.close(slot);
            return slot;
          }
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return scalar(LocatedNode.Kind.NUMBER, line, column, keyLine, keyColumn, name);
        case VALUE_TRUE:
        case VALUE_FALSE:
          return scalar(LocatedNode.Kind.BOOLEAN, line, column, keyLine, keyColumn, name);
        case VALUE_NULL:
          return flat.add(LocatedNode.Kind.NULL, line, column, keyLine, keyColumn, name);
        default:
          return scalar(LocatedNode.Kind.TEXT, line, column, keyLine, keyColumn, name);
      }
    }

    private int mapping(int depth, int line, int column, int keyLine, int keyColumn, String name)
        throws IOException {
      int slot = flat.add(LocatedNode.Kind.MAPPING, line, column, keyLine, keyColumn, name);
      int count = 0;
      // Each name's first slot, once there are many fields, so that a hostile mapping of a million fields is still
      // read in linear time; a few fields are searched one after another.
      Map<String, Integer> index = null;
      int at = size++;
      while (next() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        int nameLine = line();
        int nameColumn = column();
        names[at] = field;
        if (count >= limits.maxEntries()) {
          throw problems.fatal(path(), tooMany("a mapping"), nameLine, nameColumn);
        }
        int value = read(next(), depth + 1, nameLine, nameColumn, field);
        int first = -1;
        if (index != null) {
          Integer found = index.putIfAbsent(field, value);
          first = found == null ? -1 : found;
        } else {
          for (int c = slot + 1; c < value; c = flat.end(c)) {
            if (!flat.repeated(c) && flat.name(c).equals(field)) {
              first = c;
              break;
            }
          }
        }
        if (first >= 0) {
          flat.repeat(value);
          problems.add(
              path(),
              "field \"" + field + "\" appears more than once in this mapping (first at line " + flat.keyLine(first)
                  + ", column " + flat.keyColumn(first) + "); keep one",
              nameLine,
              nameColumn);
        } else if (++count > Fields.SCAN && index == null) {
          index = new HashMap<>();
          for (int c = slot + 1; c <= value; c = flat.end(c)) {
            if (!flat.repeated(c)) {
              index.put(flat.name(c), c);
            }
          }
        }
      }
      size--;
      flat.close(slot);
      return slot;
    }

    private int scalar(LocatedNode.Kind kind, int line, int column, int keyLine, int keyColumn, String name)
        throws IOException {
      String text;
      if (base != null) {
        // The JSON parser's characters, found in the reading's texts without a string made for each value.
        char[] chars = parser.getTextCharacters();
        int length = parser.getTextLength();
        if (chars != null && length > limits.maxStringLength()) {
          throw problems.fatal(path(), stringMessage(), line, column);
        }
        text = chars == null ? null : texts.text(chars, parser.getTextOffset(), length);
      } else {
        text = parser.getText();
        if (text != null && text.length() > limits.maxStringLength()) {
          throw problems.fatal(path(), stringMessage(), line, column);
        }
      }
      int slot = flat.add(kind, line, column, keyLine, keyColumn, name);
      flat.text(slot, text == null ? "" : text);
      return slot;
    }

    /** Builds the path of the value being read only when a problem needs it: most values never do. */
    private String path() {
      StringBuilder path = new StringBuilder(baseList == null ? basePath : baseList + "[" + baseIndex + "]");
      for (int i = 0; i < size; i++) {
        if (names[i] == null) {
          path.append('[').append(indices[i]).append(']');
        } else {
          path.append(path.length() == 0 ? "" : ".").append(names[i]);
        }
      }
      return path.length() == 0 ? rootPath : path.toString();
    }

    private String nestingMessage() {
      return "values nest more than " + limits.maxNestingDepth() + " levels deep, the limit for untrusted files"
          + limits.advice("maxNestingDepth") + limits.nestingNote();
    }

    private String stringMessage() {
      return "a text is longer than " + limits.maxStringLength() + " characters, the limit for untrusted files"
          + limits.advice("maxStringLength");
    }

    private String tooMany(String what) {
      return what + " here has more than " + String.format(Locale.ROOT, "%,d", limits.maxEntries())
          + " entries, the limit for untrusted files" + limits.advice("maxEntries");
    }

    private RuntimeException limitProblem(StreamConstraintsException e) {
      String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      String text;
      if (message.contains("NestingDepth")) {
        text = nestingMessage();
      } else if (message.contains("StringLength")) {
        text = stringMessage();
      } else {
        text = "the file exceeds a reading limit (" + SyntaxErrors.firstLine(message) + ")";
      }
      JsonLocation at = parser.currentLocation();
      throw problems.fatal(rootPath, text, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }
  }

  /**
   * How the JSON parsers' token line and column numbers relate to their token locations: Jackson 2.20 returns
   * the column one past the location's. Measured once on a small document rather than assumed, so that a Jackson
   * that changes it keeps the same locations; if the two disagree in any other way, locations are always made.
   */
  private static final class JsonColumns {
    static final int LINE_SHIFT;
    static final int COLUMN_SHIFT;
    static final boolean AGREE;

    static {
      int lineShift = 0;
      int columnShift = 0;
      boolean agree = true;
      boolean first = true;
      String sample = "{\n  \"a\": [1,\n  2]}";
      JsonFactory json = new JsonFactory();
      try (JsonParser bytes = json.createParser(sample.getBytes(StandardCharsets.UTF_8));
          JsonParser text = json.createParser(sample)) {
        for (JsonParser p : List.of(bytes, text)) {
          if (!(p instanceof ParserBase)) {
            agree = false;
            break;
          }
          ParserBase b = (ParserBase) p;
          for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t == JsonToken.FIELD_NAME) {
              continue;
            }
            JsonLocation at = p.currentTokenLocation();
            int line = b.getTokenLineNr() - at.getLineNr();
            int column = b.getTokenColumnNr() - at.getColumnNr();
            if (first) {
              lineShift = line;
              columnShift = column;
              first = false;
            } else if (line != lineShift || column != columnShift) {
              agree = false;
            }
          }
        }
      } catch (IOException e) {
        agree = false;
      }
      LINE_SHIFT = lineShift;
      COLUMN_SHIFT = columnShift;
      AGREE = agree;
    }

    private JsonColumns() {}
  }

  private static JsonFactory factory(Syntax syntax, Limits limits) {
    // Jackson's own constraints sit just above ours, so that our messages (which name the setting) win, while
    // Jackson's still guard what is skipped without being read (unknown fields).
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth() + 1)
            .maxStringLength(limits.maxStringLength() + 1)
            .maxNumberLength(100)
            .maxDocumentLength(limits.maxFileBytes() + 1)
            .build();
    if (syntax == Syntax.JSON) {
      return JsonFactory.builder().streamReadConstraints(constraints).build();
    }
    LoaderOptions loader = new LoaderOptions();
    // The YAML parser reports aliases without expanding them, and the cursor refuses them; these are the YAML
    // library's own guards, set to agree with ours.
    loader.setMaxAliasesForCollections(0);
    loader.setAllowRecursiveKeys(false);
    loader.setNestingDepthLimit(limits.maxNestingDepth() + 1);
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() + 1));
    return new YamlParsers(YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints));
  }
}

package io.github.accountgovernance.core.files;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.problem.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value of a YAML or JSON file with the line and column it starts at (and, for the value of a field, where
 * the field's name is written): a mapping (fields in file order), a list, or a scalar with its text as written.
 * {@link LocatedReader} makes them, for a whole small file or for one entry of a big list at a time.
 *
 * <pre>{@code
 * LocatedNode reason = root.fields().get("waivers").items().get(0).fields().get("reason");
 * problems.add("waivers[0].reason", "expected text, but got " + reason.describe(), reason);
 * }</pre>
 *
 * <p>Immutable once read; thread-safe. An entry of a big list read with {@link LocatedReader.Cursor#entry} is a view
 * of the entry's values, which the reader reuses for the next entry: its fields are refused (with an
 * {@link IllegalStateException}) once the reader has moved on.
 */
public final class LocatedNode {

  /** What a node is. */
  public enum Kind {
    /** A mapping of field names to values (a JSON object). */
    MAPPING,
    /** A list of values (a JSON array). */
    LIST,
    /** A text scalar (in YAML, any plain scalar that is not a number, boolean or null). */
    TEXT,
    /** A number scalar. */
    NUMBER,
    /** A boolean scalar. */
    BOOLEAN,
    /** An explicit null, {@code ~} or an empty YAML value. */
    NULL
  }

  private final Kind kind;
  private final String source;
  private final int line;
  private final int column;
  private final int keyLine;
  private final int keyColumn;
  private final String text;
  /** The fields: for a view of an entry, a {@link FlatValues.View} that makes a field's node when asked. */
  private final Map<String, LocatedNode> fields;
  private final List<LocatedNode> items;

  LocatedNode(
      Kind kind,
      String source,
      int line,
      int column,
      int keyLine,
      int keyColumn,
      String text,
      Map<String, LocatedNode> fields,
      List<LocatedNode> items) {
    this.kind = kind;
    this.source = source;
    this.line = line;
    this.column = column;
    this.keyLine = keyLine;
    this.keyColumn = keyColumn;
    this.text = text;
    this.fields = fields;
    this.items = items;
  }

  /** A view of the mapping at a slot of values read flat, valid until they are reused. */
  LocatedNode(FlatValues flat, int at) {
    this.kind = Kind.MAPPING;
    this.source = flat.source();
    this.line = flat.line(at);
    this.column = flat.column(at);
    this.keyLine = flat.keyLine(at);
    this.keyColumn = flat.keyColumn(at);
    this.text = "";
    this.fields = new FlatValues.View(flat, at);
    this.items = List.of();
  }

  /**
   * Returns the values read flat that this node is a view of, valid only until the reader reads the next entry;
   * null if it is no view.
   */
  FlatValues.View view() {
    return fields instanceof FlatValues.View view ? view.checked() : null;
  }

  /** Returns this node as a whole tree: itself, or for a view, the tree its values make. */
  LocatedNode materialized() {
    FlatValues.View view = view();
    return view == null ? this : view.flat().node(view.slot());
  }

  /**
   * Returns a text scalar, as a reader of another format (a CSV cell, a calendar property) makes it, so that its
   * value can be read with the same codecs as a YAML or JSON file's.
   *
   * @param source the file's name
   * @param line the line, from 1
   * @param column the column, from 1
   * @param text the text
   * @return the node
   * @throws NullPointerException if {@code source} or {@code text} is null
   */
  public static LocatedNode text(String source, int line, int column, String text) {
    return new LocatedNode(Kind.TEXT, requireNonNull(source, "source"), line, column, line, column,
        requireNonNull(text, "text"), Map.of(), List.of());
  }

  /**
   * Returns a number scalar made by a reader of another format (a CSV cell that holds only digits), read as a YAML
   * file's plain number is: as a count, or as text where text is expected.
   *
   * @param source the file's name
   * @param line the line, from 1
   * @param column the column, from 1
   * @param text the number as written
   * @return the node
   * @throws NullPointerException if {@code source} or {@code text} is null
   */
  public static LocatedNode number(String source, int line, int column, String text) {
    return new LocatedNode(Kind.NUMBER, requireNonNull(source, "source"), line, column, line, column,
        requireNonNull(text, "text"), Map.of(), List.of());
  }

  /**
   * Returns a list of nodes made by a reader of another format, such as the parts of a cell that holds several
   * values.
   *
   * @param source the file's name
   * @param line the line, from 1
   * @param column the column, from 1
   * @param items the items
   * @return the node
   * @throws NullPointerException if {@code source} or {@code items} is null
   */
  public static LocatedNode list(String source, int line, int column, List<LocatedNode> items) {
    return new LocatedNode(Kind.LIST, requireNonNull(source, "source"), line, column, line, column, "", Map.of(),
        List.copyOf(items));
  }

  /**
   * Returns a mapping made by a reader of another format, such as one row of a CSV file whose cells are named by
   * the header; each field's name is taken to be written where its value is.
   *
   * @param source the file's name
   * @param line the line, from 1
   * @param column the column, from 1
   * @param fields the fields, in order
   * @return the node
   * @throws NullPointerException if {@code source} or {@code fields} is null
   */
  public static LocatedNode mapping(String source, int line, int column, Map<String, LocatedNode> fields) {
    return new LocatedNode(Kind.MAPPING, requireNonNull(source, "source"), line, column, line, column, "",
        Collections.unmodifiableMap(new LinkedHashMap<>(fields)), List.of());
  }

  /**
   * Returns what this node is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the line this node starts on.
   *
   * @return the line, from 1
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column this node starts at.
   *
   * @return the column, from 1
   */
  public int column() {
    return column;
  }

  /**
   * Returns where this node starts.
   *
   * @return the file, line and column
   */
  public SourceLocation location() {
    return new SourceLocation(source, line, column);
  }

  /**
   * Returns the line of this value's field name, or of the value itself if it is not a field's value.
   *
   * @return the line
   */
  public int keyLine() {
    return keyLine;
  }

  /**
   * Returns the column of this value's field name, or of the value itself if it is not a field's value.
   *
   * @return the column
   */
  public int keyColumn() {
    return keyColumn;
  }

  /**
   * Returns where a field's name is written, falling back to where this node starts.
   *
   * @param name the field name
   * @return the location
   * @throws NullPointerException if {@code name} is null
   */
  public SourceLocation keyLocation(String name) {
    LocatedNode value = fields().get(requireNonNull(name, "name"));
    return value == null ? location() : new SourceLocation(source, value.keyLine, value.keyColumn);
  }

  /**
   * Returns what a field's value is, without making the field's node (which a {@linkplain LocatedReader.Cursor#entry
   * view of an entry} of a big list makes only when asked for it).
   *
   * @param name the field name
   * @return the kind of its value, or null if this is no mapping with such a field
   * @throws NullPointerException if {@code name} is null
   */
  public Kind fieldKind(String name) {
    requireNonNull(name, "name");
    FlatValues.View view = view();
    if (view != null) {
      int found = view.flat().field(view.slot(), name);
      return found < 0 ? null : view.flat().kind(found);
    }
    LocatedNode value = fields.get(name);
    return value == null ? null : value.kind;
  }

  /**
   * Returns where a field's value starts, without making the field's node: its line and column packed as
   * {@code (long) line << 32 | column}, as a reader that keeps many places in an array wants them.
   *
   * @param name the field name
   * @return the packed line and column, or -1 if this is no mapping with such a field
   * @throws NullPointerException if {@code name} is null
   */
  public long fieldStart(String name) {
    requireNonNull(name, "name");
    FlatValues.View view = view();
    if (view != null) {
      int found = view.flat().field(view.slot(), name);
      return found < 0 ? -1 : FlatValues.pack(view.flat().line(found), view.flat().column(found));
    }
    LocatedNode value = fields.get(name);
    return value == null ? -1 : FlatValues.pack(value.line, value.column);
  }

  /**
   * Returns a scalar's text as written (numbers and booleans as their literal), or {@code ""} otherwise.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns a mapping's fields in file order (the first of a repeated name); empty for other kinds.
   *
   * @return the fields
   */
  public Map<String, LocatedNode> fields() {
    return fields;
  }

  /**
   * Returns a list's items; empty for other kinds.
   *
   * @return the items
   */
  public List<LocatedNode> items() {
    return items;
  }

  /**
   * Tells whether this node is a scalar other than null: text, a number or a boolean.
   *
   * @return whether it is a non-null scalar
   */
  public boolean isScalar() {
    return kind == Kind.TEXT || kind == Kind.NUMBER || kind == Kind.BOOLEAN;
  }

  /**
   * Tells whether this node is null.
   *
   * @return whether it is {@link Kind#NULL}
   */
  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /**
   * Tells whether this node is text.
   *
   * @return whether it is {@link Kind#TEXT}
   */
  public boolean isText() {
    return kind == Kind.TEXT;
  }

  /**
   * Tells whether this node is a number.
   *
   * @return whether it is {@link Kind#NUMBER}
   */
  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /**
   * Describes the value for messages such as "expected text, but got a list": "a mapping", "a list",
   * "the text "…"", "the number 12", "the boolean true" or "nothing (null)".
   *
   * @return the description
   */
  public String describe() {
    switch (kind) {
      case MAPPING:
        return "a mapping";
      case LIST:
        return "a list";
      case NULL:
        return "nothing (null)";
      case BOOLEAN:
        return "the boolean " + text;
      case NUMBER:
        return "the number " + text;
      case TEXT:
      default:
        return "the text \"" + text + "\"";
    }
  }
}

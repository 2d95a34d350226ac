package io.github.accountgovernance.rules.internal;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.EstateProblem.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of a YAML or JSON document, with where it starts in its file: an object (fields in file order), an
 * array, or a scalar with its text.
 *
 * <p>Immutable once read; thread-safe.
 */
public final class LocatedNode {

  /** What a node is. */
  public enum Kind {
    /** A mapping of field names to nodes. */
    OBJECT,
    /** A sequence of nodes. */
    ARRAY,
    /** A string scalar (in YAML, any plain scalar that is not a number, boolean or null). */
    STRING,
    /** A number scalar. */
    NUMBER,
    /** A boolean scalar. */
    BOOLEAN,
    /** An explicit null, {@code ~} or an empty YAML value. */
    NULL;

    /**
     * Returns how a problem message names this kind.
     *
     * @return "an object", "an array", "a string", …
     */
    public String described() {
      switch (this) {
        case OBJECT:
          return "an object";
        case ARRAY:
          return "an array";
        case STRING:
          return "a string";
        case NUMBER:
          return "a number";
        case BOOLEAN:
          return "a boolean";
        case NULL:
        default:
          return "null";
      }
    }
  }

  private final Kind kind;
  private final SourceLocation location;
  private final String text;
  private final Map<String, LocatedNode> fields;
  private final Map<String, SourceLocation> keyLocations;
  private final List<LocatedNode> items;

  private LocatedNode(
      Kind kind,
      SourceLocation location,
      String text,
      Map<String, LocatedNode> fields,
      Map<String, SourceLocation> keyLocations,
      List<LocatedNode> items) {
    this.kind = kind;
    this.location = location;
    this.text = text;
    this.fields = fields;
    this.keyLocations = keyLocations;
    this.items = items;
  }

  static LocatedNode scalar(Kind kind, SourceLocation location, String text) {
    return new LocatedNode(kind, location, text, Map.of(), Map.of(), List.of());
  }

  static LocatedNode object(
      SourceLocation location, LinkedHashMap<String, LocatedNode> fields, Map<String, SourceLocation> keys) {
    return new LocatedNode(
        Kind.OBJECT,
        location,
        "",
        Collections.unmodifiableMap(fields),
        Collections.unmodifiableMap(keys),
        List.of());
  }

  static LocatedNode array(SourceLocation location, List<LocatedNode> items) {
    return new LocatedNode(Kind.ARRAY, location, "", Map.of(), Map.of(), List.copyOf(items));
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
   * Returns where this node starts.
   *
   * @return the file, line and column
   */
  public SourceLocation location() {
    return location;
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
   * Returns an object's fields in file order; empty for other kinds.
   *
   * @return the fields
   */
  public Map<String, LocatedNode> fields() {
    return fields;
  }

  /**
   * Returns where a field's name is written, falling back to where this node starts.
   *
   * @param name the field name
   * @return the location
   * @throws NullPointerException if {@code name} is null
   */
  public SourceLocation keyLocation(String name) {
    return keyLocations.getOrDefault(requireNonNull(name, "name"), location);
  }

  /**
   * Returns an array's items; empty for other kinds.
   *
   * @return the items
   */
  public List<LocatedNode> items() {
    return items;
  }

  /**
   * Tells whether this node is a scalar (string, number, boolean).
   *
   * @return whether it is a non-null scalar
   */
  public boolean isScalar() {
    return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.BOOLEAN;
  }
}

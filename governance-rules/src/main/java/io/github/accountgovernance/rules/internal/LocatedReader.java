package io.github.accountgovernance.rules.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.accountgovernance.core.model.EstateProblem.SourceLocation;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a YAML or JSON document into a tree of {@link LocatedNode}s, each with its file, line and column, so
 * that whoever interprets the tree can say exactly where a value is wrong.
 *
 * <p>Untrusted files are bounded: at most {@value #MAX_CHARACTERS} characters, {@value #MAX_DEPTH} levels of
 * nesting and {@value #MAX_NODES} nodes; YAML is further bounded by SnakeYAML's defaults (3 MB of code points,
 * 50 levels). YAML aliases are refused, so no alias bomb can expand. Syntax errors, duplicate fields, aliases,
 * a second YAML document and exceeded limits are problems, never exceptions.
 *
 * <p>Thread-safe: the factories are shared and immutable once built.
 */
public final class LocatedReader {

  /** The largest file read, in characters. */
  public static final int MAX_CHARACTERS = 3 * 1024 * 1024;

  /** The deepest nesting of objects and arrays read. */
  public static final int MAX_DEPTH = 64;

  /** The most nodes read. */
  public static final int MAX_NODES = 1_000_000;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxDocumentLength(MAX_CHARACTERS)
          .maxStringLength(MAX_CHARACTERS)
          .build();

  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

  private static final YAMLFactory YAML = yamlFactory();

  private static YAMLFactory yamlFactory() {
    return YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  }

  /** The two syntaxes read and written. */
  public enum Syntax {
    /** YAML 1.1 as SnakeYAML reads it. */
    YAML,
    /** JSON. */
    JSON;

    /**
     * Returns the syntax a file name implies: JSON for {@code .json}, YAML otherwise.
     *
     * @param fileName the file name
     * @return the syntax
     * @throws NullPointerException if {@code fileName} is null
     */
    public static Syntax forFile(String fileName) {
      return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }

    JsonFactory factory() {
      return this == JSON ? LocatedReader.JSON : LocatedReader.YAML;
    }
  }

  private final String file;
  private final JsonParser parser;
  private final Problems problems;
  private int nodes;

  private LocatedReader(String file, JsonParser parser, Problems problems) {
    this.file = file;
    this.parser = parser;
    this.problems = problems;
  }

  /**
   * Reads one document. On a syntax error or an exceeded limit it records the problem and returns a
   * {@link LocatedNode.Kind#NULL} node at the start of the file, so the caller reports nothing further from it.
   *
   * @param file the file name used in locations
   * @param reader the content; not closed
   * @param syntax YAML or JSON
   * @param problems where problems go
   * @return the root node ({@link LocatedNode.Kind#NULL} for an empty file)
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if reading fails
   */
  public static LocatedNode read(String file, Reader reader, Syntax syntax, Problems problems) {
    requireNonNull(file, "file");
    requireNonNull(reader, "reader");
    requireNonNull(problems, "problems");
    SourceLocation start = new SourceLocation(file, 1, 1);
    Problems own = new Problems();
    try (JsonParser parser = syntax.factory().createParser(reader)) {
      LocatedReader located = new LocatedReader(file, parser, own);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return LocatedNode.scalar(LocatedNode.Kind.NULL, start, "");
      }
      LocatedNode root = located.value(first, "", 0);
      if (parser.nextToken() != null) {
        own.add("", located.here(), "only one document is read; remove everything after the first");
      }
      if (located.nodes > MAX_NODES) {
        own.add("", start, "the file has more than " + MAX_NODES + " values");
        root = LocatedNode.scalar(LocatedNode.Kind.NULL, start, "");
      }
      own.list().forEach(p -> problems.add(p.path(), p.location().orElse(start), p.message()));
      return root;
    } catch (StreamConstraintsException e) {
      problems.add("", start, "the file is too large or too deeply nested: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      problems.add("", location(file, e.getLocation(), start), syntax + " syntax: " + firstLine(e));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (RuntimeException e) {
      // SnakeYAML reports some limits (aliases, code points) with its own unchecked exceptions.
      problems.add("", start, syntax + " syntax: " + e.getMessage());
    }
    return LocatedNode.scalar(LocatedNode.Kind.NULL, start, "");
  }

  private static String firstLine(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  private static SourceLocation location(String file, JsonLocation at, SourceLocation fallback) {
    if (at == null || at.getLineNr() < 1) {
      return fallback;
    }
    return new SourceLocation(file, at.getLineNr(), Math.max(1, at.getColumnNr()));
  }

  private SourceLocation here() {
    return location(file, parser.currentTokenLocation(), new SourceLocation(file, 1, 1));
  }

  private LocatedNode value(JsonToken token, String path, int depth) throws IOException {
    nodes++;
    SourceLocation at = here();
    switch (token) {
      case START_OBJECT:
        return object(at, path, depth);
      case START_ARRAY:
        List<LocatedNode> items = new ArrayList<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          items.add(value(next, path + "[" + items.size() + "]", depth + 1));
        }
        return LocatedNode.array(at, items);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return LocatedNode.scalar(LocatedNode.Kind.NUMBER, at, parser.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return LocatedNode.scalar(LocatedNode.Kind.BOOLEAN, at, parser.getText());
      case VALUE_NULL:
        return LocatedNode.scalar(LocatedNode.Kind.NULL, at, "");
      case VALUE_STRING:
        if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
          // Jackson hands an alias over as its anchor's name; reading that as the value would be silently wrong.
          problems.add(path, at, "YAML aliases (*" + parser.getText() + ") are not supported; write the value out");
          return LocatedNode.scalar(LocatedNode.Kind.NULL, at, "");
        }
        return LocatedNode.scalar(LocatedNode.Kind.STRING, at, parser.getText());
      case VALUE_EMBEDDED_OBJECT:
      default:
        return LocatedNode.scalar(LocatedNode.Kind.STRING, at, parser.getText());
    }
  }

  private LocatedNode object(SourceLocation at, String path, int depth) throws IOException {
    LinkedHashMap<String, LocatedNode> fields = new LinkedHashMap<>();
    Map<String, SourceLocation> keys = new HashMap<>();
    for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
      String name = parser.currentName();
      SourceLocation keyAt = here();
      String fieldPath = path.isEmpty() ? name : path + "." + name;
      LocatedNode value = value(parser.nextToken(), fieldPath, depth + 1);
      if (fields.containsKey(name)) {
        problems.add(fieldPath, keyAt, "duplicate field \"" + name + "\"; it is already given at " + keys.get(name));
      } else {
        fields.put(name, value);
        keys.put(name, keyAt);
      }
    }
    return LocatedNode.object(at, fields, keys);
  }
}

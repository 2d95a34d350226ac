package io.github.accountgovernance.core.io;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value read from a file, with the line and column it starts at. Only one entry of a large list is held as
 * nodes at a time: the reader turns each into a model object and lets the nodes go.
 */
abstract class Node {

  final int line;
  final int column;

  Node(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /** Describes the kind of value for messages such as "expected text, but got a list". */
  abstract String describe();

  /** A scalar: text, number, boolean or null, with the text as written. */
  static final class Scalar extends Node {
    final JsonToken token;
    final String text;

    Scalar(int line, int column, JsonToken token, String text) {
      super(line, column);
      this.token = token;
      this.text = text;
    }

    boolean isNull() {
      return token == JsonToken.VALUE_NULL;
    }

    boolean isText() {
      return token == JsonToken.VALUE_STRING;
    }

    boolean isNumber() {
      return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }

    @Override
    String describe() {
      switch (token) {
        case VALUE_NULL:
          return "nothing (null)";
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "the boolean " + text;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "the number " + text;
        default:
          return "the text \"" + text + "\"";
      }
    }
  }

  /** A list. */
  static final class Sequence extends Node {
    final List<Node> items = new ArrayList<>();

    Sequence(int line, int column) {
      super(line, column);
    }

    @Override
    String describe() {
      return "a list";
    }
  }

  /** A mapping of field names to values, in file order, remembering keys that appear twice. */
  static final class Mapping extends Node {
    final Map<String, Field> fields = new LinkedHashMap<>();
    final List<Field> repeated = new ArrayList<>();

    Mapping(int line, int column) {
      super(line, column);
    }

    void put(Field field) {
      if (fields.putIfAbsent(field.name, field) != null) {
        repeated.add(field);
      }
    }

    @Override
    String describe() {
      return "a mapping";
    }
  }

  /** One field of a mapping: its name, where the name is written, and its value. */
  static final class Field {
    final String name;
    final int line;
    final int column;
    final Node value;

    Field(String name, int line, int column, Node value) {
      this.name = name;
      this.line = line;
      this.column = column;
      this.value = value;
    }
  }
}

package io.github.accountgovernance.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON document read with Jackson's streaming parser into plain maps, lists, strings, numbers and booleans, so
 * that tests can check the structure of the JSON and SARIF reports without a data-binding library.
 */
final class JsonTree {

  /** Stands for JSON {@code null}, which a map value cannot be. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonTree() {}

  /** Parses a whole document; a trailing second value or bad syntax fails. */
  static Object parse(String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      Object value = value(parser, parser.nextToken());
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("more than one JSON value");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      throw new IllegalArgumentException("empty document");
    }
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          if (fields.put(name, value(parser, parser.nextToken())) != null) {
            throw new IllegalArgumentException("duplicate field " + name);
          }
        }
        return fields;
      }
      case START_ARRAY -> {
        List<Object> items = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          items.add(value(parser, next));
        }
        return items;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT -> {
        return parser.getBigIntegerValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return parser.getDecimalValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return parser.getBooleanValue();
      }
      case VALUE_NULL -> {
        return NULL;
      }
      default -> throw new IllegalArgumentException("unexpected " + token);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object node) {
    if (!(node instanceof Map)) {
      throw new AssertionError("expected an object, found " + node);
    }
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  static List<Object> array(Object node) {
    if (!(node instanceof List)) {
      throw new AssertionError("expected an array, found " + node);
    }
    return (List<Object>) node;
  }

  /** Follows field names and array indexes ("runs", 0, "tool"); empty if any step is missing. */
  static Optional<Object> at(Object node, Object... path) {
    Object current = node;
    for (Object step : path) {
      if (step instanceof Integer index && current instanceof List<?> list && index < list.size()) {
        current = list.get(index);
      } else if (step instanceof String name && current instanceof Map<?, ?> map && map.containsKey(name)) {
        current = map.get(name);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(current);
  }

  static String text(Object node, Object... path) {
    return String.valueOf(at(node, path).orElseThrow(() -> new AssertionError("no " + List.of(path))));
  }

  static boolean isInteger(Object node) {
    return node instanceof java.math.BigInteger;
  }

  static boolean isNumber(Object node) {
    return node instanceof java.math.BigInteger || node instanceof BigDecimal;
  }
}

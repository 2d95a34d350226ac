package io.github.accountgovernance.core.io;

import com.fasterxml.jackson.core.JsonToken;
import io.github.accountgovernance.core.internal.Suggestions;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the fields of one object (an account, a rota entry, …) from a mapping, reporting every unknown,
 * missing or malformed field as a problem and carrying on, so that one pass finds them all. A getter that
 * finds a problem returns null and marks the object {@linkplain #failed() failed}.
 */
final class MappingReader {

  private final Node.Mapping mapping;
  private final String path;
  private final String what;
  private final Problems problems;
  private boolean failed;
  /** Required fields an unknown field was taken for a misspelling of: their absence is not reported twice. */
  private final Set<String> suggested = new HashSet<>();

  private MappingReader(Node.Mapping mapping, String path, String what, Problems problems) {
    this.mapping = mapping;
    this.path = path;
    this.what = what;
    this.problems = problems;
  }

  /**
   * Starts reading {@code node} as {@code what} (such as "an account"), reporting repeated and unknown fields;
   * returns null, after reporting it, if the node is not a mapping.
   */
  static MappingReader of(Node node, String path, String what, List<String> known, Problems problems) {
    if (!(node instanceof Node.Mapping)) {
      problems.add(
          path,
          "expected " + what + " (a mapping with the fields " + String.join(", ", known) + "), but got "
              + node.describe(),
          node.line,
          node.column);
      return null;
    }
    Node.Mapping mapping = (Node.Mapping) node;
    MappingReader reader = new MappingReader(mapping, path, what, problems);
    for (Node.Field field : mapping.fields.values()) {
      if (!known.contains(field.name)) {
        Suggestions.closest(field.name, known).ifPresent(reader.suggested::add);
        reader.fail(
            path + "." + field.name,
            "unknown field \"" + field.name + "\" in " + what + Suggestions.didYouMean(field.name, known)
                + "; the fields of " + what + " are " + String.join(", ", known),
            field.line,
            field.column);
      }
    }
    for (Node.Field field : mapping.repeated) {
      reader.fail(
          path + "." + field.name,
          "field \"" + field.name + "\" appears more than once in " + what + "; keep one",
          field.line,
          field.column);
    }
    return reader;
  }

  Node.Mapping mapping() {
    return mapping;
  }

  String path() {
    return path;
  }

  /** Tells whether any field of this object had a problem. */
  boolean failed() {
    return failed;
  }

  /** Tells whether the field is present with a value other than null. */
  boolean has(String name) {
    Node.Field field = mapping.fields.get(name);
    return field != null && !(field.value instanceof Node.Scalar && ((Node.Scalar) field.value).isNull());
  }

  /** Returns the field's value node, or null (reporting it if required) when absent or null. */
  Node value(String name, boolean required) {
    if (has(name)) {
      return mapping.fields.get(name).value;
    }
    if (required && suggested.contains(name)) {
      failed = true;
    } else if (required) {
      fail(path + "." + name, "missing required field \"" + name + "\" in " + what, mapping.line, mapping.column);
    }
    return null;
  }

  /** Reports a problem with this object as a whole, such as a model builder's rejection. */
  void fail(String message) {
    fail(path, message, mapping.line, mapping.column);
  }

  void fail(String problemPath, String message, Node at) {
    fail(problemPath, message, at.line, at.column);
  }

  /** Marks the object unbuildable without a message of its own: a part of it has reported the problem. */
  void markFailed() {
    failed = true;
  }

  void fail(String problemPath, String message, int line, int column) {
    failed = true;
    problems.add(problemPath, message, line, column);
  }

  String text(String name, boolean required) {
    Node value = value(name, required);
    return value == null ? null : textOf(path + "." + name, value, "text");
  }

  /** Reads a scalar as text: numbers are kept as written, so an unquoted collar number 1402 is "1402". */
  String textOf(String valuePath, Node value, String expected) {
    if (value instanceof Node.Scalar) {
      Node.Scalar scalar = (Node.Scalar) value;
      if (scalar.isText() || scalar.isNumber()) {
        return scalar.text;
      }
      if (!scalar.isNull()) {
        fail(
            valuePath,
            "expected " + expected + ", but got " + value.describe() + "; put it in quotes (\"" + scalar.text
                + "\") if it is meant as text",
            value);
        return null;
      }
    }
    fail(valuePath, "expected " + expected + ", but got " + value.describe(), value);
    return null;
  }

  long count(String name, long defaultValue) {
    Node value = value(name, false);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof Node.Scalar && ((Node.Scalar) value).token == JsonToken.VALUE_NUMBER_INT) {
      try {
        return Long.decode(((Node.Scalar) value).text.replace("_", ""));
      } catch (NumberFormatException e) {
        // falls through to the message below
      }
    }
    fail(
        path + "." + name,
        "expected a whole number from 0 to " + Long.MAX_VALUE + ", such as 11400, but got " + value.describe(),
        value);
    return defaultValue;
  }

  /** Reads an enum written in lower case with dashes ({@code force-wide}); case and underscores are forgiven. */
  <E extends Enum<E>> E choice(String name, boolean required, Class<E> type, String noun) {
    Node value = value(name, required);
    if (value == null) {
      return null;
    }
    String text = textOf(path + "." + name, value, "one of " + allowed(type));
    if (text == null) {
      return null;
    }
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    for (E constant : type.getEnumConstants()) {
      if (EstateNames.of(constant).equals(wanted)) {
        return constant;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(EstateNames::of).collect(Collectors.toList());
    fail(
        path + "." + name,
        "unknown " + noun + " \"" + text + "\"" + Suggestions.didYouMean(text, names) + "; use one of "
            + String.join(", ", names),
        value);
    return null;
  }

  static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(EstateNames::of).collect(Collectors.joining(", "));
  }

  Platform platform(String name) {
    Node value = value(name, true);
    if (value == null) {
      return null;
    }
    String text = textOf(path + "." + name, value, "a platform");
    if (text == null) {
      return null;
    }
    List<String> names = Arrays.stream(Platform.values()).map(Platform::fileName).collect(Collectors.toList());
    return Platform.named(text)
        .orElseGet(
            () -> {
              fail(
                  path + "." + name,
                  "unknown platform \"" + text + "\"" + Suggestions.didYouMean(text, names) + "; use one of "
                      + String.join(", ", names),
                  value);
              return null;
            });
  }

  /** Reads a handle on {@code platform} (which may be null if it was itself bad: then only the text is checked). */
  Handle handle(String name, Platform platform) {
    Node value = value(name, true);
    if (value == null) {
      return null;
    }
    String text = textOf(path + "." + name, value, "a handle such as \"@NYP_York\"");
    if (text == null) {
      return null;
    }
    try {
      return Handle.of(platform == null ? Platform.X : platform, text);
    } catch (IllegalArgumentException e) {
      fail(path + "." + name, e.getMessage(), value);
      return null;
    }
  }

  LocalDate date(String name, boolean required) {
    Node value = value(name, required);
    if (value == null) {
      return null;
    }
    String text = textOf(path + "." + name, value, "a date such as 2021-03-31");
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      fail(path + "." + name, "expected a date such as 2021-03-31 (year-month-day), but got \"" + text + "\"", value);
      return null;
    }
  }

  Instant instant(String name, boolean required) {
    Node value = value(name, required);
    if (value == null) {
      return null;
    }
    String text = textOf(path + "." + name, value, "an instant such as 2021-03-06T22:00:00Z");
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text.trim());
    } catch (DateTimeParseException e) {
      fail(
          path + "." + name,
          "expected an instant such as 2021-03-06T22:00:00Z (UTC) or 2021-03-06T22:00:00+01:00, but got \"" + text
              + "\"",
          value);
      return null;
    }
  }

  WeeklyWindow weeklyWindow(String valuePath, Node value) {
    String text = textOf(valuePath, value, "a weekly window such as \"Mon 08:00-18:00\"");
    if (text == null) {
      return null;
    }
    try {
      return WeeklyWindow.parse(text);
    } catch (IllegalArgumentException e) {
      fail(valuePath, e.getMessage(), value);
      return null;
    }
  }

  /** Returns the items of a list field; absent or null is an empty list, a single scalar is reported. */
  List<Node> list(String name, String expected) {
    Node value = value(name, false);
    if (value == null) {
      return List.of();
    }
    if (value instanceof Node.Sequence) {
      return ((Node.Sequence) value).items;
    }
    fail(path + "." + name, "expected a list of " + expected + ", but got " + value.describe(), value);
    return List.of();
  }

  /** Returns the texts of a list field, reporting every item that is not text. */
  List<String> texts(String name, String expected) {
    List<Node> items = list(name, expected);
    List<String> texts = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String text = textOf(path + "." + name + "[" + i + "]", items.get(i), expected);
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }
}

package io.github.accountgovernance.rules.internal;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.internal.Suggestions;
import io.github.accountgovernance.core.model.EstateProblem.SourceLocation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads the fields of one object node, recording a located problem for each unknown field (with "did you
 * mean"), each missing required field and each value of the wrong kind, and carrying on so that every problem
 * in a file is found in one pass.
 *
 * <p>Not thread-safe: one instance serves one object of one read.
 */
public final class ObjectFields {

  private final LocatedNode node;
  private final String path;
  private final Problems problems;

  private ObjectFields(LocatedNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /**
   * Starts reading an object, recording a problem if the node is not one or has fields not in {@code known}.
   *
   * @param node the node
   * @param path its path, such as {@code waivers[2]} ({@code ""} for the root)
   * @param problems where problems go
   * @param known the field names this object may have
   * @return the reader, or empty if the node is not an object
   * @throws NullPointerException if an argument is null
   */
  public static Optional<ObjectFields> of(
      LocatedNode node, String path, Problems problems, Set<String> known) {
    requireNonNull(node, "node");
    requireNonNull(path, "path");
    requireNonNull(problems, "problems");
    if (node.kind() != LocatedNode.Kind.OBJECT) {
      problems.add(
          path.isEmpty() ? "(document)" : path,
          node.location(),
          "expected an object with fields " + String.join(", ", new TreeSet<>(known)) + ", found "
              + node.kind().described());
      return Optional.empty();
    }
    for (String name : node.fields().keySet()) {
      if (!known.contains(name)) {
        String hint = Suggestions.didYouMean(name, known);
        problems.add(
            join(path, name),
            node.keyLocation(name),
            "unknown field \"" + name + "\"" + (hint.isEmpty()
                ? "; known fields are " + String.join(", ", new TreeSet<>(known))
                : hint));
      }
    }
    return Optional.of(new ObjectFields(node, path, problems));
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /**
   * Returns where the object starts.
   *
   * @return the location
   */
  public SourceLocation location() {
    return node.location();
  }

  /**
   * Returns the path of a field of this object.
   *
   * @param name the field name
   * @return the path, such as {@code waivers[2].expires}
   */
  public String path(String name) {
    return join(path, name);
  }

  /**
   * Returns a field's node, if it is present and not null.
   *
   * @param name the field name
   * @return the node, or empty
   */
  public Optional<LocatedNode> node(String name) {
    LocatedNode value = node.fields().get(name);
    return value == null || value.kind() == LocatedNode.Kind.NULL ? Optional.empty() : Optional.of(value);
  }

  /**
   * Returns a scalar field's text, recording a problem if it is an object or array.
   *
   * @param name the field name
   * @return the text, or empty if absent, null or not a scalar
   */
  public Optional<String> string(String name) {
    Optional<LocatedNode> value = node(name);
    if (value.isPresent() && !value.get().isScalar()) {
      problems.add(path(name), value.get().location(),
          "expected text, found " + value.get().kind().described());
      return Optional.empty();
    }
    return value.map(LocatedNode::text);
  }

  /**
   * Returns a required scalar field's text, recording a problem if it is absent, null or blank.
   *
   * @param name the field name
   * @return the text, or empty after recording a problem
   */
  public Optional<String> requiredString(String name) {
    Optional<LocatedNode> value = node(name);
    Optional<String> text = string(name);
    if (value.isEmpty()) {
      problems.add(path(name), node.location(), "missing field \"" + name + "\"");
    } else if (text.isPresent() && text.get().isBlank()) {
      problems.add(path(name), value.get().location(), "\"" + name + "\" is blank");
      return Optional.empty();
    }
    return text;
  }

  /**
   * Returns a required scalar field's text, which may be blank, recording a problem if it is absent or null.
   *
   * @param name the field name
   * @return the text, or empty after recording a problem
   */
  public Optional<String> requiredText(String name) {
    if (node(name).isEmpty()) {
      problems.add(path(name), node.location(), "missing field \"" + name + "\"");
      return Optional.empty();
    }
    return string(name);
  }

  /**
   * Returns a field parsed from its text, recording the parser's complaint as a problem.
   *
   * @param name the field name
   * @param required whether absence is a problem
   * @param expected how the message describes a good value, such as {@code "a date like 2021-06-30"}
   * @param parse the parser; any {@link RuntimeException} it throws means a bad value
   * @param <T> the parsed type
   * @return the value, or empty if absent or bad
   */
  public <T> Optional<T> parsed(
      String name, boolean required, String expected, Function<String, ? extends T> parse) {
    Optional<String> text = required ? requiredString(name) : string(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(text.get().strip()));
    } catch (RuntimeException e) {
      problems.add(path(name), node(name).map(LocatedNode::location).orElse(node.location()),
          "expected " + expected + ", found \"" + text.get() + "\"");
      return Optional.empty();
    }
  }

  /**
   * Returns a date field such as {@code 2021-06-30}.
   *
   * @param name the field name
   * @param required whether absence is a problem
   * @return the date, or empty
   */
  public Optional<LocalDate> date(String name, boolean required) {
    return parsed(name, required, "a date like 2021-06-30", LocalDate::parse);
  }

  /**
   * Returns an instant field such as {@code 2021-04-01T00:00:00Z}.
   *
   * @param name the field name
   * @param required whether absence is a problem
   * @return the instant, or empty
   */
  public Optional<Instant> instant(String name, boolean required) {
    return parsed(name, required, "an instant like 2021-04-01T00:00:00Z", ObjectFields::instant);
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /**
   * Returns an array field's items, recording a problem if the field is not an array.
   *
   * @param name the field name
   * @param required whether absence is a problem
   * @return the items, empty if absent or not an array
   */
  public List<LocatedNode> array(String name, boolean required) {
    Optional<LocatedNode> value = node(name);
    if (value.isEmpty()) {
      if (required) {
        problems.add(path(name), node.location(), "missing field \"" + name + "\"");
      }
      return List.of();
    }
    if (value.get().kind() != LocatedNode.Kind.ARRAY) {
      problems.add(path(name), value.get().location(),
          "expected an array, found " + value.get().kind().described());
      return List.of();
    }
    return value.get().items();
  }
}

package io.github.accountgovernance.core.files;

import io.github.accountgovernance.core.files.internal.TimeText;
import io.github.accountgovernance.core.problem.Suggestions;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.problem.SourceLocation;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one object (an account, a waiver, a report's rule, …) from a mapping, reporting every
 * unknown field (with "did you mean"), every missing required field and every malformed value as a problem and
 * carrying on, so that one pass finds them all. A getter that finds a problem returns null or empty and marks
 * the object {@linkplain #failed() failed}.
 *
 * <pre>{@code
 * ObjectFields.of(node, "waivers[0]", "a waiver", List.of("rule", "reason", "expires"), problems)
 *     .ifPresent(waiver -> {
 *       Optional<String> reason = waiver.requiredString("reason");
 *       Optional<LocalDate> expires = waiver.date("expires", true);
 *     });
 * }</pre>
 *
 * <p>Most readers describe their objects with an {@link ObjectMapping} instead, which reads through this class;
 * use it directly for what a mapping does not describe, such as a mapping of free keys.
 *
 * <p>Not thread-safe: one instance serves one object of one reading.
 */
public final class ObjectFields {

  /** The path problems about a whole file's root object are given. */
  private static final String DOCUMENT = "(document)";

  /** The mapping being read; null for a {@linkplain #trial trial} reading. */
  private final LocatedNode mapping;
  private final String path;
  private final String what;
  private final Problems problems;
  private boolean failed;
  /** Required fields an unknown field was taken for a misspelling of: their absence is not reported twice. */
  private Set<String> suggested = Set.of();

  /**
   * Starts reading a mapping, reporting its unknown fields.
   *
   * @param mapping the node, which must be a {@linkplain #isMapping mapping}
   * @param path its path, such as {@code accounts[3]}, or {@code ""} for a file's root
   * @param what what it is, for messages, such as {@code "an account"}
   * @param known the field names it may have, in the order messages list them
   * @param problems where problems go
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code mapping} is not a mapping
   */
  private ObjectFields(
      LocatedNode mapping, String path, String what, Collection<String> known, Problems problems) {
    if (requireNonNull(mapping, "mapping").kind() != LocatedNode.Kind.MAPPING) {
      throw new IllegalArgumentException("not a mapping: " + mapping.describe());
    }
    this.mapping = mapping;
    this.path = requireNonNull(path, "path");
    this.what = requireNonNull(what, "what");
    this.problems = requireNonNull(problems, "problems");
    boolean kindKnown = known.contains(FileKind.KEY);
    if (kindKnown && mapping.fields().containsKey(FileKind.KEY) && mapping.fields().containsKey(FileKind.ALIAS)) {
      LocatedNode schema = mapping.fields().get(FileKind.KEY);
      LocatedNode second = later(schema, mapping.fields().get(FileKind.ALIAS));
      String name = second == schema ? FileKind.KEY : FileKind.ALIAS;
      failed = true;
      problems.add(path.isEmpty() ? name : path + "." + name, FileKind.givenTwice(), second.keyLine(),
          second.keyColumn());
    }
    mapping.fields().forEach((name, value) -> unknown(name, value, known, kindKnown));
  }

  /** A trial reading: see {@link #trial}. */
  private ObjectFields(String what, Problems problems) {
    this.mapping = null;
    this.path = "";
    this.what = what;
    this.problems = problems;
  }

  /**
   * Thrown by a {@linkplain #trial trial} reading where it would report a problem, or needs the mapping itself: the
   * object is then read again, the reporting way. Shared and without a stack trace: it carries nothing.
   */
  static final class Undecided extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Undecided INSTANCE = new Undecided();

    private Undecided() {
      super("read the object again, reporting its problems", null, false, false);
    }
  }

  /**
   * Returns a trial reading of an object, for the checks of an {@link ObjectMapping} reading an entry quickly: it
   * has no mapping, reports nothing, and throws {@link Undecided} wherever it would report a problem or look at
   * the mapping, so that the entry is read again with problems reported.
   */
  static ObjectFields trial(String what, Problems problems) {
    return new ObjectFields(what, problems);
  }

  private LocatedNode whole() {
    if (mapping == null) {
      throw Undecided.INSTANCE;
    }
    return mapping;
  }

  /** Reports a field that the object does not have. */
  private void unknown(String name, LocatedNode value, Collection<String> known, boolean kindKnown) {
    if (!known.contains(name) && !(kindKnown && name.equals(FileKind.ALIAS))) {
      Suggestions.closest(name, known).ifPresent(closest -> {
        if (suggested.isEmpty()) {
          suggested = new HashSet<>();
        }
        suggested.add(closest);
      });
      failed = true;
      problems.add(
          path.isEmpty() ? name : path + "." + name,
          "unknown field \"" + name + "\" in " + what + Suggestions.didYouMean(name, known) + "; the fields of "
              + what + " are " + String.join(", ", known),
          value.keyLine(),
          value.keyColumn());
    }
  }

  /**
   * Tells whether a node is a mapping, reporting it if not.
   *
   * @param node the node
   * @param path its path
   * @param what what it should be, such as {@code "an account"}
   * @param known the field names it may have
   * @param problems where the problem goes
   * @return whether it is a mapping
   */
  public static boolean isMapping(
      LocatedNode node, String path, String what, Collection<String> known, Problems problems) {
    if (node.kind() == LocatedNode.Kind.MAPPING) {
      return true;
    }
    problems.add(
        path.isEmpty() ? DOCUMENT : path,
        "expected " + what + " (a mapping with the fields " + String.join(", ", known) + "), but got "
            + node.describe(),
        node);
    return false;
  }

  /**
   * Starts reading an object, reporting it if the node is not a mapping, and its unknown fields.
   *
   * @param node the node
   * @param path its path, such as {@code waivers[2]} ({@code ""} for a file's root)
   * @param what what it is, such as {@code "a waiver"}
   * @param known the field names it may have, in the order messages list them
   * @param problems where problems go
   * @return the reader, or empty if the node is not a mapping
   * @throws NullPointerException if an argument is null
   */
  public static Optional<ObjectFields> of(
      LocatedNode node, String path, String what, Collection<String> known, Problems problems) {
    return isMapping(node, path, what, known, problems)
        ? Optional.of(new ObjectFields(node, path, what, known, problems))
        : Optional.empty();
  }

  /**
   * Returns the mapping being read.
   *
   * @return the node
   */
  public LocatedNode mapping() {
    return whole();
  }

  /**
   * Returns what the object is, as messages say it.
   *
   * @return for example {@code "an account"}
   */
  public String what() {
    return what;
  }

  /**
   * Returns the value equal to {@code value} that this reading of the file met first, or {@code value} itself
   * if it is the first: a big file repeats the same ids, dates and windows in thousands of entries, and the
   * objects read then share one of each rather than holding a copy each. Only immutable values may be shared.
   *
   * @param value the value read, not null
   * @param <V> its type; values that are equal must be of the same type
   * @return an equal value, perhaps the same
   * @throws NullPointerException if {@code value} is null
   */
  public <V> V canonical(V value) {
    return problems.canonical(requireNonNull(value, "value"));
  }

  /** Returns the value {@code key} read from {@code text} last in this reading, if remembered, or null. */
  Object remembered(Object key, String text) {
    return problems.remembered(key, text);
  }

  /** Remembers, for this reading, the value {@code key} read from {@code text}. */
  void remember(Object key, String text, Object value) {
    problems.remember(key, text, value);
  }

  /** Returns where this object's problems go, for the codecs of nested objects. */
  Problems problems() {
    return problems;
  }

  /**
   * Returns the object's path, as problems about it as a whole give it.
   *
   * @return the path, such as {@code accounts[3]}
   */
  public String path() {
    return path.isEmpty() ? DOCUMENT : path;
  }

  /**
   * Returns the path of one of the object's fields.
   *
   * @param name the field name
   * @return the path, such as {@code waivers[2].expires}
   */
  public String path(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /**
   * Returns where the object starts.
   *
   * @return the location
   */
  public SourceLocation location() {
    return whole().location();
  }

  /**
   * Tells whether any field of this object had a problem.
   *
   * @return whether reading it failed
   */
  public boolean failed() {
    return failed;
  }

  /** Marks the object unbuildable without a message of its own: a part of it has reported the problem. */
  public void markFailed() {
    whole();
    failed = true;
  }

  /**
   * Reports a problem with the object as a whole, such as a model builder's rejection.
   *
   * @param message what is wrong
   */
  public void fail(String message) {
    fail(path(), message, whole().line(), whole().column());
  }

  /**
   * Reports a problem with one field's value, where the value starts (or, if the field is absent, where the
   * object starts).
   *
   * @param name the field name
   * @param message what is wrong
   */
  public void failAt(String name, String message) {
    LocatedNode value = whole().fields().get(name);
    fail(path(name), message, value == null ? mapping : value);
  }

  /**
   * Reports a problem where a node starts.
   *
   * @param problemPath the path
   * @param message what is wrong
   * @param at the node
   */
  public void fail(String problemPath, String message, LocatedNode at) {
    fail(problemPath, message, at.line(), at.column());
  }

  /**
   * Reports a problem at a line and column.
   *
   * @param problemPath the path
   * @param message what is wrong
   * @param line the line
   * @param column the column
   */
  public void fail(String problemPath, String message, int line, int column) {
    whole();
    failed = true;
    problems.add(problemPath, message, line, column);
  }

  /**
   * Tells whether the field is present with a value other than null.
   *
   * @param name the field name
   * @return whether it has a value
   */
  public boolean has(String name) {
    LocatedNode value = field(name);
    return value != null && !value.isNull();
  }

  /** A field's value as written; {@code schema} is also found written as {@code format}. */
  private LocatedNode field(String name) {
    LocatedNode value = whole().fields().get(name);
    return value == null && name.equals(FileKind.KEY) ? whole().fields().get(FileKind.ALIAS) : value;
  }

  private static LocatedNode later(LocatedNode one, LocatedNode other) {
    return one.keyLine() > other.keyLine() || (one.keyLine() == other.keyLine() && one.keyColumn() > other.keyColumn())
        ? one
        : other;
  }

  /**
   * Returns a field's value, if it is present and not null; nothing is reported.
   *
   * @param name the field name
   * @return the node, or empty
   */
  public Optional<LocatedNode> node(String name) {
    return has(name) ? Optional.of(field(name)) : Optional.empty();
  }

  /**
   * Returns a field's value, or null (reporting it if required) when it is absent or null.
   *
   * @param name the field name
   * @param required whether absence is a problem
   * @return the node, or null
   */
  public LocatedNode value(String name, boolean required) {
    if (has(name)) {
      return field(name);
    }
    if (required && suggested.contains(name)) {
      failed = true;
    } else if (required) {
      fail(path(name), "missing required field \"" + name + "\" in " + what, whole().line(), whole().column());
    }
    return null;
  }

  /**
   * Returns a field's text, or null when it is absent, null (reported if required) or not a scalar (reported).
   *
   * @param name the field name
   * @param required whether absence is a problem
   * @return the text, or null
   */
  public String text(String name, boolean required) {
    LocatedNode value = value(name, required);
    return value == null ? null : textOf(path(name), value, "text");
  }

  /**
   * Reads a scalar as text: numbers are kept as written, so an unquoted collar number 1402 is "1402".
   *
   * @param valuePath the value's path
   * @param value the value
   * @param expected what the message says was expected, such as {@code "a platform"}
   * @return the text, or null after reporting a value that is not text or a number
   */
  public String textOf(String valuePath, LocatedNode value, String expected) {
    if (value.isText() || value.isNumber()) {
      return value.text();
    }
    if (value.isScalar()) {
      fail(valuePath, "expected " + expected + ", but got " + value.describe() + "; put it in quotes (\""
          + value.text() + "\") if it is meant as text", value);
    } else {
      fail(valuePath, "expected " + expected + ", but got " + value.describe(), value);
    }
    return null;
  }

  /**
   * Returns an optional text field.
   *
   * @param name the field name
   * @return the text, or empty if absent, null or not text
   */
  public Optional<String> string(String name) {
    return Optional.ofNullable(text(name, false));
  }

  /**
   * Returns a required text field, which may be blank.
   *
   * @param name the field name
   * @return the text, or empty after reporting it missing or not text
   */
  public Optional<String> requiredText(String name) {
    return Optional.ofNullable(text(name, true));
  }

  /**
   * Returns a required text field that is not blank.
   *
   * @param name the field name
   * @return the text, or empty after reporting it missing, blank or not text
   */
  public Optional<String> requiredString(String name) {
    Optional<String> text = requiredText(name);
    if (text.isPresent() && text.get().isBlank()) {
      fail(path(name), "field \"" + name + "\" in " + what + " is blank; give it a value", value(name, true));
      return Optional.empty();
    }
    return text;
  }

  /**
   * Returns a field parsed from its text, reporting a value the parser refuses.
   *
   * @param name the field name
   * @param required whether absence is a problem
   * @param expected how the message describes a good value, such as {@code "a rule id such as MON-2"}
   * @param parse the parser; any {@link RuntimeException} it throws means a bad value
   * @param <T> the parsed type
   * @return the value, or empty if absent or bad
   */
  public <T> Optional<T> parsed(String name, boolean required, String expected, Function<String, ? extends T> parse) {
    LocatedNode value = value(name, required);
    if (value == null) {
      return Optional.empty();
    }
    // A field's value is forgiven surrounding spaces; a list item, such as a fingerprint, is taken as written.
    return parse(path(name), value, expected, text -> parse.apply(text.strip()));
  }

  /**
   * Parses a value's text as written, reporting a value that is not text or that the parser refuses.
   *
   * @param valuePath the value's path
   * @param value the value
   * @param expected how the message describes a good value
   * @param parse the parser; any {@link RuntimeException} it throws means a bad value
   * @param <T> the parsed type
   * @return the value, or empty if bad
   */
  public <T> Optional<T> parsedOf(
      String valuePath, LocatedNode value, String expected, Function<String, ? extends T> parse) {
    return parse(valuePath, value, expected, parse);
  }

  private <T> Optional<T> parse(
      String valuePath, LocatedNode value, String expected, Function<String, ? extends T> parse) {
    String text = textOf(valuePath, value, expected);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(text));
    } catch (RuntimeException e) {
      fail(valuePath, "expected " + expected + ", but got \"" + text + "\"", value);
      return Optional.empty();
    }
  }

  /**
   * Returns a date field such as {@code 2021-03-31}.
   *
   * @param name the field name
   * @param required whether absence is a problem
   * @return the date, or empty
   */
  public Optional<LocalDate> date(String name, boolean required) {
    return parsed(name, required, "a date such as 2021-03-31 (year-month-day)", LocalDate::parse);
  }

  /**
   * Returns an instant field such as {@code 2021-03-06T22:00:00Z}.
   *
   * @param name the field name
   * @param required whether absence is a problem
   * @return the instant, or empty
   */
  public Optional<Instant> instant(String name, boolean required) {
    return parsed(name, required, "an instant such as 2021-03-06T22:00:00Z (UTC) or 2021-03-06T22:00:00+01:00",
        ObjectFields::instant);
  }

  private static Instant instant(String text) {
    try {
      return TimeText.instant(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /**
   * Returns a whole number field, such as a follower count.
   *
   * @param name the field name
   * @param defaultValue the value when the field is absent or bad
   * @return the number
   */
  public long count(String name, long defaultValue) {
    LocatedNode value = value(name, false);
    if (value == null) {
      return defaultValue;
    }
    if (value.isNumber()) {
      try {
        return Long.decode(value.text().replace("_", ""));
      } catch (NumberFormatException e) {
        // falls through to the message below
      }
    }
    fail(path(name), "expected a whole number from 0 to " + Long.MAX_VALUE + ", such as 11400, but got "
        + value.describe(), value);
    return defaultValue;
  }

  /**
   * Returns the items of a list field; absent or null is an empty list (reported if required), any other value
   * is reported.
   *
   * @param name the field name
   * @param required whether absence is a problem
   * @param expected what the items are, for the message "expected a list of …"
   * @return the items
   */
  public List<LocatedNode> list(String name, boolean required, String expected) {
    LocatedNode value = value(name, required);
    if (value == null) {
      return List.of();
    }
    if (value.kind() == LocatedNode.Kind.LIST) {
      return value.items();
    }
    fail(path(name), "expected a list of " + expected + ", but got " + value.describe(), value);
    return List.of();
  }

  /**
   * Returns the texts of an optional list field, reporting every item that is not text.
   *
   * @param name the field name
   * @param expected what the items are, such as {@code "account ids"}
   * @return the texts
   */
  public List<String> texts(String name, String expected) {
    List<LocatedNode> items = list(name, false, expected);
    List<String> texts = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String text = textOf(path(name) + "[" + i + "]", items.get(i), expected);
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }

  /**
   * Reads the file-kind field ({@code schema}, or {@code format}: see {@link FileKind}), reporting a missing one
   * (if required) or one that names another kind or version.
   *
   * @param expected the schema id read, such as {@code "account-governance/waivers@1"}
   * @param required whether a file must state it
   * @return whether the file is of another kind, or states none though it must: reading it further would only
   *     bury that problem under others that follow from it
   */
  public boolean schema(String expected, boolean required) {
    LocatedNode value = value(FileKind.KEY, required);
    if (value == null) {
      return required;
    }
    Optional<String> problem = FileKind.check(value, expected, "");
    problem.ifPresent(message -> fail(path(written(FileKind.KEY)), message, value));
    return problem.isPresent();
  }

  /**
   * Reports a {@code schema} (or {@code format}) field that names another schema than the one this reader reads;
   * stating none is fine. The same as {@link #schema(String, boolean) schema(expected, false)}.
   *
   * @param expected the schema id read, such as {@code "account-governance/waivers@1"}
   * @return whether the schema was another
   */
  public boolean otherSchema(String expected) {
    return schema(expected, false);
  }

  /** Returns the name a field is written under: {@code format} for a {@code schema} written so. */
  private String written(String name) {
    return whole().fields().containsKey(name) || !name.equals(FileKind.KEY) ? name : FileKind.ALIAS;
  }
}

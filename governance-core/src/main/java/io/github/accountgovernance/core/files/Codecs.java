package io.github.accountgovernance.core.files;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.files.internal.TimeText;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The common {@link Codec}s: text, dates, instants, whole numbers, values parsed from text, lists, and nested
 * objects. Their messages are the library's own ("expected a date such as 2021-03-31 (year-month-day), but got
 * "soon""), so every file format words its problems alike.
 *
 * <pre>{@code
 * ObjectMapping<Waiver, Waiver.Builder> waiver = ObjectMapping.builder("a waiver", Waiver::builder)
 *     .required("rule", Codecs.parsed("a rule id such as MON-2", RuleId::of, RuleId::value),
 *         Waiver.Builder::ruleId, Waiver::ruleId)
 *     .required("expires", Codecs.date(), Waiver.Builder::expiresOn, Waiver::expiresOn)
 *     .build(Waiver.Builder::build);
 * }</pre>
 *
 * <p>Thread-safe: every codec here is stateless.
 */
public final class Codecs {

  private static final Codec<String> TEXT = text("text");

  private static final Codec<LocalDate> DATE =
      parsed("a date such as 2021-03-31 (year-month-day)", TimeText::date, LocalDate::toString);

  private static final Codec<Instant> INSTANT =
      parsed("an instant such as 2021-03-06T22:00:00Z (UTC) or 2021-03-06T22:00:00+01:00", Codecs::instant,
          Instant::toString);

  private static final Codec<Long> COUNT =
      new Codec<>() {
        @Override
        public Long read(ObjectFields fields, String path, LocatedNode value) {
          if (value.isNumber()) {
            try {
              return Long.decode(value.text().replace("_", ""));
            } catch (NumberFormatException e) {
              // falls through to the message below
            }
          }
          fields.fail(path, "expected a whole number from 0 to " + Long.MAX_VALUE + ", such as 11400, but got "
              + value.describe(), value);
          return null;
        }

        @Override
        public Long readScalar(ObjectFields fields, LocatedNode.Kind kind, String text) {
          if (kind == LocatedNode.Kind.NUMBER) {
            try {
              return Long.decode(text.replace("_", ""));
            } catch (NumberFormatException e) {
              return null;
            }
          }
          return null;
        }

        @Override
        public void write(JsonGenerator out, Long value) throws IOException {
          out.writeNumber(value);
        }
      };

  private Codecs() {}

  /**
   * Returns the codec of text: a text scalar, or a number kept as written (an unquoted collar number 1402 is
   * "1402"); a boolean or null is refused with advice to quote it.
   *
   * @return the codec
   */
  public static Codec<String> text() {
    return TEXT;
  }

  /**
   * Returns a codec of text whose messages say what the text is, such as {@code "a handle such as "@NYP_York""}.
   *
   * @param expected what a good value is, for "expected …, but got …"
   * @return the codec
   * @throws NullPointerException if {@code expected} is null
   */
  public static Codec<String> text(String expected) {
    requireNonNull(expected, "expected");
    return new Codec<>() {
      @Override
      public String read(ObjectFields fields, String path, LocatedNode value) {
        return fields.textOf(path, value, expected);
      }

      @Override
      public String readScalar(ObjectFields fields, LocatedNode.Kind kind, String text) {
        return isText(kind) ? text : null;
      }

      @Override
      public void write(JsonGenerator out, String value) throws IOException {
        out.writeString(value);
      }
    };
  }

  /**
   * Returns a codec of text that must not be blank: "field "reason" in a waiver is blank; give it a value".
   *
   * @return the codec
   */
  public static Codec<String> nonBlankText() {
    return new Codec<>() {
      @Override
      public String read(ObjectFields fields, String path, LocatedNode value) {
        String text = fields.textOf(path, value, "text");
        if (text != null && text.isBlank()) {
          String name = path.substring(path.lastIndexOf('.') + 1);
          fields.fail(path, "field \"" + name + "\" in " + fields.what() + " is blank; give it a value", value);
          return null;
        }
        return text;
      }

      @Override
      public String readScalar(ObjectFields fields, LocatedNode.Kind kind, String text) {
        return isText(kind) && !text.isBlank() ? text : null;
      }

      @Override
      public void write(JsonGenerator out, String value) throws IOException {
        out.writeString(value);
      }
    };
  }

  /**
   * Returns the codec of dates such as {@code 2021-03-31}.
   *
   * @return the codec
   */
  public static Codec<LocalDate> date() {
    return DATE;
  }

  /**
   * Returns the codec of instants such as {@code 2021-03-06T22:00:00Z} (written in UTC).
   *
   * @return the codec
   */
  public static Codec<Instant> instant() {
    return INSTANT;
  }

  /**
   * Returns a codec that reads as {@code codec} does, but reads a scalar text {@linkplain Codec#readScalar quickly}
   * only once while one reading remembers it: a big file writes the same dates, instants and windows in thousands
   * of entries, and parsing each again made an object each. A text met again (of the same kind) gives the value
   * read from it before, which is equal to the one {@code codec} would read; the reporting way ({@link Codec#read})
   * is {@code codec}'s own. Only for codecs whose quick value depends on the kind and text alone, and is immutable.
   *
   * @param codec the codec
   * @param <V> the value's type
   * @return the codec
   * @throws NullPointerException if {@code codec} is null
   */
  public static <V> Codec<V> remembered(Codec<V> codec) {
    requireNonNull(codec, "codec");
    // One key per kind of scalar, so that a number and a text written alike are read apart.
    Object[] keys = new Object[LocatedNode.Kind.values().length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = new Object();
    }
    return new Codec<>() {
      @Override
      public V read(ObjectFields fields, String path, LocatedNode value) {
        return codec.read(fields, path, value);
      }

      @Override
      @SuppressWarnings("unchecked") // only this codec's values are remembered under its keys
      public V readScalar(ObjectFields fields, LocatedNode.Kind kind, String text) {
        Object key = keys[kind.ordinal()];
        Object known = fields.remembered(key, text);
        if (known != null) {
          return (V) known;
        }
        V read = codec.readScalar(fields, kind, text);
        if (read != null) {
          fields.remember(key, text, read);
        }
        return read;
      }

      @Override
      public void write(JsonGenerator out, V value) throws IOException {
        codec.write(out, value);
      }
    };
  }

  /**
   * Returns the codec of whole numbers from 0, such as a follower count.
   *
   * @return the codec
   */
  public static Codec<Long> count() {
    return COUNT;
  }

  /**
   * Returns a codec of values written as text and parsed from it; surrounding spaces are forgiven.
   *
   * @param expected how a good value is described, such as {@code "a rule id such as MON-2"}
   * @param parse the parser; any {@link RuntimeException} it throws means a bad value
   * @param format how a value is written
   * @param <V> the value's type
   * @return the codec
   * @throws NullPointerException if an argument is null
   */
  public static <V> Codec<V> parsed(
      String expected, Function<String, ? extends V> parse, Function<? super V, String> format) {
    requireNonNull(expected, "expected");
    requireNonNull(parse, "parse");
    requireNonNull(format, "format");
    return new Codec<>() {
      @Override
      public V read(ObjectFields fields, String path, LocatedNode value) {
        return fields.<V>parsedOf(path, value, expected, text -> parse.apply(text.strip())).orElse(null);
      }

      @Override
      public V readScalar(ObjectFields fields, LocatedNode.Kind kind, String text) {
        if (!isText(kind)) {
          return null;
        }
        try {
          return parse.apply(text.strip());
        } catch (RuntimeException e) {
          return null;
        }
      }

      @Override
      public void write(JsonGenerator out, V value) throws IOException {
        out.writeString(format.apply(value));
      }
    };
  }

  /**
   * Returns a codec of lists; a value that is not a list is refused ("expected a list of …"), and each bad item
   * is reported at its own path while the good ones are kept.
   *
   * @param item the codec of one item
   * @param expected what the items are, such as {@code "account ids"}
   * @param <V> the items' type
   * @return the codec
   * @throws NullPointerException if an argument is null
   */
  public static <V> Codec<List<V>> listOf(Codec<V> item, String expected) {
    requireNonNull(item, "item");
    requireNonNull(expected, "expected");
    return new Codec<>() {
      @Override
      public List<V> read(ObjectFields fields, String path, LocatedNode value) {
        if (value.kind() != LocatedNode.Kind.LIST) {
          fields.fail(path, "expected a list of " + expected + ", but got " + value.describe(), value);
          return null;
        }
        List<LocatedNode> items = value.items();
        List<V> values = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
          V read = item.read(fields, path + "[" + i + "]", items.get(i));
          if (read != null) {
            values.add(read);
          }
        }
        return Collections.unmodifiableList(values);
      }

      @Override
      public void write(JsonGenerator out, List<V> values) throws IOException {
        out.writeStartArray();
        for (V value : values) {
          item.write(out, value);
        }
        out.writeEndArray();
      }
    };
  }

  /**
   * Returns a codec of lists of texts, each item's problem worded with {@code expected}, as in "expected account
   * ids, but got a list".
   *
   * @param expected what the items are, such as {@code "account ids"}
   * @return the codec
   * @throws NullPointerException if {@code expected} is null
   */
  public static Codec<List<String>> texts(String expected) {
    return listOf(text(expected), expected);
  }

  /**
   * Returns a codec of nested objects described by a mapping; a nested object that cannot be read marks the
   * object it belongs to failed too.
   *
   * @param mapping the nested object's mapping
   * @param <T> the nested object's type
   * @return the codec
   * @throws NullPointerException if {@code mapping} is null
   */
  public static <T> Codec<T> object(ObjectMapping<T, ?> mapping) {
    requireNonNull(mapping, "mapping");
    return new Codec<>() {
      @Override
      public T read(ObjectFields fields, String path, LocatedNode value) {
        T read = mapping.read(value, path, fields.problems()).orElse(null);
        if (read == null) {
          fields.markFailed();
        }
        return read;
      }

      @Override
      public void write(JsonGenerator out, T value) throws IOException {
        mapping.write(out, value);
      }
    };
  }

  /**
   * Returns a codec of lists of nested objects in which one field's value is unique: a repeat is reported at the
   * repeated value, as in "district code "york" is used twice; codes are unique".
   *
   * @param mapping the nested objects' mapping
   * @param expected what the items are, for "expected a list of …"
   * @param field the field whose text must be unique
   * @param repeated the message for a repeated value, given the value
   * @param <T> the nested objects' type
   * @return the codec
   * @throws NullPointerException if an argument is null
   */
  public static <T> Codec<List<T>> listOfUnique(
      ObjectMapping<T, ?> mapping, String expected, String field, Function<String, String> repeated) {
    requireNonNull(field, "field");
    requireNonNull(repeated, "repeated");
    Codec<List<T>> list = listOf(object(mapping), expected);
    return new Codec<>() {
      @Override
      public List<T> read(ObjectFields fields, String path, LocatedNode value) {
        List<T> values = list.read(fields, path, value);
        if (values != null) {
          Set<String> seen = new HashSet<>();
          List<LocatedNode> items = value.items();
          for (int i = 0; i < items.size(); i++) {
            LocatedNode key = items.get(i).fields().get(field);
            if (key != null && (key.isText() || key.isNumber()) && !seen.add(key.text())) {
              fields.fail(path + "[" + i + "]." + field, repeated.apply(key.text()), key);
            }
          }
        }
        return values;
      }

      @Override
      public void write(JsonGenerator out, List<T> values) throws IOException {
        list.write(out, values);
      }
    };
  }

  /** Whether a scalar of this kind is read as text: text, or a number kept as written. */
  private static boolean isText(LocatedNode.Kind kind) {
    return kind == LocatedNode.Kind.TEXT || kind == LocatedNode.Kind.NUMBER;
  }

  private static Instant instant(String text) {
    try {
      return TimeText.instant(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}

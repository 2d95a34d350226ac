package io.github.accountgovernance.core.files;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.api.PublicAPI;
import java.io.IOException;

/**
 * How one kind of value is read from a file and written back: a text, a date, a list of weekly windows, a nested
 * object. An {@link ObjectMapping} names each field of an object with its codec, and uses the same codec in both
 * directions, so that what a file may say and what a writer writes cannot drift apart.
 *
 * <p>Reading reports a bad value as a problem through the {@link ObjectFields} of the object being read (which
 * marks the object failed) and returns null; it never throws for bad input. Writing writes the value alone: the
 * field name has been written already.
 *
 * <pre>{@code
 * Codec<LocalDate> date = Codecs.date();
 * LocalDate expires = date.read(fields, "waivers[0].expires", node); // null, and a problem, for "soon"
 * date.write(generator, LocalDate.of(2021, 6, 30));               // 2021-06-30
 * }</pre>
 *
 * <p>Implementations should be stateless, and so thread-safe; {@link Codecs} has the common ones.
 *
 * @param <V> the value's type
 */
@PublicAPI(usage = PublicAPI.Usage.INHERITANCE)
public interface Codec<V> {

  /**
   * Reads a value, reporting a bad one.
   *
   * @param fields the object the value belongs to, through which problems are reported
   * @param path the value's path, such as {@code accounts[3].monitoredHours[1]}
   * @param value the value as read, never {@linkplain LocatedNode#isNull() null}
   * @return the value, or null after reporting why it could not be read
   */
  V read(ObjectFields fields, String path, LocatedNode value);

  /**
   * Reads a good scalar value quickly, reporting nothing: an {@link ObjectMapping} reading an entry of a big list
   * tries this first for each field, and reads the whole entry again with {@link #read} (which reports why) if any
   * field returns null. It must return null wherever {@code read} would report a problem, and elsewhere null or a
   * value equal to the one {@code read} returns; the default returns null, so a codec need not read quickly.
   *
   * @param fields the object the value belongs to, for {@link ObjectFields#canonical}
   * @param kind the value's kind: {@link LocatedNode.Kind#TEXT}, {@link LocatedNode.Kind#NUMBER} or
   *     {@link LocatedNode.Kind#BOOLEAN}
   * @param text the value's text as written
   * @return the value, or null if it must be read with {@link #read}
   */
  default V readScalar(ObjectFields fields, LocatedNode.Kind kind, String text) {
    return null;
  }

  /**
   * Writes a value.
   *
   * @param out where to write, just after the field's name (or inside a list)
   * @param value the value, not null
   * @throws IOException if writing fails
   */
  void write(JsonGenerator out, V value) throws IOException;
}

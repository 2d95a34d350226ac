package io.github.accountgovernance.rules.files;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.LocatedReader;
import io.github.accountgovernance.core.files.ObjectFields;
import io.github.accountgovernance.core.files.Output;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.files.Syntax;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What waiver files, baseline files and JSON reports share: reading a file, a root object with an optional
 * {@code schema} and one list, building values without losing problems, and writing the same shape back.
 */
final class GovernanceFiles {

  /** Reads one item of a file's list. */
  interface ItemReader<T> {
    Optional<T> read(LocatedNode node, String path, Problems problems);
  }

  /** Writes one item of a file's list. */
  interface ItemWriter<T> {
    void write(JsonGenerator out, T item) throws IOException;
  }

  private GovernanceFiles() {}

  /**
   * Reads a UTF-8 file and reads its text with {@code read(reader, fileName)}. A file over the size limit, or
   * with a byte that is not UTF-8, is refused as {@code what} (such as "waiver file") with the byte's offset,
   * line and column.
   */
  static <T> T readFile(Path file, String what, BiFunction<Reader, String, T> read) {
    requireNonNull(file, "file");
    String fileName = file.toString();
    Problems problems = problems(what, fileName);
    LocatedReader reader = LocatedReader.smallFiles(Syntax.forFile(fileName));
    String text;
    try {
      text = reader.utf8(reader.bytes(file, problems), problems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return read.apply(new StringReader(text), fileName);
  }

  /**
   * Starts reading a file: where its problems go, each thrown in an {@link InvalidGovernanceFileException}
   * naming {@code what} (such as "waiver file") and the file.
   */
  static Problems problems(String what, String fileName) {
    return new Problems(fileName, LocatedReader.Limits.smallFiles(),
        problems -> new InvalidGovernanceFileException(what + " " + fileName, problems));
  }

  /**
   * Reads a file whose root object has an optional {@code schema} and one required list, YAML or JSON by the
   * file name, throwing every problem at once.
   */
  static <T> List<T> readList(
      Reader in, String fileName, String what, String schema, String listField, String itemNoun,
      ItemReader<T> item) {
    requireNonNull(in, "in");
    requireNonNull(fileName, "fileName");
    Problems problems = problems(what, fileName);
    LocatedNode root = LocatedReader.smallFiles(Syntax.forFile(fileName)).readTree(in, problems);
    List<T> items = new ArrayList<>();
    ObjectFields.of(root, "", "a " + what, List.of("schema", listField), problems).ifPresent(fields -> {
      fields.otherSchema(schema);
      List<LocatedNode> nodes = fields.list(listField, true, itemNoun);
      for (int i = 0; i < nodes.size(); i++) {
        item.read(nodes.get(i), fields.path(listField) + "[" + i + "]", problems).ifPresent(items::add);
      }
    });
    problems.throwIfAny();
    return items;
  }

  /** Writes {@code {schema, listField: [items]}} as YAML or JSON, ending with a line feed. */
  static <T> String writeList(
      Collection<T> items, Syntax syntax, String schema, String listField, ItemWriter<T> item) {
    StringWriter out = new StringWriter();
    try (JsonGenerator file = Output.generator(out, syntax)) {
      file.writeStartObject();
      file.writeStringField("schema", schema);
      file.writeArrayFieldStart(listField);
      for (T each : items) {
        item.write(file, each);
      }
      file.writeEndArray();
      file.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("a string writer failed", e);
    }
    String text = out.toString();
    return text.endsWith("\n") ? text : text + "\n";
  }

  static void writeFile(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Returns a sorted copy, so that files never depend on the order they were built in; ties are ordered by their
   * full text (the same order as the report formats use).
   */
  static <T extends Comparable<? super T>> List<T> sorted(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.<T>naturalOrder().thenComparing(Object::toString));
    return copy;
  }
}

package io.github.accountgovernance.rules.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.rules.internal.LocatedNode;
import io.github.accountgovernance.rules.internal.LocatedReader;
import io.github.accountgovernance.rules.internal.LocatedReader.Syntax;
import io.github.accountgovernance.rules.internal.ObjectFields;
import io.github.accountgovernance.rules.internal.Output;
import io.github.accountgovernance.rules.internal.Problems;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

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

  /** Opens a UTF-8 file and reads it with {@code read(reader, fileName)}. */
  static <T> T readFile(Path file, BiFunction<Reader, String, T> read) {
    requireNonNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read.apply(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a file whose root object has an optional {@code schema} and one required list, YAML or JSON by the
   * file name, throwing every problem at once.
   */
  static <T> List<T> readList(
      Reader in, String fileName, String what, String schema, String listField, ItemReader<T> item) {
    requireNonNull(in, "in");
    requireNonNull(fileName, "fileName");
    Problems problems = new Problems();
    LocatedNode root = LocatedReader.read(fileName, in, Syntax.forFile(fileName), problems);
    List<T> items = new ArrayList<>();
    if (problems.isEmpty()) {
      ObjectFields.of(root, "", problems, Set.of("schema", listField)).ifPresent(fields -> {
        checkSchema(fields, schema, problems);
        List<LocatedNode> nodes = fields.array(listField, true);
        for (int i = 0; i < nodes.size(); i++) {
          item.read(nodes.get(i), listField + "[" + i + "]", problems).ifPresent(items::add);
        }
      });
    }
    if (!problems.isEmpty()) {
      throw new InvalidGovernanceFileException(what + " " + fileName, problems.list());
    }
    return items;
  }

  /** Records a problem if the file states a schema other than the expected one; stating none is fine. */
  static void checkSchema(ObjectFields fields, String expected, Problems problems) {
    Optional<String> schema = fields.string("schema");
    if (schema.isPresent() && !schema.get().equals(expected)) {
      problems.add("schema", fields.node("schema").orElseThrow().location(),
          "this reader reads schema \"" + expected + "\", not \"" + schema.get() + "\"");
    }
  }

  /**
   * Builds a value if reading its parts added no problem since {@code before}; a value the model refuses
   * becomes a problem at the object, so that one bad item never hides the others.
   */
  static <T> Optional<T> build(Problems problems, int before, ObjectFields fields, String path, Supplier<T> build) {
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(path, fields.location(), e.getMessage());
      return Optional.empty();
    }
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
}

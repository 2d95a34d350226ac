package io.github.accountgovernance.core.files;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;

/**
 * The one writer of the library's JSON and YAML files, so that estates, waivers, baselines and reports look
 * alike and come out the same byte for byte: two-space indentation, {@code \n} line endings whatever the
 * platform, {@code "name": value} spacing, no line splitting, and text that looks like a number kept in quotes.
 *
 * <pre>{@code
 * try (JsonGenerator out = Output.generator(writer, Syntax.YAML)) {
 *   out.writeStartObject();
 *   out.writeStringField("schema", "account-governance/waivers@1");
 *   out.writeEndObject();
 * }
 * }</pre>
 *
 * <p>Thread-safe: the factories are immutable once built.
 */
public final class Output {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          // Text that looks like a number (a collar number such as "1402") stays text for every YAML reader.
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
          .build();

  private Output() {}

  /**
   * Returns a JSON or YAML generator over a writer, as the syntax says; closing it flushes but does not close
   * the writer.
   *
   * @param out where to write
   * @param syntax JSON or YAML
   * @return the generator
   * @throws NullPointerException if an argument is null
   * @throws IOException if the generator cannot be created
   */
  public static JsonGenerator generator(Writer out, Syntax syntax) throws IOException {
    requireNonNull(out, "out");
    return requireNonNull(syntax, "syntax") == Syntax.JSON ? json(out) : yaml(out);
  }

  /**
   * Returns a pretty-printing JSON generator over a writer; closing it flushes but does not close the writer.
   *
   * @param out where to write
   * @return the generator
   * @throws IOException if the generator cannot be created
   */
  public static JsonGenerator json(Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    JsonGenerator generator = JSON.createGenerator(out);
    // The target, not the generator, is closed by whoever opened it.
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setPrettyPrinter(printer);
    return generator;
  }

  private static JsonGenerator yaml(Writer out) throws IOException {
    JsonGenerator generator = YAML.createGenerator(out);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return generator;
  }
}

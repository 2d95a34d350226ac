package io.github.accountgovernance.core.files;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;

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
      new EscapingFactory(YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          // Text that looks like a number (a collar number such as "1402") stays text for every YAML reader.
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
          .stringQuotingChecker(new Escaping()));

  /** Builds the generators that write a multi-line text in double quotes when a literal block would change it. */
  private static final class EscapingFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    EscapingFactory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLGenerator _createGenerator(Writer out, IOContext context) throws IOException {
      return new EscapingGenerator(context, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker,
          _objectCodec, out, _version);
    }
  }

  /**
   * Writes a text with a line break as a literal block, as Jackson does, unless it also holds a character that
   * a literal block cannot keep (NEL, a separator, a control character: see {@link Escaping}); that one goes in
   * double quotes, with escapes.
   */
  private static final class EscapingGenerator extends YAMLGenerator {
    EscapingGenerator(IOContext context, int features, int yamlFeatures, StringQuotingChecker checker,
        ObjectCodec codec, Writer out, DumperOptions.Version version) throws IOException {
      // The same constructor Jackson's own factory uses when no DumperOptions are given (none are here).
      super(context, features, yamlFeatures, checker, codec, out, version);
    }

    @Override
    protected void _writeScalar(String value, String type, DumperOptions.ScalarStyle style) throws IOException {
      super._writeScalar(value, type,
          style != DumperOptions.ScalarStyle.DOUBLE_QUOTED && Escaping.needsEscapes(value)
              ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
              : style);
    }
  }

  /**
   * Puts in double quotes, where YAML escapes them, the texts that plain or single-quoted YAML would change: a
   * text with NEL (U+0085), a line or paragraph separator (U+2028, U+2029), a byte-order mark (U+FEFF), a
   * control character or a non-character, which YAML reads as line breaks or does not allow unescaped. Without
   * this, a text of only NEL was written as a space and then refused when read back.
   */
  private static final class Escaping extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteName(String name) {
      return needsEscapes(name) || super.needToQuoteName(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return needsEscapes(value) || super.needToQuoteValue(value);
    }

    static boolean needsEscapes(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF
            || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
          return true;
        }
      }
      return false;
    }
  }

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

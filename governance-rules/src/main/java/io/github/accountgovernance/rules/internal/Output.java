package io.github.accountgovernance.rules.internal;

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
 * Deterministic JSON, YAML and XML output: two-space indentation, {@code \n} line endings whatever the
 * platform, {@code "name": value} spacing, and XML escaping that never emits a character XML 1.0 forbids.
 *
 * <p>Thread-safe: the factories are immutable once built.
 */
public final class Output {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private Output() {}

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
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setPrettyPrinter(printer);
    return generator;
  }

  /**
   * Returns a JSON or YAML generator over a writer, as the syntax says; closing it does not close the writer.
   *
   * @param out where to write
   * @param syntax JSON or YAML
   * @return the generator
   * @throws IOException if the generator cannot be created
   */
  public static JsonGenerator generator(Writer out, LocatedReader.Syntax syntax) throws IOException {
    if (syntax == LocatedReader.Syntax.JSON) {
      return json(out);
    }
    JsonGenerator generator = YAML.createGenerator(out);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return generator;
  }

  /**
   * Escapes text for an XML attribute: {@code & < > " '} as entities, tab, line feed and carriage return as
   * character references (so a parser keeps them), and characters XML 1.0 forbids (other controls, lone
   * surrogates, U+FFFE/U+FFFF) as U+FFFD.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String xmlAttribute(String text) {
    return xml(text, true);
  }

  /**
   * Escapes text for XML element content: as {@link #xmlAttribute(String)}, but tab and line feed stay literal
   * so that the text reads as written.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String xmlText(String text) {
    return xml(text, false);
  }

  private static String xml(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&apos;");
          break;
        case '\t':
          out.append(attribute ? "&#9;" : "\t");
          break;
        case '\n':
          out.append(attribute ? "&#10;" : "\n");
          break;
        case '\r':
          out.append("&#13;");
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }
}

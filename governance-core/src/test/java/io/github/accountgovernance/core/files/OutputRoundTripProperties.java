package io.github.accountgovernance.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.problem.InvalidFileException;
import io.github.accountgovernance.core.testing.Theories;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every Unicode scalar value survives the library's one writer ({@link Output}, used by the estate, waiver,
 * baseline and report writers) and the located reader, in YAML and JSON, as a field's value and as a field's
 * name: strings drawn from the classes of code points that YAML treats specially (C0 and C1 controls, NEL
 * U+0085, LS U+2028, PS U+2029, the byte-order mark U+FEFF, other non-characters), white space at either end,
 * quotes and YAML indicators, and astral characters, mixed with ordinary letters.
 */
final class OutputRoundTripProperties {

  private static final int[][] CLASSES = {
    {0x0000, 0x001F}, // C0 controls, tab and line feed included
    {0x007F, 0x009F}, // DEL and C1 controls, NEL U+0085 included
    {0x0085, 0x0085}, // NEL, which YAML 1.1 takes for a line break
    {0x2028, 0x2029}, // line and paragraph separators
    {0xFEFF, 0xFEFF}, // byte-order mark
    {0xFFFE, 0xFFFF}, // non-characters
    {0xD7FF, 0xD7FF}, // the last code point before the surrogates
    {0xE000, 0xE000}, // the first after them
    {0x10000, 0x10FFFF}, // astral planes
    {0x1F600, 0x1F64F}, // emoji
    {0x0020, 0x007E}, // ASCII: spaces, quotes, #, :, -, &, *, !, |, >, %, @, `
    {0x00A0, 0x00FF}, // Latin-1, no-break space included
    {0x0041, 0x005A}, // letters
  };

  private static Gen<Integer> codePoints() {
    return integers().between(0, CLASSES.length - 1)
        .flatMap(c -> integers().between(CLASSES[c][0], CLASSES[c][1]));
  }

  private static Gen<String> texts() {
    return lists().of(codePoints()).ofSizeBetween(0, 12).map(points -> {
      StringBuilder text = new StringBuilder();
      points.forEach(text::appendCodePoint);
      return text.toString();
    });
  }

  private static String write(Syntax syntax, String name, String value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator file = Output.generator(out, syntax)) {
      file.writeStartObject();
      file.writeStringField("value", value);
      file.writeStringField(name.isEmpty() ? "name" : "n" + name, "x");
      file.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static LocatedNode read(Syntax syntax, String text) {
    Problems problems = new Problems("file", LocatedReader.Limits.smallFiles(),
        list -> new InvalidFileException("the file", list));
    return LocatedReader.smallFiles(syntax).readTree(text, problems);
  }

  private static void roundTrips(Syntax syntax, String value, String name) {
    String text = write(syntax, name, value);
    LocatedNode root = read(syntax, text);
    assertThat(root.fields().get("value").text()).as("%s written as %s", codes(value), text).isEqualTo(value);
    assertThat(root.fields()).as("name %s written as %s", codes(name), text)
        .containsKey(name.isEmpty() ? "name" : "n" + name);
  }

  private static String codes(String text) {
    StringBuilder codes = new StringBuilder();
    text.codePoints().forEach(c -> codes.append(String.format("U+%04X ", c)));
    return codes.toString().strip();
  }

  @Test
  void everyScalarValue_survivesYamlAndJson() {
    Theories.qt().withExamples(3_000).forAll(texts(), texts()).checkAssert((value, name) -> {
      roundTrips(Syntax.YAML, value, name);
      roundTrips(Syntax.JSON, value, name);
    });
  }

  @Test
  void eachSpecialCodePoint_alone_andBetweenLetters_survives() {
    for (int c : new int[] {0x0085, 0x2028, 0x2029, 0xFEFF, 0x0009, 0x000A, 0x000D, 0x0000, 0x001B, 0x007F, 0x00A0,
        0xFFFE, 0x1F600, 0x10FFFF}) {
      String alone = new String(Character.toChars(c));
      for (String value : List.of(alone, "a" + alone + "b", alone + " ", " " + alone)) {
        roundTrips(Syntax.YAML, value, value);
        roundTrips(Syntax.JSON, value, value);
      }
    }
  }

  @Test
  void aLoneSurrogate_isNoScalarValue_andIsWrittenAsAnEscapeInYamlAndAsItIsInJson() {
    // Half of a UTF-16 pair is no Unicode scalar value and has no UTF-8 form. YAML escapes it (\uD800) and
    // reads it back; JSON keeps it in the written string, and a UTF-8 file would hold "?" in its place.
    for (String lone : List.of("\ud800", "a\udc00b")) {
      String yaml = write(Syntax.YAML, "n", lone);
      assertThat(yaml).doesNotContain(lone);
      assertThat(read(Syntax.YAML, yaml).fields().get("value").text()).isEqualTo(lone);
      assertThat(write(Syntax.JSON, "n", lone)).contains(lone);
    }
  }

}

package io.github.accountgovernance.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The located reader's YAML parsers give the same tokens, texts and places as Jackson's own: the plain scalars
 * they type as text without the YAML library's patterns are exactly those the patterns would have typed as text.
 */
final class YamlParsersTest {

  private static final YAMLFactory JACKSON = YAMLFactory.builder().build();
  private static final YamlParsers OURS = new YamlParsers(YAMLFactory.builder());

  /** Every token as its kind, text and place, or the syntax error's message. */
  private static List<String> tokens(YAMLFactory factory, String text, boolean ours) {
    List<String> tokens = new ArrayList<>();
    try (JsonParser parser = factory.createParser(text.getBytes(StandardCharsets.UTF_8))) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        int line;
        int column;
        if (ours) {
          line = ((YamlParsers.Parser) parser).tokenLine();
          column = ((YamlParsers.Parser) parser).tokenColumn();
        } else {
          JsonLocation at = parser.currentTokenLocation();
          line = at.getLineNr();
          column = at.getColumnNr();
        }
        tokens.add(token + " " + parser.getText() + " @" + line + ":" + column);
      }
    } catch (IOException | RuntimeException e) {
      tokens.add("error " + e.getClass().getSimpleName());
    }
    return tokens;
  }

  private static void assertSame(String text) {
    assertThat(tokens(OURS, text, true)).as(text.replace(" ", "·")).isEqualTo(tokens(JACKSON, text, false));
  }

  @Test
  void typesTheScalarsOfAnEstateAsJacksonDoes() {
    for (String value : List.of("2021-04-06", "2021-04-06T00:00:00Z", "2021-04-06T01:00:00+01:00",
        "2021-04-06 10:00:00", "1402", "0x1F", "0o17", "017", "0b101", "1_000", "1e5", "1E-5", "1.5e+3", "-12",
        "+3", ".5", ".inf", "-.inf", ".NaN", "12:30", "190:20:30", "1-2", "1e-2", "1E-2-3", "3 T", "2T", "yes",
        "Yes", "NO", "on", "Off", "true", "FALSE", "False", "falsey", "Nothing", "null", "Null", "NULL", "~",
        "nullable", "Tuesday", "Tue 09:00-17:00", "Mon-Fri 08:00-18:00", "acc-00001", "@NYP_York", "York",
        "Tom", "n", "y", "<<", "=", "O'Neil", "offside", "Thursday 00:00-24:00")) {
      assertSame("a: " + value + "\n");
      assertSame("- " + value + "\n- '" + value + "'\n- \"" + value + "\"\n- !!str " + value + "\n");
    }
  }

  @Test
  void typesRandomPlainScalarsAsJacksonDoes() {
    String alphabet = "0123456789-+.eExXoObBTZ: _aAfFInNuUlLsSyYtr~<=";
    Random random = new Random(13);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder value = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int j = 0; j < length; j++) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSame("k: " + value + "\n");
    }
  }

  @Test
  void placesEveryTokenAsJacksonDoes() {
    assertSame("schema: x\nforce:\n  name: North\n  districts:\n    - {code: Y, name: York}\n"
        + "accounts: [1, 2.5, true, ~, 2021-04-06]\n");
    assertSame("");
    assertSame("# only a comment\n");
  }

  @Test
  void onlyTextIsFalseForWhatCouldBeANumberBooleanOrNull() {
    assertThat(YamlParsers.Parser.onlyText("")).isFalse();
    assertThat(YamlParsers.Parser.onlyText("1e-5")).isFalse();
    assertThat(YamlParsers.Parser.onlyText("false")).isFalse();
    assertThat(YamlParsers.Parser.onlyText("-1")).isFalse();
    assertThat(YamlParsers.Parser.onlyText("2021-04-06")).isTrue();
    assertThat(YamlParsers.Parser.onlyText("Tuesday")).isTrue();
    assertThat(YamlParsers.Parser.onlyText("acc-1")).isTrue();
  }
}

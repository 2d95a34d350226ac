package io.github.accountgovernance.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.problem.InvalidFileException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the located reader refuses before a parser sees the file: a YAML line longer than any value may be (the
 * YAML parser scans one long value in time that grows with the square of its length), and bytes that are not
 * UTF-8, each with the place. No timing assertions: the long line is refused by its length.
 */
final class YamlLinesAndUtf8Test {

  /** Texts of at most 100 characters, so that a line may have 1,124. */
  private static final LocatedReader.Limits LIMITS = new LocatedReader.Limits(64L << 20, 64, 100, 1000, 100,
      name -> " (ReadLimits." + name + ")", "");
  private static final LocatedReader YAML = LocatedReader.of(Syntax.YAML, LIMITS, "(document)");
  private static final LocatedReader JSON = LocatedReader.of(Syntax.JSON, LIMITS, "(document)");

  private static Problems problems() {
    return new Problems("file.yaml", LIMITS, list -> new InvalidFileException("the file", list));
  }

  private static List<String> refusal(Runnable read) {
    return LocatedReaderTest.problemsOf(read);
  }

  @Test
  void aYamlLineLongerThanAnyValue_isRefusedAtItsLineBeforeParsing() {
    String text = "a: 1\nb: " + "x".repeat(1_200) + "\n";

    assertThat(refusal(() -> YAML.readTree(text, problems())))
        .containsExactly("file.yaml:2:1: (document): line 2 is longer than 1,124 characters, which no value allowed"
            + " here needs: a text may have at most 100 characters, the limit for untrusted files"
            + " (ReadLimits.maxStringLength); break the line (a long text can go on over several lines, indented"
            + " under its field), or write the file as JSON");
    assertThat(refusal(() -> readBytes(text.getBytes(StandardCharsets.UTF_8)))).singleElement()
        .satisfies(p -> assertThat(p).startsWith("file.yaml:2:1: (document): line 2 is longer than 1,124"));
  }

  @Test
  void aLineOfExactlyTheLongestLength_isReadAndCountedInCharactersNotBytes() {
    // 1,124 characters of which 1,000 take two bytes: within the cap in characters, over it in bytes.
    String line = "# " + "\u00e9".repeat(1_000) + "y".repeat(122);
    assertThat(line.length()).isEqualTo(YamlLines.longest(LIMITS));
    String text = line + "\na: 1\n";

    assertThat(YAML.readTree(text, problems()).fields()).containsKey("a");
    assertThat(readBytes(text.getBytes(StandardCharsets.UTF_8)).fields()).containsKey("a");
    assertThat(refusal(() -> YAML.readTree(line + "z\n", problems()))).singleElement()
        .satisfies(p -> assertThat(p).startsWith("file.yaml:1:1:"));
  }

  @Test
  void jsonLines_areNotCapped() {
    String text = "{\"a\": [" + "1, ".repeat(900) + "1]}";

    assertThat(JSON.readTree(text, problems()).fields().get("a").items()).hasSize(901);
  }

  @Test
  void invalidUtf8_isRefusedAtItsByteWithLineAndColumn() {
    byte[] bytes = "a: 1\nb: caf\u00e9 \u00e9\n".getBytes(StandardCharsets.UTF_8);
    // "b: caf" is 6 bytes after the line feed at 4; é is C3 A9 at 11 and 12, then a space, then é at 14.
    bytes[15] = (byte) 0x41;

    assertThat(refusal(() -> readBytes(bytes)))
        .containsExactly("file.yaml:2:9: (document): the file is not UTF-8 text: at byte offset 14 (counting from"
            + " 0), 0xC3 is not a UTF-8 character; save the file as UTF-8");
    assertThat(refusal(() -> YAML.utf8(new byte[] {'a', (byte) 0xE2, (byte) 0x82}, problems()))).singleElement()
        .satisfies(p -> assertThat(p).startsWith("file.yaml:1:2:").contains("byte offset 1", "0xE2 0x82"));
    assertThat(YAML.utf8("\u00e9\ud83d\ude00".getBytes(StandardCharsets.UTF_8), problems()))
        .isEqualTo("\u00e9\ud83d\ude00");
  }

  @Test
  void jsonInUtf16_isLeftToTheJsonParser() {
    byte[] bytes = "{\"a\": 1}".getBytes(StandardCharsets.UTF_16);

    assertThat(Utf8.isWideJson(bytes)).isTrue();
    assertThat(Utf8.isWideJson("{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE))).isTrue();
    assertThat(Utf8.isWideJson("{}".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  private static LocatedNode readBytes(byte[] bytes) {
    Problems problems = problems();
    try {
      return YAML.read(bytes, problems, cursor -> cursor.value(cursor.next(), 1, ""));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}

package io.github.accountgovernance.core.model;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.testing.EstateGens;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

final class PlatformProperties {

  /** Examples per property without a count of its own: 1,000, as many as each has always run. */
  private static final int EXAMPLES = 1000;

  /** Letters, digits, the characters some platforms allow, and some none allows; lengths around every limit. */
  static Gen<String> texts() {
    return strings("aZ09_.-é", 0, 35);
  }

  /** Strings of the given characters, shrinking towards shorter ones of the first. */
  static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).toList();
    return SourceDSL.lists()
        .of(Generate.pick(chars))
        .ofSizeBetween(minLength, maxLength)
        .map(list -> list.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** DOMAIN.md NAM-1, written with loops rather than the regular expressions Platform uses. */
  private static boolean nam1(Platform platform, String text) {
    switch (platform) {
      case X:
        return text.length() >= 1 && text.length() <= 15 && allOf(text, "_");
      case INSTAGRAM:
        return text.length() >= 1
            && text.length() <= 30
            && allOf(text, "._")
            && text.charAt(0) != '.'
            && text.charAt(text.length() - 1) != '.'
            && !text.contains("..");
      case FACEBOOK:
        return text.length() >= 5 && allOf(text, ".");
      default:
        throw new IllegalArgumentException("unknown platform " + platform);
    }
  }

  private static boolean allOf(String text, String extra) {
    for (char c : text.toCharArray()) {
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && extra.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  @Test
  void accepts_matchesTheNam1Syntax() {
    qt().withExamples(3000).forAll(Generate.enumValues(Platform.class), texts()).checkAssert((platform, text) -> {
      assertThat(platform.accepts(text)).as("%s accepts \"%s\"", platform, text).isEqualTo(nam1(platform, text));
    });
  }

  private record Sample(Platform platform, String text) {}

  /** Each platform as likely, and texts for it. */
  private static Gen<Sample> onEveryPlatform(Function<Platform, Gen<String>> texts) {
    List<Pair<Integer, Gen<Sample>>> platforms = new ArrayList<>();
    for (Platform platform : Platform.values()) {
      platforms.add(Pair.of(1, texts.apply(platform).map(text -> new Sample(platform, text))));
    }
    return Generate.frequency(platforms);
  }

  static Gen<Sample> valid() {
    return onEveryPlatform(EstateGens::validHandleTexts);
  }

  static Gen<Sample> invalid() {
    return onEveryPlatform(EstateGens::invalidHandleTexts);
  }

  @Test
  void validHandleTexts_fitNam1() {
    qt().withExamples(EXAMPLES).forAll(valid()).checkAssert(sample -> {
      assertThat(nam1(sample.platform(), sample.text())).isTrue();
      assertThat(Handle.of(sample.platform(), sample.text()).isValidOnPlatform()).isTrue();
    });
  }

  @Test
  void invalidHandleTexts_breakNam1ButMakeHandles() {
    qt().withExamples(EXAMPLES).forAll(invalid()).checkAssert(sample -> {
      assertThat(nam1(sample.platform(), sample.text())).isFalse();
      assertThat(Handle.of(sample.platform(), sample.text()).value()).isEqualTo(sample.text());
    });
  }

  @Test
  void accepts_pinsTheSeedHandlesAndTheLimits() {
    assertThat(Platform.X.accepts("NYPRoadCrime")).isTrue();
    assertThat(Platform.X.accepts("NYorksPolice123")).isTrue();
    assertThat(Platform.X.accepts("NYorksPolice1234")).isFalse();
    assertThat(Platform.INSTAGRAM.accepts("nyp.york")).isTrue();
    assertThat(Platform.INSTAGRAM.accepts("nyp..york")).isFalse();
    assertThat(Platform.INSTAGRAM.accepts(".nypyork")).isFalse();
    assertThat(Platform.FACEBOOK.accepts("NYP.York")).isTrue();
    assertThat(Platform.FACEBOOK.accepts("NYP_York")).isFalse();
    assertThat(Platform.FACEBOOK.accepts("nyp")).isFalse();
  }
}

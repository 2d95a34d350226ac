package io.github.accountgovernance.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.testing.EstateArbitraries;
import java.util.Arrays;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class PlatformProperties {

  /** Letters, digits, the characters some platforms allow, and some none allows; lengths around every limit. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("aZ09_.-é").ofMinLength(0).ofMaxLength(35);
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

  @Property(tries = 3000)
  void accepts_matchesTheNam1Syntax(@ForAll Platform platform, @ForAll("texts") String text) {
    assertThat(platform.accepts(text)).as("%s accepts \"%s\"", platform, text).isEqualTo(nam1(platform, text));
  }

  private record Sample(Platform platform, String text) {}

  private static Arbitrary<Sample> onEveryPlatform(Function<Platform, Arbitrary<String>> texts) {
    return Arbitraries.oneOf(
        Arrays.stream(Platform.values())
            .map(platform -> texts.apply(platform).map(text -> new Sample(platform, text)))
            .toList());
  }

  @Provide
  Arbitrary<Sample> valid() {
    return onEveryPlatform(EstateArbitraries::validHandleTexts);
  }

  @Provide
  Arbitrary<Sample> invalid() {
    return onEveryPlatform(EstateArbitraries::invalidHandleTexts);
  }

  @Property
  void validHandleTexts_fitNam1(@ForAll("valid") Sample sample) {
    assertThat(nam1(sample.platform(), sample.text())).isTrue();
    assertThat(Handle.of(sample.platform(), sample.text()).isValidOnPlatform()).isTrue();
  }

  @Property
  void invalidHandleTexts_breakNam1ButMakeHandles(@ForAll("invalid") Sample sample) {
    assertThat(nam1(sample.platform(), sample.text())).isFalse();
    assertThat(Handle.of(sample.platform(), sample.text()).value()).isEqualTo(sample.text());
  }

  @Example
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

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

  /** Every built-in platform and EstateGens' declared one, each as likely. */
  static Gen<Platform> platforms() {
    List<Platform> all = new ArrayList<>(Platform.builtIns());
    all.add(EstateGens.DECLARED_PLATFORM);
    return Generate.pick(all);
  }

  /**
   * DOMAIN.md NAM-1 and its 2026 platforms table (the sources are named in Platform), written with loops rather
   * than the regular expressions Platform uses.
   */
  private static boolean nam1(Platform platform, String text) {
    int n = text.length();
    if (platform == Platform.X) {
      return n >= 1 && n <= 15 && allOf(text, "_");
    }
    if (platform == Platform.INSTAGRAM || platform == Platform.THREADS) {
      return n >= 1
          && n <= 30
          && allOf(text, "._")
          && text.charAt(0) != '.'
          && text.charAt(n - 1) != '.'
          && !text.contains("..");
    }
    if (platform == Platform.FACEBOOK) {
      return n >= 5 && allOf(text, ".");
    }
    if (platform == Platform.TIKTOK) {
      return n >= 2 && n <= 24 && allOf(text, "_.") && text.charAt(n - 1) != '.';
    }
    if (platform == Platform.YOUTUBE) {
      return n >= 3 && n <= 30 && allOf(text, "_.-");
    }
    if (platform == Platform.BLUESKY) {
      String[] labels = text.split("\\.", -1);
      if (labels.length < 2) {
        return false;
      }
      for (String label : labels) {
        if (label.isEmpty() || label.length() > 63 || !allOf(label, "-") || label.startsWith("-")
            || label.endsWith("-")) {
          return false;
        }
      }
      char tldStart = labels[labels.length - 1].charAt(0);
      return !(tldStart >= '0' && tldStart <= '9');
    }
    if (platform == Platform.LINKEDIN) {
      return n >= 2 && n <= 100 && allOf(text, "-");
    }
    if (platform == Platform.NEXTDOOR) {
      return n >= 2 && n <= 100 && allOf(text, "-") && text.charAt(0) != '-' && text.charAt(n - 1) != '-';
    }
    if (platform.equals(EstateGens.DECLARED_PLATFORM)) {
      return n >= 1 && n <= 30 && allOf(text, "_");
    }
    throw new IllegalArgumentException("unknown platform " + platform);
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
    qt().withExamples(3000).forAll(platforms(), texts()).checkAssert((platform, text) -> {
      assertThat(platform.accepts(text)).as("%s accepts \"%s\"", platform, text).isEqualTo(nam1(platform, text));
    });
  }

  private record Sample(Platform platform, String text) {}

  /** Each platform as likely, and texts for it. */
  private static Gen<Sample> onEveryPlatform(Function<Platform, Gen<String>> texts) {
    List<Pair<Integer, Gen<Sample>>> platforms = new ArrayList<>();
    List<Platform> all = new ArrayList<>(Platform.builtIns());
    all.add(EstateGens.DECLARED_PLATFORM);
    for (Platform platform : all) {
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

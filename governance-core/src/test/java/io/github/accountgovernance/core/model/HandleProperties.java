package io.github.accountgovernance.core.model;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class HandleProperties {

  /** Examples per property: 1,000, as many as each of these properties has always run. */
  private static final int EXAMPLES = 1000;

  /** Few letters, upper and lower case, dots and underscores, so that equivalent pairs come up often. */
  static Gen<String> texts() {
    return PlatformProperties.strings("aAbB._", 1, 4);
  }

  static Gen<Platform> platforms() {
    return PlatformProperties.platforms();
  }

  /** Written from DOMAIN.md NAM-3 without looking at Platform.equivalenceKey. */
  private static boolean sameName(Platform platform, String a, String b) {
    if (platform == Platform.FACEBOOK) {
      return a.replace(".", "").equalsIgnoreCase(b.replace(".", ""));
    }
    return a.equalsIgnoreCase(b);
  }

  @Test
  void equals_followsThePlatformsEquivalence() {
    qt().withExamples(EXAMPLES).forAll(platforms(), texts(), texts()).checkAssert((platform, a, b) -> {
      assertThat(Handle.of(platform, a).equals(Handle.of(platform, b))).isEqualTo(sameName(platform, a, b));
    });
  }

  @Test
  void hashCode_agreesWithEquals() {
    qt().withExamples(EXAMPLES).forAll(platforms(), texts(), texts()).checkAssert((platform, a, b) -> {
      Handle one = Handle.of(platform, a);
      Handle other = Handle.of(platform, b);
      if (one.equals(other)) {
        assertThat(one.hashCode()).isEqualTo(other.hashCode());
      }
    });
  }

  @Test
  void compareTo_isZeroExactlyWhenEqual() {
    qt().withExamples(EXAMPLES).forAll(platforms(), texts(), platforms(), texts()).checkAssert((p, a, q, b) -> {
      Handle one = Handle.of(p, a);
      Handle other = Handle.of(q, b);
      assertThat(one.compareTo(other) == 0).isEqualTo(one.equals(other));
    });
  }

  @Test
  void equals_ignoresCaseOnEveryPlatform() {
    qt().withExamples(EXAMPLES).forAll(platforms(), texts()).checkAssert((platform, text) -> {
      Handle handle = Handle.of(platform, text);

      assertThat(Handle.of(platform, text.toUpperCase(Locale.ROOT))).isEqualTo(handle).hasSameHashCodeAs(handle);
      assertThat(Handle.of(platform, "@" + text.toLowerCase(Locale.ROOT))).isEqualTo(handle);
    });
  }

  @Test
  void equals_neverMatchesAcrossPlatforms() {
    qt().withExamples(EXAMPLES).forAll(platforms(), platforms(), texts()).checkAssert((p, q, text) -> {
      if (p != q) {
        assertThat(Handle.of(p, text)).isNotEqualTo(Handle.of(q, text));
      }
    });
  }

  @Test
  void facebook_ignoresDotsButX_doesNot() {
    assertThat(Handle.of(Platform.FACEBOOK, "nyp.york")).isEqualTo(Handle.of(Platform.FACEBOOK, "NYPYork"));
    assertThat(Handle.of(Platform.INSTAGRAM, "nyp.york")).isNotEqualTo(Handle.of(Platform.INSTAGRAM, "NYPYork"));
    assertThat(Handle.of(Platform.X, "NYP_York")).isEqualTo(Handle.of(Platform.X, "@nyp_york"));
  }

  /** Built-in platforms and declared ones of every shape: case-sensitive, ignoring characters, any prefix. */
  static Gen<Platform> anyPlatforms() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(1, platforms()),
        org.quicktheories.api.Pair.of(1, io.github.accountgovernance.core.testing.EstateGens.declaredPlatforms()));
  }

  /** Few characters, with the ones declared platforms ignore, so equivalent handles come up often. */
  static Gen<String> declaredTexts() {
    return PlatformProperties.strings("aAbB._-", 1, 4);
  }

  @Test
  void equals_isAnEquivalenceRelationOnEveryPlatform() {
    qt().withExamples(EXAMPLES)
        .forAll(anyPlatforms(), declaredTexts(), declaredTexts(), declaredTexts())
        .checkAssert((platform, a, b, c) -> {
          Handle x = Handle.of(platform, a);
          Handle y = Handle.of(platform, b);
          Handle z = Handle.of(platform, c);

          assertThat(x).isEqualTo(Handle.of(platform, a));
          assertThat(x.equals(y)).isEqualTo(y.equals(x));
          if (x.equals(y) && y.equals(z)) {
            assertThat(x).isEqualTo(z);
          }
          if (x.equals(y)) {
            assertThat(x).hasSameHashCodeAs(y);
            assertThat(x.compareTo(y)).isZero();
          }
        });
  }

  @Test
  void equals_onADeclaredPlatformFollowsItsDeclaration() {
    qt().withExamples(EXAMPLES)
        .forAll(io.github.accountgovernance.core.testing.EstateGens.declaredPlatforms(), declaredTexts(),
            declaredTexts())
        .checkAssert((platform, a, b) -> {
          // Written from the declaration, without Platform.equivalenceKey.
          String left = a;
          String right = b;
          for (char ignored : platform.ignoredCharacters().toCharArray()) {
            left = left.replace(String.valueOf(ignored), "");
            right = right.replace(String.valueOf(ignored), "");
          }
          boolean same = platform.isCaseSensitive() ? left.equals(right) : left.equalsIgnoreCase(right);

          assertThat(Handle.of(platform, a).equals(Handle.of(platform, b))).isEqualTo(same);
        });
  }
}

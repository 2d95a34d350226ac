package io.github.accountgovernance.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class HandleProperties {

  /** Few letters, upper and lower case, dots and underscores, so that equivalent pairs come up often. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("aAbB._").ofMinLength(1).ofMaxLength(4);
  }

  /** Written from DOMAIN.md NAM-3 without looking at Platform.equivalenceKey. */
  private static boolean sameName(Platform platform, String a, String b) {
    if (platform == Platform.FACEBOOK) {
      return a.replace(".", "").equalsIgnoreCase(b.replace(".", ""));
    }
    return a.equalsIgnoreCase(b);
  }

  @Property
  void equals_followsThePlatformsEquivalence(
      @ForAll Platform platform, @ForAll("texts") String a, @ForAll("texts") String b) {
    assertThat(Handle.of(platform, a).equals(Handle.of(platform, b))).isEqualTo(sameName(platform, a, b));
  }

  @Property
  void hashCode_agreesWithEquals(@ForAll Platform platform, @ForAll("texts") String a, @ForAll("texts") String b) {
    Handle one = Handle.of(platform, a);
    Handle other = Handle.of(platform, b);
    if (one.equals(other)) {
      assertThat(one.hashCode()).isEqualTo(other.hashCode());
    }
  }

  @Property
  void compareTo_isZeroExactlyWhenEqual(
      @ForAll Platform p, @ForAll("texts") String a, @ForAll Platform q, @ForAll("texts") String b) {
    Handle one = Handle.of(p, a);
    Handle other = Handle.of(q, b);
    assertThat(one.compareTo(other) == 0).isEqualTo(one.equals(other));
  }

  @Property
  void equals_ignoresCaseOnEveryPlatform(@ForAll Platform platform, @ForAll("texts") String text) {
    Handle handle = Handle.of(platform, text);

    assertThat(Handle.of(platform, text.toUpperCase(Locale.ROOT))).isEqualTo(handle).hasSameHashCodeAs(handle);
    assertThat(Handle.of(platform, "@" + text.toLowerCase(Locale.ROOT))).isEqualTo(handle);
  }

  @Property
  void equals_neverMatchesAcrossPlatforms(
      @ForAll Platform p, @ForAll Platform q, @ForAll("texts") String text) {
    if (p != q) {
      assertThat(Handle.of(p, text)).isNotEqualTo(Handle.of(q, text));
    }
  }

  @Example
  void facebook_ignoresDotsButX_doesNot() {
    assertThat(Handle.of(Platform.FACEBOOK, "nyp.york")).isEqualTo(Handle.of(Platform.FACEBOOK, "NYPYork"));
    assertThat(Handle.of(Platform.INSTAGRAM, "nyp.york")).isNotEqualTo(Handle.of(Platform.INSTAGRAM, "NYPYork"));
    assertThat(Handle.of(Platform.X, "NYP_York")).isEqualTo(Handle.of(Platform.X, "@nyp_york"));
  }
}

package io.github.accountgovernance.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of each platform's handle rule and equivalence, pinned to the rules Platform cites. */
final class PlatformTest {

  @Test
  void builtIns_areTheNinePlatformsOf2026InOrder() {
    assertThat(Platform.builtIns())
        .extracting(Platform::fileName)
        .containsExactly("x", "instagram", "facebook", "tiktok", "youtube", "threads", "bluesky", "linkedin",
            "nextdoor");
    assertThat(Platform.builtIns()).isSorted().allSatisfy(p -> assertThat(p.isBuiltIn()).isTrue());
  }

  @Test
  void named_findsEveryBuiltInByItsFileNameInAnyCase() {
    for (Platform platform : Platform.builtIns()) {
      assertThat(Platform.named(platform.fileName().toUpperCase(java.util.Locale.ROOT))).contains(platform);
    }
    assertThat(Platform.named("twitter")).contains(Platform.X);
    assertThat(Platform.named("pixelfed")).isEmpty();
  }

  @Test
  void tiktok_acceptsTwoToTwentyFourLettersDigitsUnderscoresAndDotsNotEndingWithADot() {
    assertThat(Platform.TIKTOK.accepts("nyorkspolice")).isTrue();
    assertThat(Platform.TIKTOK.accepts("nyp.york_police")).isTrue();
    assertThat(Platform.TIKTOK.accepts("ab")).isTrue();
    assertThat(Platform.TIKTOK.accepts("a")).isFalse();
    assertThat(Platform.TIKTOK.accepts("a".repeat(24))).isTrue();
    assertThat(Platform.TIKTOK.accepts("a".repeat(25))).isFalse();
    assertThat(Platform.TIKTOK.accepts("nyorkspolice.")).isFalse();
    assertThat(Platform.TIKTOK.accepts("nyp-york")).isFalse();
    assertThat(Handle.of(Platform.TIKTOK, "@NYorksPolice")).isEqualTo(Handle.of(Platform.TIKTOK, "nyorkspolice"));
    assertThat(Handle.of(Platform.TIKTOK, "nyp.york")).isNotEqualTo(Handle.of(Platform.TIKTOK, "nypyork"));
  }

  @Test
  void youtube_acceptsThreeToThirtyLettersDigitsUnderscoresHyphensAndDots() {
    assertThat(Platform.YOUTUBE.accepts("NorthYorkshirePolice")).isTrue();
    assertThat(Platform.YOUTUBE.accepts("nyp-york.police_1")).isTrue();
    assertThat(Platform.YOUTUBE.accepts("abc")).isTrue();
    assertThat(Platform.YOUTUBE.accepts("ab")).isFalse();
    assertThat(Platform.YOUTUBE.accepts("a".repeat(30))).isTrue();
    assertThat(Platform.YOUTUBE.accepts("a".repeat(31))).isFalse();
    assertThat(Platform.YOUTUBE.accepts("nyp york")).isFalse();
    assertThat(Platform.YOUTUBE.accepts("nyp+york")).isFalse();
    assertThat(Handle.of(Platform.YOUTUBE, "@NYPYork").display()).isEqualTo("youtube:@NYPYork");
    assertThat(Handle.of(Platform.YOUTUBE, "NYP-York")).isEqualTo(Handle.of(Platform.YOUTUBE, "nyp-york"));
  }

  @Test
  void threads_sharesInstagramsHandleRuleOnAPlatformOfItsOwn() {
    for (String text : List.of("nyp.york", "nyp_york", ".nyp", "nyp.", "nyp..york", "a".repeat(30), "a".repeat(31))) {
      assertThat(Platform.THREADS.accepts(text)).as(text).isEqualTo(Platform.INSTAGRAM.accepts(text));
    }
    assertThat(Handle.of(Platform.THREADS, "NYP.York")).isEqualTo(Handle.of(Platform.THREADS, "nyp.york"));
    assertThat(Handle.of(Platform.THREADS, "nyp.york")).isNotEqualTo(Handle.of(Platform.INSTAGRAM, "nyp.york"));
  }

  @Test
  void bluesky_acceptsDomainNamesOnly() {
    assertThat(Platform.BLUESKY.accepts("northyorkshirepolice.bsky.social")).isTrue();
    assertThat(Platform.BLUESKY.accepts("nyp-york.bsky.social")).isTrue();
    assertThat(Platform.BLUESKY.accepts("northyorkshire.police.uk")).isTrue();
    assertThat(Platform.BLUESKY.accepts("nyorkspolice")).as("one label").isFalse();
    assertThat(Platform.BLUESKY.accepts(".nyp.bsky.social")).isFalse();
    assertThat(Platform.BLUESKY.accepts("nyp.bsky.social.")).isFalse();
    assertThat(Platform.BLUESKY.accepts("nyp..bsky.social")).isFalse();
    assertThat(Platform.BLUESKY.accepts("-nyp.bsky.social")).isFalse();
    assertThat(Platform.BLUESKY.accepts("nyp-.bsky.social")).isFalse();
    assertThat(Platform.BLUESKY.accepts("nyp_york.bsky.social")).isFalse();
    assertThat(Platform.BLUESKY.accepts("nyp.2social")).as("the last label starts with a digit").isFalse();
    assertThat(Platform.BLUESKY.accepts("a".repeat(63) + ".social")).isTrue();
    assertThat(Platform.BLUESKY.accepts("a".repeat(64) + ".social")).isFalse();
    assertThat(Handle.of(Platform.BLUESKY, "@NorthYorkshirePolice.bsky.social"))
        .isEqualTo(Handle.of(Platform.BLUESKY, "northyorkshirepolice.bsky.social"));
  }

  @Test
  void linkedinAndNextdoor_acceptPageSlugsAndShowNoAtSign() {
    assertThat(Platform.LINKEDIN.accepts("north-yorkshire-police")).isTrue();
    assertThat(Platform.LINKEDIN.accepts("n")).isFalse();
    assertThat(Platform.LINKEDIN.accepts("north_yorkshire_police")).isFalse();
    assertThat(Platform.LINKEDIN.accepts("north.yorkshire")).isFalse();
    assertThat(Platform.NEXTDOOR.accepts("north-yorkshire-police")).isTrue();
    assertThat(Platform.NEXTDOOR.accepts("-north-yorkshire")).isFalse();
    assertThat(Platform.NEXTDOOR.accepts("north-yorkshire-")).isFalse();
    assertThat(Platform.LINKEDIN.mentionPrefix()).isEmpty();
    assertThat(Handle.of(Platform.LINKEDIN, "north-yorkshire-police").display())
        .isEqualTo("linkedin:north-yorkshire-police");
    assertThat(Handle.of(Platform.NEXTDOOR, "North-Yorkshire-Police"))
        .isEqualTo(Handle.of(Platform.NEXTDOOR, "north-yorkshire-police"));
  }

  @Test
  void theFirstThreePlatforms_keepTheirRulesAndDisplay() {
    assertThat(Handle.of(Platform.X, "NYP_York").display()).isEqualTo("@NYP_York");
    assertThat(Handle.of(Platform.FACEBOOK, "NYP.York").display()).isEqualTo("facebook:@NYP.York");
    assertThat(Platform.FACEBOOK.equivalenceKey("NYP.York")).isEqualTo("nypyork");
    assertThat(Platform.INSTAGRAM.equivalenceKey("NYP.York")).isEqualTo("nyp.york");
  }

  @Test
  void declared_platformUsesItsPatternCaseAndIgnoredCharacters() {
    Platform fedi =
        Platform.declared("fedi")
            .displayName("Fedi")
            .handlePattern("[a-z0-9_.]{2,20}")
            .caseSensitive(true)
            .ignoredCharacters("._")
            .mentionPrefix("!")
            .build();

    assertThat(fedi.isBuiltIn()).isFalse();
    assertThat(fedi.accepts("nyp_york")).isTrue();
    assertThat(fedi.accepts("NYP_York")).as("the pattern has no capitals").isFalse();
    assertThat(fedi.equivalenceKey("nyp.york_x")).isEqualTo("nypyorkx");
    assertThat(Handle.of(fedi, "nyp.york")).isEqualTo(Handle.of(fedi, "nyp_york"));
    assertThat(Handle.of(fedi, "NYPYork")).isNotEqualTo(Handle.of(fedi, "nypyork"));
    assertThat(Handle.of(fedi, "nyp").display()).isEqualTo("fedi:!nyp");
    assertThat(fedi.syntaxDescription()).isEqualTo("handles matching [a-z0-9_.]{2,20}");
    assertThat(fedi).isGreaterThan(Platform.NEXTDOOR);
  }

  @Test
  void declared_platformsAreEqualWhenTheirDeclarationsAre() {
    Platform one = Platform.declared("pixelfed").handlePattern("[A-Za-z0-9_]{1,30}").build();
    Platform same = Platform.declared("pixelfed").handlePattern("[A-Za-z0-9_]{1,30}").build();
    Platform other = Platform.declared("pixelfed").handlePattern("[A-Za-z0-9_]{1,30}").caseSensitive(true).build();

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(one.compareTo(same)).isZero();
    assertThat(one.compareTo(other)).isNotZero();
    assertThat(Handle.of(one, "a")).isEqualTo(Handle.of(same, "A")).isNotEqualTo(Handle.of(other, "a"));
  }

  @Test
  void declared_refusesBuiltInNamesAndBadNames() {
    assertThatThrownBy(() -> Platform.declared("tiktok"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"tiktok\" is a built-in platform");
    assertThatThrownBy(() -> Platform.declared("Twitter"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("built-in");
    assertThatThrownBy(() -> Platform.declared("Pixelfed!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower-case letters, digits or hyphens");
  }

  @Test
  void declared_refusesPatternsThatCouldBacktrackOrAreTooLong() {
    assertThatThrownBy(() -> Platform.declared("p").handlePattern("(a)\\1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RE2 syntax");
    assertThatThrownBy(() -> Platform.declared("p").handlePattern("(?!x)[a-z]+").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("look-around");
    assertThatThrownBy(() -> Platform.declared("p").handlePattern("a".repeat(201)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 200 characters");
    assertThatThrownBy(() -> Platform.declared("p").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs a handle pattern");
    assertThatThrownBy(() -> Platform.declared("p").handlePattern("a").mentionPrefix("at").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mentionPrefix holds punctuation only");
    assertThatThrownBy(() -> Platform.declared("p").handlePattern("a").ignoredCharacters(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ignoredCharacters");
  }

  @Test
  void declared_patternMatchesInLinearTimeWhereJavaWouldBacktrack() {
    // (a+)+$ backtracks exponentially in java.util.regex on "aaa…!"; RE2/J answers at once.
    Platform nested = Platform.declared("nested").handlePattern("(a+)+").build();

    assertThat(nested.accepts("a".repeat(99) + "!")).isFalse();
    assertThat(nested.accepts("a".repeat(99))).isTrue();
  }

  @Test
  void estate_declaresThePlatformsItsHandlesUse() {
    Platform pixelfed = Platform.declared("pixelfed").handlePattern("[A-Za-z0-9_]{1,30}").build();
    Estate estate =
        Estate.builder()
            .force(Force.builder().name("North Yorkshire Police").build())
            .asOf(java.time.Instant.parse("2021-04-06T00:00:00Z"))
            .addObservedHandles(ObservedHandle.of(Handle.of(pixelfed, "NYP_York")))
            .build();

    assertThat(estate.declaredPlatforms()).containsExactly(pixelfed);
  }

  @Test
  void estate_refusesTwoDeclarationsOfOneName() {
    Platform one = Platform.declared("pixelfed").handlePattern("[A-Za-z0-9_]{1,30}").build();
    Platform other = Platform.declared("pixelfed").handlePattern("[a-z]+").build();

    assertThatThrownBy(
            () ->
                Estate.builder()
                    .force(Force.builder().name("North Yorkshire Police").build())
                    .asOf(java.time.Instant.parse("2021-04-06T00:00:00Z"))
                    .addDeclaredPlatforms(one, Platform.X)
                    .addObservedHandles(ObservedHandle.of(Handle.of(other, "nyp")))
                    .build())
        .isInstanceOfSatisfying(
            InvalidEstateException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.path() + ": " + p.message())
                    .containsExactlyInAnyOrder(
                        "platforms[1]: platform \"x\" is built in and needs no declaration; remove it",
                        "observedHandles[0].platform: platform \"pixelfed\" is declared differently at"
                            + " platforms[0].name; one name, one declaration"));
  }
}

package io.github.accountgovernance.rules.catalogue;

import static io.github.accountgovernance.rules.catalogue.EstateFixtures.consolidatedAccounts;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.districtAccount;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.violations;
import static io.github.accountgovernance.rules.catalogue.NamingFixtures.estateOf;
import static io.github.accountgovernance.rules.catalogue.NamingFixtures.like;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.naming.Mentions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NAM-1, NAM-3 and NAM-4 on the platforms of 2026 and on a platform an estate declares. */
final class NamingRulesOnNewPlatformsTest {

  private static final Platform PIXELFED =
      Platform.declared("pixelfed")
          .displayName("Pixelfed")
          .handlePattern("[A-Za-z0-9_]{1,30}")
          .syntaxDescription("1 to 30 letters, digits or underscores")
          .build();

  private static List<Account> with(Account... more) {
    List<Account> accounts = consolidatedAccounts();
    accounts.addAll(List.of(more));
    return accounts;
  }

  private static Account york(Platform platform, String id, String handle) {
    return like(districtAccount("york", platform)).id(id).handle(Handle.of(platform, handle)).build();
  }

  @Test
  void nam1_reportsATikTokHandleEndingWithADotWithTikToksRule() {
    Estate estate = estateOf(with(york(Platform.TIKTOK, "york-tiktok", "nyp_york.")));

    assertThat(violations(NamingRules.platformSyntax(), estate))
        .singleElement()
        .satisfies(v -> assertThat(v.message())
            .isEqualTo("handle tiktok:@nyp_york. is not valid on TikTok, which allows 2 to 24 letters, digits,"
                + " underscores or dots, not ending with a dot"));
  }

  @Test
  void nam1_reportsABlueskyHandleThatIsNoDomainName() {
    Estate estate =
        estateOf(with(
            york(Platform.BLUESKY, "york-bluesky", "nypyork.bsky.social"),
            york(Platform.BLUESKY, "york-bluesky-2", "nypyork")));

    assertThat(violations(NamingRules.platformSyntax(), estate))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("handle bluesky:@nypyork is not valid on Bluesky"));
  }

  @Test
  void nam1_passesEveryPlatformsOwnExample() {
    Estate estate =
        estateOf(with(
            york(Platform.TIKTOK, "york-tiktok", "nyp_york"),
            york(Platform.YOUTUBE, "york-youtube", "NYP-York"),
            york(Platform.THREADS, "york-threads", "nyp.york"),
            york(Platform.BLUESKY, "york-bluesky", "nypyork.bsky.social"),
            york(Platform.LINKEDIN, "york-linkedin", "nyp-york"),
            york(Platform.NEXTDOOR, "york-nextdoor", "nyp-york"),
            york(PIXELFED, "york-pixelfed", "NYP_York")));

    assertThat(violations(NamingRules.platformSyntax(), estate)).isEmpty();
    assertThat(estate.declaredPlatforms()).containsExactly(PIXELFED);
  }

  @Test
  void nam1_reportsAHandleADeclaredPlatformRejectsWithItsDescription() {
    Estate estate = estateOf(with(york(PIXELFED, "york-pixelfed", "NYP-York")));

    assertThat(violations(NamingRules.platformSyntax(), estate))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo(
            "handle pixelfed:@NYP-York is not valid on Pixelfed, which allows 1 to 30 letters, digits or"
                + " underscores"));
  }

  @Test
  void nam3_comparesYouTubeHandlesIgnoringCase() {
    Estate estate =
        estateOf(with(
            york(Platform.YOUTUBE, "york-youtube", "NYP-York"),
            york(Platform.YOUTUBE, "york-youtube-2", "nyp-york")));

    assertThat(violations(NamingRules.uniqueness(), estate))
        .hasSize(2)
        .allSatisfy(v -> assertThat(v.message()).endsWith("on YouTube, which ignores case in handles"));
  }

  @Test
  void nam3_keepsThreadsAndInstagramApart() {
    Estate estate =
        estateOf(with(
            york(Platform.INSTAGRAM, "york-instagram", "nyp.york"),
            york(Platform.THREADS, "york-threads", "nyp.york")));

    assertThat(violations(NamingRules.uniqueness(), estate)).isEmpty();
  }

  @Test
  void nam3_followsADeclaredPlatformsIgnoredCharactersAndCase() {
    Platform sensitive =
        Platform.declared("fedi").handlePattern("[A-Za-z0-9_.]{1,30}").caseSensitive(true).ignoredCharacters("._")
            .build();
    Estate estate =
        estateOf(with(
            york(sensitive, "york-fedi", "nyp_york"),
            york(sensitive, "york-fedi-2", "nyp.york"),
            york(sensitive, "york-fedi-3", "NYPYork")));

    List<Violation> found = violations(NamingRules.uniqueness(), estate);

    assertThat(found).extracting(v -> v.subject().id()).containsExactlyInAnyOrder("york-fedi", "york-fedi-2");
    assertThat(found).allSatisfy(v ->
        assertThat(v.message()).endsWith("which ignores dots and underscores in handles"));
  }

  @Test
  void nam4_reportsABlueskyLookalikeOfTheForcesHandle() {
    Estate estate =
        EstateFixtures.estateOf(with(york(Platform.BLUESKY, "york-bluesky", "nypyork.bsky.social")))
            .addObservedHandles(ObservedHandle.of(Handle.of(Platform.BLUESKY, "nypy0rk.bsky.social")))
            .build();

    assertThat(violations(NamingRules.lookalikes(), estate))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.subject().displayName()).isEqualTo("bluesky:@nypy0rk.bsky.social");
          assertThat(v.message()).startsWith("looks like official handle bluesky:@nypyork.bsky.social");
        });
  }

  @Test
  void nam4_reportsALookalikeOnADeclaredPlatformButNotAcrossPlatforms() {
    Estate estate =
        EstateFixtures.estateOf(with(york(PIXELFED, "york-pixelfed", "NYP_York")))
            .addObservedHandles(
                ObservedHandle.of(Handle.of(PIXELFED, "NYP_Y0rk")),
                ObservedHandle.of(Handle.of(Platform.TIKTOK, "nyp_y0rk")))
            .build();

    assertThat(violations(NamingRules.lookalikes(), estate))
        .singleElement()
        .satisfies(v -> assertThat(v.subject().displayName()).isEqualTo("pixelfed:@NYP_Y0rk"));
  }

  @Test
  void mentions_findsBlueskyHandlesAndLinkedInPagesByTheirAddress() {
    assertThat(Mentions.in(Platform.BLUESKY, "Follow @nypyork.bsky.social. Mail york@nyp.police.uk"))
        .containsExactly(Handle.of(Platform.BLUESKY, "nypyork.bsky.social"));
    assertThat(Mentions.mentions("We have moved to linkedin.com/company/north-yorkshire-police today",
        Handle.of(Platform.LINKEDIN, "North-Yorkshire-Police"))).isTrue();
    assertThat(Mentions.mentions("We have moved to linkedin.com/company/north-yorkshire-police-jobs",
        Handle.of(Platform.LINKEDIN, "north-yorkshire-police"))).isFalse();
    assertThat(Mentions.mentions("Follow @NYP_York for York", Handle.of(PIXELFED, "nyp_york"))).isTrue();
  }
}

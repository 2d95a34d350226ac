package io.github.accountgovernance.rules.naming;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.testing.EstateGens;
import io.github.accountgovernance.rules.Gens;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class MentionsProperties {

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  /** The platforms whose posts mention handles with a prefix ({@code @}); LinkedIn and Nextdoor have examples. */
  private static Gen<Platform> platforms() {
    List<Platform> prefixed = new ArrayList<>();
    for (Platform platform : Platform.builtIns()) {
      if (!platform.mentionPrefix().isEmpty()) {
        prefixed.add(platform);
      }
    }
    prefixed.add(EstateGens.DECLARED_PLATFORM);
    return arbitrary().pick(prefixed);
  }

  private static Gen<String> separators() {
    return arbitrary().pick(" ", ", ", ". ", "! ", "\n", " and ", " (", "). ", ": ", " - ", "?");
  }

  // The filters reject few strings (a dot first, last or doubled): far fewer than the ten failed attempts per
  // example that QuickTheories allows before it gives up.
  private static Gen<String> handleTexts(Platform platform) {
    if (platform == Platform.X) {
      return Gens.strings(LETTERS + "_", 1, 15);
    }
    if (platform == Platform.INSTAGRAM) {
      return Gens.strings(LETTERS + "_.", 1, 30).assuming(platform::accepts);
    }
    if (platform == Platform.FACEBOOK) {
      // A trailing dot is punctuation in a post, so a handle ending in one cannot be mentioned as written.
      return Gens.strings(LETTERS + ".", 5, 20).assuming(s -> !s.endsWith("."));
    }
    return EstateGens.validHandleTexts(platform).assuming(s -> !s.endsWith("."));
  }

  private static Gen<Post> posts() {
    return platforms()
        .flatMap(
            platform ->
                lists().of(handleTexts(platform)).ofSizeBetween(1, 6)
                    .zip(separators(), (handles, separator) -> new Post(platform, handles, separator)));
  }

  /** Handles joined into a post with one separator after each. */
  private static final class Post {
    final Platform platform;
    final List<String> handles;
    final String separator;

    Post(Platform platform, List<String> handles, String separator) {
      this.platform = platform;
      this.handles = handles;
      this.separator = separator;
    }

    String text() {
      StringBuilder text = new StringBuilder("Follow ");
      for (String handle : handles) {
        text.append(platform.mentionPrefix()).append(handle).append(separator);
      }
      return text.toString();
    }

    @Override
    public String toString() {
      return platform + ": " + text();
    }
  }

  @Test
  void in_extractsExactlyTheHandlesJoinedIntoAText() {
    qt().withExamples(300)
        .forAll(posts())
        .checkAssert(post -> {
          Set<Handle> expected = new LinkedHashSet<>();
          for (String handle : post.handles) {
            expected.add(Handle.of(post.platform, handle));
          }

          assertThat(new ArrayList<>(Mentions.in(post.platform, post.text()))).containsExactlyElementsOf(expected);
        });
  }

  @Test
  void mentions_neverFindsAHandleInsideAnEmailAddress() {
    qt().withExamples(200)
        .forAll(platforms(), localParts())
        .checkAssert((platform, localPart) ->
            assertThat(Mentions.in(platform, "write to " + localPart + "@example.com today")).isEmpty());
  }

  private static Gen<String> localParts() {
    return Gens.strings(LETTERS + "_", 1, 10);
  }

  @Test
  void in_findsTheHandlesOfADeclaredPlatformAfterItsOwnPrefix() {
    Gen<Post> posts =
        EstateGens.declaredPlatforms()
            .assuming(platform -> !platform.mentionPrefix().isEmpty())
            .flatMap(platform ->
                lists().of(EstateGens.validHandleTexts(platform)).ofSizeBetween(1, 6)
                    .zip(separators(), (handles, separator) -> new Post(platform, handles, separator)));
    qt().withExamples(300)
        .forAll(posts)
        .checkAssert(post -> {
          Set<Handle> expected = new LinkedHashSet<>();
          for (String handle : post.handles) {
            expected.add(Handle.of(post.platform, handle));
          }

          assertThat(new ArrayList<>(Mentions.in(post.platform, post.text()))).containsExactlyElementsOf(expected);
        });
  }
}

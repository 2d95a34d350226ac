package io.github.accountgovernance.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class MentionsProperties {

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  @Provide
  Arbitrary<Platform> platforms() {
    return Arbitraries.of(Platform.class);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" ", ", ", ". ", "! ", "\n", " and ", " (", "). ", ": ", " - ", "?");
  }

  private static Arbitrary<String> handleTexts(Platform platform) {
    switch (platform) {
      case X:
        return Arbitraries.strings().withChars(LETTERS + "_").ofMinLength(1).ofMaxLength(15);
      case INSTAGRAM:
        return Arbitraries.strings()
            .withChars(LETTERS + "_.")
            .ofMinLength(1)
            .ofMaxLength(30)
            .filter(platform::accepts);
      case FACEBOOK:
        // A trailing dot is punctuation in a post, so a handle ending in one cannot be mentioned as written.
        return Arbitraries.strings()
            .withChars(LETTERS + ".")
            .ofMinLength(5)
            .ofMaxLength(20)
            .filter(s -> !s.endsWith("."));
      default:
        throw new AssertionError(platform);
    }
  }

  @Provide
  Arbitrary<Post> posts() {
    return platforms()
        .flatMap(
            platform ->
                Combinators.combine(handleTexts(platform).list().ofMinSize(1).ofMaxSize(6), separators())
                    .as((handles, separator) -> new Post(platform, handles, separator)));
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
        text.append('@').append(handle).append(separator);
      }
      return text.toString();
    }

    @Override
    public String toString() {
      return platform + ": " + text();
    }
  }

  @Property(tries = 300)
  void in_extractsExactlyTheHandlesJoinedIntoAText(@ForAll("posts") Post post) {
    Set<Handle> expected = new LinkedHashSet<>();
    for (String handle : post.handles) {
      expected.add(Handle.of(post.platform, handle));
    }

    assertThat(new ArrayList<>(Mentions.in(post.platform, post.text()))).containsExactlyElementsOf(expected);
  }

  @Property(tries = 200)
  void mentions_neverFindsAHandleInsideAnEmailAddress(
      @ForAll("platforms") Platform platform, @ForAll("localParts") String localPart) {
    assertThat(Mentions.in(platform, "write to " + localPart + "@example.com today")).isEmpty();
  }

  @Provide
  Arbitrary<String> localParts() {
    return Arbitraries.strings().withChars(LETTERS + "_").ofMinLength(1).ofMaxLength(10);
  }
}

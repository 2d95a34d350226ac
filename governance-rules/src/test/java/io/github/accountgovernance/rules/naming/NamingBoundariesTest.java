package io.github.accountgovernance.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The naming checks at the edges of their ranges: first and last letters, text edges, the first position. */
final class NamingBoundariesTest {

  @Test
  void scripts_countsEveryAsciiLetterAsLatin_andTheCharactersBesideThemAsNone() {
    for (String letter : List.of("a", "z", "A", "Z")) {
      assertThat(DisplayNames.scripts("1" + letter + "2")).as(letter).hasToString("one script: Latin");
    }
    // '@' and '[' sit either side of A to Z, '`' and '{' either side of a to z.
    for (String notLetter : List.of("@", "[", "`", "{")) {
      assertThat(DisplayNames.scripts("1" + notLetter + "2")).as(notLetter)
          .hasToString("no script-specific characters");
    }
  }

  @Test
  void namesForce_withoutShortForms_needsTheFullName() {
    assertThat(DisplayNames.namesForce("NYP York", HandleConventionTest.NYP)).isFalse();
    assertThat(DisplayNames.namesForce("North Yorkshire Police York", HandleConventionTest.NYP)).isTrue();
  }

  @Test
  void in_findsASlugAtTheVeryStartOfTheText_onAPlatformWithoutAMentionPrefix() {
    assertThat(Mentions.in(Platform.LINKEDIN, "north-yorkshire-police is our page"))
        .contains(Handle.of(Platform.LINKEDIN, "north-yorkshire-police"));
    assertThat(Mentions.in(Platform.NEXTDOOR, "north-yorkshire-police"))
        .containsExactly(Handle.of(Platform.NEXTDOOR, "north-yorkshire-police"));
  }

  @Test
  void findLookalikes_showsASwapOfTheFirstTwoCharacters() {
    LookalikeIndex index = LookalikeIndex.of(List.of(Handle.of(Platform.X, "NYP_York")), 1);

    assertThat(index.findLookalikes(Handle.of(Platform.X, "YNP_York")))
        .singleElement()
        .satisfies(hit -> assertThat(hit.edits())
            .containsExactly(Lookalike.Edit.of(Lookalike.Edit.Kind.SWAP, 0, "NY", "YN")));
  }
}

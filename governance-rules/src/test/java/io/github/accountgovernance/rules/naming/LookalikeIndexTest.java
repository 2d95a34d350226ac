package io.github.accountgovernance.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LookalikeIndexTest {

  private static final LookalikeIndex NYP =
      LookalikeIndex.of(
          List.of(
              x("NYorksPolice"),
              x("NYP_York"),
              x("NYP_Jobs"),
              x("NYPRoadCrime"),
              x("NPTYorkSouth"),
              x("NYP_Craven"),
              x("NYP_Selby"),
              Handle.of(Platform.FACEBOOK, "NYPYork")));

  private static Handle x(String handle) {
    return Handle.of(Platform.X, handle);
  }

  @Test
  void findLookalikes_reportsDigitOneForLetterIAsOneEdit() {
    List<Lookalike> found = NYP.findLookalikes(x("NYorksPol1ce"));

    assertThat(found).hasSize(1);
    Lookalike hit = found.get(0);
    assertThat(hit.official().value()).isEqualTo("NYorksPolice");
    assertThat(hit.candidate().value()).isEqualTo("NYorksPol1ce");
    assertThat(hit.reasons()).containsExactly(LookalikeReason.EDIT_DISTANCE);
    assertThat(hit.edits()).containsExactly(Lookalike.Edit.of(Lookalike.Edit.Kind.SUBSTITUTION, 9, "i", "1"));
    assertThat(hit.explanation()).isEqualTo("@NYorksPol1ce looks like @NYorksPolice: 1 edit: 'i' → '1' at 10");
  }

  @Test
  void findLookalikes_reportsCapitalIForSmallLByBothSkeletonAndEdit() {
    List<Lookalike> found = NYP.findLookalikes(x("NYorksPoIice"));

    assertThat(found)
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.reasons())
                  .containsExactly(LookalikeReason.SAME_SKELETON, LookalikeReason.EDIT_DISTANCE);
              assertThat(hit.explanation())
                  .isEqualTo(
                      "@NYorksPoIice looks like @NYorksPolice: same confusable skeleton \"nyorkspolice\"; "
                          + "1 edit: 'l' → 'I' at 9");
            });
  }

  @Test
  void findLookalikes_reportsCyrillicLetterAsSameSkeleton() {
    Handle cyrillic = Handle.of(Platform.INSTAGRAM, "NYP_Y\u043Erk");
    LookalikeIndex instagram = LookalikeIndex.of(List.of(Handle.of(Platform.INSTAGRAM, "NYP_York")));

    List<Lookalike> found = instagram.findLookalikes(cyrillic);

    assertThat(found)
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.official().value()).isEqualTo("NYP_York");
              assertThat(hit.reasons()).contains(LookalikeReason.SAME_SKELETON);
              assertThat(hit.skeleton()).isEqualTo("nyp_york");
              assertThat(hit.explanation())
                  .isEqualTo(
                      "instagram:@NYP_Y\u043Erk looks like instagram:@NYP_York: same confusable skeleton"
                          + " \"nyp_york\"; 1 edit: 'o' → '\u043E' (U+043E CYRILLIC SMALL LETTER O) at 6");
            });
  }

  @Test
  void findLookalikes_cyrillicHandleAlsoFailsXSyntax() {
    Handle cyrillic = x("NYP_Y\u043Erk");

    assertThat(cyrillic.isValidOnPlatform()).isFalse();
    assertThat(NYP.findLookalikes(cyrillic))
        .extracting(Lookalike::reasons)
        .containsExactly(List.of(LookalikeReason.SAME_SKELETON, LookalikeReason.EDIT_DISTANCE));
  }

  @Test
  void findLookalikes_reportsConfusableAndTypoTogetherAsConfusableEditDistance() {
    List<Lookalike> found = NYP.findLookalikes(x("NYP_Y\u043Erkk"));

    assertThat(found)
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.reasons()).containsExactly(LookalikeReason.CONFUSABLE_EDIT_DISTANCE);
              assertThat(hit.edits())
                  .containsExactly(Lookalike.Edit.of(Lookalike.Edit.Kind.INSERTION, 7, "", "k"));
              assertThat(hit.explanation())
                  .endsWith("1 edit: 'k' inserted at 8 once confusable characters are folded");
            });
  }

  @Test
  void findLookalikes_countsSwappedLettersAsOneEdit() {
    assertThat(NYP.findLookalikes(x("NYorksPoilce")))
        .singleElement()
        .satisfies(
            hit ->
                assertThat(hit.edits())
                    .containsExactly(Lookalike.Edit.of(Lookalike.Edit.Kind.SWAP, 8, "li", "il")));
  }

  @Test
  void findLookalikes_reportsMissingCharacter() {
    assertThat(NYP.findLookalikes(x("NYP_Crave")))
        .singleElement()
        .satisfies(hit -> assertThat(hit.explanation()).endsWith("1 edit: 'n' missing at 10"));
  }

  @Test
  void aSwapAcrossACharacterThePlatformIgnores_showsTheWrittenSpan() {
    // Found by the edits property (seed 13211286051685): Facebook ignores the dot, so "ao.n" and "a.no" are one
    // swap apart; shown as "on" -> "no" the edit did not match the handle as written.
    Lookalike swap =
        LookalikeIndex.of(List.of(Handle.of(Platform.FACEBOOK, "NYP.ao.n")))
            .findLookalikes(Handle.of(Platform.FACEBOOK, "NYP.a.no"))
            .get(0);

    assertThat(swap.edits()).containsExactly(Lookalike.Edit.of(Lookalike.Edit.Kind.SWAP, 5, "o.n", "n.o"));
    assertThat(swap.explanation()).endsWith("1 edit: 'o.n' → 'n.o' at 6");
  }

  @Test
  void edits_showTheCharactersAsTypedCountingFromOne() {
    Lookalike capitalEr = NYP.findLookalikes(x("NYorks\u0420olice")).get(0);
    Lookalike facebook =
        LookalikeIndex.of(List.of(Handle.of(Platform.FACEBOOK, "NYP.York")))
            .findLookalikes(Handle.of(Platform.FACEBOOK, "NYP.Yorc"))
            .get(0);

    // The Cyrillic capital Er typed, U+0420, not the small er (U+0440) its key holds.
    assertThat(capitalEr.edits())
        .containsExactly(Lookalike.Edit.of(Lookalike.Edit.Kind.SUBSTITUTION, 6, "P", "\u0420"));
    assertThat(capitalEr.explanation())
        .endsWith("1 edit: 'P' → '\u0420' (U+0420 CYRILLIC CAPITAL LETTER ER) at 7");
    // The dot Facebook ignores still takes its place in the handle as written.
    assertThat(facebook.explanation()).endsWith("1 edit: 'k' → 'c' at 8");
  }

  @Test
  void findLookalikes_ignoresTheSameHandleWrittenInAnotherCase() {
    assertThat(NYP.findLookalikes(x("nyorkspolice"))).isEmpty();
    assertThat(NYP.findLookalikes(Handle.of(Platform.FACEBOOK, "nyp.york"))).isEmpty();
  }

  @Test
  void findLookalikes_comparesOnlyWithinThePlatform() {
    assertThat(NYP.findLookalikes(Handle.of(Platform.INSTAGRAM, "NYorksPol1ce"))).isEmpty();
  }

  @Test
  void findLookalikes_findsNothingForAnUnrelatedHandle() {
    assertThat(NYP.findLookalikes(x("YorkshireWater"))).isEmpty();
  }

  @Test
  void findLookalikes_withZeroEditsKeepsOnlySkeletonMatches() {
    LookalikeIndex strict = LookalikeIndex.of(NYP.officialHandles(), 0);

    assertThat(strict.findLookalikes(x("NYorksPol1ce"))).isEmpty();
    assertThat(strict.findLookalikes(x("NYorksPoIice")))
        .extracting(Lookalike::reasons)
        .containsExactly(List.of(LookalikeReason.SAME_SKELETON));
  }

  @Test
  void findAllLookalikes_excludesOfficialHandlesMatchedAgainstThemselves() {
    List<Handle> estate =
        List.of(x("NYorksPolice"), x("NYP_York"), x("nyp_york"), x("NYorksPol1ce"), x("NYP_Y\u043Erk"));

    assertThat(NYP.findAllLookalikes(estate))
        .extracting(l -> l.official().value() + " <- " + l.candidate().value())
        .containsExactly("NYorksPolice <- NYorksPol1ce", "NYP_York <- NYP_Y\u043Erk");
  }

  @Test
  void findAllLookalikes_reportsTwoConfusableOfficialHandlesEachWay() {
    LookalikeIndex index = LookalikeIndex.of(List.of(x("NYP_York"), x("NYP_Yorks")));

    assertThat(index.findAllLookalikes(index.officialHandles()))
        .extracting(l -> l.official().value() + " <- " + l.candidate().value())
        .containsExactly("NYP_York <- NYP_Yorks", "NYP_Yorks <- NYP_York");
  }

  @Test
  void findLookalikes_boundsTheWorkOnAHundredCharacterHandle() {
    LookalikeIndex index = LookalikeIndex.of(NYP.officialHandles(), 3);
    Handle long100 = Handle.of(Platform.FACEBOOK, "NYPYork" + "x".repeat(93));

    assertThat(index.findLookalikes(long100)).isEmpty();
    assertThat(index.lookupCost(long100)).isZero();
    // Unbounded, this one lookup would expand C(100,3) + C(100,2) + 100 + 1 = 166,751 variants.
    assertThat(LookalikeIndex.variantCount(100, 3)).isEqualTo(166_751);
  }

  @Test
  void findLookalikes_stillFindsALongHandleWithinReachOfALongOfficialOne() {
    String official = "NorthYorkshirePoliceFireAndCrimeCommissioner" + "Z".repeat(53);
    Handle near = Handle.of(Platform.FACEBOOK, official.substring(0, 40) + "xy" + official.substring(40) + "q");
    Handle far = Handle.of(Platform.FACEBOOK, "abcd" + official.substring(4) + "q");
    LookalikeIndex index =
        LookalikeIndex.of(List.of(Handle.of(Platform.FACEBOOK, official), Handle.of(Platform.FACEBOOK, "NYPYork")), 3);

    assertThat(near.value()).hasSize(100);
    assertThat(index.findLookalikes(near))
        .singleElement()
        .satisfies(hit -> {
          assertThat(hit.official().value()).isEqualTo(official);
          assertThat(hit.edits()).hasSize(3);
        });
    assertThat(index.findLookalikes(far)).isEmpty();
    // Comparing with both official handles is cheaper than expanding either long text.
    assertThat(index.lookupCost(near)).isEqualTo(2);
  }

  @Test
  void of_keepsOneOfEqualOfficialHandles() {
    LookalikeIndex index = LookalikeIndex.of(List.of(x("nyp_york"), x("NYP_York")));

    assertThat(index.officialHandles()).extracting(Handle::value).containsExactly("NYP_York");
  }

  @Test
  void of_rejectsAnEditLimitOutOfRange() {
    assertThatThrownBy(() -> LookalikeIndex.of(List.of(), 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 4");
    assertThatThrownBy(() -> LookalikeIndex.of(null)).isInstanceOf(NullPointerException.class);
  }

  /** Distinct official handles of {@code length} characters on Facebook, whose handles may be that long. */
  private static List<Handle> longHandles(int count, int length) {
    List<Handle> handles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String number = Integer.toString(i);
      handles.add(Handle.of(Platform.FACEBOOK, "NYP" + "x".repeat(length - 3 - number.length()) + number));
    }
    return handles;
  }

  @Test
  void of_refusesAnIndexOverItsBudget_namingTheParameterToChange() {
    // Issue 14: a 1.27 MB estate with maxEdits: 3 died with OutOfMemoryError. 600 handles of 100 characters
    // within 3 edits would hold 600 x 2 x 166,751 deletion variants.
    List<Handle> handles = longHandles(600, 100);

    assertThatThrownBy(() -> LookalikeIndex.of(handles, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the lookalike index of 600 official handles within maxEdits 3 would hold 200101200 deletion"
            + " variants, over its budget of 16777216 (128 MiB); lower NAM-4's parameter maxEdits in the pack"
            + " (2 would need 6061200, 1 would need 121200, 0 would need 1200)");
    assertThat(LookalikeIndex.of(handles, 2).officialHandles()).hasSize(600);
  }

  @Test
  void of_acceptsAnIndexOfExactlyItsBudget_andRefusesOneVariantMore() {
    // Each handle of 5 characters holds 1 + 5 variants within 1 edit, for its key and for its skeleton.
    List<Handle> handles = List.of(x("NYP_Y"), x("NYP_Z"));

    assertThat(LookalikeIndex.of(handles, 1, 24).officialHandles()).hasSize(2);
    assertThatThrownBy(() -> LookalikeIndex.of(handles, 1, 23))
        .hasMessageStartingWith("the lookalike index of 2 official handles within maxEdits 1 would hold 24 deletion"
            + " variants, over its budget of 23");
    assertThat(LookalikeIndex.VARIANT_BUDGET).isEqualTo(16_777_216L);
  }

  @Test
  void lookupCost_expandsACandidateUpToMaxEditsLongerThanTheLongestOfficialHandle_andNoLonger() {
    // Two official handles of 5 letters within 1 edit: a candidate of 6 may be within reach, one of 7 cannot.
    LookalikeIndex index = LookalikeIndex.of(List.of(x("abcde"), x("vwxyz")), 1);

    // 6 letters: 1 + 6 variants of its key and as many of its skeleton, 14, within 2 x 8 comparisons' worth.
    assertThat(index.lookupCost(x("abcdef"))).isEqualTo(14);
    assertThat(index.lookupCost(x("abcdefg"))).isZero();
    assertThat(index.findLookalikes(x("abcdef"))).singleElement()
        .satisfies(hit -> assertThat(hit.official()).isEqualTo(x("abcde")));
  }

  @Test
  void lookupCost_expandsWhileItCostsNoMoreThanComparingWithEveryOfficialHandle_thenCompares() {
    // Within 2 edits a 5-letter candidate has 1 + 5 + 10 = 16 variants of its key and 16 of its skeleton: 32,
    // which is what comparing with 4 official handles costs (8 probes each), and more than with 3.
    LookalikeIndex four = LookalikeIndex.of(List.of(x("abcde"), x("fghij"), x("klnop"), x("qrstu")), 2);
    LookalikeIndex three = LookalikeIndex.of(List.of(x("abcde"), x("fghij"), x("klnop")), 2);

    assertThat(four.lookupCost(x("abxde"))).isEqualTo(32);
    assertThat(three.lookupCost(x("abxde"))).isEqualTo(3);
    assertThat(four.findLookalikes(x("abxde"))).extracting(Lookalike::official).containsExactly(x("abcde"));
    assertThat(three.findLookalikes(x("abxde"))).extracting(Lookalike::official).containsExactly(x("abcde"));
  }
}

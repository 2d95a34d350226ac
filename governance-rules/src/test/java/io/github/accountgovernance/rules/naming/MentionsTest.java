package io.github.accountgovernance.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import org.junit.jupiter.api.Test;

final class MentionsTest {

  private static final String OPERATIONAL_SUPPORT_UNIT_FINAL_MESSAGE =
      "This account will be closing over the next few days. To keep up to date with news in NYP follow"
          + " @NYorksPolice. #OperationalSupport";

  private static final String YORK_SOUTH_FINAL_MESSAGE =
      "This account will close at the end of the month. You'll still be able to find us at @NYP_York for"
          + " updates from York. Follow @NYorksPolice for all things #TeamNYP and @NYP_Jobs for the latest jobs";

  private static Handle x(String handle) {
    return Handle.of(Platform.X, handle);
  }

  @Test
  void in_findsTheForceAccountInTheOperationalSupportUnitsFinalMessage() {
    assertThat(Mentions.in(Platform.X, OPERATIONAL_SUPPORT_UNIT_FINAL_MESSAGE))
        .extracting(Handle::value)
        .containsExactly("NYorksPolice");
  }

  @Test
  void in_findsEverySuccessorInYorkSouthsFinalMessageInOrder() {
    assertThat(Mentions.in(Platform.X, YORK_SOUTH_FINAL_MESSAGE))
        .extracting(Handle::value)
        .containsExactly("NYP_York", "NYorksPolice", "NYP_Jobs");
  }

  @Test
  void mentions_failsWhenTheFinalMessageLeavesOutTheSuccessor() {
    String withoutMention =
        OPERATIONAL_SUPPORT_UNIT_FINAL_MESSAGE.replace(" follow @NYorksPolice.", " follow the force account.");

    assertThat(Mentions.mentions(withoutMention, x("NYorksPolice"))).isFalse();
    assertThat(Mentions.mentions(OPERATIONAL_SUPPORT_UNIT_FINAL_MESSAGE, x("nyorkspolice"))).isTrue();
  }

  @Test
  void in_endsTheHandleAtTheFirstCharacterThatCannotBeInOne() {
    assertThat(Mentions.in(Platform.X, "Find us at @NYP_York.")).containsExactly(x("NYP_York"));
    assertThat(Mentions.in(Platform.X, "(@NYP_York)")).containsExactly(x("NYP_York"));
    assertThat(Mentions.in(Platform.X, "@NYP_York's team")).containsExactly(x("NYP_York"));
  }

  @Test
  void in_findsNobodyInAnEmailAddress() {
    assertThat(Mentions.in(Platform.X, "Write to alex@example.com")).isEmpty();
    assertThat(Mentions.in(Platform.INSTAGRAM, "Write to alex.murray@example.com")).isEmpty();
    assertThat(Mentions.in(Platform.FACEBOOK, "Write to alex_m@example.com")).isEmpty();
  }

  @Test
  void in_findsNobodyForABareAtSignOrADoubledOne() {
    assertThat(Mentions.in(Platform.X, "meet @ 10, or @@NYP_York")).isEmpty();
  }

  @Test
  void in_findsNobodyWhenTheRunIsTooLongForX() {
    assertThat(Mentions.in(Platform.X, "@NYP_Richmondshire")).isEmpty();
    assertThat(Mentions.in(Platform.INSTAGRAM, "@NYP_Richmondshire"))
        .containsExactly(Handle.of(Platform.INSTAGRAM, "NYP_Richmondshire"));
  }

  @Test
  void in_dropsTrailingDotsOnInstagramAndFacebook() {
    assertThat(Mentions.in(Platform.INSTAGRAM, "Follow @nyp.york. Thanks"))
        .extracting(Handle::value)
        .containsExactly("nyp.york");
    assertThat(Mentions.in(Platform.FACEBOOK, "Like @NYP.York...!"))
        .extracting(Handle::value)
        .containsExactly("NYP.York");
  }

  @Test
  void in_followsEachPlatformsCharacters() {
    assertThat(Mentions.in(Platform.FACEBOOK, "@NYP_York")).isEmpty();
    assertThat(Mentions.in(Platform.X, "@nyp.york")).extracting(Handle::value).containsExactly("nyp");
    assertThat(Mentions.in(Platform.INSTAGRAM, "@.nyp")).isEmpty();
  }

  @Test
  void in_countsAHandleOnceUnderThePlatformsEquivalence() {
    assertThat(Mentions.in(Platform.FACEBOOK, "@NYPYork and @nyp.york"))
        .extracting(Handle::value)
        .containsExactly("NYPYork");
  }
}

package io.github.accountgovernance.core.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class StructuralInvariantsExamples {

  private static Account.Builder york() {
    return Account.builder()
        .id("york-x")
        .handle(Handle.of(Platform.X, "NYP_York"))
        .displayName("North Yorkshire Police - York")
        .tier(AccountTier.DISTRICT)
        .status(AccountStatus.ACTIVE);
  }

  @Test
  void handle_refusesBlankQuotingIt() {
    assertThatThrownBy(() -> Handle.of(Platform.X, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank")
        .hasMessageContaining("\"\"");
    assertThatThrownBy(() -> Handle.of(Platform.X, "@"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"@\"");
  }

  @Test
  void handle_refusesSpaceQuotingIt() {
    assertThatThrownBy(() -> Handle.of(Platform.X, "NYP York"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("white space")
        .hasMessageContaining("\"NYP York\"");
  }

  @Test
  void handle_refusesNullNamingTheParameter() {
    assertThatThrownBy(() -> Handle.of(Platform.X, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void account_refusesNegativeFollowersQuotingThem() {
    assertThatThrownBy(() -> york().followers(-11_400).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("york-x")
        .hasMessageContaining("-11400");
  }

  @Test
  void account_refusesClosingBeforeOpeningQuotingBothDates() {
    assertThatThrownBy(
            () -> york().openedOn(LocalDate.of(2021, 3, 31)).closedOn(LocalDate.of(2021, 3, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2021-03-01")
        .hasMessageContaining("2021-03-31");
  }

  @Test
  void account_refusesBadIdQuotingIt() {
    assertThatThrownBy(() -> york().id("york x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("account id")
        .hasMessageContaining("\"york x\"");
    assertThatThrownBy(() -> york().id("-york").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"-york\"");
  }

  @Test
  void account_refusesMissingHandleAsBuilderMisuse() {
    assertThatThrownBy(() -> Account.builder().id("york-x").build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void contributor_andDistrict_refuseBadIdsQuotingThem() {
    assertThatThrownBy(
            () -> Contributor.builder().id("c 1402").kind(ContributorKind.OFFICER).name("PC Alex Example").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contributor id")
        .hasMessageContaining("\"c 1402\"");
    assertThatThrownBy(() -> District.of("", "York"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("district code")
        .hasMessageContaining("\"\"");
  }

  @Test
  void contributor_refusesLeavingDateWhileServing() {
    assertThatThrownBy(
            () ->
                Contributor.builder()
                    .id("c-1402")
                    .kind(ContributorKind.OFFICER)
                    .name("PC Alex Example")
                    .leftOn(LocalDate.of(2021, 3, 31))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2021-03-31")
        .hasMessageContaining("SERVING");
  }

  @Test
  void rotaSlot_refusesBeingBothShiftAndWeekly() {
    assertThatThrownBy(
            () ->
                RotaAssignment.builder()
                    .contributor("c-1402")
                    .account("york-x")
                    .shiftWindow(TimeWindow.of(Instant.parse("2021-03-28T00:00:00Z"), Duration.ofHours(8)))
                    .weeklyWindow(WeeklyWindow.parse("Sun 00:00-08:00"))
                    .validFrom(LocalDate.of(2021, 3, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both")
        .hasMessageContaining("c-1402")
        .hasMessageContaining("york-x");
  }

  @Test
  void rotaSlot_refusesBeingNeither() {
    assertThatThrownBy(() -> RotaAssignment.builder().contributor("c-1402").account("york-x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("neither");
  }

  @Test
  void weeklyWindow_refusesHourTwentyFiveQuotingTheText() {
    assertThatThrownBy(() -> WeeklyWindow.parse("Mon 25:00-18:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"Mon 25:00-18:00\"");
  }

  @Test
  void timeWindow_refusesEndingBeforeItStartsQuotingBothInstants() {
    Instant start = Instant.parse("2021-03-28T02:00:00Z");
    assertThatThrownBy(() -> TimeWindow.of(start, start.minusSeconds(3_600)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2021-03-28T02:00:00Z")
        .hasMessageContaining("2021-03-28T01:00:00Z");
  }

  @Test
  void force_refusesTheSameDistrictTwiceQuotingTheCode() {
    assertThatThrownBy(
            () ->
                Force.builder()
                    .name("North Yorkshire Police")
                    .addDistricts(District.of("york", "York"), District.of("york", "York"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"york\"");
  }
}

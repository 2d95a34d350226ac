package io.github.accountgovernance.rules.whatif;

import static io.github.accountgovernance.rules.whatif.WhatIfFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class ScenarioTest {

  private final Estate york = WhatIfFixtures.york();

  @Test
  void absent_datesAreWholeLocalDaysUpToTheDayTheyAreBack() {
    Estate changed =
        Scenario.builder()
            .absent("c1", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 22))
            .absent("c2", LocalDate.of(2021, 3, 27), LocalDate.of(2021, 3, 29))
            .build()
            .applyTo(york);

    assertThat(changed.absencesOf("c1")).singleElement()
        .satisfies(absence -> {
          assertThat(absence.window()).isEqualTo(window("2021-03-08T00:00:00Z", "2021-03-22T00:00:00Z"));
          assertThat(absence.reason()).isEqualTo(AbsenceReason.LEAVE);
        });
    // The clocks go forward on 28 March: the day back starts at midnight BST, 23:00 UTC.
    assertThat(changed.absencesOf("c2")).singleElement()
        .satisfies(absence ->
            assertThat(absence.window()).isEqualTo(window("2021-03-27T00:00:00Z", "2021-03-28T23:00:00Z")));
  }

  @Test
  void leaves_endsTheRotaAtTheStartOfTheDay_andRecordsSomeoneWhoHasAlreadyLeft() {
    Estate later = Scenario.builder().leaves("c1", LocalDate.of(2021, 3, 15)).build().applyTo(york);
    Estate already = Scenario.builder().leaves("c3", LocalDate.of(2021, 2, 20)).build().applyTo(york);

    assertThat(later.rotaOf("c1")).isNotEmpty()
        .allSatisfy(slot -> assertThat(slot.validUntil()).contains(LocalDate.of(2021, 3, 15)));
    assertThat(later.contributor("c1").orElseThrow().isServing()).isTrue();
    assertThat(already.contributor("c3").orElseThrow().status()).isEqualTo(ContributorStatus.LEFT);
    assertThat(already.contributor("c3").orElseThrow().leftOn()).contains(LocalDate.of(2021, 2, 20));
    assertThat(already.rotaOf("c3")).as("a shift that starts after they leave goes").isEmpty();

    Estate midShift = Scenario.builder().leaves("c4", LocalDate.of(2021, 3, 10)).build().applyTo(york);
    assertThat(midShift.rotaOf("c4")).singleElement()
        .satisfies(slot -> assertThat(slot.shiftWindow())
            .contains(TimeWindow.of(WhatIfFixtures.AS_OF, Instant.parse("2021-03-10T00:00:00Z"))));
  }

  @Test
  void closes_makesTheAccountClosingWithAPlan_orClosedIfTheDateHasPassed() {
    Estate closing =
        Scenario.builder().closes("jobs-x", LocalDate.of(2021, 3, 31), "force-x").build().applyTo(york);
    Estate closed = Scenario.builder().closes("jobs-x", LocalDate.of(2021, 3, 1)).build().applyTo(york);

    assertThat(closing.account("jobs-x").map(Account::status)).contains(AccountStatus.CLOSING);
    assertThat(closing.closurePlanFor("jobs-x")).hasValueSatisfying(plan -> {
      assertThat(plan.closureDate()).isEqualTo(LocalDate.of(2021, 3, 31));
      assertThat(plan.successors()).containsExactly("force-x");
    });
    assertThat(closed.account("jobs-x").map(Account::status)).contains(AccountStatus.CLOSED);
    assertThat(closed.account("jobs-x").flatMap(Account::closedOn)).contains(LocalDate.of(2021, 3, 1));
  }

  @Test
  void opens_makesAProposedAccountActive_andAClosedOneActiveWithoutItsPlan() {
    Estate opened =
        Scenario.builder()
            .opens("officer-1402-x", LocalDate.of(2021, 3, 10))
            .opens("npt-yorksouth-x", LocalDate.of(2021, 3, 10))
            .build()
            .applyTo(york);

    assertThat(opened.account("officer-1402-x")).hasValueSatisfying(account -> {
      assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
      assertThat(account.openedOn()).contains(LocalDate.of(2021, 3, 10));
    });
    assertThat(opened.account("npt-yorksouth-x")).hasValueSatisfying(account -> {
      assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
      assertThat(account.closedOn()).isEmpty();
    });
    assertThat(opened.closurePlanFor("npt-yorksouth-x")).isEmpty();
  }

  @Test
  void slots_areAddedAndRemoved() {
    RotaAssignment saturday =
        RotaAssignment.weekly("c2", "york-x", WeeklyWindow.parse("Sat 08:00-16:00"), LocalDate.of(2021, 3, 1),
            LocalDate.of(2021, 4, 1));
    Estate changed =
        Scenario.builder()
            .removeSlot("c2", "york-x", WeeklyWindow.parse("Mon 08:00-18:00"))
            .addSlot(saturday)
            .removeSlots("c5", "jobs-x")
            .build()
            .applyTo(york);

    assertThat(changed.rotaOf("c2")).contains(saturday)
        .noneMatch(slot -> slot.weeklyWindow().equals(java.util.Optional.of(WeeklyWindow.parse("Mon 08:00-18:00"))))
        .hasSize(3);
    assertThat(changed.rotaOf("c5")).isEmpty();
  }

  @Test
  void changesApplyInOrder_soAnOpenedAccountCanBeGivenARota() {
    Estate changed =
        Scenario.builder()
            .opens("officer-1402-x", LocalDate.of(2021, 3, 1))
            .addSlot(RotaAssignment.weekly("c1", "officer-1402-x", WeeklyWindow.parse("Mon 08:00-10:00"),
                LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 1)))
            .closes("officer-1402-x", LocalDate.of(2021, 3, 20))
            .build()
            .applyTo(york);

    assertThat(changed.account("officer-1402-x").map(Account::status)).contains(AccountStatus.CLOSING);
    assertThat(changed.rotaFor("officer-1402-x")).hasSize(1);
  }

  @Test
  void applyTo_reportsEveryProblemAtOnce_withTheChangeAndANearMiss() {
    Scenario scenario =
        Scenario.builder()
            .absent("c11", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 22))
            .closes("npt-yorksouth-x", LocalDate.of(2021, 3, 31))
            .opens("york-x", LocalDate.of(2021, 3, 2))
            .removeSlots("c3", "york-x")
            .closes("yrok-x", LocalDate.of(2021, 3, 31), "force-x")
            .absent("c1", Moment.parse("2021-03-09"), Moment.parse("2021-03-08"), AbsenceReason.LEAVE)
            .build();

    assertThatThrownBy(() -> scenario.applyTo(york))
        .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.problems()).containsExactly(
            "change 1 (--absent c11 2021-03-08..2021-03-22): unknown contributor \"c11\" (did you mean \"c1\"?)",
            "change 2 (--close npt-yorksouth-x 2021-03-31): npt-yorksouth-x is closed already",
            "change 3 (--open york-x 2021-03-02): york-x is active; only a proposed or closed account can open",
            "change 4 (--remove-slots c3 york-x): c3 has no slot on york-x to remove",
            "change 5 (--close yrok-x 2021-03-31 force-x): unknown account \"yrok-x\" (did you mean \"york-x\"?)",
            "change 6 (--absent c1 2021-03-09..2021-03-08): the absence of c1 ends (2021-03-08) before it starts"
                + " (2021-03-09); the second date is the day they are back"))
        .hasMessageStartingWith("the scenario has 6 problems:\n  - change 1");
  }

  @Test
  void anEmptyScenario_leavesTheEstateAsItIs() {
    assertThat(Scenario.empty().applyTo(york)).isSameAs(york);
    assertThat(Scenario.empty().isEmpty()).isTrue();
  }

  @Test
  void describe_namesPeopleAndAccountsAndDatesInTheForcesZone() {
    Scenario scenario =
        Scenario.builder()
            .absent("c1", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 22))
            .leaves("c2", LocalDate.of(2021, 3, 15))
            .closes("jobs-x", LocalDate.of(2021, 3, 31), "force-x")
            .build();

    assertThat(scenario.describe(york)).containsExactly(
        "PC Alex Example (c1) is absent Mon 8 Mar 2021 00:00 – Mon 22 Mar 00:00 GMT, 14 d (leave)",
        "Sgt Sam Example (c2) leaves on Mon 15 Mar 2021: their rota slots end then",
        "@NYP_Jobs (jobs-x) closes on Wed 31 Mar 2021, succeeded by @NYorksPolice (force-x)");
    assertThat(scenario).hasToString(
        "--absent c1 2021-03-08..2021-03-22 --leaves c2 2021-03-15 --close jobs-x 2021-03-31 force-x");
  }

  @Test
  void builder_refusesMisuse() {
    assertThatThrownBy(() -> Scenario.builder().absent("c1", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the second date is the day they are back");
    assertThatThrownBy(() -> Scenario.builder().name("one").name("two"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"one\"");
    assertThatThrownBy(() -> Scenario.builder().leaves(" ", LocalDate.of(2021, 3, 8)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scenario.builder().add(null)).isInstanceOf(NullPointerException.class);
  }
}

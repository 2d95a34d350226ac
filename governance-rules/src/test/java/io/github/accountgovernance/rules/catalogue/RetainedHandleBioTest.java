package io.github.accountgovernance.rules.catalogue;

import static io.github.accountgovernance.rules.catalogue.ClosureFixtures.osuAccount;
import static io.github.accountgovernance.rules.catalogue.ClosureFixtures.osuPlan;
import static io.github.accountgovernance.rules.catalogue.ClosureFixtures.plan;
import static io.github.accountgovernance.rules.catalogue.ClosureFixtures.successors;
import static io.github.accountgovernance.rules.catalogue.ClosureFixtures.yorkSouthAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CLO-5: a closed handle's bio points to a successor; the planned successor counts even once it has closed too. */
final class RetainedHandleBioTest {

  private static final String SIGNPOSTS = " Do not report crime here: call 101, or 999 in an emergency.";

  /** OSU closed, planned to hand over to York South, which closed in turn and hands over to {@code @NYP_York}. */
  private static Estate estate(String osuBio) {
    return successors()
        .asOf(Instant.parse("2021-06-01T09:00:00Z"))
        .addAccounts(
            osuAccount().status(AccountStatus.CLOSED).closedOn(LocalDate.of(2021, 4, 2)).bio(osuBio).build(),
            yorkSouthAccount().status(AccountStatus.CLOSED).closedOn(LocalDate.of(2021, 4, 1))
                .bio("Follow @NYP_York for news." + SIGNPOSTS).build())
        .addClosurePlans(
            osuPlan("2021-04-02", ClosureFixtures.OSU_MESSAGE).successors(List.of("york-south-x"))
                .archivedOn(LocalDate.of(2021, 4, 1)).build(),
            plan("york-south-x", "2021-04-01").addSuccessors("york-x").archivedOn(LocalDate.of(2021, 3, 31)).build())
        .build();
  }

  private static List<Violation> bioViolations(Estate estate) {
    return PolicyPack.builder("clo5").add(ClosureRules.retainedNotDeleted()).build().evaluate(estate)
        .violationsOf("CLO-5").stream().filter(v -> v.key().equals("bio-successor")).toList();
  }

  @Test
  void aBioPointingToThePlannedSuccessor_passes_evenWhenThatSuccessorHasClosedToo() {
    assertThat(bioViolations(estate("Follow @NPTYorkSouth." + SIGNPOSTS))).isEmpty();
  }

  @Test
  void aBioPointingToWhereTheChainEnds_passes() {
    assertThat(bioViolations(estate("Follow @NYP_York." + SIGNPOSTS))).isEmpty();
  }

  @Test
  void aBioPointingToNeither_isAViolationListingBoth() {
    assertThat(bioViolations(estate("Follow @NYorksPolice." + SIGNPOSTS)))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.message()).contains("its bio does not point to a successor");
          assertThat(v.evidence()).anySatisfy(e -> assertThat(e.toString()).contains("@NPTYorkSouth")
              .contains("@NYP_York"));
        });
  }

  @Test
  void withNoSuccessorOnRecord_aBioPointingToAnotherClosedAccount_isAViolation() {
    // No closure plans: any active account of the force on the platform would do, but York South is closed.
    Estate estate =
        successors()
            .asOf(Instant.parse("2021-06-01T09:00:00Z"))
            .addAccounts(
                osuAccount().status(AccountStatus.CLOSED).closedOn(LocalDate.of(2021, 4, 2))
                    .bio("Follow @NPTYorkSouth." + SIGNPOSTS).build(),
                yorkSouthAccount().status(AccountStatus.CLOSED).closedOn(LocalDate.of(2021, 4, 1))
                    .bio("Follow @NYP_York for news." + SIGNPOSTS).build())
            .build();

    assertThat(bioViolations(estate))
        .filteredOn(v -> v.subject().displayName().equals("@NYPRoadCrime"))
        .singleElement()
        .satisfies(v -> assertThat(v.message())
            .startsWith("its bio does not point to any active account of the force"));
  }
}

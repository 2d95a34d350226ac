package io.github.accountgovernance.rules.planning;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.testing.EstateGens;
import io.github.accountgovernance.core.testing.EstateParts;
import io.github.accountgovernance.rules.Fingerprint;
import io.github.accountgovernance.rules.Gens;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.catalogue.ClosureRules;
import io.github.accountgovernance.rules.catalogue.EstateRules;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.naming.Mentions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the closure planner over estates shaped for it ({@link PlanningGens}) and over the general generated
 * estates of {@code EstateGens} and packs with generated deadlines, notice windows and estate
 * sizes: applying the plan never adds a CLO-1, CLO-2, CLO-3 or CLO-6 violation; once announced, every planned
 * account's successor chain ends at an active account and its plan meets CLO-2, CLO-3 and CLO-6; every drafted
 * message mentions every successor; and the plan does not depend on the order of the estate's lists.
 */
final class ClosurePlannerProperties {

  private static final List<String> CLOSURE_RULES = List.of("CLO-1", "CLO-2", "CLO-3", "CLO-6");

  /**
   * npcc2021 with a deadline, notice window and estate size drawn around its own; the window is never empty,
   * since CLO-3 requires minNotice at most maxNotice and a pack refuses anything else.
   */
  private static Gen<PolicyPack> packs() {
    Gen<LocalDate> deadlines = EstateGens.dates();
    Gen<Integer> minNotice = integers().between(0, 5);
    Gen<Integer> maxNotice = integers().between(0, 40);
    Gen<Integer> maxActive = integers().between(1, 8);
    return deadlines.zip(minNotice, maxNotice, maxActive, (deadline, min, max, active) ->
        PolicyPacks.npcc2021()
            .derive("generated")
            .set(ClosureRules.DEADLINE, deadline)
            .set(ClosureRules.MIN_NOTICE, Duration.ofDays(min))
            .set(ClosureRules.MAX_NOTICE, Duration.ofDays(Math.max(min, max)))
            .set(EstateRules.MAX_ACTIVE_ACCOUNTS, active)
            .build());
  }

  private static Set<Fingerprint> closureViolations(Report report) {
    return report.violations().stream()
        .filter(violation -> CLOSURE_RULES.contains(violation.ruleId().value()))
        .map(Violation::fingerprint)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Mostly estates shaped for planning, and a quarter of general generated estates. */
  private static Gen<Estate> estates() {
    return PlanningGens.estates().mix(EstateGens.validEstates(), 25);
  }

  @Test
  void applyingThePlan_neverAddsAClosureViolation() {
    qt().withExamples(500)
        .forAll(estates(), packs())
        .checkAssert((estate, pack) -> {
          ConsolidationPlan plan = ClosurePlanner.of(pack).plan(estate);

          Set<Fingerprint> before = closureViolations(pack.evaluate(estate));
          Set<Fingerprint> after = closureViolations(pack.evaluate(plan.applyTo(estate)));

          assertThat(after).as("violations the plan added").isSubsetOf(before);
        });
  }

  @Test
  void onceAnnounced_everyPlannedAccountHandsOnToActiveAccountsAndMeetsClo2Clo3AndClo6() {
    qt().withExamples(500)
        .forAll(estates(), packs())
        .checkAssert((estate, pack) -> {
          ConsolidationPlan plan = ClosurePlanner.of(pack).plan(estate);
          Estate announced = plan.announcedIn(estate);
          Set<String> planned =
              plan.closures().stream().map(c -> c.account().id()).collect(Collectors.toSet());

          for (PlannedClosure closure : plan.closures()) {
            for (Account successor : closure.successors()) {
              Account now = announced.account(successor.id()).orElseThrow();
              assertThat(now.status()).isEqualTo(AccountStatus.ACTIVE);
              assertThat(announced.closurePlanFor(now.id())).as("the successor %s closes", now.id()).isEmpty();
              assertThat(now.platform()).isEqualTo(closure.account().platform());
            }
          }
          assertThat(pack.evaluate(announced).violations())
              .filteredOn(v -> List.of("CLO-2", "CLO-3", "CLO-6").contains(v.ruleId().value()))
              .filteredOn(v -> v.subject().kind() == SubjectKind.ACCOUNT
                  || v.subject().kind() == SubjectKind.CLOSURE_PLAN)
              .filteredOn(v -> planned.contains(v.subject().id()))
              .isEmpty();
        });
  }

  @Test
  void everyDraftedMessage_mentionsEverySuccessorAndKeepsItsDatesInOrder() {
    qt().withExamples(500)
        .forAll(estates(), packs())
        .checkAssert((estate, pack) -> {
          ConsolidationPlan plan = ClosurePlanner.of(pack).plan(estate);
          long minNotice = pack.value(ClosureRules.MIN_NOTICE).toDays();
          long maxNotice = pack.value(ClosureRules.MAX_NOTICE).toDays();

          for (PlannedClosure closure : plan.closures()) {
            assertThat(closure.finalMessage().length()).isLessThanOrEqualTo(280);
            closure.successors().forEach(successor ->
                assertThat(Mentions.mentions(closure.finalMessage(), successor.handle()))
                    .as("%s mentions %s", closure.finalMessage(), successor.handle())
                    .isTrue());
            long notice = ChronoUnit.DAYS.between(closure.finalMessageOn(), closure.closureDate());
            assertThat(notice).isBetween(minNotice, maxNotice);
            assertThat(closure.finalMessageOn()).isAfterOrEqualTo(plan.today());
            assertThat(closure.archiveBy()).isAfterOrEqualTo(closure.finalMessageOn()).isEqualTo(closure.closureDate());
            if (closure.notes().isEmpty()) {
              assertThat(closure.closureDate()).isBeforeOrEqualTo(plan.deadline());
            }
          }
        });
  }

  @Test
  void thePlan_doesNotDependOnTheOrderOfTheEstatesLists() {
    qt().withExamples(200)
        .forAll(PlanningGens.parts().mix(EstateGens.validEstateParts(), 25), Gens.shuffles(8), packs())
        .checkAssert((parts, orders, pack) -> {
          EstateParts shuffled = Gens.shuffled(parts, orders);

          ConsolidationPlan original = ClosurePlanner.of(pack).plan(parts.build());
          ConsolidationPlan reordered = ClosurePlanner.of(pack).plan(shuffled.build());

          assertThat(reordered).isEqualTo(original);
          for (ScheduleFormat format : ScheduleFormat.values()) {
            assertThat(format.render(reordered)).isEqualTo(format.render(original));
          }
        });
  }
}

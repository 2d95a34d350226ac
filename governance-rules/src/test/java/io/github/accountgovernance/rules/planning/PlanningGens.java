package io.github.accountgovernance.rules.planning;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.testing.EstateGens;
import io.github.accountgovernance.core.testing.EstateParts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Estates shaped for the planner, which {@code EstateGens.validEstates()} rarely is (a random estate seldom has a
 * force-wide account on the platform of the account that must close): up to twelve accounts of North Yorkshire on
 * X (mostly), Instagram and Facebook, of every tier and status, with conventional, other and invalid handles, and
 * existing closure plans whose successors may be closing, loop or lead anywhere. Built only from QuickTheories'
 * randomness source, so failures replay from their seed and shrink: towards fewer accounts, active force-wide
 * accounts on X with conventional handles, and no plans.
 */
final class PlanningGens {

  static final Force FORCE =
      Force.builder()
          .name("North Yorkshire Police")
          .addDistricts(District.of("york", "York"), District.of("craven", "Craven"), District.of("selby", "Selby"))
          .putHandleConventions(AccountTier.FORCE_WIDE, "NYorksPolice")
          .putHandleConventions(AccountTier.DISTRICT, "NYP_{district}")
          .putHandleConventions(AccountTier.CORPORATE_FUNCTION, "NYP_{function}")
          .build();

  private static final List<String> DISTRICTS = List.of("york", "craven", "selby");
  private static final List<String> TOKENS = List.of("York", "Craven", "Selby");

  /** What an existing closure plan holds; {@code present} false for an account without one. */
  record PlanSpec(boolean present, List<Integer> successors, LocalDate closure, Optional<LocalDate> messageOn,
      int message) {}

  /** One account: the numbers it was drawn from. */
  record AccountSpec(int platform, int tier, int district, int status, int handle, int followers, boolean justified,
      PlanSpec plan) {}

  private PlanningGens() {}

  static Gen<Estate> estates() {
    return parts().map(EstateParts::build);
  }

  /** The builder input of {@link #estates()}, in generation order, for shuffling. */
  static Gen<EstateParts> parts() {
    Gen<PlanSpec> plans =
        integers().between(0, 3).zip(
            lists().of(integers().between(0, 11)).ofSizeBetween(0, 2),
            EstateGens.dates(),
            EstateGens.dates().toOptionals(70),
            integers().between(0, 2),
            (present, successors, closure, messageOn, message) ->
                new PlanSpec(present == 3, successors, closure, messageOn, message));
    Gen<int[]> numbers =
        integers().between(0, 9).zip(
            integers().between(0, 9), integers().between(-1, 2), integers().between(0, 7), integers().between(0, 5),
            (platform, tier, district, status, handle) -> new int[] {platform, tier, district, status, handle});
    Gen<AccountSpec> accounts =
        numbers.zip(integers().between(0, 20_000), booleans().all(), plans,
            (n, followers, justified, plan) ->
                new AccountSpec(n[0], n[1], n[2], n[3], n[4], followers, justified, plan));
    return lists().of(accounts).ofSizeBetween(0, 12).zip(EstateGens.instants(), PlanningGens::parts);
  }

  private static EstateParts parts(List<AccountSpec> specs, Instant asOf) {
    List<Account> accounts = new ArrayList<>();
    List<ClosurePlan> plans = new ArrayList<>();
    Set<String> handles = new HashSet<>();
    for (int i = 0; i < specs.size(); i++) {
      accounts.add(account(i, specs.get(i), handles));
    }
    for (int i = 0; i < specs.size(); i++) {
      PlanSpec plan = specs.get(i).plan();
      if (!plan.present()) {
        continue;
      }
      List<String> successors = new ArrayList<>();
      for (int successor : plan.successors()) {
        String id = "a" + (successor % specs.size());
        if (!successors.contains(id)) {
          successors.add(id);
        }
      }
      plans.add(
          ClosurePlan.builder()
              .account("a" + i)
              .successors(successors)
              .closureDate(plan.closure())
              .finalMessageOn(plan.messageOn())
              .finalMessage(
                  plan.message() == 0
                      ? Optional.empty()
                      : Optional.of(plan.message() == 1 ? "Goodbye." : "Follow @NYorksPolice and @NYP_York."))
              .build());
    }
    return new EstateParts(FORCE, asOf, accounts, List.of(), List.of(), List.of(), List.of(), plans, List.of(),
        List.of());
  }

  private static Account account(int index, AccountSpec spec, Set<String> taken) {
    Platform platform = spec.platform() < 8 ? Platform.X : spec.platform() == 8 ? Platform.INSTAGRAM : Platform.FACEBOOK;
    AccountTier tier =
        spec.tier() < 2
            ? AccountTier.FORCE_WIDE
            : spec.tier() < 5
                ? AccountTier.DISTRICT
                : spec.tier() < 8
                    ? AccountTier.INDIVIDUAL_OFFICER
                    : spec.tier() == 8 ? AccountTier.SPECIALIST_TEAM : AccountTier.CORPORATE_FUNCTION;
    AccountStatus status =
        spec.status() < 5
            ? AccountStatus.ACTIVE
            : spec.status() == 5 ? AccountStatus.CLOSING : spec.status() == 6 ? AccountStatus.CLOSED
                : AccountStatus.PROPOSED;
    Optional<String> district = spec.district() < 0 ? Optional.empty() : Optional.of(DISTRICTS.get(spec.district()));
    String handle = handle(index, spec, platform, tier);
    if (!taken.add(platform + ":" + handle)) {
      handle = handle + index;
      taken.add(platform + ":" + handle);
    }
    Account.Builder account =
        Account.builder()
            .id("a" + index)
            .handle(Handle.of(platform, handle))
            .displayName("North Yorkshire Police a" + index)
            .tier(tier)
            .status(status)
            .district(district)
            .followers(spec.followers());
    if (tier == AccountTier.CORPORATE_FUNCTION) {
      account.function("Jobs");
    }
    if (spec.justified()) {
      account.justification("Appeals the force account does not reach.");
    }
    return account.build();
  }

  /** Conventional (0 to 2), another valid handle (3, 4), or one the platform refuses (5). */
  private static String handle(int index, AccountSpec spec, Platform platform, AccountTier tier) {
    String text;
    if (spec.handle() <= 2) {
      text = switch (tier) {
        case FORCE_WIDE -> "NYorksPolice";
        case DISTRICT -> "NYP_" + (spec.district() < 0 ? "Area" : TOKENS.get(spec.district()));
        case CORPORATE_FUNCTION -> "NYP_Jobs";
        case SPECIALIST_TEAM -> "NYP_Unit" + index;
        case INDIVIDUAL_OFFICER -> "NYP_PC" + (1000 + index);
      };
    } else if (spec.handle() <= 4) {
      text = "NPTPlace" + index;
    } else {
      return platform == Platform.X ? "NorthYorkshirePolice" + index
          : platform == Platform.INSTAGRAM ? "nyp..bad" + index
          : "n" + index;
    }
    return platform == Platform.FACEBOOK ? text.replace("_", "") : text;
  }
}

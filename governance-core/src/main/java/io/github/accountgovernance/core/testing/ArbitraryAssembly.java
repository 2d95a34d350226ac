package io.github.accountgovernance.core.testing;

import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.model.SampledPost;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates the parts of a valid estate without {@code flatMap}: accounts and contributors are generated first,
 * and everything that refers to them is generated with <em>slot numbers</em> in place of ids ("0", "1", …), which
 * {@link #resolve} replaces by the id at that position (modulo the number of ids). Each list then shrinks on its
 * own, and a reference that loses its target simply points at another one.
 */
final class ArbitraryAssembly {

  /** Slot numbers range over more values than any estate has ids, so references spread over all of them. */
  private static final int SLOTS = 1_000;

  private ArbitraryAssembly() {}

  static Arbitrary<EstateParts> parts(EstateSize size, int minAccounts, int minContributors) {
    Arbitrary<String> slots = Arbitraries.integers().between(0, SLOTS - 1).shrinkTowards(0).map(String::valueOf);
    Arbitrary<List<Account>> accounts =
        EstateArbitraries.accounts()
            .list()
            .ofMinSize(Math.min(minAccounts, size.maxAccounts()))
            .ofMaxSize(size.maxAccounts())
            .uniqueElements(Account::id);
    Arbitrary<List<Contributor>> contributors =
        EstateArbitraries.contributors()
            .list()
            .ofMinSize(Math.min(minContributors, size.maxContributors()))
            .ofMaxSize(size.maxContributors())
            .uniqueElements(Contributor::id);
    Arbitrary<Referring> referring =
        Combinators.combine(
                EstateArbitraries.grants(slots, slots).list().ofMaxSize(size.maxGrants()),
                EstateArbitraries.rotaAssignments(slots, slots).list().ofMaxSize(size.maxRotaSlots()),
                EstateArbitraries.absences(slots).list().ofMaxSize(size.maxAbsences()),
                EstateArbitraries.closurePlans(slots).list().ofMaxSize(size.maxClosurePlans()),
                EstateArbitraries.posts(slots, slots).list().ofMaxSize(size.maxPosts()))
            .as(Referring::new);
    return Combinators.combine(
            EstateArbitraries.forces(),
            EstateArbitraries.instants(),
            accounts,
            contributors,
            referring,
            EstateArbitraries.observedHandles().list().ofMaxSize(size.maxObservedHandles()))
        .as(ArbitraryAssembly::resolve);
  }

  /** The generated lists whose references are still slot numbers. */
  private record Referring(
      List<AccessGrant> grants,
      List<RotaAssignment> rota,
      List<Absence> absences,
      List<ClosurePlan> closurePlans,
      List<SampledPost> posts) {}

  private static EstateParts resolve(
      Force force,
      Instant asOf,
      List<Account> generatedAccounts,
      List<Contributor> generatedContributors,
      Referring referring,
      List<ObservedHandle> observed) {
    List<Account> accounts =
        generatedAccounts.stream()
            .map(a -> Account.builder().from(a).district(districtIn(force, a.district())).build())
            .toList();
    List<Contributor> contributors =
        generatedContributors.stream()
            .map(c -> Contributor.builder().from(c).district(districtIn(force, c.district())).build())
            .toList();
    List<String> accountIds = accounts.stream().map(Account::id).toList();
    List<String> people = contributors.stream().map(Contributor::id).toList();
    Function<String, String> account = slot -> at(accountIds, slot);
    Function<String, String> person = slot -> at(people, slot);
    boolean bothExist = !accountIds.isEmpty() && !people.isEmpty();

    List<AccessGrant> grants =
        bothExist
            ? referring.grants().stream()
                .map(g -> AccessGrant.of(person.apply(g.contributor()), account.apply(g.account()), g.role()))
                .toList()
            : List.of();
    List<RotaAssignment> rota =
        bothExist
            ? referring.rota().stream()
                .map(r -> RotaAssignment.builder()
                    .from(r)
                    .contributor(person.apply(r.contributor()))
                    .account(account.apply(r.account()))
                    .build())
                .toList()
            : List.of();
    List<Absence> absences =
        people.isEmpty()
            ? List.of()
            : referring.absences().stream()
                .map(a -> Absence.of(person.apply(a.contributor()), a.window(), a.reason()))
                .toList();
    List<SampledPost> posts =
        bothExist
            ? referring.posts().stream()
                .map(p -> SampledPost.builder()
                    .from(p)
                    .account(account.apply(p.account()))
                    .author(person.apply(p.author()))
                    .build())
                .toList()
            : List.of();
    // An account has at most one closure plan: where two slot numbers land on one account, the first plan wins.
    Map<String, ClosurePlan> plans = new LinkedHashMap<>();
    if (!accountIds.isEmpty()) {
      for (ClosurePlan plan : referring.closurePlans()) {
        ClosurePlan resolved =
            ClosurePlan.builder()
                .from(plan)
                .account(account.apply(plan.account()))
                .successors(plan.successors().stream().map(account).toList())
                .build();
        plans.putIfAbsent(resolved.account(), resolved);
      }
    }
    return new EstateParts(
        force, asOf, accounts, contributors, grants, rota, absences, List.copyOf(plans.values()), posts, observed);
  }

  private static String at(List<String> ids, String slot) {
    return ids.get(Integer.parseInt(slot) % ids.size());
  }

  /**
   * Keeps a district code the force has; maps any other North Yorkshire code onto one of the force's districts,
   * or drops it when the force has none.
   */
  private static Optional<String> districtIn(Force force, Optional<String> code) {
    List<District> districts = force.districts();
    if (code.isEmpty() || force.district(code.get()).isPresent()) {
      return code;
    }
    if (districts.isEmpty()) {
      return Optional.empty();
    }
    int index = Math.max(0, EstateArbitraries.DISTRICT_CODES.indexOf(code.get()));
    return Optional.of(districts.get(index % districts.size()).code());
  }
}

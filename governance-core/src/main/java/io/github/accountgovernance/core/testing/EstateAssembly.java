package io.github.accountgovernance.core.testing;

import static io.github.accountgovernance.core.testing.GenSupport.ints;
import static io.github.accountgovernance.core.testing.GenSupport.lists;
import static io.github.accountgovernance.core.testing.GenSupport.uniqueLists;

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
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Generates the parts of a valid estate. The length of every list is drawn first (a {@code Shape}); then accounts
 * and contributors, and everything that refers to them with <em>slot numbers</em> in place of ids ("0", "1", …),
 * which {@link #resolve} replaces by the id at that position (modulo the number of ids). Each list then shrinks on
 * its own, and a reference that loses its target simply points at another one.
 */
final class EstateAssembly {

  /** Slot numbers range over more values than any estate has ids, so references spread over all of them. */
  private static final int SLOTS = 1_000;

  private EstateAssembly() {}

  static Gen<EstateParts> parts(EstateSize size, int minAccounts, int minContributors) {
    int fewestAccounts = Math.min(minAccounts, size.maxAccounts());
    int fewestContributors = Math.min(minContributors, size.maxContributors());
    Gen<int[]> firstCounts =
        ints(fewestAccounts, size.maxAccounts(), fewestAccounts)
            .zip(
                ints(fewestContributors, size.maxContributors(), fewestContributors),
                ints(0, size.maxGrants(), 0),
                ints(0, size.maxRotaSlots(), 0),
                ints(0, size.maxAbsences(), 0),
                (accounts, contributors, grants, rota, absences) ->
                    new int[] {accounts, contributors, grants, rota, absences});
    Gen<Shape> shapes =
        firstCounts.zip(
            ints(0, size.maxClosurePlans(), 0),
            ints(0, size.maxPosts(), 0),
            ints(0, size.maxObservedHandles(), 0),
            (counts, closurePlans, posts, observed) ->
                new Shape(counts[0], counts[1], counts[2], counts[3], counts[4], closurePlans, posts, observed));
    return shapes.flatMap(EstateAssembly::partsOf);
  }

  /**
   * How many of each list an estate has. The counts are drawn before anything else, so shrinking the contents of
   * one list (or dropping an element) never shifts the draws that decide how long the other lists are.
   */
  private record Shape(
      int accounts,
      int contributors,
      int grants,
      int rota,
      int absences,
      int closurePlans,
      int posts,
      int observedHandles) {}

  private static Gen<EstateParts> partsOf(Shape shape) {
    Gen<String> slots = ints(0, SLOTS - 1, 0).map(slot -> String.valueOf(slot));
    Gen<List<Account>> accounts = uniqueLists(EstateGens.accounts(), Account::id, shape.accounts());
    Gen<List<Contributor>> contributors =
        uniqueLists(EstateGens.contributors(), Contributor::id, shape.contributors());
    Gen<Referring> referring =
        lists(EstateGens.grants(slots, slots), shape.grants())
            .zip(
                lists(EstateGens.rotaAssignments(slots, slots), shape.rota()),
                lists(EstateGens.absences(slots), shape.absences()),
                lists(EstateGens.closurePlans(slots), shape.closurePlans()),
                lists(EstateGens.posts(slots, slots), shape.posts()),
                Referring::new);
    Gen<Pair<Force, Instant>> snapshot = EstateGens.forces().zip(EstateGens.instants(), Pair::of);
    return snapshot.zip(
        accounts,
        contributors,
        referring,
        lists(EstateGens.observedHandles(), shape.observedHandles()),
        (forceAndInstant, generatedAccounts, generatedContributors, generatedReferring, observed) ->
            resolve(
                forceAndInstant._1,
                forceAndInstant._2,
                generatedAccounts,
                generatedContributors,
                generatedReferring,
                observed));
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
    int index = Math.max(0, EstateGens.DISTRICT_CODES.indexOf(code.get()));
    return Optional.of(districts.get(index % districts.size()).code());
  }
}

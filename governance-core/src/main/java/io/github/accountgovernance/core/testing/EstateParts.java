package io.github.accountgovernance.core.testing;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.model.SampledPost;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Everything an {@link Estate.Builder} is given, in the order it is given: what
 * {@link EstateGens#validEstateParts()} generates before it builds. Useful for properties about the
 * builder itself, such as order independence, and for paths that index into the input lists.
 *
 * <pre>{@code
 * @Test
 * void orderDoesNotMatter() {
 *   Theories.qt()
 *       .forAll(EstateGens.validEstateParts(), SourceDSL.longs().all())
 *       .checkAssert((parts, seed) ->
 *           assertThat(parts.shuffled(new Random(seed)).build()).isEqualTo(parts.build()));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param force the force
 * @param asOf the snapshot instant
 * @param accounts the accounts
 * @param contributors the contributors
 * @param grants the access grants
 * @param rota the rota slots
 * @param absences the absences
 * @param closurePlans the closure plans
 * @param posts the sampled posts
 * @param observedHandles the observed handles
 */
public record EstateParts(
    Force force,
    Instant asOf,
    List<Account> accounts,
    List<Contributor> contributors,
    List<AccessGrant> grants,
    List<RotaAssignment> rota,
    List<Absence> absences,
    List<ClosurePlan> closurePlans,
    List<SampledPost> posts,
    List<ObservedHandle> observedHandles) {

  /**
   * Checks and copies the components.
   *
   * @param force the force
   * @param asOf the snapshot instant
   * @param accounts the accounts
   * @param contributors the contributors
   * @param grants the access grants
   * @param rota the rota slots
   * @param absences the absences
   * @param closurePlans the closure plans
   * @param posts the sampled posts
   * @param observedHandles the observed handles
   * @throws NullPointerException if a component or list element is null
   */
  public EstateParts {
    requireNonNull(force, "force");
    requireNonNull(asOf, "asOf");
    accounts = List.copyOf(requireNonNull(accounts, "accounts"));
    contributors = List.copyOf(requireNonNull(contributors, "contributors"));
    grants = List.copyOf(requireNonNull(grants, "grants"));
    rota = List.copyOf(requireNonNull(rota, "rota"));
    absences = List.copyOf(requireNonNull(absences, "absences"));
    closurePlans = List.copyOf(requireNonNull(closurePlans, "closurePlans"));
    posts = List.copyOf(requireNonNull(posts, "posts"));
    observedHandles = List.copyOf(requireNonNull(observedHandles, "observedHandles"));
  }

  /**
   * Returns a new estate builder filled with these parts, in this order.
   *
   * @return the builder
   */
  public Estate.Builder toBuilder() {
    return Estate.builder()
        .force(force)
        .asOf(asOf)
        .accounts(accounts)
        .contributors(contributors)
        .grants(grants)
        .rota(rota)
        .absences(absences)
        .closurePlans(closurePlans)
        .posts(posts)
        .observedHandles(observedHandles);
  }

  /**
   * Builds the estate.
   *
   * @return the estate
   * @throws io.github.accountgovernance.core.model.InvalidEstateException if the parts do not hang together
   */
  public Estate build() {
    return toBuilder().build();
  }

  /**
   * Returns the same parts with every list shuffled.
   *
   * @param random the source of randomness (seed it with a generated {@code long}, as above, so that failures
   *     shrink and replay)
   * @return the shuffled parts
   * @throws NullPointerException if {@code random} is null
   */
  public EstateParts shuffled(Random random) {
    requireNonNull(random, "random");
    return new EstateParts(
        force,
        asOf,
        shuffle(accounts, random),
        shuffle(contributors, random),
        shuffle(grants, random),
        shuffle(rota, random),
        shuffle(absences, random),
        shuffle(closurePlans, random),
        shuffle(posts, random),
        shuffle(observedHandles, random));
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}

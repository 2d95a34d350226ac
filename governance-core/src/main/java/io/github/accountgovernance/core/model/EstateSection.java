package io.github.accountgovernance.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One of the lists an {@link Estate} is made of (its accounts, contributors, grants, rota, absences, closure
 * plans, sampled posts and observed handles): its name, as paths and files give it, how to take it from an estate
 * and how to add to it in a builder. Code that treats every list alike (reading and writing files, copying,
 * comparing two estates) goes through {@link #all()} instead of naming the eight lists again.
 *
 * <pre>{@code
 * for (EstateSection<?> section : EstateSection.all()) {
 *   System.out.println(section.name() + ": " + section.of(estate).size());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of the list's elements
 */
public final class EstateSection<T extends Comparable<? super T>> {

  /** The accounts. */
  public static final EstateSection<Account> ACCOUNTS =
      new EstateSection<>("accounts", Estate::accounts, Estate.Builder::addAccounts);
  /** The contributors. */
  public static final EstateSection<Contributor> CONTRIBUTORS =
      new EstateSection<>("contributors", Estate::contributors, Estate.Builder::addContributors);
  /** The access grants. */
  public static final EstateSection<AccessGrant> GRANTS =
      new EstateSection<>("grants", Estate::grants, Estate.Builder::addGrants);
  /** The monitoring rota. */
  public static final EstateSection<RotaAssignment> ROTA =
      new EstateSection<>("rota", Estate::rota, Estate.Builder::addRota);
  /** The absences. */
  public static final EstateSection<Absence> ABSENCES =
      new EstateSection<>("absences", Estate::absences, Estate.Builder::addAbsences);
  /** The closure plans. */
  public static final EstateSection<ClosurePlan> CLOSURE_PLANS =
      new EstateSection<>("closurePlans", Estate::closurePlans, Estate.Builder::addClosurePlans);
  /** The sampled posts. */
  public static final EstateSection<SampledPost> POSTS =
      new EstateSection<>("posts", Estate::posts, Estate.Builder::addPosts);
  /** The observed handles. */
  public static final EstateSection<ObservedHandle> OBSERVED_HANDLES =
      new EstateSection<>("observedHandles", Estate::observedHandles, Estate.Builder::addObservedHandles);

  private static final List<EstateSection<?>> ALL =
      List.of(ACCOUNTS, CONTRIBUTORS, GRANTS, ROTA, ABSENCES, CLOSURE_PLANS, POSTS, OBSERVED_HANDLES);

  private final String name;
  private final Function<Estate, List<T>> list;
  private final BiConsumer<Estate.Builder, T> add;

  private EstateSection(String name, Function<Estate, List<T>> list, BiConsumer<Estate.Builder, T> add) {
    this.name = name;
    this.list = list;
    this.add = add;
  }

  /**
   * Returns every section, in the order estate files list them.
   *
   * @return the eight sections
   */
  public static List<EstateSection<?>> all() {
    return ALL;
  }

  /**
   * Returns the section's name, as paths ({@code accounts[3]}) and estate files give it.
   *
   * @return for example {@code "closurePlans"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the section's list in an estate, in the estate's canonical order.
   *
   * @param estate the estate
   * @return the list
   * @throws NullPointerException if {@code estate} is null
   */
  public List<T> of(Estate estate) {
    return list.apply(requireNonNull(estate, "estate"));
  }

  /**
   * Adds one element to the section in a builder.
   *
   * @param builder the builder
   * @param element the element
   * @throws NullPointerException if an argument is null
   */
  public void add(Estate.Builder builder, T element) {
    add.accept(requireNonNull(builder, "builder"), requireNonNull(element, "element"));
  }

  /**
   * Adds elements to the section in a builder.
   *
   * @param builder the builder
   * @param elements the elements
   * @throws NullPointerException if an argument or element is null
   */
  public void addAll(Estate.Builder builder, Iterable<? extends T> elements) {
    requireNonNull(builder, "builder");
    for (T element : elements) {
      add(builder, element);
    }
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}

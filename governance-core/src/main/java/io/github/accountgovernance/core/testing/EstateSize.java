package io.github.accountgovernance.core.testing;

/**
 * Upper bounds on the size of generated estates: how many accounts, contributors and rota slots at most. The
 * other lists are sized from these (grants up to twice the accounts, absences up to the contributors, closure
 * plans up to half the accounts, posts up to twice the accounts, observed handles up to four).
 *
 * <p>Small estates find most bugs and shrink fast, so {@link #small()} is the default; ask for {@link #large()}
 * or {@link #of(int, int, int)} when a property is about volume.
 *
 * <pre>{@code
 * @Test
 * void bigEstatesBuild() {
 *   Theories.qt()
 *       .withExamples(50)
 *       .forAll(EstateGens.validEstates(EstateSize.of(40, 120, 600)))
 *       .checkAssert(estate -> ...);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxAccounts the most accounts an estate has
 * @param maxContributors the most contributors an estate has
 * @param maxRotaSlots the most rota slots an estate has
 */
public record EstateSize(int maxAccounts, int maxContributors, int maxRotaSlots) {

  private static final EstateSize SMALL = new EstateSize(8, 12, 40);
  private static final EstateSize LARGE = new EstateSize(60, 200, 2_000);

  /**
   * Checks the bounds.
   *
   * @param maxAccounts the most accounts an estate has
   * @param maxContributors the most contributors an estate has
   * @param maxRotaSlots the most rota slots an estate has
   * @throws IllegalArgumentException if a bound is negative
   */
  public EstateSize {
    requireNotNegative("maxAccounts", maxAccounts);
    requireNotNegative("maxContributors", maxContributors);
    requireNotNegative("maxRotaSlots", maxRotaSlots);
  }

  private static void requireNotNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, but was " + value);
    }
  }

  /**
   * Returns the default size: at most 8 accounts, 12 contributors and 40 rota slots.
   *
   * @return the small size
   */
  public static EstateSize small() {
    return SMALL;
  }

  /**
   * Returns a size for volume properties: at most 60 accounts, 200 contributors and 2,000 rota slots.
   *
   * @return the large size
   */
  public static EstateSize large() {
    return LARGE;
  }

  /**
   * Returns a size with the given bounds.
   *
   * @param maxAccounts the most accounts
   * @param maxContributors the most contributors
   * @param maxRotaSlots the most rota slots
   * @return the size
   * @throws IllegalArgumentException if a bound is negative
   */
  public static EstateSize of(int maxAccounts, int maxContributors, int maxRotaSlots) {
    return new EstateSize(maxAccounts, maxContributors, maxRotaSlots);
  }

  int maxGrants() {
    return 2 * maxAccounts;
  }

  int maxAbsences() {
    return maxContributors;
  }

  int maxClosurePlans() {
    return (maxAccounts + 1) / 2;
  }

  int maxPosts() {
    return 2 * maxAccounts;
  }

  int maxObservedHandles() {
    return 4;
  }
}

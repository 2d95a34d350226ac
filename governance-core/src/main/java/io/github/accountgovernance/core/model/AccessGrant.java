package io.github.accountgovernance.core.model;

import java.util.Comparator;
import org.immutables.value.Value;

/**
 * Permission for a contributor to post on, or administer, an account.
 *
 * <pre>{@code
 * AccessGrant grant = AccessGrant.of("c-1402", "york-x", AccessRole.POSTER);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class AccessGrant implements Comparable<AccessGrant> {

  private static final Comparator<AccessGrant> ORDER =
      Comparator.comparing(AccessGrant::account)
          .thenComparing(AccessGrant::contributor)
          .thenComparing(AccessGrant::role);

  AccessGrant() {}

  /**
   * Returns the id of the contributor who holds the grant.
   *
   * @return the contributor id
   */
  @Value.Parameter
  public abstract String contributor();

  /**
   * Returns the id of the account the grant is for.
   *
   * @return the account id
   */
  @Value.Parameter
  public abstract String account();

  /**
   * Returns what the grant allows.
   *
   * @return the role
   */
  @Value.Parameter
  public abstract AccessRole role();

  /**
   * Returns a grant.
   *
   * @param contributor the contributor's id
   * @param account the account's id
   * @param role what the grant allows
   * @return the grant
   * @throws NullPointerException if an argument is null
   */
  public static AccessGrant of(String contributor, String account, AccessRole role) {
    return ImmutableAccessGrant.of(contributor, account, role);
  }

  /** Orders grants by account, contributor, then role. */
  @Override
  public int compareTo(AccessGrant other) {
    return ORDER.compare(this, other);
  }
}

package io.github.accountgovernance.rules.planning;

import io.github.accountgovernance.core.model.Account;
import org.immutables.value.Value;

/**
 * An account the pack requires to close but the {@link ClosurePlanner} cannot place: nothing on its platform can
 * take its followers (no force-wide account stays there, nor a district account for its district), or the pack's
 * notice window is empty. Listed with the reason, never skipped.
 *
 * <pre>{@code
 * for (UnplacedAccount unplaced : plan.unplaced()) {
 *   System.out.println(unplaced.account().handle() + ": " + unplaced.problem());
 * }
 * // instagram:@nyp_pc1402: no active force-wide account stays on Instagram to take its followers
 * }</pre>
 *
 * <p>Order by account id. Immutable and thread-safe.
 */
@SuppressWarnings("exports")
@Value.Immutable
public abstract class UnplacedAccount implements Comparable<UnplacedAccount> {

  UnplacedAccount() {}

  /**
   * Returns the account that must close.
   *
   * @return the account
   */
  public abstract Account account();

  /**
   * Returns the rule that requires the closure.
   *
   * @return the ground
   */
  public abstract ClosureGround ground();

  /**
   * Returns why the account must close, in a sentence.
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * Returns why no closure can be planned, in a sentence, with what would make one possible.
   *
   * @return the problem
   */
  public abstract String problem();

  /** Orders by account id. */
  @Override
  public int compareTo(UnplacedAccount other) {
    return account().id().compareTo(other.account().id());
  }
}

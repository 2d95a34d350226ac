package io.github.accountgovernance.rules.planning;

import io.github.accountgovernance.core.model.Account;
import java.util.List;
import org.immutables.value.Value;

/**
 * A choice the pack leaves to people, which the {@link ClosurePlanner} therefore does not make: which of a
 * district's several district accounts to keep when the handle convention does not single one out (EST-1), which
 * accounts to close when a platform would still have more than the pack allows (EST-4), or an existing plan that
 * closes an account after the deadline (CLO-1). Name the accounts to keep with {@link
 * ClosurePlanner#keeping(java.util.Collection)}, or plan those closures by hand.
 *
 * <pre>{@code
 * plan.undecided().get(0).message();
 * // "X would still have 18 active accounts, 3 more than the 15 the pack allows; the pack does not say which
 * //  to close"
 * }</pre>
 *
 * <p>Order by rule id, then message. Immutable and thread-safe.
 */
@SuppressWarnings("exports")
@Value.Immutable
public abstract class Undecided implements Comparable<Undecided> {

  Undecided() {}

  /**
   * Returns the rule that stays broken until people decide.
   *
   * @return such as {@code "EST-4"}
   */
  public abstract String ruleId();

  /**
   * Returns what is left to decide, in a sentence.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns the accounts among which the choice is made, by id.
   *
   * @return the accounts
   */
  public abstract List<Account> accounts();

  /** Orders by rule id, then message. */
  @Override
  public int compareTo(Undecided other) {
    int byRule = ruleId().compareTo(other.ruleId());
    return byRule != 0 ? byRule : message().compareTo(other.message());
  }
}

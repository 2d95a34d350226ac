package io.github.accountgovernance.core.testing;

import io.github.accountgovernance.core.model.Estate;

/**
 * Deliberately wrong claims about estates, planted so that tests can watch a property fail: what QuickTheories
 * reports then, how small it shrinks the counterexample, and whether the printed seed replays it.
 */
final class WrongClaims {

  private WrongClaims() {}

  /** Wrong: any estate with an account, a contributor and one rota slot between them refutes it. */
  static boolean noAccountHasARotaSlot(Estate estate) {
    return estate.accounts().stream().allMatch(account -> estate.rotaFor(account.id()).isEmpty());
  }
}

package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the successors of a closing or closed account lead (CLO-2, CLO-5): every chain of successors followed
 * through accounts that are not active (and name successors of their own) to an active account, a dead end, or
 * a loop. Each account is followed once, so the walk takes time linear in the closure plans it reaches.
 */
final class SuccessorChains {

  private final List<List<Account>> toActive = new ArrayList<>();
  private final List<List<Account>> deadEnds = new ArrayList<>();
  private final List<List<Account>> cycles = new ArrayList<>();

  private SuccessorChains() {}

  /** Follows the successors of {@code root}; every chain starts with {@code root}. */
  static SuccessorChains of(Estate estate, Account root) {
    SuccessorChains chains = new SuccessorChains();
    List<Account> path = new ArrayList<>();
    path.add(root);
    Set<String> followed = new HashSet<>();
    followed.add(root.id());
    chains.follow(estate, path, followed);
    return chains;
  }

  private void follow(Estate estate, List<Account> path, Set<String> followed) {
    Account from = path.get(path.size() - 1);
    for (String successorId : successorsOf(estate, from)) {
      Optional<Account> found = estate.account(successorId);
      if (found.isEmpty()) {
        continue; // an estate names only accounts it has; a dangling id is a structural problem, not CLO-2's
      }
      Account next = found.get();
      List<Account> chain = new ArrayList<>(path);
      chain.add(next);
      int loop = indexOf(path, next);
      if (loop >= 0) {
        cycles.add(List.copyOf(chain.subList(loop, chain.size())));
      } else if (next.status() == AccountStatus.ACTIVE) {
        toActive.add(List.copyOf(chain));
      } else if (followed.add(next.id())) {
        if (successorsOf(estate, next).isEmpty()) {
          deadEnds.add(List.copyOf(chain));
        } else {
          path.add(next);
          follow(estate, path, followed);
          path.remove(path.size() - 1);
        }
      }
    }
  }

  private static List<String> successorsOf(Estate estate, Account account) {
    return estate.closurePlanFor(account.id()).map(ClosurePlan::successors).orElse(List.of());
  }

  private static int indexOf(List<Account> path, Account account) {
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i).id().equals(account.id())) {
        return i;
      }
    }
    return -1;
  }

  /** Chains from the root to an active account, in the order the plans name successors. */
  List<List<Account>> toActive() {
    return toActive;
  }

  /** Chains that stop at an account that is not active and names no successor. */
  List<List<Account>> deadEnds() {
    return deadEnds;
  }

  /** Loops, each starting and ending with the same account. */
  List<List<Account>> cycles() {
    return cycles;
  }

  /** The active accounts the chains end at, each once. */
  Set<Account> activeEnds() {
    Set<Account> ends = new LinkedHashSet<>();
    for (List<Account> chain : toActive) {
      ends.add(chain.get(chain.size() - 1));
    }
    return ends;
  }

  /**
   * Whether {@code successor} takes over the followers of {@code closing}: a force-wide account covers every
   * account; otherwise one of the same district, or, for an account of no district (a specialist team or a
   * corporate function), one of the same tier with no district either.
   */
  static boolean covers(Account successor, Account closing) {
    if (successor.tier() == AccountTier.FORCE_WIDE) {
      return true;
    }
    if (closing.district().isPresent()) {
      return closing.district().equals(successor.district());
    }
    return successor.district().isEmpty() && successor.tier() == closing.tier();
  }

  /** {@code @NPTYorkSouth → @NYPYorkOld (closed) → @NYP_York}: each account after the first with its status unless active. */
  static String show(List<Account> chain) {
    StringBuilder text = new StringBuilder(chain.get(0).handle().display());
    Set<String> shown = new HashSet<>();
    shown.add(chain.get(0).id());
    for (Account account : chain.subList(1, chain.size())) {
      text.append(" \u2192 ").append(account.handle().display());
      if (shown.add(account.id()) && account.status() != AccountStatus.ACTIVE) {
        text.append(" (").append(Shown.status(account)).append(')');
      }
    }
    return text.toString();
  }

  /** The account ids of a loop, starting at the least, so that the same loop has one key wherever it is met. */
  static String cycleKey(List<Account> cycle) {
    int size = cycle.size() - 1;
    int least = 0;
    for (int i = 1; i < size; i++) {
      if (cycle.get(i).id().compareTo(cycle.get(least).id()) < 0) {
        least = i;
      }
    }
    StringBuilder key = new StringBuilder("cycle:");
    for (int i = 0; i < size; i++) {
      key.append(i == 0 ? "" : ">").append(cycle.get((least + i) % size).id());
    }
    return key.toString();
  }
}

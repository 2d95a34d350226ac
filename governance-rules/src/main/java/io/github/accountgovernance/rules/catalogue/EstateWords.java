package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Platform;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the naming, estate and attribution rules show accounts, people and tiers in evidence, so that every
 * rule words them alike.
 */
final class EstateWords {

  private EstateWords() {}

  /** {@code @NYP_York (york-x)}: the handle people know and the id the estate file uses. */
  static String account(Account account) {
    return account.handle().display() + " (" + account.id() + ")";
  }

  /** {@code @nyp_york (york-2-x, proposed)}, for rules where an account's status explains why it counts. */
  static String accountWithStatus(Account account) {
    return account.handle().display() + " (" + account.id() + ", " + status(account.status()) + ")";
  }

  static List<String> accounts(Collection<Account> accounts) {
    List<String> words = new ArrayList<>(accounts.size());
    for (Account account : accounts) {
      words.add(account(account));
    }
    return words;
  }

  static List<String> accountsWithStatus(Collection<Account> accounts) {
    List<String> words = new ArrayList<>(accounts.size());
    for (Account account : accounts) {
      words.add(accountWithStatus(account));
    }
    return words;
  }

  /** {@code PC Alex Example (c-1402)}. */
  static String contributor(Contributor contributor) {
    return contributor.name() + " (" + contributor.id() + ")";
  }

  /** The account the estate knows by the id, or the bare id if it names none. */
  static String accountById(Estate estate, String accountId) {
    return estate.account(accountId).map(EstateWords::account).orElse(accountId);
  }

  /** {@code force-wide}, {@code specialist-team}: the words packs and files use for a tier. */
  static String tier(AccountTier tier) {
    return tier.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String tiers(Set<AccountTier> tiers) {
    List<String> words = new ArrayList<>();
    for (AccountTier tier : tiers.isEmpty() ? EnumSet.noneOf(AccountTier.class) : EnumSet.copyOf(tiers)) {
      words.add(tier(tier));
    }
    return words.isEmpty() ? "none" : String.join(", ", words);
  }

  static String status(AccountStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  /** The platforms that have at least one active account: the platforms "in use", in platform order. */
  static List<Platform> platformsInUse(Estate estate) {
    Set<Platform> inUse = new TreeSet<>();
    for (Account account : estate.accounts()) {
      if (account.status() == AccountStatus.ACTIVE) {
        inUse.add(account.platform());
      }
    }
    return List.copyOf(inUse);
  }

  /** "1 account", "2 accounts". */
  static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}

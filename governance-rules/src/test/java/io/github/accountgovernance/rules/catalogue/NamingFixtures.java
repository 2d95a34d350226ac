package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.core.model.Platform;
import java.time.LocalDate;
import java.util.List;

/** Accounts and observed handles for the naming rules, around the consolidated NYP estate of {@link EstateFixtures}. */
final class NamingFixtures {

  /** The lookalike of the force-wide handle seen in the wild: a digit one for the letter i. */
  static final ObservedHandle NYORKSPOL1CE =
      ObservedHandle.builder()
          .handle(Handle.of(Platform.X, "NYorksPol1ce"))
          .observedOn(LocalDate.of(2021, 3, 20))
          .note("impersonation reported by the public")
          .build();

  /** {@code NYP_York} with a Cyrillic small o (U+043E): the same confusable skeleton as the district's handle. */
  static final ObservedHandle CYRILLIC_NYP_YORK = ObservedHandle.of(Handle.of(Platform.X, "NYP_Y\u043Erk"));

  private NamingFixtures() {}

  static Account x(String id, String handle, AccountTier tier, AccountStatus status) {
    return Account.builder()
        .id(id)
        .handle(Handle.of(Platform.X, handle))
        .displayName("North Yorkshire Police " + id)
        .tier(tier)
        .status(status)
        .build();
  }

  static Account.Builder like(Account account) {
    return Account.builder().from(account);
  }

  /** The consolidated estate with the two lookalikes observed. */
  static Estate withSeedLookalikes() {
    return EstateFixtures.consolidated().addObservedHandles(NYORKSPOL1CE, CYRILLIC_NYP_YORK).build();
  }

  static Estate estateOf(List<Account> accounts) {
    return EstateFixtures.estateOf(accounts).build();
  }
}

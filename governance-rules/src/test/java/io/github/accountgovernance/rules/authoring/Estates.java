package io.github.accountgovernance.rules.authoring;

import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.AccessRole;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorKind;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import java.time.Instant;
import java.time.LocalDate;

/** Small hand-built estates of North Yorkshire Police; every person is fictional. */
public final class Estates {

  public static final Instant AS_OF = Instant.parse("2021-04-01T09:00:00Z");

  public static final Force NYP =
      Force.builder()
          .name("North Yorkshire Police")
          .addDistricts(District.of("york", "York"), District.of("craven", "Craven"))
          .putHandleConventions(AccountTier.FORCE_WIDE, "NYorksPolice")
          .putHandleConventions(AccountTier.DISTRICT, "NYP_{district}")
          .build();

  private Estates() {}

  public static Account account(String id, String handle, AccountTier tier, AccountStatus status) {
    Account.Builder builder =
        Account.builder()
            .id(id)
            .handle(Handle.of(Platform.X, handle))
            .displayName("North Yorkshire Police " + id)
            .tier(tier)
            .status(status);
    if (tier == AccountTier.DISTRICT) {
      builder.district(id.substring(0, id.indexOf('-')));
    }
    return builder.build();
  }

  public static Contributor person(String id, String name) {
    return Contributor.builder().id(id).kind(ContributorKind.OFFICER).name(name).build();
  }

  public static Contributor leaver(String id, String name, LocalDate leftOn) {
    return Contributor.builder()
        .id(id)
        .kind(ContributorKind.STAFF)
        .name(name)
        .status(ContributorStatus.LEFT)
        .leftOn(leftOn)
        .build();
  }

  public static AccessGrant admin(String contributor, String account) {
    return AccessGrant.of(contributor, account, AccessRole.ADMINISTRATOR);
  }

  public static Estate.Builder nyp() {
    return Estate.builder().force(NYP).asOf(AS_OF);
  }
}

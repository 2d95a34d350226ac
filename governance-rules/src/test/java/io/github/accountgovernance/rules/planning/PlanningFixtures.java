package io.github.accountgovernance.rules.planning;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import java.time.Instant;

/** Small hand-built estates of North Yorkshire Police on 1 March 2021, for the planner; every person is fictional. */
final class PlanningFixtures {

  static final Instant AS_OF = Instant.parse("2021-03-01T00:00:00Z");

  static final Force NYP =
      Force.builder()
          .name("North Yorkshire Police")
          .addDistricts(District.of("york", "York"), District.of("craven", "Craven"))
          .putHandleConventions(AccountTier.FORCE_WIDE, "NYorksPolice")
          .putHandleConventions(AccountTier.DISTRICT, "NYP_{district}")
          .build();

  static final Account FORCE = account("force-x", Platform.X, "NYorksPolice", AccountTier.FORCE_WIDE, null, 194_800);
  static final Account YORK = account("york-x", Platform.X, "NYP_York", AccountTier.DISTRICT, "york", 9_000);
  static final Account CRAVEN = account("craven-x", Platform.X, "NYP_Craven", AccountTier.DISTRICT, "craven", 800);
  static final Account PC_YORK =
      account("pc-1402-x", Platform.X, "NYP_PC1402", AccountTier.INDIVIDUAL_OFFICER, "york", 1_200);
  static final Account PC_CRAVEN =
      account("pc-77-x", Platform.X, "NYP_PC77", AccountTier.INDIVIDUAL_OFFICER, "craven", 300);
  static final Account OSU =
      account("osu-x", Platform.X, "NYPRoadCrime", AccountTier.SPECIALIST_TEAM, null, 11_400);

  private PlanningFixtures() {}

  static Account account(
      String id, Platform platform, String handle, AccountTier tier, String district, long followers) {
    Account.Builder builder =
        Account.builder()
            .id(id)
            .handle(Handle.of(platform, handle))
            .displayName("North Yorkshire Police " + id)
            .tier(tier)
            .status(AccountStatus.ACTIVE)
            .followers(followers);
    if (district != null) {
      builder.district(district);
    }
    return builder.build();
  }

  static Account with(Account account, AccountStatus status) {
    return Account.builder().from(account).status(status).build();
  }

  static Estate.Builder nyp() {
    return Estate.builder().force(NYP).asOf(AS_OF);
  }
}

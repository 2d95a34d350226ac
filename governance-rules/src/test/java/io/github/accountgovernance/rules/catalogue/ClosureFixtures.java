package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The closures of March 2021 as the seeds report them: the Operational Support Unit's {@code @NYPRoadCrime}
 * (11.4K followers) closing "over the next few days", and York South's {@code @NPTYorkSouth} closing at month end.
 * The successor accounts are {@link MonitoringFixtures}'s.
 */
final class ClosureFixtures {

  /** The OSU's final message of 31 March 2021, as published (emoji left out). */
  static final String OSU_MESSAGE =
      "In line with other NYP accounts on Twitter, this account will close over the next few days and move to"
          + " district/force accounts. Thank you to our 11.4K followers for your support over the years. To keep"
          + " up to date with news in NYP follow @NYorksPolice. #OperationalSupport";

  /** York South's final message of 10 March 2021, as published (emoji left out). */
  static final String YORK_SOUTH_MESSAGE =
      "We'll be closing this account at the end of the month but\u2026\n"
          + "You'll still be able to find us at @NYP_York for updates, info and alert in York\n"
          + "Follow @NYorksPolice for all things #TeamNYP\n"
          + "and @NYP_Jobs for the latest jobs\n"
          + "Thanks folks";

  /** A closed account's bio that keeps sending people on. */
  static final String DORMANT_BIO =
      "This account is no longer monitored. Follow @NYorksPolice for news. Do not report crime here: call 101, or"
          + " 999 in an emergency.";

  static final Instant END_OF_MARCH = Instant.parse("2021-03-31T12:00:00Z");

  private ClosureFixtures() {}

  /** {@code @NYPRoadCrime}, the Operational Support Unit's account, closing. */
  static Account.Builder osuAccount() {
    return MonitoringFixtures.account("osu-x", "NYPRoadCrime", AccountTier.SPECIALIST_TEAM)
        .displayName("NYP Operational Support Unit")
        .owningTeam("Operational Support Unit")
        .followers(11_400)
        .status(AccountStatus.CLOSING);
  }

  /** {@code @NPTYorkSouth}, York South's neighbourhood team, in the York district, closing. */
  static Account.Builder yorkSouthAccount() {
    return MonitoringFixtures.account("york-south-x", "NPTYorkSouth", AccountTier.SPECIALIST_TEAM)
        .displayName("NYP York South")
        .district("york")
        .status(AccountStatus.CLOSING);
  }

  static ClosurePlan.Builder plan(String account, String closureDate) {
    return ClosurePlan.builder().account(account).closureDate(LocalDate.parse(closureDate));
  }

  /** The OSU's plan: successor {@code @NYorksPolice}, the final message on 31 March, closure on the given date. */
  static ClosurePlan.Builder osuPlan(String closureDate, String message) {
    return plan("osu-x", closureDate)
        .addSuccessors("force-x")
        .finalMessage(message)
        .finalMessageOn(LocalDate.of(2021, 3, 31));
  }

  /** The force, York and recruitment accounts, active, as of the end of March 2021. */
  static Estate.Builder successors() {
    return MonitoringFixtures.estate()
        .asOf(END_OF_MARCH)
        .addAccounts(
            MonitoringFixtures.forceAccount().build(),
            MonitoringFixtures.yorkAccount().build(),
            MonitoringFixtures.jobsAccount().build());
  }
}

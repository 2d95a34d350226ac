package io.github.accountgovernance.rules.report;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.testing.NorthYorkshire;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.Baseline;
import io.github.accountgovernance.rules.Criterion;
import io.github.accountgovernance.rules.Evidence;
import io.github.accountgovernance.rules.Fingerprint;
import io.github.accountgovernance.rules.Parameter;
import io.github.accountgovernance.rules.ParameterType;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.Rule;
import io.github.accountgovernance.rules.Rules;
import io.github.accountgovernance.rules.Severity;
import io.github.accountgovernance.rules.Subject;
import io.github.accountgovernance.rules.Verdict;
import io.github.accountgovernance.rules.Waiver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A small North Yorkshire Police estate and a pack of four rules that between them produce every part of a
 * report: violations of each severity with evidence and hints, a waived, a baselined and a fixed violation,
 * an expiring and a stale waiver, a rule that checks nothing, and a parameter a force overrides. Every person
 * is fictional.
 */
final class ReportFixtures {

  static final Instant AS_OF = Instant.parse("2021-04-01T09:00:00Z");

  static final Parameter<Integer> MIN_FOLLOWERS =
      Parameter.of("minFollowers", ParameterType.INTEGER, 1000, "followers below which an account is reviewed");

  /** The force with its eight districts as the seeds name them. */
  static final Force NYP = NorthYorkshire.force();

  private static final Criterion<Account> IS_OPEN =
      Criterion.of("is open", account -> account.status().isOpen());

  private static final Criterion<Account> HAS_OWNER =
      Criterion.of("has an owning team", account -> account.owningTeam().isPresent());

  private static final Criterion<Account> ENOUGH_FOLLOWERS =
      Criterion.explained("has at least {minFollowers} followers", (account, context) -> {
        int minimum = context.value(MIN_FOLLOWERS);
        return account.followers() >= minimum
            ? Verdict.pass()
            : Verdict.fail("has " + account.followers() + " followers",
                Evidence.of("followers", Long.toString(account.followers())),
                Evidence.of("minimum", Integer.toString(minimum)));
      });

  static final Rule EST_5 =
      Rules.accounts().that(IS_OPEN).should(HAS_OWNER)
          .id("EST-5")
          .title("ownership")
          .because("an account nobody owns is an account nobody answers")
          .source("NPCC 2021 guidance")
          .hint("name the owning team in the estate file")
          .build();

  static final Rule MON_9 =
      Rule.ofCheck("MON-9", "every open account declares its monitored hours", (estate, context, sink) -> {
        for (Account account : estate.accounts()) {
          if (!account.status().isOpen()) {
            continue;
          }
          sink.checked(Subject.of(account));
          if (!account.monitoredHours().isDeclared()) {
            sink.report(Subject.of(account), "declares no monitored hours",
                Evidence.of("monitored hours", "not declared"),
                Evidence.of("platforms", List.of("X", "Facebook")));
          }
        }
      })
      .title("declared hours")
      .severity(Severity.WARNING)
      .build();

  static final Rule ATT_9 =
      Rules.accounts().that(IS_OPEN).should(ENOUGH_FOLLOWERS)
          .id("ATT-9")
          .title("reach")
          .severity(Severity.INFO)
          .parameters(MIN_FOLLOWERS)
          .build();

  static final Rule CLO_9 =
      Rules.closurePlans().should(Criterion.of("names a successor", plan -> !plan.successors().isEmpty()))
          .id("CLO-9")
          .title("successors")
          .build();

  private ReportFixtures() {}

  static Account account(String id, String handle, AccountTier tier, long followers, boolean owned) {
    Account.Builder builder = Account.builder()
        .id(id)
        .handle(Handle.of(Platform.X, handle))
        .displayName("North Yorkshire Police " + id)
        .tier(tier)
        .status(AccountStatus.ACTIVE)
        .followers(followers);
    if (tier == AccountTier.DISTRICT) {
      builder.district("york");
    }
    if (owned) {
      builder.owningTeam("Corporate Communications");
    }
    return builder.build();
  }

  static List<Account> accounts() {
    return List.of(
        account("force-x", "NYorksPolice", AccountTier.FORCE_WIDE, 250_000, true),
        account("york-x", "NYP_York", AccountTier.DISTRICT, 24_000, false),
        account("jobs-x", "NYP_Jobs", AccountTier.CORPORATE_FUNCTION, 900, false),
        account("roads-x", "NYPRoadCrime", AccountTier.SPECIALIST_TEAM, 11_400, false),
        account("south-x", "NPTYorkSouth", AccountTier.DISTRICT, 700, true));
  }

  static Estate estate() {
    return Estate.builder().force(NYP).asOf(AS_OF).addAllAccounts(accounts()).build();
  }

  /** The same estate built from its accounts in a shuffled order. */
  static Estate shuffledEstate(long seed) {
    List<Account> accounts = new ArrayList<>(accounts());
    Collections.shuffle(accounts, new Random(seed));
    return Estate.builder().force(NYP).asOf(AS_OF).addAllAccounts(accounts).build();
  }

  static PolicyPack pack() {
    PolicyPack base = PolicyPack.builder("npcc2021").name("NPCC 2021 guidance")
        .add(EST_5, MON_9, ATT_9, CLO_9).build();
    return base.derive("nyp-2021").name("North Yorkshire Police 2021").set(MIN_FOLLOWERS, 800).build();
  }

  static List<Waiver> waivers() {
    return List.of(
        waiver("EST-5", "@NYP_Jobs", LocalDate.of(2021, 6, 30), "recruitment account; owner being appointed"),
        waiver("EST-5", "account:roads-x", LocalDate.of(2021, 4, 10), "Operational Support Unit takes it on"),
        waiver("EST-5", "@NYP_Craven", LocalDate.of(2021, 9, 30), "the account was never opened"));
  }

  static Waiver waiver(String rule, String subject, LocalDate expires, String reason) {
    return Waiver.builder()
        .ruleId(io.github.accountgovernance.rules.RuleId.of(rule))
        .subject(subject)
        .reason(reason)
        .approvedBy("Supt. A. Example")
        .expiresOn(expires)
        .build();
  }

  static Baseline baseline() {
    return Baseline.of(List.of(
        Fingerprint.parse("MON-9|account:york-x|"),
        Fingerprint.parse("EST-5|account:gone-x|")));
  }

  /** The report with every part: violations of each severity, waived, baselined, fixed, warnings. */
  static Report richReport() {
    return richReport(estate());
  }

  static Report richReport(Estate estate) {
    return pack().evaluation().waivers(waivers()).baseline(baseline()).evaluate(estate);
  }

  /** A report with nothing wrong. */
  static Report cleanReport() {
    return PolicyPack.builder("npcc2021").name("NPCC 2021 guidance").add(EST_5).build()
        .evaluate(Estate.builder().force(NYP).asOf(AS_OF)
            .addAccounts(account("force-x", "NYorksPolice", AccountTier.FORCE_WIDE, 250_000, true)).build());
  }
}

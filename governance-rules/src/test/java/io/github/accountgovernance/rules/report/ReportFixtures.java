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
import io.github.accountgovernance.rules.authoring.Criterion;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.Fingerprint;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.authoring.ParameterType;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.Rules;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.Verdict;
import io.github.accountgovernance.rules.Waiver;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import io.github.accountgovernance.rules.Violation;
import java.time.Duration;
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
public final class ReportFixtures {

  public static final Instant AS_OF = Instant.parse("2021-04-01T09:00:00Z");

  public static final Parameter<Integer> MIN_FOLLOWERS =
      Parameter.of("minFollowers", ParameterType.INTEGER, 1000, "followers below which an account is reviewed");

  /** The force with its eight districts as the seeds name them. */
  public static final Force NYP = NorthYorkshire.force();

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

  public static final Rule EST_5 =
      Rules.accounts().that(IS_OPEN).should(HAS_OWNER)
          .id("EST-5")
          .title("ownership")
          .because("an account nobody owns is an account nobody answers")
          .source("NPCC 2021 guidance")
          .hint("name the owning team in the estate file")
          .build();

  public static final Rule MON_9 =
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

  public static final Rule ATT_9 =
      Rules.accounts().that(IS_OPEN).should(ENOUGH_FOLLOWERS)
          .id("ATT-9")
          .title("reach")
          .severity(Severity.INFO)
          .parameters(MIN_FOLLOWERS)
          .build();

  public static final Rule CLO_9 =
      Rules.accounts()
          .that(Criterion.of("is closing", account -> account.status() == AccountStatus.CLOSING))
          .should(Criterion.of("names a successor", account -> false))
          .id("CLO-9")
          .title("successors")
          .build();

  private ReportFixtures() {}

  public static Account account(String id, String handle, AccountTier tier, long followers, boolean owned) {
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

  public static List<Account> accounts() {
    return List.of(
        account("force-x", "NYorksPolice", AccountTier.FORCE_WIDE, 250_000, true),
        account("york-x", "NYP_York", AccountTier.DISTRICT, 24_000, false),
        account("jobs-x", "NYP_Jobs", AccountTier.CORPORATE_FUNCTION, 900, false),
        account("roads-x", "NYPRoadCrime", AccountTier.SPECIALIST_TEAM, 11_400, false),
        account("south-x", "NPTYorkSouth", AccountTier.DISTRICT, 700, true));
  }

  public static Estate estate() {
    return Estate.builder().force(NYP).asOf(AS_OF).addAllAccounts(accounts()).build();
  }

  /** The same estate built from its accounts in a shuffled order. */
  public static Estate shuffledEstate(long seed) {
    List<Account> accounts = new ArrayList<>(accounts());
    Collections.shuffle(accounts, new Random(seed));
    return Estate.builder().force(NYP).asOf(AS_OF).addAllAccounts(accounts).build();
  }

  public static PolicyPack pack() {
    PolicyPack base = PolicyPack.builder("npcc2021").name("NPCC 2021 guidance")
        .add(EST_5, MON_9, ATT_9, CLO_9).build();
    return base.derive("nyp-2021").name("North Yorkshire Police 2021").set(MIN_FOLLOWERS, 800).build();
  }

  public static List<Waiver> waivers() {
    return List.of(
        waiver("EST-5", "@NYP_Jobs", LocalDate.of(2021, 6, 30), "recruitment account; owner being appointed"),
        waiver("EST-5", "account:roads-x", LocalDate.of(2021, 4, 10), "Operational Support Unit takes it on"),
        waiver("EST-5", "@NYP_Craven", LocalDate.of(2021, 9, 30), "the account was never opened"));
  }

  public static Waiver waiver(String rule, String subject, LocalDate expires, String reason) {
    return Waiver.builder()
        .ruleId(io.github.accountgovernance.rules.authoring.RuleId.of(rule))
        .subject(subject)
        .reason(reason)
        .approvedBy("Supt. A. Example")
        .expiresOn(expires)
        .build();
  }

  public static Baseline baseline() {
    return Baseline.of(List.of(
        Fingerprint.parse("MON-9|account:york-x|"),
        Fingerprint.parse("EST-5|account:gone-x|")));
  }

  /** The report with every part: violations of each severity, waived, baselined, fixed, warnings. */
  public static Report richReport() {
    return richReport(estate());
  }

  public static Report richReport(Estate estate) {
    return pack().evaluation().waivers(waivers()).baseline(baseline()).evaluate(estate);
  }

  /** A report with nothing wrong. */
  public static Report cleanReport() {
    return PolicyPack.builder("npcc2021").name("NPCC 2021 guidance").add(EST_5).build()
        .evaluate(Estate.builder().force(NYP).asOf(AS_OF)
            .addAccounts(account("force-x", "NYorksPolice", AccountTier.FORCE_WIDE, 250_000, true)).build());
  }

  /** A report with what evaluation rarely produces: nested explanations, notes, keys and awkward text. */
  public static Report handBuilt() {
    Finding cause = Finding.builder()
        .message("is absent on \"annual leave\"")
        .subject(Subject.of(SubjectKind.CONTRIBUTOR, "c-1402", "PC A. Example"))
        .addEvidence(Evidence.of("absence", "Mon 5 Apr 2021 – Fri 9 Apr 2021"))
        .key("c-1402")
        .build();
    Finding finding = Finding.builder()
        .clause("every monitor of the account is on duty")
        .message("has one monitor on duty \\ not two\nat weekends")
        .addCauses(cause)
        .hint("add a second monitor 😀")
        .build();
    Violation violation = Violation.builder()
        .ruleId(RuleId.of("MON-4"))
        .severity(Severity.WARNING)
        .subject(Subject.of(SubjectKind.ACCOUNT, "york-x", "@NYP_York"))
        .message("one absence leaves hours uncovered")
        .addEvidence(Evidence.of("uncovered windows", "Sat 10 Apr 2021 08:00–18:00, 10 h", "Sun 11 Apr 08:00–18:00"))
        .hint("add a second monitor")
        .note("the waiver of MON-4 for @NYP_York expired on 2021-03-31")
        .key("c-1402")
        .addExplanation(finding)
        .build();
    return Report.builder()
        .packId("npcc2021")
        .packName("NPCC 2021 <guidance> & \"packs\"")
        .forceName("North Yorkshire Police")
        .asOf(AS_OF)
        .horizon(Duration.ofDays(28).plusHours(12))
        .addDisabledRules(RuleId.of("ATT-1"))
        .addViolations(violation)
        .build();
  }
}

package io.github.accountgovernance.examples.policyteam;

// The AssertJ assertions of account-governance. Import assertThat from here for estates and reports; AssertJ's
// own Assertions.assertThat (imported under another name below) stays available for everything else.
import static io.github.accountgovernance.rules.assertions.GovernanceAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.io.EstateFiles;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.Evaluation;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.Waiver;
import io.github.accountgovernance.rules.catalogue.EstateRules;
import io.github.accountgovernance.rules.catalogue.MonitoringRules;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * THE TEMPLATE FOR A FORCE'S POLICY TEAM: copy this file into your own repository and change the parts marked
 * "YOURS".
 *
 * <p>It is written as North Yorkshire Police's policy team might have written it after the consolidation of
 * spring 2021: the estate is one force-wide account, eight district accounts and a recruitment account. The test
 * runs in the build, so an estate file that drifts from the policy (a rota with one monitor left, an account
 * nobody owns, a waiver that has run out) fails the build with a report that says why.
 *
 * <p>What you need on your test class path: governance-rules (which brings governance-core), assertj-core and
 * JUnit 5; optionally an slf4j binding such as slf4j-simple, or slf4j says once that it has none. Nothing here
 * uses governance-examples: the estates are read from files, as yours will be.
 */
final class NorthYorkshirePolicyTest {

  // ---------------------------------------------------------------------------------------------------------------
  // 1. OUR ESTATE (YOURS): the file your social-media team keeps, in the documented estate format
  //    (docs/estate-format.md). Here it is North Yorkshire's "after" example; put your own file's path instead,
  //    such as "src/test/resources/our-estate.yaml" (paths are relative to the module, where tests run).
  // ---------------------------------------------------------------------------------------------------------------
  private static final String ESTATES = "src/main/resources/io/github/accountgovernance/examples/estates/";

  private static final Estate OUR_ESTATE = read(ESTATES + "north-yorkshire-2021-after.yaml");

  /** Reads an estate file; a file with mistakes fails with every problem, its line and its path. */
  private static Estate read(String file) {
    try {
      return EstateFiles.read(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 2. OUR PACK (YOURS): start from the published pack your force adopted and change only what your own policy
  //    says differently. Every value you set shows in reports as a "force override" by your pack's id, so a
  //    reader sees which rules are national and which are yours. (The same pack can live in a file instead,
  //    for the command line: docs/pack-format.md.)
  //
  //    Our two changes, and why the estate still passes them:
  //    - minMonitors 2 -> 3: the Deputy Chief Constable's lesson was an officer "on two weeks' leave"; with three
  //      named monitors an account survives one person on leave and another off sick. Every account of the
  //      after estate has at least three serving monitors on its rota, so MON-1 holds.
  //    - maxActiveAccounts 15 -> 9: our estate is the force account and one account per district, nine in all.
  //      The recruitment account @NYP_Jobs makes ten, which EST-4 (a warning) reports; we accept that with a
  //      waiver until the 2021 recruitment campaign ends (see 3).
  //    We did NOT tighten maxGap to 12h: @NYP_Jobs is answered 09:00-17:00 on weekdays, so it goes 16 hours
  //    overnight without a monitor on duty, and MON-2 would fail. Check a change against your estate before
  //    you adopt it: the command line's `check --pack our-pack.yaml` shows what it would break.
  // ---------------------------------------------------------------------------------------------------------------
  private static final PolicyPack OUR_PACK = PolicyPacks.npcc2021()
      .derive("nyp-2021")
      .name("North Yorkshire Police 2021")
      .description("The NPCC consolidated model, with three named monitors per account and nine accounts on X")
      .set(MonitoringRules.MIN_MONITORS, 3)
      .set(EstateRules.MAX_ACTIVE_ACCOUNTS, 9)
      .build();

  // ---------------------------------------------------------------------------------------------------------------
  // 3. OUR WAIVERS (YOURS): each one names the rule and the subject it accepts, why, who approved it, and the
  //    last day it applies. A waiver is never open-ended: when it expires the violation comes back, and a waiver
  //    that matches nothing any more is reported as stale. In a repository keep them in a file
  //    (WaiverFiles.read(Path.of("waivers.yaml"))) that the command line reads too (--waivers).
  //    The approver below is fictional.
  // ---------------------------------------------------------------------------------------------------------------
  private static final LocalDate CAMPAIGN_ENDS = LocalDate.of(2021, 9, 30);

  private static final Waiver RECRUITMENT_ACCOUNT = Waiver.builder()
      .ruleId(RuleId.of("EST-4"))
      .subject("platform:x")
      .reason("@NYP_Jobs is a tenth account on X for the 2021 recruitment campaign; it closes when the campaign ends")
      .approvedBy("Supt. Jordan Example, Corporate Communications")
      .expiresOn(CAMPAIGN_ENDS)
      .build();

  /** How we evaluate: our pack, with our waivers. The estate file's own as-of date is "today". */
  private static final Evaluation OUR_POLICY = OUR_PACK.evaluation().waivers(List.of(RECRUITMENT_ACCOUNT));

  // ---------------------------------------------------------------------------------------------------------------
  // THE TESTS. The first is the one that matters: it fails the build when the estate breaks the policy.
  // ---------------------------------------------------------------------------------------------------------------

  @Test
  void ourEstate_compliesWithOurPolicy() {
    // Complies = no violation of severity error remains. On failure the message is the whole text report.
    assertThat(OUR_ESTATE).compliesWith(OUR_POLICY);

    // Stricter: nothing at all remains, warnings included, once our waiver is applied.
    assertThat(OUR_POLICY.evaluate(OUR_ESTATE)).hasNoViolations();
  }

  @Test
  void ourEstate_isMonitoredAsThePublicWasPromised() {
    Report report = OUR_POLICY.evaluate(OUR_ESTATE);

    // Name the rules your force made promises about, so that a change to the pack cannot quietly drop them.
    assertThat(report)
        .hasNoViolationsOf("MON-1")  // at least 3 named, serving monitors per account
        .hasNoViolationsOf("MON-2")  // no account goes more than 24h without a monitor on duty
        .hasNoViolationsOf("MON-3")  // declared hours are covered
        .hasNoViolationsOf("MON-4")  // nobody's leave leaves declared hours uncovered
        .hasNoViolationsOf("MON-5")  // out-of-hours text says "do not report crime here: call 101 or 999"
        .hasNoViolationsOf("CLO-2"); // every closed account names its successors
  }

  @Test
  void recruitmentWaiver_acceptsTheTenthAccountUntilTheCampaignEnds() {
    Report report = OUR_POLICY.evaluate(OUR_ESTATE);

    // The waived violation is listed in the report, never dropped: whoever reads it sees what was accepted.
    Assertions.assertThat(report.waived()).singleElement().satisfies(waived -> {
      Assertions.assertThat(waived.violation().ruleId()).isEqualTo(RuleId.of("EST-4"));
      Assertions.assertThat(waived.violation().message()).contains("10 active accounts on X, more than 9");
      Assertions.assertThat(waived.waiver()).isEqualTo(RECRUITMENT_ACCOUNT);
    });
    assertThat(report).hasNoViolationsOf("EST-4");

    // The day after the waiver expires, the same estate reports the warning again.
    Report afterTheCampaign = OUR_POLICY
        .asOf(CAMPAIGN_ENDS.plusDays(1).atStartOfDay(ZoneId.of("Europe/London")).toInstant())
        .evaluate(OUR_ESTATE);
    assertThat(afterTheCampaign)
        .hasViolation("EST-4")
        .forSubject("platform:x")
        .withSeverity(Severity.WARNING)
        .withMessageContaining("more than 9");
  }

  @Test
  void estateBeforeConsolidation_failsOurPolicyAndTheReportSaysWhy() {
    // What a failing check looks like: the estate of 1 March 2021, over 150 accounts, before the consolidation.
    Estate before = read(ESTATES + "north-yorkshire-2021-before.yaml");

    // A compliance assertion fails with the text report as its message: rule, subject, what is wrong, the
    // evidence and a hint, for each violation. That is what your build log shows.
    assertThatThrownBy(() -> assertThat(before).compliesWith(OUR_POLICY))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("MON-1 (error): every active or closing account has at least 3 distinct serving"
            + " monitors")
        .hasMessageContaining("@NYP_Jobs (account:jobs-x): has 1 serving monitor on the rota over the horizon,"
            + " needs at least 3")
        .hasMessageContaining("hint: add serving monitors to the account's rota");

    // Or pin the violations you expect, each read as a sentence of the policy.
    Report report = OUR_POLICY.evaluate(before);
    assertThat(report)
        .hasViolation("MON-1").forSubject("@NYP_Jobs").withSeverity(Severity.ERROR)
        .and()
        .hasViolation("MON-2").forSubject("@NPTYorkSouth").withEvidenceContaining("Fri 12 Mar 2021 16:00")
        .and()
        .hasViolation("MON-5").forSubject("@NYPRoadCrime").withMessageContaining("does not mention 101 or 999")
        .and()
        .hasViolation("CLO-1").forSubject("@NYP_PC1034").withMessageContaining("must close by Wed 31 Mar 2021");
    // Our waiver names EST-4 for X, which the before estate also breaks (154 accounts): it is waived there too.
    Assertions.assertThat(report.waived()).extracting(w -> w.violation().ruleId().toString()).containsExactly("EST-4");
  }
}

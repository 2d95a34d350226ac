package io.github.accountgovernance.examples.policyteam;

// The AssertJ assertions of account-governance. Import assertThat from here for estates and reports; AssertJ's
// own Assertions.assertThat (imported under another name below) stays available for everything else.
import static io.github.accountgovernance.rules.assertions.GovernanceAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.io.EstateReader;
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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * THE TEMPLATE FOR A FORCE'S POLICY TEAM: copy this file into your own repository (under {@code src/test/java}) and
 * the estate file it reads, {@code our-estate.yaml}, into {@code src/test/resources}; then change the parts marked
 * "YOURS". It runs as copied, before you change anything.
 *
 * <p>It is written as North Yorkshire Police's policy team might have written it after the consolidation of
 * spring 2021: the estate is one force-wide account, eight district accounts and a recruitment account. The test
 * runs in the build, so an estate file that drifts from the policy (a rota with one monitor left, an account
 * nobody owns, a waiver that has run out) fails the build with a report that says why.
 *
 * <p>What you need on your test class path: governance-rules (which brings governance-core), assertj-core and
 * JUnit 5; optionally an slf4j binding such as slf4j-simple, or slf4j says once that it has none. Nothing here
 * uses governance-examples.
 */
final class NorthYorkshirePolicyTest {

  // ---------------------------------------------------------------------------------------------------------------
  // 1. OUR ESTATE (YOURS): the file your social-media team keeps, in the documented estate format
  //    (docs/estate-format.md). Put it in src/test/resources and name it here. It is read from the test class
  //    path, so the test finds it whichever directory Maven, Gradle or your IDE runs it from. The file that comes
  //    with this template is North Yorkshire's estate after the consolidation (the bundled example
  //    north-yorkshire-2021-after.yaml): keep it to try the template, then put yours in its place.
  // ---------------------------------------------------------------------------------------------------------------
  private static final String OUR_ESTATE_FILE = "our-estate.yaml";

  private static final Estate OUR_ESTATE = read(OUR_ESTATE_FILE);

  /** Reads an estate file from the test class path; a file with mistakes fails with every problem and its line. */
  private static Estate read(String file) {
    try (InputStream in = NorthYorkshirePolicyTest.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("no " + file + " on the test class path: put your estate file in"
            + " src/test/resources and name it in OUR_ESTATE_FILE");
      }
      return EstateReader.forFile(Path.of(file)).read(in, file);
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
  void aRotaWithOneMonitorLeft_failsOurPolicyAndTheReportSaysWhy() {
    // What a failing check looks like: our estate after a rota change that leaves the recruitment account
    // @NYP_Jobs (account jobs-x) to one person, hr-1, because hr-2 and hr-3 moved to other duties.
    Estate oneMonitorLeft = Estate.builder().from(OUR_ESTATE)
        .rota(OUR_ESTATE.rota().stream()
            .filter(slot -> !slot.account().equals("jobs-x") || slot.contributor().equals("hr-1"))
            .toList())
        .build();

    // A compliance assertion fails with the text report as its message: rule, subject, what is wrong, the
    // evidence and a hint, for each violation. That is what your build log shows.
    assertThatThrownBy(() -> assertThat(oneMonitorLeft).compliesWith(OUR_POLICY))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("MON-1 (error): every active or closing account has at least 3 distinct serving"
            + " monitors")
        // the subject, and where our estate file defines it
        .hasMessageContaining("@NYP_Jobs (account:jobs-x, our-estate.yaml:")
        .hasMessageContaining("): has 1 serving monitor on the rota over the horizon, needs at least 3")
        .hasMessageContaining("hint: add serving monitors to the account's rota");

    // Or pin the violations you expect, each read as a sentence of the policy.
    Report report = OUR_POLICY.evaluate(oneMonitorLeft);
    assertThat(report)
        .hasViolation("MON-1").forSubject("@NYP_Jobs").withSeverity(Severity.ERROR)
        .and()
        .hasViolation("MON-4").forSubject("@NYP_Jobs").withSeverity(Severity.WARNING);
    // Nothing else broke: every violation is about the recruitment account.
    Assertions.assertThat(report.violations()).extracting(v -> v.subject().displayName()).containsOnly("@NYP_Jobs");
  }
}

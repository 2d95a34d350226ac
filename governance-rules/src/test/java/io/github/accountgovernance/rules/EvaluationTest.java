package io.github.accountgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.rules.authoring.Criterion;
import io.github.accountgovernance.rules.authoring.Estates;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.authoring.ParameterType;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Rules;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import io.github.accountgovernance.rules.authoring.Verdict;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class EvaluationTest {

  static final Parameter<Duration> MAX_GAP =
      Parameter.of("maxGap", ParameterType.DURATION, Duration.ofHours(24), "longest time without a monitor")
          .requiring(d -> !d.isNegative() && !d.isZero(), "is positive");
  static final Parameter<Integer> MAX_ACTIVE =
      Parameter.of("maxActiveAccounts", ParameterType.INTEGER, 15, "active accounts per platform");

  static final Rule OWNERSHIP =
      Rules.accounts()
          .that(Criterion.of("is open", a -> a.status().isOpen()))
          .should(Criterion.of("has an owning team", a -> a.owningTeam().isPresent()))
          .id("EST-5")
          .title("ownership")
          .hint("name the team that owns the account")
          .build();

  static final Rule GAP =
      Rules.accounts()
          .should(Criterion.explained("goes no longer than {maxGap} without a monitor", (a, c) ->
              Verdict.of(c.value(MAX_GAP).compareTo(Duration.ofHours(1)) > 0)))
          .id("MON-2")
          .title("daily monitoring")
          .parameters(MAX_GAP)
          .build();

  static final Rule ESTATE_SIZE =
      Rule.ofCheck("EST-4", "at most {maxActiveAccounts} active accounts per platform", (estate, context, sink) -> {
            var byPlatform = estate.accounts().stream()
                .filter(a -> a.status() == AccountStatus.ACTIVE)
                .collect(Collectors.groupingBy(Account::platform));
            byPlatform.forEach((platform, accounts) -> {
              Subject subject = Subject.of(platform);
              sink.checked(subject);
              if (accounts.size() > context.value(MAX_ACTIVE)) {
                sink.report(subject, Finding.builder()
                    .message(accounts.size() + " active accounts, more than " + context.value(MAX_ACTIVE))
                    .addEvidence(Evidence.of("accounts",
                        accounts.stream().map(a -> a.handle().display()).toList()))
                    .build());
              }
            });
          })
          .title("estate size")
          .severity(Severity.WARNING)
          .parameters(MAX_ACTIVE)
          .build();

  static final Rule CLOSURES =
      Rules.closurePlans()
          .should(Criterion.of("names a successor", (ClosurePlan p) -> !p.successors().isEmpty()))
          .id("CLO-2")
          .title("successors")
          .build();

  static final PolicyPack BASE =
      PolicyPack.builder("npcc-test").name("NPCC test pack").add(OWNERSHIP, GAP, ESTATE_SIZE, CLOSURES)
          .set(MAX_ACTIVE, 2).build();

  static Estate estate() {
    return Estates.nyp()
        .addAccounts(
            Estates.account("york-x", "NYP_York", AccountTier.DISTRICT, AccountStatus.ACTIVE),
            Estates.account("craven-x", "NYP_Craven", AccountTier.DISTRICT, AccountStatus.ACTIVE),
            Account.builder()
                .from(Estates.account("force-x", "NYorksPolice", AccountTier.FORCE_WIDE, AccountStatus.ACTIVE))
                .owningTeam("Corporate Communications")
                .build())
        .build();
  }

  @Test
  void evaluate_countsCheckedAndPassedSubjectsPerRule() {
    Report report = BASE.evaluate(estate());

    assertThat(report.rule("EST-5")).hasValueSatisfying(r -> {
      assertThat(r.checked()).isEqualTo(3);
      assertThat(r.passed()).isEqualTo(1);
      assertThat(r.failed()).isEqualTo(2);
      assertThat(r.violations()).isEqualTo(2);
    });
    assertThat(report.rule("EST-4")).hasValueSatisfying(r -> {
      assertThat(r.checked()).isEqualTo(1);
      assertThat(r.statement()).isEqualTo("at most 2 active accounts per platform");
      assertThat(r.severity()).isEqualTo(Severity.WARNING);
    });
    assertThat(report.violationsOf("EST-4")).singleElement().satisfies(v -> {
      assertThat(v.subject().kind()).isEqualTo(SubjectKind.PLATFORM);
      assertThat(v.evidence()).containsExactly(Evidence.of("accounts", "@NYP_Craven", "@NYorksPolice", "@NYP_York"));
    });
    assertThat(report.violations())
        .extracting(v -> v.ruleId() + " " + v.subject().displayName())
        .containsExactly("EST-4 x", "EST-5 @NYP_Craven", "EST-5 @NYP_York");
    assertThat(report.violationsOf("EST-5")).allSatisfy(v ->
        assertThat(v.hint()).contains("name the team that owns the account"));
  }

  static Rule closingAccountsRule() {
    return Rules.accounts()
        .that(Criterion.of("is closing", (Account a) -> a.status() == AccountStatus.CLOSING))
        .should(Criterion.of("has an owning team", (Account a) -> a.owningTeam().isPresent()))
        .id("CLO-4")
        .title("monitored until closed")
        .build();
  }

  @Test
  void evaluate_notesARuleWhoseSelectionMatchedNoneOfTheSubjectsThatExist() {
    Report report = PolicyPack.builder("closing").add(closingAccountsRule()).build().evaluate(estate());

    assertThat(report.warnings())
        .filteredOn(w -> w.kind() == ReportWarning.Kind.RULE_CHECKED_NOTHING)
        .singleElement()
        .satisfies(w -> {
          assertThat(w.ruleId()).contains(RuleId.of("CLO-4"));
          assertThat(w.message()).isEqualTo("rule CLO-4 (monitored until closed) checked none of the estate's 3"
              + " accounts: its selection matched none of them; a rule that checks nothing is usually a mistake");
        });
  }

  @Test
  void evaluate_isSilentAboutARuleWhoseKindOfSubjectIsAbsent() {
    Report report = BASE.evaluate(estate());

    assertThat(estate().closurePlans()).isEmpty();
    assertThat(report.rule("CLO-2").orElseThrow().checked()).isZero();
    assertThat(report.warnings()).noneMatch(w -> w.kind() == ReportWarning.Kind.RULE_CHECKED_NOTHING);
  }

  @Test
  void evaluate_isSilentAboutAnEmptySelection_whenTheRuleAllowsIt() {
    Rule dormant = Rules.accounts()
        .that(Criterion.of("is closing", (Account a) -> a.status() == AccountStatus.CLOSING))
        .should(Criterion.of("has an owning team", (Account a) -> a.owningTeam().isPresent()))
        .id("CLO-4")
        .title("monitored until closed")
        .allowEmptySelection()
        .build();

    Report report = PolicyPack.builder("closing").add(dormant).build().evaluate(estate());

    assertThat(dormant.allowsEmptySelection()).isTrue();
    assertThat(report.warnings()).noneMatch(w -> w.kind() == ReportWarning.Kind.RULE_CHECKED_NOTHING);
  }

  @Test
  void evaluate_isSilentAboutEmptySelections_whenThePackSwitchesTheNoteOff_andDerivedPacksKeepTheChoice() {
    PolicyPack quiet = PolicyPack.builder("closing").add(closingAccountsRule()).noteEmptySelections(false).build();
    PolicyPack derived = quiet.derive("closing-nyp").build();

    assertThat(quiet.notesEmptySelections()).isFalse();
    assertThat(derived.notesEmptySelections()).isFalse();
    assertThat(quiet.evaluate(estate()).warnings()).isEmpty();
    assertThat(derived.evaluate(estate()).warnings()).isEmpty();
    assertThat(quiet.derive("loud").noteEmptySelections(true).build().evaluate(estate()).warnings())
        .extracting(ReportWarning::kind).containsExactly(ReportWarning.Kind.RULE_CHECKED_NOTHING);
  }

  @Test
  void derive_showsWhereEachEffectiveValueCameFrom() {
    PolicyPack nyp = BASE.derive("nyp-2021").set(MAX_GAP, Duration.ofHours(12)).disable("CLO-2").build();

    Report report = nyp.evaluate(estate());

    assertThat(report.parameters())
        .extracting(p -> p.key() + "=" + p.text() + " " + p.provenance() + " " + p.setBy())
        .containsExactly("maxActiveAccounts=2 PACK npcc-test", "maxGap=12h FORCE_OVERRIDE nyp-2021");
    assertThat(BASE.parameters())
        .extracting(p -> p.key() + "=" + p.text() + " " + p.provenance() + " " + p.setBy())
        .containsExactly("maxActiveAccounts=2 PACK npcc-test", "maxGap=24h RULE_DEFAULT MON-2");
    assertThat(report.rule("MON-2").orElseThrow().statement())
        .isEqualTo("every account goes no longer than 12h without a monitor");
    assertThat(report.rule("CLO-2")).isEmpty();
    assertThat(report.disabledRules()).containsExactly(RuleId.of("CLO-2"));
    assertThat(nyp.derivedFrom()).contains("npcc-test");
  }

  @Test
  void derive_refusesUnknownRulesAndParametersWithASuggestion() {
    assertThatThrownBy(() -> BASE.derive("nyp").disable("EST-6"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no rule EST-6")
        .hasMessageContaining("did you mean");
    assertThatThrownBy(() -> BASE.derive("nyp").set("maxGaps", "12h").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("declares parameter maxGaps (did you mean \"maxGap\"?)");
    assertThatThrownBy(() -> BASE.derive("nyp").set("maxGap", "soon").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter maxGap")
        .hasMessageContaining("\"soon\"");
    assertThatThrownBy(() -> BASE.derive("nyp").set(MAX_GAP, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter maxGap is positive, but was 0s");
    assertThatThrownBy(() -> BASE.derive("nyp").add(OWNERSHIP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already has rule EST-5");
  }

  @Test
  void waivers_waiveWarnExpireAndGoStale() {
    LocalDate today = LocalDate.of(2021, 4, 1);
    Waiver york = waiver("EST-5", "@NYP_York", today.plusDays(5));
    Waiver craven = waiver("EST-5", "craven-x", today.minusDays(1));
    Waiver stale = waiver("EST-5", "@NYorksPolice", today.plusDays(90));

    Report report =
        BASE.evaluation().waivers(List.of(stale, craven, york)).expiryWarning(Period.ofDays(7)).evaluate(estate());

    assertThat(report.waived()).singleElement().satisfies(w -> {
      assertThat(w.violation().subject().displayName()).isEqualTo("@NYP_York");
      assertThat(w.waiver()).isEqualTo(york);
    });
    assertThat(report.violationsOf("EST-5")).singleElement().satisfies(v -> {
      assertThat(v.subject().displayName()).isEqualTo("@NYP_Craven");
      assertThat(v.note()).hasValueSatisfying(note -> assertThat(note).isEqualTo("its waiver, approved by Supt. Jordan Example (ownership moving to the new district team), applied up"
            + " to and including 2021-03-31 and has expired"));
    });
    assertThat(report.expiringWaivers()).containsExactly(york);
    assertThat(report.staleWaivers()).containsExactly(stale);
    assertThat(report.rule("EST-5").orElseThrow().waived()).isEqualTo(1);
    assertThat(report.warnings()).extracting(ReportWarning::kind).contains(
        ReportWarning.Kind.WAIVER_EXPIRED, ReportWarning.Kind.WAIVER_EXPIRING, ReportWarning.Kind.WAIVER_STALE);
  }

  @Test
  void expiredWaiver_isWarnedAboutOnceHoweverManyViolationsItBringsBack() {
    Rule gaps =
        Rule.ofCheck("MON-2", "no account goes more than a day without a monitor", (estate, context, sink) -> {
              for (Account account : estate.accounts()) {
                Subject subject = Subject.of(account);
                sink.checked(subject);
                for (String day : List.of("2021-03-06", "2021-03-13", "2021-03-20")) {
                  sink.report(subject, Finding.builder().message("nobody monitors it on " + day).key(day).build());
                }
              }
            })
            .title("daily monitoring")
            .build();
    LocalDate today = LocalDate.of(2021, 4, 1);
    Waiver expired = waiver("MON-2", "@NYP_York", today.minusDays(1));

    Report report =
        PolicyPack.builder("gaps").add(gaps).build().evaluation().waivers(List.of(expired)).evaluate(estate());

    assertThat(report.violationsOf("MON-2")).filteredOn(v -> v.subject().displayName().equals("@NYP_York"))
        .hasSize(3)
        .allSatisfy(v -> assertThat(v.note()).isPresent());
    assertThat(report.warnings())
        .filteredOn(w -> w.kind() == ReportWarning.Kind.WAIVER_EXPIRED)
        .singleElement()
        .satisfies(w -> assertThat(w.message())
            .isEqualTo("the waiver of MON-2 for @NYP_York applied up to and including 2021-03-31 and has expired; its 3"
                + " violations are back"));
  }

  @Test
  void waiver_isRefusedWithoutReasonOrExpiry() {
    assertThatThrownBy(() -> Waiver.builder().ruleId(RuleId.of("EST-5")).subject("@NYP_York").reason(" ")
            .approvedBy("Supt. Jordan Example").expiresOn(LocalDate.of(2021, 5, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a reason");
    assertThatThrownBy(() -> Waiver.builder().ruleId(RuleId.of("EST-5")).subject("@NYP_York").reason("agreed")
            .approvedBy("Supt. Jordan Example").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expiresOn");
  }

  @Test
  void baseline_failsOnlyOnNewViolationsAndListsFixedOnes() {
    Report before = BASE.evaluate(estate());
    Baseline baseline = Baseline.of(before);
    Estate later =
        Estate.builder()
            .from(estate())
            .accounts(List.of(
                Account.builder().from(estate().account("york-x").orElseThrow()).owningTeam("York LPT").build(),
                estate().account("craven-x").orElseThrow(),
                estate().account("force-x").orElseThrow(),
                Estates.account("ryedale-x", "NYP_Ryedale", AccountTier.SPECIALIST_TEAM, AccountStatus.ACTIVE)))
            .build();

    Report after = BASE.evaluation().baseline(baseline).evaluate(later);

    assertThat(after.violations()).extracting(v -> v.subject().displayName()).containsExactly("@NYP_Ryedale");
    assertThat(after.baselined()).extracting(v -> v.fingerprint().text())
        .containsExactly("EST-4|platform:x|", "EST-5|account:craven-x|");
    assertThat(after.fixedBaselineEntries()).containsExactly(Fingerprint.parse("EST-5|account:york-x|"));
    assertThat(Baseline.of(after).entries()).hasSize(3);
  }

  @Test
  void onePack_evaluatedFromManyThreads_givesEqualReports() throws Exception {
    Estate estate = estate();
    Report expected = BASE.evaluate(estate);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Report>>> futures = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        futures.add(pool.submit(() -> {
          List<Report> reports = new ArrayList<>();
          for (int i = 0; i < 50; i++) {
            reports.add(BASE.evaluate(estate));
          }
          return reports;
        }));
      }
      for (Future<List<Report>> future : futures) {
        assertThat(future.get()).hasSize(50).allSatisfy(report -> assertThat(report).isEqualTo(expected));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void subject_matchesItsIdDisplayNameOrReference() {
    Subject york = Subject.of(Estates.account("york-x", "NYP_York", AccountTier.DISTRICT, AccountStatus.ACTIVE));

    assertThat(york.matches("@NYP_York")).isTrue();
    assertThat(york.matches("york-x")).isTrue();
    assertThat(york.matches("account:york-x")).isTrue();
    assertThat(york.matches("NYP_York")).isFalse();
    assertThat(Subject.of(Handle.of(io.github.accountgovernance.core.model.Platform.X, "NYorksPol1ce")).reference())
        .isEqualTo("handle:x:nyorkspol1ce");
  }

  private static Waiver waiver(String rule, String subject, LocalDate expiresOn) {
    return Waiver.builder()
        .ruleId(RuleId.of(rule))
        .subject(subject)
        .reason("ownership moving to the new district team")
        .approvedBy("Supt. Jordan Example")
        .expiresOn(expiresOn)
        .build();
  }
}

package io.github.accountgovernance.rules.whatif;

import static io.github.accountgovernance.rules.whatif.WhatIfFixtures.NPCC;
import static io.github.accountgovernance.rules.whatif.WhatIfFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.Evaluation;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.whatif.ChangeReport.CoverChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.LostWindow;
import io.github.accountgovernance.rules.whatif.ChangeReport.ParameterChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.RuleChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.RuleState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ChangeReportTest {

  private final Estate york = WhatIfFixtures.york();

  @Test
  void whatIf_aFortnightsLeave_namesTheAccountAndWindowsThatLoseCover_andWhoElseCouldCover() {
    ChangeReport report =
        ChangeReport.whatIf(NPCC, york,
            Scenario.builder().absent("c1", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 22)).build());

    assertThat(report.title())
        .isEqualTo("What if PC Alex Example (c1) is absent Mon 8 Mar 2021 00:00 – Mon 22 Mar 00:00 GMT, 14 d (leave)");
    assertThat(report.coverLost()).singleElement().satisfies(york -> {
      assertThat(york.account().id()).isEqualTo("york-x");
      assertThat(york.lost()).extracting(LostWindow::window).containsExactly(
          window("2021-03-11T08:00:00Z", "2021-03-11T18:00:00Z"),
          window("2021-03-12T08:00:00Z", "2021-03-12T18:00:00Z"),
          window("2021-03-18T08:00:00Z", "2021-03-18T18:00:00Z"),
          window("2021-03-19T08:00:00Z", "2021-03-19T18:00:00Z"));
      assertThat(york.lost()).allSatisfy(lost -> {
        assertThat(lost.onRota()).extracting(Subject::id).containsExactly("c2");
        assertThat(lost.inDistrict()).isEmpty();
      });
      assertThat(york.lostDuration()).isEqualTo(Duration.ofHours(40));
    });
    assertThat(report.appearedOf("MON-3")).singleElement()
        .satisfies(v -> assertThat(v.subject().id()).isEqualTo("york-x"));
    assertThat(report.summary()).startsWith("Compared with the estate as it is, the scenario clears ")
        .contains(" and adds ").contains("1 MON-3");
  }

  @Test
  void whatIf_whenNobodyOnTheRotaIsFree_namesTheDistrictsOtherMonitors() {
    ChangeReport report =
        ChangeReport.whatIf(NPCC, york,
            Scenario.builder()
                .absent("c1", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 22))
                .absent("c2", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 10))
                .build());

    CoverChange lost = report.coverLost().get(0);
    LostWindow monday = lost.lost().get(0);
    assertThat(monday.window()).isEqualTo(window("2021-03-08T08:00:00Z", "2021-03-08T18:00:00Z"));
    assertThat(monday.onRota()).as("both on the rota are away").isEmpty();
    assertThat(monday.inDistrict()).as("c5 monitors @NYP_Jobs and belongs to York").extracting(Subject::id)
        .containsExactly("c5");
    LostWindow midMonth = lost.lost().stream()
        .filter(w -> w.window().start().equals(Instant.parse("2021-03-18T08:00:00Z"))).findFirst().orElseThrow();
    assertThat(midMonth.onRota()).extracting(Subject::id).containsExactly("c2");
  }

  @Test
  void whatIf_someoneWhoLeaves_isNotOfferedForWindowsAfterTheyGo() {
    ChangeReport report =
        ChangeReport.whatIf(NPCC, york,
            Scenario.builder()
                .leaves("c2", LocalDate.of(2021, 3, 10))
                .absent("c1", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 22))
                .build());

    LostWindow thursday = report.coverLost().get(0).lost().stream()
        .filter(w -> w.window().start().equals(Instant.parse("2021-03-11T08:00:00Z"))).findFirst().orElseThrow();
    assertThat(thursday.onRota()).as("c2 is still on the rota, but gone by then").isEmpty();
    assertThat(thursday.inDistrict()).extracting(Subject::id).containsExactly("c5");
  }

  @Test
  void violations_areMatchedByFingerprint_neverByTheirWords() {
    Violation oneGap = mon2("york-x", "2021-03-06T18:00:00Z", "nobody is on duty for 14 h");
    Violation sameGapLonger = mon2("york-x", "2021-03-06T18:00:00Z", "nobody is on duty for 2 d");
    Violation otherGapSameWords = mon2("york-x", "2021-03-13T18:00:00Z", "nobody is on duty for 14 h");

    ChangeReport report =
        ChangeReport.comparing()
            .before("then", report(oneGap))
            .after("now", report(sameGapLonger, otherGapSameWords))
            .compare();

    assertThat(report.persisted()).singleElement().satisfies(pair -> {
      assertThat(pair.before()).isEqualTo(oneGap);
      assertThat(pair.after()).isEqualTo(sameGapLonger);
      assertThat(pair.changed()).isTrue();
    });
    assertThat(report.appeared()).containsExactly(otherGapSameWords);
    assertThat(report.cleared()).isEmpty();
    assertThat(report.changed()).hasSize(1);
    assertThat(report.cover()).as("reports alone say nothing of cover").isEmpty();
  }

  @Test
  void aFingerprintReportedTwice_isPairedInReportOrder_andTheRestGoesAway() {
    Violation first = mon2("york-x", "", "first");
    Violation second = mon2("york-x", "", "second");

    ChangeReport report =
        ChangeReport.comparing().before("then", report(first, second)).after("now", report(first)).compare();

    assertThat(report.persisted()).singleElement()
        .satisfies(pair -> assertThat(pair.changed()).isFalse());
    assertThat(report.cleared()).containsExactly(second);
    assertThat(report.rules()).singleElement().isEqualTo(
        new RuleChange(RuleId.of("MON-2"), "", Severity.ERROR, RuleState.ABSENT, RuleState.ABSENT, 0, 1, 1, 0));
  }

  @Test
  void twoPacks_showTheRulesTheyDisable_andEachParametersProvenanceOnBothSides() {
    Estate withOfficer =
        Estate.builder().from(york)
            .accounts(york.accounts().stream()
                .map(a -> a.id().equals("officer-1402-x")
                    ? io.github.accountgovernance.core.model.Account.builder().from(a)
                        .status(io.github.accountgovernance.core.model.AccountStatus.ACTIVE).build()
                    : a)
                .toList())
            .build();

    ChangeReport report =
        ChangeReport.comparing()
            .before("npcc2021", withOfficer, Evaluation.of(PolicyPacks.npcc2021()))
            .after("retain-individual", withOfficer, Evaluation.of(PolicyPacks.retainIndividualAccounts()))
            .compare();

    assertThat(report.clearedOf("CLO-1")).extracting(v -> v.subject().id()).containsExactly("officer-1402-x");
    assertThat(report.clearedOf("EST-3")).extracting(v -> v.subject().id()).containsExactly("officer-1402-x");
    assertThat(report.appeared()).isEmpty();
    assertThat(report.rules()).filteredOn(rule -> rule.ruleId().value().equals("CLO-1")).singleElement()
        .satisfies(rule -> {
          assertThat(rule.before()).isEqualTo(RuleState.CHECKED);
          assertThat(rule.after()).isEqualTo(RuleState.DISABLED);
        });
    assertThat(report.parameters()).extracting(ParameterChange::describe).contains(
        "allowedTiers: force-wide, district, specialist-team, corporate-function (pack, set by npcc2021) → force-wide,"
            + " district, specialist-team, corporate-function, individual-officer (pack, set by"
            + " retain-individual)",
        "deadline: 2021-03-31 (pack, set by npcc2021) → (no rule reads it)");
    assertThat(report.differences()).containsExactly(
        "pack: npcc2021 (NPCC consolidated model (North Yorkshire, 2021)) → retain-individual (Retain"
            + " individual accounts (as Northamptonshire chose, 2021))");
    assertThat(report.cover()).as("one estate, one date: cover cannot differ").isEmpty();
  }

  @Test
  void twoDates_compareCoverOnlyOverTheTimeBothLookAt() {
    ChangeReport report =
        ChangeReport.comparing()
            .before("1 March", york, NPCC.asOf(Instant.parse("2021-03-01T00:00:00Z")))
            .after("8 March", york, NPCC.asOf(Instant.parse("2021-03-08T00:00:00Z")))
            .compare();

    assertThat(report.differences()).containsExactly("as of: 2021-03-01T00:00:00Z → 2021-03-08T00:00:00Z");
    assertThat(report.cover()).as("the same rota and absences: no stretch both look at differs").isEmpty();
  }

  @Test
  void comparison_needsBothSides_once() {
    assertThatThrownBy(() -> ChangeReport.comparing().before("then", report()).compare())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("second");
    assertThatThrownBy(() -> ChangeReport.comparing().before("then", report()).before("again", report()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("first side");
    assertThatThrownBy(() -> ChangeReport.whatIf(NPCC, york, Scenario.builder().leaves("c9", LocalDate.of(2021, 3,
        9)).build()))
        .isInstanceOf(InvalidScenarioException.class).hasMessageContaining("unknown contributor \"c9\"");
  }

  private static Violation mon2(String account, String key, String message) {
    return Violation.builder()
        .ruleId(RuleId.of("MON-2"))
        .severity(Severity.ERROR)
        .subject(Subject.of(SubjectKind.ACCOUNT, account, "@NYP_York"))
        .message(message)
        .key(key)
        .addEvidence(Evidence.of("message", message))
        .build();
  }

  private static Report report(Violation... violations) {
    return Report.builder()
        .packId("npcc2021")
        .packName("NPCC")
        .forceName("North Yorkshire Police")
        .asOf(Instant.parse("2021-03-01T00:00:00Z"))
        .horizon(Duration.ofDays(28))
        .violations(List.of(violations))
        .build();
  }

}

package io.github.accountgovernance.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.io.EstateWriter;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorKind;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.InvalidEstateException;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.rules.authoring.Criterion;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.authoring.Relation;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.Rules;
import io.github.accountgovernance.rules.authoring.SubjectType;
import io.github.accountgovernance.rules.catalogue.MonitoringRules;
import io.github.accountgovernance.rules.files.PackFiles;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.report.ReportFormat;
import io.github.accountgovernance.rules.files.ReportJson;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's code, compiled and run, so that the README cannot drift from the library. The snippets are kept
 * as close to the README's as a test allows (a test asserts where the README prints, and reads bundled files
 * where the README names a path).
 */
final class ReadmeExamples {

  private static final Force NYP =
      Force.builder()
          .name("North Yorkshire Police")
          .addDistricts(District.of("york", "York"), District.of("harrogate", "Harrogate Borough", "Harrogate"))
          .putHandleConventions(AccountTier.FORCE_WIDE, "NYorksPolice")
          .putHandleConventions(AccountTier.DISTRICT, "NYP_{district}")
          .build();

  @Test
  void theModel_buildsAnEstateAndFindsHandlesTheWayThePlatformDoes() {
    Account york =
        Account.builder()
            .id("york-x").handle(Handle.of(Platform.X, "@NYP_York")).displayName("North Yorkshire Police - York")
            .tier(AccountTier.DISTRICT).status(AccountStatus.ACTIVE).district("york").owningTeam("York NPT")
            .monitoredHours(MonitoredHours.weekly(List.of(WeeklyWindow.parse("Mon 07:00-22:00"))))
            .build();
    Estate estate =
        Estate.builder()
            .force(NYP).asOf(Instant.parse("2021-04-06T00:00:00Z"))
            .addAccounts(york)
            .addContributors(Contributor.builder().id("c-1402").kind(ContributorKind.OFFICER)
                .name("PC Alex Example").collarNumber("1402").district("york").build())
            .addRota(RotaAssignment.weekly("c-1402", "york-x", WeeklyWindow.parse("Mon 07:00-15:00"),
                LocalDate.of(2021, 3, 29), LocalDate.of(2021, 6, 1)))
            .build();

    assertThat(estate.accountsWithHandle(Handle.of(Platform.X, "nyp_york"))).containsExactly(york);
  }

  @Test
  void theModel_refusesUnresolvedReferencesWithEveryProblem() {
    Estate.Builder broken =
        Estate.builder().force(NYP).asOf(Instant.EPOCH)
            .addAccounts(Account.builder().id("ryedale-x").handle(Handle.of(Platform.X, "NYP_Ryedale"))
                .displayName("North Yorkshire Police - Ryedale").tier(AccountTier.DISTRICT)
                .status(AccountStatus.ACTIVE).district("ryedal").build())
            .addRota(RotaAssignment.weekly("c2", "ryedale-x", WeeklyWindow.parse("Mon 07:00-15:00"),
                LocalDate.of(2021, 3, 29), LocalDate.of(2021, 6, 1)));

    assertThatThrownBy(broken::build)
        .isInstanceOf(InvalidEstateException.class)
        .hasMessage(
            "the estate has 2 problems:\n"
                + "  - accounts[0].district: unknown district \"ryedal\"; the force's districts are [harrogate, york]\n"
                + "  - rota[0].contributor: unknown contributor \"c2\"");
  }

  @Test
  void estateFiles_roundTripBetweenYamlAndJson() {
    Estate after = ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_AFTER);

    String json = EstateWriter.json().writeToString(after);

    assertThat(EstateReader.json().read(json, "after.json")).isEqualTo(after);
  }

  @Test
  void packs_evaluateDeriveAndReadFromFiles() {
    Estate before = ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_BEFORE);
    Report report = PolicyPacks.npcc2021().evaluate(before);
    assertThat(report.violationsOf("MON-2")).isNotEmpty();

    PolicyPack ours =
        PolicyPacks.npcc2021().derive("nyp-2021")
            .name("North Yorkshire Police 2021")
            .set(MonitoringRules.MAX_GAP, Duration.ofHours(12))
            .disable("EST-4")
            .build();
    PolicyPack fromFile =
        PackFiles.read(
            """
            schema: account-governance/pack@1
            id: nyp-2021
            derivesFrom: npcc2021
            parameters:
              maxGap: 12h
            disable: [EST-4]
            """,
            "nyp-2021.yaml");

    assertThat(fromFile.value(MonitoringRules.MAX_GAP)).isEqualTo(ours.value(MonitoringRules.MAX_GAP));
    assertThat(fromFile.disabled()).isEqualTo(ours.disabled());
  }

  @Test
  void writingRules_composesTheStatementFromTheWords() {
    Relation<Account, Contributor> monitors = Relation.of("monitor", "monitors", SubjectType.CONTRIBUTOR,
        (account, context) -> context.estate().rotaFor(account.id()).stream()
            .map(slot -> context.estate().contributor(slot.contributor()).orElseThrow())
            .distinct().toList());
    Criterion<Account> isOpen = Criterion.of("is active or closing", account -> account.status().isOpen());
    Criterion<Contributor> serving = Criterion.of("is serving", Contributor::isServing);

    Rule namedMonitors = Rules.accounts().that(isOpen)
        .should(Criterion.atLeast(MonitoringRules.MIN_MONITORS, monitors, serving))
        .id("MON-1").title("named monitors").parameters(MonitoringRules.MIN_MONITORS)
        .because("one monitor cannot cover their own leave")
        .build();

    assertThat(namedMonitors.statement())
        .isEqualTo("every account that is active or closing has at least 2 monitors that are serving");
  }

  @Test
  void reports_renderAndReadBack() {
    Report report = PolicyPacks.npcc2021().evaluate(ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_AFTER));

    assertThat(ReportFormat.TEXT.render(report)).startsWith("npcc2021 (");
    assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
  }
}

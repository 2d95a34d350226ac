package example.consumer;

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
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.catalogue.MonitoringRules;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.report.ReportFormat;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * What a library user writes: builds an estate, writes it as YAML and reads it back, derives a pack, checks the
 * estate and renders the report. Compiled and run by the consumer tests once on the module path (with the
 * module-info beside it) and once on the class path (without).
 */
public final class Check {

  private Check() {}

  public static void main(String[] args) throws IOException {
    Force force = Force.builder()
        .name("Example Police")
        .addDistricts(District.of("york", "York"))
        .putHandleConventions(AccountTier.DISTRICT, "EXP_{district}")
        .build();
    Account york = Account.builder()
        .id("york-x").handle(Handle.of(Platform.X, "@EXP_York")).displayName("Example Police - York")
        .tier(AccountTier.DISTRICT).status(AccountStatus.ACTIVE).district("york").owningTeam("York NPT")
        .monitoredHours(MonitoredHours.weekly(List.of(WeeklyWindow.parse("Mon 07:00-22:00"))))
        .build();
    Estate built = Estate.builder()
        .force(force).asOf(Instant.parse("2021-04-06T00:00:00Z"))
        .addAccounts(york)
        .addContributors(Contributor.builder().id("c-1402").kind(ContributorKind.OFFICER).name("PC Alex Example")
            .collarNumber("1402").district("york").build())
        .addRota(RotaAssignment.weekly("c-1402", "york-x", WeeklyWindow.parse("Mon 07:00-15:00"),
            LocalDate.of(2021, 3, 29), LocalDate.of(2021, 6, 1)))
        .build();
    // Jackson and SnakeYAML on the user's path: the estate survives a round trip through its file format.
    String yaml = EstateWriter.yaml().writeToString(built);
    Estate estate = EstateReader.yaml().read(new StringReader(yaml), "estate.yaml");
    if (!estate.equals(built)) {
      throw new AssertionError("the estate read back differs from the one written");
    }

    PolicyPack pack = PolicyPacks.npcc2021().derive("example-2021").name("Example Police 2021")
        .set(MonitoringRules.MIN_MONITORS, 1).build();
    Report report = pack.evaluate(estate);

    Module library = PolicyPack.class.getModule();
    System.out.println(library.isNamed() ? "library module: " + library.getName() : "library on the class path");
    System.out.println(ReportFormat.TEXT.render(report).lines().findFirst().orElse(""));
    TreeSet<String> broken = new TreeSet<>();
    for (Violation violation : report.violations()) {
      broken.add(violation.ruleId().value());
    }
    System.out.println("broken rules: " + broken);
    System.out.println("SARIF written: " + ReportFormat.SARIF.render(report).contains("\"version\": \"2.1.0\""));
  }
}

package io.github.accountgovernance.rules.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.rules.report.JsonSchemaCheck;
import io.github.accountgovernance.rules.report.ReportFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportJsonTest {

  @Test
  void json_conformsToTheDocumentedSchema() throws IOException {
    JsonSchemaCheck schema = JsonSchemaCheck.reportSchema();

    assertThat(schema.violations(ReportJson.write(ReportFixtures.richReport()))).isEmpty();
    assertThat(schema.violations(ReportJson.write(ReportFixtures.cleanReport()))).isEmpty();
    assertThat(schema.violations(ReportJson.write(ReportFixtures.handBuilt()))).isEmpty();
  }

  @Test
  void schemaCheck_failsForTheRightReason_whenAFieldIsMissing() throws IOException {
    String json = ReportJson.write(ReportFixtures.richReport()).replace("\"force\": ", "\"forceName\": ");

    assertThat(JsonSchemaCheck.reportSchema().violations(json))
        .containsExactly("$: missing force", "$: unexpected field forceName");
  }

  @Test
  void json_carriesTheVersionedSchemaIdAndTheSummary() {
    LocatedNode json = JsonSchemaCheck.parse(ReportJson.write(ReportFixtures.richReport()));

    assertThat(json.fields().get("schema").text()).isEqualTo("account-governance/report@1");
    LocatedNode summary = json.fields().get("summary");
    assertThat(summary.fields().get("hasErrors").text()).isEqualTo("true");
    assertThat(summary.fields().get("error").text()).isEqualTo("1");
    assertThat(summary.fields().get("warning").text()).isEqualTo("4");
    assertThat(summary.fields().get("info").text()).isEqualTo("1");
    assertThat(summary.fields().get("waived").text()).isEqualTo("2");
  }

  @Test
  void json_keepsInstantsInUtcAndNamesTheForcesZone() {
    Report report = ReportFixtures.richReport();
    LocatedNode json = JsonSchemaCheck.parse(ReportJson.write(report));

    assertThat(json.fields().get("zone").text()).isEqualTo("Europe/London");
    assertThat(json.fields().get("asOf").text()).isEqualTo("2021-04-01T09:00:00Z");
    assertThat(ReportJson.read(ReportJson.write(report)).zone()).isEqualTo(ZoneId.of("Europe/London"));
  }

  @Test
  void json_withoutAZone_readsAsUtc_andABadZoneIsAProblem() {
    String json = ReportJson.write(ReportFixtures.richReport());
    String withoutZone = json.replace("  \"zone\": \"Europe/London\",\n", "");
    String badZone = json.replace("\"Europe/London\"", "\"Europe/Londres\"");

    assertThat(withoutZone).isNotEqualTo(json);
    assertThat(ReportJson.read(withoutZone).zone()).isEqualTo(ZoneOffset.UTC);
    assertThatThrownBy(() -> ReportJson.read(badZone))
        .hasMessageContaining("zone")
        .hasMessageContaining("a time zone such as Europe/London");
  }

  @Test
  void json_roundTripsAnEvaluatedReport() {
    Report report = ReportFixtures.richReport();

    assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
  }

  @Test
  void json_roundTripsNestedExplanationsNotesAndAwkwardText() {
    Report report = ReportFixtures.handBuilt();

    Report read = ReportJson.read(ReportJson.write(report));

    assertThat(read).isEqualTo(report);
    assertThat(ReportJson.write(read)).isEqualTo(ReportJson.write(report));
  }

  @Test
  void json_roundTripsThroughAFile(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("report.json");
    Files.writeString(file, ReportJson.write(ReportFixtures.richReport()));

    assertThat(ReportJson.read(file)).isEqualTo(ReportFixtures.richReport());
  }

  @Test
  void read_reportsEveryProblemWithItsLineAndPath_andAMisspeltFieldOnce() {
    String json = ReportJson.write(ReportFixtures.richReport())
        .replace("\"asOf\": \"2021-04-01T09:00:00Z\"", "\"asOf\": \"1 April 2021\"")
        .replace("\"title\": \"reach\"", "\"tittle\": \"reach\"");

    assertThatThrownBy(() -> ReportJson.read(json))
        .isInstanceOfSatisfying(InvalidGovernanceFileException.class, e -> {
          assertThat(e.problems()).extracting(Problem::path, Problem::message).containsExactly(
              tuple("asOf", "expected an instant such as 2021-03-06T22:00:00Z (UTC) or 2021-03-06T22:00:00+01:00,"
                  + " but got \"1 April 2021\""),
              tuple("rules[0].tittle", "unknown field \"tittle\" in a rule result (did you mean \"title\"?); the"
                  + " fields of a rule result are id, title, severity, statement, rationale, source, hint, parameters,"
                  + " checked, passed, failed, violations, waived, baselined"));
          assertThat(e.problems()).allSatisfy(p -> assertThat(p.location()).isPresent());
          assertThat(e.getMessage()).startsWith("the report report.json has 2 problems:");
        });
  }

  @Test
  void read_refusesAnotherSchemaVersion() {
    String json = ReportJson.write(ReportFixtures.cleanReport())
        .replace("account-governance/report@1", "account-governance/report@2");

    assertThatThrownBy(() -> ReportJson.read(json))
        .isInstanceOf(InvalidGovernanceFileException.class)
        .hasMessageContaining("schema: this reader reads schema \"account-governance/report@1\", not "
            + "\"account-governance/report@2\"");
  }
}

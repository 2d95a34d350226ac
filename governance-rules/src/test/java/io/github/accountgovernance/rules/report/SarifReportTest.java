package io.github.accountgovernance.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.core.files.LocatedNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class SarifReportTest {

  private static final Report REPORT = ReportFixtures.richReport();
  private static final LocatedNode SARIF = JsonSchemaCheck.parse(ReportFormat.SARIF.render(REPORT));
  private static final LocatedNode RUN = SARIF.fields().get("runs").items().get(0);

  private static List<LocatedNode> rules() {
    return RUN.fields().get("tool").fields().get("driver").fields().get("rules").items();
  }

  private static List<LocatedNode> results() {
    return RUN.fields().get("results").items();
  }

  private static String text(LocatedNode node, String... path) {
    LocatedNode at = node;
    for (String field : path) {
      at = at.fields().get(field);
    }
    return at.text();
  }

  @Test
  void sarif_isVersion210WithTheSchemaAndOneRun() {
    assertThat(text(SARIF, "version")).isEqualTo("2.1.0");
    assertThat(text(SARIF, "$schema")).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(SARIF.fields().get("runs").items()).hasSize(1);
    assertThat(text(RUN, "tool", "driver", "name")).isEqualTo("account-governance");
    // The project's home page, from the parent pom's <url>: where a reader of a code-scanning alert learns more.
    assertThat(text(RUN, "tool", "driver", "informationUri"))
        .isEqualTo("https://github.com/accountgovernance/account-governance");
  }

  @Test
  void sarif_hasOneRulePerRuleIdWithTheStatementAsShortDescription() {
    assertThat(rules()).extracting(rule -> text(rule, "id")).containsExactly("ATT-9", "CLO-9", "EST-5", "MON-9");
    LocatedNode est5 = rules().get(2);
    assertThat(text(est5, "shortDescription", "text")).isEqualTo("every account that is open has an owning team");
    assertThat(text(est5, "fullDescription", "text"))
        .contains("an account nobody owns is an account nobody answers")
        .contains("name the owning team in the estate file");
    assertThat(text(est5, "help", "text")).isEqualTo(text(est5, "fullDescription", "text"));
    assertThat(text(est5, "defaultConfiguration", "level")).isEqualTo("error");
  }

  @Test
  void sarif_resultsReferToTheirRuleByIdAndIndex() {
    List<String> ids = rules().stream().map(rule -> text(rule, "id")).collect(Collectors.toList());

    assertThat(results()).isNotEmpty().allSatisfy(result ->
        assertThat(ids.get(Integer.parseInt(text(result, "ruleIndex")))).isEqualTo(text(result, "ruleId")));
  }

  @Test
  void sarif_levelsComeFromSeverity() {
    Map<String, String> levels = new HashMap<>();
    for (LocatedNode result : results()) {
      if (!result.fields().containsKey("suppressions") && !result.fields().containsKey("kind")) {
        levels.put(text(result, "ruleId"), text(result, "level"));
      }
    }

    assertThat(levels).hasSize(3).containsEntry("EST-5", "error").containsEntry("MON-9", "warning").containsEntry("ATT-9", "note");
  }

  @Test
  void sarif_subjectsAreLogicalLocationsAndFingerprintsArePartialFingerprints() {
    LocatedNode york = results().stream()
        .filter(result -> text(result, "ruleId").equals("EST-5") && !result.fields().containsKey("suppressions"))
        .findFirst().orElseThrow();

    LocatedNode location = york.fields().get("locations").items().get(0).fields().get("logicalLocations").items().get(0);
    assertThat(text(location, "name")).isEqualTo("@NYP_York");
    assertThat(text(location, "fullyQualifiedName")).isEqualTo("account:york-x");
    assertThat(text(york, "partialFingerprints", "accountGovernance/v1")).isEqualTo("EST-5|account:york-x|");
    assertThat(text(york, "message", "text")).isEqualTo("@NYP_York: does not satisfy \"has an owning team\"");
  }

  @Test
  void sarif_waivedViolationsAreAcceptedExternalSuppressions() {
    List<LocatedNode> suppressed = results().stream()
        .filter(result -> result.fields().containsKey("suppressions")).collect(Collectors.toList());

    assertThat(suppressed).hasSize(REPORT.waived().size()).allSatisfy(result -> {
      LocatedNode suppression = result.fields().get("suppressions").items().get(0);
      assertThat(text(suppression, "kind")).isEqualTo("external");
      assertThat(text(suppression, "status")).isEqualTo("accepted");
      assertThat(text(suppression, "justification")).isNotBlank();
    });
    assertThat(suppressed.get(0).fields().get("suppressions").items().get(0).fields().get("justification").text())
        .isEqualTo("recruitment account; owner being appointed");
  }

  @Test
  void sarif_marksBaselineStateAndListsFixedEntriesAsAbsent() {
    Map<String, Long> states = results().stream()
        .collect(Collectors.groupingBy(result -> text(result, "baselineState"), Collectors.counting()));

    assertThat(states).containsEntry("new", (long) REPORT.violations().size() + REPORT.waived().size())
        .containsEntry("unchanged", 1L)
        .containsEntry("absent", 1L);
  }

  @Test
  void sarif_withoutABaseline_hasNoBaselineState() {
    LocatedNode run = JsonSchemaCheck.parse(ReportFormat.SARIF.render(ReportFixtures.pack().evaluate(
        ReportFixtures.estate()))).fields().get("runs").items().get(0);

    assertThat(run.fields().get("results").items()).isNotEmpty()
        .allSatisfy(result -> assertThat(result.fields()).doesNotContainKey("baselineState"));
  }

  @Test
  void sarif_reportsRulesThatCheckedNothingAsToolNotifications() {
    LocatedNode notifications = RUN.fields().get("invocations").items().get(0).fields().get("toolExecutionNotifications");

    assertThat(notifications.items()).extracting(n -> text(n, "message", "text"))
        .anySatisfy(message -> assertThat(message).contains("CLO-9").contains("checked none of the estate's"));
  }
}

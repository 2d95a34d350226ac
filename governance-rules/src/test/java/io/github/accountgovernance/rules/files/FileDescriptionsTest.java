package io.github.accountgovernance.rules.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.LocatedReader;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.files.Syntax;
import io.github.accountgovernance.rules.Baseline;
import io.github.accountgovernance.rules.Fingerprint;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.Waiver;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.report.ReportFixtures;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import io.github.accountgovernance.core.problem.SourceLocation;
import io.github.accountgovernance.rules.Violation;
import org.junit.jupiter.api.Test;

/**
 * Each file's objects are described once, and what the writer writes is what the reader knows: the fields of a
 * fully populated object as written are exactly the fields its description lists, in the same order.
 */
final class FileDescriptionsTest {

  private static LocatedNode tree(String text, Syntax syntax) {
    Problems problems = GovernanceFiles.problems("test file", syntax == Syntax.JSON ? "t.json" : "t.yaml");
    LocatedNode root = LocatedReader.smallFiles(syntax).readTree(new StringReader(text), problems);
    problems.throwIfAny();
    return root;
  }

  private static List<String> keys(LocatedNode node) {
    return new ArrayList<>(node.fields().keySet());
  }

  private static final Waiver FULL_WAIVER = Waiver.builder()
      .ruleId(RuleId.of("MON-2"))
      .subject("@NYP_York")
      .key("2021-04-10")
      .reason("rota gap agreed with the district commander")
      .approvedBy("Supt A. Example")
      .expiresOn(LocalDate.of(2021, 5, 1))
      .build();

  @Test
  void aWaiverFile_writesTheFieldsItsReaderKnows() {
    LocatedNode root = tree(WaiverFiles.toYaml(List.of(FULL_WAIVER)), Syntax.YAML);

    assertThat(keys(root)).containsExactly("schema", "waivers");
    assertThat(keys(root.fields().get("waivers").items().get(0)))
        .containsExactlyElementsOf(WaiverFiles.WAIVER.fieldNames());
  }

  @Test
  void aBaselineFile_writesTheFieldsItsReaderKnows() {
    Baseline baseline = Baseline.of(List.of(
        Fingerprint.parse("MON-2|account:york-x|2021-04-10"), Fingerprint.parse("EST-5|account:craven-x|")));
    LocatedNode root = tree(BaselineFiles.toJson(baseline), Syntax.JSON);

    assertThat(root.fields().get("entries").items())
        .isNotEmpty()
        .allSatisfy(entry -> assertThat(BaselineFiles.ENTRY.fieldNames()).containsSubsequence(keys(entry)))
        .anySatisfy(entry -> assertThat(keys(entry)).containsExactlyElementsOf(BaselineFiles.ENTRY.fieldNames()));
  }

  @Test
  void aReport_writesTheFieldsItsReaderKnows_atEveryLevel() {
    Report handBuilt = ReportFixtures.handBuilt();
    List<Violation> located = new ArrayList<>(handBuilt.violations());
    located.set(0, Violation.builder().from(located.get(0))
        .location(new SourceLocation("accounts.csv", 12, 1)).build());
    Report report = Report.builder().from(handBuilt).violations(located).build();
    LocatedNode root = tree(ReportJson.write(report), Syntax.JSON);
    LocatedNode violation = root.fields().get("violations").items().get(0);

    assertThat(keys(root)).containsExactlyElementsOf(fieldsOf("a report"));
    assertThat(keys(violation)).containsExactlyElementsOf(fieldsOf("a violation"));
    assertThat(keys(violation.fields().get("subject"))).containsExactly("kind", "id", "name");
  }

  /** The fields an object's description lists, as the reader's unknown-field message names them. */
  private static List<String> fieldsOf(String what) {
    String json = "{\"schema\": \"" + ReportJson.SCHEMA + "\", \"surplus\": 1}";
    if (what.equals("a violation")) {
      json = ReportJson.write(ReportFixtures.handBuilt())
          .replaceFirst("\"rule\"\\s*:\\s*\"MON-4\"", "\"surplus\": 1, \"rule\": \"MON-4\"");
    }
    try {
      ReportJson.read(json);
      throw new AssertionError("the surplus field was accepted");
    } catch (InvalidGovernanceFileException e) {
      String message = e.problems().stream().map(Object::toString)
          .filter(line -> line.contains("surplus")).findFirst().orElseThrow();
      List<String> names = new ArrayList<>();
      for (String part : message.substring(message.lastIndexOf(" are ") + 5).split(", ")) {
        names.add(part.replace("\"", "").strip());
      }
      assertThat(Set.copyOf(names)).doesNotContain("surplus");
      return names;
    }
  }
}

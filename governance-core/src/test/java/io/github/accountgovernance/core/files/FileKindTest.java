package io.github.accountgovernance.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.problem.InvalidFileException;
import io.github.accountgovernance.core.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every file reads its kind from {@code schema} or, as older estate files write it, {@code format}. */
final class FileKindTest {

  private static final String WAIVERS = "account-governance/waivers@1";

  private static List<String> problemsReading(String yaml, boolean required) {
    Problems problems = new Problems("waivers.yaml", LocatedReader.Limits.smallFiles(),
        list -> new InvalidFileException("waiver file waivers.yaml", list));
    LocatedNode root = LocatedReader.smallFiles(Syntax.YAML).readTree(yaml, problems);
    ObjectFields.of(root, "", "a waiver file", List.of("schema", "waivers"), problems)
        .ifPresent(fields -> fields.schema(WAIVERS, required));
    return problems.list().stream().map(Problem::toString).toList();
  }

  @Test
  void schemaOrFormat_isRead_andNeitherIsAnUnknownField() {
    assertThat(problemsReading("schema: " + WAIVERS + "\nwaivers: []\n", true)).isEmpty();
    assertThat(problemsReading("format: " + WAIVERS + "\nwaivers: []\n", true)).isEmpty();
  }

  @Test
  void anotherKind_isReportedUnderTheNameTheFileUses() {
    assertThat(problemsReading("format: account-governance/baseline@1\n", false)).containsExactly(
        "waivers.yaml:1:9: format: this reader reads schema \"account-governance/waivers@1\", not"
            + " \"account-governance/baseline@1\"");
  }

  @Test
  void both_areOneProblem_andAMissingRequiredKindNamesSchema() {
    assertThat(problemsReading("format: " + WAIVERS + "\nschema: " + WAIVERS + "\n", false)).containsExactly(
        "waivers.yaml:2:1: schema: \"schema\" and \"format\" are two names for the same field, and this file gives"
            + " both; keep one (schema)");
    assertThat(problemsReading("waivers: []\n", true)).containsExactly(
        "waivers.yaml:1:1: schema: missing required field \"schema\" in a waiver file");
  }
}

package io.github.accountgovernance.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.examples.cli.GovernanceCommand;
import io.github.accountgovernance.rules.Evaluation;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.whatif.ChangeFormat;
import io.github.accountgovernance.rules.whatif.ChangeReport;
import io.github.accountgovernance.rules.whatif.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Asking what if": every whatif and diff command shown with its output is run, and each line of the
 * output shown (but the "…" that stand for lines left out) must be what the command prints, in that order; the
 * Java snippet runs as written.
 */
final class AskingWhatIfReadmeTest {

  private static final String JAR = "java -jar governance-examples/target/governance.jar ";
  private static final Pattern COMMAND_AND_OUTPUT =
      Pattern.compile("```sh\n" + Pattern.quote(JAR) + "((?:whatif|diff) [^\n]*)\n```\n\n```text\n(.*?)```",
          Pattern.DOTALL);

  private static String section() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Asking what if\n");
    assertThat(start).as("the README has a section \"Asking what if\"").isPositive();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  @Test
  void everyCommandShown_printsTheOutputShown() throws IOException {
    Matcher pairs = COMMAND_AND_OUTPUT.matcher(section());
    int checked = 0;
    while (pairs.find()) {
      String[] args = pairs.group(1).split(" ");
      StringWriter out = new StringWriter();
      GovernanceCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
      List<String> printed = List.of(out.toString().split("\n"));
      int at = 0;
      for (String shown : pairs.group(2).split("\n")) {
        if (shown.equals("…")) {
          continue;
        }
        int found = indexFrom(printed, shown, at);
        assertThat(found).as("README line of `%s`, in order:%n%s", pairs.group(1), shown).isNotNegative();
        at = found + 1;
      }
      checked++;
    }
    assertThat(checked).as("commands with their output in the section").isGreaterThanOrEqualTo(2);
  }

  private static int indexFrom(List<String> lines, String line, int from) {
    List<String> rest = new ArrayList<>(lines.subList(from, lines.size()));
    int index = rest.indexOf(line);
    return index < 0 ? -1 : from + index;
  }

  @Test
  void theJavaSnippet_runsAsWritten() {
    Estate before = ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_BEFORE);

    Scenario fortnight = Scenario.builder()
        .absent("c1299", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 22))   // back on the 22nd
        .build();
    ChangeReport changes = ChangeReport.whatIf(Evaluation.of(PolicyPacks.npcc2021()), before, fortnight);
    assertThat(changes.coverLost()).extracting(c -> c.account().displayName())
        .containsExactly("@NYP_Hambleton", "@NYP_PC7320");
    assertThat(changes.appearedOf("MON-2")).hasSize(2);

    ChangeReport packs = ChangeReport.comparing()
        .before("npcc2021", before, Evaluation.of(PolicyPacks.npcc2021()))
        .after("retain-individual", before, Evaluation.of(PolicyPacks.retainIndividualAccounts()))
        .compare();
    assertThat(packs.clearedOf("CLO-1")).hasSize(90);
    assertThat(ChangeFormat.MARKDOWN.render(packs)).startsWith("# What changes from npcc2021 to retain-individual");
  }
}

package io.github.accountgovernance.examples.cli;

import static io.github.accountgovernance.examples.cli.Cli.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.rules.whatif.Scenario;
import io.github.accountgovernance.rules.whatif.ScenarioFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps docs/scenario-format.md true to the code: its example reads and applies, its errors are the ones given. */
final class ScenarioFormatDocumentTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "scenario-format.md");

  private static String document() throws IOException {
    return Files.readString(DOCUMENT, StandardCharsets.UTF_8);
  }

  private static String block(String text, String language, int which) {
    Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(text);
    for (int i = 0; i <= which; i++) {
      assertThat(block.find()).as("```%s block %s", language, which).isTrue();
    }
    return block.group(1);
  }

  @Test
  void completeExample_readsAndAppliesToTheBeforeEstate(@TempDir Path folder) throws IOException {
    Scenario scenario = ScenarioFiles.read(block(document(), "yaml", 0), "hambleton.yaml");

    assertThat(scenario.changes()).hasSize(3);
    assertThat(scenario.applyTo(ExampleEstates.load(BEFORE)).closurePlanFor("npt-bedale-x")).isPresent();
    Path file = Files.writeString(folder.resolve("hambleton.yaml"), block(document(), "yaml", 0));
    Cli.Run run = Cli.run("whatif", "--example", BEFORE, "--scenario", file.toString());
    assertThat(run.out()).as("%s", run)
        .startsWith("What if: the Hambleton sergeant's fortnight off, and Bedale's account closing\n");
  }

  @Test
  void errors_areTheOnesTheCommandLineGives(@TempDir Path folder) throws IOException {
    Path broken = Files.writeString(folder.resolve("broken-scenario.yaml"), """
        schema: account-governance/scenario@1
        absent:
          - {contributer: c1299, from: 2021-03-08, until: 2021-03-22}
          - {contributor: c9751, from: 2021-03-22, until: 2021-03-08}
        close:
          - {account: npt-bedale-x, on: 31 March}
        """);
    Cli.Run fileErrors = Cli.run("whatif", "--example", BEFORE, "--scenario", broken.toString());
    Cli.Run unknown = Cli.run("whatif", "--example", BEFORE, "--absent", "c1299x", "2021-03-08..2021-03-22");

    String shownFileErrors = block(document(), "text", 0).replace("broken-scenario.yaml", broken.toString());
    assertThat(fileErrors.err()).isEqualTo(shownFileErrors);
    assertThat(unknown.err()).isEqualTo(block(document(), "text", 1));
  }
}

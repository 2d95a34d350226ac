package io.github.accountgovernance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.planning.ClosurePlanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps docs/overlay-format.md true to the code: its examples read, and its errors are the ones printed. */
final class OverlayFormatDocumentTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "overlay-format.md");
  private static final Estate BEFORE = ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_BEFORE);

  private static String document() throws IOException {
    return Files.readString(DOCUMENT, StandardCharsets.UTF_8);
  }

  private static List<String> blocks(String language) throws IOException {
    Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(document());
    List<String> blocks = new ArrayList<>();
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  @Test
  void theExample_isWhatThePlannerWritesAndReadsInYamlAndJson() throws IOException {
    String yaml = blocks("yaml").get(1);
    List<ClosurePlan> planned = ClosurePlanner.of(PolicyPacks.npcc2021()).plan(BEFORE).overlay();

    Estate fromYaml = EstateReader.yaml().readOverlay(BEFORE, yaml, "plan.yaml");
    Estate fromJson = EstateReader.json().readOverlay(BEFORE, blocks("json").get(0), "plan.json");

    assertThat(fromYaml.closurePlans()).hasSize(2).allSatisfy(plan -> assertThat(planned).contains(plan));
    assertThat(fromJson.closurePlanFor("npt-yorksouth-x").orElseThrow().successors())
        .containsExactly("york-x", "force-x");
  }

  @Test
  void theErrors_areTheOnesTheCommandLinePrints(@TempDir Path folder) throws IOException {
    Path overlay = Files.writeString(folder.resolve("plan.yaml"), blocks("yaml").get(0));
    Path misplaced = Files.writeString(folder.resolve("plan2.yaml"), """
        format: account-governance/estate@1
        asOf: 2021-03-01T00:00:00Z
        closurePlans:
          - account: npt-yorksouth-x
            successors: [york-x, force-x]
            closureDat: 2021-03-31
        """);

    String unknown = Cli.run("check", "--example", Cli.BEFORE, "--overlay", overlay.toString()).err();
    String foreign = Cli.run("check", "--example", Cli.BEFORE, "--overlay", misplaced.toString()).err();

    for (String line : unknown.replace(overlay.toString(), "plan.yaml").split("\n")) {
      assertThat(document()).contains(line);
    }
    for (String line : foreign.replace(misplaced.toString(), "plan.yaml").split("\n")) {
      String shown = line.contains("closureDat\"") ? line.substring(0, line.indexOf("; the fields")) : line;
      assertThat(document()).contains(shown);
    }
  }
}

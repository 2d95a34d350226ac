package io.github.accountgovernance.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.io.EstateWriter;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.examples.ExampleEstates;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import io.github.accountgovernance.rules.planning.ClosurePlanner;
import io.github.accountgovernance.rules.planning.ConsolidationPlan;
import io.github.accountgovernance.rules.planning.ScheduleFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "How do we get there" code and figures, run, so that they cannot drift from the library. */
final class PlanningReadmeExamples {

  private static final Path README = Path.of("..", "README.md");

  @Test
  void howDoWeGetThere_javaSnippet(@TempDir Path folder) throws IOException {
    Estate before = ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_BEFORE);
    Path overlay = folder.resolve("plan.yaml");
    Path schedule = folder.resolve("schedule.md");

    ConsolidationPlan plan = ClosurePlanner.of(PolicyPacks.npcc2021()).plan(before);
    assertThat(plan.closures().size()).isEqualTo(136);
    assertThat(PolicyPacks.npcc2021().evaluate(plan.applyTo(before)).violationsOf("CLO-1")).isEmpty();
    EstateWriter.yaml().writeOverlay(plan.overlay(), overlay);
    Files.writeString(schedule, ScheduleFormat.MARKDOWN.render(plan));

    assertThat(EstateReader.yaml().readOverlay(before, overlay)).isEqualTo(plan.applyTo(before));
    assertThat(Files.readString(schedule)).contains("@NPTYorkSouth");
  }

  @Test
  void howDoWeGetThere_showsWhatThePlannerPrintsAndDrafts() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    ConsolidationPlan plan =
        ClosurePlanner.of(PolicyPacks.npcc2021())
            .plan(ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_BEFORE));
    String printed = ScheduleFormat.TEXT.render(plan);

    for (String line : printed.split("\n")) {
      if (line.startsWith("Closure plan for") || line.startsWith("By ground:") || line.contains("@NPTYorkSouth (")) {
        assertThat(readme).contains(line);
      }
    }
    assertThat(readme).contains(plan.closureFor("npt-yorksouth-x").orElseThrow().finalMessage());
  }
}

package io.github.accountgovernance.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.authoring.ParameterRefusedException;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.files.PackFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NAM-4 refuses a {@code maxEdits} whose lookalike index would not fit its memory budget on this estate, as a
 * {@link ParameterRefusedException} naming the rule and the parameter, so that a program can point at the line of
 * the pack file that set it ({@link PackFiles#parameterLocation}).
 */
final class LookalikeBudgetRefusalTest {

  /** 200 official handles of 90 characters: about 24 million deletion variants within 3 edits. */
  private static Estate longHandles() {
    StringBuilder estate = new StringBuilder("schema: account-governance/estate@1\nforce:\n  name: North Yorkshire"
        + " Police\n  zone: Europe/London\nasOf: 2021-04-06T00:00:00Z\naccounts:\n");
    for (int i = 0; i < 200; i++) {
      estate.append(String.format(Locale.ROOT, "  - {id: a%d, platform: x, handle: \"@NYP%03d%s\", displayName: A%d,"
          + " tier: force-wide, status: active, owningTeam: Comms, followers: 1, monitoredHours: 24/7,"
          + " openedOn: 2020-01-01}%n", i, i, "x".repeat(84), i));
    }
    return EstateReader.yaml().read(estate.toString(), "estate.yaml");
  }

  @Test
  void maxEditsOverTheBudget_isRefusedNamingTheRuleAndTheParameter() {
    PolicyPack pack = PolicyPack.builder("three").add(NamingRules.lookalikes()).set(NamingRules.MAX_EDITS, 3)
        .build();

    Throwable thrown = catchThrowable(() -> pack.evaluate(longHandles()));

    assertThat(thrown).isInstanceOfSatisfying(ParameterRefusedException.class, refusal -> {
      assertThat(refusal.rule()).isEqualTo(RuleId.of("NAM-4"));
      assertThat(refusal.parameter()).isEqualTo("maxEdits");
      assertThat(refusal.getMessage()).contains("over its budget").contains("lower NAM-4's parameter maxEdits");
    });
  }

  @Test
  void withinTheBudget_theSameEstateIsChecked() {
    PolicyPack pack = PolicyPack.builder("one").add(NamingRules.lookalikes()).set(NamingRules.MAX_EDITS, 1)
        .build();

    assertThat(pack.evaluate(longHandles()).rule("NAM-4")).isPresent();
  }

  @Test
  void aPackFileSaysWhereItSetsAParameter(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("pack.yaml");
    Files.writeString(file, "id: nyp\nderivesFrom: npcc2021\nparameters:\n  maxGap: 12h\n  maxEdits: 3\n");

    assertThat(PackFiles.parameterLocation(file, "maxEdits")).hasValueSatisfying(at -> {
      assertThat(at.file()).isEqualTo(file.toString());
      assertThat(at.line()).isEqualTo(5);
      assertThat(at.column()).isEqualTo(13);
    });
    assertThat(PackFiles.parameterLocation(file, "resilience")).as("left to the base pack").isEmpty();
  }
}

package io.github.accountgovernance.rules.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Provenance;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.catalogue.ClosureRules;
import io.github.accountgovernance.rules.catalogue.EstateRules;
import io.github.accountgovernance.rules.catalogue.MonitoringRules;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class PackFilesTest {

  @Test
  void read_derivesTheForcesPackFromAPublishedOne() {
    PolicyPack pack =
        PackFiles.read(
            """
            schema: account-governance/pack@1
            id: nyp-2021
            name: North Yorkshire Police 2021
            derivesFrom: npcc2021
            parameters:
              maxGap: 12h
              allowedTiers: [force-wide, district, corporate-function]
            disable: [EST-4]
            """,
            "nyp-2021.yaml");

    assertThat(pack.id()).isEqualTo("nyp-2021");
    assertThat(pack.name()).isEqualTo("North Yorkshire Police 2021");
    assertThat(pack.derivedFrom()).contains("npcc2021");
    assertThat(pack.value(MonitoringRules.MAX_GAP)).isEqualTo(Duration.ofHours(12));
    assertThat(pack.value(EstateRules.ALLOWED_TIERS)).hasSize(3);
    assertThat(pack.disabled()).containsKey(RuleId.of("EST-4"));
    assertThat(pack.parameters())
        .filteredOn(p -> p.key().equals("maxGap"))
        .singleElement()
        .satisfies(p -> assertThat(p.provenance()).isEqualTo(Provenance.FORCE_OVERRIDE));
  }

  @Test
  void read_acceptsJsonAndTheShortNameOfTheRetainPack() {
    PolicyPack pack =
        PackFiles.read("{\"id\": \"northants\", \"derivesFrom\": \"retain-individual\"}", "northants.json");

    assertThat(pack.derivedFrom()).contains(PolicyPacks.RETAIN_INDIVIDUAL_ACCOUNTS);
  }

  @Test
  void read_listsEveryProblemWithItsLocation() {
    assertThatThrownBy(
            () ->
                PackFiles.read(
                    """
                    id: nyp-2021
                    derivesFrom: npcc2021
                    parameters:
                      maxGapp: 12h
                      minMonitors: two
                    disable: [EST-44]
                    colour: blue
                    """,
                    "nyp-2021.yaml"))
        .isInstanceOfSatisfying(
            InvalidGovernanceFileException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path, p -> p.location().orElseThrow().line())
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("parameters.maxGapp", 4),
                        org.assertj.core.groups.Tuple.tuple("parameters.minMonitors", 5),
                        org.assertj.core.groups.Tuple.tuple("disable[0]", 6),
                        org.assertj.core.groups.Tuple.tuple("colour", 7)))
        .hasMessageContaining("did you mean \"maxGap\"?")
        .hasMessageContaining("nyp-2021.yaml:4:");
  }

  @Test
  void read_switchesOffTheNoteAboutEmptySelections_andRefusesAnythingButTrueOrFalse() {
    PolicyPack quiet = PackFiles.read("id: quiet\nderivesFrom: npcc2021\nnoteEmptySelections: false\n", "q.yaml");
    PolicyPack loud = PackFiles.read("id: loud\nderivesFrom: npcc2021\n", "l.yaml");

    assertThat(quiet.notesEmptySelections()).isFalse();
    assertThat(loud.notesEmptySelections()).isTrue();
    assertThatThrownBy(() -> PackFiles.read("id: x\nderivesFrom: npcc2021\nnoteEmptySelections: \"no\"\n", "x.yaml"))
        .isInstanceOf(InvalidGovernanceFileException.class)
        .hasMessageContaining("x.yaml:3:22: noteEmptySelections: expected true or false");
  }

  @Test
  void read_refusesAnUnknownBasePack() {
    assertThatThrownBy(() -> PackFiles.read("id: x\nderivesFrom: npcc2012\n", "x.yaml"))
        .isInstanceOf(InvalidGovernanceFileException.class)
        .hasMessageContaining("unknown pack \"npcc2012\"")
        .hasMessageContaining("did you mean \"npcc2021\"?");
  }
  private static Problem onlyProblem(String yaml) {
    Throwable thrown = catchThrowable(() -> PackFiles.read(yaml, "nyp.yaml"));
    assertThat(thrown).isInstanceOfSatisfying(InvalidGovernanceFileException.class, refused ->
        assertThat(refused.problems()).singleElement()
            .satisfies(problem -> assertThat(problem.location()).as("located").isPresent()));
    return ((InvalidGovernanceFileException) thrown).problems().get(0);
  }

  @Test
  void read_aDurationBeyondItsRange_isAProblemAtItsLine_notAnArithmeticException() {
    // Issue 14: maxGap: 999999999999999d overflowed Duration inside the reader (ArithmeticException, no location).
    Problem problem =
        onlyProblem("id: nyp\nderivesFrom: npcc2021\nparameters:\n  maxGap: 999999999999999d\n");

    assertThat(problem.path()).isEqualTo("parameters.maxGap");
    assertThat(problem.location().orElseThrow().line()).isEqualTo(4);
    assertThat(problem.message()).isEqualTo(
        "parameter maxGap: expected a duration from 0s to 3650d, in whole seconds, but got \"999999999999999d\"");
  }

  @Test
  void read_aNoticeThatJavaTimeCouldHoldButNoDateCanReach_isRefusedAtItsLine() {
    // Issue 14: maxNotice: 9999999999999d was read, and CLO-3 then failed with a DateTimeException.
    Problem problem =
        onlyProblem("id: nyp\nderivesFrom: npcc2021\nparameters:\n  maxNotice: 9999999999999d\n");

    assertThat(problem.path()).isEqualTo("parameters.maxNotice");
    assertThat(problem.message()).contains("parameter maxNotice: expected a duration from 0s to 3650d");
  }

  @Test
  void read_aDurationOfFortyThousandDigits_isRefusedWithAShortMessage() {
    Problem problem = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> onlyProblem(
        "id: nyp\nderivesFrom: npcc2021\nparameters:\n  maxGap: " + "9".repeat(40_000) + "d\n"));

    assertThat(problem.message()).contains("(40001 characters)").hasSizeLessThan(300);
  }

  @Test
  void read_valuesThatBreakAConstraintBetweenParameters_areAProblemAtTheValueTheFileSets() {
    // Issue 14: maxNotice: 1d with the default minNotice: 2d was accepted.
    Problem problem = onlyProblem("id: nyp\nderivesFrom: npcc2021\nparameters:\n  maxNotice: 1d\n");

    assertThat(problem.path()).isEqualTo("parameters.maxNotice");
    assertThat(problem.location().orElseThrow().line()).isEqualTo(4);
    assertThat(problem.message())
        .isEqualTo("CLO-3 requires that minNotice is at most maxNotice, but minNotice is 2d and maxNotice is 24h");
  }

  @Test
  void read_bothValuesOfAConstraintSetTogether_areCheckedTogether() {
    PolicyPack pack =
        PackFiles.read("id: nyp\nderivesFrom: npcc2021\nparameters:\n  maxNotice: 1d\n  minNotice: 1d\n", "p.yaml");

    assertThat(pack.value(ClosureRules.MAX_NOTICE)).isEqualTo(Duration.ofDays(1));
    // Located at the first of the two, in the constraint's order, that the file sets.
    assertThat(onlyProblem("id: nyp\nderivesFrom: npcc2021\nparameters:\n  maxNotice: 3d\n  minNotice: 4d\n")
        .path()).isEqualTo("parameters.minNotice");
  }

  @Test
  void read_aConstraintOfADisabledRule_isNotChecked() {
    PolicyPack pack = PackFiles.read(
        "id: nyp\nderivesFrom: npcc2021\nparameters:\n  maxEdits: 2\ndisable: [CLO-3]\n", "p.yaml");

    assertThat(pack.rule("CLO-3")).isEmpty();
  }

  @Test
  void read_aValueForAParameterOnlyADisabledRuleReads_isAProblemAtItsOwnLine() {
    // Issue 14: this was reported at 1:1, from the pack builder.
    Problem problem =
        onlyProblem("id: nyp\nderivesFrom: npcc2021\nparameters:\n  minAdmins: 3\n  maxEdits: 2\ndisable: [NAM-4]\n");

    assertThat(problem.path()).isEqualTo("parameters.maxEdits");
    assertThat(problem.location().orElseThrow().line()).isEqualTo(5);
    assertThat(problem.location().orElseThrow().column()).isEqualTo(3);
    assertThat(problem.message())
        .isEqualTo("parameter maxEdits is read only by NAM-4, which this file disables; remove the value or keep the rule");
  }

  @Test
  void read_aPatternWithABackReference_isRefusedAtItsLine() {
    Problem problem = onlyProblem(
        "id: nyp\nderivesFrom: npcc2021\nparameters:\n  collarPattern: '^(\\w+)+(\\1)?$'\n");

    assertThat(problem.path()).isEqualTo("parameters.collarPattern");
    assertThat(problem.message()).startsWith("parameter collarPattern: back-references such as \\1 or \\k<name> are"
        + " not supported");
  }
}

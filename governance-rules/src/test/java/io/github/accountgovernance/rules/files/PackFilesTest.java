package io.github.accountgovernance.rules.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Provenance;
import io.github.accountgovernance.rules.authoring.RuleId;
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
}

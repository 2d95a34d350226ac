package io.github.accountgovernance.rules.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.files.InvalidGovernanceFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScenarioFilesTest {

  private static final String EVERY_CHANGE = """
      schema: account-governance/scenario@1
      name: the York sergeant's fortnight off
      absent:
        - contributor: c1
          from: 2021-03-08
          until: 2021-03-22
        - {contributor: c2, from: 2021-03-09T09:00:00Z, until: 2021-03-09T17:00:00Z, reason: training}
      leaves:
        - {contributor: c4, on: 2021-03-15}
      close:
        - {account: jobs-x, on: 2021-03-31, successors: [force-x]}
      open:
        - {account: officer-1402-x, on: 2021-03-10}
      addSlots:
        - {contributor: c2, account: york-x, weekly: Thu 08:00-18:00, validFrom: 2021-03-01}
        - {contributor: c5, account: york-x, from: 2021-03-12T08:00:00Z, to: 2021-03-12T18:00:00Z}
      removeSlots:
        - {contributor: c5, account: jobs-x}
        - {contributor: c1, account: york-x, weekly: Fri 08:00-18:00}
      """;

  @Test
  void read_takesEveryKindOfChange_inTheFilesFixedOrder() {
    Scenario scenario = ScenarioFiles.read(EVERY_CHANGE, "scenario.yaml");

    assertThat(scenario.name()).contains("the York sergeant's fortnight off");
    assertThat(scenario.changes()).containsExactly(
        new Scenario.Opens("officer-1402-x", LocalDate.of(2021, 3, 10)),
        new Scenario.Closes("jobs-x", LocalDate.of(2021, 3, 31), java.util.List.of("force-x")),
        new Scenario.RemovesSlots("c5", "jobs-x", Optional.empty()),
        new Scenario.RemovesSlots("c1", "york-x", Optional.of(WeeklyWindow.parse("Fri 08:00-18:00"))),
        new Scenario.AddsSlot(RotaAssignment.builder().contributor("c2").account("york-x")
            .weeklyWindow(WeeklyWindow.parse("Thu 08:00-18:00")).validFrom(LocalDate.of(2021, 3, 1)).build()),
        new Scenario.AddsSlot(RotaAssignment.shift("c5", "york-x",
            TimeWindow.of(Instant.parse("2021-03-12T08:00:00Z"), Instant.parse("2021-03-12T18:00:00Z")))),
        new Scenario.Leaves("c4", LocalDate.of(2021, 3, 15)),
        new Scenario.Absent("c1", Moment.parse("2021-03-08"), Moment.parse("2021-03-22"), AbsenceReason.LEAVE),
        new Scenario.Absent("c2", Moment.parse("2021-03-09T09:00:00Z"), Moment.parse("2021-03-09T17:00:00Z"),
            AbsenceReason.TRAINING));
    assertThat(scenario.applyTo(WhatIfFixtures.york()).accounts()).isNotEmpty();
  }

  @Test
  void read_reportsEveryProblemWithItsLineColumnAndPath() {
    String broken = """
        schema: account-governance/scenario@1
        absent:
          - {contributer: c1, from: 2021-03-08, until: 2021-03-22}
          - {contributor: c2, from: 8 March, until: 2021-03-22, reason: holiday}
          - {contributor: c3, from: 2021-03-22, until: 2021-03-08}
        close:
          - {account: jobs-x}
        addSlots:
          - {contributor: c2, account: york-x, weekly: Thu 08:00-18:00, validFrom: 2021-03-01, from: 2021-03-01T00:00:00Z}
        leavers: []
        """;

    assertThatThrownBy(() -> ScenarioFiles.read(broken, "scenario.yaml"))
        .isInstanceOfSatisfying(InvalidGovernanceFileException.class, e -> assertThat(e.problems())
            .extracting(Object::toString)
            .containsExactly(
                "scenario.yaml:3:6: absent[0].contributer: unknown field \"contributer\" in an absence (did you mean"
                    + " \"contributor\"?); the fields of an absence are contributor, from, until, reason",
                "scenario.yaml:4:29: absent[1].from: expected a date such as 2021-03-08 or an instant such as"
                    + " 2021-03-08T09:00:00Z, but got \"8 March\"",
                "scenario.yaml:4:65: absent[1].reason: expected leave, sickness, training or other, but got"
                    + " \"holiday\"",
                "scenario.yaml:5:48: absent[2].until: the absence ends (2021-03-08) before it starts (2021-03-22);"
                    + " until is the day they are back",
                "scenario.yaml:7:5: close[0].on: missing required field \"on\" in a closure",
                "scenario.yaml:9:5: addSlots[0]: a rota slot is either a shift (from, to) or a weekly pattern"
                    + " (weekly, validFrom, validUntil), not both",
                "scenario.yaml:10:1: leavers: unknown field \"leavers\" in a scenario file (did you mean"
                    + " \"leaves\"?); the fields of a scenario file are schema, name, open, close, removeSlots,"
                    + " addSlots, leaves, absent"))
        .hasMessageStartingWith("the scenario file scenario.yaml has 7 problems:");
  }

  @Test
  void write_thenRead_givesTheSameScenario_inYamlAndJson(@TempDir Path folder) {
    Scenario scenario = ScenarioFiles.read(EVERY_CHANGE, "scenario.yaml");

    ScenarioFiles.write(scenario, folder.resolve("again.yaml"));
    ScenarioFiles.write(scenario, folder.resolve("again.json"));

    assertThat(ScenarioFiles.read(folder.resolve("again.yaml"))).isEqualTo(scenario);
    assertThat(ScenarioFiles.read(folder.resolve("again.json"))).isEqualTo(scenario);
    assertThat(ScenarioFiles.toYaml(scenario)).startsWith("schema: account-governance/scenario@1\n")
        .isEqualTo(ScenarioFiles.toYaml(ScenarioFiles.read(ScenarioFiles.toYaml(scenario), "s.yaml")));
    assertThat(Files.exists(folder.resolve("again.json"))).isTrue();
  }

  @Test
  void read_refusesAnotherSchema_andAnythingButAMapping() {
    assertThatThrownBy(() -> ScenarioFiles.read("schema: account-governance/waivers@1\n", "s.yaml"))
        .isInstanceOf(InvalidGovernanceFileException.class)
        .hasMessageContaining("this reader reads schema \"account-governance/scenario@1\"");
    assertThatThrownBy(() -> ScenarioFiles.read("- absent\n", "s.yaml"))
        .isInstanceOf(InvalidGovernanceFileException.class)
        .hasMessageContaining("expected a scenario file");
  }
}

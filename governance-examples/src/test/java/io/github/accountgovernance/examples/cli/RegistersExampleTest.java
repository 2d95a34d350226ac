package io.github.accountgovernance.examples.cli;

import static io.github.accountgovernance.examples.cli.Cli.AFTER;
import static io.github.accountgovernance.examples.cli.Cli.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.problem.SourceLocation;
import io.github.accountgovernance.examples.ExampleEstates;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The after estate kept as CSV registers and iCalendar calendars gives the YAML estate's reports, byte for byte,
 * once locations are left out; with them, its findings point into the registers.
 */
final class RegistersExampleTest {

  private static final String REGISTERS = ExampleEstates.NORTH_YORKSHIRE_AFTER_REGISTERS;
  private static final String WORKBOOK = ExampleEstates.NORTH_YORKSHIRE_AFTER_WORKBOOK;

  @ParameterizedTest
  @CsvSource({
    "npcc2021, json", "npcc2021, text", "npcc2021, sarif", "npcc2021, junit", "npcc2021, markdown",
    "retain-individual, json", "retain-individual, text"
  })
  void registers_giveTheYamlEstatesReport_withoutLocations(String pack, String format) {
    Cli.Run yaml = Cli.run("check", "--example", AFTER, "--pack", pack, "--format", format, "--no-locations");
    Cli.Run registers =
        Cli.run("check", "--example", REGISTERS, "--pack", pack, "--format", format, "--no-locations");

    assertThat(registers.err()).isEmpty();
    assertThat(registers.code()).isEqualTo(yaml.code());
    assertThat(registers.out()).isEqualTo(yaml.out()).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource({"npcc2021, json", "npcc2021, text", "retain-individual, json"})
  void workbook_givesTheYamlEstatesReport_withoutLocations(String pack, String format) {
    Cli.Run yaml = Cli.run("check", "--example", AFTER, "--pack", pack, "--format", format, "--no-locations");
    Cli.Run workbook =
        Cli.run("check", "--example", WORKBOOK, "--pack", pack, "--format", format, "--no-locations");

    assertThat(workbook.err()).isEmpty();
    assertThat(workbook.code()).isEqualTo(yaml.code());
    assertThat(workbook.out()).isEqualTo(yaml.out()).isNotEmpty();
  }

  @Test
  void workbook_everyRegisterPointsIntoItsSheetsRow() {
    Estate estate = ExampleEstates.load(WORKBOOK);

    assertThat(estate.account("york-x").flatMap(estate::locationOf).orElseThrow())
        .isEqualTo(new SourceLocation(WORKBOOK + "/registers.xlsx", 10, 1));
    assertThat(estate.rota()).allSatisfy(slot ->
        assertThat(estate.locationOf(slot).orElseThrow().file()).isEqualTo(WORKBOOK + "/rota.ics"));
  }

  @Test
  void registers_everyPartPointsIntoItsRegister() {
    Estate estate = ExampleEstates.load(REGISTERS);

    assertThat(estate.account("york-x").flatMap(estate::locationOf).orElseThrow())
        .isEqualTo(new SourceLocation(REGISTERS + "/accounts.csv", 10, 1));
    assertThat(estate.rota()).allSatisfy(slot ->
        assertThat(estate.locationOf(slot).orElseThrow().file()).isEqualTo(REGISTERS + "/rota.ics"));
    assertThat(estate.absences()).allSatisfy(absence ->
        assertThat(estate.locationOf(absence).orElseThrow().file()).isEqualTo(REGISTERS + "/leave.ics"));
    assertThat(estate.posts()).allSatisfy(post ->
        assertThat(estate.locationOf(post).orElseThrow().file()).isEqualTo(REGISTERS + "/estate.yaml"));
  }

  @Test
  void examples_listsTheRegistersExample() {
    assertThat(Cli.run("examples").out()).contains(REGISTERS).contains(WORKBOOK);
  }

  @Test
  void sarif_ofTheBeforeEstate_hasAPhysicalLocationWithAStartLineOnEveryResult() {
    Object sarif = JsonTree.parse(Cli.run("check", "--example", BEFORE, "--format", "sarif").out());
    List<Object> results = JsonTree.array(JsonTree.at(sarif, "runs", 0, "results").orElseThrow());

    assertThat(results).hasSizeGreaterThan(50).allSatisfy(result -> {
      assertThat(JsonTree.text(result, "locations", 0, "physicalLocation", "artifactLocation", "uri"))
          .isEqualTo(BEFORE + ".yaml");
      Object line = JsonTree.at(result, "locations", 0, "physicalLocation", "region", "startLine").orElseThrow();
      assertThat(JsonTree.isInteger(line)).isTrue();
      assertThat(Integer.parseInt(line.toString())).isPositive();
    });
  }
}

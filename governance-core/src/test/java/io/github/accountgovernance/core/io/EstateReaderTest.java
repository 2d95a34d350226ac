package io.github.accountgovernance.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.problem.SourceLocation;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.InvalidEstateException;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.time.TimeWindow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EstateReaderTest {

  static final String VALID =
      """
      schema: account-governance/estate@1
      force:
        name: North Yorkshire Police
        zone: Europe/London
        districts:
          - {code: york, name: York}
          - {code: harrogate, name: Harrogate Borough, handleToken: Harrogate}
        handleConventions:
          force-wide: NYorksPolice
          district: "NYP_{district}"
      asOf: 2021-04-06T00:00:00Z
      accounts:
        - id: force-x
          platform: x
          handle: "@NYorksPolice"
          displayName: North Yorkshire Police
          tier: force-wide
          status: active
          followers: 210000
          monitoredHours: 24/7
        - id: york-x
          platform: x
          handle: "@NYP_York"
          displayName: North Yorkshire Police - York
          tier: district
          status: active
          district: york
          monitoredHours: ["Mon 07:00-22:00", "Sat 22:00-08:00"]
      contributors:
        - {id: c1402, kind: officer, name: PC Alex Example, collarNumber: 1402, district: york}
        - {id: s-sam, kind: staff, name: Sam Example}
      grants:
        - {contributor: c1402, account: york-x, role: administrator}
      rota:
        - {contributor: c1402, account: york-x, weekly: "Mon 07:00-22:00", validFrom: 2021-03-01}
        - {contributor: s-sam, account: force-x, from: 2021-03-06T22:00:00Z, to: 2021-03-07T08:00:00Z}
      """;

  private static InvalidEstateException readFailure(String yaml) {
    try {
      EstateReader.yaml().read(yaml, "estate.yaml");
    } catch (InvalidEstateException e) {
      return e;
    }
    throw new AssertionError("expected the estate to be refused:\n" + yaml);
  }

  /** The location of the first occurrence of {@code needle}, as the reader reports it (1-based). */
  static SourceLocation at(String text, String needle) {
    int index = text.indexOf(needle);
    assertThat(index).as("%s in the test file", needle).isNotNegative();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourceLocation("estate.yaml", line, index - lineStart + 1);
  }

  @Test
  void read_buildsTheEstateTheFileDescribes() {
    Estate estate = EstateReader.yaml().read(VALID, "estate.yaml");

    assertThat(estate.force().districts()).hasSize(2);
    assertThat(estate.force().district("harrogate").orElseThrow().handleToken()).isEqualTo("Harrogate");
    assertThat(estate.force().handleConventions()).containsEntry(AccountTier.DISTRICT, "NYP_{district}");
    assertThat(estate.accountsWithHandle(Handle.of(Platform.X, "nyp_york"))).hasSize(1);
    assertThat(estate.account("force-x").orElseThrow().monitoredHours()).isEqualTo(MonitoredHours.always());
    assertThat(estate.account("york-x").orElseThrow().monitoredHours().windows()).hasSize(2);
    assertThat(estate.contributor("c1402").orElseThrow().collarNumber()).contains("1402");
    assertThat(estate.rota()).hasSize(2);
  }

  @Test
  void read_suggestsTheFieldAMisspeltOneMeantAndDoesNotAlsoCallItMissing() {
    String yaml = VALID.replace("  handle: \"@NYP_York\"", "  handel: \"@NYP_York\"");

    InvalidEstateException e = readFailure(yaml);

    assertThat(e.problems()).singleElement().satisfies(unknown -> {
      assertThat(unknown.path()).isEqualTo("accounts[1].handel");
      assertThat(unknown.message()).contains("unknown field \"handel\"").contains("did you mean \"handle\"?");
      assertThat(unknown.location()).contains(at(yaml, "handel"));
    });
  }

  @Test
  void read_reportsFiveDifferentMistakesTogetherInFileOrder() {
    String yaml =
        VALID
            .replace("{code: york, name: York}", "{code: york, nam: York}")
            .replace("tier: force-wide", "tier: force-wde")
            .replace("followers: 210000", "followers: 210K")
            .replace("{id: s-sam, kind: staff, ", "{id: s-sam, ")
            .replace("from: 2021-03-06T22:00:00Z", "from: 6 March 2021 22:00");

    InvalidEstateException e = readFailure(yaml);

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "force.districts[0].nam",
            "accounts[0].tier",
            "accounts[0].followers",
            "contributors[1].kind",
            "rota[1].from");
    assertThat(e.problems())
        .extracting(p -> p.location().orElseThrow().line())
        .isSorted()
        .contains(
            at(yaml, "nam:").line(),
            at(yaml, "force-wde").line(),
            at(yaml, "210K").line(),
            at(yaml, "{id: s-sam").line(),
            at(yaml, "6 March").line());
    assertThat(e.problems().get(1).message())
        .contains("unknown account tier \"force-wde\"")
        .contains("did you mean \"force-wide\"?")
        .contains("force-wide, district, specialist-team, corporate-function, individual-officer");
    assertThat(e.problems().get(2).message()).contains("expected a whole number").contains("210K");
    assertThat(e.problems().get(3).message()).contains("missing required field \"kind\" in a contributor");
    assertThat(e.problems().get(4).location()).contains(at(yaml, "6 March"));
  }

  @Test
  void read_locatesReferencesThatDoNotResolve() {
    String yaml =
        VALID.replace("{contributor: c1402, account: york-x, role", "{contributor: c1402, account: yrok-x, role")
            .replace("district: york\n  monitoredHours", "district: yrok\n  monitoredHours");

    InvalidEstateException e = readFailure(yaml);

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("grants[0].account");
    assertThat(e.problems().get(0).location()).contains(at(yaml, "yrok-x"));
    assertThat(e.problems().get(0).message()).contains("unknown account \"yrok-x\"").contains("did you mean \"york-x\"?");
  }

  @Test
  void read_locatesADistrictThatDoesNotExist() {
    String yaml = VALID.replace("    district: york\n", "    district: yorkk\n");

    InvalidEstateException e = readFailure(yaml);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("accounts[1].district");
      assertThat(p.location()).contains(at(yaml, "yorkk"));
      assertThat(p.message()).contains("did you mean \"york\"?");
    });
  }

  @Test
  void read_turnsAModelBuildersRejectionIntoAProblemAtTheObject() {
    String yaml =
        VALID.replace("validFrom: 2021-03-01}", "validFrom: 2021-03-01, validUntil: 2021-02-01}");

    InvalidEstateException e = readFailure(yaml);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("rota[0]");
      assertThat(p.message()).contains("ends (2021-02-01) before it starts (2021-03-01)");
      assertThat(p.location()).contains(at(yaml, "{contributor: c1402, account: york-x, weekly"));
    });
  }

  @Test
  void read_reportsABadHandleAWeeklyWindowAndADate() {
    String yaml =
        VALID.replace("\"@NYP_York\"", "\"@NYP York\"")
            .replace("\"Sat 22:00-08:00\"", "\"Saturday night\"")
            .replace("validFrom: 2021-03-01", "validFrom: 2021-02-30");

    InvalidEstateException e = readFailure(yaml);

    assertThat(e.problems())
        .extracting(Problem::path, p -> p.location().orElseThrow())
        .containsExactly(
            tuple("accounts[1].handle", at(yaml, "\"@NYP York\"")),
            tuple("accounts[1].monitoredHours[1]", at(yaml, "\"Saturday night\"")),
            tuple("rota[0].validFrom", at(yaml, "2021-02-30")));
    assertThat(e.problems().get(0).message()).contains("white space");
    assertThat(e.problems().get(1).message()).contains("\"Mon 08:00-18:00\"");
    assertThat(e.problems().get(2).message()).contains("expected a date such as 2021-03-31");
  }

  @Test
  void read_tellsToQuoteABooleanMeantAsText() {
    String yaml = VALID.replace("name: Sam Example", "name: yes");

    InvalidEstateException e = readFailure(yaml);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("contributors[1].name");
      assertThat(p.message()).contains("the boolean yes").contains("put it in quotes");
    });
  }

  @Test
  void read_refusesARotaEntryThatIsBothShiftAndWeekly() {
    String yaml = VALID.replace("validFrom: 2021-03-01}", "validFrom: 2021-03-01, from: 2021-03-06T22:00:00Z}");

    InvalidEstateException e = readFailure(yaml);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("rota[0]");
      assertThat(p.message()).contains("either a shift (from, to) or a weekly pattern");
    });
  }

  @Test
  void read_reportsMissingTopLevelFieldsAndUnknownOnes() {
    String yaml =
        VALID.replace("schema: account-governance/estate@1\n", "")
            .replace("asOf: 2021-04-06T00:00:00Z\n", "asof: 2021-04-06T00:00:00Z\n");

    InvalidEstateException e = readFailure(yaml);

    assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("schema", "asof", "asOf");
    assertThat(e.problems())
        .filteredOn(p -> p.path().equals("asof"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("did you mean \"asOf\"?"));
  }

  @Test
  void read_refusesAnotherFormatVersion() {
    InvalidEstateException e = readFailure(VALID.replace("estate@1", "estate@7"));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("schema");
      assertThat(p.message()).isEqualTo("this reader reads schema \"account-governance/estate@1\", not"
          + " \"account-governance/estate@7\"; check that the file is an estate file, written for this version of"
          + " the library");
    });
  }

  @Test
  void read_takesFormatAsAnotherNameForSchema_asOlderFilesWriteIt() {
    String older = VALID.replace("schema: account-governance/estate@1", "format: account-governance/estate@1");

    assertThat(EstateReader.yaml().read(older, "estate.yaml")).isEqualTo(EstateReader.yaml().read(VALID, "e.yaml"));
    assertThat(readFailure(older.replace("estate@1", "estate@2")).problems()).singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("format"));
  }

  @Test
  void read_refusesAFileThatGivesBothSchemaAndFormat() {
    String yaml = VALID.replace("schema: account-governance/estate@1\n",
        "schema: account-governance/estate@1\nformat: account-governance/estate@1\n");

    InvalidEstateException e = readFailure(yaml);

    assertThat(e.problems()).singleElement().hasToString("estate.yaml:2:1: format: \"schema\" and \"format\" are two"
        + " names for the same field, and this file gives both; keep one (schema)");
  }

  @Test
  void read_reportsMalformedYamlAsOneLocatedProblem() {
    String yaml = VALID.replace("  name: North Yorkshire Police\n", "  name: North Yorkshire Police\n    - oops: [\n");

    InvalidEstateException e = readFailure(yaml);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("estate");
      assertThat(p.message()).startsWith("the file is not valid YAML: ");
      assertThat(p.location().orElseThrow().line()).isBetween(3, 5);
    });
    assertThat(e).hasMessageNotContaining("Exception").hasMessageNotContaining("\tat ");
  }

  @Test
  void absences_takePlainDatesAsWholeDaysInTheForcesZone_theLastDayIncluded() {
    String yaml = VALID + """
        absences:
          - {contributor: c1402, from: 2021-04-12, to: 2021-04-16, reason: leave}
          - {contributor: s-sam, from: 2021-03-27, to: 2021-03-28T12:00:00Z, reason: training}
        """;

    Estate estate = EstateReader.yaml().read(yaml, "estate.yaml");

    assertThat(estate.absences()).extracting(a -> a.window().start(), a -> a.window().end()).containsExactly(
        // British Summer Time: a day starts at 23:00 UTC the evening before
        tuple(Instant.parse("2021-04-11T23:00:00Z"), Instant.parse("2021-04-16T23:00:00Z")),
        // the clocks went forward on 28 March 2021: 27 March starts at midnight UTC
        tuple(Instant.parse("2021-03-27T00:00:00Z"), Instant.parse("2021-03-28T12:00:00Z")));
    assertThat(EstateWriter.yaml().writeToString(estate))
        .contains("from: 2021-04-11T23:00:00Z\n    to: 2021-04-16T23:00:00Z\n");
  }

  @Test
  void absences_readPlainDatesInTheZoneTheForceNames() {
    String yaml = VALID.replace("zone: Europe/London", "zone: America/New_York")
        + "absences:\n  - {contributor: c1402, from: 2021-04-12, to: 2021-04-12, reason: leave}\n";

    assertThat(EstateReader.yaml().read(yaml, "estate.yaml").absences().get(0).window())
        .isEqualTo(TimeWindow.of(Instant.parse("2021-04-12T04:00:00Z"), Instant.parse("2021-04-13T04:00:00Z")));
  }

  @Test
  void absences_refuseAPlainDateReadBeforeAForceInAnotherZone() {
    String force = VALID.substring(VALID.indexOf("force:"), VALID.indexOf("asOf:"));
    String yaml = VALID.replace(force, "")
        + "absences:\n  - {contributor: c1402, from: 2021-04-12, to: 2021-04-13T12:00:00Z, reason: leave}\n"
        + force.replace("zone: Europe/London", "zone: America/New_York");

    InvalidEstateException e = readFailure(yaml);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("absences[0].from");
      assertThat(p.location()).contains(at(yaml, "2021-04-12,"));
      assertThat(p.message()).isEqualTo("a plain date is a whole day in the force's zone, America/New_York, which"
          + " the file gives only after this date; move force above the lists that use plain dates");
    });
  }

  @Test
  void absences_sayWhatADateOrInstantLooksLike() {
    InvalidEstateException e = readFailure(
        VALID + "absences:\n  - {contributor: c1402, from: 12/04/2021, to: 2021-04-16, reason: leave}\n");

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
        "expected a date such as 2021-04-12 (a whole day in the force's zone) or an instant such as"
            + " 2021-04-12T08:00:00Z (UTC) or 2021-04-12T09:00:00+01:00, but got \"12/04/2021\""));
  }

  @Test
  void asOf_takesAPlainDateAsTheStartOfThatDayInTheForcesZone() {
    Estate estate = EstateReader.yaml().read(VALID.replace("asOf: 2021-04-06T00:00:00Z", "asOf: 2021-04-06"),
        "estate.yaml");

    assertThat(estate.asOf()).isEqualTo(Instant.parse("2021-04-05T23:00:00Z"));
  }

  @Test
  void read_reportsATabUsedForIndentationAtTheTab_regression() {
    String yaml = VALID.replace("  name: North Yorkshire Police\n", "\tname: North Yorkshire Police\n");

    InvalidEstateException e = readFailure(yaml);

    assertThat(e.problems()).singleElement().hasToString(
        "estate.yaml:3:1: estate: the file is not valid YAML: found a tab character that cannot start any token (do"
            + " not use tabs for indentation); YAML allows only spaces here: replace the tab with spaces");
  }

  @Test
  void read_reportsBadIndentationWithTheBlockItBreaks_regression() {
    String yaml = VALID.replace("    monitoredHours: 24/7\n", "   monitoredHours: 24/7\n");

    InvalidEstateException e = readFailure(yaml);

    SourceLocation where = at(yaml, "monitoredHours: 24/7");
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).contains(where);
      assertThat(p.message()).isEqualTo(
          "the file is not valid YAML: this line does not line up with the lines above it: it is inside the list"
              + " that starts at line 13, column 3, whose items each start with \"- \" at column 3; check the"
              + " spaces at the start of this line (and of the line above)");
    });
  }

  @Test
  void read_reportsMalformedJsonAsOneLocatedProblem() {
    String json = "{\n  \"format\": \"account-governance/estate@1\",\n  \"force\": {\"name\": \"NYP\",}\n}\n";

    assertThatThrownBy(() -> EstateReader.json().read(json, "estate.json"))
        .isInstanceOfSatisfying(
            InvalidEstateException.class,
            e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                  assertThat(p.message()).startsWith("the file is not valid JSON: ");
                  assertThat(p.location()).contains(new SourceLocation("estate.json", 3, 27));
                }));
  }

  @Test
  void read_locatesProblemsInJsonToo() {
    Estate estate = EstateReader.yaml().read(VALID, "estate.yaml");
    String json = EstateWriter.json().writeToString(estate).replace("\"tier\": \"district\"", "\"tier\": \"distric\"");

    assertThatThrownBy(() -> EstateReader.json().read(json, "estate.json"))
        .isInstanceOfSatisfying(
            InvalidEstateException.class,
            e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                  assertThat(p.path()).isEqualTo("accounts[1].tier");
                  assertThat(p.location().orElseThrow().line())
                      .isEqualTo(json.substring(0, json.indexOf("\"distric\"")).split("\n", -1).length);
                }));
  }

  @Test
  void message_namesFileLinePathAndProblemOnEachLine() {
    String yaml = VALID.replace("role: administrator", "role: admin");

    InvalidEstateException e = readFailure(yaml);

    SourceLocation where = at(yaml, "admin}");
    assertThat(e.getMessage())
        .isEqualTo(
            "the estate has 1 problem:\n  - estate.yaml:" + where.line() + ":" + where.column()
                + ": grants[0].role: unknown access role \"admin\"; use one of poster,"
                + " administrator");
  }

  @Test
  void files_chooseTheFormatByExtension(@TempDir Path dir) throws IOException {
    Estate estate = EstateReader.yaml().read(VALID, "estate.yaml");
    Path yaml = dir.resolve("estate.yml");
    Path json = dir.resolve("estate.JSON");

    EstateFiles.write(estate, yaml);
    EstateFiles.write(estate, json);

    assertThat(Files.readString(json, StandardCharsets.UTF_8)).startsWith("{\n  \"schema\": \"account-governance/estate@1\",");
    assertThat(Files.readString(yaml, StandardCharsets.UTF_8)).startsWith("schema: account-governance/estate@1\n");
    assertThat(List.of(EstateFiles.read(yaml), EstateFiles.read(json))).containsOnly(estate);
    assertThatThrownBy(() -> EstateFiles.read(dir.resolve("estate.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name it .yaml, .yml or .json");
  }

  @Test
  void files_nameThePathInProblems(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.yaml");
    String yaml = VALID.replaceFirst("status: active", "status: actve");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> EstateFiles.read(file))
        .isInstanceOf(InvalidEstateException.class)
        .hasMessageContaining(file + ":" + at(yaml, "actve").line() + ":" + at(yaml, "actve").column() + ":")
        .hasMessageContaining("accounts[0].status: unknown account status \"actve\" (did you mean \"active\"?)");
  }

  @Test
  void docs_smallCompleteExampleReads() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "estate-format.md"), StandardCharsets.UTF_8);
    int start = page.indexOf("```yaml\n", page.indexOf("## A small complete example")) + "```yaml\n".length();
    String example = page.substring(start, page.indexOf("```", start));

    Estate estate = EstateReader.yaml().read(example, "estate-format.md");

    assertThat(estate.accounts()).hasSize(2);
    assertThat(EstateReader.yaml().read(EstateWriter.yaml().writeToString(estate), "again.yaml")).isEqualTo(estate);
  }
}

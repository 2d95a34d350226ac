package io.github.accountgovernance.examples.cli;

import static io.github.accountgovernance.examples.cli.Cli.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.io.EstateFiles;
import io.github.accountgovernance.core.io.EstateReader;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.examples.ExampleEstates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code governance plan}, and the overlay it writes as check and import apply it. */
final class PlanCommandTest {

  /** A small estate with an officer's account on Instagram, where the force has no account to hand it to. */
  private static final String NO_INSTAGRAM_SUCCESSOR =
      """
      format: account-governance/estate@1
      force:
        name: North Yorkshire Police
        districts:
          - {code: york, name: York}
      asOf: 2021-03-01T00:00:00Z
      accounts:
        - {id: force-x, platform: x, handle: "@NYorksPolice", displayName: North Yorkshire Police,
           tier: force-wide, status: active}
        - {id: pc-x, platform: x, handle: "@NYP_PC1402", displayName: North Yorkshire Police PC 1402,
           tier: individual-officer, status: active, district: york}
        - {id: pc-ig, platform: instagram, handle: "@nyp_pc1402", displayName: North Yorkshire Police PC 1402,
           tier: individual-officer, status: active, district: york, followers: 900}
      """;

  @Test
  void plan_writesTheOverlayAndAMarkdownScheduleAndPrintsThePlan(@TempDir Path folder) throws IOException {
    Path overlay = folder.resolve("plan.yaml");
    Path schedule = folder.resolve("schedule.md");

    Cli.Run run = Cli.run("plan", "--example", BEFORE, "--pack", "npcc2021", "--output", overlay.toString(),
        "--schedule", schedule.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.OK);
    assertThat(run.out())
        .startsWith("Closure plan for North Yorkshire Police under npcc2021 as of Mon 1 Mar 2021 (deadline Wed 31 Mar"
            + " 2021): 136 accounts to close, 0 that cannot be placed, 1 choice left to people\n"
            + "By ground: 90 disallowed tier (CLO-1), 40 second district account (EST-1), 6 over the estate size"
            + " (EST-4)\n")
        .contains("  @NPTYorkSouth (3,900 followers) -> @NYP_York, @NYorksPolice: final message Wed 10 Mar 2021,"
            + " closes Wed 31 Mar 2021; York has 7 active district accounts on X; @NYP_York follows the force's"
            + " convention NYP_{district} and stays (EST-1)\n")
        .contains("Left to people:\n  EST-4: X would still have 18 active accounts after these closures");
    assertThat(run.err())
        .contains("governance: wrote 136 closure plans to " + overlay)
        .contains("governance: wrote the schedule to " + schedule);
    Estate before = ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_BEFORE);
    assertThat(EstateReader.yaml().readOverlay(before, overlay).closurePlans()).hasSize(136);
    assertThat(Files.readString(overlay)).startsWith("# Closure plans for North Yorkshire Police, drafted by"
        + " governance plan under npcc2021 as of 2021-03-01.\n");
    assertThat(Files.readString(schedule))
        .startsWith("# Closure schedule: North Yorkshire Police\n")
        .contains("| Account | Followers | Successors | Final message | Closes | Archive by | Keep registered until"
            + " | Why |")
        .contains("| @NPTYorkSouth | 3,900 | @NYP\\_York, @NYorksPolice | Wed 10 Mar 2021 | Wed 31 Mar 2021 | Wed 31"
            + " Mar 2021 | Thu 31 Mar 2022 | second district account (EST-1) |")
        .contains("### @NPTYorkSouth: Wed 10 Mar 2021")
        .contains("```text\nThis account closes on Wednesday 31 March 2021. Thank you for following us. For news and"
            + " appeals in York, follow @NYP_York; for the whole force, follow @NYorksPolice. Please do not report"
            + " crime here: call 101, or 999 in an emergency.\n```\n");
  }

  @Test
  void checkWithTheOverlay_hasNoClo1ViolationAndImportMergesTheSamePlans(@TempDir Path folder) throws IOException {
    Path overlay = folder.resolve("plan.yaml");
    Path merged = folder.resolve("merged.yaml");
    Cli.run("plan", "--example", BEFORE, "--output", overlay.toString());

    Cli.Run without = Cli.run("check", "--example", BEFORE);
    Cli.Run with = Cli.run("check", "--example", BEFORE, "--overlay", overlay.toString());
    // Compared without locations: the merged file is another file, with its own lines.
    Cli.Run withUnlocated = Cli.run("check", "--example", BEFORE, "--overlay", overlay.toString(), "--no-locations");
    Cli.Run imported = Cli.run("import", "--example", BEFORE, "--overlay", overlay.toString(),
        "--output", merged.toString());
    Cli.Run checkMerged = Cli.run("check", merged.toString(), "--no-locations");

    assertThat(without.out()).contains("CLO-1 (error) disallowed tiers: checked 90, passed 0, failed 90");
    assertThat(with.out())
        .contains("CLO-1 (error) disallowed tiers: checked 90, passed 90, failed 0")
        .contains("1017 errors, 214 warnings");
    assertThat(with.code()).isEqualTo(GovernanceCommand.VIOLATIONS);
    assertThat(imported.code()).as("%s", imported).isEqualTo(GovernanceCommand.OK);
    assertThat(imported.err()).contains("wrote the estate (154 accounts, 136 closure plans) to " + merged);
    assertThat(EstateFiles.read(merged).closurePlans()).hasSize(136);
    assertThat(checkMerged.out()).isEqualTo(withUnlocated.out());
  }

  @Test
  void plan_writesACsvScheduleAndAJsonOverlay(@TempDir Path folder) throws IOException {
    Path overlay = folder.resolve("plan.json");
    Path schedule = folder.resolve("schedule.csv");

    Cli.Run run = Cli.run("plan", "--example", BEFORE, "--output", overlay.toString(), "--schedule",
        schedule.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.OK);
    List<String> rows = List.of(Files.readString(schedule, StandardCharsets.UTF_8).split("\r\n"));
    assertThat(rows).hasSize(137);
    assertThat(rows.get(0))
        .isEqualTo("\uFEFFaccount,followers,successors,message date,closure date,archive by,keep registered until,"
            + "rule,status,why,final message,bio once closed");
    assertThat(rows)
        .filteredOn(row -> row.startsWith("@NPTYorkSouth,"))
        .singleElement()
        .asString()
        .startsWith("@NPTYorkSouth,3900,@NYP_York @NYorksPolice,2021-03-10,2021-03-31,2021-03-31,2022-03-31,EST-1,"
            + "planned,York has 7 active district accounts on X; @NYP_York follows the force's convention"
            + " NYP_{district} and stays (EST-1),\"This account closes on Wednesday 31 March 2021.");
    Estate before = ExampleEstates.load(ExampleEstates.NORTH_YORKSHIRE_BEFORE);
    assertThat(EstateReader.json().readOverlay(before, overlay).closurePlans()).hasSize(136);
  }

  @Test
  void anAccountThatCannotBePlaced_isListedAndTheExitCodeIsOne(@TempDir Path folder) throws IOException {
    Path estate = Files.writeString(folder.resolve("estate.yaml"), NO_INSTAGRAM_SUCCESSOR);
    Path schedule = folder.resolve("schedule.csv");

    Cli.Run run = Cli.run("plan", estate.toString(), "--schedule", schedule.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.VIOLATIONS);
    assertThat(run.out())
        .contains("1 account to close, 1 that cannot be placed")
        .contains("Cannot be placed:\n  instagram:@nyp_pc1402: no active account on Instagram can take its"
            + " followers: no district account for York and no force-wide account stay there");
    assertThat(Files.readString(schedule))
        .contains("instagram:@nyp_pc1402,900,,,,,,CLO-1,cannot be placed,\"an individual-officer account, which"
            + " npcc2021 does not allow (CLO-1); no active account on Instagram can take its followers");
  }

  @Test
  void keep_decidesWhichDistrictAccountStays() {
    Cli.Run run = Cli.run("plan", "--example", BEFORE, "--keep", "@NPTYorkSouth");

    assertThat(run.out())
        .contains("@NYP_York (")
        .contains("York has 7 active district accounts on X; you asked to keep @NPTYorkSouth (EST-1)");
  }

  @Test
  void badFileNamesAndABadOverlay_areInputErrorsWithoutAStackTrace(@TempDir Path folder) throws IOException {
    Path overlay = Files.writeString(folder.resolve("plan.yaml"), """
        format: account-governance/estate@1
        closurePlans:
          - account: npt-yorksouth-x
            successors: [yrok-x]
            closureDate: 2021-03-31
        """);

    Cli.Run pdf = Cli.run("plan", "--example", BEFORE, "--schedule", folder.resolve("schedule.pdf").toString());
    Cli.Run txtOverlay = Cli.run("plan", "--example", BEFORE, "--output", folder.resolve("plan.txt").toString());
    Cli.Run badDate = Cli.run("plan", "--example", BEFORE, "--as-of", "1 March");
    Cli.Run badSuccessor = Cli.run("check", "--example", BEFORE, "--overlay", overlay.toString());

    assertThat(pdf.err()).contains("--schedule").contains("name the schedule .md (Markdown), .csv or .txt");
    assertThat(txtOverlay.err()).contains("an overlay file is named .yaml, .yml or .json");
    assertThat(badDate.err()).contains("--as-of takes a date such as 2021-03-15 (year-month-day), not \"1 March\"");
    assertThat(badSuccessor.err())
        .contains("plan.yaml:4:")
        .contains("closurePlans[0].successors[0]: unknown account \"yrok-x\"")
        .contains("did you mean \"york-x\"?");
    for (Cli.Run run : List.of(pdf, txtOverlay, badDate, badSuccessor)) {
      assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
      assertThat(run.out()).as("%s", run).isEmpty();
      assertThat(run.err()).as("%s", run).doesNotContain("\tat ");
    }
  }
}

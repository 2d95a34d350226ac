package io.github.accountgovernance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproducers of issue 14, each run through the command line as a user would: every one exits 0, 1 or 2, and
 * every refusal is one message in words at a file, line and column, never a Java class name, a parser's event
 * dump or "unexpected". Before the fixes each of these crashed after reading (exit 2 with "unexpected …"), hung,
 * ran out of memory with exit 1, or said "Input length = 1" without a file. There are no timing assertions: the
 * inputs that used to hang are sized so that they are refused by what they are, not by how long they take.
 */
final class HostileInputReproducersTest {

  private static final Pattern LOCATED = Pattern.compile("(?s).*[\\w.-]+\\.(yaml|json):\\d+:\\d+: .*");

  @TempDir Path folder;

  private static String afterEstate() throws IOException {
    try (InputStream in = HostileInputReproducersTest.class.getResourceAsStream(
        "/io/github/accountgovernance/examples/estates/north-yorkshire-2021-after.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text);
  }

  private static String replaced(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  /** Checks the estate with the command line, with a pack file when one is given. */
  private Cli.Run check(String estate, String pack) throws IOException {
    Path estateFile = write("estate.yaml", estate);
    return pack == null
        ? Cli.run("check", estateFile.toString())
        : Cli.run("check", estateFile.toString(), "--pack", write("pack.yaml", pack).toString());
  }

  private static String pack(String parameters) {
    return "id: nyp\nderivesFrom: npcc2021\nparameters:\n" + parameters;
  }

  /** An input refused in words: exit 2, located, no internals. */
  private static void refusedAtItsPlace(Cli.Run run, String... words) {
    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(run.err()).as("%s", run).matches(LOCATED).contains(words)
        .doesNotContain("unexpected", "Exception", "Error:", "\tat ", "REDACTED", "<org.yaml", "Input length");
  }

  @Test
  void conventionTemplates_withWhiteSpaceStrayBracesOrUnknownPlaceholders() throws IOException {
    String estate = afterEstate();
    for (String template : new String[] {"\"NYP {district}\"", "\"NYP_{district\"", "\"NYP_{team}\""}) {
      refusedAtItsPlace(
          check(replaced(estate, "district: \"NYP_{district}\"", "district: " + template), null),
          "estate.yaml:", "convention");
    }
  }

  @Test
  void conventionHandles_thatAreTooLongHoldControlCharactersOrAreOnlyTheAtSign() throws IOException {
    String estate = afterEstate();
    refusedAtItsPlace(check(replaced(estate, "function: Jobs", "function: " + "J".repeat(120)), null),
        "accounts[", "function");
    refusedAtItsPlace(check(replaced(estate, "function: Jobs", "function: \"Jo\\u0007bs\""), null), "function");
    refusedAtItsPlace(
        check(replaced(replaced(estate, "corporate-function: \"NYP_{function}\"", "corporate-function:"
            + " \"{function}\""), "function: Jobs", "function: \"@\""), null),
        "function");
  }

  @Test
  void instantsAndDatesJavaTimeCannotPlaceInTheForcesZone() throws IOException {
    String estate = afterEstate();
    refusedAtItsPlace(
        check(replaced(estate, "asOf: 2021-04-06T00:00:00Z", "asOf: \"+1000000000-01-01T00:00:00Z\""), null),
        "asOf");
    refusedAtItsPlace(
        check(replaced(estate, "openedOn: 2009-06-15", "openedOn: \"-999999999-01-01\""), null),
        "estate.yaml:32:5: accounts[0]: opening date of account force-x must lie between 1900-01-01 and 2200-12-31");
  }

  @Test
  void hugeDurations_areOutOfRangeAtTheirLine() throws IOException {
    String estate = afterEstate();
    refusedAtItsPlace(check(estate, pack("  maxGap: 999999999999999d\n")), "pack.yaml:4:", "maxGap");
    refusedAtItsPlace(check(estate, pack("  maxNotice: 9999999999999d\n")), "pack.yaml:4:", "maxNotice");
  }

  @Test
  void aDurationOfFortyThousandDigits_isRefusedUnread() throws IOException {
    refusedAtItsPlace(check(afterEstate(), pack("  maxGap: " + "9".repeat(40_000) + "d\n")),
        "pack.yaml:4:", "maxGap", "40001 characters");
  }

  @Test
  void aPatternOfTwoHundredThousandCharacters_isRefusedBeforeItIsCompiled() throws IOException {
    refusedAtItsPlace(check(afterEstate(), pack("  collarPattern: \"" + "a".repeat(200_000) + "\"\n")),
        "pack.yaml:4:", "collarPattern", "at most 2000 characters", "(200000 characters)");
  }

  @Test
  void aPatternWithABackReference_isRefusedByName() throws IOException {
    refusedAtItsPlace(check(afterEstate(), pack("  collarPattern: '^(\\w+)+(\\1)?$'\n")),
        "pack.yaml:4:", "back-reference");
  }

  @Test
  void maxEditsAboveThree_isRefusedAtItsLine() throws IOException {
    refusedAtItsPlace(check(afterEstate(), pack("  maxEdits: 4\n")), "pack.yaml:4:", "maxEdits");
  }

  @Test
  void maxEditsThatWouldExhaustTheHeap_isRefusedAtTheLineThatSetsIt() throws IOException {
    // 200 official handles of 90 characters: about 24 million deletion variants within 3 edits, over the
    // index's budget of 16.8 million (this estate ran out of memory with exit 1 before the budget).
    StringBuilder accounts = new StringBuilder("accounts:\n");
    for (int i = 0; i < 200; i++) {
      String handle = "NYP" + String.format("%03d", i) + "x".repeat(84);
      accounts.append("  - {id: a").append(i).append(", platform: x, handle: \"@").append(handle)
          .append("\", displayName: A").append(i).append(", tier: force-wide, status: active,")
          .append(" owningTeam: Comms, followers: 1, monitoredHours: 24/7, openedOn: 2020-01-01}\n");
    }
    String estate = "schema: account-governance/estate@1\nforce:\n  name: North Yorkshire Police\n  zone: Europe/London\n"
        + "asOf: 2021-04-06T00:00:00Z\n" + accounts;

    Cli.Run run = check(estate, pack("  maxEdits: 3\n"));

    refusedAtItsPlace(run, "pack.yaml:4:13: parameters.maxEdits: the lookalike index of 200 official handles",
        "budget", "lower NAM-4's parameter maxEdits");
    assertThat(run.err()).as("%s", run).doesNotContain("OutOfMemoryError");
  }

  @Test
  void anEightMegabyteYamlScalar_isRefusedByItsLineBeforeItIsScanned() throws IOException {
    String estate = replaced(afterEstate(), "  name: North Yorkshire Police\n", "  name: " + "x".repeat(8 << 20) + "\n");

    refusedAtItsPlace(check(estate, null), "estate.yaml:13:1:", "line 13 is longer than 101,024 characters");
  }

  @Test
  void anAliasUsedAsAKey_isRefusedInWords() throws IOException {
    Cli.Run run = check("force: &f {name: N}\n*f : 1\n", null);

    refusedAtItsPlace(run, "estate.yaml:2:", "an alias (*name) is not allowed as one");
  }

  @Test
  void invalidUtf8_inEveryFile_namesTheFileAndTheByteOffset() throws IOException {
    byte[] bad = "id: nyp\nderivesFrom: npcc2021\nname: Caf\u00e9\n".getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 3] = (byte) 0xC3;
    bad[bad.length - 2] = (byte) 0x28;
    Path pack = Files.write(folder.resolve("pack.yaml"), bad);
    Path estate = write("estate.yaml", afterEstate());
    byte[] badEstate = afterEstate().replace("North Yorkshire Police - Craven", "North Yorkshire Police \u00e9")
        .getBytes(StandardCharsets.UTF_8);
    int at = indexOf(badEstate, (byte) 0xC3);
    badEstate[at + 1] = (byte) 0x28;
    Path estateBad = Files.write(folder.resolve("bad-estate.yaml"), badEstate);

    Cli.Run badPack = Cli.run("check", estate.toString(), "--pack", pack.toString());
    Cli.Run badEstateRun = Cli.run("check", estateBad.toString());

    refusedAtItsPlace(badPack, "pack.yaml:3:10:", "not UTF-8", "byte offset " + (bad.length - 3), "0xC3");
    refusedAtItsPlace(badEstateRun, "bad-estate.yaml:", "not UTF-8", "byte offset " + at);
    for (String kind : new String[] {"waivers", "baseline"}) {
      Path file = Files.write(folder.resolve(kind + ".yaml"), new byte[] {'a', ':', ' ', (byte) 0xFF, '\n'});
      refusedAtItsPlace(Cli.run("check", estate.toString(), "--" + kind, file.toString()),
          kind + ".yaml:1:4:", "not UTF-8", "byte offset 3", "0xFF");
    }
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("no byte " + b);
  }
}

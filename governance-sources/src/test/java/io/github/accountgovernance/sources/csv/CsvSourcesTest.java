package io.github.accountgovernance.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.io.EstateFiles;
import io.github.accountgovernance.core.model.Estate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.github.accountgovernance.sources.SourceFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CsvSourcesTest {

  static final String ESTATE = SourceFolders.estate(
      "  accounts: accounts.csv", "  contributors: people.csv", "  grants: access.csv");

  static final String ACCOUNTS =
      """
      id,platform,handle,displayName,tier,status,district,monitoredHours,openedOn
      york-x,x,@NYP_York,"North Yorkshire Police - York",district,active,york,"Mon 07:00-22:00; Sat 22:00-08:00",2021-03-29
      ryedale-x,x,@NYP_Ryedale,"North Yorkshire Police, Ryedale",district,active,ryedale,24/7,
      """;

  static final String PEOPLE =
      """
      id,kind,name,collarNumber,district
      c1402,officer,PC Alex Example,1402,york
      s-sam,staff,Sam Example,,
      """;

  static final String ACCESS =
      """
      contributor,account,role
      c1402,york-x,poster
      s-sam,ryedale-x,administrator
      """;

  @TempDir Path dir;

  private Path estate(String estate, String accounts, String people, String access) throws IOException {
    Files.writeString(dir.resolve("accounts.csv"), accounts);
    Files.writeString(dir.resolve("people.csv"), people);
    Files.writeString(dir.resolve("access.csv"), access);
    Path file = dir.resolve("estate.yaml");
    Files.writeString(file, estate);
    return file;
  }

  private static List<String> problems(Path file) {
    return SourceFolders.problemTexts(file);
  }

  @Test
  void sourcedEntries_mergeWithInlineOnes() throws IOException {
    Estate estate = EstateFiles.read(estate(ESTATE, ACCOUNTS, PEOPLE, ACCESS));

    assertThat(estate.accounts()).extracting(a -> a.id()).containsExactly("force-x", "ryedale-x", "york-x");
    assertThat(estate.account("york-x").orElseThrow().monitoredHours().windows()).hasSize(2);
    assertThat(estate.account("ryedale-x").orElseThrow().displayName()).isEqualTo("North Yorkshire Police, Ryedale");
    assertThat(estate.account("ryedale-x").orElseThrow().openedOn()).isEmpty();
    assertThat(estate.contributors()).extracting(c -> c.id()).containsExactly("c1402", "s-sam");
    assertThat(estate.grants()).hasSize(2);
  }

  @Test
  void byteOrderMarkAndSemicolons_areReadAsSpreadsheetsWriteThem() throws IOException {
    String semicolons = "\uFEFF" + ACCOUNTS.replace(",", ";").replace("\"North Yorkshire Police; Ryedale\"",
        "\"North Yorkshire Police, Ryedale\"").replace("\"Mon 07:00-22:00; Sat 22:00-08:00\"",
        "\"Mon 07:00-22:00; Sat 22:00-08:00\"");
    Estate estate = EstateFiles.read(estate(ESTATE, semicolons, PEOPLE, ACCESS));

    assertThat(estate.accounts()).extracting(a -> a.id()).containsExactly("force-x", "ryedale-x", "york-x");
    assertThat(estate.account("ryedale-x").orElseThrow().displayName()).isEqualTo("North Yorkshire Police, Ryedale");
  }

  @Test
  void duplicateIdAcrossInlineAndSourced_namesBothPlaces() throws IOException {
    String accounts = ACCOUNTS + "force-x,x,@NYP_Force,Force,district,active,york,,\n";

    assertThat(problems(estate(ESTATE, accounts, PEOPLE, ACCESS))).containsExactly(
        "accounts.csv:4:1: column \"id\": account id \"force-x\" is already used by accounts[0] (estate.yaml:14);"
            + " ids are unique");
  }

  @Test
  void everyProblemOfEveryFile_isListedWithItsRowAndColumn() throws IOException {
    String accounts =
        """
        id,platform,handle,displayName,tier,status,distrct,openedOn
        york-x,x,@NYP_York,York,district,active,york,2021-13-01
        ryedale-x,x,@NYP_Ryedale,Ryedale,distrct,actve,ryedale,
        """;
    String people =
        """
        id,name,district
        c1402,PC Alex Example,ryedal
        s-sam,Sam Example,
        """;
    String access =
        """
        contributor,account,role
        c1402,york-x,poster
        s-sam,ryedal-x,administrator
        """;

    assertThat(problems(estate(ESTATE, accounts, people, access))).containsExactly(
        "accounts.csv:1:44: column \"distrct\": unknown column \"distrct\" (did you mean \"district\"?); the"
            + " columns of accounts are id, platform, handle, displayName, tier, status, district, function,"
            + " owningTeam, followers, monitoredHours, outOfHoursText, bio, justification, openedOn, closedOn,"
            + " deletedOn",
        "accounts.csv:2:46: column \"openedOn\": expected a date such as 2021-03-31 (year-month-day), but got"
            + " \"2021-13-01\"",
        "accounts.csv:3:34: column \"tier\": unknown account tier \"distrct\" (did you mean \"district\"?);"
            + " use one of force-wide, district, specialist-team, corporate-function, individual-officer",
        "accounts.csv:3:42: column \"status\": unknown account status \"actve\" (did you mean \"active\"?); use"
            + " one of proposed, active, closing, closed, deleted",
        "people.csv:1:1: columns: missing required column \"kind\"; the columns of contributors are id, kind,"
            + " name, collarNumber, district, team, status, leftOn");
  }

  @Test
  void unresolvedReferences_pointAtTheCell() throws IOException {
    String people = PEOPLE.replace("1402,york", "1402,ryedal");
    String access = ACCESS.replace("s-sam,ryedale-x", "s-sam,ryedal-x");

    assertThat(problems(estate(ESTATE, ACCOUNTS, people, access))).containsExactly(
        "access.csv:3:7: column \"account\": unknown account \"ryedal-x\" (did you mean \"ryedale-x\"?)",
        "people.csv:2:36: column \"district\": unknown district \"ryedal\" (did you mean \"ryedale\"?); the"
            + " force's districts are [ryedale, york]");
  }

  @Test
  void brokenQuoting_isLocatedAtTheQuoteThatDoesNotClose() throws IOException {
    String accounts = ACCOUNTS + "scarb-x,x,@NYP_Scarborough,\"Scarborough,district,active,,,\n";

    assertThat(problems(estate(ESTATE, accounts, PEOPLE, ACCESS))).containsExactly(
        "accounts.csv:4:28: accounts: the quoted cell that starts here does not end: its closing quote (\") is"
            + " missing, or the file was cut short");
  }

  @Test
  void truncatedFile_reportsTheCutRow() throws IOException {
    String access = "contributor,account,role\nc1402,york-x,poster\ns-sam,ryed";

    assertThat(problems(estate(ESTATE, ACCOUNTS, PEOPLE, access))).containsExactly(
        "access.csv:3:1: column \"role\": missing required field \"role\" in an access grant");
  }

  @Test
  void missingSourceFile_isLocatedInTheEstateFile() throws IOException {
    Path file = estate(ESTATE.replace("people.csv", "staff.csv"), ACCOUNTS, PEOPLE, ACCESS);

    assertThat(problems(file)).containsExactly(
        "estate.yaml:11:17: sources.contributors: cannot read \"staff.csv\": no such file");
  }

  @Test
  void unknownPart_suggestsTheClosest() throws IOException {
    Path file = estate(ESTATE.replace("grants: access.csv", "grant: access.csv"), ACCOUNTS, PEOPLE, ACCESS);

    assertThat(problems(file)).first().asString().startsWith(
        "estate.yaml:12:3: sources.grant: unknown part \"grant\" (did you mean \"grants\"?)");
  }

  @Test
  void theCsvBytes_areOnlyReadWhenTheyAreUtf8() throws IOException {
    Path file = estate(ESTATE, ACCOUNTS, PEOPLE, ACCESS);
    byte[] latin1 = PEOPLE.replace("Sam Example", "Zoë Example").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("people.csv"), latin1);

    assertThat(problems(file)).containsExactly(
        "people.csv:3:1: contributors: the file is not UTF-8 text; save it as \"CSV UTF-8\"");
  }
}

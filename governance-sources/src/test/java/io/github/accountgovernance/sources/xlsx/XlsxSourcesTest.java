package io.github.accountgovernance.sources.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.io.EstateFiles;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.problem.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import io.github.accountgovernance.sources.SourceFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class XlsxSourcesTest {

  static final String ESTATE = SourceFolders.estate("  accounts: {file: registers.xlsx, sheet: accounts}",
      "  contributors: {file: registers.xlsx, sheet: people}", "  grants: {file: registers.xlsx, sheet: access}");

  static final String ACCOUNTS_ONLY = ESTATE
      .replace("  contributors: {file: registers.xlsx, sheet: people}\n", "")
      .replace("  grants: {file: registers.xlsx, sheet: access}\n", "");

  static final List<Object> ACCOUNT_COLUMNS =
      List.of("id", "platform", "handle", "displayName", "tier", "status", "district", "followers", "openedOn");

  @TempDir Path dir;

  static Workbooks registers() {
    return Workbooks.workbook()
        .sheet("accounts", List.of(
            ACCOUNT_COLUMNS,
            Arrays.asList("york-x", "x", "@NYP_York", "North Yorkshire Police - York", "district", "active", "york",
                9800, LocalDate.of(2021, 3, 29)),
            Arrays.asList("ryedale-x", "x", "@NYP_Ryedale", "North Yorkshire Police, Ryedale", "district", "active",
                "ryedale", null, "2021-03-30")))
        .sheet("people", List.of(
            List.of("id", "kind", "name", "collarNumber", "district"),
            List.of("c1402", "officer", "PC Alex Example", 1402, "york"),
            Arrays.asList("s-sam", "staff", "Sam Example", null, null)))
        .sheet("access", List.of(
            List.of("contributor", "account", "role"),
            List.of("c1402", "york-x", "poster"),
            List.of("s-sam", "ryedale-x", "administrator")));
  }

  private Path estate(String estate, byte[] workbook) throws IOException {
    Files.write(dir.resolve("registers.xlsx"), workbook);
    Path file = dir.resolve("estate.yaml");
    Files.writeString(file, estate);
    return file;
  }

  private static List<String> problems(Path file) {
    return SourceFolders.problemTexts(file);
  }

  private static List<Problem> problemList(Path file) {
    return SourceFolders.problems(file);
  }

  @Test
  void sheets_areReadAsTheCsvRegistersAre_numbersDatesAndText() throws IOException {
    Estate estate = EstateFiles.read(estate(ESTATE, registers().bytes()));

    assertThat(estate.accounts()).extracting(a -> a.id()).containsExactly("force-x", "ryedale-x", "york-x");
    assertThat(estate.account("york-x").orElseThrow().followers()).isEqualTo(9800);
    assertThat(estate.account("york-x").orElseThrow().openedOn()).contains(LocalDate.of(2021, 3, 29));
    assertThat(estate.account("ryedale-x").orElseThrow().openedOn()).contains(LocalDate.of(2021, 3, 30));
    assertThat(estate.account("ryedale-x").orElseThrow().displayName()).isEqualTo("North Yorkshire Police, Ryedale");
    assertThat(estate.contributor("c1402").orElseThrow().collarNumber()).contains("1402");
    assertThat(estate.grants()).hasSize(2);
    assertThat(estate.account("york-x").flatMap(estate::locationOf).orElseThrow())
        .isEqualTo(new SourceLocation(dir.resolve("registers.xlsx").toString(), 2, 1));
  }

  @Test
  void the1904DateSystem_isReadWhenTheWorkbookSaysSo() throws IOException {
    Estate estate = EstateFiles.read(estate(ESTATE, registers().date1904().bytes()));

    assertThat(estate.account("york-x").orElseThrow().openedOn()).contains(LocalDate.of(2021, 3, 29));
  }

  @Test
  void everyProblemOfTheSheets_isLocatedAtItsRowAndColumn() throws IOException {
    byte[] workbook = Workbooks.workbook()
        .sheet("accounts", List.of(
            List.of("id", "platform", "handle", "displayName", "tier", "status", "distrct", "openedOn"),
            List.of("york-x", "x", "@NYP_York", "York", "district", "active", "york", "2021-13-01"),
            List.of("ryedale-x", "x", "@NYP_Ryedale", "Ryedale", "distrct", "actve", "ryedale")))
        .sheet("people", List.of(
            List.of("id", "name", "district"),
            List.of("c1402", "PC Alex Example", "ryedal")))
        .sheet("access", List.of(
            List.of("contributor", "account", "role"),
            List.of("c1402", "ryedal-x", "poster")))
        .bytes();

    assertThat(problems(estate(ESTATE, workbook))).containsExactly(
        "registers.xlsx:1:1: sheet \"people\", columns: missing required column \"kind\"; the columns of contributors are id, kind,"
            + " name, collarNumber, district, team, status, leftOn",
        "registers.xlsx:1:7: sheet \"accounts\", column \"distrct\": unknown column \"distrct\" (did you mean \"district\"?); the"
            + " columns of accounts are id, platform, handle, displayName, tier, status, district, function,"
            + " owningTeam, followers, monitoredHours, outOfHoursText, bio, justification, openedOn, closedOn,"
            + " deletedOn",
        "registers.xlsx:2:8: sheet \"accounts\", column \"openedOn\": expected a date such as 2021-03-31 (year-month-day), but got"
            + " \"2021-13-01\"",
        "registers.xlsx:3:5: sheet \"accounts\", column \"tier\": unknown account tier \"distrct\" (did you mean \"district\"?);"
            + " use one of force-wide, district, specialist-team, corporate-function, individual-officer",
        "registers.xlsx:3:6: sheet \"accounts\", column \"status\": unknown account status \"actve\" (did you mean \"active\"?); use"
            + " one of proposed, active, closing, closed, deleted");
  }

  @Test
  void unresolvedReferences_pointAtTheCell() throws IOException {
    byte[] workbook = registers()
        .sheet("access", List.of(
            List.of("contributor", "account", "role"),
            List.of("c1402", "york-x", "poster"),
            List.of("s-sam", "ryedal-x", "administrator")))
        .bytes();

    assertThat(problems(estate(ESTATE, workbook))).containsExactly(
        "registers.xlsx:3:2: sheet \"access\", column \"account\": unknown account \"ryedal-x\" (did you mean \"ryedale-x\"?)");
  }

  @Test
  void aCellBeyondTheHeader_andAnErrorCell_nameTheSheetAndCell() throws IOException {
    byte[] workbook = Workbooks.workbook()
        .sheet("accounts", List.of(ACCOUNT_COLUMNS,
            Arrays.asList("york-x", "x", "@NYP_York", "York", "district", "active", "york", 9800, null, "stray")))
        .entry("xl/worksheets/sheet2.xml", new byte[0])
        .bytes();

    assertThat(problems(estate(ACCOUNTS_ONLY, workbook))).containsExactly(
        "registers.xlsx:2:10: sheet \"accounts\", column 10: the row has 10 cells but the header names 9 columns; name the column in"
            + " the header row, or clear the cell");
  }

  @Test
  void anErrorCell_namesTheSheetAndTheCell() throws IOException {
    byte[] workbook = Workbooks.workbook()
        .sheet("accounts", List.of(ACCOUNT_COLUMNS,
            Arrays.asList("york-x", "x", "@NYP_York", "York", "district", "active", "york",
                new Workbooks.ErrorCell("#N/A"))))
        .bytes();

    assertThat(problems(estate(ACCOUNTS_ONLY, workbook))).containsExactly(
        "registers.xlsx:2:8: sheet \"accounts\", column 8: cell H2 holds the error #N/A; correct the formula or"
            + " type the value");
  }

  @Test
  void anUnknownSheet_suggestsTheClosest() throws IOException {
    String estate = ACCOUNTS_ONLY.replace("sheet: accounts", "sheet: acounts");

    assertThat(problems(estate(estate, registers().bytes()))).containsExactly(
        "registers.xlsx:1:1: accounts: the workbook has no sheet \"acounts\" (did you mean \"accounts\"?); its"
            + " sheets are \"accounts\", \"people\", \"access\"");
  }

  @Test
  void aTruncatedWorkbook_isRefusedAsNotAWorkbook() throws IOException {
    byte[] whole = registers().bytes();
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);

    assertThat(problems(estate(ACCOUNTS_ONLY, cut))).singleElement().asString()
        .startsWith("registers.xlsx:1:1: accounts: the file is not an .xlsx workbook:");
  }

  @Test
  void aZipBomb_isRefusedAfterAtMostAMegabyteOrSo_notExpanded() throws IOException {
    byte[] sheet = bomb(200 << 20);
    byte[] workbook = registers().entry("xl/worksheets/sheet1.xml", sheet).bytes();

    List<String> problems = problems(estate(ACCOUNTS_ONLY, workbook));

    assertThat(workbook.length).isLessThan(1 << 20);
    assertThat(problems).singleElement().asString()
        .startsWith("registers.xlsx:1:1: accounts: the workbook's entry xl/worksheets/sheet1.xml expands from")
        .contains("refused as a zip bomb");
  }

  /** A sheet of that many bytes, mostly spaces: a valid start, then whitespace that deflates a thousandfold. */
  private static byte[] bomb(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) ' ');
    byte[] start = "<?xml version=\"1.0\"?><worksheet><sheetData>".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(start, 0, bytes, 0, start.length);
    return bytes;
  }

  @Test
  void entityExpansion_isRefusedAtTheDoctype() throws IOException {
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
        + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
        + "<sst><si><t>&lol4;</t></si></sst>";
    byte[] workbook = registers().entry("xl/sharedStrings.xml", laughs.getBytes(StandardCharsets.UTF_8)).bytes();

    assertThat(problems(estate(ACCOUNTS_ONLY, workbook))).containsExactly(
        "registers.xlsx:1:1: accounts: the workbook's xl/sharedStrings.xml declares a DOCTYPE or uses an entity;"
            + " workbooks have neither, so it is refused unread (entity expansion and external entities)");
  }

  @Test
  void externalEntities_areRefusedAtTheDoctype() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "do-not-read");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE ws [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
        + "</sheetData></worksheet>";
    byte[] workbook = registers().entry("xl/worksheets/sheet1.xml", xxe.getBytes(StandardCharsets.UTF_8)).bytes();

    List<Problem> problems = problemList(estate(ACCOUNTS_ONLY, workbook));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("declares a DOCTYPE").doesNotContain("do-not-read");
      assertThat(p.location().orElseThrow().line()).isEqualTo(1);
    });
  }

  @Test
  void moreRowsThanTheLimit_areRefusedAtTheFirstRowOver() throws IOException {
    List<List<Object>> rows = new java.util.ArrayList<>();
    rows.add(List.of("id", "kind", "name"));
    for (int i = 0; i < 30; i++) {
      rows.add(List.of("p" + i, "staff", "Person " + i));
    }
    Files.write(dir.resolve("registers.xlsx"), Workbooks.workbook().sheet("people", rows).bytes());

    List<Problem> problems = XlsxFormatTest.read(dir.resolve("registers.xlsx"), "contributors",
        List.of("id", "kind", "name"), 20);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("contributors has more than 20 rows, the limit for untrusted files");
      assertThat(p.location().orElseThrow().line()).isEqualTo(22);
    });
  }
}

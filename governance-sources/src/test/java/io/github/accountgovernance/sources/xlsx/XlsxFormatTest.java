package io.github.accountgovernance.sources.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.accountgovernance.core.files.LocatedReader;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.model.InvalidEstateException;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.sources.SourceRequest;
import io.github.accountgovernance.core.sources.SourceTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader alone, without an estate: the cells' text, the limits, and rows written then read back. */
final class XlsxFormatTest {

  @TempDir Path dir;

  static SourceRequest request(Path file, String part, List<String> columns, int maxRows, long maxBytes) {
    return new SourceRequest(file, part, columns, null, ZoneId.of("Europe/London"), maxBytes, maxRows, "maxContributors", 100_000,
        new Problems("registers.xlsx", LocatedReader.Limits.smallFiles(), InvalidEstateException::new));
  }

  /** Reads a part and returns the problems it threw with, or an empty list. */
  static List<Problem> read(Path file, String part, List<String> columns, int maxRows) throws IOException {
    SourceRequest request = request(file, part, columns, maxRows, 64L << 20);
    try {
      new XlsxFormat().read(request);
    } catch (InvalidEstateException e) {
      return e.problems();
    }
    return request.problems().list();
  }

  private SourceTable table(byte[] workbook, String part) throws IOException {
    Path file = dir.resolve("registers.xlsx");
    Files.write(file, workbook);
    SourceRequest request = request(file, part, List.of("a", "b", "c"), 1000, 64L << 20);
    SourceTable table = new XlsxFormat().read(request);
    assertThat(request.problems().list()).isEmpty();
    return table;
  }

  @Test
  void cells_readAsTheirCsvTextWould() throws IOException {
    byte[] workbook = Workbooks.workbook().sheet("accounts", List.of(
        List.of("a", "b", "c"),
        List.of(1402, true, 2.50),
        List.of("  padded  ", false, java.time.LocalDate.of(1900, 3, 1)))).bytes();

    SourceTable table = table(workbook, "accounts");

    assertThat(table.header()).extracting(SourceTable.Cell::text).containsExactly("a", "b", "c");
    assertThat(table.rows()).extracting(r -> texts(r.cells())).containsExactly(
        Map.of("a", "1402", "b", "true", "c", "2.5"),
        Map.of("a", "padded", "b", "false", "c", "1900-03-01"));
    assertThat(table.rows().get(1).cells().get("c")).isEqualTo(new SourceTable.Cell("1900-03-01", 3, 3));
  }

  @Test
  void serialDates_inBothDateSystems_withTimesOfDay() {
    assertThat(XlsxFormat.date(new java.math.BigDecimal("44284"), false)).isEqualTo("2021-03-29");
    assertThat(XlsxFormat.date(new java.math.BigDecimal("42822"), true)).isEqualTo("2021-03-29");
    assertThat(XlsxFormat.date(new java.math.BigDecimal("44284.385416666664"), false))
        .isEqualTo("2021-03-29T09:15:00");
    assertThat(XlsxFormat.date(new java.math.BigDecimal("59"), false)).isEqualTo("1900-02-28");
    assertThat(XlsxFormat.isDateFormat(0, "0.00")).isFalse();
    assertThat(XlsxFormat.isDateFormat(164, "\"day\" 0")).isFalse();
    assertThat(XlsxFormat.isDateFormat(164, "[$-809]dd mmmm yyyy")).isTrue();
    assertThat(XlsxFormat.isDateFormat(14, null)).isTrue();
  }

  @Test
  void theSheetNamedAsThePart_isReadWhenNoneIsNamed() throws IOException {
    byte[] workbook = Workbooks.workbook()
        .sheet("people", List.of(List.of("a"), List.of("p")))
        .sheet("accounts", List.of(List.of("a"), List.of("x"))).bytes();

    assertThat(table(workbook, "accounts").rows()).extracting(r -> texts(r.cells())).containsExactly(
        Map.of("a", "x"));
  }

  @Test
  void sharedStrings_areBoundedInCount() throws IOException {
    StringBuilder sst = new StringBuilder("<sst>");
    for (int i = 0; i < 101; i++) {
      sst.append("<si><t>s").append(i).append("</t></si>");
    }
    byte[] workbook = Workbooks.workbook().sheet("accounts", List.of(List.of("a")))
        .entry("xl/sharedStrings.xml", sst.append("</sst>").toString().getBytes(StandardCharsets.UTF_8)).bytes();
    Path file = dir.resolve("registers.xlsx");
    Files.write(file, workbook);

    assertThat(read(file, "accounts", List.of("a"), 10)).singleElement().asString().isEqualTo(
        "registers.xlsx:1:1: accounts: the workbook's shared strings number more than 100, ten for each row"
            + " accounts may have; refused");
  }

  @Test
  void sharedStrings_areBoundedInCharacters() throws IOException {
    String sst = "<sst><si><t>" + "x".repeat(5_000) + "</t></si></sst>";
    byte[] workbook = Workbooks.workbook().sheet("accounts", List.of(List.of("a")))
        .entry("xl/sharedStrings.xml", sst.getBytes(StandardCharsets.UTF_8)).bytes();
    Path file = dir.resolve("registers.xlsx");
    Files.write(file, workbook);
    SourceRequest request = request(file, "accounts", List.of("a"), 10, 4_000);

    assertThatThrownBy(() -> new XlsxFormat().read(request)).isInstanceOf(InvalidEstateException.class)
        .hasMessageContaining("registers.xlsx:1:1: accounts: the workbook's entry xl/sharedStrings.xml expands to"
            + " more than 4,000 bytes");
  }

  @Test
  void aCellBeyondTheLastColumn_isRefused() throws IOException {
    String sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"XFE1\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
        + "</sheetData></worksheet>";
    byte[] workbook = Workbooks.workbook().sheet("accounts", List.of(List.of("a")))
        .entry("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8)).bytes();
    Path file = dir.resolve("registers.xlsx");
    Files.write(file, workbook);

    assertThat(read(file, "accounts", List.of("a"), 10)).singleElement().asString().isEqualTo(
        "registers.xlsx:1:1: accounts: sheet \"accounts\" has a cell beyond column XFD in row 1; refused");
  }

  @Test
  void rowsWrittenThenRead_areTheRowsWritten() {
    qt().withExamples(40).forAll(
            lists().of(lists().of(strings().basicLatinAlphabet().ofLengthBetween(1, 12)).ofSize(3))
                .ofSizeBetween(1, 20),
            integers().between(0, 1_000_000))
        .checkAssert((rows, number) -> {
          List<List<Object>> sheet = new ArrayList<>();
          sheet.add(List.of("a", "b", "c"));
          rows.forEach(row -> sheet.add(List.of(row.get(0), number, row.get(2))));
          try {
            SourceTable table = table(Workbooks.workbook().sheet("accounts", sheet).bytes(), "accounts");
            List<Map<String, String>> expected = new ArrayList<>();
            for (List<String> row : rows) {
              Map<String, String> cells = new TreeMap<>();
              put(cells, "a", row.get(0).trim());
              put(cells, "b", String.valueOf(number));
              put(cells, "c", row.get(2).trim());
              if (!cells.isEmpty()) {
                expected.add(cells);
              }
            }
            assertThat(table.rows()).extracting(r -> (Map<String, String>) new TreeMap<>(texts(r.cells())))
                .isEqualTo(expected);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  private static void put(Map<String, String> cells, String column, String text) {
    if (!text.isEmpty()) {
      cells.put(column, text);
    }
  }

  private static Map<String, String> texts(Map<String, SourceTable.Cell> cells) {
    Map<String, String> texts = new TreeMap<>();
    cells.forEach((k, v) -> texts.put(k, v.text()));
    return texts;
  }
}

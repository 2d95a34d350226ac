package io.github.accountgovernance.sources.table;

import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.sources.SourceRequest;
import io.github.accountgovernance.core.sources.SourceTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@link SourceTable} of a file whose first non-empty row names the columns (a CSV file, a sheet of a
 * workbook), so that every such format checks the same things with the same words: a cell longer than the limit,
 * a header row that names no columns, more rows than the part may have, a cell beyond the header's columns, and a
 * file with no header at all. The estate reader then checks the header's names (unknown, repeated and missing
 * columns, with "did you mean") and reads each row with the part's own mapping.
 *
 * <pre>{@code
 * HeaderTable table = new HeaderTable(request, "a CSV file", "quote a cell that holds the separator");
 * table.add(List.of(table.cell("id", 1, 1, 1), table.cell("handle", 1, 2, 2)));
 * table.add(List.of(table.cell("york-x", 2, 1, 1), table.cell("@NYP_York", 2, 2, 2)));
 * SourceTable read = table.table();
 * }</pre>
 *
 * <p>Not thread-safe: one per reading.
 */
public final class HeaderTable {

  private final SourceRequest request;
  private final String what;
  private final String where;
  private final String extraAdvice;
  private final List<SourceTable.Cell> header = new ArrayList<>();
  private final List<SourceTable.Row> rows = new ArrayList<>();

  /**
   * Starts a table.
   *
   * @param request the reading, whose limits and problems are used
   * @param what what the file is, for messages, such as {@code "a CSV file"} or {@code "a sheet"}
   * @param extraAdvice what to do about a cell beyond the header's columns, ending the message about it
   */
  public HeaderTable(SourceRequest request, String what, String extraAdvice) {
    this(request, what, "", extraAdvice);
  }

  /**
   * Starts a table that is one of several in its file, such as a workbook's sheet.
   *
   * @param request the reading, whose limits and problems are used
   * @param what what the file is, for messages, such as {@code "a sheet"}
   * @param where where in the file the table is, which the paths of its problems start with, such as
   *     {@code sheet "accounts"}; see {@link SourceTable#where()}
   * @param extraAdvice what to do about a cell beyond the header's columns, ending the message about it
   */
  public HeaderTable(SourceRequest request, String what, String where, String extraAdvice) {
    this.request = request;
    this.what = what;
    this.where = where;
    this.extraAdvice = extraAdvice;
  }

  /**
   * Makes a cell, trimmed, reporting one longer than the request's limit (which then reads as empty).
   *
   * @param text the cell's text
   * @param line the line or row, from 1
   * @param column the column, from 1: the character column in a text file, the column's number in a sheet
   * @param number the cell's place in its row, from 1, which a problem about it names
   * @return the cell
   */
  public SourceTable.Cell cell(String text, int line, int column, int number) {
    String value = text.trim();
    if (value.length() > request.maxStringLength()) {
      request.problems().add(within("column " + number), String.format(Locale.ROOT, "the cell has %,d characters, more"
          + " than the limit of %,d for untrusted files%s", value.length(),
          request.maxStringLength(), request.advice("maxStringLength")), line, column);
      value = "";
    }
    return new SourceTable.Cell(value, line, column);
  }

  /**
   * Tells whether the header row has been read.
   *
   * @return whether a row has been added
   */
  public boolean hasHeader() {
    return !header.isEmpty();
  }

  /**
   * Returns how many rows under the header have been added.
   *
   * @return the count
   */
  public int rowCount() {
    return rows.size();
  }

  /**
   * Adds a row of cells in column order: the first is the header.
   *
   * @param cells the row's cells, each at its own column (position i is column {@code i + 1} of the header)
   * @throws RuntimeException the problems' exception if the header names no columns or there are too many rows
   */
  public void add(List<SourceTable.Cell> cells) {
    Problems problems = request.problems();
    if (header.isEmpty()) {
      if (cells.isEmpty() || cells.stream().allMatch(c -> c.text().isEmpty())) {
        int line = cells.isEmpty() ? 1 : cells.get(0).line();
        throw problems.fatal(request.part(), "the header row names no columns; the first row of " + what
            + " names its columns, such as " + String.join(",", request.columns()), line, 1);
      }
      header.addAll(cells);
      return;
    }
    if (rows.size() >= request.maxRows()) {
      throw problems.fatal(request.part(), String.format(Locale.ROOT, "%s has more than %,d rows, the limit"
          + " for untrusted files%s", request.part(), request.maxRows(), request.advice(request.rowLimit())), cells.isEmpty() ? 1 : cells.get(0).line(),
          1);
    }
    Map<String, SourceTable.Cell> named = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      SourceTable.Cell cell = cells.get(i);
      if (i >= header.size()) {
        if (!cell.text().isEmpty()) {
          problems.add(within("column " + (i + 1)), "the row has " + cells.size() + " cells but the header names "
              + header.size() + " columns; " + extraAdvice, cell.line(), cell.column());
        }
        continue;
      }
      if (!cell.text().isEmpty()) {
        named.putIfAbsent(header.get(i).text(), cell);
      }
    }
    rows.add(new SourceTable.Row(cells.isEmpty() ? 1 : cells.get(0).line(), 1, SourceTable.Row.ROW, named));
  }

  /**
   * Returns the table read.
   *
   * @return the header and rows
   * @throws RuntimeException the problems' exception if there was no header row: the file is empty
   */
  public SourceTable table() {
    if (header.isEmpty()) {
      throw request.problems().fatal(request.part(), "the file is empty; " + what + " starts with a header row"
          + " naming its columns, such as " + String.join(",", request.columns()), 1, 1);
    }
    return new SourceTable(header, rows, where);
  }

  private String within(String path) {
    return where.isEmpty() ? path : where + ", " + path;
  }
}

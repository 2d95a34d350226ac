package io.github.accountgovernance.core.sources;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What a {@link SourceFormat} read from one file: the header cells, if the file has a header row that names the
 * columns (a CSV file, a sheet), and the rows.
 *
 * <pre>{@code
 * SourceTable table = new SourceTable(
 *     List.of(new SourceTable.Cell("id", 1, 1), new SourceTable.Cell("handle", 1, 2)),
 *     List.of(SourceTable.Row.of(2, Map.of("id", new SourceTable.Cell("york-x", 2, 1)))));
 * }</pre>
 *
 * @param header the header row's cells, in order; empty if the format fills the columns itself (iCalendar)
 * @param rows the rows, in file order
 * @param where where in the file the table is, which every problem's path about it starts with, such as
 *     {@code sheet "accounts"} (a workbook holds several tables, whose rows and columns alone are ambiguous);
 *     empty for a file that is one table
 */
public record SourceTable(List<Cell> header, List<Row> rows, String where) {

  /**
   * Copies the lists.
   *
   * @param header the header row's cells
   * @param rows the rows
   * @param where where in the file the table is, or empty
   * @throws NullPointerException if an argument is null
   */
  public SourceTable {
    header = List.copyOf(requireNonNull(header, "header"));
    rows = List.copyOf(requireNonNull(rows, "rows"));
    requireNonNull(where, "where");
  }

  /**
   * Makes the table of a file that is one table.
   *
   * @param header the header row's cells
   * @param rows the rows
   * @throws NullPointerException if an argument is null
   */
  public SourceTable(List<Cell> header, List<Row> rows) {
    this(header, rows, "");
  }

  /**
   * Returns a problem's path as it reads within this table: {@link #where()}, a comma, and the path.
   *
   * @param path the path within the table, such as {@code column "district"}
   * @return such as {@code sheet "accounts", column "district"}, or the path itself when {@code where} is empty
   */
  public String within(String path) {
    return where.isEmpty() ? path : where + ", " + path;
  }

  /**
   * Tells whether the table has a header row, so that its columns are checked once rather than row by row.
   *
   * @return whether there is a header
   */
  public boolean hasHeader() {
    return !header.isEmpty();
  }

  /**
   * One cell: its text, as written (trimmed), and where it is.
   *
   * @param text the text
   * @param line the line, or the sheet's row, from 1
   * @param column the column: the character column in a text file, the column's number (A = 1) in a sheet or a
   *     CSV file
   */
  public record Cell(String text, int line, int column) {

    /**
     * Checks the text.
     *
     * @param text the text
     * @param line the line, from 1
     * @param column the column, from 1
     * @throws NullPointerException if {@code text} is null
     */
    public Cell {
      requireNonNull(text, "text");
    }
  }

  /**
   * One row: where it starts, what problems call it, and its non-empty cells by column name (the estate file's
   * field names).
   *
   * @param line the line, or the sheet's row, the row starts at
   * @param column the column the row starts at
   * @param label what problems call the row, such as {@code "row"} or {@code "event UID 8f2…"}
   * @param cells the cells by column name; a column left empty is absent
   */
  public record Row(int line, int column, String label, Map<String, Cell> cells) {

    /**
     * Copies the cells.
     *
     * @param line the line
     * @param column the column
     * @param label what problems call the row
     * @param cells the cells by column name
     * @throws NullPointerException if an argument is null
     */
    public Row {
      requireNonNull(label, "label");
      cells = Map.copyOf(requireNonNull(cells, "cells"));
    }

    /**
     * Returns a row of a table with a header, which problems call {@code row}.
     *
     * @param line the line the row starts at
     * @param cells the cells by column name
     * @return the row
     */
    public static Row of(int line, Map<String, Cell> cells) {
      return new Row(line, 1, ROW, cells);
    }

    /** What problems call a row of a table with a header. */
    public static final String ROW = "row";
  }
}

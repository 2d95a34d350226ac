package io.github.accountgovernance.core.problem;

import static java.util.Objects.requireNonNull;

/**
 * A place in a file: its name, and a 1-based line and column.
 *
 * <pre>{@code
 * new SourceLocation("estate.yaml", 41, 15).toString(); // estate.yaml:41:15
 * }</pre>
 *
 * @param file the file name as the user gave it
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourceLocation(String file, int line, int column) {

  /**
   * Checks the parts.
   *
   * @param file the file name as the user gave it
   * @param line the line, from 1
   * @param column the column, from 1
   * @throws NullPointerException if {@code file} is null
   */
  public SourceLocation {
    requireNonNull(file, "file");
  }

  /** Returns {@code file:line:column}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}

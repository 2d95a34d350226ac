package io.github.accountgovernance.core.sources;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.problem.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the estate reader asks a {@link SourceFormat} to read: the file, the part of the estate it holds, the
 * columns that part has, the options written beside the file in the estate's {@code sources:} section, the
 * force's zone, the limits, and the {@link Problems} of the file.
 *
 * <pre>{@code
 * byte[] bytes = request.readFile(); // refused, with the setting that raises the limit, if too big
 * if (bytes.length == 0) {
 *   throw request.problems().fatal(request.part(), "the file is empty", 1, 1);
 * }
 * }</pre>
 *
 * <p>Made by the estate reader; immutable apart from its problems.
 */
public final class SourceRequest {

  /** The largest array a JVM allocates. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final Path file;
  private final String part;
  private final List<String> columns;
  private final LocatedNode options;
  private final ZoneId zone;
  private final long maxFileBytes;
  private final int maxRows;
  private final String rowLimit;
  private final int maxStringLength;
  private final Problems problems;

  /**
   * Describes one reading.
   *
   * @param file the file, resolved against the estate file's folder
   * @param part the part of the estate, such as {@code accounts}
   * @param columns the column names the part has, in the order messages list them
   * @param options the source's entry in the estate's {@code sources:} section, or null if it names the file only
   * @param zone the force's zone
   * @param maxFileBytes the largest file the reader accepts
   * @param maxRows the most rows (or events, expanded) the part may have
   * @param rowLimit the name of the setting that bounds the rows, such as {@code maxRotaEntries}
   * @param maxStringLength the longest cell
   * @param problems where the file's problems go; its {@link Problems#source()} names the file
   * @throws NullPointerException if an argument other than {@code options} is null
   */
  public SourceRequest(
      Path file,
      String part,
      List<String> columns,
      LocatedNode options,
      ZoneId zone,
      long maxFileBytes,
      int maxRows,
      String rowLimit,
      int maxStringLength,
      Problems problems) {
    this.file = requireNonNull(file, "file");
    this.part = requireNonNull(part, "part");
    this.columns = List.copyOf(requireNonNull(columns, "columns"));
    this.options = options;
    this.zone = requireNonNull(zone, "zone");
    this.maxFileBytes = maxFileBytes;
    this.maxRows = maxRows;
    this.rowLimit = requireNonNull(rowLimit, "rowLimit");
    this.maxStringLength = maxStringLength;
    this.problems = requireNonNull(problems, "problems");
  }

  /**
   * Returns the file to read.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /**
   * Returns the part of the estate the file holds: {@code accounts}, {@code contributors}, {@code grants},
   * {@code rota}, {@code absences}, {@code closurePlans}, {@code posts} or {@code observedHandles}.
   *
   * @return the part
   */
  public String part() {
    return part;
  }

  /**
   * Returns the columns the part has: the field names of its entries in the estate file.
   *
   * @return the column names
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * Returns the source's entry in the estate's {@code sources:} section when it is a mapping (the file and its
   * options, such as a sheet's name or a calendar's mapping of people), so that the format can read and check
   * its own options.
   *
   * @return the entry, or empty if the source was given as a file name only
   */
  public Optional<LocatedNode> options() {
    return Optional.ofNullable(options);
  }

  /**
   * Returns the force's zone, in which dates without a time are whole days.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the largest file, in bytes, the reader may read.
   *
   * @return the limit
   */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * Returns the most rows the part may have (for a calendar, the most entries its events expand to).
   *
   * @return the limit
   */
  public int maxRows() {
    return maxRows;
  }

  /**
   * Returns the name of the setting that bounds the rows of the part, for {@link #advice}.
   *
   * @return such as {@code maxRotaEntries}
   */
  public String rowLimit() {
    return rowLimit;
  }

  /**
   * Returns what a message about an exceeded limit adds after "the limit for untrusted files": the setting and
   * how to raise it, as the estate file's own messages say it (the library's builder method, or a command line's
   * option).
   *
   * @param limit the setting, such as {@code "maxFileBytes"}, {@code "maxStringLength"} or {@link #rowLimit()}
   * @return for example {@code " (ReadLimits.maxFileBytes); if the file is trusted, raise it with
   *     ReadLimits.builder().maxFileBytes(...)"}, or {@code "; if the file is trusted, raise it with
   *     --max-file-size"} on the command line
   */
  public String advice(String limit) {
    return problems.limits().advice(limit);
  }

  /**
   * Reads the whole file, refusing (fatally, at its first line) a file of more than {@link #maxFileBytes()} bytes
   * before reading it, and one that changes size while it is read.
   *
   * @return the file's bytes
   * @throws IOException if the file cannot be read
   * @throws RuntimeException the exception {@link #problems()} makes, for a file over the limit
   */
  public byte[] readFile() throws IOException {
    long size = Files.size(file);
    if (size > maxFileBytes) {
      throw tooBig(String.format(Locale.ROOT, "%,d bytes", size));
    }
    if (size > MAX_ARRAY) {
      throw problems.fatal(part, String.format(Locale.ROOT, "the file has %,d bytes; a source file can have at most"
          + " %,d", size, MAX_ARRAY), 1, 1);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) size);
      if (in.read() >= 0) {
        throw problems.fatal(part, "the file changed while it was read; read it again when nothing writes to it",
            1, 1);
      }
      return bytes;
    }
  }

  private RuntimeException tooBig(String size) {
    return problems.fatal(part, String.format(Locale.ROOT, "the file has %s, more than the limit of %,d for"
        + " untrusted files%s", size, maxFileBytes, advice("maxFileBytes")), 1, 1);
  }

  /**
   * Returns the longest cell, in characters.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns where the file's problems go.
   *
   * @return the problems
   */
  public Problems problems() {
    return problems;
  }

  /**
   * Returns a place in the file.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the location
   */
  public SourceLocation location(int line, int column) {
    return problems.location(line, column);
  }
}

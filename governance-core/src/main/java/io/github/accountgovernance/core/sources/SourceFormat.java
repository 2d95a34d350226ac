package io.github.accountgovernance.core.sources;

import io.github.accountgovernance.core.api.PublicAPI;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A format that parts of an estate can be read from, such as CSV or iCalendar. Implementations are found with
 * {@link java.util.ServiceLoader} ({@code provides io.github.accountgovernance.core.sources.SourceFormat with …}
 * in a module, or a {@code META-INF/services} file on the class path); the first whose {@link #reads} accepts a
 * file and the part reads it.
 *
 * <p>A format reports what is wrong in the file through {@link SourceRequest#problems()} (every problem, located,
 * reading on where it can), enforces the request's limits, and returns the rows it could read. It does not parse
 * the cells: the estate reader does, with the estate file's own codecs.
 *
 * <p>Implementations must be thread-safe and have a public no-argument constructor.
 */
@PublicAPI(usage = PublicAPI.Usage.INHERITANCE)
public interface SourceFormat {

  /**
   * Returns the format's name, for messages, such as {@code "CSV"}.
   *
   * @return the name
   */
  String name();

  /**
   * Tells whether this format reads a file for a part of the estate, usually by the file's extension.
   *
   * @param file the file
   * @param part the part of the estate, such as {@code accounts} or {@code rota}
   * @return whether this format reads it
   */
  boolean reads(Path file, String part);

  /**
   * Tells whether a file's name ends with an extension, ignoring case ({@code ROTA.ICS} is a calendar), for
   * {@link #reads}.
   *
   * @param file the file
   * @param extension the extension with its dot, such as {@code ".csv"}
   * @return whether the file has a name that ends with it
   */
  static boolean hasExtension(Path file, String extension) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(extension);
  }

  /**
   * Reads a file into rows of cells.
   *
   * @param request the file, the part, the columns known, the options and limits, and where problems go
   * @return the rows read; those with problems may be left out
   * @throws IOException if the file cannot be read
   * @throws RuntimeException the request's problems' exception, when a problem is fatal or too many were found
   */
  SourceTable read(SourceRequest request) throws IOException;
}

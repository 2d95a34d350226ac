package io.github.accountgovernance.core.io;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.InvalidEstateException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes estate files, choosing YAML or JSON by the file's extension ({@code .yaml}, {@code .yml},
 * {@code .json}). For an explicit format, streams or other {@link ReadLimits}, use {@link EstateReader} and
 * {@link EstateWriter}. The format is described in {@code docs/estate-format.md}.
 *
 * <pre>{@code
 * Estate estate = EstateFiles.read(Path.of("north-yorkshire-2021-after.yaml"));
 * EstateFiles.write(estate, Path.of("north-yorkshire-2021-after.json"));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class EstateFiles {

  /**
   * The value of the {@code schema} field of the estate files this version reads and writes (files may also give
   * it as {@code format}, as files written before 0.2 do).
   */
  public static final String SCHEMA = EstateNames.FORMAT;

  /**
   * The value of the file-kind field of the files this version reads and writes.
   *
   * @deprecated the field is now written {@code schema}, as in every other file of the library; use
   *     {@link #SCHEMA}, which has the same value
   */
  @Deprecated
  public static final String FORMAT_VERSION = EstateNames.FORMAT;

  private EstateFiles() {}

  /**
   * Reads an estate file with the default {@link ReadLimits}.
   *
   * @param file the file
   * @return the estate
   * @throws NullPointerException if {@code file} is null
   * @throws IllegalArgumentException if the file's extension is not {@code .yaml}, {@code .yml} or {@code .json}
   * @throws IOException if the file cannot be read
   * @throws InvalidEstateException listing every problem in the file, each with file, line, column and path
   */
  public static Estate read(Path file) throws IOException {
    return EstateReader.forFile(file).read(file);
  }

  /**
   * Writes an estate file, replacing it if it exists.
   *
   * @param estate the estate
   * @param file the file
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the file's extension is not {@code .yaml}, {@code .yml} or {@code .json}
   * @throws IOException if the file cannot be written
   */
  public static void write(Estate estate, Path file) throws IOException {
    EstateWriter.forFile(file).write(estate, file);
  }
}

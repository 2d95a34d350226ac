package io.github.accountgovernance.benchmarks;

import io.github.accountgovernance.core.io.EstateFormat;
import io.github.accountgovernance.core.io.EstateWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a named national estate ({@link Estates}) to a file, for the end-to-end workload: the command line's
 * {@code governance check} of that file, timed from outside (docs/benchmarks.md).
 *
 * <p>{@code NationalEstateFiles <estate name> <file.json|file.yaml>}.
 */
public final class NationalEstateFiles {

  private NationalEstateFiles() {}

  /**
   * Generates the estate and writes it in the format its file name says.
   *
   * @param args the estate's name and the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: NationalEstateFiles <estate name> <file.json|file.yaml>");
    }
    Path file = Path.of(args[1]);
    EstateFormat format =
        args[1].toLowerCase(Locale.ROOT).endsWith(".json") ? EstateFormat.JSON : EstateFormat.YAML;
    Files.write(file, EstateWriter.of(format).toBytes(Estates.named(args[0])));
  }
}

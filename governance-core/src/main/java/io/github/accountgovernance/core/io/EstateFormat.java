package io.github.accountgovernance.core.io;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two syntaxes an estate file can be written in; the fields are the same in both (see
 * {@code docs/estate-format.md}).
 *
 * <pre>{@code
 * EstateFormat format = EstateFormat.of(Path.of("estate.yml")); // YAML
 * }</pre>
 */
public enum EstateFormat {
  /** YAML, in files named {@code .yaml} or {@code .yml}: the readable form for people. */
  YAML(List.of("yaml", "yml")),
  /** JSON, in files named {@code .json}: the form for other programs. */
  JSON(List.of("json"));

  private final List<String> extensions;

  EstateFormat(List<String> extensions) {
    this.extensions = extensions;
  }

  /**
   * Returns the file name extensions of the format, without the dot, the usual one first.
   *
   * @return for example {@code [yaml, yml]}
   */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * Finds the format of a file name from its extension, case-insensitively.
   *
   * @param fileName a file name such as {@code "estate.yaml"}
   * @return the format, or empty if the extension is not one of {@code .yaml}, {@code .yml}, {@code .json}
   * @throws NullPointerException if {@code fileName} is null
   */
  public static Optional<EstateFormat> forFileName(String fileName) {
    requireNonNull(fileName, "fileName");
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (EstateFormat format : values()) {
      if (format.extensions.contains(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the format of a file from its extension.
   *
   * @param file the file
   * @return the format
   * @throws NullPointerException if {@code file} is null
   * @throws IllegalArgumentException if the extension is not one of {@code .yaml}, {@code .yml}, {@code .json}
   */
  public static EstateFormat of(Path file) {
    requireNonNull(file, "file");
    Path name = file.getFileName();
    return forFileName(name == null ? "" : name.toString())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cannot tell the format of \"" + file + "\" from its name: name it .yaml, .yml or .json,"
                        + " or choose the format with EstateReader.yaml() or EstateReader.json()"));
  }
}

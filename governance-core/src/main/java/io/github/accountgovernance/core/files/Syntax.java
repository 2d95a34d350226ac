package io.github.accountgovernance.core.files;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The two syntaxes the library's files are read and written in.
 *
 * <pre>{@code
 * Syntax syntax = Syntax.forFile("waivers.json"); // JSON
 * }</pre>
 */
public enum Syntax {
  /** YAML 1.1, as SnakeYAML reads it. */
  YAML,
  /** JSON. */
  JSON;

  /**
   * Returns the syntax a file name implies: JSON for {@code .json} (any case), YAML otherwise.
   *
   * @param fileName the file name
   * @return the syntax
   * @throws NullPointerException if {@code fileName} is null
   */
  public static Syntax forFile(String fileName) {
    return requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
  }

  /** Names what one file of this syntax holds, for "the file goes on after the first … ends". */
  String document() {
    return this == JSON ? "JSON value" : "YAML document";
  }
}

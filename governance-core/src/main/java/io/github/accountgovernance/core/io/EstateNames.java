package io.github.accountgovernance.core.io;

import io.github.accountgovernance.core.files.FileKind;
import java.util.List;
import java.util.Locale;

/** The words of the estate file format: the version, and how enums and 24/7 are spelt. */
final class EstateNames {

  /** The value of the top-level {@code schema} field that this version of the library reads and writes. */
  static final String FORMAT = "account-governance/estate@1";

  /**
   * The top-level fields of an overlay, which applies closure plans to an estate read from another file (the
   * file kind may also be given under its old name, {@code format}).
   */
  static final List<String> OVERLAY_TOP = List.of(FileKind.KEY, "closurePlans");

  /** The top-level field that names the files parts of the estate are read from. */
  static final String SOURCES = "sources";

  /** How declared 24/7 monitoring is written. */
  static final String ALWAYS = "24/7";

  private EstateNames() {}

  /** Returns an enum constant as written in files: lower case with dashes, as in {@code force-wide}. */
  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

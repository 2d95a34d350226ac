package io.github.accountgovernance.core.model;

import java.util.regex.Pattern;

/** Structural checks shared by the value types; messages quote the bad value. */
final class Identifiers {

  /** Ids are short keys used for references inside an estate file. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  static final int MAX_TEXT = 10_000;

  private Identifiers() {}

  static void requireId(String what, String value) {
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what + " must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit,"
              + " but was \"" + value + "\"");
    }
  }

  static void requireNotBlank(String what, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, but was \"" + value + "\"");
    }
  }

  static void requireShortText(String what, String value) {
    if (value.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          what + " has at most " + MAX_TEXT + " characters, but has " + value.length());
    }
  }
}

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

  /**
   * Text that conventions put into handles (district handle tokens, functions): spaces are dropped there, and
   * nothing else that a handle cannot hold may be in it.
   */
  static void requireHandleMaterial(String what, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || (Character.isWhitespace(c) && c != ' ')) {
        throw new IllegalArgumentException(
            what + " must not contain control characters or white space other than spaces, but has U+"
                + String.format("%04X", (int) c) + " at " + i + ": \"" + value + "\"");
      }
    }
  }

  static void requireShortText(String what, String value) {
    if (value.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          what + " has at most " + MAX_TEXT + " characters, but has " + value.length());
    }
  }
}

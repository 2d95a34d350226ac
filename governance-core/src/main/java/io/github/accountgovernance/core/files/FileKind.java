package io.github.accountgovernance.core.files;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The one key that says what kind of file a file is, and which version of its format: {@code schema}, as in
 * {@code schema: account-governance/waivers@1}. Every file the library reads and writes carries it (estates,
 * packs, waivers, baselines, JSON reports); {@code format}, which estate files used to carry, is read as another
 * name for it, and writers write {@code schema}.
 *
 * <p>{@link ObjectFields} applies this by itself: where {@code schema} is a known field, {@code format} is known
 * too, {@link ObjectFields#value} of {@code schema} finds a {@code format}, and giving both is a problem. A reader
 * that walks a file's top itself (the estate reader) uses {@link #isKey}, {@link #check} and
 * {@link #givenTwice}.
 *
 * <pre>{@code
 * fields.schema("account-governance/waivers@1", false); // reports "this reader reads schema ..., not ..."
 * }</pre>
 *
 * <p>Thread-safe: stateless.
 */
public final class FileKind {

  /** The key writers write and readers read. */
  public static final String KEY = "schema";

  /** The other name readers accept for {@link #KEY}, as estate files before version 0.2 wrote it. */
  public static final String ALIAS = "format";

  private FileKind() {}

  /**
   * Tells whether a field name is the file-kind key or its alias.
   *
   * @param name a field name
   * @return whether it is {@code schema} or {@code format}
   */
  public static boolean isKey(String name) {
    return KEY.equals(name) || ALIAS.equals(name);
  }

  /**
   * Checks a file-kind value.
   *
   * @param value the value as read
   * @param expected the value this reader reads, such as {@code "account-governance/estate@1"}
   * @param hint added to the message after "; " when the value is another, such as "check that the file is an
   *     estate file"; may be empty
   * @return the problem, or empty if the value is {@code expected}
   * @throws NullPointerException if an argument is null
   */
  public static Optional<String> check(LocatedNode value, String expected, String hint) {
    requireNonNull(value, "value");
    requireNonNull(expected, "expected");
    requireNonNull(hint, "hint");
    boolean text = value.isText() || value.isNumber();
    if (text && value.text().strip().equals(expected)) {
      return Optional.empty();
    }
    return Optional.of("this reader reads schema \"" + expected + "\", not "
        + (text ? "\"" + value.text() + "\"" : value.describe()) + (hint.isEmpty() ? "" : "; " + hint));
  }

  /**
   * Returns the problem of a file that gives both keys.
   *
   * @return the message, said of the second of the two
   */
  public static String givenTwice() {
    return "\"" + KEY + "\" and \"" + ALIAS + "\" are two names for the same field, and this file gives both; keep"
        + " one (" + KEY + ")";
  }
}

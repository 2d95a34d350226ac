package io.github.accountgovernance.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A handle on a platform, such as {@code @NYP_York} on X. Two handles are equal when the platform would treat
 * them as the same name (see {@link Platform#equivalenceKey(String)}): {@code @nyp_york} equals
 * {@code @NYP_York}, and on Facebook {@code nyp.york} equals {@code nypyork}. The text as written is kept in
 * {@link #value()}.
 *
 * <p>Construction checks only structure (not blank, no white space, at most {@value #MAX_LENGTH} characters):
 * whether the platform would accept the handle is a rule (NAM-1), so that an estate can record a bad handle and
 * have it reported. Immutable and thread-safe.
 *
 * <pre>{@code
 * Handle york = Handle.of(Platform.X, "@NYP_York");
 * york.value();                                          // "NYP_York"
 * york.equals(Handle.of(Platform.X, "nyp_york"));        // true
 * }</pre>
 */
public final class Handle implements Comparable<Handle> {

  /** The longest handle text accepted, far above any platform's own limit. */
  public static final int MAX_LENGTH = 100;

  private final Platform platform;
  private final String value;
  private final String key;
  /**
   * {@link #display()}, made when first asked (reports ask for it for every subject of every rule); a race makes
   * it twice, equal, as {@code String}'s hash is.
   */
  private String display;

  private Handle(Platform platform, String value) {
    this.platform = platform;
    this.value = value;
    this.key = platform.equivalenceKey(value);
  }

  /**
   * Returns the handle; one leading {@code @} is dropped.
   *
   * @param platform the platform the handle lives on
   * @param value the handle text, with or without a leading {@code @}
   * @return the handle
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is blank, contains white space or is longer than
   *     {@value #MAX_LENGTH} characters
   */
  public static Handle of(Platform platform, String value) {
    requireNonNull(platform, "platform");
    return new Handle(platform, requireWellFormed(value));
  }

  /**
   * Checks the structure {@link #of(Platform, String)} checks, without a platform.
   *
   * @param value the handle text, with or without a leading {@code @}
   * @return the text without its leading {@code @}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException as {@link #of(Platform, String)} does
   */
  static String requireWellFormed(String value) {
    requireNonNull(value, "value");
    String text = value.startsWith("@") ? value.substring(1) : value;
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a handle must not be blank, but got \"" + value + "\"");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a handle has at most " + MAX_LENGTH + " characters, but got " + text.length() + ": \""
              + text.substring(0, 20) + "…\"");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            "a handle must not contain white space or control characters, but got \"" + value + "\"");
      }
    }
    return text;
  }

  /**
   * Returns the platform.
   *
   * @return the platform
   */
  public Platform platform() {
    return platform;
  }

  /**
   * Returns the handle as written, without the leading {@code @}.
   *
   * @return the handle text
   */
  public String value() {
    return value;
  }

  /**
   * Returns the key under which the platform compares handles.
   *
   * @return the equivalence key
   */
  public String equivalenceKey() {
    return key;
  }

  /**
   * Tells whether the platform accepts the handle's syntax (NAM-1 evaluates this).
   *
   * @return true if the handle is syntactically valid on its platform
   */
  public boolean isValidOnPlatform() {
    return platform.accepts(value);
  }

  /**
   * Returns the name used for the account in reports: {@code @NYP_York} on X, and the platform's name in
   * front elsewhere, as in {@code facebook:@NYPYork}; the {@code @} is the platform's
   * {@linkplain Platform#mentionPrefix() mention prefix}, so a LinkedIn page shows as
   * {@code linkedin:north-yorkshire-police}.
   *
   * @return the display form
   */
  public String display() {
    String shown = display;
    if (shown == null) {
      String mention = platform.mentionPrefix() + value;
      shown = platform == Platform.X ? mention : platform.fileName() + ":" + mention;
      display = shown;
    }
    return shown;
  }

  @Override
  public int compareTo(Handle other) {
    int byPlatform = platform.compareTo(other.platform);
    if (byPlatform != 0) {
      return byPlatform;
    }
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Handle
        && ((Handle) other).platform.equals(platform)
        && ((Handle) other).key.equals(key);
  }

  @Override
  public int hashCode() {
    return platform.hashCode() * 31 + key.hashCode();
  }

  /** Returns {@link #display()}. */
  @Override
  public String toString() {
    return display();
  }
}

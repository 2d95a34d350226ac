package io.github.accountgovernance.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A social-media platform, with its own handle syntax and its own notion of when two handles are the same.
 *
 * <p>Every platform compares handles case-insensitively; Facebook also ignores dots, so {@code nyp.york} and
 * {@code NYPYork} are one page name there. {@link Handle} uses {@link #equivalenceKey(String)} for equality.
 */
public enum Platform {
  /** X, formerly Twitter: 1 to 15 of {@code [A-Za-z0-9_]}. */
  X("X", "1 to 15 letters, digits or underscores", Pattern.compile("[A-Za-z0-9_]{1,15}"), false),
  /** Instagram: up to 30 of {@code [A-Za-z0-9._]}, with no leading, trailing or doubled dot. */
  INSTAGRAM(
      "Instagram",
      "up to 30 letters, digits, dots or underscores, with no leading, trailing or doubled dot",
      Pattern.compile("(?!\\.)(?!.*\\.\\.)(?!.*\\.$)[A-Za-z0-9._]{1,30}"),
      false),
  /** Facebook: at least 5 of {@code [A-Za-z0-9.]}; dots do not count when comparing names. */
  FACEBOOK("Facebook", "at least 5 letters, digits or dots", Pattern.compile("[A-Za-z0-9.]{5,}"), true);

  private final String displayName;
  private final String syntaxDescription;
  private final Pattern syntax;
  private final boolean ignoresDots;

  Platform(String displayName, String syntaxDescription, Pattern syntax, boolean ignoresDots) {
    this.displayName = displayName;
    this.syntaxDescription = syntaxDescription;
    this.syntax = syntax;
    this.ignoresDots = ignoresDots;
  }

  /**
   * Returns the platform's name as people write it.
   *
   * @return for example {@code "Instagram"}
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Describes the platform's handle syntax in words, for messages.
   *
   * @return for example {@code "1 to 15 letters, digits or underscores"}
   */
  public String syntaxDescription() {
    return syntaxDescription;
  }

  /**
   * Tells whether the handle (without a leading {@code @}) is one the platform accepts.
   *
   * @param handle the handle text
   * @return true if it matches the platform's syntax
   */
  public boolean accepts(String handle) {
    return syntax.matcher(requireNonNull(handle, "handle")).matches();
  }

  /**
   * Returns the key under which the platform considers handles the same: lower case, and for Facebook without
   * dots.
   *
   * @param handle the handle text
   * @return the equivalence key
   */
  public String equivalenceKey(String handle) {
    String lower = requireNonNull(handle, "handle").toLowerCase(Locale.ROOT);
    return ignoresDots ? lower.replace(".", "") : lower;
  }

  /**
   * Finds a platform by its name, case-insensitively; {@code "twitter"} is accepted for {@link #X}.
   *
   * @param name a platform name such as {@code "x"}, {@code "Instagram"}
   * @return the platform, or empty if the name is unknown
   */
  public static Optional<Platform> named(String name) {
    requireNonNull(name, "name");
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    if (wanted.equals("twitter")) {
      return Optional.of(X);
    }
    for (Platform platform : values()) {
      if (platform.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(platform);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the name used in estate files: {@code x}, {@code instagram}, {@code facebook}.
   *
   * @return the lower-case name
   */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

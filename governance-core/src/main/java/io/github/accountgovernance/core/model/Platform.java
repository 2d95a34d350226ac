package io.github.accountgovernance.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * A social-media platform, with its own handle syntax, its own notion of when two handles are the same, and the
 * way a post mentions a handle there.
 *
 * <p>Nine platforms are built in ({@link #builtIns()}), each with the handle rule its owner publishes (the source
 * is named on each constant; where a platform publishes no rule the choice made is said there too). Every built-in
 * platform compares handles case-insensitively; Facebook also ignores dots, so {@code nyp.york} and {@code NYPYork}
 * are one page name there. {@link Handle} uses {@link #equivalenceKey(String)} for equality.
 *
 * <p>A platform the library does not know is declared as data ({@link #declared(String)}; in an estate file, its
 * {@code platforms:} list): its name, a handle pattern, whether case matters, the characters ignored when comparing
 * and the mention prefix. A declared pattern is compiled with RE2/J, whose matching takes time linear in the handle
 * whatever the pattern (no back-references or look-around: RE2 syntax), and is at most
 * {@value #MAX_PATTERN_LENGTH} characters long; so a pattern from an untrusted estate file cannot hang a check.
 *
 * <pre>{@code
 * Platform.TIKTOK.accepts("nyorkspolice");                 // true
 * Platform.BLUESKY.accepts("nyorkspolice.bsky.social");    // true
 * Platform pixelfed = Platform.declared("pixelfed")
 *     .displayName("Pixelfed")
 *     .handlePattern("[A-Za-z0-9_]{1,30}")
 *     .build();
 * Handle.of(pixelfed, "@NYP_York").equals(Handle.of(pixelfed, "nyp_york")); // true: case is ignored by default
 * }</pre>
 *
 * <p>Immutable and thread-safe. Built-in platforms are singletons; declared ones are equal when every part of
 * their declaration is. Platforms sort built-ins first, in the order of {@link #builtIns()}, then declared ones by
 * name.
 */
public final class Platform implements Comparable<Platform> {

  /** The longest handle pattern a declared platform may have. */
  public static final int MAX_PATTERN_LENGTH = 200;

  /** The most characters a declared platform may ignore when comparing handles. */
  public static final int MAX_IGNORED_CHARACTERS = 10;

  /** The longest mention prefix a declared platform may have. */
  public static final int MAX_MENTION_PREFIX_LENGTH = 3;

  private static final Pattern DECLARED_NAME = Pattern.compile("[a-z][a-z0-9-]{0,29}");

  private static final IntPredicate ASCII_ALPHANUMERIC =
      c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

  /**
   * X, formerly Twitter: 1 to 15 of {@code [A-Za-z0-9_]}, mentioned as {@code @handle}, case-insensitive. Source:
   * X Help Center, username rules (help.x.com/en/managing-your-account/x-username-rules): at most 15 characters,
   * letters A-Z, digits 0-9 and underscores only; the rule NAM-1 has applied since the first release.
   */
  public static final Platform X =
      builtIn(0, "x", "X", "1 to 15 letters, digits or underscores", "[A-Za-z0-9_]{1,15}", "", c -> c == '_');

  /**
   * Instagram: up to 30 of {@code [A-Za-z0-9._]}, with no leading, trailing or doubled dot, case-insensitive.
   * Source: Instagram Help Center (help.instagram.com, changing your username): at most 30 characters of letters,
   * numbers, periods and underscores. The dot placement rule is the one NAM-1 has applied since the first release
   * (DOMAIN.md); Instagram's sign-up form enforces it but the help page does not state it.
   */
  public static final Platform INSTAGRAM =
      builtIn(
          1,
          "instagram",
          "Instagram",
          "up to 30 letters, digits, dots or underscores, with no leading, trailing or doubled dot",
          "(?!\\.)(?!.*\\.\\.)(?!.*\\.$)[A-Za-z0-9._]{1,30}",
          "",
          c -> c == '_' || c == '.');

  /**
   * Facebook page usernames: at least 5 of {@code [A-Za-z0-9.]}; case and dots do not count when comparing names.
   * Source: Facebook Help Centre, username guidelines for Pages: letters A-Z, digits 0-9 and periods, at least 5
   * characters; periods and capitals do not make a username different. The rule NAM-1 and NAM-3 have applied
   * since the first release.
   */
  public static final Platform FACEBOOK =
      builtIn(2, "facebook", "Facebook", "at least 5 letters, digits or dots", "[A-Za-z0-9.]{5,}", ".", c -> c == '.');

  /**
   * TikTok: 2 to 24 of {@code [A-Za-z0-9_.]}, not ending with a dot. Source: TikTok Help Center, "Changing your
   * username" (support.tiktok.com/en/getting-started/setting-up-your-profile/changing-your-username): "Usernames
   * can only contain letters, numbers, underscores, and periods. However, periods can't be put at the end of the
   * username." The 2-to-24 length is not on that page: it is the limit the username field enforces, as widely
   * reported and as DOMAIN.md gives it. Case-insensitive (TikTok shows and resolves usernames in lower case).
   */
  public static final Platform TIKTOK =
      builtIn(
          3,
          "tiktok",
          "TikTok",
          "2 to 24 letters, digits, underscores or dots, not ending with a dot",
          "(?!.*\\.$)[A-Za-z0-9_.]{2,24}",
          "",
          c -> c == '_' || c == '.');

  /**
   * YouTube handles: 3 to 30 of letters, digits, {@code _}, {@code -} and {@code .}, mentioned as {@code @handle},
   * case-insensitive. Source: YouTube Help, handle guidelines (support.google.com/youtube/answer/11585688): 3-30
   * characters of letters and numbers, underscores, hyphens and periods, unique whatever their case. Not checked
   * here: YouTube's further rule that a handle must not look like a URL or a phone number. Since 2024 YouTube also
   * allows the letters of 75 languages; this library accepts ASCII letters and digits only (what English and Welsh
   * forces use), so a handle in another script is reported by NAM-1 for a person to confirm; declare a platform of
   * your own otherwise.
   */
  public static final Platform YOUTUBE =
      builtIn(
          4,
          "youtube",
          "YouTube",
          "3 to 30 letters, digits, underscores, hyphens or dots",
          "[A-Za-z0-9_.-]{3,30}",
          "",
          c -> c == '_' || c == '.' || c == '-');

  /**
   * Threads: the account's Instagram username, so Instagram's syntax and equivalence. Source: Threads Help Center
   * (a Threads profile is created from, and keeps, its Instagram username). A separate platform, because a force may hold the name
   * on one and not the other, and NAM-3 and NAM-4 compare handles within a platform.
   */
  public static final Platform THREADS =
      builtIn(
          5,
          "threads",
          "Threads",
          INSTAGRAM.syntaxDescription,
          INSTAGRAM.syntax.pattern(),
          "",
          c -> c == '_' || c == '.');

  /**
   * Bluesky: a domain name, such as {@code nyorkspolice.bsky.social} or the force's own domain. Source: AT
   * Protocol specification, "Handle" (atproto.com/specs/handle): ASCII only; at least two labels separated by
   * dots, no leading or trailing dot; each label 1 to 63 of {@code [A-Za-z0-9-]}, not starting or ending with a
   * hyphen; the last label does not start with a digit; at most 253 characters; handles are case-insensitive.
   * This library caps every handle at {@value Handle#MAX_LENGTH} characters, so longer Bluesky handles cannot be
   * recorded (none is known in use by a force).
   */
  public static final Platform BLUESKY =
      builtIn(
          6,
          "bluesky",
          "Bluesky",
          "a domain name such as nyorkspolice.bsky.social: labels of letters, digits or hyphens separated by dots",
          "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?",
          "",
          c -> c == '.' || c == '-');

  /**
   * LinkedIn company pages: the page's public URL slug, as in {@code linkedin.com/company/north-yorkshire-police}:
   * 2 to 100 of {@code [A-Za-z0-9-]}, case-insensitive. LinkedIn publishes no rule for page URLs; the rule it
   * publishes for a member's public profile URL (LinkedIn Help, "Manage your public profile URL", answer 87: 3-100
   * characters, no spaces, symbols or special characters; case-insensitive) is what is chosen here, with hyphens,
   * which page URLs use between words, and a lower bound of 2. Pages are not mentioned by an {@code @handle} in
   * text: a post names the page's address, so a mention is the slug standing as a word of its own.
   */
  public static final Platform LINKEDIN =
      builtIn(
          7,
          "linkedin",
          "LinkedIn",
          "2 to 100 letters, digits or hyphens (the page's public URL, after linkedin.com/company/)",
          "[A-Za-z0-9-]{2,100}",
          "",
          c -> c == '-',
          "");

  /**
   * Nextdoor agency pages: the page's address slug, as in {@code nextdoor.co.uk/agency/north-yorkshire-police}.
   * Nextdoor publishes no rule for agency page names; chosen here: 2 to 100 of {@code [A-Za-z0-9-]}, not starting or
   * ending with a hyphen, case-insensitive. Agencies are not mentioned by an {@code @handle}: a mention is the slug
   * standing as a word of its own (usually in the page's address).
   */
  public static final Platform NEXTDOOR =
      builtIn(
          8,
          "nextdoor",
          "Nextdoor",
          "2 to 100 letters, digits or hyphens, not starting or ending with a hyphen (the agency page's address)",
          "[A-Za-z0-9](?:[A-Za-z0-9-]{0,98})[A-Za-z0-9]",
          "",
          c -> c == '-',
          "");

  private static final List<Platform> BUILT_INS =
      List.of(X, INSTAGRAM, FACEBOOK, TIKTOK, YOUTUBE, THREADS, BLUESKY, LINKEDIN, NEXTDOOR);

  private static final Comparator<Platform> DECLARED_ORDER =
      Comparator.comparing((Platform p) -> p.name)
          .thenComparing(p -> p.displayName)
          .thenComparing(p -> p.patternText)
          .thenComparing(p -> p.syntaxDescription)
          .thenComparing(p -> p.caseSensitive)
          .thenComparing(p -> p.ignoredCharacters)
          .thenComparing(p -> p.mentionPrefix);

  private final int builtInOrder;
  private final String name;
  private final String displayName;
  private final String syntaxDescription;
  private final String patternText;
  private final Pattern syntax;
  private final com.google.re2j.Pattern declaredSyntax;
  private final boolean caseSensitive;
  private final String ignoredCharacters;
  private final String mentionPrefix;
  private final IntPredicate extraHandleCharacters;

  private Platform(
      int builtInOrder,
      String name,
      String displayName,
      String syntaxDescription,
      String patternText,
      boolean caseSensitive,
      String ignoredCharacters,
      String mentionPrefix,
      IntPredicate extraHandleCharacters) {
    this.builtInOrder = builtInOrder;
    this.name = name;
    this.displayName = displayName;
    this.syntaxDescription = syntaxDescription;
    this.patternText = patternText;
    // Built-in patterns are the library's own, fixed and reviewed, and may use look-ahead; declared ones run on
    // RE2/J, which has none, so that no pattern in a file can make matching slower than linear.
    this.syntax = builtInOrder >= 0 ? Pattern.compile(patternText) : null;
    this.declaredSyntax = builtInOrder >= 0 ? null : com.google.re2j.Pattern.compile(patternText);
    this.caseSensitive = caseSensitive;
    this.ignoredCharacters = ignoredCharacters;
    this.mentionPrefix = mentionPrefix;
    this.extraHandleCharacters = extraHandleCharacters;
  }

  private static Platform builtIn(
      int order, String name, String displayName, String description, String pattern, String ignored,
      IntPredicate extra) {
    return builtIn(order, name, displayName, description, pattern, ignored, extra, "@");
  }

  private static Platform builtIn(
      int order, String name, String displayName, String description, String pattern, String ignored,
      IntPredicate extra, String mentionPrefix) {
    return new Platform(order, name, displayName, description, pattern, false, ignored, mentionPrefix, extra);
  }

  /**
   * Returns the built-in platforms, in their order: X, Instagram, Facebook, TikTok, YouTube, Threads, Bluesky,
   * LinkedIn, Nextdoor.
   *
   * @return the nine built-in platforms
   */
  public static List<Platform> builtIns() {
    return BUILT_INS;
  }

  /**
   * Starts the declaration of a platform the library does not know.
   *
   * @param name the name estate files use for it: 1 to 30 of lower-case letters, digits and hyphens, starting with
   *     a letter, and not the name of a built-in platform (nor {@code twitter})
   * @return a builder
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is not such a name
   */
  public static Builder declared(String name) {
    return new Builder(checkDeclaredName(name));
  }

  /**
   * Checks a name for a declared platform, as {@link #declared(String)} does.
   *
   * @param name the name
   * @return the name
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is not a valid name for a declared platform
   */
  static String checkDeclaredName(String name) {
    requireNonNull(name, "name");
    if (named(name).isPresent()) {
      throw new IllegalArgumentException(
          "\"" + name + "\" is a built-in platform, which needs no declaration; use another name or remove the"
              + " declaration");
    }
    if (!DECLARED_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a platform's name is 1 to 30 lower-case letters, digits or hyphens, starting with a letter, such as"
              + " \"pixelfed\", but got \"" + name + "\"");
    }
    return name;
  }

  /**
   * Tells whether the platform is one of the {@linkplain #builtIns() built-in} ones.
   *
   * @return false for a declared platform
   */
  public boolean isBuiltIn() {
    return builtInOrder >= 0;
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
   * Returns the regular expression a whole handle (without its mention prefix) must match: Java syntax for a
   * built-in platform, RE2 syntax for a declared one.
   *
   * @return the pattern
   */
  public String handlePattern() {
    return patternText;
  }

  /**
   * Tells whether the platform tells handles apart by case; no built-in platform does.
   *
   * @return true if {@code NYP_York} and {@code nyp_york} are different handles
   */
  public boolean isCaseSensitive() {
    return caseSensitive;
  }

  /**
   * Returns the characters the platform ignores when comparing handles: {@code "."} on Facebook, none elsewhere
   * among the built-in platforms.
   *
   * @return the characters, possibly empty
   */
  public String ignoredCharacters() {
    return ignoredCharacters;
  }

  /**
   * Returns what a post writes before a handle to mention it: {@code "@"} on most platforms; empty where a handle
   * is mentioned by writing it as a word of its own (LinkedIn and Nextdoor pages, named by their address).
   *
   * @return the prefix, possibly empty
   */
  public String mentionPrefix() {
    return mentionPrefix;
  }

  /**
   * Tells whether the handle (without a leading {@code @}) is one the platform accepts. Text longer than
   * {@value Handle#MAX_LENGTH} characters is accepted nowhere.
   *
   * @param handle the handle text
   * @return true if it matches the platform's syntax
   * @throws NullPointerException if {@code handle} is null
   */
  public boolean accepts(String handle) {
    requireNonNull(handle, "handle");
    if (handle.length() > Handle.MAX_LENGTH) {
      // No handle is longer (Handle refuses it), and a bound keeps matching cheap on long runs of post text.
      return false;
    }
    return syntax != null ? syntax.matcher(handle).matches() : declaredSyntax.matches(handle);
  }

  /**
   * Tells whether a character can be part of a handle in a post, where {@code Mentions} looks for the end of a
   * mention: ASCII letters and digits, and the platform's own punctuation (on X {@code _}; on Instagram and
   * Threads {@code _} and {@code .}; …). On a declared platform: letters, digits, {@code _}, {@code -}, {@code .}
   * and the characters it ignores.
   *
   * @param c the character
   * @return true if it continues a handle
   */
  public boolean isHandleCharacter(int c) {
    return ASCII_ALPHANUMERIC.test(c) || extraHandleCharacters.test(c);
  }

  /**
   * Returns the key under which the platform considers handles the same: lower case unless the platform is
   * case-sensitive, without the characters it ignores (the dots, on Facebook).
   *
   * @param handle the handle text
   * @return the equivalence key
   * @throws NullPointerException if {@code handle} is null
   */
  public String equivalenceKey(String handle) {
    String text = requireNonNull(handle, "handle");
    if (!caseSensitive) {
      text = text.toLowerCase(Locale.ROOT);
    }
    if (ignoredCharacters.isEmpty()) {
      return text;
    }
    StringBuilder key = new StringBuilder(text.length());
    text.codePoints().filter(c -> ignoredCharacters.indexOf(c) < 0).forEach(key::appendCodePoint);
    return key.toString();
  }

  /**
   * Finds a built-in platform by its name, case-insensitively; {@code "twitter"} is accepted for {@link #X}.
   * Declared platforms are found in their estate.
   *
   * @param name a platform name such as {@code "x"}, {@code "Instagram"}, {@code "tiktok"}
   * @return the platform, or empty if the name is unknown
   * @throws NullPointerException if {@code name} is null
   */
  public static Optional<Platform> named(String name) {
    requireNonNull(name, "name");
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    if (wanted.equals("twitter")) {
      return Optional.of(X);
    }
    for (Platform platform : BUILT_INS) {
      if (platform.name.equals(wanted)) {
        return Optional.of(platform);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the name used in estate files: {@code x}, {@code instagram}, {@code facebook}, … or a declared
   * platform's own name.
   *
   * @return the lower-case name
   */
  public String fileName() {
    return name;
  }

  /**
   * Orders built-in platforms first, in their order, then declared ones by name (and by the rest of their
   * declaration, so that the order agrees with {@link #equals}).
   */
  @Override
  public int compareTo(Platform other) {
    if (isBuiltIn() || other.isBuiltIn()) {
      int left = isBuiltIn() ? builtInOrder : Integer.MAX_VALUE;
      int right = other.isBuiltIn() ? other.builtInOrder : Integer.MAX_VALUE;
      return Integer.compare(left, right);
    }
    return DECLARED_ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Platform that) || isBuiltIn() || that.isBuiltIn()) {
      return false;
    }
    return name.equals(that.name)
        && displayName.equals(that.displayName)
        && patternText.equals(that.patternText)
        && syntaxDescription.equals(that.syntaxDescription)
        && caseSensitive == that.caseSensitive
        && ignoredCharacters.equals(that.ignoredCharacters)
        && mentionPrefix.equals(that.mentionPrefix);
  }

  @Override
  public int hashCode() {
    return isBuiltIn() ? builtInOrder : Objects.hash(name, patternText, caseSensitive, ignoredCharacters);
  }

  /** Returns the {@linkplain #displayName() display name}. */
  @Override
  public String toString() {
    return displayName;
  }

  /**
   * Declares a platform; {@link #build()} checks the declaration. Not thread-safe; {@code build()} copies its
   * state, so a builder can be reused.
   *
   * <pre>{@code
   * Platform.declared("pixelfed").displayName("Pixelfed").handlePattern("[A-Za-z0-9_]{1,30}").build();
   * }</pre>
   */
  public static final class Builder {
    private final String name;
    private String displayName;
    private String handlePattern;
    private String syntaxDescription;
    private boolean caseSensitive;
    private String ignoredCharacters = "";
    private String mentionPrefix = "@";

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Sets the name people write; by default the platform's file name.
     *
     * @param displayName for example {@code "Pixelfed"}
     * @return this builder
     * @throws NullPointerException if {@code displayName} is null
     */
    public Builder displayName(String displayName) {
      this.displayName = requireNonNull(displayName, "displayName");
      return this;
    }

    /**
     * Sets the pattern a whole handle (without its mention prefix) must match: RE2 syntax (as Java's, without
     * back-references or look-around), at most {@value Platform#MAX_PATTERN_LENGTH} characters. Required.
     *
     * @param handlePattern for example {@code "[A-Za-z0-9_]{1,30}"}
     * @return this builder
     * @throws NullPointerException if {@code handlePattern} is null
     */
    public Builder handlePattern(String handlePattern) {
      this.handlePattern = requireNonNull(handlePattern, "handlePattern");
      return this;
    }

    /**
     * Sets the words messages use for the handle syntax; by default "handles matching" and the pattern.
     *
     * @param syntaxDescription for example {@code "1 to 30 letters, digits or underscores"}
     * @return this builder
     * @throws NullPointerException if {@code syntaxDescription} is null
     */
    public Builder syntaxDescription(String syntaxDescription) {
      this.syntaxDescription = requireNonNull(syntaxDescription, "syntaxDescription");
      return this;
    }

    /**
     * Sets whether case tells handles apart; by default it does not.
     *
     * @param caseSensitive true if {@code NYP_York} and {@code nyp_york} are different handles
     * @return this builder
     */
    public Builder caseSensitive(boolean caseSensitive) {
      this.caseSensitive = caseSensitive;
      return this;
    }

    /**
     * Sets the characters ignored when comparing handles (as Facebook ignores dots); by default none. At most
     * {@value Platform#MAX_IGNORED_CHARACTERS}, none of them a letter, digit or white space.
     *
     * @param ignoredCharacters for example {@code "."}
     * @return this builder
     * @throws NullPointerException if {@code ignoredCharacters} is null
     */
    public Builder ignoredCharacters(String ignoredCharacters) {
      this.ignoredCharacters = requireNonNull(ignoredCharacters, "ignoredCharacters");
      return this;
    }

    /**
     * Sets what a post writes before a handle to mention it; by default {@code "@"}. Empty means a handle is
     * mentioned by writing it as a word of its own. At most {@value Platform#MAX_MENTION_PREFIX_LENGTH} characters, none
     * of them a letter, digit or white space.
     *
     * @param mentionPrefix for example {@code "@"}
     * @return this builder
     * @throws NullPointerException if {@code mentionPrefix} is null
     */
    public Builder mentionPrefix(String mentionPrefix) {
      this.mentionPrefix = requireNonNull(mentionPrefix, "mentionPrefix");
      return this;
    }

    /**
     * Returns the declared platform.
     *
     * @return the platform
     * @throws IllegalStateException if no handle pattern was set
     * @throws IllegalArgumentException if the pattern is too long or not a valid RE2 pattern, or the ignored
     *     characters or mention prefix are not as described above
     */
    public Platform build() {
      if (handlePattern == null) {
        throw new IllegalStateException("platform \"" + name + "\" needs a handle pattern");
      }
      checkPattern(handlePattern);
      checkPunctuation("ignoredCharacters", ignoredCharacters, MAX_IGNORED_CHARACTERS);
      checkPunctuation("mentionPrefix", mentionPrefix, MAX_MENTION_PREFIX_LENGTH);
      String ignored = ignoredCharacters;
      return new Platform(
          -1,
          name,
          displayName == null ? name : displayName,
          syntaxDescription == null ? "handles matching " + handlePattern : syntaxDescription,
          handlePattern,
          caseSensitive,
          ignored,
          mentionPrefix,
          c -> c == '_' || c == '-' || c == '.' || ignored.indexOf(c) >= 0);
    }
  }

  /**
   * Checks a declared handle pattern: bounded in length, and valid RE2 syntax.
   *
   * @param pattern the pattern
   * @throws IllegalArgumentException if it is too long, empty or invalid
   */
  static void checkPattern(String pattern) {
    if (pattern.isEmpty()) {
      throw new IllegalArgumentException("a handle pattern must not be empty");
    }
    if (pattern.length() > MAX_PATTERN_LENGTH) {
      throw new IllegalArgumentException(
          "a handle pattern has at most " + MAX_PATTERN_LENGTH + " characters, but this one has "
              + pattern.length());
    }
    try {
      com.google.re2j.Pattern.compile(pattern);
    } catch (com.google.re2j.PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "\"" + pattern + "\" is not a pattern this library can run: " + e.getDescription()
              + " (patterns use RE2 syntax, which has no back-references or look-around, so that matching stays"
              + " linear in the handle)");
    }
  }

  private static void checkPunctuation(String field, String text, int max) {
    if (text.codePointCount(0, text.length()) > max) {
      throw new IllegalArgumentException(field + " has at most " + max + " characters, but got \"" + text + "\"");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            field + " holds punctuation only (no letters, digits or white space), but got \"" + text + "\"");
      }
    }
  }
}

package io.github.accountgovernance.core.io;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.function.Function;

/**
 * Bounds on what an {@link EstateReader} accepts, so that an untrusted or corrupt file cannot exhaust memory
 * or time: the file's size, how deeply values nest, how long one text is, how many entries each list may
 * have, and how many problems are collected before reading stops. YAML aliases ({@code *name}) are refused
 * outright, so a "billion laughs" file cannot expand.
 *
 * <p>Every limit has a default generous enough for a national force's estate ({@link #defaults()}); a reader
 * that hits one reports a problem naming the limit and the builder method that raises it, or, for a program
 * that offers its own settings (a command line's options), what {@link Builder#raisedWith} says.
 *
 * <pre>{@code
 * ReadLimits big = ReadLimits.builder().maxFileBytes(256L << 20).maxRotaEntries(5_000_000).build();
 * Estate estate = EstateReader.yaml().withLimits(big).read(Path.of("national.yaml"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadLimits {

  private static final ReadLimits DEFAULTS = new Builder().build();

  private final long maxFileBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxAccounts;
  private final int maxContributors;
  private final int maxGrants;
  private final int maxRotaEntries;
  private final int maxAbsences;
  private final int maxPosts;
  private final int maxEntries;
  private final int maxProblems;
  private final Function<String, String> raisedWith;

  private ReadLimits(Builder builder) {
    this.maxFileBytes = builder.maxFileBytes;
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxAccounts = builder.maxAccounts;
    this.maxContributors = builder.maxContributors;
    this.maxGrants = builder.maxGrants;
    this.maxRotaEntries = builder.maxRotaEntries;
    this.maxAbsences = builder.maxAbsences;
    this.maxPosts = builder.maxPosts;
    this.maxEntries = builder.maxEntries;
    this.maxProblems = builder.maxProblems;
    this.raisedWith = builder.raisedWith;
  }

  /**
   * Returns the default limits: 64 MiB files, nesting 20 deep, texts of 100,000 characters, 100,000 accounts,
   * 1,000,000 contributors, 2,000,000 grants, 2,000,000 rota entries, 1,000,000 absences, 1,000,000 posts,
   * 100,000 entries in any other list or mapping, and 1,000 problems.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the largest file accepted, in bytes (characters, for text read from a {@link java.io.Reader}).
   *
   * @return the size limit
   */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * Returns how deeply lists and mappings may nest; an estate file needs five levels.
   *
   * @return the depth limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest text value accepted, in characters.
   *
   * @return the length limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns how many entries {@code accounts} may have.
   *
   * @return the limit
   */
  public int maxAccounts() {
    return maxAccounts;
  }

  /**
   * Returns how many entries {@code contributors} may have.
   *
   * @return the limit
   */
  public int maxContributors() {
    return maxContributors;
  }

  /**
   * Returns how many entries {@code grants} may have.
   *
   * @return the limit
   */
  public int maxGrants() {
    return maxGrants;
  }

  /**
   * Returns how many entries {@code rota} may have.
   *
   * @return the limit
   */
  public int maxRotaEntries() {
    return maxRotaEntries;
  }

  /**
   * Returns how many entries {@code absences} may have.
   *
   * @return the limit
   */
  public int maxAbsences() {
    return maxAbsences;
  }

  /**
   * Returns how many entries {@code posts} may have.
   *
   * @return the limit
   */
  public int maxPosts() {
    return maxPosts;
  }

  /**
   * Returns how many entries any other list or mapping may have (districts, closure plans, observed handles,
   * successors, monitored hours, the fields of one object).
   *
   * @return the limit
   */
  public int maxEntries() {
    return maxEntries;
  }

  /**
   * Returns how many problems are collected before reading stops.
   *
   * @return the limit
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Returns what a message about a limit adds after "the limit for untrusted files": the setting and how to raise
   * it.
   *
   * @param limit the limit's name, such as {@code "maxProblems"}
   * @return by default {@code " (ReadLimits.maxProblems); if the file is trusted, raise it with
   *     ReadLimits.builder().maxProblems(...)"}; with {@link Builder#raisedWith} set, {@code "; if the file is
   *     trusted, raise it with "} and what it says, such as {@code "--max-problems"}
   * @throws NullPointerException if {@code limit} is null
   */
  public String advice(String limit) {
    requireNonNull(limit, "limit");
    return raisedWith == null
        ? " (ReadLimits." + limit + "); if the file is trusted, raise it with ReadLimits.builder()." + limit + "(...)"
        : "; if the file is trusted, raise it with " + raisedWith.apply(limit);
  }

  /**
   * Tells whether two limits are the same; how messages say to raise them ({@link Builder#raisedWith}) is not
   * compared.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ReadLimits && ((ReadLimits) other).toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** Returns the limits, one {@code name=value} each. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ReadLimits{maxFileBytes=%d, maxNestingDepth=%d, maxStringLength=%d, maxAccounts=%d, maxContributors=%d,"
            + " maxGrants=%d, maxRotaEntries=%d, maxAbsences=%d, maxPosts=%d, maxEntries=%d, maxProblems=%d}",
        maxFileBytes, maxNestingDepth, maxStringLength, maxAccounts, maxContributors, maxGrants, maxRotaEntries,
        maxAbsences, maxPosts, maxEntries, maxProblems);
  }

  /**
   * Builds {@link ReadLimits}, starting from the defaults. Every setter throws {@link IllegalArgumentException}
   * for a value below 1.
   */
  public static final class Builder {

    private long maxFileBytes = 64L << 20;
    private int maxNestingDepth = 20;
    private int maxStringLength = 100_000;
    private int maxAccounts = 100_000;
    private int maxContributors = 1_000_000;
    private int maxGrants = 2_000_000;
    private int maxRotaEntries = 2_000_000;
    private int maxAbsences = 1_000_000;
    private int maxPosts = 1_000_000;
    private int maxEntries = 100_000;
    private int maxProblems = 1_000;
    private Function<String, String> raisedWith;

    private Builder() {}

    /**
     * Sets the largest file accepted.
     *
     * @param bytes the size limit in bytes
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is below 1 or above {@link Integer#MAX_VALUE} less 8
     *     (the largest array the reader can hold)
     */
    public Builder maxFileBytes(long bytes) {
      if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "maxFileBytes must be from 1 to " + (Integer.MAX_VALUE - 8) + ", but was " + bytes);
      }
      this.maxFileBytes = bytes;
      return this;
    }

    /**
     * Sets how deeply lists and mappings may nest.
     *
     * @param depth the depth limit; an estate file needs 5
     * @return this builder
     * @throws IllegalArgumentException if {@code depth} is below 1
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive("maxNestingDepth", depth);
      return this;
    }

    /**
     * Sets the longest text value accepted.
     *
     * @param characters the length limit
     * @return this builder
     * @throws IllegalArgumentException if {@code characters} is below 1
     */
    public Builder maxStringLength(int characters) {
      this.maxStringLength = positive("maxStringLength", characters);
      return this;
    }

    /**
     * Sets how many accounts a file may have.
     *
     * @param entries the limit
     * @return this builder
     * @throws IllegalArgumentException if {@code entries} is below 1
     */
    public Builder maxAccounts(int entries) {
      this.maxAccounts = positive("maxAccounts", entries);
      return this;
    }

    /**
     * Sets how many contributors a file may have.
     *
     * @param entries the limit
     * @return this builder
     * @throws IllegalArgumentException if {@code entries} is below 1
     */
    public Builder maxContributors(int entries) {
      this.maxContributors = positive("maxContributors", entries);
      return this;
    }

    /**
     * Sets how many access grants a file may have.
     *
     * @param entries the limit
     * @return this builder
     * @throws IllegalArgumentException if {@code entries} is below 1
     */
    public Builder maxGrants(int entries) {
      this.maxGrants = positive("maxGrants", entries);
      return this;
    }

    /**
     * Sets how many rota entries a file may have.
     *
     * @param entries the limit
     * @return this builder
     * @throws IllegalArgumentException if {@code entries} is below 1
     */
    public Builder maxRotaEntries(int entries) {
      this.maxRotaEntries = positive("maxRotaEntries", entries);
      return this;
    }

    /**
     * Sets how many absences a file may have.
     *
     * @param entries the limit
     * @return this builder
     * @throws IllegalArgumentException if {@code entries} is below 1
     */
    public Builder maxAbsences(int entries) {
      this.maxAbsences = positive("maxAbsences", entries);
      return this;
    }

    /**
     * Sets how many sampled posts a file may have.
     *
     * @param entries the limit
     * @return this builder
     * @throws IllegalArgumentException if {@code entries} is below 1
     */
    public Builder maxPosts(int entries) {
      this.maxPosts = positive("maxPosts", entries);
      return this;
    }

    /**
     * Sets how many entries any other list or mapping may have.
     *
     * @param entries the limit
     * @return this builder
     * @throws IllegalArgumentException if {@code entries} is below 1
     */
    public Builder maxEntries(int entries) {
      this.maxEntries = positive("maxEntries", entries);
      return this;
    }

    /**
     * Sets how many problems are collected before reading stops.
     *
     * @param problems the limit
     * @return this builder
     * @throws IllegalArgumentException if {@code problems} is below 1
     */
    public Builder maxProblems(int problems) {
      this.maxProblems = positive("maxProblems", problems);
      return this;
    }

    /**
     * Sets how messages tell the person who reads them to raise a limit, for programs with settings of their own:
     * a command line passes its options, so that its users read {@code "raise it with --max-problems"} rather than
     * a Java builder. By default messages name {@code ReadLimits.builder().maxProblems(...)}.
     *
     * <pre>{@code
     * ReadLimits.builder().raisedWith(limit -> switch (limit) {
     *   case "maxProblems" -> "--max-problems";
     *   default -> "--limit " + limit + "=...";
     * }).build();
     * }</pre>
     *
     * @param howToRaise given a limit's name (a method name of this builder, such as {@code "maxRotaEntries"}),
     *     returns what raises it, such as {@code "--max-rota-entries"}
     * @return this builder
     * @throws NullPointerException if {@code howToRaise} is null
     */
    public Builder raisedWith(Function<String, String> howToRaise) {
      this.raisedWith = requireNonNull(howToRaise, "howToRaise");
      return this;
    }

    /**
     * Returns the limits.
     *
     * @return the limits
     */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static int positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, but was " + value);
      }
      return value;
    }
  }
}

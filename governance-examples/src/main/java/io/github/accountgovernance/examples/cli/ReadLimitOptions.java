package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.core.io.ReadLimits;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The options that bound what an estate file may hold ({@code --max-file-size} and friends), for every command
 * that reads one. A picocli mixin.
 *
 * <p>The command line's defaults are sized for the largest realistic estate, every force of England and Wales in
 * one file: 50,000 accounts, 2 million rota entries, 2.5 million absences, 1 GiB of file. A file over a limit is
 * still refused before it costs memory or time (its size before it is read, its lists as they are read), and the
 * message names the option that raises the limit.
 */
final class ReadLimitOptions {

  /** The command line's defaults: {@link ReadLimits#defaults()} raised to a national estate. */
  static final ReadLimits NATIONAL =
      ReadLimits.builder()
          .maxFileBytes(1L << 30)
          .maxAccounts(100_000)
          .maxContributors(1_000_000)
          .maxGrants(2_000_000)
          .maxRotaEntries(2_000_000)
          .maxAbsences(2_500_000)
          .maxPosts(1_000_000)
          .build();

  /** Each limit's name in {@link ReadLimits} and the option that sets it. */
  static final Map<String, String> OPTIONS =
      Map.ofEntries(
          Map.entry("maxFileBytes", "--max-file-size"),
          Map.entry("maxAccounts", "--max-accounts"),
          Map.entry("maxContributors", "--max-contributors"),
          Map.entry("maxGrants", "--max-grants"),
          Map.entry("maxRotaEntries", "--max-rota-entries"),
          Map.entry("maxAbsences", "--max-absences"),
          Map.entry("maxPosts", "--max-posts"),
          Map.entry("maxEntries", "--max-entries"),
          Map.entry("maxStringLength", "--max-text-length"),
          Map.entry("maxNestingDepth", "--max-nesting-depth"),
          Map.entry("maxProblems", "--max-problems"));

  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,13})\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)", Pattern.CASE_INSENSITIVE);

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      description = "The largest estate file read, in bytes or with a binary unit, such as 512m or 1g (under 2g)."
          + " Default 1g.")
  private String maxFileSize;

  @Option(names = "--max-accounts", paramLabel = "N", description = "Most accounts in an estate file. Default 100,000.")
  private Integer maxAccounts;

  @Option(
      names = "--max-contributors",
      paramLabel = "N",
      description = "Most contributors in an estate file. Default 1,000,000.")
  private Integer maxContributors;

  @Option(names = "--max-grants", paramLabel = "N", description = "Most access grants. Default 2,000,000.")
  private Integer maxGrants;

  @Option(names = "--max-rota-entries", paramLabel = "N", description = "Most rota entries. Default 2,000,000.")
  private Integer maxRotaEntries;

  @Option(names = "--max-absences", paramLabel = "N", description = "Most absences. Default 2,500,000.")
  private Integer maxAbsences;

  @Option(names = "--max-posts", paramLabel = "N", description = "Most sampled posts. Default 1,000,000.")
  private Integer maxPosts;

  @Option(
      names = "--max-entries",
      paramLabel = "N",
      description = "Most entries of any other list or mapping (districts, closure plans...). Default 100,000.")
  private Integer maxEntries;

  @Option(
      names = "--max-text-length",
      paramLabel = "N",
      description = "Longest text value, in characters. Default 100,000.")
  private Integer maxTextLength;

  @Option(
      names = "--max-nesting-depth",
      paramLabel = "N",
      description = "How deeply lists and mappings may nest. Default 20.")
  private Integer maxNestingDepth;

  @Option(
      names = "--max-problems",
      paramLabel = "N",
      description = "How many problems are listed before reading stops. Default 1,000.")
  private Integer maxProblems;

  ReadLimitOptions() {}

  /** The limits: the national defaults with what the options set; messages name the options. */
  ReadLimits limits() {
    ReadLimits.Builder builder =
        ReadLimits.builder()
            .maxFileBytes(NATIONAL.maxFileBytes())
            .maxAccounts(NATIONAL.maxAccounts())
            .maxContributors(NATIONAL.maxContributors())
            .maxGrants(NATIONAL.maxGrants())
            .maxRotaEntries(NATIONAL.maxRotaEntries())
            .maxAbsences(NATIONAL.maxAbsences())
            .maxPosts(NATIONAL.maxPosts())
            .raisedWith(ReadLimitOptions::option);
    try {
      if (maxFileSize != null) {
        builder.maxFileBytes(bytes(maxFileSize));
      }
      if (maxAccounts != null) {
        builder.maxAccounts(maxAccounts);
      }
      if (maxContributors != null) {
        builder.maxContributors(maxContributors);
      }
      if (maxGrants != null) {
        builder.maxGrants(maxGrants);
      }
      if (maxRotaEntries != null) {
        builder.maxRotaEntries(maxRotaEntries);
      }
      if (maxAbsences != null) {
        builder.maxAbsences(maxAbsences);
      }
      if (maxPosts != null) {
        builder.maxPosts(maxPosts);
      }
      if (maxEntries != null) {
        builder.maxEntries(maxEntries);
      }
      if (maxTextLength != null) {
        builder.maxStringLength(maxTextLength);
      }
      if (maxNestingDepth != null) {
        builder.maxNestingDepth(maxNestingDepth);
      }
      if (maxProblems != null) {
        builder.maxProblems(maxProblems);
      }
    } catch (IllegalArgumentException e) {
      // The builder's message names its own method; say it in the command line's words.
      String limit = e.getMessage().substring(0, e.getMessage().indexOf(' '));
      throw new InputException(option(limit) + " must be at least 1");
    }
    return builder.build();
  }

  /** The option that raises a limit, as messages name it. */
  static String option(String limit) {
    return OPTIONS.getOrDefault(limit, "--" + limit);
  }

  /** A size such as {@code 104353689}, {@code 512m} or {@code 1g}: binary units, bytes without one. */
  static long bytes(String text) {
    Matcher size = SIZE.matcher(text.strip());
    if (!size.matches()) {
      throw new InputException(
          "--max-file-size takes a number of bytes or a size with a unit, such as 512m or 2g, not \"" + text + "\"");
    }
    long number = Long.parseLong(size.group(1));
    String unit = size.group(2).toLowerCase(Locale.ROOT);
    int shift = unit.isEmpty() || unit.equals("b") ? 0 : unit.startsWith("k") ? 10 : unit.startsWith("m") ? 20 : 30;
    if (number > (Long.MAX_VALUE >> shift) || (number << shift) > Integer.MAX_VALUE - 8) {
      throw new InputException("--max-file-size " + text + " is more than the reader can hold: at most "
          + (Integer.MAX_VALUE - 8) + " bytes (just under 2g)");
    }
    return number << shift;
  }
}

package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.AccountTier;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The type of a rule {@link Parameter}: its name in words, how a value is read from text (policy files, the
 * command line) and how it is written back, so that {@code parse(format(v))} gives {@code v} again.
 *
 * <pre>{@code
 * ParameterType.DURATION.parse("24h");                // PT24H
 * ParameterType.DURATION.format(Duration.ofDays(28)); // "28d"
 * ParameterType.TIERS.parse("force-wide, district");  // [FORCE_WIDE, DISTRICT]
 * }</pre>
 *
 * <p>A type also makes the immutable copy a parameter keeps of each value ({@link #copy(Object)}), so that a
 * caller's list set on a pack, or a set read back from a pack, cannot change the pack afterwards.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java type of values
 */
public final class ParameterType<T> {

  private static final Pattern DURATION_PART = Pattern.compile("(\\d+)\\s*([dhms])");

  /** Whole numbers, such as {@code 2}. */
  public static final ParameterType<Integer> INTEGER =
      of("integer", text -> {
        try {
          return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("expected a whole number, but got \"" + text + "\"", e);
        }
      }, String::valueOf);

  /**
   * Durations, written as days, hours, minutes and seconds ({@code 28d}, {@code 24h}, {@code 1h30m}) or in
   * ISO-8601 ({@code PT24H}); formatted in the short form.
   */
  public static final ParameterType<Duration> DURATION =
      of("duration", ParameterType::parseDuration, ParameterType::formatDuration);

  /** Regular expressions, such as the collar-number format {@code [A-Z]{0,2}\d{1,5}[A-Z]{0,2}}. */
  public static final ParameterType<Pattern> PATTERN =
      of("pattern", text -> {
        try {
          return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException("expected a regular expression, but got \"" + text + "\": "
              + e.getDescription(), e);
        }
      }, Pattern::pattern);

  /** Text, taken as it is. */
  public static final ParameterType<String> TEXT = of("text", text -> text, text -> text);

  /** Lists of text, written comma-separated ({@code Chief Constable, Deputy Chief Constable}). */
  public static final ParameterType<List<String>> TEXT_LIST =
      of("list of text", ParameterType::parseList, list -> String.join(", ", list), List::copyOf);

  /** Dates in ISO-8601, such as {@code 2021-03-31}. */
  public static final ParameterType<LocalDate> DATE =
      of("date", text -> {
        try {
          return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("expected a date such as 2021-03-31, but got \"" + text + "\"", e);
        }
      }, LocalDate::toString);

  /** Sets of account tiers, written comma-separated in lower case ({@code force, district}). */
  public static final ParameterType<Set<AccountTier>> TIERS = enumSet("set of tiers", AccountTier.class);

  private final String name;
  private final Function<String, ? extends T> parser;
  private final Function<? super T, String> formatter;
  private final UnaryOperator<T> copier;

  private ParameterType(
      String name,
      Function<String, ? extends T> parser,
      Function<? super T, String> formatter,
      UnaryOperator<T> copier) {
    this.name = name;
    this.parser = parser;
    this.formatter = formatter;
    this.copier = copier;
  }

  /**
   * Returns a parameter type of one's own.
   *
   * @param <T> the Java type of values
   * @param name the type in words, such as {@code "integer"}
   * @param parser reads a value; throws {@link IllegalArgumentException} quoting bad text
   * @param formatter writes a value so that the parser reads it back
   * @return the type; its values must be immutable already, as {@link #copy(Object)} keeps them as they are
   * @throws NullPointerException if an argument is null
   */
  public static <T> ParameterType<T> of(
      String name, Function<String, ? extends T> parser, Function<? super T, String> formatter) {
    return of(name, parser, formatter, UnaryOperator.identity());
  }

  /**
   * Returns a parameter type of one's own whose values may be mutable, such as collections: parameters keep
   * the copy the copier makes, never the caller's value.
   *
   * <pre>{@code
   * ParameterType<List<String>> teams =
   *     ParameterType.of("list of teams", text -> List.of(text.split(",")), l -> String.join(",", l), List::copyOf);
   * }</pre>
   *
   * @param <T> the Java type of values
   * @param name the type in words, such as {@code "list of teams"}
   * @param parser reads a value; throws {@link IllegalArgumentException} quoting bad text
   * @param formatter writes a value so that the parser reads it back
   * @param copier returns an immutable copy of a value, equal to it, that later changes to the value do not
   *     reach, such as {@code List::copyOf}
   * @return the type
   * @throws NullPointerException if an argument is null
   */
  public static <T> ParameterType<T> of(
      String name,
      Function<String, ? extends T> parser,
      Function<? super T, String> formatter,
      UnaryOperator<T> copier) {
    return new ParameterType<>(
        requireNonNull(name, "name"),
        requireNonNull(parser, "parser"),
        requireNonNull(formatter, "formatter"),
        requireNonNull(copier, "copier"));
  }

  /**
   * Returns the type of sets of constants of an enum, written comma-separated in lower case with hyphens or
   * underscores, and kept in declaration order.
   *
   * @param <E> the enum
   * @param name the type in words, such as {@code "set of tiers"}
   * @param type the enum's class
   * @return the type
   * @throws NullPointerException if an argument is null
   */
  public static <E extends Enum<E>> ParameterType<Set<E>> enumSet(String name, Class<E> type) {
    requireNonNull(type, "type");
    return of(
        name,
        text -> {
          EnumSet<E> set = EnumSet.noneOf(type);
          for (String word : parseList(text)) {
            set.add(constant(type, word));
          }
          return Collections.unmodifiableSet(set);
        },
        set -> {
          StringJoiner words = new StringJoiner(", ");
          EnumSet<E> sorted = set.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(set);
          for (E constant : sorted) {
            words.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
          }
          return words.toString();
        },
        set -> Collections.unmodifiableSet(set.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(set)));
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String word) {
    String wanted = word.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
    }
    List<String> known = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      known.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw new IllegalArgumentException("expected one of " + known + ", but got \"" + word.trim() + "\"");
  }

  /**
   * Returns the type in words.
   *
   * @return such as {@code "duration"}
   */
  public String name() {
    return name;
  }

  /**
   * Reads a value from text.
   *
   * @param text the text
   * @return the value
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not a value of this type; the message quotes it
   */
  public T parse(String text) {
    requireNonNull(text, "text");
    T value = parser.apply(text);
    if (value == null) {
      throw new IllegalArgumentException("expected a " + name + ", but got \"" + text + "\"");
    }
    return value;
  }

  /**
   * Writes a value as text that {@link #parse(String)} reads back.
   *
   * @param value the value
   * @return the text
   * @throws NullPointerException if {@code value} is null
   */
  public String format(T value) {
    return formatter.apply(requireNonNull(value, "value"));
  }

  /**
   * Returns an immutable copy of a value, equal to it, that later changes to the value do not reach; values of
   * immutable types come back as they are.
   *
   * @param value the value
   * @return the copy
   * @throws NullPointerException if {@code value} is null, or a collection value holds null
   */
  public T copy(T value) {
    T copy = copier.apply(requireNonNull(value, "value"));
    if (copy == null) {
      throw new NullPointerException("the copy of a " + name + " value");
    }
    return copy;
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }

  private static List<String> parseList(String text) {
    List<String> items = new ArrayList<>();
    if (text.isBlank()) {
      return List.of();
    }
    for (String item : text.split(",", -1)) {
      String trimmed = item.trim();
      if (trimmed.isEmpty()) {
        throw new IllegalArgumentException("expected a comma-separated list without empty items, but got \""
            + text + "\"");
      }
      items.add(trimmed);
    }
    return List.copyOf(items);
  }

  private static Duration parseDuration(String text) {
    String trimmed = text.trim();
    if (trimmed.startsWith("P") || trimmed.startsWith("p")) {
      try {
        return Duration.parse(trimmed);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("expected a duration such as 24h or PT24H, but got \"" + text + "\"", e);
      }
    }
    Matcher matcher = DURATION_PART.matcher(trimmed);
    Duration total = Duration.ZERO;
    int end = 0;
    boolean any = false;
    while (matcher.find()) {
      if (!trimmed.substring(end, matcher.start()).isBlank()) {
        break;
      }
      long amount = Long.parseLong(matcher.group(1));
      switch (matcher.group(2)) {
        case "d":
          total = total.plusDays(amount);
          break;
        case "h":
          total = total.plusHours(amount);
          break;
        case "m":
          total = total.plusMinutes(amount);
          break;
        default:
          total = total.plusSeconds(amount);
          break;
      }
      end = matcher.end();
      any = true;
    }
    if (!any || end != trimmed.length()) {
      throw new IllegalArgumentException(
          "expected a duration such as 28d, 24h, 1h30m or PT24H, but got \"" + text + "\"");
    }
    return total;
  }

  private static String formatDuration(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    if (duration.isNegative()) {
      return duration.toString();
    }
    if (duration.getNano() != 0) {
      return duration.toString();
    }
    long seconds = duration.getSeconds();
    if (seconds % 86_400 == 0 && seconds >= 2 * 86_400) {
      return seconds / 86_400 + "d";
    }
    StringBuilder text = new StringBuilder();
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    long rest = seconds % 60;
    if (hours > 0) {
      text.append(hours).append('h');
    }
    if (minutes > 0) {
      text.append(minutes).append('m');
    }
    if (rest > 0) {
      text.append(rest).append('s');
    }
    return text.toString();
  }
}

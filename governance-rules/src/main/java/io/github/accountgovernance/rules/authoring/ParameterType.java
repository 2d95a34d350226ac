package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.time.SupportedTime;
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
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

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
 * <p>Every built-in type has a range, and refuses values outside it whether they are read from text or set in
 * code ({@link #check(Object)}): a pack cannot hold a value the rules cannot compute with. Reading takes time
 * linear in the text, and text longer than a value of the type can be is refused before it is read.
 *
 * <table>
 *   <caption>Ranges of the built-in types</caption>
 *   <tr><th>type</th><th>values</th></tr>
 *   <tr><td>{@link #INTEGER}</td><td>whole numbers from 0 to {@value #MAX_INTEGER}</td></tr>
 *   <tr><td>{@link #DURATION}</td><td>whole seconds from 0s to {@value #MAX_DURATION_DAYS}d (about ten years)</td></tr>
 *   <tr><td>{@link #DATE}</td><td>1900-01-01 to 2200-12-31 ({@link SupportedTime})</td></tr>
 *   <tr><td>{@link #PATTERN}</td><td>see {@link TextPattern}: at most {@value TextPattern#MAX_LENGTH} characters, RE2
 *       syntax</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java type of values
 */
public final class ParameterType<T> {

  /** The largest value of {@link #INTEGER}: {@value}. */
  public static final int MAX_INTEGER = 1_000_000;

  /** The longest {@link #DURATION}, in days: {@value} (ten years). */
  public static final int MAX_DURATION_DAYS = 3650;

  // Text longer than this cannot be a value of the type, whatever the white space: refused before it is read.
  private static final int MAX_NUMBER_TEXT = 40;
  private static final int MAX_DURATION_TEXT = 80;
  private static final int MAX_DATE_TEXT = 40;
  private static final int QUOTED = 60;

  private static final Duration LONGEST = Duration.ofDays(MAX_DURATION_DAYS);
  private static final String DURATION_RANGE = "from 0s to " + MAX_DURATION_DAYS + "d, in whole seconds";

  /** Whole numbers from 0 to {@value #MAX_INTEGER}, such as {@code 2}. */
  public static final ParameterType<Integer> INTEGER =
      new ParameterType<>(
          "integer",
          ParameterType::parseInteger,
          String::valueOf,
          UnaryOperator.identity(),
          n -> n >= 0 && n <= MAX_INTEGER,
          "a whole number from 0 to " + MAX_INTEGER);

  /**
   * Durations from 0s to {@value #MAX_DURATION_DAYS}d in whole seconds, written as days, hours, minutes and
   * seconds ({@code 28d}, {@code 24h}, {@code 1h30m}) or in ISO-8601 ({@code PT24H}); formatted in the short
   * form.
   */
  public static final ParameterType<Duration> DURATION =
      new ParameterType<>(
          "duration",
          ParameterType::parseDuration,
          ParameterType::formatDuration,
          UnaryOperator.identity(),
          d -> !d.isNegative() && d.getNano() == 0 && d.compareTo(LONGEST) <= 0,
          "a duration " + DURATION_RANGE);

  /**
   * Regular expressions in RE2 syntax, run in time linear in the text they are matched against, such as the
   * collar-number format {@code [A-Z]{0,2}\d{1,5}[A-Z]{0,2}}; see {@link TextPattern} for what they may use.
   */
  public static final ParameterType<TextPattern> PATTERN = of("pattern", TextPattern::of, TextPattern::pattern);

  /** Text, taken as it is. */
  public static final ParameterType<String> TEXT = of("text", text -> text, text -> text);

  /** Lists of text, written comma-separated ({@code Chief Constable, Deputy Chief Constable}). */
  public static final ParameterType<List<String>> TEXT_LIST =
      of("list of text", ParameterType::parseList, list -> String.join(", ", list), List::copyOf);

  /** Dates in ISO-8601 from 1900-01-01 to 2200-12-31 ({@link SupportedTime}), such as {@code 2021-03-31}. */
  public static final ParameterType<LocalDate> DATE =
      new ParameterType<>(
          "date",
          ParameterType::parseDate,
          LocalDate::toString,
          UnaryOperator.identity(),
          SupportedTime::contains,
          "a date from " + SupportedTime.FIRST_DATE + " to " + SupportedTime.LAST_DATE);

  /** Sets of account tiers, written comma-separated in lower case ({@code force, district}). */
  public static final ParameterType<Set<AccountTier>> TIERS = enumSet("set of tiers", AccountTier.class);

  private final String name;
  private final Function<String, ? extends T> parser;
  private final Function<? super T, String> formatter;
  private final UnaryOperator<T> copier;
  private final Predicate<? super T> range;
  private final String rangeWords;

  private ParameterType(
      String name,
      Function<String, ? extends T> parser,
      Function<? super T, String> formatter,
      UnaryOperator<T> copier,
      Predicate<? super T> range,
      String rangeWords) {
    this.name = name;
    this.parser = parser;
    this.formatter = formatter;
    this.copier = copier;
    this.range = range;
    this.rangeWords = rangeWords;
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
        requireNonNull(copier, "copier"),
        value -> true,
        "");
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
   * Returns the values of the type in words.
   *
   * @return such as {@code "a whole number from 0 to 1000000"}, or empty text for a type without a range
   */
  public String range() {
    return rangeWords;
  }

  /**
   * Reads a value from text, in time linear in its length.
   *
   * @param text the text
   * @return the value, within the type's range
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not a value of this type or is outside its range; the
   *     message quotes it, shortened if it is long
   */
  public T parse(String text) {
    requireNonNull(text, "text");
    T value = parser.apply(text);
    if (value == null) {
      throw new IllegalArgumentException("expected a " + name + ", but got " + quote(text));
    }
    if (!range.test(value)) {
      throw new IllegalArgumentException("expected " + rangeWords + ", but got " + quote(text));
    }
    return value;
  }

  /**
   * Checks that a value lies within the type's range.
   *
   * @param value the value
   * @return the value
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is outside the range; the message says the range
   */
  public T check(T value) {
    requireNonNull(value, "value");
    if (!range.test(value)) {
      throw new IllegalArgumentException("expected " + rangeWords + ", but got " + quote(format(value)));
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

  /** Quotes text for a message, shortened to its start and its length if it is long. */
  static String quote(String text) {
    if (text.length() <= QUOTED) {
      return "\"" + text + "\"";
    }
    return "\"" + text.substring(0, QUOTED) + "\u2026\" (" + text.length() + " characters)";
  }

  private static Integer parseInteger(String text) {
    String trimmed = text.strip();
    String expected = "expected a whole number from 0 to " + MAX_INTEGER + ", but got " + quote(text);
    if (trimmed.isEmpty() || trimmed.length() > MAX_NUMBER_TEXT) {
      throw new IllegalArgumentException(expected);
    }
    int at = trimmed.charAt(0) == '-' || trimmed.charAt(0) == '+' ? 1 : 0;
    boolean negative = trimmed.charAt(0) == '-';
    if (at == trimmed.length()) {
      throw new IllegalArgumentException(expected);
    }
    long value = 0;
    for (int i = at; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException(expected);
      }
      // Saturates rather than overflows: anything past the range is refused the same way.
      value = Math.min(value * 10 + (c - '0'), (long) Integer.MAX_VALUE + 1);
    }
    if (negative ? value > 0 : value > MAX_INTEGER) {
      throw new IllegalArgumentException(expected);
    }
    return (int) value;
  }

  private static LocalDate parseDate(String text) {
    String trimmed = text.strip();
    String expected = "expected a date from " + SupportedTime.FIRST_DATE + " to " + SupportedTime.LAST_DATE
        + " such as 2021-03-31, but got " + quote(text);
    if (trimmed.length() > MAX_DATE_TEXT) {
      throw new IllegalArgumentException(expected);
    }
    try {
      return LocalDate.parse(trimmed);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(expected, e);
    }
  }

  /**
   * Reads {@code 28d}, {@code 1h 30m} or ISO-8601 in one pass: amounts saturate at the first that no duration in
   * range can have, so that a number of any length costs its digits and nothing more.
   */
  private static Duration parseDuration(String text) {
    String trimmed = text.strip();
    String expected = "expected a duration " + DURATION_RANGE + ", such as 28d, 24h, 1h30m or PT24H, but got "
        + quote(text);
    if (trimmed.isEmpty() || trimmed.length() > MAX_DURATION_TEXT) {
      throw new IllegalArgumentException(expected);
    }
    if (trimmed.charAt(0) == 'P' || trimmed.charAt(0) == 'p') {
      try {
        return Duration.parse(trimmed);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(expected, e);
      }
    }
    long tooLong = LONGEST.getSeconds() + 1;
    long total = 0;
    int i = 0;
    int length = trimmed.length();
    while (i < length) {
      int digits = i;
      long amount = 0;
      while (i < length && trimmed.charAt(i) >= '0' && trimmed.charAt(i) <= '9') {
        amount = Math.min(amount * 10 + (trimmed.charAt(i) - '0'), tooLong);
        i++;
      }
      if (i == digits) {
        throw new IllegalArgumentException(expected);
      }
      while (i < length && Character.isWhitespace(trimmed.charAt(i))) {
        i++;
      }
      if (i == length) {
        throw new IllegalArgumentException(expected);
      }
      long unit;
      switch (trimmed.charAt(i)) {
        case 'd':
          unit = 86_400;
          break;
        case 'h':
          unit = 3_600;
          break;
        case 'm':
          unit = 60;
          break;
        case 's':
          unit = 1;
          break;
        default:
          throw new IllegalArgumentException(expected);
      }
      i++;
      total = Math.min(total + Math.min(amount * unit, tooLong), tooLong);
      while (i < length && Character.isWhitespace(trimmed.charAt(i))) {
        i++;
      }
    }
    return Duration.ofSeconds(total);
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

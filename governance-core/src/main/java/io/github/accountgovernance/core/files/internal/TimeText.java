package io.github.accountgovernance.core.files.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads instants and dates as {@link Instant#parse} and {@link LocalDate#parse} do, with the same results and the
 * same exceptions, without their cost on the shapes files hold: the JDK builds a formatter for every instant it
 * parses, and reading a national estate parses millions.
 *
 * <p>The fast path reads {@code 2021-03-01T08:00:00Z} and {@code 2021-03-01} digit by digit: a four-digit year,
 * {@code T} or {@code t}, seconds with an optional fraction of up to nine digits, and {@code Z}, {@code z} or an
 * offset such as {@code +01:00} up to 17:59 either way; every field in range. Anything else (signed or longer
 * years, {@code 24:00}, a leap second, offsets with seconds or of 18 hours, any mistake) goes to the JDK, so an
 * unusual value still reads as it did and a bad one fails with the JDK's own exception.
 *
 * <p>Not API: the module does not export this package. Stateless and thread-safe.
 */
public final class TimeText {

  /** Days from 0000-01-01 to 1970-01-01, as in {@link LocalDate#toEpochDay()}. */
  private static final long DAYS_0000_TO_1970 = 719_528L;

  private TimeText() {}

  /**
   * Parses an instant exactly as {@link Instant#parse} does.
   *
   * @param text the text
   * @return the instant
   * @throws java.time.format.DateTimeParseException as {@link Instant#parse} does
   * @throws NullPointerException if {@code text} is null
   */
  public static Instant instant(String text) {
    Instant instant = text != null ? commonInstant(text) : null;
    return instant != null ? instant : Instant.parse(text);
  }

  /**
   * Parses a date exactly as {@link LocalDate#parse(CharSequence)} does.
   *
   * @param text the text
   * @return the date
   * @throws java.time.format.DateTimeParseException as {@link LocalDate#parse(CharSequence)} does
   * @throws NullPointerException if {@code text} is null
   */
  public static LocalDate date(String text) {
    LocalDate date = text != null ? commonDate(text) : null;
    return date != null ? date : LocalDate.parse(text);
  }

  /**
   * Tells whether the text is four digits, a dash, two digits, a dash and two digits, as the regular expression
   * {@code \d{4}-\d{2}-\d{2}} matches it whole (ASCII digits only, valid date or not).
   *
   * @param text the text
   * @return true if it has the shape of a plain date
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isPlainDate(CharSequence text) {
    return text.length() == 10
        && digit(text.charAt(0)) >= 0 && digit(text.charAt(1)) >= 0
        && digit(text.charAt(2)) >= 0 && digit(text.charAt(3)) >= 0
        && text.charAt(4) == '-' && digit(text.charAt(5)) >= 0 && digit(text.charAt(6)) >= 0
        && text.charAt(7) == '-' && digit(text.charAt(8)) >= 0 && digit(text.charAt(9)) >= 0;
  }

  /** The instant when the text has the common shape and every field is in range, otherwise null. */
  static Instant commonInstant(String text) {
    int length = text.length();
    if (length < 20) {
      return null;
    }
    int date = packedDate(text);
    char separator = text.charAt(10);
    if (date < 0 || (separator != 'T' && separator != 't') || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int hour = twoDigits(text, 11);
    int minute = twoDigits(text, 14);
    int second = twoDigits(text, 17);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int position = 19;
    int nanos = 0;
    if (text.charAt(position) == '.') {
      // As the JDK: up to nine digits, and none at all is a fraction of zero.
      position++;
      int end = Math.min(position + 9, length);
      for (int scale = 100_000_000; position < end && digit(text.charAt(position)) >= 0; scale /= 10) {
        nanos += digit(text.charAt(position++)) * scale;
      }
    }
    if (position >= length) {
      return null;
    }
    char zone = text.charAt(position);
    int offsetSeconds;
    if ((zone == 'Z' || zone == 'z') && position + 1 == length) {
      offsetSeconds = 0;
    } else if ((zone == '+' || zone == '-') && position + 6 == length && text.charAt(position + 3) == ':') {
      int offsetHours = twoDigits(text, position + 1);
      int offsetMinutes = twoDigits(text, position + 4);
      if (offsetHours < 0 || offsetHours > 17 || offsetMinutes < 0 || offsetMinutes > 59) {
        return null;
      }
      offsetSeconds = (offsetHours * 3_600 + offsetMinutes * 60) * (zone == '-' ? -1 : 1);
    } else {
      return null;
    }
    long epochDay = epochDay(date / 10_000, date / 100 % 100, date % 100);
    return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600 + minute * 60 + second - offsetSeconds, nanos);
  }

  /** The date when the text is {@code yyyy-MM-dd} and names a real day, otherwise null. */
  static LocalDate commonDate(String text) {
    int date = text.length() == 10 ? packedDate(text) : -1;
    return date >= 0 ? LocalDate.of(date / 10_000, date / 100 % 100, date % 100) : null;
  }

  /**
   * The date in the first ten characters as {@code year * 10000 + month * 100 + day} when they are
   * {@code yyyy-MM-dd} and name a real day, otherwise -1.
   */
  private static int packedDate(String text) {
    int century = twoDigits(text, 0);
    int yearOfCentury = twoDigits(text, 2);
    int month = twoDigits(text, 5);
    int day = twoDigits(text, 8);
    if (century < 0 || yearOfCentury < 0 || text.charAt(4) != '-' || text.charAt(7) != '-' || month < 1
        || month > 12 || day < 1) {
      return -1;
    }
    int year = century * 100 + yearOfCentury;
    return day <= lengthOfMonth(year, month) ? year * 10_000 + month * 100 + day : -1;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** {@link LocalDate#toEpochDay()} for years from 0 to 9999, without making the date. */
  private static long epochDay(int year, int month, int day) {
    long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400
        + (367 * month - 362) / 12 + day - 1;
    if (month > 2) {
      total -= isLeap(year) ? 1 : 2;
    }
    return total - DAYS_0000_TO_1970;
  }

  /** The two ASCII digits at {@code index} as a number, or -1. */
  private static int twoDigits(String text, int index) {
    int tens = digit(text.charAt(index));
    int units = digit(text.charAt(index + 1));
    return tens >= 0 && units >= 0 ? tens * 10 + units : -1;
  }

  /** An ASCII digit's value, or -1: the JDK's parsers read no other digits. */
  private static int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }
}

package io.github.accountgovernance.core.time;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import io.github.accountgovernance.core.testing.TextEdits;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link WeeklyWindow#parse} reads every text as it did when it split the text and called {@link LocalTime#parse}
 * (kept here, as it was, as the oracle): the same window, or an {@link IllegalArgumentException} with the same
 * message. The texts are windows with days in any case, short and full, times in and out of range, seconds,
 * spaces and dashes where they are and are not expected, and the same texts with a character deleted, inserted or
 * replaced.
 */
final class WeeklyWindowParseProperties {

  private static final int EXAMPLES = 5_000;

  /** WeeklyWindow.parse as it was before the fast path, word for word. */
  private static WeeklyWindow originalParse(String text) {
    String trimmed = text.trim();
    String[] dayAndTimes = trimmed.split("\\s+");
    if (dayAndTimes.length != 2) {
      throw originalBadWindow(text);
    }
    DayOfWeek day = originalParseDay(dayAndTimes[0]);
    if (day == null) {
      throw originalBadWindow(text);
    }
    String[] times = dayAndTimes[1].split("-");
    if (times.length != 2) {
      throw originalBadWindow(text);
    }
    try {
      return WeeklyWindow.of(day, LocalTime.parse(times[0]), LocalTime.parse(times[1]));
    } catch (DateTimeParseException e) {
      throw originalBadWindow(text);
    }
  }

  private static DayOfWeek originalParseDay(String word) {
    for (DayOfWeek candidate : DayOfWeek.values()) {
      String shortName = candidate.getDisplayName(TextStyle.SHORT, Locale.UK);
      String fullName = candidate.getDisplayName(TextStyle.FULL, Locale.UK);
      if (word.equalsIgnoreCase(shortName) || word.equalsIgnoreCase(fullName)) {
        return candidate;
      }
    }
    return null;
  }

  private static IllegalArgumentException originalBadWindow(String text) {
    return new IllegalArgumentException(
        "a weekly window is written like \"Mon 08:00-18:00\" or \"Sat 22:00-08:00\", but got \"" + text + "\"");
  }

  /** What a parse gives: the value, or the class and message of what it threw. */
  private record Outcome(Object value, Class<?> thrown, String message) {}

  private static Outcome outcome(Function<String, WeeklyWindow> parse, String text) {
    try {
      return new Outcome(parse.apply(text), null, null);
    } catch (RuntimeException e) {
      return new Outcome(null, e.getClass(), e.getMessage());
    }
  }

  /** Day names as files write them, in other cases, and words that are not days or only look like them. */
  private static Gen<String> days() {
    List<String> words = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      String shortName = day.getDisplayName(TextStyle.SHORT, Locale.UK);
      String fullName = day.getDisplayName(TextStyle.FULL, Locale.UK);
      words.addAll(List.of(shortName, shortName.toLowerCase(Locale.ROOT), shortName.toUpperCase(Locale.ROOT),
          fullName, fullName.toUpperCase(Locale.ROOT)));
    }
    // A dotless i and a long s compare equal, ignoring case, to i and S.
    words.addAll(List.of("Frı", "ſat", "Thurs", "Mo", "Mond", "", "Xyz", "Weds", "8"));
    return Generate.pick(words);
  }

  private static Gen<String> twoDigits(int from, int to, int outFrom, int outTo) {
    return SourceDSL.integers().between(from, to).mix(SourceDSL.integers().between(outFrom, outTo), 10)
        .map(value -> String.format("%02d", value));
  }

  /** {@code HH:mm} mostly; sometimes out of range, with seconds (whole or not), or one hour digit. */
  private static Gen<String> times() {
    Gen<String> plain = twoDigits(0, 23, 24, 25).zip(twoDigits(0, 59, 60, 61), (h, m) -> h + ":" + m);
    Gen<String> odd = Generate.pick(List.of("08:00:00", "08:00:30", "08:00:00.5", "8:00", "24:00", "0800", ""));
    return plain.mix(odd, 10);
  }

  private static Gen<String> windows() {
    Gen<String> around = Generate.pick(List.of("", " ", "\t", "\n", "\u0001"));
    Gen<String> between = Generate.pick(List.of(" ", "  ", "\t", "", "\u00a0"));
    Gen<String> dash = Generate.pick(List.of("-", "--", " - ", "–"));
    Gen<String> after = Generate.pick(List.of("", "-", "---", "-09:00"));
    Gen<String> common = days().zip(times(), times(), (day, from, to) -> day + " " + from + "-" + to);
    Gen<String> spaced = days().zip(between, times(), dash, times(), (day, b, from, d, to) -> day + b + from + d + to)
        .zip(around, after, (text, a, tail) -> a + text + tail + a);
    return common.mix(spaced, 30);
  }

  /** The text with a character deleted, inserted or replaced (by one that means something to the parser). */
  private static Gen<String> mutated(Gen<String> texts) {
    return TextEdits.oneEdit(texts, "0123456789:- \tMonTueSatdy.");
  }

  @Test
  void parse_isWhatItWasBeforeTheFastPath() {
    qt().withExamples(EXAMPLES).forAll(windows()).checkAssert(text ->
        assertThat(outcome(WeeklyWindow::parse, text)).as(text).isEqualTo(outcome(
            WeeklyWindowParseProperties::originalParse, text)));
  }

  @Test
  void parse_ofAMutatedText_isWhatItWasBeforeTheFastPath() {
    qt().withExamples(EXAMPLES).forAll(mutated(windows())).checkAssert(text ->
        assertThat(outcome(WeeklyWindow::parse, text)).as(text).isEqualTo(outcome(
            WeeklyWindowParseProperties::originalParse, text)));
  }

  @Test
  void everyDayAndEveryMinute_asFilesWriteThem_takesTheFastPath() {
    Gen<WeeklyWindow> windows = Generate.enumValues(DayOfWeek.class)
        .zip(SourceDSL.integers().between(0, 1439), SourceDSL.integers().between(0, 1439),
            (day, from, to) -> WeeklyWindow.of(day, LocalTime.of(from / 60, from % 60), LocalTime.of(to / 60, to % 60)));
    qt().withExamples(EXAMPLES).forAll(windows).checkAssert(window ->
        assertThat(WeeklyWindow.parseCommonShape(window.toString())).isNotNull().isEqualTo(window)
            .isEqualTo(originalParse(window.toString())));
  }

  @Test
  void fullAndCaseChangedNames_takeTheFastPath_andSpacesSecondsAndMistakes_doNot() {
    assertThat(WeeklyWindow.parseCommonShape("WEDNESDAY 22:00-08:00")).isEqualTo(originalParse("Wed 22:00-08:00"));
    assertThat(WeeklyWindow.parseCommonShape("sat 00:00-00:00")).isEqualTo(originalParse("Sat 00:00-00:00"));
    assertThat(List.of(" Mon 08:00-18:00", "Mon  08:00-18:00", "Mon 08:00:00-18:00", "Mon 24:00-18:00",
        "Mon 08:00-18:60", "Mo 08:00-18:00", "Mon 08:00+18:00", "Mon\t08:00-18:00"))
        .allSatisfy(text -> assertThat(WeeklyWindow.parseCommonShape(text)).as(text).isNull());
  }

  @Test
  void secondsThatAreNotWhole_keepTheirOwnMessage() {
    assertThat(outcome(WeeklyWindow::parse, "Mon 08:00:30-18:00"))
        .isEqualTo(new Outcome(null, IllegalArgumentException.class,
            "weekly window times are whole minutes, but got 08:00:30-18:00"))
        .isEqualTo(outcome(WeeklyWindowParseProperties::originalParse, "Mon 08:00:30-18:00"));
  }
}

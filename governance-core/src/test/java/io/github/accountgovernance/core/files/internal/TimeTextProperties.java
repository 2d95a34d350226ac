package io.github.accountgovernance.core.files.internal;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import io.github.accountgovernance.core.testing.TextEdits;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link TimeText} reads every text as {@link Instant#parse} and {@link LocalDate#parse} do: the same value, or an
 * exception of the same class with the same message. The texts are instants and dates with every field drawn in
 * and just out of its range (month 13, 31 April, 29 February, hour 24 and 25, second 60, offsets beyond 18 hours,
 * ten-digit fractions, signed and long years, lower-case {@code t} and {@code z}), and the same texts with a
 * character deleted, inserted or replaced.
 */
final class TimeTextProperties {

  private static final int EXAMPLES = 5_000;

  /** What a parse gives: the value, or the class and message of what it threw. */
  private record Outcome(Object value, Class<?> thrown, String message) {}

  private static <T> Outcome outcome(Function<String, T> parse, String text) {
    try {
      return new Outcome(parse.apply(text), null, null);
    } catch (RuntimeException e) {
      return new Outcome(null, e.getClass(), e.getMessage());
    }
  }

  private static Gen<String> twoDigits(int from, int to, int outFrom, int outTo) {
    return SourceDSL.integers().between(from, to).mix(SourceDSL.integers().between(outFrom, outTo), 10)
        .map(value -> String.format("%02d", value));
  }

  /** Four-digit years mostly; sometimes any year the JDK reads, or a sign where it reads none. */
  private static Gen<String> years() {
    Gen<String> plain = SourceDSL.integers().between(0, 9999).map(year -> String.format("%04d", year));
    Gen<String> far = SourceDSL.longs().between(-1_100_000_000L, 1_100_000_000L)
        .map(year -> year > 9999 ? "+" + year : year < 0 ? String.format("-%04d", -year) : String.format("%04d", year));
    Gen<String> odd = Generate.pick(List.of("+2021", "-0000", "12021", "202", "+0000", "-2021", "1900", "2200"));
    return plain.mix(far, 10).mix(odd, 5);
  }

  private static Gen<String> dates() {
    return years().zip(twoDigits(1, 12, 0, 13), twoDigits(1, 31, 0, 32), (y, m, d) -> y + "-" + m + "-" + d)
        .mix(Generate.pick(List.of("2020-02-29", "2021-02-29", "2000-02-29", "1900-02-29", "2021-04-31",
            "2021-12-31", "0000-01-01", "9999-12-31")), 10);
  }

  /** No fraction, or a point and 0 to 10 digits. */
  private static Gen<String> fractions() {
    Gen<String> some = SourceDSL.integers().between(0, 10)
        .zip(SourceDSL.longs().between(0, 9_999_999_999L), (n, digits) -> "." + String.format("%010d", digits)
            .substring(0, n));
    return Generate.constant("").mix(some, 50);
  }

  private static Gen<String> offsets() {
    Gen<String> signed = Generate.pick(List.of("+", "-"))
        .zip(twoDigits(0, 17, 18, 25), twoDigits(0, 59, 60, 61), (sign, h, m) -> sign + h + ":" + m);
    Gen<String> withSeconds = signed.zip(twoDigits(0, 59, 60, 61), (offset, s) -> offset + ":" + s);
    Gen<String> odd = Generate.pick(List.of("+18:00", "-18:00", "+01", "+0100", "UTC", "", "+1:00", "Zz"));
    return Generate.pick(List.of("Z", "z")).mix(signed, 50).mix(withSeconds, 10).mix(odd, 10);
  }

  private static Gen<String> times() {
    Gen<String> times = twoDigits(0, 23, 24, 25)
        .zip(twoDigits(0, 59, 60, 61), twoDigits(0, 59, 60, 61), (h, m, s) -> h + ":" + m + ":" + s);
    return times.mix(Generate.pick(List.of("24:00:00", "23:59:60", "24:00:01", "22:59:60", "00:00")), 10);
  }

  /** Instants with each field in range or just out of it. */
  static Gen<String> instants() {
    return dates().zip(Generate.pick(List.of("T", "t")).mix(Generate.pick(List.of(" ", "_")), 5), times(),
        fractions(), offsets(), (date, t, time, fraction, offset) -> date + t + time + fraction + offset);
  }

  /** The text with a character deleted, inserted or replaced (by one that means something to the parser). */
  private static Gen<String> mutated(Gen<String> texts) {
    return TextEdits.oneEdit(texts, "0123456789-+:.TtZz ,x\u0661");
  }

  @Test
  void instant_isWhatTheJdkReads() {
    qt().withExamples(EXAMPLES).forAll(instants()).checkAssert(text ->
        assertThat(outcome(TimeText::instant, text)).as(text).isEqualTo(outcome(Instant::parse, text)));
  }

  @Test
  void instant_ofAMutatedText_isWhatTheJdkReads() {
    qt().withExamples(EXAMPLES).forAll(mutated(instants())).checkAssert(text ->
        assertThat(outcome(TimeText::instant, text)).as(text).isEqualTo(outcome(Instant::parse, text)));
  }

  @Test
  void date_isWhatTheJdkReads() {
    qt().withExamples(EXAMPLES).forAll(dates().mix(mutated(dates()), 50)).checkAssert(text ->
        assertThat(outcome(TimeText::date, text)).as(text).isEqualTo(outcome(LocalDate::parse, text)));
  }

  @Test
  void isPlainDate_isWhatTheRegularExpressionMatched() {
    Pattern plainDate = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    qt().withExamples(EXAMPLES).forAll(dates().mix(mutated(dates()), 50).mix(mutated(instants()), 20))
        .checkAssert(text ->
            assertThat(TimeText.isPlainDate(text)).as(text).isEqualTo(plainDate.matcher(text).matches()));
  }

  /** Instants of the shape files hold: four-digit years, every field in range, Z or an offset under 18 hours. */
  static Gen<String> commonInstants() {
    Gen<String> date = SourceDSL.integers().between(0, 9999)
        .zip(SourceDSL.integers().between(1, 12), SourceDSL.integers().between(1, 31),
            (y, m, d) -> LocalDate.of(y, m, Math.min(d, LocalDate.of(y, m, 1).lengthOfMonth())).toString());
    Gen<String> time = SourceDSL.integers().between(0, 86_399)
        .map(s -> String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60));
    Gen<String> fraction = SourceDSL.integers().between(-1, 9)
        .zip(SourceDSL.integers().between(0, 999_999_999), (n, digits) -> n < 0 ? ""
            : "." + String.format("%09d", digits).substring(0, n));
    Gen<String> offset = Generate.pick(List.of("Z", "z"))
        .mix(SourceDSL.integers().between(-(18 * 60 - 1), 18 * 60 - 1)
            .map(m -> String.format("%s%02d:%02d", m < 0 ? "-" : "+", Math.abs(m) / 60, Math.abs(m) % 60)), 50);
    return date.zip(Generate.pick(List.of("T", "t")), time, fraction, offset, (d, t, h, f, o) -> d + t + h + f + o);
  }

  @Test
  void commonShapes_areReadWithoutTheJdk_asTheJdkReadsThem() {
    qt().withExamples(EXAMPLES).forAll(commonInstants()).checkAssert(text ->
        assertThat(TimeText.commonInstant(text)).as(text).isNotNull().isEqualTo(Instant.parse(text)));
  }

  @Test
  void commonDates_areReadWithoutTheJdk_asTheJdkReadsThem() {
    qt().withExamples(EXAMPLES).forAll(SourceDSL.longs().between(LocalDate.of(0, 1, 1).toEpochDay(),
        LocalDate.of(9999, 12, 31).toEpochDay())).checkAssert(day -> {
          String text = LocalDate.ofEpochDay(day).toString();
          assertThat(TimeText.commonDate(text)).as(text).isNotNull().isEqualTo(LocalDate.parse(text));
        });
  }

  @Test
  void theShapesFilesHold_takeTheFastPath() {
    List<String> texts = List.of("2021-03-01T00:00:00Z", "2021-03-01t08:30:15z", "2021-03-01T00:00:00.5+01:00",
        "2020-02-29T23:59:59.123456789-05:30", "1900-01-01T00:00:00+17:59", "2200-12-31T23:59:59.Z");

    assertThat(texts.stream().map(TimeText::commonInstant).collect(Collectors.toList()))
        .doesNotContainNull()
        .isEqualTo(texts.stream().map(Instant::parse).collect(Collectors.toList()));
    assertThat(TimeText.commonDate("2021-03-01")).isEqualTo(LocalDate.of(2021, 3, 1));
  }

  @Test
  void unusualButValidShapes_areLeftToTheJdk() {
    List<String> texts = List.of("2021-03-01T24:00:00Z", "2021-03-01T23:59:60Z", "+12021-03-01T00:00:00Z",
        "2021-03-01T00:00:00+18:00", "2021-03-01T00:00:00+01:00:30", "-0001-01-01T00:00:00Z");

    assertThat(texts.stream().map(TimeText::commonInstant).filter(Objects::nonNull).collect(Collectors.toList()))
        .isEmpty();
    assertThat(texts.stream().map(TimeText::instant).collect(Collectors.toList()))
        .isEqualTo(texts.stream().map(Instant::parse).collect(Collectors.toList()));
  }

  @Test
  void null_isRefusedAsTheJdkRefusesIt() {
    assertThat(outcome(TimeText::instant, null)).isEqualTo(outcome(Instant::parse, null));
    assertThat(outcome(TimeText::date, null)).isEqualTo(outcome(LocalDate::parse, null));
  }
}

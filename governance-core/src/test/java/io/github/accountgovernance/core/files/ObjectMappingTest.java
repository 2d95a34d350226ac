package io.github.accountgovernance.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.problem.InvalidFileException;
import io.github.accountgovernance.core.problem.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ObjectMappingTest {

  /** A small value with a required, an optional and a defaulted field, and two that must agree. */
  record Leave(String who, LocalDate from, LocalDate until, long days, Optional<String> note) {}

  static final class LeaveDraft {
    String who;
    LocalDate from;
    LocalDate until;
    long days;
    String note;
  }

  static final ObjectMapping<Leave, LeaveDraft> LEAVE =
      ObjectMapping.<Leave, LeaveDraft>builder("a leave", LeaveDraft::new)
          .required("who", Codecs.nonBlankText(), (d, v) -> d.who = v, Leave::who)
          .required("from", Codecs.date(), (d, v) -> d.from = v, Leave::from)
          .required("until", Codecs.date(), (d, v) -> d.until = v, Leave::until)
          .defaulted("days", Codecs.count(), 1L, (d, v) -> d.days = v, Leave::days)
          .optional("note", Codecs.text(), (d, v) -> d.note = v, Leave::note)
          .check((d, fields) -> {
            if (d.from != null && d.until != null && d.until.isBefore(d.from)) {
              fields.failAt("until", "ends before it starts (" + d.from + ")");
            }
          })
          .build(d -> new Leave(d.who, d.from, d.until, d.days, Optional.ofNullable(d.note)));

  /** Either a date or a week number, never both. */
  record When(Optional<LocalDate> date, Optional<Long> week) {}

  static final ObjectMapping<When, When[]> WHEN =
      ObjectMapping.<When, When[]>builder("a time", () -> new When[] {new When(Optional.empty(), Optional.empty())})
          .field("date", Codecs.date(), ObjectMapping.Presence.REQUIRED,
              (d, v) -> d[0] = new When(Optional.of(v), d[0].week()), When::date)
          .field("week", Codecs.count(), ObjectMapping.Presence.REQUIRED,
              (d, v) -> d[0] = new When(d[0].date(), Optional.of(v)), When::week)
          .alternatives("give a date or a week, not both", "give a date or a week", List.of("date"), List.of("week"))
          .build(d -> d[0]);

  private static <T> T read(ObjectMapping<T, ?> mapping, String yaml) {
    Problems problems = new Problems("leave.yaml", LocatedReader.Limits.smallFiles(),
        list -> new InvalidFileException("leave file leave.yaml", list));
    LocatedNode root = LocatedReader.smallFiles(Syntax.YAML).readTree(yaml, problems);
    Optional<T> value = mapping.read(root, "", problems);
    problems.throwIfAny();
    return value.orElseThrow();
  }

  private static List<String> problems(ObjectMapping<?, ?> mapping, String yaml) {
    try {
      read(mapping, yaml);
    } catch (InvalidFileException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected a problem in:\n" + yaml);
  }

  private static <T> String write(ObjectMapping<T, ?> mapping, T value, Syntax syntax) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = Output.generator(text, syntax)) {
      mapping.write(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  @Test
  void read_fillsDefaultsAndLeavesOptionalFieldsEmpty() {
    assertThat(read(LEAVE, "who: PC Ash\nfrom: 2021-04-12\nuntil: 2021-04-16\n"))
        .isEqualTo(new Leave("PC Ash", LocalDate.of(2021, 4, 12), LocalDate.of(2021, 4, 16), 1, Optional.empty()));
  }

  @Test
  void write_usesTheSameDescription_leavingDefaultsAndEmptyOptionalsOut() {
    Leave leave = new Leave("PC Ash", LocalDate.of(2021, 4, 12), LocalDate.of(2021, 4, 16), 1, Optional.empty());

    assertThat(write(LEAVE, leave, Syntax.YAML)).isEqualTo("who: PC Ash\nfrom: 2021-04-12\nuntil: 2021-04-16\n");
    Leave longer = new Leave("PC Ash", leave.from(), leave.until(), 5, Optional.of("annual"));
    assertThat(write(LEAVE, longer, Syntax.JSON)).isEqualTo(
        "{\n  \"who\": \"PC Ash\",\n  \"from\": \"2021-04-12\",\n  \"until\": \"2021-04-16\",\n  \"days\": 5,\n"
            + "  \"note\": \"annual\"\n}");
    assertThat(read(LEAVE, write(LEAVE, longer, Syntax.YAML))).isEqualTo(longer);
  }

  @Test
  void read_reportsEveryProblemOfTheObjectAtOnce() {
    assertThat(problems(LEAVE, "who: \" \"\nfrom: soon\nuntil: 2021-04-16\ndayz: 3\n"))
        .containsExactly(
            "leave.yaml:1:6: who: field \"who\" in a leave is blank; give it a value",
            "leave.yaml:2:7: from: expected a date such as 2021-03-31 (year-month-day), but got \"soon\"",
            "leave.yaml:4:1: dayz: unknown field \"dayz\" in a leave (did you mean \"days\"?); the fields of a leave"
                + " are who, from, until, days, note");
  }

  @Test
  void check_seesTheWholeObjectAndReportsAtTheField() {
    assertThat(problems(LEAVE, "who: PC Ash\nfrom: 2021-04-12\nuntil: 2021-04-01\n"))
        .containsExactly("leave.yaml:3:8: until: ends before it starts (2021-04-12)");
  }

  @Test
  void alternatives_readTheOneGroupPresent_andRefuseSeveralOrNone() {
    assertThat(read(WHEN, "week: 14\n")).isEqualTo(new When(Optional.empty(), Optional.of(14L)));
    assertThat(problems(WHEN, "week: 14\ndate: 2021-04-12\n"))
        .containsExactly("leave.yaml:1:1: (document): give a date or a week, not both");
    assertThat(problems(WHEN, "{}\n")).containsExactly("leave.yaml:1:1: (document): give a date or a week");
  }

  @Test
  void builder_refusesAFieldDeclaredTwice() {
    assertThatThrownBy(() -> ObjectMapping.<Leave, LeaveDraft>builder("a leave", LeaveDraft::new)
            .required("who", Codecs.text(), (d, v) -> d.who = v, Leave::who)
            .required("who", Codecs.text(), (d, v) -> d.who = v, Leave::who))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field \"who\" of a leave is declared twice");
  }
}

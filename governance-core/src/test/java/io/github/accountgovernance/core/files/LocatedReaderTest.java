package io.github.accountgovernance.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonToken;
import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.problem.SourceLocation;
import io.github.accountgovernance.core.problem.InvalidFileException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LocatedReaderTest {

  private static final LocatedReader YAML = LocatedReader.smallFiles(Syntax.YAML);
  private static final LocatedReader JSON = LocatedReader.smallFiles(Syntax.JSON);

  private static Problems problems(LocatedReader reader) {
    return new Problems("waivers.yaml", reader.limits(), list -> new InvalidFileException("waiver file", list));
  }

  /** The problems of a read that must be refused, as users read them. */
  static List<String> problemsOf(Runnable read) {
    try {
      read.run();
    } catch (InvalidFileException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected the file to be refused");
  }

  @Test
  void yaml_locatesValuesAndFieldNames() {
    Problems problems = problems(YAML);
    LocatedNode root = YAML.readTree("waivers:\n  - rule: MON-2\n    reason: agreed\n", problems);

    assertThat(problems.isEmpty()).isTrue();
    LocatedNode first = root.fields().get("waivers").items().get(0);
    assertThat(first.fields().get("reason").text()).isEqualTo("agreed");
    assertThat(first.fields().get("reason").location()).isEqualTo(new SourceLocation("waivers.yaml", 3, 13));
    assertThat(first.keyLocation("reason")).isEqualTo(new SourceLocation("waivers.yaml", 3, 5));
    assertThat(first.fields().get("reason").describe()).isEqualTo("the text \"agreed\"");
  }

  @Test
  void entry_namesItsListAndIndexInTheProblemsFoundInIt() {
    LocatedReader reader = LocatedReader.of(Syntax.JSON,
        new LocatedReader.Limits(1 << 20, 64, 5, 1_000, 100, null, ""), "estate");
    Problems problems = problems(reader);
    String text = "[{\"a\": {\"b\": \"x\"}, \"a\": 1}, {\"c\": [\"long text\"]}]";

    assertThat(problemsOf(() -> {
      try {
        reader.read(text, problems, cursor -> {
          cursor.next();
          int index = 7;
          for (JsonToken token = cursor.next(); token != JsonToken.END_ARRAY; token = cursor.next()) {
            cursor.entry(token, 2, "rota", index++);
          }
          return null;
        });
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    })).containsExactly("waivers.yaml:1:36: rota[8].c[0]: a text is longer than 5 characters, the limit for"
        + " untrusted files");
    assertThat(problems.list()).extracting(Problem::toString).containsExactly("waivers.yaml:1:20: rota[7].a: field"
        + " \"a\" appears more than once in this mapping (first at line 1, column 3); keep one");
  }

  @Test
  void emptyFile_isANullNodeAtItsStart() {
    LocatedNode root = YAML.readTree("", problems(YAML));

    assertThat(root.isNull()).isTrue();
    assertThat(root.location()).isEqualTo(new SourceLocation("waivers.yaml", 1, 1));
  }

  @Test
  void syntaxError_isOneFatalProblemAtItsLine() {
    assertThat(problemsOf(() -> JSON.readTree("{\n  \"waivers\": [\n}", problems(JSON))))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("waivers.yaml:3:").contains("(document): the file is not valid JSON: "));
  }

  @Test
  void repeatedField_isReportedWithWhereItFirstStands() {
    Problems problems = problems(YAML);
    YAML.readTree("waivers:\n  - rule: MON-2\n    rule: MON-3\n", problems);

    assertThat(problems.list()).extracting(Problem::toString).containsExactly(
        "waivers.yaml:3:5: waivers[0].rule: field \"rule\" appears more than once in this mapping (first at line 2,"
            + " column 5); keep one");
  }

  @Test
  void tooDeepNesting_isFatal_namingTheLimit() {
    int depth = JSON.limits().maxNestingDepth() + 5;

    assertThat(problemsOf(() -> JSON.readTree("[".repeat(depth) + "]".repeat(depth), problems(JSON))))
        .singleElement().satisfies(p -> assertThat(p).contains("values nest more than 64 levels deep"));
  }

  @Test
  void yamlAliases_areRefusedWhereTheyStand_soNoAliasBombCanExpand() {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char level = 'b'; level <= 'k'; level++) {
      char previous = (char) (level - 1);
      yaml.append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 10; i++) {
        yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      yaml.append("]\n");
    }

    assertThat(problemsOf(() -> YAML.readTree(yaml.toString(), problems(YAML)))).containsExactly(
        "waivers.yaml:2:8: b[0]: YAML aliases (*a) are not allowed, because a few lines of aliases can expand to"
            + " billions of values; write the value out in full");
  }

  @Test
  void limits_withAdvice_sayHowToRaiseThem() {
    LocatedReader.Limits limits = new LocatedReader.Limits(100, 20, 10, 2, 5,
        name -> " (ReadLimits." + name + "); if the file is trusted, raise it with ReadLimits.builder()." + name
            + "(...)", "");
    LocatedReader reader = LocatedReader.of(Syntax.YAML, limits, "estate");
    Problems problems = new Problems("e.yaml", limits, list -> new InvalidFileException("waiver file", list));

    assertThat(problemsOf(() -> reader.readTree("list: [a, b, c]\n", problems))).containsExactly(
        "e.yaml:1:14: list[2]: a list here has more than 2 entries, the limit for untrusted files"
            + " (ReadLimits.maxEntries); if the file is trusted, raise it with ReadLimits.builder().maxEntries(...)");
    assertThat(problemsOf(() -> reader.readTree("text: " + "x".repeat(11) + "\n", problems)))
        .singleElement().satisfies(p -> assertThat(p).contains("e.yaml:1:7: text: a text is longer than 10"));
  }

  @Test
  void cursor_streamsABigListOneEntryAtATime() throws IOException {
    Problems problems = problems(YAML);
    List<String> rules = new ArrayList<>();

    int read = YAML.read("waivers:\n  - {rule: MON-2}\n  - {rule: MON-4}\n", problems, cursor -> {
      assertThat(cursor.next()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(cursor.next()).isEqualTo(JsonToken.FIELD_NAME);
      assertThat(cursor.fieldName()).isEqualTo("waivers");
      assertThat(cursor.next()).isEqualTo(JsonToken.START_ARRAY);
      int index = 0;
      for (JsonToken token = cursor.next(); token != JsonToken.END_ARRAY; token = cursor.next(), index++) {
        LocatedNode entry = cursor.value(token, 3, "waivers[" + index + "]");
        rules.add(entry.fields().get("rule").text() + "@" + entry.line());
      }
      assertThat(cursor.next()).isEqualTo(JsonToken.END_OBJECT);
      cursor.end();
      return index;
    });

    assertThat(read).isEqualTo(2);
    assertThat(rules).containsExactly("MON-2@2", "MON-4@3");
  }

  @Test
  void objectFields_reportEveryUnknownMissingAndMalformedFieldTogether_andAMisspellingOnce() {
    Problems problems = problems(YAML);
    LocatedNode root = YAML.readTree("rule: MON-2\nresaon: agreed\nexpires: 30/06/2021\n", problems);
    ObjectFields fields =
        ObjectFields.of(root, "waivers[0]", "a waiver", List.of("rule", "reason", "approvedBy", "expires"), problems)
            .orElseThrow();

    assertThat(fields.requiredString("reason")).isEmpty();
    assertThat(fields.requiredString("approvedBy")).isEmpty();
    assertThat(fields.date("expires", true)).isEmpty();
    assertThat(fields.failed()).isTrue();
    assertThat(problems.list()).extracting(Problem::toString).containsExactly(
        "waivers.yaml:2:1: waivers[0].resaon: unknown field \"resaon\" in a waiver (did you mean \"reason\"?); the"
            + " fields of a waiver are rule, reason, approvedBy, expires",
        "waivers.yaml:1:1: waivers[0].approvedBy: missing required field \"approvedBy\" in a waiver",
        "waivers.yaml:3:10: waivers[0].expires: expected a date such as 2021-03-31 (year-month-day), but got"
            + " \"30/06/2021\"");
  }

  @Test
  void problems_stopAtTheLimit_sayingSo() {
    LocatedReader.Limits limits = new LocatedReader.Limits(1_000, 20, 100, 100, 2, null, "");
    Problems problems = new Problems("w.yaml", limits, list -> new InvalidFileException("waiver file", list));
    problems.add("a", "first", 1, 1);

    assertThatThrownBy(() -> problems.add("b", "second", 2, 1))
        .isInstanceOfSatisfying(InvalidFileException.class, e -> {
          assertThat(e.stoppedEarly()).isTrue();
          assertThat(e.problems()).extracting(Problem::toString).containsExactly(
              "w.yaml:2:1: (reading): reading stopped here after 2 problems, the limit for untrusted files; the"
                  + " problems found so far follow: fix them first",
              "w.yaml:1:1: a: first",
              "w.yaml:2:1: b: second");
          assertThat(e).hasMessageStartingWith("the waiver file has at least 2 problems (reading stopped there):\n"
              + "  - w.yaml:2:1: (reading): reading stopped here");
        });
  }
}

package io.github.accountgovernance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.EstateProblem;
import io.github.accountgovernance.core.model.EstateProblem.SourceLocation;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class LocatedReaderTest {

  private static LocatedNode read(String text, LocatedReader.Syntax syntax, Problems problems) {
    return LocatedReader.read("waivers.yaml", new StringReader(text), syntax, problems);
  }

  @Test
  void yaml_locatesFieldsAndItems() {
    Problems problems = new Problems();
    LocatedNode root = read("waivers:\n  - rule: MON-2\n    reason: agreed\n", LocatedReader.Syntax.YAML, problems);

    assertThat(problems.isEmpty()).isTrue();
    LocatedNode first = root.fields().get("waivers").items().get(0);
    assertThat(first.fields().get("reason").text()).isEqualTo("agreed");
    assertThat(first.fields().get("reason").location()).isEqualTo(new SourceLocation("waivers.yaml", 3, 13));
    assertThat(first.keyLocation("reason")).isEqualTo(new SourceLocation("waivers.yaml", 3, 5));
  }

  @Test
  void json_syntaxError_isAProblemAtItsLineNotAnException() {
    Problems problems = new Problems();
    LocatedNode root = read("{\n  \"waivers\": [\n}", LocatedReader.Syntax.JSON, problems);

    assertThat(root.kind()).isEqualTo(LocatedNode.Kind.NULL);
    assertThat(problems.list()).singleElement()
        .satisfies(p -> assertThat(p.location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(3)))
        .satisfies(p -> assertThat(p.message()).startsWith("JSON syntax: "));
  }

  @Test
  void duplicateField_isReportedWithBothPlaces() {
    Problems problems = new Problems();
    read("rule: MON-2\nrule: MON-3\n", LocatedReader.Syntax.YAML, problems);

    assertThat(problems.list()).extracting(EstateProblem::toString)
        .containsExactly("waivers.yaml:2:1: rule: duplicate field \"rule\"; it is already given at waivers.yaml:1:1");
  }

  @Test
  void tooDeepNesting_isAProblem() {
    Problems problems = new Problems();
    read("[".repeat(LocatedReader.MAX_DEPTH + 5) + "]".repeat(LocatedReader.MAX_DEPTH + 5),
        LocatedReader.Syntax.JSON, problems);

    assertThat(problems.list()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("too large or too deeply nested"));
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
    Problems problems = new Problems();

    read(yaml.toString(), LocatedReader.Syntax.YAML, problems);

    assertThat(problems.list()).hasSize(100).first().hasToString(
        "waivers.yaml:2:8: b[0]: YAML aliases (*a) are not supported; write the value out");
  }

  @Test
  void objectFields_reportEveryUnknownMissingAndMalformedFieldTogether() {
    Problems problems = new Problems();
    LocatedNode root = read("rule: MON-2\nresaon: agreed\nexpires: 30/06/2021\n", LocatedReader.Syntax.YAML,
        problems);
    ObjectFields fields = ObjectFields.of(root, "waivers[0]", problems, Set.of("rule", "reason", "expires"))
        .orElseThrow();

    assertThat(fields.requiredString("reason")).isEmpty();
    assertThat(fields.date("expires", true)).isEmpty();
    assertThat(problems.list()).extracting(EstateProblem::toString).containsExactly(
        "waivers.yaml:2:1: waivers[0].resaon: unknown field \"resaon\" (did you mean \"reason\"?)",
        "waivers.yaml:1:1: waivers[0].reason: missing field \"reason\"",
        "waivers.yaml:3:10: waivers[0].expires: expected a date like 2021-06-30, found \"30/06/2021\"");
  }

  @Test
  void xmlEscaping_neverEmitsForbiddenCharacters() {
    assertThat(Output.xmlAttribute("a<b & \"c\"\n\u0001\uD800")).isEqualTo("a&lt;b &amp; &quot;c&quot;&#10;\uFFFD\uFFFD");
    assertThat(Output.xmlText("line 1\nline 2 \uD83D\uDE00")).isEqualTo("line 1\nline 2 \uD83D\uDE00");
  }
}

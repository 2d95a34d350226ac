package io.github.accountgovernance.rules.whatif;

import static io.github.accountgovernance.rules.whatif.WhatIfFixtures.NPCC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.LocatedReader;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.files.Syntax;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class ChangeFormatTest {

  private static final ChangeReport FORTNIGHT =
      ChangeReport.whatIf(NPCC, WhatIfFixtures.york(),
          Scenario.builder().absent("c1", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 22)).build());

  @Test
  void text_answersTheQuestionFirst_thenNamesTheWindowsAndWhoElseCouldCover() {
    String text = ChangeFormat.TEXT.render(FORTNIGHT);

    assertThat(text).startsWith(
        "What if PC Alex Example (c1) is absent Mon 8 Mar 2021 00:00 – Mon 22 Mar 00:00 GMT, 14 d (leave)\n"
            + "Compared with the estate as it is, the scenario clears ");
    assertThat(text).contains("""
        Declared hours that lose cover (1 account)
          @NYP_York (account:york-x): 4 windows, 1 d 16 h in all
            Thu 11 Mar 2021 08:00 – 18:00 GMT, 10 h
            Fri 12 Mar 2021 08:00 – 18:00 GMT, 10 h
            Thu 18 Mar 2021 08:00 – 18:00 GMT, 10 h
            Fri 19 Mar 2021 08:00 – 18:00 GMT, 10 h
            who else could cover them: on its rota and free then: Sgt Sam Example (c2)
        """);
    assertThat(text).contains("\nViolations that appear (").contains("  MON-3 (error) declared hours covered\n")
        .contains("\nRules that change (").endsWith("\n");
  }

  @Test
  void markdown_hasTheSameSections_asTablesAndLists() {
    String markdown = ChangeFormat.MARKDOWN.render(FORTNIGHT);

    assertThat(markdown).startsWith("# What if PC Alex Example (c1) is absent")
        .contains("| | the estate as it is | the scenario |")
        .contains("## Declared hours that lose cover (1 account)")
        .contains("| **@NYP\\_York** (`account:york-x`) | Thu 11 Mar 2021 08:00 – 18:00 GMT, 10 h | on its rota and free"
            + " then: Sgt Sam Example (c2) |")
        .contains("## Violations that appear (")
        .contains("## Rules that change (");
  }

  @Test
  void json_isOneDocumentOfTheChangesSchema() {
    String json = ChangeFormat.JSON.render(FORTNIGHT);
    Problems problems = new Problems("changes.json", LocatedReader.Limits.smallFiles(),
        found -> new IllegalStateException(found.toString()));
    LocatedNode root = LocatedReader.smallFiles(Syntax.JSON).readTree(json, problems);
    problems.throwIfAny();

    assertThat(root.fields().get("schema").text()).isEqualTo(ChangeFormat.JSON_SCHEMA);
    assertThat(root.fields().keySet()).containsExactly("schema", "title", "summary", "differences", "before",
        "after", "coverLost", "coverRegained", "rules", "parameters", "appeared", "cleared", "changed", "stayed");
    LocatedNode york = root.fields().get("coverLost").items().get(0);
    assertThat(york.fields().get("account").fields().get("id").text()).isEqualTo("york-x");
    assertThat(york.fields().get("lostSeconds").text()).isEqualTo("144000");
    assertThat(york.fields().get("windows").items().get(0).fields().get("onRota").items().get(0).fields()
        .get("id").text()).isEqualTo("c2");
    assertThat(root.fields().get("stayed").items()).hasSize(FORTNIGHT.persisted().size());
  }

  @Test
  void everyFormat_writesWhatItRenders_andIsNamedAsTheCommandLineNamesIt() throws Exception {
    for (ChangeFormat format : ChangeFormat.values()) {
      StringWriter out = new StringWriter();
      format.write(FORTNIGHT, out);
      assertThat(out).hasToString(format.render(FORTNIGHT));
      assertThat(ChangeFormat.named(format.toString())).isSameAs(format);
    }
    assertThat(ChangeFormat.MARKDOWN.fileExtension()).isEqualTo("md");
    assertThatThrownBy(() -> ChangeFormat.named("sarif")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use text, json or markdown");
  }
}

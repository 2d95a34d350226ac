package io.github.accountgovernance.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.rules.authoring.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class CataloguePageTest {

  /** The page in the repository, relative to this module's folder (where Surefire runs tests). */
  private static final Path PAGE = Path.of("..", "docs", "catalogue.md");

  @Test
  void page_isTheCatalogueTheCodeDefines() throws IOException {
    String generated = CataloguePage.markdown();
    if (Boolean.getBoolean("catalogue.write")) {
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/catalogue.md is out of date: regenerate it with"
            + " ./mvnw -pl governance-core,governance-rules test -Dcatalogue.write=true")
        .isEqualTo(generated);
  }

  @Test
  void page_namesEveryRuleOfTheCatalogueWithItsStatementAndParameters() {
    String page = CataloguePage.markdown();

    for (Rule rule : PolicyPacks.catalogue()) {
      assertThat(page).contains("### " + rule.id() + " " + rule.title(), rule.statement());
      rule.parameters().forEach(parameter -> assertThat(page).contains("| `" + parameter.key() + "` |"));
    }
  }

  @Test
  void page_isTheSameEveryTime() {
    assertThat(CataloguePage.markdown()).isEqualTo(CataloguePage.markdown());
  }
}

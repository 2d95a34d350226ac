package io.github.accountgovernance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.files.PackFiles;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps docs/pack-format.md, which the command line's unknown-pack message points to, true to the code. */
final class PackFormatDocumentTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "pack-format.md");

  private static String document() throws IOException {
    return Files.readString(DOCUMENT, StandardCharsets.UTF_8);
  }

  private static String block(String text, String language) {
    Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(text);
    assertThat(block.find()).as("a ```%s block", language).isTrue();
    return block.group(1);
  }

  @Test
  void examples_readAsTheSamePackInYamlAndJson() throws IOException {
    PolicyPack yaml = PackFiles.read(block(document(), "yaml"), "nyp-2021.yaml");
    PolicyPack json = PackFiles.read(block(document(), "json"), "nyp-2021.json");

    assertThat(yaml.id()).isEqualTo("nyp-2021");
    assertThat(yaml.derivedFrom()).contains("npcc2021");
    assertThat(yaml.parameters()).filteredOn(p -> p.key().equals("minMonitors"))
        .singleElement().extracting(EffectiveParameter::text).isEqualTo("3");
    assertThat(yaml.disabled()).containsOnlyKeys(json.disabled().keySet());
    assertThat(yaml.parameters()).extracting(EffectiveParameter::key, EffectiveParameter::text)
        .isEqualTo(json.parameters().stream().map(p -> tuple(p.key(), p.text()))
            .toList());
  }

  @Test
  void parameterTable_listsEveryParameterWithItsDefault() throws IOException {
    String document = document();
    List<EffectiveParameter> parameters = PolicyPacks.npcc2021().parameters();

    assertThat(parameters).hasSize(21).allSatisfy(parameter -> {
      String row = "| `" + parameter.key() + "` | " + parameter.type() + " | ";
      assertThat(document).contains(row);
      // Patterns with a "|" are shown in catalogue.md, where the table escapes it.
      if (parameter.type().equals("pattern") && parameter.defaultText().contains("|")) {
        return;
      }
      String shown = parameter.defaultText().isEmpty() ? "(none)" : "`" + parameter.defaultText() + "`";
      assertThat(document).contains(row + shown + " |");
    });
  }

  @Test
  void unknownPackMessage_pointsToThisDocument() {
    assertThat(DOCUMENT).exists();
    assertThat(Cli.run("rules", "--pack", "npcc-2021").err()).contains("docs/pack-format.md");
  }
}

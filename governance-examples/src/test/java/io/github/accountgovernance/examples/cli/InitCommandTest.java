package io.github.accountgovernance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.io.EstateFiles;
import io.github.accountgovernance.core.model.Estate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class InitCommandTest {

  @Test
  void init_writesAStarterFolderThatChecksAndImports(@TempDir Path dir) throws IOException {
    Path folder = dir.resolve("our-estate");

    Cli.Run init = Cli.run("init", folder.toString(), "--force-name", "North Yorkshire Police", "--as-of",
        "2021-04-06");
    Cli.Run check = Cli.run("check", folder.resolve("estate.yaml").toString());
    Cli.Run imported = Cli.run("import", folder.resolve("estate.yaml").toString(), "--output",
        dir.resolve("single.yaml").toString());

    assertThat(init.code()).as("%s", init).isEqualTo(GovernanceCommand.OK);
    assertThat(Files.readString(folder.resolve("estate.yaml"))).startsWith("# The social-media estate of North"
        + " Yorkshire Police").contains("What to fill in");
    assertThat(Files.readString(folder.resolve("accounts.csv")).lines()).hasSize(2);
    assertThat(check.code()).as("%s", check).isIn(GovernanceCommand.OK, GovernanceCommand.VIOLATIONS);
    assertThat(check.out()).contains(folder.resolve("accounts.csv") + ":2)");
    assertThat(imported.code()).as("%s", imported).isEqualTo(GovernanceCommand.OK);
    Estate single = EstateFiles.read(dir.resolve("single.yaml"));
    assertThat(single).isEqualTo(EstateFiles.read(folder.resolve("estate.yaml")));
    assertThat(single.rota()).hasSize(260);
    assertThat(Files.readString(dir.resolve("single.yaml"))).doesNotContain("sources:");
  }

  @Test
  void init_replacesNothing(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("estate.yaml"), "mine");

    Cli.Run init = Cli.run("init", dir.toString());

    assertThat(init.code()).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(init.err()).contains("is not empty");
    assertThat(Files.readString(dir.resolve("estate.yaml"))).isEqualTo("mine");
  }
}

package io.github.accountgovernance.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.InvalidEstateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources: section as core sees it: without governance-sources on the path, no format reads a file. */
final class EstateSourcesTest {

  private static final String ESTATE =
      """
      schema: account-governance/estate@1
      force: {name: North Yorkshire Police}
      asOf: 2021-04-06T00:00:00Z
      sources:
        accounts: accounts.csv
      """;

  @TempDir Path dir;

  @Test
  void aSourcedFile_withoutTheSourcesArtifact_namesTheArtifactToAdd() throws IOException {
    Path file = dir.resolve("estate.yaml");
    Files.writeString(file, ESTATE);
    Files.writeString(dir.resolve("accounts.csv"), "id\n");

    assertThatThrownBy(() -> EstateFiles.read(file))
        .isInstanceOf(InvalidEstateException.class)
        .hasMessageContaining("estate.yaml:5:13: sources.accounts: no reader of source files is on the class or"
            + " module path, so \"accounts.csv\" cannot be read; add the artifact"
            + " io.github.accountgovernance:governance-sources (module io.github.accountgovernance.sources)");
  }

  @Test
  void anEstateReadFromText_hasNoFolderToFindSourcesIn() {
    assertThatThrownBy(() -> EstateReader.yaml().read(ESTATE, "upload.yaml"))
        .isInstanceOf(InvalidEstateException.class)
        .hasMessageContaining("upload.yaml:5:13: sources.accounts: source files are found beside the estate file,"
            + " but this estate was not read from a file");
  }

  @Test
  void sourcesThatAreNotAMapping_areReported() {
    assertThatThrownBy(() -> EstateReader.yaml().read(ESTATE.replace("\n  accounts: accounts.csv", " accounts.csv"),
            "upload.yaml"))
        .isInstanceOf(InvalidEstateException.class)
        .hasMessageContaining("upload.yaml:4:10: sources: expected a mapping of parts of the estate to the files they"
            + " are read from");
  }

  @Test
  void anEmptySourcesSection_readsAnEstateWithoutSources() {
    assertThat(EstateReader.yaml().read(ESTATE.replace("\n  accounts: accounts.csv", ""), "upload.yaml")
        .accounts()).isEmpty();
  }
}

package io.github.accountgovernance.consumertests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.consumertests.UserBuild.Run;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library user's program ({@code src/test/consumer}), compiled with {@code -Xlint:all -Werror} against the built
 * jars and exactly the dependencies a user's Maven resolves for governance-rules, then run: once on the module
 * path with a {@code module-info} that requires {@code io.github.accountgovernance.rules}, once on the class path.
 */
final class LibraryUserProgramTest {

  private static final Path CONSUMER = Path.of("src", "test", "consumer");
  private static final Path SOURCE = CONSUMER.resolve(Path.of("any-path", "example", "consumer", "Check.java"));
  private static final String MAIN = "example.consumer.Check";

  @Test
  void onTheModulePath_aModuleThatRequiresTheRulesModuleCompilesCleanlyAndRunsACheck(@TempDir Path out)
      throws IOException, InterruptedException {
    List<Path> sources = List.of(CONSUMER.resolve(Path.of("module-path", "module-info.java")), SOURCE);

    assertThat(UserBuild.compile(sources, out, "--module-path", UserBuild.libraryPath()))
        .as("javac diagnostics").isEmpty();
    Run run = UserBuild.java(out, List.of("--module-path", out + File.pathSeparator + UserBuild.libraryPath(),
        "--module", "example.consumer/" + MAIN));

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).as("%s", run).first().isEqualTo("library module: io.github.accountgovernance.rules");
    assertChecked(run);
  }

  @Test
  void onTheClassPath_theSameProgramCompilesCleanlyAndRunsTheSameCheck(@TempDir Path out)
      throws IOException, InterruptedException {
    assertThat(UserBuild.compile(List.of(SOURCE), out, "--class-path", UserBuild.libraryPath()))
        .as("javac diagnostics").isEmpty();
    Run run = UserBuild.java(out, List.of("--class-path", out + File.pathSeparator + UserBuild.libraryPath(), MAIN));

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).as("%s", run).first().isEqualTo("library on the class path");
    assertChecked(run);
  }

  @Test
  void theUsersPath_holdsTheLibraryJarsAndNeitherImmutablesNorTestLibraries() throws IOException {
    List<String> jars = Stream.of(UserBuild.libraryPath().split(File.pathSeparator))
        .map(entry -> Path.of(entry).getFileName().toString())
        .toList();

    assertThat(jars).anyMatch(jar -> jar.startsWith("governance-rules-") && jar.endsWith(".jar"))
        .anyMatch(jar -> jar.startsWith("governance-core-") && jar.endsWith(".jar"))
        .noneMatch(jar -> jar.startsWith("value-") || jar.startsWith("assertj") || jar.startsWith("junit"));
  }

  /** The lines after the first: the same check, whichever path the library was loaded from. */
  private static void assertChecked(Run run) {
    assertThat(run.out()).as("%s", run).hasSize(4);
    assertThat(run.out().get(1)).as("%s", run)
        .startsWith("example-2021 (Example Police 2021) for Example Police as of ")
        .containsPattern(": [1-9][0-9]* errors?, ");
    assertThat(run.out().get(2)).as("%s", run).startsWith("broken rules: [").contains("MON-2", "MON-3");
    assertThat(run.out().get(3)).as("%s", run).isEqualTo("SARIF written: true");
  }
}

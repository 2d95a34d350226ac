package io.github.accountgovernance.consumertests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.consumertests.UserBuild.Run;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy-team template runs where it is copied: its source and its estate file go into a new project's
 * {@code src/test/java} and {@code src/test/resources}, it is compiled against governance-rules, JUnit 5 and
 * AssertJ only (nothing of governance-examples), and its tests run in a JVM whose working directory is that
 * project, as a policy team's build would run them.
 */
final class PolicyTeamTemplateTest {

  private static final String TEMPLATE = "io.github.accountgovernance.examples.policyteam.NorthYorkshirePolicyTest";

  @Test
  void template_copiedIntoANewProject_compilesAndAllItsTestsPass(@TempDir Path project)
      throws IOException, InterruptedException {
    Path source = project.resolve(Path.of("src", "test", "java")).resolve(TEMPLATE.replace('.', '/') + ".java");
    Path estate = project.resolve(Path.of("src", "test", "resources", "our-estate.yaml"));
    copy(System.getProperty("template.source"), source);
    copy(System.getProperty("template.estate"), estate);
    Path classes = Files.createDirectories(project.resolve(Path.of("target", "test-classes")));

    assertThat(UserBuild.compile(List.of(source), classes, "--class-path", UserBuild.testPath()))
        .as("javac diagnostics").isEmpty();
    Files.copy(estate, classes.resolve("our-estate.yaml"));
    Run run = UserBuild.java(project, List.of("--class-path",
        String.join(File.pathSeparator, classes.toString(), runnerClasses(), UserBuild.testPath()),
        TemplateRunner.class.getName(), TEMPLATE));

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).as("%s", run).first().isEqualTo("tests found 4, succeeded 4, failed 0");
  }

  @Test
  void testPath_holdsTheLibraryJUnitAndAssertJButNotTheExamples() throws IOException {
    assertThat(List.of(UserBuild.testPath().split(File.pathSeparator)))
        .anyMatch(entry -> entry.contains("governance-rules"))
        .anyMatch(entry -> entry.contains("junit-jupiter-api"))
        .anyMatch(entry -> entry.contains("assertj-core"))
        .noneMatch(entry -> entry.contains("governance-examples") || entry.contains("picocli"));
  }

  private static void copy(String from, Path to) throws IOException {
    assertThat(from).as("the file to copy, set by the pom").isNotNull();
    Files.createDirectories(to.getParent());
    Files.copy(Path.of(from), to);
  }

  /** Where {@link TemplateRunner} was compiled: this module's test classes. */
  private static String runnerClasses() {
    try {
      return Path.of(TemplateRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.github.accountgovernance.examples.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code governance} launcher that the build writes next to {@code target/governance.jar} gives what
 * {@code java -jar governance.jar} gives: the same standard output, standard error and exit code, with the
 * build's class-data archive, without it, and with an archive that does not fit. Runs after {@code package} (the
 * {@code launcher-tests} execution of surefire in the integration-test phase), when the jar and launcher exist.
 * No timing is asserted.
 */
final class GovernanceLauncherTest {

  private static final Path TARGET = Path.of("target").toAbsolutePath();

  @Test
  void theLauncherChecksTheBeforeEstateExactlyAsJavaJarDoes() throws Exception {
    assertThat(TARGET.resolve("governance.jsa")).as("the archive the build writes").isRegularFile();
    Result jar = javaJar(TARGET, "check", "--example", "north-yorkshire-2021-before");
    Result launcher = launcher(TARGET, Map.of(), "check", "--example", "north-yorkshire-2021-before");

    assertThat(jar.exitCode()).isEqualTo(1);
    assertThat(jar.out()).contains("1107 errors, 214 warnings");
    assertThat(launcher).isEqualTo(jar);
  }

  @Test
  void theLauncherPassesUsageErrorsAndOtherCommandsThroughUnchanged() throws Exception {
    for (String[] command :
        List.of(
            new String[] {"check", "--no-such-option"},
            new String[] {"check", "no-such-estate.yaml"},
            new String[] {"--version"},
            new String[] {"check", "--example", "north-yorkshire-2021-after", "--format", "json"})) {
      assertThat(launcher(TARGET, Map.of(), command)).as(String.join(" ", command))
          .isEqualTo(javaJar(TARGET, command));
    }
  }

  @Test
  void withoutItsArchiveOrWithOneThatDoesNotFitTheLauncherRunsTheSameSilently(@TempDir Path copy)
      throws Exception {
    Files.copy(TARGET.resolve("governance"), copy.resolve("governance"));
    copy.resolve("governance").toFile().setExecutable(true);
    Files.copy(TARGET.resolve("governance.jar"), copy.resolve("governance.jar"));
    Result jar = javaJar(copy, "check", "--example", "north-yorkshire-2021-before");

    assertThat(launcher(copy, Map.of(), "check", "--example", "north-yorkshire-2021-before")).isEqualTo(jar);

    // The build's archive names the jar at its own path: next to a copy of the jar, Java refuses it.
    Files.copy(TARGET.resolve("governance.jsa"), copy.resolve("governance.jsa"), StandardCopyOption.REPLACE_EXISTING);
    assertThat(launcher(copy, Map.of(), "check", "--example", "north-yorkshire-2021-before")).isEqualTo(jar);

    // Nor is anything printed for a file that is no archive at all.
    Files.delete(copy.resolve("governance.jsa"));
    Files.write(copy.resolve("governance.jsa"), "not a class-data archive".getBytes(StandardCharsets.UTF_8));
    assertThat(launcher(copy, Map.of(), "check", "--example", "north-yorkshire-2021-before")).isEqualTo(jar);
  }

  @Test
  void optionsInTheEnvironmentReachTheJvm() throws Exception {
    Result launcher = launcher(TARGET, Map.of("GOVERNANCE_JAVA_OPTS", "-XshowSettings:properties"), "--version");

    assertThat(launcher.exitCode()).isZero();
    assertThat(launcher.err()).contains("java.home");
    assertThat(launcher.out()).isEqualTo(javaJar(TARGET, "--version").out());
  }

  /** What a command gave: exit code, standard output and standard error. */
  record Result(int exitCode, String out, String err) {}

  private static Result javaJar(Path directory, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(directory.resolve("governance.jar").toString());
    command.addAll(List.of(arguments));
    return run(command, Map.of());
  }

  private static Result launcher(Path directory, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(directory.resolve("governance").toString());
    command.addAll(List.of(arguments));
    return run(command, environment);
  }

  /** Runs the command with this JVM as JAVA_HOME, so that the launcher and java -jar run the same Java. */
  private static Result run(List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      builder.environment().remove("GOVERNANCE_JAVA_OPTS");
      builder.environment().remove("JAVA_TOOL_OPTIONS");
      builder.environment().putAll(environment);
      int exitCode = builder.start().waitFor();
      return new Result(
          exitCode, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}

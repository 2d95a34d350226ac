package io.github.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Programs that some tests run besides the JDK (Chromium, the SARIF validator), which
 * {@code scripts/install-test-tools.sh} installs and {@code .ci/run} runs before the build. Where one is missing, a
 * test that needs it is skipped on a developer's machine, and fails under {@code CI=true}: CI must not pass by
 * testing nothing.
 */
public final class TestTools {

  /** The repository's folder, relative to a module's folder, where Surefire runs tests. */
  public static final Path REPOSITORY = Path.of("..");

  private TestTools() {}

  /** Tells whether this is CI: the environment variable {@code CI} is {@code true}, as .ci/run's caller sets it. */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * Requires a tool: fails the test under CI, and skips it elsewhere, with the reason and how to install the tool.
   *
   * @param available whether the tool is there and works
   * @param why what is missing, such as "Chromium is not installed at /usr/bin/chromium"
   */
  public static void require(boolean available, String why) {
    String how = why + "; scripts/install-test-tools.sh installs it";
    if (inCi()) {
      assertThat(available).as("%s (CI=true: the test fails rather than skips)", how).isTrue();
    } else {
      assumeTrue(available, how);
    }
  }

  /** The output and exit code of a program that ran to its end. */
  public record Run(int code, String output) {}

  /**
   * Runs a program with its standard error merged into its output, waiting at most the given minutes (a bound on a
   * hung program, not an assertion about speed).
   *
   * @return the run, or empty if the program cannot be started or did not end in time
   */
  public static Optional<Run> run(List<String> command, Path workingDirectory, int minutes) {
    try {
      Path log = Files.createTempFile("tool", ".log");
      try {
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          return Optional.empty();
        }
        return Optional.of(new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8)));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}

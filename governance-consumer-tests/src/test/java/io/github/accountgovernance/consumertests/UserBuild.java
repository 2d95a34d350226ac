package io.github.accountgovernance.consumertests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** What a library user's build does with our jars: compile against them, and run a program in a JVM of its own. */
final class UserBuild {

  private UserBuild() {}

  /** The path a user's build gives a program of theirs: written by the dependency plugin (see the pom). */
  static String path(String property) throws IOException {
    String file = System.getProperty(property);
    assertThat(file).as("system property %s, set by the pom", property).isNotNull();
    return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
  }

  /** The library's jars and their run-time dependencies, as a user's Maven resolves them. */
  static String libraryPath() throws IOException {
    return path("consumer.path.file");
  }

  /** The same with a policy team's test libraries: JUnit 5 and AssertJ. */
  static String testPath() throws IOException {
    return path("consumer.test.path.file");
  }

  /**
   * Compiles with every warning as an error and returns the diagnostics; none means it compiled cleanly.
   *
   * @param pathOption {@code --module-path} or {@code --class-path}
   */
  static List<String> compile(List<Path> sources, Path out, String pathOption, String path) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of("--release", "17", "-Xlint:all", "-Werror", "-d", out.toString(), pathOption, path);
      boolean compiled =
          javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
      List<String> messages = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        messages.add(diagnostic.getKind() + ": " + diagnostic.getMessage(Locale.ROOT));
      }
      if (!compiled && messages.isEmpty()) {
        messages.add("javac failed without a diagnostic");
      }
      return messages;
    }
  }

  /** The exit code and output of one run of a program. */
  record Run(int code, List<String> out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout ---\n" + String.join("\n", out) + "\n--- stderr ---\n" + err;
    }
  }

  /** Runs {@code java} with the arguments in a working directory, as a user's shell would. */
  static Run java(Path workingDirectory, List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(arguments);
    Path stdout = Files.createTempFile("consumer", ".out");
    Path stderr = Files.createTempFile("consumer", ".err");
    try {
      Process process = new ProcessBuilder(command)
          .directory(workingDirectory.toFile())
          .redirectOutput(stdout.toFile())
          .redirectError(stderr.toFile())
          .start();
      int code = process.waitFor();
      return new Run(code, Files.readAllLines(stdout, StandardCharsets.UTF_8),
          Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }
}

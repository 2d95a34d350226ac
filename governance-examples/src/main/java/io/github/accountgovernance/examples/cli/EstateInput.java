package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.core.model.Estate;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The estate a command reads: a file, or a bundled example with {@code --example}, as check takes it. A picocli mixin. */
final class EstateInput {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The estate file (.yaml, .yml or .json). Give this or --example.")
  private Path file;

  @Option(
      names = "--example",
      paramLabel = "NAME",
      description = "Use a bundled example estate instead of a file (see the examples command).")
  private String example;

  @CommandLine.Mixin private ReadLimitOptions limits;

  EstateInput() {}

  /** Reads the estate; a usage error if neither or both were given. */
  Estate load(CommandLine commandLine) throws IOException {
    if ((file == null) == (example == null)) {
      throw new CommandLine.ParameterException(
          commandLine, "give either an estate FILE or --example NAME (the examples command lists them)");
    }
    return Inputs.estate(file, example, limits.limits());
  }
}

package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.examples.ExampleEstates;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code governance examples}: the bundled example estates. */
@Command(
    name = "examples",
    mixinStandardHelpOptions = true,
    versionProvider = GovernanceCommand.Version.class,
    description = "Lists the bundled example estates, for check --example NAME.")
final class ExamplesCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  ExamplesCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (String name : ExampleEstates.names()) {
      out.printf("%-42s %s%n", name, ExampleEstates.describe(name));
    }
    out.flush();
    return GovernanceCommand.OK;
  }
}

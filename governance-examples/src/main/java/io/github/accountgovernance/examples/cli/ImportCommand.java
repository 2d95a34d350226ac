package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.core.io.EstateFormat;
import io.github.accountgovernance.core.io.EstateWriter;
import io.github.accountgovernance.core.model.Estate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code governance import}: writes an estate as one estate file, with an overlay's closure plans merged in. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = GovernanceCommand.Version.class,
    description = {
      "Writes an estate as one self-contained estate file, with an overlay's closure plans merged in (--overlay).",
      "Exit code 0: written; 2: a usage or input error."
    })
final class ImportCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin private EstateInput input;

  @CommandLine.Mixin private OverlayOption overlay;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the estate file here (.yaml, .yml or .json) instead of YAML on stdout.")
  private Path output;

  @CommandLine.Mixin private Verbosity verbosity;

  ImportCommand() {}

  @Override
  public Integer call() throws IOException {
    EstateFormat format =
        output == null
            ? EstateFormat.YAML
            : EstateFormat.forFileName(String.valueOf(output.getFileName()))
                .orElseThrow(() -> new InputException(
                    "--output " + output + ": an estate file is named .yaml, .yml or .json"));
    Estate estate = overlay.applyTo(input.load(spec.commandLine()));
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(EstateWriter.of(format).writeToString(estate));
      out.flush();
    } else {
      EstateWriter.of(format).write(estate, output);
      spec.commandLine().getErr().println(
          "governance: wrote the estate (" + estate.accounts().size() + " accounts, " + estate.closurePlans().size()
              + " closure plans) to " + output);
    }
    return GovernanceCommand.OK;
  }
}

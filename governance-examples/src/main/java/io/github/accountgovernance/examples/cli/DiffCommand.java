package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.Evaluation;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.whatif.ChangeReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code governance diff}: what changes between two evaluations: one estate under two packs, two estates under one
 * pack, or one estate as of two dates.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = GovernanceCommand.Version.class,
    description = {
      "Says what changes between two evaluations, matching violations by their fingerprints: one estate under two"
          + " packs (--pack and --against-pack), two estates under one pack (two FILEs, or --example and"
          + " --against-example), or one estate as of two dates (--as-of and --against-as-of).",
      "Exit code 0: no rule at or above --fail-on has more violations on the second side; 1: one does; 2: a"
          + " usage or input error."
    })
final class DiffCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..2",
      paramLabel = "FILE",
      description = "The estate file, and the one to compare it with (.yaml, .yml or .json).")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--example", paramLabel = "NAME", description = "Use a bundled example estate as the first.")
  private String example;

  @Option(
      names = "--against-example",
      paramLabel = "NAME",
      description = "Use a bundled example estate as the second.")
  private String againstExample;

  @Option(
      names = "--pack",
      paramLabel = "PACK",
      description = "npcc2021 (default), retain-individual, or a pack file deriving from one.")
  private String pack;

  @Option(
      names = "--against-pack",
      paramLabel = "PACK",
      description = "The pack of the second side; default: the same as --pack.")
  private String againstPack;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Evaluate as of this date or instant; default: each estate's own as-of.")
  private String asOf;

  @Option(
      names = "--against-as-of",
      paramLabel = "DATE",
      description = "Evaluate the second side as of this date or instant; default: as --as-of.")
  private String againstAsOf;

  @Option(names = "--horizon", paramLabel = "DURATION", description = "How far ahead to look, such as 28d (default).")
  private String horizon;

  @CommandLine.Mixin private ChangeOutput output;

  @CommandLine.Mixin private ReadLimitOptions limits;

  @CommandLine.Mixin private ThreadsOption threads;

  @CommandLine.Mixin private Verbosity verbosity;

  DiffCommand() {}

  @Override
  public Integer call() throws IOException {
    if (files.isEmpty() == (example == null)) {
      throw usage("give the first estate as FILE or --example NAME, not both and not neither");
    }
    if (files.size() == 2 && againstExample != null) {
      throw usage("give the second estate as a second FILE or --against-example NAME, not both");
    }
    Estate first = Inputs.estate(files.isEmpty() ? null : files.get(0), example, limits.limits());
    String firstName = example != null ? example : files.get(0).toString();
    boolean twoEstates = files.size() == 2 || againstExample != null;
    Estate second =
        !twoEstates ? first : Inputs.estate(files.size() == 2 ? files.get(1) : null, againstExample, limits.limits());
    String secondName = !twoEstates ? firstName : againstExample != null ? againstExample : files.get(1).toString();
    if (!twoEstates && againstPack == null && againstAsOf == null) {
      throw usage("say what to compare: a second estate (FILE or --against-example), --against-pack or"
          + " --against-as-of");
    }

    PolicyPack firstPack = Inputs.pack("--pack", pack);
    PolicyPack secondPack = againstPack == null ? firstPack : Inputs.pack("--against-pack", againstPack);
    Evaluation firstEvaluation = threads.applyTo(Evaluation.of(firstPack));
    Evaluation secondEvaluation = threads.applyTo(Evaluation.of(secondPack));
    Instant firstInstant = asOf == null ? first.asOf() : Inputs.instant("--as-of", asOf, first);
    Instant secondInstant =
        againstAsOf != null
            ? Inputs.instant("--against-as-of", againstAsOf, second)
            : asOf != null ? Inputs.instant("--as-of", asOf, second) : second.asOf();
    firstEvaluation = firstEvaluation.asOf(firstInstant);
    secondEvaluation = secondEvaluation.asOf(secondInstant);
    if (horizon != null) {
      Duration ahead = Inputs.duration("--horizon", horizon);
      firstEvaluation = firstEvaluation.horizon(ahead);
      secondEvaluation = secondEvaluation.horizon(ahead);
    }

    String firstPackName = pack != null ? pack : firstPack.id();
    String secondPackName = againstPack != null ? againstPack : firstPackName;
    List<String> firstLabel = new ArrayList<>();
    List<String> secondLabel = new ArrayList<>();
    if (twoEstates) {
      firstLabel.add(firstName);
      secondLabel.add(secondName);
    }
    if (againstPack != null) {
      firstLabel.add(firstPackName);
      secondLabel.add(secondPackName);
    }
    // Two estates are each as of their own date unless asked otherwise: their names say enough then.
    if ((asOf != null || againstAsOf != null) && !firstInstant.equals(secondInstant)) {
      firstLabel.add(shown(firstInstant, first));
      secondLabel.add(shown(secondInstant, second));
    }
    if (firstLabel.isEmpty()) {
      throw usage("both sides are the same estate, pack and date; there is nothing to compare");
    }
    ChangeReport report =
        ChangeReport.comparing()
            .before(String.join(", ", firstLabel), first, firstEvaluation)
            .after(String.join(", ", secondLabel), second, secondEvaluation)
            .compare();
    return output.write(report, spec.commandLine());
  }

  /** A date when the instant is the start of a day in the force's zone, else the instant. */
  private static String shown(Instant instant, Estate estate) {
    var local = instant.atZone(estate.force().zone());
    return local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? local.toLocalDate().toString() : instant.toString();
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}

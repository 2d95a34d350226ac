package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.core.io.EstateFormat;
import io.github.accountgovernance.core.io.EstateWriter;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.planning.ClosurePlanner;
import io.github.accountgovernance.rules.planning.ConsolidationPlan;
import io.github.accountgovernance.rules.planning.ScheduleFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code governance plan}: plans the closures a pack requires of an estate, and writes them as an estate overlay
 * and as a schedule for the communications team.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = GovernanceCommand.Version.class,
    description = {
      "Plans the closures a pack requires of an estate: successors, final messages, dates, archiving and dormant"
          + " retention.",
      "Prints the plan; --output writes it as an overlay that check --overlay and import --overlay apply, and"
          + " --schedule writes a schedule for the communications team (.md or .csv).",
      "Exit code 0: every account the pack requires to close is planned; 1: some cannot be placed (listed with"
          + " the reason); 2: a usage or input error."
    })
final class PlanCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin private EstateInput input;

  @CommandLine.Mixin private PackChoice pack;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Plan as of this date (yyyy-mm-dd): no final message goes out before it; default: the estate's"
          + " own date.")
  private String asOf;

  @Option(
      names = "--keep",
      paramLabel = "ACCOUNT",
      split = ",",
      description = "An account to keep (id or handle) where the pack leaves the choice open: the district account"
          + " to keep among several, an account not to close to meet maxActiveAccounts. Repeatable.")
  private List<String> keep = new ArrayList<>();

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the closure plans as an overlay file (.yaml, .yml or .json).")
  private Path output;

  @Option(
      names = "--schedule",
      paramLabel = "FILE",
      description = "Write a schedule for the communications team: Markdown (.md) or CSV (.csv).")
  private Path schedule;

  @CommandLine.Mixin private Verbosity verbosity;

  PlanCommand() {}

  @Override
  public Integer call() throws IOException {
    EstateFormat overlayFormat = output == null ? null : overlayFormat(output);
    ScheduleFormat scheduleFormat = schedule == null ? null : scheduleFormat(schedule);
    Estate estate = input.load(spec.commandLine());
    PolicyPack policy = pack.resolve();
    ClosurePlanner planner = ClosurePlanner.of(policy).keeping(keep);
    if (asOf != null) {
      planner = planner.asOf(Inputs.date("--as-of", asOf));
    }
    ConsolidationPlan plan = planner.plan(estate);
    PrintWriter err = spec.commandLine().getErr();
    if (output != null) {
      Files.writeString(output, overlay(plan, overlayFormat, policy), StandardCharsets.UTF_8);
      err.println(
          "governance: wrote " + plan.closures().size() + " closure plans to " + output
              + "; apply them with check --overlay " + output);
    }
    if (schedule != null) {
      Files.writeString(schedule, scheduleFormat.render(plan), StandardCharsets.UTF_8);
      err.println("governance: wrote the schedule to " + schedule);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(ScheduleFormat.TEXT.render(plan));
    out.flush();
    return plan.unplaced().isEmpty() ? GovernanceCommand.OK : GovernanceCommand.VIOLATIONS;
  }

  /** The overlay file, with a comment saying what it is when the format has comments. */
  private static String overlay(ConsolidationPlan plan, EstateFormat format, PolicyPack policy) {
    String body = EstateWriter.of(format).overlayToString(plan.overlay());
    if (format != EstateFormat.YAML) {
      return body;
    }
    return "# Closure plans for " + plan.forceName() + ", drafted by governance plan under " + policy.id()
        + " as of " + plan.today() + ".\n"
        + "# A draft for people to review: dates are planned dates, and each final message is a draft.\n"
        + "# Apply it with: governance check ESTATE --overlay THIS-FILE (see docs/overlay-format.md).\n"
        + body;
  }

  private static EstateFormat overlayFormat(Path file) {
    return EstateFormat.forFileName(String.valueOf(file.getFileName()))
        .orElseThrow(() -> new InputException(
            "--output " + file + ": an overlay file is named .yaml, .yml or .json"));
  }

  private static ScheduleFormat scheduleFormat(Path file) {
    return ScheduleFormat.forFile(file)
        .orElseThrow(() -> new InputException(
            "--schedule " + file + ": name the schedule .md (Markdown), .csv or .txt"));
  }
}

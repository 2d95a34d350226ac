package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.Evaluation;
import io.github.accountgovernance.rules.whatif.ChangeReport;
import io.github.accountgovernance.rules.whatif.Moment;
import io.github.accountgovernance.rules.whatif.Scenario;
import io.github.accountgovernance.rules.whatif.ScenarioFiles;
import io.github.accountgovernance.core.model.AbsenceReason;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code governance whatif}: applies a scenario (leave, leavers, closures, openings, rota changes) to an estate,
 * evaluates both and writes what changes.
 */
@Command(
    name = "whatif",
    mixinStandardHelpOptions = true,
    versionProvider = GovernanceCommand.Version.class,
    description = {
      "Asks what if: applies changes to an estate (people away or leaving, accounts closing or opening, rota slots"
          + " added or removed), evaluates the estate as it is and as it would be, and writes what changes: the"
          + " declared hours that lose cover and who else could cover them, and the violations that appear, go"
          + " away or change.",
      "Changes from --scenario apply first, then those of the options, in this order: --open, --close,"
          + " --remove-slots/--remove-slot, --add-slot, --leaves, --absent.",
      "Exit code 0: no rule at or above --fail-on gets more violations; 1: one does; 2: a usage or input error."
    })
final class WhatIfCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The estate file (.yaml, .yml or .json). Give this or --example.")
  private Path file;

  @Option(names = "--example", paramLabel = "NAME", description = "Use a bundled example estate instead of a file.")
  private String example;

  @CommandLine.Mixin private PackChoice pack;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Evaluate as of this date or instant; default: the estate's own as-of.")
  private String asOf;

  @Option(names = "--horizon", paramLabel = "DURATION", description = "How far ahead to look, such as 28d (default).")
  private String horizon;

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description = "A scenario file (YAML or JSON; see docs/scenario-format.md).")
  private Path scenarioFile;

  @Option(
      names = "--absent",
      arity = "2",
      paramLabel = "ID RANGE",
      description = "A person is on leave: FROM..BACK (dates: from the start of FROM to the start of BACK, the day"
          + " they are back, so 2021-03-08..2021-03-22 is a fortnight), one DATE (that day), or INSTANT..INSTANT.")
  private List<String> absent = new ArrayList<>();

  @Option(
      names = "--leaves",
      arity = "2",
      paramLabel = "ID DATE",
      description = "A person leaves on DATE: their rota slots end then (recorded as left if on or before the"
          + " estate's date).")
  private List<String> leaves = new ArrayList<>();

  @Option(
      names = "--close",
      arity = "2",
      paramLabel = "ACCOUNT DATE",
      description = "An account closes on DATE (closing until then, closed if DATE is past).")
  private List<String> close = new ArrayList<>();

  @Option(
      names = "--successor",
      arity = "2",
      paramLabel = "ACCOUNT SUCCESSOR",
      description = "Names a successor of an account that --close closes (repeat for more than one).")
  private List<String> successors = new ArrayList<>();

  @Option(
      names = "--open",
      arity = "2",
      paramLabel = "ACCOUNT DATE",
      description = "A proposed or closed account opens on DATE.")
  private List<String> open = new ArrayList<>();

  @Option(
      names = "--add-slot",
      arity = "3",
      paramLabel = "ID ACCOUNT WHEN",
      description = "A rota slot: WHEN is a weekly window such as \"Sat 08:00-16:00\" (from the as-of date on) or a"
          + " shift INSTANT..INSTANT.")
  private List<String> addSlot = new ArrayList<>();

  @Option(
      names = "--remove-slots",
      arity = "2",
      paramLabel = "ID ACCOUNT",
      description = "Takes every rota slot of a person on an account away.")
  private List<String> removeSlots = new ArrayList<>();

  @Option(
      names = "--remove-slot",
      arity = "3",
      paramLabel = "ID ACCOUNT WEEKLY",
      description = "Takes one weekly slot of a person on an account away, such as \"Mon 08:00-18:00\".")
  private List<String> removeSlot = new ArrayList<>();

  @Option(
      names = "--write-scenario",
      paramLabel = "FILE",
      description = "Also write the scenario asked (file and options together) as a scenario file.")
  private Path writeScenario;

  @CommandLine.Mixin private ChangeOutput output;

  @CommandLine.Mixin private ReadLimitOptions limits;

  @CommandLine.Mixin private ThreadsOption threads;

  @CommandLine.Mixin private Verbosity verbosity;

  WhatIfCommand() {}

  @Override
  public Integer call() throws IOException {
    if ((file == null) == (example == null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give either an estate FILE or --example NAME (the examples command lists them)");
    }
    Estate estate = Inputs.estate(file, example, limits.limits());
    Scenario scenario = scenario(estate);
    if (scenario.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "give the changes to ask about: --scenario FILE, or --absent, --leaves, --close, --open, --add-slot,"
              + " --remove-slots or --remove-slot");
    }
    if (writeScenario != null) {
      ScenarioFiles.write(scenario, writeScenario);
      spec.commandLine().getErr().println("governance: wrote the scenario to " + writeScenario);
    }
    Evaluation evaluation = threads.applyTo(Evaluation.of(pack.resolve()));
    if (asOf != null) {
      evaluation = evaluation.asOf(Inputs.instant("--as-of", asOf, estate));
    }
    if (horizon != null) {
      evaluation = evaluation.horizon(Inputs.duration("--horizon", horizon));
    }
    return output.write(ChangeReport.whatIf(evaluation, estate, scenario), spec.commandLine());
  }

  /** The file's changes, then the options', in the documented order. */
  private Scenario scenario(Estate estate) {
    Scenario.Builder scenario = Scenario.builder();
    if (scenarioFile != null) {
      Scenario read = ScenarioFiles.read(scenarioFile);
      read.name().ifPresent(scenario::name);
      scenario.addAll(read.changes());
    }
    for (int i = 0; i < open.size(); i += 2) {
      scenario.opens(open.get(i), Inputs.date("--open", open.get(i + 1)));
    }
    Map<String, List<String>> successorsOf = new LinkedHashMap<>();
    for (int i = 0; i < successors.size(); i += 2) {
      successorsOf.computeIfAbsent(successors.get(i), id -> new ArrayList<>()).add(successors.get(i + 1));
    }
    for (int i = 0; i < close.size(); i += 2) {
      List<String> named = successorsOf.remove(close.get(i));
      scenario.closes(
          close.get(i),
          Inputs.date("--close", close.get(i + 1)),
          named == null ? new String[0] : named.toArray(new String[0]));
    }
    if (!successorsOf.isEmpty()) {
      throw new InputException(
          "--successor names successors of " + successorsOf.keySet() + ", which no --close closes");
    }
    for (int i = 0; i < removeSlots.size(); i += 2) {
      scenario.removeSlots(removeSlots.get(i), removeSlots.get(i + 1));
    }
    for (int i = 0; i < removeSlot.size(); i += 3) {
      scenario.removeSlot(removeSlot.get(i), removeSlot.get(i + 1), weekly("--remove-slot", removeSlot.get(i + 2)));
    }
    LocalDate today = estate.asOf().atZone(estate.force().zone()).toLocalDate();
    for (int i = 0; i < addSlot.size(); i += 3) {
      scenario.addSlot(slot(addSlot.get(i), addSlot.get(i + 1), addSlot.get(i + 2), today));
    }
    for (int i = 0; i < leaves.size(); i += 2) {
      scenario.leaves(leaves.get(i), Inputs.date("--leaves", leaves.get(i + 1)));
    }
    for (int i = 0; i < absent.size(); i += 2) {
      absence(scenario, absent.get(i), absent.get(i + 1));
    }
    return scenario.build();
  }

  private static void absence(Scenario.Builder scenario, String contributor, String range) {
    int dots = range.indexOf("..");
    try {
      if (dots < 0) {
        LocalDate day = LocalDate.parse(range.strip());
        scenario.absent(contributor, day, day.plusDays(1));
        return;
      }
      Moment from = Moment.parse(range.substring(0, dots));
      Moment until = Moment.parse(range.substring(dots + 2));
      scenario.absent(contributor, from, until, AbsenceReason.LEAVE);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new InputException(
          "--absent " + contributor + " " + range + ": give FROM..BACK such as 2021-03-08..2021-03-22 (BACK is the"
              + " day they are back), one date, or two instants such as"
              + " 2021-03-08T09:00:00Z..2021-03-08T17:00:00Z");
    }
  }

  private static RotaAssignment slot(String contributor, String account, String when, LocalDate today) {
    int dots = when.indexOf("..");
    try {
      if (dots >= 0) {
        Moment from = Moment.parse(when.substring(0, dots));
        Moment to = Moment.parse(when.substring(dots + 2));
        if (from.instant().isEmpty() || to.instant().isEmpty()) {
          throw new IllegalArgumentException("a shift runs between two instants");
        }
        return RotaAssignment.shift(contributor, account, TimeWindow.of(from.instant().get(), to.instant().get()));
      }
      return RotaAssignment.builder()
          .contributor(contributor)
          .account(account)
          .weeklyWindow(WeeklyWindow.parse(when))
          .validFrom(today)
          .build();
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new InputException(
          "--add-slot " + contributor + " " + account + " \"" + when + "\": give a weekly window such as \"Sat"
              + " 08:00-16:00\" or a shift such as 2021-03-13T08:00:00Z..2021-03-13T16:00:00Z");
    }
  }

  private static WeeklyWindow weekly(String option, String text) {
    try {
      return WeeklyWindow.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InputException(option + ": " + e.getMessage());
    }
  }
}

package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.authoring.Rule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code governance rules}: the catalogue of a pack, with each rule's parameters and their values. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = GovernanceCommand.Version.class,
    description = "Lists the rules of a pack: id, severity, statement, parameters with their values and defaults.")
final class RulesCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin private PackChoice pack;

  @CommandLine.Mixin private Verbosity verbosity;

  RulesCommand() {}

  @Override
  public Integer call() {
    PolicyPack policy = pack.resolve();
    PrintWriter out = spec.commandLine().getOut();
    String title = policy.name().equals(policy.id()) ? policy.id() : policy.name() + " (" + policy.id() + ")";
    out.println(title + ": " + policy.rules().size() + " rules");
    for (Rule rule : policy.rules()) {
      out.println();
      out.printf("%-6s %-8s %s%n", rule.id(), rule.severity().label(), rule.title());
      out.println("       " + rule.statement(RuleTexts.values(policy, rule)));
      for (EffectiveParameter parameter : RuleTexts.parameters(policy, rule)) {
        out.println("       " + RuleTexts.describe(parameter));
      }
    }
    policy.disabled().forEach((id, by) -> out.println("\n" + id + " is disabled by " + by));
    out.flush();
    return GovernanceCommand.OK;
  }
}

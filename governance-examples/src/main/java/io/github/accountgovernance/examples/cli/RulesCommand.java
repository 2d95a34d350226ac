package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Rule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code governance rules}: the catalogue of a pack, with each rule's parameters and their values. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = GovernanceCommand.Version.class,
    description = "Lists the rules of a pack: id, severity, statement, parameters with their values and defaults.")
final class RulesCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--pack",
      paramLabel = "PACK",
      description = "npcc2021 (default), retain-individual, or a pack file deriving from one.")
  private String pack;

  @Option(names = "--verbose", description = "Show stack traces of unexpected failures.")
  private boolean verbose;

  RulesCommand() {}

  @Override
  public Integer call() {
    PolicyPack policy = PackChoice.resolve(pack);
    PrintWriter out = spec.commandLine().getOut();
    out.println(policy.name() + " (" + policy.id() + "): " + policy.rules().size() + " rules");
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

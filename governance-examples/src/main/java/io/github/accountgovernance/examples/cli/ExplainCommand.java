package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.authoring.Rule;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code governance explain RULE-ID}: one rule in full. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = GovernanceCommand.Version.class,
    description = "Explains one rule: statement, why, where it comes from, how to fix a violation, parameters.")
final class ExplainCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULE-ID", description = "A rule id such as MON-4.")
  private String ruleId;

  @CommandLine.Mixin private PackChoice pack;

  @CommandLine.Mixin private Verbosity verbosity;

  ExplainCommand() {}

  @Override
  public Integer call() {
    PolicyPack policy = pack.resolve();
    Rule rule =
        policy
            .rule(ruleId.trim().toUpperCase(Locale.ROOT))
            .orElseThrow(() -> new InputException(RuleTexts.unknownRule(policy, ruleId)));
    PrintWriter out = spec.commandLine().getOut();
    out.println(rule.id() + " " + rule.title() + " (" + rule.severity().label() + ")");
    out.println();
    out.println(rule.statement(RuleTexts.values(policy, rule)));
    rule.rationale().ifPresent(text -> out.println("\nWhy: " + text));
    rule.source().ifPresent(text -> out.println("Source: " + text));
    rule.hint().ifPresent(text -> out.println("How to fix: " + text));
    if (!rule.parameters().isEmpty()) {
      out.println("\nParameters in " + policy.id() + ":");
      for (EffectiveParameter parameter : RuleTexts.parameters(policy, rule)) {
        out.println("  " + RuleTexts.describe(parameter));
      }
    }
    out.flush();
    return GovernanceCommand.OK;
  }
}

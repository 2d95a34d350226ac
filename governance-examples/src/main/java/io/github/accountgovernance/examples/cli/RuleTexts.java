package io.github.accountgovernance.examples.cli;

import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.authoring.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** How the rules and explain commands word a rule's parameters. */
final class RuleTexts {

  private RuleTexts() {}

  static List<EffectiveParameter> parameters(PolicyPack pack, Rule rule) {
    return pack.parameters().stream()
        .filter(p -> rule.parameters().stream().anyMatch(declared -> declared.key().equals(p.key())))
        .toList();
  }

  static Map<String, String> values(PolicyPack pack, Rule rule) {
    Map<String, String> values = new TreeMap<>();
    parameters(pack, rule).forEach(p -> values.put(p.key(), p.text()));
    return values;
  }

  static String describe(EffectiveParameter parameter) {
    String origin = parameter.provenance().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    return parameter.key() + " = " + parameter.shownText() + "  (default " + parameter.shownDefault() + "; "
        + origin
        + (parameter.setBy().isEmpty() ? "" : ": " + parameter.setBy()) + ") " + parameter.description();
  }

  static String unknownRule(PolicyPack pack, String ruleId) {
    List<String> ids = pack.rules().stream().map(r -> r.id().toString()).toList();
    return "no rule \"" + ruleId + "\" in " + pack.id() + Suggestions.didYouMean(ruleId, ids)
        + "; the rules command lists them";
  }

}

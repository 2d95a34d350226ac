package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.authoring.Rule;
import java.util.List;
import java.util.Optional;

/**
 * Renders the policy catalogue as a Markdown page: every rule with its id, title, severity, statement, rationale,
 * source, hint and parameters (type, default and the value each published pack gives it), and which pack applies
 * which rule. {@code docs/catalogue.md} is this page; a test fails when the two differ, so the page cannot drift
 * from the code.
 *
 * <pre>{@code
 * Files.writeString(Path.of("docs/catalogue.md"), CataloguePage.markdown());
 * }</pre>
 *
 * <p>Stateless and thread-safe; the same code always gives the same text.
 */
public final class CataloguePage {

  private static final List<String> FAMILIES =
      List.of(
          "MON|Monitoring coverage",
          "NAM|Naming",
          "CLO|Closure",
          "EST|Estate structure",
          "ATT|Attribution");

  private CataloguePage() {}

  /**
   * Renders the catalogue of {@link PolicyPacks#catalogue()} with the values of {@link PolicyPacks#all()}.
   *
   * @return the Markdown text, with {@code \n} line endings
   */
  public static String markdown() {
    List<PolicyPack> packs = PolicyPacks.all();
    StringBuilder page = new StringBuilder(32 * 1024);
    page.append("# The policy catalogue\n\n")
        .append("<!-- Generated from the code by CataloguePage; CataloguePageTest fails when this file differs.\n")
        .append("     Regenerate: ./mvnw -pl governance-core,governance-rules test -Dcatalogue.write=true -->\n\n")
        .append("Every rule of the catalogue, as `governance rules` and `governance explain RULE-ID` show them. ")
        .append("A statement shows its parameters' default values; the table under it gives the value each ")
        .append("published pack uses. A force derives its own pack and changes them.\n\n");
    page.append("## Packs\n\n");
    for (PolicyPack pack : packs) {
      page.append("- **`").append(pack.id()).append("`**: ").append(pack.name()).append(". ")
          .append(pack.description()).append('\n');
    }
    page.append("\n| rule | title | severity |");
    for (PolicyPack pack : packs) {
      page.append(" `").append(pack.id()).append("` |");
    }
    page.append("\n|---|---|---|");
    packs.forEach(pack -> page.append("---|"));
    page.append('\n');
    for (Rule rule : ordered()) {
      page.append("| [").append(rule.id()).append("](#").append(anchor(rule)).append(") | ")
          .append(rule.title()).append(" | ").append(rule.severity().label()).append(" |");
      for (PolicyPack pack : packs) {
        page.append(pack.rule(rule.id().toString()).isPresent() ? " applies |" : " off |");
      }
      page.append('\n');
    }
    for (String family : FAMILIES) {
      String prefix = family.substring(0, family.indexOf('|'));
      page.append("\n## ").append(family.substring(family.indexOf('|') + 1)).append("\n");
      for (Rule rule : ordered()) {
        if (rule.id().toString().startsWith(prefix + "-")) {
          rule(page, rule, packs);
        }
      }
    }
    return page.toString();
  }

  private static void rule(StringBuilder page, Rule rule, List<PolicyPack> packs) {
    page.append("\n### ").append(rule.id()).append(" ").append(rule.title()).append("\n\n")
        .append("**").append(rule.statement()).append("** (").append(rule.severity().label()).append(")\n\n");
    rule.rationale().ifPresent(text -> page.append("- Why: ").append(text).append('\n'));
    rule.source().ifPresent(text -> page.append("- Source: ").append(text).append('\n'));
    rule.hint().ifPresent(text -> page.append("- How to fix: ").append(text).append('\n'));
    if (rule.parameters().isEmpty()) {
      return;
    }
    page.append("\n| parameter | type | default |");
    for (PolicyPack pack : packs) {
      page.append(" `").append(pack.id()).append("` |");
    }
    page.append(" meaning |\n|---|---|---|");
    packs.forEach(pack -> page.append("---|"));
    page.append("---|\n");
    for (Parameter<?> parameter : rule.parameters()) {
      page.append("| `").append(parameter.key()).append("` | ").append(parameter.type()).append(" | ")
          .append(cell(formatDefault(parameter))).append(" |");
      for (PolicyPack pack : packs) {
        Optional<EffectiveParameter> effective =
            pack.parameters().stream().filter(p -> p.key().equals(parameter.key())).findFirst();
        page.append(' ').append(effective.map(p -> cell(p.text())).orElse("(rule off)")).append(" |");
      }
      page.append(' ').append(cell(parameter.description())).append(" |\n");
    }
  }

  private static <T> String formatDefault(Parameter<T> parameter) {
    return parameter.format(parameter.defaultValue());
  }

  private static List<Rule> ordered() {
    return PolicyPacks.catalogue();
  }

  private static String anchor(Rule rule) {
    return (rule.id() + " " + rule.title()).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 -]", "")
        .replace(' ', '-');
  }

  private static String cell(String text) {
    String shown = text.isEmpty() ? "(none)" : text;
    return shown.replace("|", "\\|").replace("\n", " ");
  }
}

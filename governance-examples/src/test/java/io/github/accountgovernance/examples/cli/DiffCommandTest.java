package io.github.accountgovernance.examples.cli;

import static io.github.accountgovernance.examples.cli.Cli.AFTER;
import static io.github.accountgovernance.examples.cli.Cli.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.examples.ExampleEstates;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

final class DiffCommandTest {

  @Test
  void diff_npcc2021AgainstRetainIndividual_onTheBeforeEstate_listsTheClo1AndEst3SubjectsThatFlip() {
    Cli.Run run = Cli.run("diff", "--example", BEFORE, "--pack", "npcc2021", "--against-pack", "retain-individual",
        "--format", "json");

    Set<String> individual = new TreeSet<>();
    for (Account account : ExampleEstates.load(BEFORE).accounts()) {
      if (account.tier() == AccountTier.INDIVIDUAL_OFFICER && account.status().isOpen()) {
        individual.add(account.id());
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) JsonTree.parse(run.out());
    assertThat(individual).as("the before estate's officers' accounts").hasSize(90);
    assertThat(subjects(root, "cleared", "CLO-1")).isEqualTo(individual);
    assertThat(subjects(root, "cleared", "EST-3")).isEqualTo(individual);
    assertThat((List<?>) root.get("appeared")).isEmpty();
    assertThat(root.get("summary")).isEqualTo("Compared with npcc2021, retain-individual clears 90 CLO-1, 90 EST-3"
        + " and 1 EST-4 violations and adds none; 1140 stay.");
    assertThat(run.code()).as("%s", run).isEqualTo(GovernanceCommand.OK);
  }

  @SuppressWarnings("unchecked")
  private static Set<String> subjects(Map<String, Object> root, String list, String rule) {
    Set<String> ids = new TreeSet<>();
    for (Object item : (List<Object>) root.get(list)) {
      Map<String, Object> violation = (Map<String, Object>) item;
      if (violation.get("rule").equals(rule)) {
        ids.add((String) ((Map<String, Object>) violation.get("subject")).get("id"));
      }
    }
    return ids;
  }

  @Test
  void diff_text_saysWhichRulesChangeState_andThePackParametersOnBothSides() {
    Cli.Run run = Cli.run("diff", "--example", BEFORE, "--against-pack", "retain-individual");

    assertThat(run.out()).as("%s", run)
        .startsWith("What changes from npcc2021 to retain-individual\n")
        .contains("  CLO-1 (error) disallowed tiers: checked → disabled; 0 appear, 90 go away, 0 stay\n")
        .contains("  EST-3 (error) allowed tiers: 0 appear, 90 go away, 6 stay\n")
        .contains("  deadline: 2021-03-31 (pack, set by npcc2021) → (no rule reads it)\n");
  }

  @Test
  void diff_twoEstates_underOnePack() {
    Cli.Run run = Cli.run("diff", "--example", BEFORE, "--against-example", AFTER);

    assertThat(run.out()).as("%s", run)
        .startsWith("What changes from north-yorkshire-2021-before to north-yorkshire-2021-after\n")
        .contains("estate: north-yorkshire-2021-before → north-yorkshire-2021-after");
    assertThat(run.code()).isEqualTo(GovernanceCommand.OK);
  }

  @Test
  void diff_oneEstate_asOfTwoDates() {
    Cli.Run run = Cli.run("diff", "--example", BEFORE, "--as-of", "2021-03-01", "--against-as-of", "2021-03-15",
        "--fail-on", "never");

    assertThat(run.out()).as("%s", run)
        .startsWith("What changes from 2021-03-01 to 2021-03-15\n")
        .contains("as of: 2021-03-01T00:00:00Z → 2021-03-15T00:00:00Z");
    assertThat(run.code()).isEqualTo(GovernanceCommand.OK);
  }

  @Test
  void diff_exitsTwo_whenThereIsNothingToCompare() {
    Cli.Run same = Cli.run("diff", "--example", BEFORE);
    Cli.Run noEstate = Cli.run("diff", "--against-pack", "retain-individual");
    Cli.Run unknownPack = Cli.run("diff", "--example", BEFORE, "--against-pack", "northants");

    assertThat(same.code()).as("%s", same).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(same.err()).contains("say what to compare");
    assertThat(noEstate.code()).as("%s", noEstate).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(unknownPack.code()).as("%s", unknownPack).isEqualTo(GovernanceCommand.USAGE_OR_INPUT);
    assertThat(unknownPack.err()).contains("--against-pack: unknown pack \"northants\"");
  }
}

package io.github.accountgovernance.rules.planning;

import static io.github.accountgovernance.rules.planning.PlanningFixtures.FORCE;
import static io.github.accountgovernance.rules.planning.PlanningFixtures.PC_YORK;
import static io.github.accountgovernance.rules.planning.PlanningFixtures.YORK;
import static io.github.accountgovernance.rules.planning.PlanningFixtures.account;
import static io.github.accountgovernance.rules.planning.PlanningFixtures.nyp;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class ScheduleFormatTest {

  private static final Account IG_PC =
      account("pc-ig", Platform.INSTAGRAM, "nyp_pc1402", AccountTier.INDIVIDUAL_OFFICER, "york", 900);

  private static final ConsolidationPlan PLAN =
      ClosurePlanner.of(PolicyPacks.npcc2021()).plan(nyp().addAccounts(FORCE, YORK, PC_YORK, IG_PC).build());

  @Test
  void forFile_choosesByTheEndingInAnyCase() {
    assertThat(ScheduleFormat.forFile(Path.of("out", "schedule.MD"))).contains(ScheduleFormat.MARKDOWN);
    assertThat(ScheduleFormat.forFile(Path.of("schedule.markdown"))).contains(ScheduleFormat.MARKDOWN);
    assertThat(ScheduleFormat.forFile(Path.of("schedule.csv"))).contains(ScheduleFormat.CSV);
    assertThat(ScheduleFormat.forFile(Path.of("schedule.txt"))).contains(ScheduleFormat.TEXT);
    assertThat(ScheduleFormat.forFile(Path.of("schedule.pdf"))).isEmpty();
    assertThat(ScheduleFormat.forFile(Path.of("csv"))).isEmpty();
  }

  @Test
  void markdown_escapesTableTextAndGivesEachMessageABlockToCopy() {
    String markdown = ScheduleFormat.MARKDOWN.render(PLAN);

    assertThat(markdown)
        .startsWith("# Closure schedule: North Yorkshire Police\n\nClosure plan for North Yorkshire Police under"
            + " npcc2021 as of Mon 1 Mar 2021 (deadline Wed 31 Mar 2021): 1 account to close, 1 that cannot be"
            + " placed, 0 choices left to people.\n")
        .contains("| @NYP\\_PC1402 | 1,200 | @NYP\\_York, @NYorksPolice | Wed 10 Mar 2021 | Wed 31 Mar 2021 | Wed 31"
            + " Mar 2021 | Thu 31 Mar 2022 | disallowed tier (CLO-1) |\n")
        .contains("```text\nThis account closes on Wednesday 31 March 2021.")
        .contains("Bio once closed on Wed 31 Mar 2021:\n\n```text\nClosed on 31 Mar 2021 and not monitored.")
        .contains("## Cannot be placed\n\n| Account | Followers | Why it must close | Why no closure can be planned |\n")
        .contains("| instagram:@nyp\\_pc1402 | 900 | an individual-officer account, which npcc2021 does not allow"
            + " (CLO-1) | no active account on Instagram");
  }

  @Test
  void csv_quotesFieldsWithCommasAndQuotesAndEndsRowsWithCrLf() {
    Account quoted = account("pc-q-x", Platform.X, "NYP_PC9", AccountTier.INDIVIDUAL_OFFICER, null, 5);
    Estate estate = nyp().addAccounts(FORCE, quoted).build();
    ConsolidationPlan plan = ClosurePlanner.of(PolicyPacks.npcc2021()).asOf(LocalDate.of(2021, 4, 1)).plan(estate);

    String csv = ScheduleFormat.CSV.render(plan);

    assertThat(csv).startsWith("\uFEFFaccount,followers,successors,").endsWith("\r\n");
    assertThat(csv.split("\r\n")).hasSize(2);
    assertThat(csv.split("\r\n")[1])
        .startsWith("@NYP_PC9,5,@NYorksPolice,2021-04-01,2021-04-03,2021-04-03,2022-04-03,CLO-1,planned,"
            + "\"an individual-officer account, which npcc2021 does not allow (CLO-1); the deadline, Wed 31 Mar"
            + " 2021, leaves less than 2 days' notice");
  }

  @Test
  void everyFormat_rendersEqualPlansAlike() {
    ConsolidationPlan again =
        ClosurePlanner.of(PolicyPacks.npcc2021()).plan(nyp().addAccounts(IG_PC, PC_YORK, YORK, FORCE).build());

    for (ScheduleFormat format : ScheduleFormat.values()) {
      assertThat(format.render(again)).as("%s", format).isEqualTo(format.render(PLAN));
    }
  }

  @Test
  void text_listsClosuresThenWhatCannotBePlaced() {
    assertThat(ScheduleFormat.TEXT.render(PLAN))
        .contains("By ground: 1 disallowed tier (CLO-1)\n")
        .contains("  @NYP_PC1402 (1,200 followers) -> @NYP_York, @NYorksPolice: final message Wed 10 Mar 2021,"
            + " closes Wed 31 Mar 2021; an individual-officer account, which npcc2021 does not allow (CLO-1)\n")
        .contains("\nCannot be placed:\n  instagram:@nyp_pc1402: no active account on Instagram");
  }
}

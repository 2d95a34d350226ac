package io.github.accountgovernance.rules.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.authoring.Criterion;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.Rules;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Verdict;
import io.github.accountgovernance.rules.report.ReportFormat;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Uses only the public API, as a policy team's test would. Every person is fictional. */
final class GovernanceAssertionsTest {

  private static final Instant AS_OF = Instant.parse("2021-04-01T09:00:00Z");

  private static final Criterion<Account> HAS_OWNER =
      Criterion.explained("has an owning team", (account, context) -> account.owningTeam().isPresent()
          ? Verdict.pass()
          : Verdict.fail("names no owning team", Evidence.of("owning team", "none"),
              Evidence.of("followers", Long.toString(account.followers()))));

  private static final PolicyPack PACK = PolicyPack.builder("npcc2021").name("NPCC 2021 guidance")
      .add(Rules.accounts().that(Criterion.of("is open", (Account a) -> a.status().isOpen())).should(HAS_OWNER)
          .id("EST-5").title("ownership").hint("name the owning team in the estate file").build())
      .build();

  private static Account account(String id, String handle, String team) {
    Account.Builder builder = Account.builder().id(id).handle(Handle.of(Platform.X, handle))
        .displayName("North Yorkshire Police").tier(AccountTier.DISTRICT).district("york")
        .status(AccountStatus.ACTIVE).followers(24_000);
    if (team != null) {
      builder.owningTeam(team);
    }
    return builder.build();
  }

  private static Estate estate(Account... accounts) {
    return Estate.builder()
        .force(Force.builder().name("North Yorkshire Police").addDistricts(District.of("york", "York")).build())
        .asOf(AS_OF)
        .addAccounts(accounts)
        .build();
  }

  private static final Estate GOOD = estate(account("york-x", "NYP_York", "York neighbourhood team"));
  private static final Estate BAD = estate(account("york-x", "NYP_York", null));

  @Test
  void compliesWith_passes_whenNoErrorRemains() {
    GovernanceAssertions.assertThat(GOOD).compliesWith(PACK).compliesWith(PACK, AS_OF);
    GovernanceAssertions.assertThat(PACK.evaluate(GOOD)).hasNoErrors().hasNoViolations().hasNoViolationsOf("EST-5");
  }

  @Test
  void compliesWith_fails_withTheTextReportAsItsMessage() {
    Report report = PACK.evaluate(BAD);

    assertThatThrownBy(() -> GovernanceAssertions.assertThat(BAD).compliesWith(PACK))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the estate to comply with pack npcc2021, but it has 1 error: EST-5 @NYP_York")
        .hasMessageContaining(ReportFormat.TEXT.render(report))
        .hasMessageContaining("@NYP_York (account:york-x): names no owning team")
        .hasMessageContaining("hint: name the owning team in the estate file");
  }

  @Test
  void hasNoErrors_fails_withTheTextReport() {
    Report report = PACK.evaluate(BAD);

    assertThatThrownBy(() -> GovernanceAssertions.assertThat(report).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the report to have no errors, but it has 1: EST-5 @NYP_York")
        .hasMessageContaining(ReportFormat.TEXT.render(report));
    assertThatThrownBy(() -> GovernanceAssertions.assertThat(report).hasNoViolationsOf("EST-5"))
        .hasMessageContaining("Expecting no violations of EST-5, but there is 1: EST-5 @NYP_York");
  }

  @Test
  void hasViolation_narrowsBySubjectSeverityAndEvidence() {
    GovernanceAssertions.assertThat(PACK.evaluate(BAD)).hasViolation("EST-5")
        .forSubject("@NYP_York")
        .forSubject("account:york-x")
        .withSeverity(Severity.ERROR)
        .withEvidenceContaining("24000")
        .withMessageContaining("owning team")
        .and().hasNoViolationsOf("MON-2");
  }

  @Test
  void hasViolation_fails_whenTheSubjectHasNone_sayingWhichSubjectsDo() {
    Report report = PACK.evaluate(estate(account("york-x", "NYP_York", null),
        account("craven-x", "NYP_Craven", "Craven team")));

    assertThatThrownBy(() -> GovernanceAssertions.assertThat(report).hasViolation("EST-5").forSubject("@NYP_Craven"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a violation of EST-5 for @NYP_Craven, but the candidates were: EST-5 @NYP_York")
        .hasMessageContaining(ReportFormat.TEXT.render(report));
    assertThatThrownBy(() -> GovernanceAssertions.assertThat(report).hasViolation("EST-5")
        .withEvidenceContaining("Sat 22:00"))
        .hasMessageContaining("with evidence containing \"Sat 22:00\"");
  }

  @Test
  void hasViolation_fails_whenTheRuleHasNone() {
    assertThatThrownBy(() -> GovernanceAssertions.assertThat(PACK.evaluate(GOOD)).hasViolation("EST-5"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a violation of EST-5, but there is none (1 checked, 1 passed, 0 waived, "
            + "0 baselined)");
    assertThatThrownBy(() -> GovernanceAssertions.assertThat(PACK.evaluate(GOOD)).hasViolation("MON-2"))
        .hasMessageContaining("the report has no such rule");
  }

  @Test
  void evaluatedWith_givesReportAssertions() {
    GovernanceAssertions.assertThat(BAD).evaluatedWith(PACK).hasViolation("EST-5").forSubject("york-x");
    assertThat(PACK.evaluate(BAD).violations()).hasSize(1);
  }
}

package io.github.accountgovernance.rules.catalogue;

import static io.github.accountgovernance.rules.catalogue.EstateFixtures.consolidated;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.consolidatedAccounts;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.consolidatedWithout;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.districtAccount;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.estateOf;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.evaluate;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.AccessRole;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.ReportWarning;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import io.github.accountgovernance.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

final class EstateRulesTest {

  private static Account.Builder from(Account account) {
    return Account.builder().from(account);
  }

  // ------------------------------------------------------------------------------------------------ catalogue

  @Test
  void all_listsEst1ToEst5InIdOrderWithTheirStatements() {
    assertThat(EstateRules.all())
        .extracting(rule -> rule.id().value())
        .containsExactly("EST-1", "EST-2", "EST-3", "EST-4", "EST-5");
    assertThat(EstateRules.all()).extracting(Rule::statement)
        .containsExactly(
            "each district has exactly one active district account per platform in use",
            "exactly one active force-wide account per platform in use",
            "every active account that is not exempt has a tier the pack allows and has a recorded justification"
                + " if it is a specialist team account",
            "at most 15 active accounts per platform",
            "every active or closing account has an owning team and has at least 2 administrators that are"
                + " serving");
    assertThat(EstateRules.estateSize().severity()).isEqualTo(Severity.WARNING);
    EstateFixtures.assertDocumented(EstateRules.all());
  }

  // ------------------------------------------------------------------------------------------------- EST-1

  @Test
  void est1_passesTheEightDistrictsEachWithExactlyOneAccount() {
    Report report = evaluate(EstateRules.oneAccountPerDistrict(), consolidated().build());

    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("EST-1")).hasValueSatisfying(result -> {
      assertThat(result.checked()).isEqualTo(8);
      assertThat(result.passed()).isEqualTo(8);
    });
  }

  @Test
  void est1_reportsYorkMissingWhenItsAccountIsGone() {
    Estate estate = estateOf(consolidatedWithout("york-x")).build();

    List<Violation> found = violations(EstateRules.oneAccountPerDistrict(), estate);

    assertThat(found).singleElement().satisfies(violation -> {
      assertThat(violation.subject().kind()).isEqualTo(SubjectKind.DISTRICT);
      assertThat(violation.subject().displayName()).isEqualTo("York");
      assertThat(violation.message()).isEqualTo("has no active district accounts on X");
      assertThat(violation.evidence()).contains(Evidence.of("district", "York"), Evidence.of("platform", "X"));
      assertThat(violation.key()).isEqualTo("x");
      assertThat(violation.hint()).hasValue("open or reactivate a district account for York on X");
    });
  }

  @Test
  void est1_reportsYorkMissingWhenItsAccountIsOnlyClosing() {
    List<Account> accounts = consolidatedWithout("york-x");
    accounts.add(from(districtAccount("york")).status(AccountStatus.CLOSING).build());

    assertThat(violations(EstateRules.oneAccountPerDistrict(), estateOf(accounts).build()))
        .extracting(violation -> violation.subject().displayName())
        .containsExactly("York");
  }

  @Test
  void est1_reportsRyedaleDoubledWithBothAccounts() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(
        from(districtAccount("ryedale")).id("ryedale-npt-x").handle(Handle.of(Platform.X, "NPTRyedale")).build());

    List<Violation> found = violations(EstateRules.oneAccountPerDistrict(), estateOf(accounts).build());

    assertThat(found).singleElement().satisfies(violation -> {
      assertThat(violation.subject().displayName()).isEqualTo("Ryedale");
      assertThat(violation.message()).isEqualTo("has 2 active district accounts on X");
      assertThat(violation.evidence())
          .contains(Evidence.of("accounts", "@NPTRyedale (ryedale-npt-x)", "@NYP_Ryedale (ryedale-x)"));
    });
  }

  @Test
  void est1_asksForEveryDistrictOnAPlatformOnceItIsInUse() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(districtAccount("york", Platform.INSTAGRAM));

    List<Violation> found = violations(EstateRules.oneAccountPerDistrict(), estateOf(accounts).build());

    assertThat(found).hasSize(7).allSatisfy(violation -> {
      assertThat(violation.message()).isEqualTo("has no active district accounts on Instagram");
      assertThat(violation.key()).isEqualTo("instagram");
    });
    assertThat(found).extracting(violation -> violation.subject().displayName()).doesNotContain("York");
  }

  @Test
  void est1_ignoresAPlatformWithoutActiveAccounts() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(from(districtAccount("york", Platform.FACEBOOK)).status(AccountStatus.CLOSED).build());

    assertThat(violations(EstateRules.oneAccountPerDistrict(), estateOf(accounts).build())).isEmpty();
  }

  @Test
  void est1_reportsAnActiveDistrictAccountThatNamesNoDistrict() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(
        Account.builder()
            .id("npt-york-south-x")
            .handle(Handle.of(Platform.X, "NPTYorkSouth"))
            .displayName("York South Neighbourhood Policing Team")
            .tier(AccountTier.DISTRICT)
            .status(AccountStatus.ACTIVE)
            .build());

    assertThat(violations(EstateRules.oneAccountPerDistrict(), estateOf(accounts).build()))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.subject().displayName()).isEqualTo("@NPTYorkSouth");
          assertThat(violation.message()).contains("names no district");
        });
  }

  // ------------------------------------------------------------------------------------------------- EST-2

  @Test
  void est2_passesOneForceAccountOnX() {
    Report report = evaluate(EstateRules.oneForceAccount(), consolidated().build());

    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("EST-2")).hasValueSatisfying(result -> assertThat(result.checked()).isEqualTo(1));
  }

  @Test
  void est2_reportsTwoForceAccountsWithBoth() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(
        from(EstateFixtures.forceAccount()).id("force-2-x").handle(Handle.of(Platform.X, "NorthYorksPolice")).build());

    assertThat(violations(EstateRules.oneForceAccount(), estateOf(accounts).build()))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.subject().kind()).isEqualTo(SubjectKind.PLATFORM);
          assertThat(violation.message()).isEqualTo("has 2 active force-wide accounts on X");
          assertThat(violation.evidence())
              .contains(Evidence.of("accounts", "@NorthYorksPolice (force-2-x)", "@NYorksPolice (force-x)"));
        });
  }

  @Test
  void est2_reportsAPlatformInUseWithoutAForceAccount() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(districtAccount("york", Platform.FACEBOOK));

    assertThat(violations(EstateRules.oneForceAccount(), estateOf(accounts).build()))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.subject().displayName()).isEqualTo("facebook");
          assertThat(violation.message()).isEqualTo("has no active force-wide accounts on Facebook");
        });
  }

  // ------------------------------------------------------------------------------------------------- EST-3

  private static Account individual(String id, AccountStatus status) {
    return Account.builder()
        .id(id)
        .handle(Handle.of(Platform.X, "PCAlexExample"))
        .displayName("PC Alex Example, North Yorkshire Police")
        .tier(AccountTier.INDIVIDUAL_OFFICER)
        .status(status)
        .owningTeam("York Neighbourhood Policing")
        .build();
  }

  private static Account roadCrime(String justification) {
    Account.Builder builder =
        Account.builder()
            .id("osu-x")
            .handle(Handle.of(Platform.X, "NYPRoadCrime"))
            .displayName("NYP Operational Support Unit")
            .tier(AccountTier.SPECIALIST_TEAM)
            .function("Roads Policing")
            .status(AccountStatus.ACTIVE)
            .followers(11_400)
            .owningTeam("Operational Support Unit");
    if (justification != null) {
      builder.justification(justification);
    }
    return builder.build();
  }

  @Test
  void est3_reportsAnActiveIndividualOfficerAccountUnderTheDefaults() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(individual("pc-example-x", AccountStatus.ACTIVE));

    assertThat(violations(EstateRules.allowedTiers(), estateOf(accounts).build()))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.subject().displayName()).isEqualTo("@PCAlexExample");
          assertThat(violation.message())
              .isEqualTo("has tier individual-officer, which the pack does not allow"
                  + " (it allows force-wide, district, specialist-team, corporate-function)");
          assertThat(violation.evidence()).contains(Evidence.of("tier", "individual-officer"));
        });
  }

  @Test
  void est3_passesAnIndividualAccountWhenThePackAllowsEveryTier() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(individual("pc-example-x", AccountStatus.ACTIVE));

    Report report =
        evaluate(
            EstateRules.allowedTiers(),
            estateOf(accounts).build(),
            EstateRules.ALLOWED_TIERS,
            EnumSet.allOf(AccountTier.class));

    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("EST-3")).hasValueSatisfying(result -> assertThat(result.checked()).isEqualTo(11));
  }

  @Test
  void est3AndClo1_shareOneExemptionList() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(individual("chief-x", AccountStatus.ACTIVE));
    PolicyPack exempt =
        PolicyPack.builder("exempt")
            .add(ClosureRules.disallowedTiers(), EstateRules.allowedTiers())
            .set(EstateRules.EXEMPT_ACCOUNTS, List.of("@pcalexexample"))
            .build();
    PolicyPack notExempt =
        PolicyPack.builder("not-exempt").add(ClosureRules.disallowedTiers(), EstateRules.allowedTiers()).build();

    assertThat(notExempt.evaluate(estateOf(accounts).build()).violations())
        .extracting(violation -> violation.ruleId().value())
        .containsExactly("CLO-1", "EST-3");
    assertThat(exempt.evaluate(estateOf(accounts).build()).violations()).isEmpty();
    assertThat(EstateRules.EXEMPT_ACCOUNTS).isSameAs(ClosureRules.EXEMPT_ACCOUNTS);
  }

  @Test
  void anExemptionThatNamesNoAccount_isOneWarningWithTheClosestHandle() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(individual("chief-x", AccountStatus.ACTIVE));
    PolicyPack pack =
        PolicyPack.builder("typo")
            .add(ClosureRules.disallowedTiers(), EstateRules.allowedTiers())
            .set(EstateRules.EXEMPT_ACCOUNTS, List.of("@PCAlexExampel", "chief-x"))
            .build();

    Report report = pack.evaluate(estateOf(accounts).build());

    assertThat(report.violations()).isEmpty();
    assertThat(report.warnings())
        .filteredOn(warning -> warning.kind() == ReportWarning.Kind.RULE_NOTE)
        .singleElement()
        .satisfies(warning -> {
          assertThat(warning.ruleId()).hasValueSatisfying(id -> assertThat(id.value()).isEqualTo("CLO-1"));
          assertThat(warning.message())
              .isEqualTo("exemptAccounts names \"@PCAlexExampel\", which is no account of the estate"
                  + " (did you mean \"@PCAlexExample\"?)");
        });
  }

  @Test
  void est3_leavesAClosingIndividualAccountToTheClosureRules() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(individual("pc-example-x", AccountStatus.CLOSING));

    assertThat(violations(EstateRules.allowedTiers(), estateOf(accounts).build())).isEmpty();
  }

  @Test
  void est3_reportsASpecialistAccountWithoutAJustification() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(roadCrime(null));

    assertThat(violations(EstateRules.allowedTiers(), estateOf(accounts).build()))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.subject().displayName()).isEqualTo("@NYPRoadCrime");
          assertThat(violation.message()).isEqualTo("is a specialist team account without a recorded justification");
          assertThat(violation.hint()).hasValue("record why the team needs an account of its own, or close it");
        });
  }

  @Test
  void est3_passesASpecialistAccountWithAJustification() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(roadCrime("road safety campaigns reach drivers the district accounts do not"));

    assertThat(violations(EstateRules.allowedTiers(), estateOf(accounts).build())).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------- EST-4

  private static List<Account> accountsOnX(int count) {
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      accounts.add(
          Account.builder()
              .id(String.format("team-%02d-x", i))
              .handle(Handle.of(Platform.X, String.format("NYPTeam%02d", i)))
              .displayName("North Yorkshire Police team " + i)
              .tier(AccountTier.SPECIALIST_TEAM)
              .status(AccountStatus.ACTIVE)
              .build());
    }
    return accounts;
  }

  @Test
  void est4_passesFifteenActiveAccounts() {
    assertThat(violations(EstateRules.estateSize(), estateOf(accountsOnX(15)).build())).isEmpty();
  }

  @Test
  void est4_warnsOfSixteenActiveAccountsOnOnePlatform() {
    List<Account> accounts = accountsOnX(16);
    accounts.add(from(districtAccount("york")).status(AccountStatus.CLOSED).build());

    assertThat(violations(EstateRules.estateSize(), estateOf(accounts).build()))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.severity()).isEqualTo(Severity.WARNING);
          assertThat(violation.subject().displayName()).isEqualTo("x");
          assertThat(violation.message()).isEqualTo("has 16 active accounts on X, more than 15");
          assertThat(violation.evidence()).contains(Evidence.of("active accounts", "16"));
          assertThat(violation.hint()).hasValue("close at least 1 account on X");
        });
  }

  @Test
  void est4_readsTheLimitFromThePack() {
    Report report =
        evaluate(EstateRules.estateSize(), consolidated().build(), EstateRules.MAX_ACTIVE_ACCOUNTS, 9);

    assertThat(report.violations()).singleElement()
        .satisfies(violation -> assertThat(violation.message()).isEqualTo("has 10 active accounts on X, more than 9"));
  }

  // ------------------------------------------------------------------------------------------------- EST-5

  @Test
  void est5_passesAccountsWithAnOwnerAndTwoServingAdministrators() {
    Report report = evaluate(EstateRules.ownership(), consolidated().build());

    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("EST-5")).hasValueSatisfying(result -> assertThat(result.checked()).isEqualTo(10));
  }

  @Test
  void est5_reportsAnAccountWithoutAnOwningTeam() {
    List<Account> accounts = consolidatedWithout("jobs-x");
    accounts.add(
        Account.builder().from(EstateFixtures.jobsAccount()).owningTeam(java.util.Optional.empty()).build());

    assertThat(violations(EstateRules.ownership(), estateOf(accounts).build()))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.subject().displayName()).isEqualTo("@NYP_Jobs");
          assertThat(violation.message()).isEqualTo("has no owning team");
        });
  }

  @Test
  void est5_doesNotCountAnAdministratorWhoHasLeft() {
    Contributor leaver =
        EstateFixtures.person("c-left", "Morgan Leaver")
            .status(ContributorStatus.LEFT)
            .leftOn(LocalDate.of(2021, 3, 12))
            .build();
    List<Account> accounts = List.of(EstateFixtures.forceAccount());
    Estate estate =
        Estate.builder()
            .force(EstateFixtures.NYP)
            .asOf(EstateFixtures.AS_OF)
            .accounts(accounts)
            .addContributors(EstateFixtures.ADMIN_ONE, leaver)
            .addGrants(
                AccessGrant.of(EstateFixtures.ADMIN_ONE.id(), "force-x", AccessRole.ADMINISTRATOR),
                AccessGrant.of("c-left", "force-x", AccessRole.ADMINISTRATOR),
                AccessGrant.of(EstateFixtures.ADMIN_TWO.id(), "force-x", AccessRole.POSTER))
            .addContributors(EstateFixtures.ADMIN_TWO)
            .build();

    assertThat(violations(EstateRules.ownership(), estate))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.message())
              .isEqualTo("has 1 administrator that is serving, needs at least 2: Sam Okonjo");
          assertThat(violation.evidence()).contains(Evidence.of("administrators that are serving", "Sam Okonjo"));
        });
    assertThat(evaluate(EstateRules.ownership(), estate, EstateRules.MIN_ADMINS, 1).violations()).isEmpty();
  }

  @Test
  void est5_leavesClosedAccountsAlone() {
    Estate estate =
        Estate.builder()
            .force(EstateFixtures.NYP)
            .asOf(EstateFixtures.AS_OF)
            .addAccounts(from(districtAccount("york")).status(AccountStatus.CLOSED).build())
            .build();

    assertThat(evaluate(EstateRules.ownership(), estate).violations()).isEmpty();
  }
}

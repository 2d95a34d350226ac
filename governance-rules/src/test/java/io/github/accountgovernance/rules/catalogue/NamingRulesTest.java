package io.github.accountgovernance.rules.catalogue;

import static io.github.accountgovernance.rules.catalogue.EstateFixtures.consolidated;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.consolidatedAccounts;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.consolidatedWithout;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.districtAccount;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.evaluate;
import static io.github.accountgovernance.rules.catalogue.EstateFixtures.violations;
import static io.github.accountgovernance.rules.catalogue.NamingFixtures.estateOf;
import static io.github.accountgovernance.rules.catalogue.NamingFixtures.like;
import static io.github.accountgovernance.rules.catalogue.NamingFixtures.x;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import io.github.accountgovernance.rules.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

final class NamingRulesTest {

  // ------------------------------------------------------------------------------------------------ catalogue

  @Test
  void all_listsNam1ToNam5InIdOrderWithTheirStatements() {
    assertThat(NamingRules.all())
        .extracting(rule -> rule.id().value())
        .containsExactly("NAM-1", "NAM-2", "NAM-3", "NAM-4", "NAM-5");
    assertThat(NamingRules.lookalikes().statement())
        .isEqualTo("no other handle is confusable with an official handle: the same confusable skeleton, or an"
            + " edit distance of at most 1");
    assertThat(NamingRules.lookalikes().statementTemplate()).contains("{maxEdits}");
    assertThat(NamingRules.all()).extracting(Rule::severity)
        .containsExactly(Severity.ERROR, Severity.WARNING, Severity.ERROR, Severity.ERROR, Severity.WARNING);
    EstateFixtures.assertDocumented(NamingRules.all());
  }

  @Test
  void all_passTheConsolidatedEstate() {
    for (Rule rule : NamingRules.all()) {
      assertThat(violations(rule, consolidated().build())).as(rule.toString()).isEmpty();
    }
  }

  // ------------------------------------------------------------------------------------------------- NAM-1

  @Test
  void nam1_reportsAHandleTheXSyntaxRejectsWithThePlatformsRule() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(x("harrogate-old-x", "NYP-Harrogate", AccountTier.DISTRICT, AccountStatus.PROPOSED));

    assertThat(violations(NamingRules.platformSyntax(), estateOf(accounts)))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.subject().displayName()).isEqualTo("@NYP-Harrogate");
          assertThat(violation.message())
              .isEqualTo("handle @NYP-Harrogate is not valid on X, which allows 1 to 15 letters, digits or"
                  + " underscores");
          assertThat(violation.evidence()).contains(Evidence.of("handle", "@NYP-Harrogate"));
          assertThat(violation.hint()).hasValue("register a handle of 1 to 15 letters, digits or underscores");
        });
  }

  @Test
  void nam1_reportsADistrictHandleTooLongForX() {
    List<Account> accounts = consolidatedWithout("richmondshire-x");
    accounts.add(
        like(districtAccount("richmondshire")).handle(Handle.of(Platform.X, "NYP_Richmondshire")).build());

    assertThat(violations(NamingRules.platformSyntax(), estateOf(accounts)))
        .extracting(violation -> violation.subject().displayName())
        .containsExactly("@NYP_Richmondshire");
  }

  @Test
  void nam1_reportsAFacebookHandleShorterThanFive() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(like(districtAccount("york", Platform.FACEBOOK)).handle(Handle.of(Platform.FACEBOOK, "NYP")).build());

    assertThat(violations(NamingRules.platformSyntax(), estateOf(accounts)))
        .extracting(Violation::message)
        .containsExactly("handle facebook:@NYP is not valid on Facebook, which allows at least 5 letters, digits or"
            + " dots");
  }

  @Test
  void nam1_leavesDeletedAccountsAlone() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(x("old-x", "NYP-Old", AccountTier.DISTRICT, AccountStatus.DELETED));

    Report report = evaluate(NamingRules.platformSyntax(), estateOf(accounts));

    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("NAM-1")).hasValueSatisfying(result -> assertThat(result.checked()).isEqualTo(10));
  }

  // ------------------------------------------------------------------------------------------------- NAM-2

  @Test
  void nam2_warnsOfADistrictHandleThatDepartsFromTheConventionWithTheExpectedHandle() {
    List<Account> accounts = consolidatedWithout("harrogate-x");
    accounts.add(like(districtAccount("harrogate")).handle(Handle.of(Platform.X, "NYP_Harrogate_Boro")).build());

    assertThat(violations(NamingRules.convention(), estateOf(accounts)))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.severity()).isEqualTo(Severity.WARNING);
          assertThat(violation.message())
              .isEqualTo("expected NYP_Harrogate for district Harrogate Borough, found NYP_Harrogate_Boro");
          assertThat(violation.evidence())
              .contains(
                  Evidence.of("expected handle", "@NYP_Harrogate"),
                  Evidence.of("convention", "NYP_{district}"));
          assertThat(violation.hint())
              .hasValue("rename the account to @NYP_Harrogate, or record why it departs from the convention");
        });
  }

  @Test
  void nam2_acceptsTheConventionUnderThePlatformsEquivalence() {
    List<Account> accounts = consolidatedWithout("york-x");
    accounts.add(like(districtAccount("york")).handle(Handle.of(Platform.X, "nyp_york")).build());

    assertThat(violations(NamingRules.convention(), estateOf(accounts))).isEmpty();
  }

  @Test
  void nam2_checksOnlyOpenAccountsOfTiersWithAConvention() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(x("osu-x", "NYPRoadCrime", AccountTier.SPECIALIST_TEAM, AccountStatus.ACTIVE));
    accounts.add(
        like(districtAccount("york")).id("npt-york-south-x").handle(Handle.of(Platform.X, "NPTYorkSouth"))
            .status(AccountStatus.CLOSED).build());

    Report report = evaluate(NamingRules.convention(), estateOf(accounts));

    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("NAM-2")).hasValueSatisfying(result -> assertThat(result.checked()).isEqualTo(10));
  }

  @Test
  void nam2AndNam5_leaveAClosingAccountsNameAlone() {
    Account yorkSouth =
        like(districtAccount("york"))
            .id("npt-york-south-x")
            .handle(Handle.of(Platform.X, "NPTYorkSouth"))
            .displayName("York South Neighbourhood Team")
            .build();
    List<Account> active = consolidatedAccounts();
    active.add(yorkSouth);
    List<Account> closing = consolidatedAccounts();
    closing.add(like(yorkSouth).status(AccountStatus.CLOSING).build());

    // Active, it would be told to take @NYP_York, which the district account already holds, and to name the force.
    assertThat(violations(NamingRules.convention(), estateOf(active)))
        .singleElement()
        .satisfies(violation -> assertThat(violation.message()).contains("expected NYP_York"));
    assertThat(violations(NamingRules.displayNames(), estateOf(active))).hasSize(1);
    assertThat(violations(NamingRules.convention(), estateOf(closing))).isEmpty();
    assertThat(violations(NamingRules.displayNames(), estateOf(closing))).isEmpty();
  }

  @Test
  void nam2_saysWhatIsMissingWhenNoHandleCanBeExpected() {
    List<Account> accounts = consolidatedWithout("jobs-x");
    accounts.add(like(EstateFixtures.jobsAccount()).function(java.util.Optional.empty()).build());

    assertThat(violations(NamingRules.convention(), estateOf(accounts)))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.message()).contains("needs a function");
          assertThat(violation.hint()).hasValueSatisfying(hint -> assertThat(hint).startsWith("record the account's"
              + " function"));
        });
  }

  // ------------------------------------------------------------------------------------------------- NAM-3

  @Test
  void nam3_reportsBothAccountsThatShareAHandleIgnoringCase() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(like(districtAccount("york")).id("york-2-x").handle(Handle.of(Platform.X, "nyp_york"))
        .status(AccountStatus.PROPOSED).build());

    List<Violation> found = violations(NamingRules.uniqueness(), estateOf(accounts));

    assertThat(found).extracting(violation -> violation.subject().id()).containsExactly("york-x", "york-2-x");
    assertThat(found).allSatisfy(violation -> {
      assertThat(violation.message()).isEqualTo("shares its handle with 1 other account on X, which ignores case in"
          + " handles");
      assertThat(violation.evidence())
          .contains(Evidence.of("accounts with the handle", "@nyp_york (york-2-x, proposed)",
              "@NYP_York (york-x, active)"));
    });
  }

  @Test
  void nam3_reportsAnExactDuplicateLikeAVariant() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(like(districtAccount("york")).id("york-2-x").status(AccountStatus.PROPOSED).build());

    List<Violation> found = violations(NamingRules.uniqueness(), estateOf(accounts));

    assertThat(found).extracting(violation -> violation.subject().id()).containsExactly("york-2-x", "york-x");
    assertThat(found).allSatisfy(violation -> {
      assertThat(violation.severity()).isEqualTo(Severity.ERROR);
      assertThat(violation.message()).isEqualTo("has the same handle as 1 other account on X");
      assertThat(violation.evidence())
          .contains(Evidence.of("accounts with the handle", "@NYP_York (york-2-x, proposed)",
              "@NYP_York (york-x, active)"));
    });
  }

  @Test
  void nam3_reportsFacebookHandlesThatDifferOnlyInDots() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(like(districtAccount("york", Platform.FACEBOOK)).handle(Handle.of(Platform.FACEBOOK, "NYP.York"))
        .build());
    accounts.add(like(districtAccount("york", Platform.FACEBOOK)).id("york-2-facebook")
        .handle(Handle.of(Platform.FACEBOOK, "nypyork")).build());

    assertThat(violations(NamingRules.uniqueness(), estateOf(accounts)))
        .hasSize(2)
        .allSatisfy(violation -> assertThat(violation.message()).endsWith("which ignores case and dots in handles"));
  }

  @Test
  void nam3_letsADeletedAccountsHandleBeReused() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(like(districtAccount("york")).id("york-old-x").status(AccountStatus.DELETED)
        .handle(Handle.of(Platform.X, "NYP_YORK")).build());

    assertThat(violations(NamingRules.uniqueness(), estateOf(accounts))).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------- NAM-4

  @Test
  void nam4_reportsTheObservedNYorksPol1ceAsALookalikeOfTheForceHandle() {
    List<Violation> found = violations(NamingRules.lookalikes(), NamingFixtures.withSeedLookalikes());

    assertThat(found).filteredOn(violation -> violation.subject().displayName().equals("@NYorksPol1ce"))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.subject().kind()).isEqualTo(SubjectKind.HANDLE);
          assertThat(violation.message()).isEqualTo("looks like official handle @NYorksPolice: 1 edit: 'i' → '1' at 10");
          assertThat(violation.evidence())
              .containsExactly(
                  Evidence.of("lookalike handle",
                      "@NYorksPol1ce (observed on 2021-03-20: impersonation reported by the public)"),
                  Evidence.of("official handle", "@NYorksPolice (force-x, active)"),
                  Evidence.of("why", "1 edit: 'i' → '1' at 10"));
          assertThat(violation.key()).isEqualTo("x:nyorkspolice");
        });
  }

  @Test
  void nam4_showsTheCharactersAsTypedAndCountsFromOne() {
    Estate estate =
        EstateFixtures.consolidated()
            .addObservedHandles(
                ObservedHandle.of(Handle.of(Platform.X, "NYorksPoIice")),
                ObservedHandle.of(Handle.of(Platform.X, "NYorks\u0420olice")))
            .build();

    assertThat(violations(NamingRules.lookalikes(), estate))
        .extracting(Violation::message)
        .containsExactlyInAnyOrder(
            "looks like official handle @NYorksPolice: same confusable skeleton \"nyorkspolice\"; 1 edit:"
                + " 'l' → 'I' at 9",
            "looks like official handle @NYorksPolice: same confusable skeleton \"nyorkspolice\"; 1 edit:"
                + " 'P' → '\u0420' (U+0420 CYRILLIC CAPITAL LETTER ER) at 7");
  }

  @Test
  void nam4_reportsTheCyrillicNypYorkByItsConfusableSkeleton() {
    List<Violation> found = violations(NamingRules.lookalikes(), NamingFixtures.withSeedLookalikes());

    assertThat(found).hasSize(2);
    assertThat(found).filteredOn(violation -> violation.subject().displayName().equals("@NYP_Y\u043Erk"))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.message()).startsWith("looks like official handle @NYP_York: same confusable"
              + " skeleton \"nyp_york\"");
          assertThat(violation.evidence()).contains(Evidence.of("official handle", "@NYP_York (york-x, active)"));
          assertThat(violation.evidence())
              .filteredOn(evidence -> evidence.label().equals("why"))
              .singleElement()
              .satisfies(why -> assertThat(why.values()).first().isEqualTo("same confusable skeleton \"nyp_york\""));
          assertThat(violation.key()).isEqualTo("x:nyp_york");
        });
  }

  @Test
  void nam4_keepsSkeletonMatchesButDropsEditsWhenMaxEditsIsZero() {
    Report report = evaluate(NamingRules.lookalikes(), NamingFixtures.withSeedLookalikes(), NamingRules.MAX_EDITS, 0);

    assertThat(report.violations()).extracting(violation -> violation.subject().displayName())
        .containsExactly("@NYP_Y\u043Erk");
  }

  @Test
  void nam4_reportsADeletedAccountsHandleThatLooksOfficial() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(x("old-jobs-x", "NYP_Jobz", AccountTier.CORPORATE_FUNCTION, AccountStatus.DELETED));

    assertThat(violations(NamingRules.lookalikes(), estateOf(accounts)))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.subject().kind()).isEqualTo(SubjectKind.ACCOUNT);
          assertThat(violation.subject().id()).isEqualTo("old-jobs-x");
          assertThat(violation.evidence()).contains(Evidence.of("lookalike handle", "@NYP_Jobz (old-jobs-x, deleted)"));
        });
  }

  @Test
  void nam4_reportsTwoConfusableOfficialHandlesOnce() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(x("yorks-x", "NYP_Yorks", AccountTier.SPECIALIST_TEAM, AccountStatus.CLOSED));

    assertThat(violations(NamingRules.lookalikes(), estateOf(accounts)))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.subject().displayName()).isEqualTo("@NYP_Yorks");
          assertThat(violation.message()).isEqualTo("looks like official handle @NYP_York: 1 edit: 's' inserted at 9");
        });
  }

  @Test
  void nam4_doesNotReportAnObservedHandleThatIsTheForcesOwn() {
    Report report =
        evaluate(
            NamingRules.lookalikes(),
            consolidated().addObservedHandles(io.github.accountgovernance.core.model.ObservedHandle.of(
                Handle.of(Platform.X, "nyorkspolice"))).build());

    assertThat(report.violations()).isEmpty();
    assertThat(report.rule("NAM-4")).hasValueSatisfying(result -> assertThat(result.checked()).isEqualTo(10));
  }

  // ------------------------------------------------------------------------------------------------- NAM-5

  @Test
  void nam5_warnsOfADisplayNameThatDoesNotNameTheForce() {
    List<Account> accounts = consolidatedWithout("force-x");
    accounts.add(like(EstateFixtures.forceAccount()).displayName("NYP").build());

    assertThat(violations(NamingRules.displayNames(), estateOf(accounts)))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.message()).isEqualTo("display name \"NYP\" does not name the force as North Yorkshire"
              + " Police");
          assertThat(violation.evidence()).contains(Evidence.of("names of the force", "North Yorkshire Police"));
        });
  }

  @Test
  void nam5_acceptsAShortFormTheForceNamesAsItsOwn() {
    List<Account> accounts = consolidatedAccounts();
    accounts.add(like(x("osu-x", "NYPRoadCrime", AccountTier.SPECIALIST_TEAM, AccountStatus.ACTIVE))
        .displayName("NYP Operational Support Unit").build());

    assertThat(violations(NamingRules.displayNames(), estateOf(accounts))).hasSize(1);
    assertThat(evaluate(NamingRules.displayNames(), estateOf(accounts), NamingRules.FORCE_NAMES, List.of("NYP"))
        .violations()).isEmpty();
  }

  @Test
  void nam5_warnsOfADistrictAccountThatDoesNotNameItsDistrict() {
    List<Account> accounts = consolidatedWithout("selby-x");
    accounts.add(like(districtAccount("selby")).displayName("North Yorkshire Police - Harrogate").build());

    assertThat(violations(NamingRules.displayNames(), estateOf(accounts)))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.message())
              .isEqualTo("display name \"North Yorkshire Police - Harrogate\" does not name district Selby District");
          assertThat(violation.evidence()).contains(Evidence.of("names of the district", "Selby District", "Selby"));
        });
  }

  @Test
  void nam5_warnsOfAMixedScriptDisplayNameWithTheStrayCharacter() {
    List<Account> accounts = consolidatedWithout("york-x");
    accounts.add(like(districtAccount("york")).displayName("North Yorkshire Police - Y\u043Erk").build());

    assertThat(violations(NamingRules.displayNames(), estateOf(accounts)))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.message()).contains("mixes scripts Cyrillic and Latin");
          assertThat(violation.evidence())
              .contains(
                  Evidence.of("scripts", "Cyrillic", "Latin"),
                  Evidence.of("characters of other scripts", "Cyrillic '\u043E' (U+043E) at 26"));
        });
  }
}

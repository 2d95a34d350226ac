package io.github.accountgovernance.rules.catalogue;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.Gens;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.Violation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class EstateRulesProperties {

  private static final List<String> DISTRICTS =
      EstateFixtures.NYP.districts().stream().map(District::code).collect(Collectors.toList());

  /** Every built-in platform and a declared one. */
  private static final List<Platform> PLATFORMS = platforms();

  private static List<Platform> platforms() {
    List<Platform> all = new java.util.ArrayList<>(Platform.builtIns());
    all.add(io.github.accountgovernance.core.testing.EstateGens.DECLARED_PLATFORM);
    return List.copyOf(all);
  }

  /** A small estate of district and force-wide accounts on every platform, in every status. */
  private static Gen<List<Account>> accounts() {
    Gen<Account> account =
        arbitrary().pick(AccountTier.DISTRICT, AccountTier.DISTRICT, AccountTier.DISTRICT, AccountTier.FORCE_WIDE,
                AccountTier.INDIVIDUAL_OFFICER)
            .zip(
                arbitrary().pick(DISTRICTS),
                arbitrary().pick(PLATFORMS),
                arbitrary().pick(AccountStatus.ACTIVE, AccountStatus.ACTIVE, AccountStatus.CLOSING, AccountStatus.CLOSED),
                integers().between(0, 99),
                (tier, district, platform, status, n) -> {
                  Account.Builder builder =
                      Account.builder()
                          .id(platform.fileName() + "-" + n)
                          .handle(Handle.of(platform, "NYPAccount" + n))
                          .displayName("North Yorkshire Police")
                          .tier(tier)
                          .status(status)
                          .owningTeam("Corporate Communications");
                  if (tier == AccountTier.DISTRICT) {
                    builder.district(district);
                  }
                  return builder.build();
                });
    return Gens.distinctLists(account, 30, Account::id);
  }

  private static Estate estate(List<Account> accounts) {
    return EstateFixtures.estateOf(accounts).build();
  }

  /** The district's code, the platform and how many active district accounts it has there. */
  private static String entry(String district, String platform, long count) {
    return district + "/" + platform + "/" + count;
  }

  @Test
  void est1_agreesWithAGroupByOverActiveDistrictAccounts() {
    qt().withExamples(1000)
        .forAll(accounts())
        .checkAssert(EstateRulesProperties::est1AgreesWithAGroupByOverActiveDistrictAccounts);
  }

  private static void est1AgreesWithAGroupByOverActiveDistrictAccounts(List<Account> accounts) {
    Set<Platform> inUse =
        accounts.stream().filter(a -> a.status() == AccountStatus.ACTIVE).map(Account::platform)
            .collect(Collectors.toSet());
    Map<String, Long> counts =
        accounts.stream()
            .filter(a -> a.status() == AccountStatus.ACTIVE && a.tier() == AccountTier.DISTRICT)
            .collect(Collectors.groupingBy(a -> a.district().orElseThrow() + "/" + a.platform().fileName(),
                Collectors.counting()));
    Set<String> expected = new TreeSet<>();
    for (Platform platform : inUse) {
      for (String district : DISTRICTS) {
        long count = counts.getOrDefault(district + "/" + platform.fileName(), 0L);
        if (count != 1) {
          expected.add(entry(district, platform.fileName(), count));
        }
      }
    }

    List<Violation> found = EstateFixtures.violations(EstateRules.oneAccountPerDistrict(), estate(accounts));

    assertThat(found)
        .extracting(v -> entry(v.subject().id(), v.key(), accountsIn(v)))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  private static long accountsIn(Violation violation) {
    return violation.evidence().stream()
        .filter(evidence -> evidence.label().equals("accounts"))
        .map(Evidence::values)
        .mapToLong(List::size)
        .sum();
  }

  @Test
  void est2AndEst4_countActiveAccountsPerPlatformInUse() {
    qt().withExamples(1000)
        .forAll(accounts(), integers().between(1, 12))
        .checkAssert(EstateRulesProperties::est2AndEst4CountActiveAccountsPerPlatformInUse);
  }

  private static void est2AndEst4CountActiveAccountsPerPlatformInUse(List<Account> accounts, int maxActive) {
    Map<Platform, List<Account>> active =
        accounts.stream().filter(a -> a.status() == AccountStatus.ACTIVE)
            .collect(Collectors.groupingBy(Account::platform));
    Set<String> noSingleForceAccount = new TreeSet<>();
    Set<String> tooMany = new TreeSet<>();
    active.forEach((platform, list) -> {
      if (list.stream().filter(a -> a.tier() == AccountTier.FORCE_WIDE).count() != 1) {
        noSingleForceAccount.add(platform.fileName());
      }
      if (list.size() > maxActive) {
        tooMany.add(platform.fileName());
      }
    });

    assertThat(EstateFixtures.violations(EstateRules.oneForceAccount(), estate(accounts)))
        .extracting(v -> v.subject().id())
        .containsExactlyInAnyOrderElementsOf(noSingleForceAccount);
    assertThat(EstateFixtures.evaluate(EstateRules.estateSize(), estate(accounts), EstateRules.MAX_ACTIVE_ACCOUNTS,
            maxActive).violations())
        .extracting(v -> v.subject().id())
        .containsExactlyInAnyOrderElementsOf(tooMany);
  }

  @Test
  void estateRules_doNotDependOnTheOrderOfAccountsOrGrants() {
    qt().withExamples(200)
        .forAll(accounts(), Gens.shuffles(), Gens.shuffles())
        .checkAssert((accounts, accountOrder, grantOrder) -> {
          Estate inOrder = estate(accounts);
          List<AccessGrant> shuffledGrants = grantOrder.apply(inOrder.grants());
          Estate shuffled = EstateFixtures.estateOf(accountOrder.apply(accounts)).grants(shuffledGrants).build();

          for (Rule rule : EstateRules.all()) {
            assertThat(EstateFixtures.violations(rule, shuffled))
                .as(rule.toString())
                .usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(EstateFixtures.violations(rule, inOrder));
          }
        });
  }
}

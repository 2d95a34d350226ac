package io.github.accountgovernance.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

final class EstateRulesProperties {

  private static final List<String> DISTRICTS =
      EstateFixtures.NYP.districts().stream().map(District::code).collect(Collectors.toList());

  /** A small estate of district and force-wide accounts on the three platforms, in every status. */
  @Provide
  Arbitrary<List<Account>> accounts() {
    Arbitrary<Account> account =
        Combinators.combine(
                Arbitraries.of(AccountTier.DISTRICT, AccountTier.DISTRICT, AccountTier.DISTRICT, AccountTier.FORCE_WIDE,
                    AccountTier.INDIVIDUAL_OFFICER),
                Arbitraries.of(DISTRICTS),
                Arbitraries.of(Platform.class),
                Arbitraries.of(AccountStatus.ACTIVE, AccountStatus.ACTIVE, AccountStatus.CLOSING, AccountStatus.CLOSED),
                Arbitraries.integers().between(0, 99))
            .as((tier, district, platform, status, n) -> {
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
    return account.list().ofMaxSize(30).uniqueElements(Account::id);
  }

  private static Estate estate(List<Account> accounts) {
    return EstateFixtures.estateOf(accounts).build();
  }

  /** The district's code, the platform and how many active district accounts it has there. */
  private static String entry(String district, String platform, long count) {
    return district + "/" + platform + "/" + count;
  }

  @Property
  void est1_agreesWithAGroupByOverActiveDistrictAccounts(@ForAll("accounts") List<Account> accounts) {
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

  @Property
  void est2AndEst4_countActiveAccountsPerPlatformInUse(
      @ForAll("accounts") List<Account> accounts, @ForAll @IntRange(min = 1, max = 12) int maxActive) {
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

  @Property(tries = 200)
  void estateRules_doNotDependOnTheOrderOfAccountsOrGrants(
      @ForAll("accounts") List<Account> accounts, @ForAll long seed) {
    Estate inOrder = estate(accounts);
    List<Account> shuffledAccounts = new ArrayList<>(accounts);
    List<AccessGrant> shuffledGrants = new ArrayList<>(inOrder.grants());
    Collections.shuffle(shuffledAccounts, new Random(seed));
    Collections.shuffle(shuffledGrants, new Random(seed + 1));
    Estate shuffled = EstateFixtures.estateOf(shuffledAccounts).grants(shuffledGrants).build();

    for (Rule rule : EstateRules.all()) {
      assertThat(EstateFixtures.violations(rule, shuffled))
          .as(rule.toString())
          .usingRecursiveFieldByFieldElementComparator()
          .isEqualTo(EstateFixtures.violations(rule, inOrder));
    }
  }
}

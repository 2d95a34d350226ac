package io.github.accountgovernance.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.AccessRole;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorKind;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.testing.NorthYorkshire;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * North Yorkshire Police after the consolidation of March 2021: one force-wide account, eight district accounts
 * and the recruitment account on X, each owned and administered by two serving people. Every person is
 * fictional. Richmondshire's handle token is {@code Richmond}: {@code NYP_Richmondshire} is 17 characters, more
 * than X accepts.
 */
final class EstateFixtures {

  static final Instant AS_OF = Instant.parse("2021-04-01T09:00:00Z");

  static final Force NYP = NorthYorkshire.force();

  /** The two serving administrators of every account: force-wide people, in no district. */
  static final Contributor ADMIN_ONE = person("c-admin-1", "Sam Okonjo").team("Corporate Communications").build();

  static final Contributor ADMIN_TWO = person("c-admin-2", "Rhian Castellano").team("Corporate Communications").build();

  private EstateFixtures() {}

  static Contributor.Builder person(String id, String name) {
    return Contributor.builder().id(id).kind(ContributorKind.OFFICER).name(name);
  }

  static Account forceAccount() {
    return Account.builder()
        .id("force-x")
        .handle(Handle.of(Platform.X, "NYorksPolice"))
        .displayName("North Yorkshire Police")
        .tier(AccountTier.FORCE_WIDE)
        .status(AccountStatus.ACTIVE)
        .owningTeam("Corporate Communications")
        .followers(200_000)
        .build();
  }

  static Account districtAccount(String code) {
    return districtAccount(code, Platform.X);
  }

  static Account districtAccount(String code, Platform platform) {
    District district = NYP.district(code).orElseThrow();
    return Account.builder()
        .id(code + "-" + platform.fileName())
        .handle(Handle.of(platform, "NYP_" + district.handleToken()))
        .displayName("North Yorkshire Police - " + district.name())
        .tier(AccountTier.DISTRICT)
        .status(AccountStatus.ACTIVE)
        .district(code)
        .owningTeam(district.name() + " Neighbourhood Policing")
        .build();
  }

  static Account jobsAccount() {
    return Account.builder()
        .id("jobs-x")
        .handle(Handle.of(Platform.X, "NYP_Jobs"))
        .displayName("North Yorkshire Police Jobs")
        .tier(AccountTier.CORPORATE_FUNCTION)
        .function("Jobs")
        .status(AccountStatus.ACTIVE)
        .owningTeam("People Services")
        .build();
  }

  /** The ten accounts of the consolidated estate on X. */
  static List<Account> consolidatedAccounts() {
    List<Account> accounts = new ArrayList<>();
    accounts.add(forceAccount());
    for (District district : NYP.districts()) {
      accounts.add(districtAccount(district.code()));
    }
    accounts.add(jobsAccount());
    return accounts;
  }

  /** Both administrators on every account. */
  static List<AccessGrant> adminGrants(List<Account> accounts) {
    List<AccessGrant> grants = new ArrayList<>();
    for (Account account : accounts) {
      grants.add(AccessGrant.of(ADMIN_ONE.id(), account.id(), AccessRole.ADMINISTRATOR));
      grants.add(AccessGrant.of(ADMIN_TWO.id(), account.id(), AccessRole.ADMINISTRATOR));
    }
    return grants;
  }

  /** The consolidated estate: compliant with every EST rule. */
  static Estate.Builder consolidated() {
    return estateOf(consolidatedAccounts());
  }

  /** An estate of the given accounts, each administered by the two administrators. */
  static Estate.Builder estateOf(List<Account> accounts) {
    return Estate.builder()
        .force(NYP)
        .asOf(AS_OF)
        .accounts(accounts)
        .addContributors(ADMIN_ONE, ADMIN_TWO)
        .grants(adminGrants(accounts));
  }

  /** The consolidated accounts with the one of the given id left out. */
  static List<Account> consolidatedWithout(String accountId) {
    List<Account> accounts = consolidatedAccounts();
    accounts.removeIf(account -> account.id().equals(accountId));
    return accounts;
  }

  static Report evaluate(Rule rule, Estate estate) {
    return PolicyPack.builder("test").add(rule).build().evaluate(estate);
  }

  static <V> Report evaluate(Rule rule, Estate estate, Parameter<V> parameter, V value) {
    return PolicyPack.builder("test").add(rule).set(parameter, value).build().evaluate(estate);
  }

  /** Asserts that every rule says why it exists, where it comes from and how to fix a violation. */
  static void assertDocumented(List<Rule> rules) {
    assertThat(rules).allSatisfy(rule -> {
      assertThat(rule.hint()).as("hint of %s", rule).isPresent();
      assertThat(rule.rationale()).as("rationale of %s", rule).isPresent();
      assertThat(rule.source()).as("source of %s", rule).isPresent();
    });
  }

  static List<Violation> violations(Rule rule, Estate estate) {
    return evaluate(rule, estate).violations();
  }
}

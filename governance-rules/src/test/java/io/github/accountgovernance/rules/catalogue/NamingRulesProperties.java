package io.github.accountgovernance.rules.catalogue;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.Gens;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.naming.LookalikeIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class NamingRulesProperties {

  /** An account of the given handle and status; the id is unique per literal handle, as the estate requires. */
  private static Account account(Handle handle, AccountStatus status) {
    return Account.builder()
        .id(handle.platform().fileName() + "-" + handle.value().replace('.', '-').replace('_', '-') + "-"
            + Integer.toHexString(handle.value().hashCode()))
        .handle(handle)
        .displayName("North Yorkshire Police")
        .tier(AccountTier.SPECIALIST_TEAM)
        .status(status)
        .build();
  }

  private static Gen<List<Account>> accounts() {
    // Few characters, so that handles collide under equivalence and near each other in edits.
    Gen<Handle> handles =
        arbitrary().pick(Platform.X, Platform.FACEBOOK)
            .zip(
                Gens.strings("aAbB", 2, 4),
                arbitrary().pick("", ".", "_"),
                (platform, text, mark) -> Handle.of(platform, platform == Platform.X
                    ? text + mark.replace('.', '_')
                    : text.charAt(0) + mark.replace('_', '.') + text.substring(1) + "xyz"));
    return Gens.distinctLists(
        handles.zip(arbitrary().enumValues(AccountStatus.class), NamingRulesProperties::account),
        12,
        a -> a.platform().fileName() + ":" + a.handle().value());
  }

  private static Estate estate(List<Account> accounts, List<ObservedHandle> observed) {
    return Estate.builder()
        .force(EstateFixtures.NYP)
        .asOf(EstateFixtures.AS_OF)
        .accounts(accounts)
        .observedHandles(observed)
        .build();
  }

  private static List<String> rendered(Rule rule, Estate estate) {
    return EstateFixtures.violations(rule, estate).stream()
        .map(v -> v.fingerprint() + " " + v.message() + " " + v.evidence())
        .collect(Collectors.toList());
  }

  @Test
  void nam3_reportsExactlyTheAccountsWhoseHandleAnotherRegisteredAccountShares() {
    qt().withExamples(1000).forAll(accounts()).checkAssert(NamingRulesProperties::nam3ReportsSharedHandles);
  }

  private static void nam3ReportsSharedHandles(List<Account> accounts) {
    Map<Handle, Long> sharing =
        accounts.stream()
            .filter(a -> a.status() != AccountStatus.DELETED)
            .collect(Collectors.groupingBy(Account::handle, Collectors.counting()));
    Set<String> expected =
        accounts.stream()
            .filter(a -> a.status() != AccountStatus.DELETED && sharing.get(a.handle()) > 1)
            .map(Account::id)
            .collect(Collectors.toCollection(TreeSet::new));

    List<Violation> found = EstateFixtures.violations(NamingRules.uniqueness(), estate(accounts, List.of()));

    assertThat(found).extracting(v -> v.subject().id()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(found).allSatisfy(v -> assertThat(v.evidence().get(0).values())
        .hasSize(sharing.get(accounts.stream().filter(a -> a.id().equals(v.subject().id())).findFirst()
            .orElseThrow().handle()).intValue()));
  }

  @Test
  void nam3AndNam4_doNotDependOnTheOrderOfAccountsOrObservedHandles() {
    qt().withExamples(200)
        .forAll(accounts(), accounts(), Gens.shuffles(), Gens.shuffles())
        .checkAssert((accounts, others, accountOrder, observedOrder) -> {
          List<ObservedHandle> observed = new ArrayList<>();
          for (Account other : others) {
            observed.add(ObservedHandle.of(other.handle()));
          }
          List<Account> shuffledAccounts = accountOrder.apply(accounts);
          List<ObservedHandle> shuffledObserved = observedOrder.apply(observed);

          for (Rule rule : List.of(NamingRules.uniqueness(), NamingRules.lookalikes())) {
            assertThat(rendered(rule, estate(shuffledAccounts, shuffledObserved)))
                .as(rule.toString())
                .isEqualTo(rendered(rule, estate(accounts, observed)));
          }
        });
  }

  @Test
  void nam4_reportsEachConfusablePairOfOfficialHandlesOnceByTheLaterHandle() {
    qt().withExamples(1000).forAll(accounts()).checkAssert(NamingRulesProperties::nam4ReportsEachConfusablePairOnce);
  }

  private static void nam4ReportsEachConfusablePairOnce(List<Account> generated) {
    List<Account> accounts = new ArrayList<>();
    for (Account account : generated) {
      accounts.add(Account.builder().from(account).status(AccountStatus.ACTIVE).build());
    }
    // Oracle: every unordered pair of distinct official handles that a one-handle index finds confusable.
    Set<String> expected = new HashSet<>();
    for (Account a : accounts) {
      for (Account b : accounts) {
        if (a.handle().compareTo(b.handle()) > 0
            && !LookalikeIndex.of(List.of(b.handle())).findLookalikes(a.handle()).isEmpty()) {
          expected.add(a.id() + " ~ " + b.platform().fileName() + ":" + b.handle().equivalenceKey());
        }
      }
    }

    List<Violation> found = EstateFixtures.violations(NamingRules.lookalikes(), estate(accounts, List.of()));

    assertThat(found).allSatisfy(v -> assertThat(v.subject().kind()).isEqualTo(SubjectKind.ACCOUNT));
    assertThat(found).extracting(v -> v.subject().id() + " ~ " + v.key())
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void nam4_findsAnObservedHandleWhateverOtherHandlesSurroundIt() {
    qt().withExamples(1000).forAll(accounts()).checkAssert(NamingRulesProperties::nam4FindsTheObservedHandle);
  }

  private static void nam4FindsTheObservedHandle(List<Account> accounts) {
    List<Account> estateAccounts = new ArrayList<>(accounts);
    estateAccounts.removeIf(a -> a.handle().equals(Handle.of(Platform.X, "NYorksPolice"))
        || a.handle().equals(Handle.of(Platform.X, "NYorksPol1ce")));
    estateAccounts.add(EstateFixtures.forceAccount());

    List<Violation> found =
        EstateFixtures.violations(
            NamingRules.lookalikes(), estate(estateAccounts, List.of(NamingFixtures.NYORKSPOL1CE)));

    assertThat(found)
        .filteredOn(v -> v.subject().kind() == SubjectKind.HANDLE)
        .extracting(v -> v.subject().displayName() + " ~ " + v.key())
        .containsExactly("@NYorksPol1ce ~ x:nyorkspolice");
  }
}

package io.github.accountgovernance.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.naming.LookalikeIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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

  @Provide
  Arbitrary<List<Account>> accounts() {
    // Few characters, so that handles collide under equivalence and near each other in edits.
    Arbitrary<Handle> handles =
        Combinators.combine(
                Arbitraries.of(Platform.X, Platform.FACEBOOK),
                Arbitraries.strings().withChars("aAbB").ofMinLength(2).ofMaxLength(4),
                Arbitraries.of("", ".", "_"))
            .as((platform, text, mark) -> Handle.of(platform, platform == Platform.X
                ? text + mark.replace('.', '_')
                : text.charAt(0) + mark.replace('_', '.') + text.substring(1) + "xyz"));
    return Combinators.combine(handles, Arbitraries.of(AccountStatus.class))
        .as(NamingRulesProperties::account)
        .list()
        .ofMaxSize(12)
        .uniqueElements(a -> a.platform().fileName() + ":" + a.handle().value());
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

  @Property
  void nam3_reportsExactlyTheAccountsWhoseHandleAnotherRegisteredAccountShares(
      @ForAll("accounts") List<Account> accounts) {
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

  @Property(tries = 200)
  void nam3AndNam4_doNotDependOnTheOrderOfAccountsOrObservedHandles(
      @ForAll("accounts") List<Account> accounts, @ForAll("accounts") List<Account> others, @ForAll long seed) {
    List<ObservedHandle> observed = new ArrayList<>();
    for (Account other : others) {
      observed.add(ObservedHandle.of(other.handle()));
    }
    List<Account> shuffledAccounts = new ArrayList<>(accounts);
    List<ObservedHandle> shuffledObserved = new ArrayList<>(observed);
    Collections.shuffle(shuffledAccounts, new Random(seed));
    Collections.shuffle(shuffledObserved, new Random(seed + 1));

    for (Rule rule : List.of(NamingRules.uniqueness(), NamingRules.lookalikes())) {
      assertThat(rendered(rule, estate(shuffledAccounts, shuffledObserved)))
          .as(rule.toString())
          .isEqualTo(rendered(rule, estate(accounts, observed)));
    }
  }

  @Property
  void nam4_reportsEachConfusablePairOfOfficialHandlesOnceByTheLaterHandle(
      @ForAll("accounts") List<Account> generated) {
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

  @Property
  void nam4_findsAnObservedHandleWhateverOtherHandlesSurroundIt(
      @ForAll("accounts") List<Account> accounts) {
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

package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.AccessRole;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.rules.authoring.AnalysisKey;
import io.github.accountgovernance.rules.authoring.Criterion;
import io.github.accountgovernance.rules.authoring.EvaluationContext;
import io.github.accountgovernance.rules.authoring.Relation;
import io.github.accountgovernance.rules.authoring.SubjectType;
import io.github.accountgovernance.rules.authoring.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The named criteria and relations that the catalogue's rules are composed of, each defined once and reused
 * wherever its idea recurs. Their words are the words of the statements: {@code Rules.accounts().that(IS_OPEN
 * .and(DECLARES_HOURS))} reads "every active or closing account that declares monitored hours". Criteria that
 * read one family's own parameter stay with that family; those here read none, or a {@link SharedParameters}.
 */
final class Vocabulary {

  // --------------------------------------------------------------------------------------------- accounts

  /** An account people may still write to: active or closing. */
  static final Criterion<Account> IS_OPEN =
      Criterion.adjective("active or closing", account -> account.status().isOpen());

  static final Criterion<Account> IS_ACTIVE =
      Criterion.adjective("active", account -> account.status() == AccountStatus.ACTIVE);

  static final Criterion<Account> IS_CLOSING =
      Criterion.adjective("closing", account -> account.status() == AccountStatus.CLOSING);

  /** A deleted account's handle is no longer registered: naming rules leave it out, lookalike rules do not. */
  static final Criterion<Account> IS_DELETED =
      Criterion.adjective("deleted", account -> account.status() == AccountStatus.DELETED);

  static final Criterion<Account> DECLARES_HOURS =
      Criterion.of("declares monitored hours", account -> account.monitoredHours().isDeclared());

  static final Criterion<Account> IS_MONITORED_ALL_HOURS =
      Criterion.of("is monitored 24/7", account -> account.monitoredHours().isAlways());

  /**
   * Named in the pack's {@code exemptAccounts}, by id or handle; an entry that names no account of the estate is
   * noted as a warning with the closest id or handle.
   */
  static final Criterion<Account> IS_EXEMPT = Criterion.explained("is exempt", Vocabulary::judgeExempt);

  // ----------------------------------------------------------------------------------------- contributors

  static final Criterion<Contributor> IS_SERVING = Criterion.adjective("serving", Contributor::isServing);

  static final Criterion<Contributor> HAS_LEFT =
      Criterion.of("has left", person -> person.status() == ContributorStatus.LEFT);

  // ------------------------------------------------------------------------------------- closure plans

  static final Criterion<ClosurePlan> IS_FOR_CLOSING_OR_CLOSED_ACCOUNT =
      Criterion.explained("is for a closing or closed account", Vocabulary::isForClosingOrClosedAccount);

  // --------------------------------------------------------------------------------------------- relations

  /** The contributors with an administrator grant on an account, in grant order, each once. */
  static final Relation<Account, Contributor> ADMINISTRATORS =
      Relation.of("administrator", "administrators", SubjectType.CONTRIBUTOR, Vocabulary::administrators);

  private Vocabulary() {}

  /** Whether the account is closing or closed: the accounts a closure plan is about. */
  static boolean isClosingOrClosed(Account account) {
    return account.status() == AccountStatus.CLOSING || account.status() == AccountStatus.CLOSED;
  }

  /** Whether an entry names the account by id, or by handle (with or without {@code @}) under platform rules. */
  static boolean isExempt(Account account, List<String> exempt) {
    for (String entry : exempt) {
      if (names(entry, account)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an entry of an account list names the account by id, or by handle under platform rules. */
  static boolean names(String entry, Account account) {
    String name = entry.strip();
    if (name.equals(account.id())) {
      return true;
    }
    String handle = name.startsWith("@") ? name.substring(1) : name;
    return !handle.isEmpty() && account.platform().equivalenceKey(handle).equals(account.handle().equivalenceKey());
  }

  private static Verdict judgeExempt(Account account, EvaluationContext context) {
    List<String> entries = context.value(SharedParameters.EXEMPT_ACCOUNTS);
    if (entries.isEmpty()) {
      return Verdict.of(false);
    }
    Exemptions exemptions =
        context.shared(AnalysisKey.of("exempt accounts", entries), shared -> Exemptions.of(entries, shared.estate()));
    exemptions.unmatched.forEach(context::note);
    return Verdict.of(exemptions.accountIds.contains(account.id()));
  }

  /** The accounts an exemption list names, and the words for each entry that names none. */
  private static final class Exemptions {
    final Set<String> accountIds;
    final List<String> unmatched;

    private Exemptions(Set<String> accountIds, List<String> unmatched) {
      this.accountIds = accountIds;
      this.unmatched = unmatched;
    }

    static Exemptions of(List<String> entries, Estate estate) {
      Set<String> ids = new HashSet<>();
      List<String> unmatched = new ArrayList<>();
      for (String entry : entries) {
        boolean matched = false;
        for (Account account : estate.accounts()) {
          if (names(entry, account)) {
            ids.add(account.id());
            matched = true;
          }
        }
        if (!matched) {
          unmatched.add(
              "exemptAccounts names \"" + entry.strip() + "\", which is no account of the estate"
                  + Suggestions.didYouMean(entry.strip(), namesOf(estate, entry.strip().startsWith("@"))));
        }
      }
      return new Exemptions(Set.copyOf(ids), List.copyOf(unmatched));
    }

    /** The ids and handles an entry may have meant: handles with their {@code @} if the entry has one. */
    private static List<String> namesOf(Estate estate, boolean at) {
      List<String> names = new ArrayList<>();
      for (Account account : estate.accounts()) {
        names.add(account.id());
        names.add((at ? "@" : "") + account.handle().value());
      }
      return names;
    }
  }

  private static Verdict isForClosingOrClosedAccount(ClosurePlan plan, EvaluationContext context) {
    return Verdict.of(context.estate().account(plan.account()).map(Vocabulary::isClosingOrClosed).orElse(false));
  }

  private static List<Contributor> administrators(Account account, EvaluationContext context) {
    // An account has a few administrators: a list that skips repeats serves, where a set would cost more. A
    // contributor id names one contributor, so a repeated id is a repeated contributor.
    List<Contributor> admins = new ArrayList<>(4);
    for (AccessGrant grant : context.estate().grantsOn(account.id())) {
      if (grant.role() == AccessRole.ADMINISTRATOR && !hasContributor(admins, grant.contributor())) {
        context.estate().contributor(grant.contributor()).ifPresent(admins::add);
      }
    }
    return List.copyOf(admins);
  }

  private static boolean hasContributor(List<Contributor> contributors, String id) {
    for (Contributor contributor : contributors) {
      if (contributor.id().equals(id)) {
        return true;
      }
    }
    return false;
  }
}

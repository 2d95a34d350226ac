package io.github.accountgovernance.benchmarks;

import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.AccessRole;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.catalogue.EstateRules;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Five rules of the catalogue written by hand as plain {@link Predicate}s over one estate: the floor the rules
 * benchmark compares the engine with, and the conditions the Easy Rules and Drools versions call. Each predicate
 * is true when its subject <em>violates</em> the rule, and decides exactly as the catalogue's rule does:
 *
 * <ul>
 *   <li>EST-3 allowed tiers: an active account of a tier the pack does not allow, or a specialist team account
 *       without a recorded justification;
 *   <li>EST-5 ownership: an open account without an owning team or with fewer than two serving administrators;
 *   <li>NAM-1 platform syntax: an account not deleted whose handle its platform does not accept;
 *   <li>ATT-2 local voices: a contributor of a district with access to a district account of another district;
 *   <li>ATT-3 leavers: a contributor who has left and still holds access or a rota slot ending after the day
 *       they left.
 * </ul>
 *
 * <p>MON-1 is not in the subset: the catalogue's MON-1 reads the estate's shared coverage analysis, whose cost
 * is the coverage benchmark's subject; a hand-written MON-1 that skipped it would compare different work.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class SubsetChecks {

  /** The rule ids of the subset, in id order. */
  public static final List<String> RULE_IDS = List.of("ATT-2", "ATT-3", "EST-3", "EST-5", "NAM-1");

  private final Estate estate;
  private final Set<AccountTier> allowedTiers;
  private final int minAdmins;
  private final ZoneId zone;
  private final Instant asOf;

  /** EST-3, violated by an account. */
  public final Predicate<Account> est3;
  /** EST-5, violated by an account. */
  public final Predicate<Account> est5;
  /** NAM-1, violated by an account. */
  public final Predicate<Account> nam1;
  /** ATT-2, violated by a contributor. */
  public final Predicate<Contributor> att2;
  /** ATT-3, violated by a contributor. */
  public final Predicate<Contributor> att3;

  /**
   * Writes the checks for an estate under the npcc2021 pack's parameters.
   *
   * @param estate the estate
   */
  public SubsetChecks(Estate estate) {
    this.estate = estate;
    PolicyPack pack = PolicyPacks.npcc2021();
    this.allowedTiers = pack.value(EstateRules.ALLOWED_TIERS);
    this.minAdmins = pack.value(EstateRules.MIN_ADMINS);
    this.zone = estate.force().zone();
    this.asOf = estate.asOf();
    this.est3 =
        account ->
            account.status() == AccountStatus.ACTIVE
                && (!allowedTiers.contains(account.tier())
                    || account.tier() == AccountTier.SPECIALIST_TEAM
                        && account.justification().filter(text -> !text.isBlank()).isEmpty());
    this.est5 =
        account ->
            account.status().isOpen()
                && (account.owningTeam().filter(team -> !team.isBlank()).isEmpty()
                    || servingAdministrators(account) < minAdmins);
    this.nam1 = account -> account.status() != AccountStatus.DELETED && !account.handle().isValidOnPlatform();
    this.att2 = this::postsForAnotherDistrict;
    this.att3 = this::leaverStillHolds;
  }

  /**
   * The pack the engine evaluates for the same subset: npcc2021 with every other rule disabled.
   *
   * @return the pack
   */
  public static PolicyPack enginePack() {
    PolicyPack npcc = PolicyPacks.npcc2021();
    PolicyPack.Builder subset = npcc.derive("npcc2021-subset");
    for (var rule : npcc.rules()) {
      if (!RULE_IDS.contains(rule.id().value())) {
        subset.disable(rule.id().value());
      }
    }
    return subset.build();
  }

  /**
   * Runs the five predicates over every account and contributor.
   *
   * @return the violations as "rule subject-id" keys, sorted
   */
  public Set<String> violations() {
    Set<String> found = new TreeSet<>();
    for (Account account : estate.accounts()) {
      if (est3.test(account)) {
        found.add("EST-3 " + account.id());
      }
      if (est5.test(account)) {
        found.add("EST-5 " + account.id());
      }
      if (nam1.test(account)) {
        found.add("NAM-1 " + account.id());
      }
    }
    for (Contributor person : estate.contributors()) {
      if (att2.test(person)) {
        found.add("ATT-2 " + person.id());
      }
      if (att3.test(person)) {
        found.add("ATT-3 " + person.id());
      }
    }
    return found;
  }

  /**
   * The violations of the subset's rules in an engine report, as {@link #violations()} keys them.
   *
   * @param report the report
   * @return the keys, sorted
   */
  public static Set<String> keys(Report report) {
    Set<String> found = new TreeSet<>();
    for (Violation violation : report.violations()) {
      if (RULE_IDS.contains(violation.ruleId().value())) {
        found.add(violation.ruleId().value() + " " + violation.subject().id());
      }
    }
    return found;
  }

  private int servingAdministrators(Account account) {
    Set<String> serving = new HashSet<>();
    for (AccessGrant grant : estate.grantsOn(account.id())) {
      if (grant.role() == AccessRole.ADMINISTRATOR) {
        estate.contributor(grant.contributor()).filter(Contributor::isServing).ifPresent(p -> serving.add(p.id()));
      }
    }
    return serving.size();
  }

  private boolean postsForAnotherDistrict(Contributor person) {
    Optional<String> home = person.district();
    if (home.isEmpty()) {
      return false;
    }
    for (AccessGrant grant : estate.grantsOf(person.id())) {
      Optional<Account> account = estate.account(grant.account());
      if (account.isPresent()
          && account.get().tier() == AccountTier.DISTRICT
          && account.get().district().isPresent()
          && !account.get().district().get().equals(home.get())) {
        return true;
      }
    }
    return false;
  }

  private boolean leaverStillHolds(Contributor person) {
    if (person.status() != ContributorStatus.LEFT) {
      return false;
    }
    if (!estate.grantsOf(person.id()).isEmpty()) {
      return true;
    }
    Instant cutoff = person.leftOn().map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()).orElse(asOf);
    for (RotaAssignment slot : estate.rotaOf(person.id())) {
      if (slot.shiftWindow().isPresent()) {
        if (slot.shiftWindow().get().end().isAfter(cutoff)) {
          return true;
        }
      } else {
        Optional<LocalDate> until = slot.validUntil();
        if (until.isEmpty() || until.get().atStartOfDay(zone).toInstant().isAfter(cutoff)) {
          return true;
        }
      }
    }
    return false;
  }
}

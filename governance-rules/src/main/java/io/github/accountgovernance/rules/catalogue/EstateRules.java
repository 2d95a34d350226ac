package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.authoring.Criterion;
import io.github.accountgovernance.rules.authoring.EvaluationContext;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.authoring.FindingSink;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.authoring.ParameterType;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.Rules;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The estate structure rules of the policy catalogue (EST-1 to EST-5): one active district account per district
 * and one force-wide account per platform in use, only allowed tiers active, a bounded estate, and every open
 * account owned and administered.
 *
 * <p>A platform is <em>in use</em> when at least one account on it is active; EST-1, EST-2 and EST-4 look only
 * at those, so a force without an Instagram presence is not asked for eight Instagram district accounts.
 *
 * <pre>{@code
 * PolicyPack pack = PolicyPack.builder("estate").add(EstateRules.all())
 *     .set(EstateRules.ALLOWED_TIERS, EnumSet.allOf(AccountTier.class))   // individual accounts kept
 *     .build();
 * pack.evaluate(estate).violationsOf("EST-1");
 * // York: has no active district accounts on X
 * }</pre>
 *
 * <p>Every rule here is immutable and thread-safe.
 */
public final class EstateRules {

  /**
   * EST-3's {@code allowedTiers}: the tiers whose accounts may be active; force-wide, district, specialist team
   * and corporate function unless a pack sets others (individual officers' accounts are not allowed).
   */
  public static final Parameter<Set<AccountTier>> ALLOWED_TIERS =
      Parameter.of(
          "allowedTiers",
          ParameterType.TIERS,
          Collections.unmodifiableSet(
              EnumSet.of(
                  AccountTier.FORCE_WIDE,
                  AccountTier.DISTRICT,
                  AccountTier.SPECIALIST_TEAM,
                  AccountTier.CORPORATE_FUNCTION)),
          "the account tiers that may be active");

  /**
   * EST-3's (and CLO-1's) {@code exemptAccounts}: accounts that may stay active although their tier is not
   * allowed, such as the chief constable's, each named by account id or handle; the same parameter as
   * {@link ClosureRules#EXEMPT_ACCOUNTS}, so one list serves both rules. None unless set.
   */
  public static final Parameter<List<String>> EXEMPT_ACCOUNTS = SharedParameters.EXEMPT_ACCOUNTS;

  /** EST-4's {@code maxActiveAccounts}: the most active accounts per platform, 15 unless a pack sets another. */
  public static final Parameter<Integer> MAX_ACTIVE_ACCOUNTS =
      Parameter.of("maxActiveAccounts", ParameterType.INTEGER, 15, "the most active accounts on one platform")
          .requiring(n -> n >= 1, "is at least 1");

  /** EST-5's {@code minAdmins}: the fewest serving administrators of an open account, 2 unless a pack sets another. */
  public static final Parameter<Integer> MIN_ADMINS =
      Parameter.of("minAdmins", ParameterType.INTEGER, 2, "the fewest serving administrators of an open account")
          .requiring(n -> n >= 1, "is at least 1");

  private static final Criterion<Account> HAS_ALLOWED_TIER =
      Criterion.explained("has a tier the pack allows", EstateRules::judgeTier);
  private static final Criterion<Account> HAS_JUSTIFICATION_IF_SPECIALIST =
      Criterion.explained(
          "has a recorded justification if it is a specialist team account", EstateRules::judgeJustification);
  private static final Criterion<Account> HAS_OWNING_TEAM =
      Criterion.explained("has an owning team", EstateRules::judgeOwningTeam);

  private static final Rule ONE_ACCOUNT_PER_DISTRICT = oneAccountPerDistrictRule();
  private static final Rule ONE_FORCE_ACCOUNT = oneForceAccountRule();
  private static final Rule ALLOWED_TIERS_RULE = allowedTiersRule();
  private static final Rule ESTATE_SIZE = estateSizeRule();
  private static final Rule OWNERSHIP = ownershipRule();

  private EstateRules() {}

  /**
   * EST-1 one account per district: on every platform in use, each district of the force has exactly one
   * active district account. A district with none is reported as missing; one with several is reported with
   * them. An active district account that names no district is reported too, since it counts for none. One
   * violation per district and platform, keyed by the platform.
   *
   * @return the rule
   */
  public static Rule oneAccountPerDistrict() {
    return ONE_ACCOUNT_PER_DISTRICT;
  }

  /**
   * EST-2 one force account: every platform in use has exactly one active force-wide account.
   *
   * @return the rule
   */
  public static Rule oneForceAccount() {
    return ONE_FORCE_ACCOUNT;
  }

  /**
   * EST-3 allowed tiers: every active account that is not exempt has a tier in {@link #ALLOWED_TIERS}, and a
   * specialist team's account has a recorded justification. An account named in {@link #EXEMPT_ACCOUNTS} (the list
   * CLO-1 reads) is not checked; an entry that names no account is a warning in the report, with the closest id or
   * handle.
   *
   * @return the rule
   */
  public static Rule allowedTiers() {
    return ALLOWED_TIERS_RULE;
  }

  /**
   * EST-4 estate size: no platform has more than {@link #MAX_ACTIVE_ACCOUNTS} active accounts. A warning.
   *
   * @return the rule
   */
  public static Rule estateSize() {
    return ESTATE_SIZE;
  }

  /**
   * EST-5 ownership: every open account has an owning team and at least {@link #MIN_ADMINS} administrators who
   * are serving (access grants with the administrator role whose contributor has not left).
   *
   * @return the rule
   */
  public static Rule ownership() {
    return OWNERSHIP;
  }

  /**
   * Returns the estate rules in id order.
   *
   * @return EST-1 to EST-5
   */
  public static List<Rule> all() {
    return List.of(ONE_ACCOUNT_PER_DISTRICT, ONE_FORCE_ACCOUNT, ALLOWED_TIERS_RULE, ESTATE_SIZE, OWNERSHIP);
  }

  /** The active accounts of a tier on each platform, in platform order and then account order. */
  private static Map<Platform, List<Account>> activeByPlatform(Estate estate, AccountTier tier) {
    Map<Platform, List<Account>> byPlatform = new HashMap<>();
    for (Account account : estate.accounts()) {
      if (account.status() == AccountStatus.ACTIVE && (tier == null || account.tier() == tier)) {
        byPlatform.computeIfAbsent(account.platform(), platform -> new ArrayList<>()).add(account);
      }
    }
    return byPlatform;
  }

  // ------------------------------------------------------------------------------------------------- EST-1

  private static Rule oneAccountPerDistrictRule() {
    return Rule.ofCheck(
            "EST-1",
            "each district has exactly one active district account per platform in use",
            EstateRules::checkOneAccountPerDistrict)
        .title("one account per district")
        .because(
            "people look for their area's account: with none they go to an unofficial one, with two the"
                + " messages split and one of them may not be watched")
        .source(Sources.NYP_STATEMENT)
        .hint("keep one active district account per district on each platform; close the extra ones")
        .build();
  }

  private static void checkOneAccountPerDistrict(Estate estate, EvaluationContext context, FindingSink sink) {
    Map<Platform, List<Account>> districtAccounts = activeByPlatform(estate, AccountTier.DISTRICT);
    for (Platform platform : EstateWords.platformsInUse(estate)) {
      Map<String, List<Account>> byDistrict = new HashMap<>();
      for (Account account : districtAccounts.getOrDefault(platform, List.of())) {
        if (account.district().isEmpty()) {
          sink.report(
              Subject.of(account),
              Finding.builder()
                  .message(
                      "is an active district account on " + platform.displayName()
                          + " that names no district, so it counts for none")
                  .addEvidence(Evidence.of("account", EstateWords.account(account)))
                  .hint("record the account's district")
                  .build());
        } else {
          byDistrict.computeIfAbsent(account.district().get(), code -> new ArrayList<>()).add(account);
        }
      }
      for (District district : estate.force().districts()) {
        Subject subject = Subject.of(district);
        sink.checked(subject);
        List<Account> accounts = byDistrict.getOrDefault(district.code(), List.of());
        if (accounts.size() == 1) {
          continue;
        }
        Finding.Builder finding =
            Finding.builder()
                .addEvidence(Evidence.of("district", district.name()))
                .addEvidence(Evidence.of("platform", platform.displayName()))
                .key(platform.fileName());
        notExactlyOne(
            finding,
            accounts,
            "active district accounts on " + platform.displayName(),
            "open or reactivate a district account for " + district.name() + " on " + platform.displayName(),
            "keep one of them and close the others with a closure plan naming it as successor");
        sink.report(subject, finding.build());
      }
    }
  }

  /**
   * Words a finding about a place that should have exactly one account but has none ("has no active district
   * accounts on X") or several ("has 2 …", with the accounts).
   */
  private static void notExactlyOne(
      Finding.Builder finding, List<Account> accounts, String what, String missingHint, String doubledHint) {
    if (accounts.isEmpty()) {
      finding.message("has no " + what).hint(missingHint);
    } else {
      finding
          .message("has " + accounts.size() + " " + what)
          .addEvidence(Evidence.of("accounts", EstateWords.accounts(accounts)))
          .hint(doubledHint);
    }
  }

  // ------------------------------------------------------------------------------------------------- EST-2

  private static Rule oneForceAccountRule() {
    return Rule.ofCheck(
            "EST-2",
            "exactly one active force-wide account per platform in use",
            EstateRules::checkOneForceAccount)
        .title("one force account")
        .because("one force-wide account is the place everybody can find and that is monitored around the clock")
        .source(Sources.NYP_STATEMENT)
        .hint("keep one active force-wide account on each platform in use")
        .build();
  }

  private static void checkOneForceAccount(Estate estate, EvaluationContext context, FindingSink sink) {
    Map<Platform, List<Account>> forceWide = activeByPlatform(estate, AccountTier.FORCE_WIDE);
    for (Platform platform : EstateWords.platformsInUse(estate)) {
      Subject subject = Subject.of(platform);
      sink.checked(subject);
      List<Account> accounts = forceWide.getOrDefault(platform, List.of());
      if (accounts.size() == 1) {
        continue;
      }
      Finding.Builder finding =
          Finding.builder().addEvidence(Evidence.of("platform", platform.displayName()));
      notExactlyOne(
          finding,
          accounts,
          "active force-wide accounts on " + platform.displayName(),
          "open a force-wide account on " + platform.displayName() + ", or close the force's other accounts there",
          "keep one force-wide account and close the others with a closure plan naming it as successor");
      sink.report(subject, finding.build());
    }
  }

  // ------------------------------------------------------------------------------------------------- EST-3

  private static Rule allowedTiersRule() {
    return Rules.accounts()
        .that(Vocabulary.IS_ACTIVE.and(Criterion.not(Vocabulary.IS_EXEMPT)))
        .should(HAS_ALLOWED_TIER.and(HAS_JUSTIFICATION_IF_SPECIALIST))
        .id("EST-3")
        .title("allowed tiers")
        .parameters(ALLOWED_TIERS, EXEMPT_ACCOUNTS)
        .because(
            "the fewer kinds of account, the fewer accounts to monitor; the NPCC model keeps force, district"
                + " and corporate accounts and asks specialist teams to justify theirs")
        .source(Sources.NPCC + "; " + Sources.NYP_STATEMENT)
        .hint("close accounts of tiers the pack does not allow; record why a specialist team needs its own")
        .build();
  }

  private static Verdict judgeTier(Account account, EvaluationContext context) {
    Set<AccountTier> allowed = context.value(ALLOWED_TIERS);
    if (allowed.contains(account.tier())) {
      return Verdict.pass();
    }
    return Verdict.fail(
        Finding.builder()
            .message(
                "has tier " + EstateWords.tier(account.tier()) + ", which the pack does not allow"
                    + " (it allows " + EstateWords.tiers(allowed) + ")")
            .addEvidence(Evidence.of("tier", EstateWords.tier(account.tier())))
            .addEvidence(Evidence.of("allowed tiers", EstateWords.tiers(allowed)))
            .hint("close the account with a closure plan that names its successors, or name it in exemptAccounts")
            .build());
  }

  private static Verdict judgeJustification(Account account, EvaluationContext context) {
    if (account.tier() != AccountTier.SPECIALIST_TEAM
        || account.justification().filter(text -> !text.isBlank()).isPresent()) {
      return Verdict.pass();
    }
    return Verdict.fail(
        Finding.builder()
            .message("is a specialist team account without a recorded justification")
            .addEvidence(Evidence.of("tier", EstateWords.tier(account.tier())))
            .hint("record why the team needs an account of its own, or close it")
            .build());
  }

  // ------------------------------------------------------------------------------------------------- EST-4

  private static Rule estateSizeRule() {
    return Rule.ofCheck(
            "EST-4",
            "at most {maxActiveAccounts} active accounts per platform",
            EstateRules::checkEstateSize)
        .title("estate size")
        .severity(Severity.WARNING)
        .parameters(MAX_ACTIVE_ACCOUNTS)
        .because(
            "every account must be monitored every day; North Yorkshire went from over 150 accounts to one"
                + " force-wide and eight district accounts so that each one can be")
        .source(Sources.NYP_STATEMENT + "; " + Sources.NPCC)
        .hint("consolidate accounts into the force-wide and district accounts and close the rest")
        .build();
  }

  private static void checkEstateSize(Estate estate, EvaluationContext context, FindingSink sink) {
    int max = context.value(MAX_ACTIVE_ACCOUNTS);
    Map<Platform, List<Account>> active = activeByPlatform(estate, null);
    for (Platform platform : EstateWords.platformsInUse(estate)) {
      Subject subject = Subject.of(platform);
      sink.checked(subject);
      List<Account> accounts = active.get(platform);
      if (accounts.size() <= max) {
        continue;
      }
      sink.report(
          subject,
          Finding.builder()
              .message(
                  "has " + accounts.size() + " active accounts on " + platform.displayName() + ", more than "
                      + max)
              .addEvidence(Evidence.of("platform", platform.displayName()))
              .addEvidence(Evidence.of("active accounts", String.valueOf(accounts.size())))
              .addEvidence(Evidence.of("most allowed", String.valueOf(max)))
              .addEvidence(Evidence.of("accounts", EstateWords.accounts(accounts)))
              .hint(
                  "close at least " + EstateWords.count(accounts.size() - max, "account", "accounts") + " on "
                      + platform.displayName())
              .build());
    }
  }

  // ------------------------------------------------------------------------------------------------- EST-5

  private static Rule ownershipRule() {
    return Rules.accounts()
        .that(Vocabulary.IS_OPEN)
        .should(HAS_OWNING_TEAM.and(Criterion.atLeast(MIN_ADMINS, Vocabulary.ADMINISTRATORS, Vocabulary.IS_SERVING)))
        .id("EST-5")
        .title("ownership")
        .parameters(MIN_ADMINS)
        .because(
            "an account nobody owns is not reviewed, and an account with one administrator is locked when that"
                + " person is on leave or leaves")
        .source(Sources.NYP_STATEMENT + "; " + Sources.RECLAIM)
        .hint("record the owning team and grant administrator access to a second serving person")
        .build();
  }

  private static Verdict judgeOwningTeam(Account account, EvaluationContext context) {
    if (account.owningTeam().filter(team -> !team.isBlank()).isPresent()) {
      return Verdict.pass();
    }
    return Verdict.fail(
        Finding.builder().message("has no owning team").hint("record the team that owns the account").build());
  }
}

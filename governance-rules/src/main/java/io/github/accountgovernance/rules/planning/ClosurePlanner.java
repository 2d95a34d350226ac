package io.github.accountgovernance.rules.planning;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.catalogue.ClosureRules;
import io.github.accountgovernance.rules.catalogue.EstateRules;
import io.github.accountgovernance.rules.catalogue.MonitoringRules;
import io.github.accountgovernance.rules.naming.HandleConvention;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Proposes how a force gets from its estate to the one a pack asks for: a closure plan for every account the
 * pack requires to close, as a {@link ConsolidationPlan}.
 *
 * <p>Which accounts close, for the rules the pack has:
 *
 * <ul>
 *   <li><b>CLO-1</b>: every open account of a disallowed tier that is not exempt and has no closure plan;
 *   <li><b>CLO-2</b>: every closing account that has no closure plan (with CLO-2, CLO-3 or CLO-6 in the pack);
 *   <li><b>EST-1</b>: where a district has several active district accounts on a platform, all but the one to
 *       keep: the one named in {@link #keeping(Collection)}, else the one that follows the force's handle
 *       convention; when neither singles one out the choice is left {@link Undecided};
 *   <li><b>EST-4</b>: where a platform would still have more than {@code maxActiveAccounts} active accounts, the
 *       ones the pack keeps none of (EST-3: a tier it does not allow, a specialist team account without a recorded
 *       justification), unless named to keep; if that is not enough, the rest is left {@link Undecided}.
 * </ul>
 *
 * <p>Each closure gets, when it can be placed:
 *
 * <ul>
 *   <li><b>successors</b>: on the same platform, active, not closing (nor planned to), with a handle the platform
 *       accepts: the district's account (the one following the convention, else the most followed) and the
 *       force-wide account; only the force-wide account for an account of no district. With none, the account is
 *       {@linkplain UnplacedAccount unplaced}, with the reason;
 *   <li><b>dates</b>: closure on the pack's {@code deadline}, or, if that leaves less than {@code minNotice} from
 *       today, the earliest day that does (with a note); the final message {@value #PREFERRED_NOTICE_DAYS} days
 *       before closure (York South's notice in March 2021), kept inside the pack's notice window and never before
 *       today; archiving on the closure date, after the final message; the handle registered and dormant for
 *       {@code retainDays} after closure;
 *   <li><b>words</b>: a final message that mentions every successor, and a dormant bio that points to them and to
 *       the pack's required phrases.
 * </ul>
 *
 * <p>Accounts that already have a closure plan are left as they are (and never chosen as successors).
 *
 * <pre>{@code
 * ConsolidationPlan plan = ClosurePlanner.of(PolicyPacks.npcc2021())
 *     .keeping(List.of("@NYP_Cyber"))
 *     .plan(estate);
 * plan.closures();     // a PlannedClosure per account to close
 * plan.unplaced();     // accounts that must close but have no successor on their platform
 * plan.undecided();    // what the pack leaves to people
 * }</pre>
 *
 * <p>Immutable and thread-safe: one planner may plan many estates at once.
 */
public final class ClosurePlanner {

  /** The notice a final message gives when the pack's window and today allow it: York South's three weeks. */
  public static final int PREFERRED_NOTICE_DAYS = 21;

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

  private final PolicyPack pack;
  private final Optional<LocalDate> today;
  private final List<String> keep;

  private ClosurePlanner(PolicyPack pack, Optional<LocalDate> today, List<String> keep) {
    this.pack = pack;
    this.today = today;
    this.keep = keep;
  }

  /**
   * Returns a planner for the pack, planning as of each estate's own date and keeping no account by name.
   *
   * @param pack the pack whose rules say which accounts close, and whose parameters give the dates
   * @return the planner
   * @throws NullPointerException if {@code pack} is null
   */
  public static ClosurePlanner of(PolicyPack pack) {
    return new ClosurePlanner(requireNonNull(pack, "pack"), Optional.empty(), List.of());
  }

  /**
   * Returns a planner like this one that plans as of the given day: no final message goes out before it.
   *
   * @param date the planning date, in the force's zone
   * @return the planner
   * @throws NullPointerException if {@code date} is null
   */
  public ClosurePlanner asOf(LocalDate date) {
    return new ClosurePlanner(pack, Optional.of(requireNonNull(date, "date")), keep);
  }

  /**
   * Returns a planner like this one that keeps the named accounts where the pack leaves the choice open: the
   * district account to keep among several (EST-1), and accounts not to close to bring a platform within
   * {@code maxActiveAccounts} (EST-4). It does not override CLO-1: exemptions from it belong in the pack's
   * {@code exemptAccounts}.
   *
   * @param accounts account ids or handles ({@code york-x}, {@code @NYP_York}), matched as CLO-1 matches
   *     exemptions
   * @return the planner
   * @throws NullPointerException if {@code accounts} or an element is null
   * @throws IllegalArgumentException if an element is blank
   */
  public ClosurePlanner keeping(Collection<String> accounts) {
    requireNonNull(accounts, "accounts");
    List<String> names = new ArrayList<>();
    for (String name : accounts) {
      requireNonNull(name, "accounts contains null");
      if (name.isBlank()) {
        throw new IllegalArgumentException("an account to keep is an id or handle, but got \"" + name + "\"");
      }
      names.add(name.strip());
    }
    return new ClosurePlanner(pack, today, List.copyOf(new TreeSet<>(names)));
  }

  /**
   * Returns the pack the planner plans for.
   *
   * @return the pack
   */
  public PolicyPack pack() {
    return pack;
  }

  /**
   * Plans the closures the pack requires of the estate.
   *
   * @param estate the estate
   * @return the plan
   * @throws NullPointerException if {@code estate} is null
   */
  public ConsolidationPlan plan(Estate estate) {
    requireNonNull(estate, "estate");
    return new Planning(estate).plan();
  }

  /** Whether an entry names the account by id, or by handle (with or without {@code @}) under platform rules. */
  static boolean names(List<String> entries, Account account) {
    for (String entry : entries) {
      String name = entry.strip();
      if (name.equals(account.id())) {
        return true;
      }
      String handle = name.startsWith("@") ? name.substring(1) : name;
      if (!handle.isEmpty() && account.platform().equivalenceKey(handle).equals(account.handle().equivalenceKey())) {
        return true;
      }
    }
    return false;
  }

  /** One estate's planning: the state of a single call to {@link #plan(Estate)}. */
  private final class Planning {

    private final Estate estate;
    private final LocalDate day;
    private final HandleConvention convention;
    private final Map<String, Closing> closing = new TreeMap<>();
    private final List<Undecided> undecided = new ArrayList<>();

    Planning(Estate estate) {
      this.estate = estate;
      this.day = today.orElseGet(() -> LocalDate.ofInstant(estate.asOf(), estate.force().zone()));
      this.convention = HandleConvention.of(estate.force());
    }

    ConsolidationPlan plan() {
      LocalDate deadline = pack.value(ClosureRules.DEADLINE);
      if (has("CLO-1")) {
        disallowedTiers(deadline);
      }
      if (has("CLO-2") || has("CLO-3") || has("CLO-6")) {
        closingWithoutPlan();
      }
      Set<Platform> inUse = platformsInUse();
      if (has("EST-1")) {
        inUse.forEach(this::surplusDistrictAccounts);
      }
      if (has("EST-4")) {
        inUse.forEach(this::surplusAccounts);
      }
      ImmutableConsolidationPlan.Builder plan =
          ImmutableConsolidationPlan.builder()
              .packId(pack.id())
              .forceName(estate.force().name())
              .today(day)
              .deadline(deadline);
      long minNotice = pack.value(ClosureRules.MIN_NOTICE).toDays();
      long maxNotice = pack.value(ClosureRules.MAX_NOTICE).toDays();
      for (Closing close : closing.values()) {
        List<Account> successors = successors(close.account);
        String problem =
            minNotice > maxNotice
                ? "the pack's notice window is empty: minNotice (" + minNotice + " days) is more than maxNotice ("
                    + maxNotice + " days), so no final message can be published in it"
                : successors.isEmpty() ? noSuccessor(close.account) : null;
        if (problem != null) {
          plan.addUnplaced(
              ImmutableUnplacedAccount.builder()
                  .account(close.account)
                  .ground(close.ground)
                  .reason(close.reason)
                  .problem(problem)
                  .build());
        } else {
          plan.addClosures(closure(close, successors, deadline, minNotice, maxNotice));
        }
      }
      undecided.sort(Comparator.naturalOrder());
      return plan.undecided(undecided).build();
    }

    private boolean has(String ruleId) {
      return pack.rule(ruleId).isPresent();
    }

    // ----------------------------------------------------------------------------------------- which close

    private void disallowedTiers(LocalDate deadline) {
      Set<AccountTier> disallowed = pack.value(ClosureRules.DISALLOWED_TIERS);
      List<String> exempt = pack.value(ClosureRules.EXEMPT_ACCOUNTS);
      for (Account account : estate.accounts()) {
        if (!account.status().isOpen() || !disallowed.contains(account.tier()) || names(exempt, account)) {
          continue;
        }
        Optional<ClosurePlan> existing = estate.closurePlanFor(account.id());
        if (existing.isEmpty()) {
          close(
              account,
              ClosureGround.DISALLOWED_TIER,
              article(tier(account.tier())) + " account, which " + pack.id() + " does not allow (CLO-1)");
        } else if (existing.get().closureDate().isAfter(deadline)) {
          undecided.add(
              ImmutableUndecided.builder()
                  .ruleId("CLO-1")
                  .message(
                      account.handle().display() + " already has a closure plan, closing it on "
                          + DATE.format(existing.get().closureDate()) + ", after the deadline of "
                          + DATE.format(deadline) + "; the planner leaves existing plans as they are")
                  .addAccounts(account)
                  .build());
        }
      }
    }

    private void closingWithoutPlan() {
      for (Account account : estate.accounts()) {
        if (account.status() == AccountStatus.CLOSING
            && estate.closurePlanFor(account.id()).isEmpty()
            && !closing.containsKey(account.id())) {
          close(
              account,
              ClosureGround.CLOSING_WITHOUT_PLAN,
              "closing, but with no closure plan naming a successor, a final message or an archive date (CLO-2,"
                  + " CLO-3, CLO-6)");
        }
      }
    }

    private void surplusDistrictAccounts(Platform platform) {
      for (District district : estate.force().districts()) {
        List<Account> stayers = new ArrayList<>();
        for (Account account : estate.accountsInDistrict(district.code())) {
          if (account.platform() == platform && account.tier() == AccountTier.DISTRICT && stays(account)) {
            stayers.add(account);
          }
        }
        if (stayers.size() <= 1) {
          continue;
        }
        String where =
            district.name() + " has " + stayers.size() + " active district accounts on " + platform.displayName();
        List<Account> kept = stayers.stream().filter(account -> names(keep, account)).toList();
        List<Account> conventional =
            stayers.stream().filter(account -> convention.matches(account.handle(), account, estate.force())).toList();
        Account keeper;
        String why;
        if (kept.size() == 1) {
          keeper = kept.get(0);
          why = "you asked to keep " + keeper.handle().display();
        } else if (kept.size() > 1) {
          undecide("EST-1", where + " and you asked to keep " + kept.size() + " of them; EST-1 allows one", kept);
          continue;
        } else if (conventional.size() == 1) {
          keeper = conventional.get(0);
          why = keeper.handle().display() + " follows the force's convention "
              + convention.template(AccountTier.DISTRICT).orElse("") + " and stays";
        } else {
          undecide(
              "EST-1",
              where + " and " + (conventional.isEmpty() ? "none" : conventional.size()) + " of them follow the"
                  + " force's handle convention; name the one to keep",
              stayers);
          continue;
        }
        for (Account account : stayers) {
          if (!account.equals(keeper)) {
            close(account, ClosureGround.SURPLUS_DISTRICT_ACCOUNT, where + "; " + why + " (EST-1)");
          }
        }
      }
    }

    private void surplusAccounts(Platform platform) {
      int max = pack.value(EstateRules.MAX_ACTIVE_ACCOUNTS);
      List<Account> stayers = new ArrayList<>();
      for (Account account : estate.accountsOn(platform)) {
        if (stays(account)) {
          stayers.add(account);
        }
      }
      if (stayers.size() <= max) {
        return;
      }
      String where =
          platform.displayName() + " would still have " + stayers.size() + " active accounts, more than the " + max
              + " " + pack.id() + " allows";
      List<Account> remaining = new ArrayList<>();
      for (Account account : stayers) {
        Optional<String> unkept = names(keep, account) ? Optional.empty() : notKept(account);
        if (unkept.isPresent()) {
          close(account, ClosureGround.SURPLUS_ACCOUNT, where + "; " + unkept.get() + " (EST-3, EST-4)");
        } else {
          remaining.add(account);
        }
      }
      if (remaining.size() > max) {
        undecide(
            "EST-4",
            platform.displayName() + " would still have " + remaining.size() + " active accounts after these"
                + " closures, " + (remaining.size() - max) + " more than the " + max + " " + pack.id()
                + " allows; the pack does not say which to close",
            remaining);
      }
    }

    /** Why the pack keeps none of these (EST-3), or empty if it may keep the account. */
    private Optional<String> notKept(Account account) {
      if (!has("EST-3")) {
        return Optional.empty();
      }
      if (!pack.value(EstateRules.ALLOWED_TIERS).contains(account.tier())) {
        return Optional.of(pack.id() + " does not allow " + tier(account.tier()) + " accounts");
      }
      if (account.tier() == AccountTier.SPECIALIST_TEAM && account.justification().filter(t -> !t.isBlank()).isEmpty()) {
        return Optional.of("it is a specialist team account without a recorded justification");
      }
      return Optional.empty();
    }

    private void close(Account account, ClosureGround ground, String reason) {
      closing.putIfAbsent(account.id(), new Closing(account, ground, reason));
    }

    private void undecide(String ruleId, String message, List<Account> accounts) {
      undecided.add(ImmutableUndecided.builder().ruleId(ruleId).message(message).accounts(accounts).build());
    }

    /** Active, with no closure plan, and not planned to close: the account will still be there. */
    private boolean stays(Account account) {
      return account.status() == AccountStatus.ACTIVE
          && estate.closurePlanFor(account.id()).isEmpty()
          && !closing.containsKey(account.id());
    }

    private Set<Platform> platformsInUse() {
      Set<Platform> platforms = new TreeSet<>();
      for (Account account : estate.accounts()) {
        if (account.status() == AccountStatus.ACTIVE) {
          platforms.add(account.platform());
        }
      }
      return platforms;
    }

    // ----------------------------------------------------------------------------------------- successors

    private List<Account> successors(Account closed) {
      List<Account> successors = new ArrayList<>(2);
      List<Account> candidates = candidates(closed);
      if (closed.district().isPresent()) {
        best(candidates.stream()
                .filter(a -> a.tier() == AccountTier.DISTRICT && a.district().equals(closed.district()))
                .toList())
            .ifPresent(successors::add);
      }
      best(candidates.stream().filter(a -> a.tier() == AccountTier.FORCE_WIDE).toList())
          .ifPresent(successors::add);
      return successors;
    }

    /** Accounts on the platform that will still be there, other than the one closing, whose handle can be mentioned. */
    private List<Account> candidates(Account closed) {
      List<Account> candidates = new ArrayList<>();
      for (Account account : estate.accountsOn(closed.platform())) {
        if (!account.id().equals(closed.id()) && stays(account) && account.handle().isValidOnPlatform()) {
          candidates.add(account);
        }
      }
      return candidates;
    }

    /** The one that follows the convention, then the most followed, then the least id. */
    private Optional<Account> best(List<Account> accounts) {
      return accounts.stream()
          .min(
              Comparator.comparing(
                      (Account a) -> !convention.matches(a.handle(), a, estate.force()))
                  .thenComparing(Comparator.comparingLong(Account::followers).reversed())
                  .thenComparing(Account::id));
    }

    private String noSuccessor(Account closed) {
      String platform = closed.platform().displayName();
      StringBuilder problem = new StringBuilder("no active account on ").append(platform).append(" can take its followers: ");
      if (closed.district().isPresent()) {
        String district = estate.force().district(closed.district().get()).map(District::name).orElse(closed.district().get());
        problem.append("no district account for ").append(district).append(" and no force-wide account stay there");
      } else {
        problem.append("it serves no district, and no force-wide account stays there");
      }
      List<String> unmentionable = new ArrayList<>();
      for (Account account : estate.accountsOn(closed.platform())) {
        if (!account.id().equals(closed.id()) && stays(account) && !account.handle().isValidOnPlatform()) {
          unmentionable.add(account.handle().display());
        }
      }
      if (!unmentionable.isEmpty()) {
        problem.append(" (").append(String.join(", ", unmentionable)).append(" cannot be mentioned: ")
            .append(platform).append(" does not accept the handle)");
      }
      return problem.append("; open one, or keep an account there, and plan again").toString();
    }

    // ----------------------------------------------------------------------------------------- the closure

    private PlannedClosure closure(
        Closing close, List<Account> successors, LocalDate deadline, long minNotice, long maxNotice) {
      LocalDate earliest = day.plusDays(minNotice);
      List<String> notes = new ArrayList<>();
      LocalDate closure = deadline;
      if (deadline.isBefore(earliest)) {
        closure = earliest;
        notes.add(
            "the deadline, " + DATE.format(deadline) + ", leaves less than " + minNotice + " days' notice from "
                + DATE.format(day) + ", so it closes on the earliest day that gives that notice, "
                + ChronoUnit.DAYS.between(deadline, closure) + " days late (CLO-1 will report it)");
      }
      long notice = Math.max(minNotice, Math.min(maxNotice, PREFERRED_NOTICE_DAYS));
      LocalDate message = closure.minusDays(notice);
      if (message.isBefore(day)) {
        message = day;
      }
      return ImmutablePlannedClosure.builder()
          .account(close.account)
          .ground(close.ground)
          .reason(close.reason)
          .successors(successors)
          .finalMessageOn(message)
          .closureDate(closure)
          .finalMessage(FinalMessages.finalMessage(estate.force(), successors, closure))
          .archiveBy(closure)
          .keepRegisteredUntil(closure.plusDays(pack.value(ClosureRules.RETAIN_DAYS)))
          .dormantBio(
              FinalMessages.dormantBio(successors, closure, pack.value(MonitoringRules.REQUIRED_PHRASES)))
          .notes(notes)
          .build();
    }
  }

  /** "an individual-officer", "a district". */
  private static String article(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  private static String tier(AccountTier tier) {
    return tier.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** An account to close, why, and which rule requires it. */
  private static final class Closing {
    final Account account;
    final ClosureGround ground;
    final String reason;

    Closing(Account account, ClosureGround ground, String reason) {
      this.account = account;
      this.ground = ground;
      this.reason = reason;
    }
  }
}

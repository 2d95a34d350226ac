package io.github.accountgovernance.core.testing;

import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.AccessRole;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.TimeWindow;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/**
 * Plants structural defects in valid estate parts and works out the path at which each must be reported. Where a
 * defect inserts an element, it goes at a generated position, so paths vary and shrink towards index 0.
 */
final class DefectPlanter {

  /** Defects that touch different lists, so planting one does not move the path of another. */
  static final Set<EstateDefect> IN_DIFFERENT_LISTS =
      EnumSet.of(
          EstateDefect.UNKNOWN_DISTRICT,
          EstateDefect.UNKNOWN_ROTA_CONTRIBUTOR,
          EstateDefect.UNKNOWN_GRANT_ACCOUNT,
          EstateDefect.UNKNOWN_SUCCESSOR);

  /** Not a district of North Yorkshire (Whitby is a town in Scarborough Borough). */
  static final String UNKNOWN_DISTRICT = "whitby";

  /** No generated contributor has it: collar numbers start at 1000. */
  static final String UNKNOWN_CONTRIBUTOR = "c-0000";

  /** No generated account has it: account ids start with a platform prefix. */
  static final String UNKNOWN_ACCOUNT = "retired-account";

  private DefectPlanter() {}

  /** Which account, where to insert, and which other element a defect uses; each taken modulo a list size. */
  record Picks(int target, int position, int other) {}

  static Gen<Picks> picks() {
    Gen<Integer> pick = GenSupport.ints(0, 999, 0);
    return pick.zip(pick, pick, Picks::new);
  }

  static DefectiveEstate plant(EstateParts parts, List<EstateDefect> kinds, Picks picks) {
    Lists lists = new Lists(parts);
    List<PlantedDefect> planted = new ArrayList<>();
    for (EstateDefect kind : kinds) {
      planted.add(new PlantedDefect(kind, plantOne(lists, kind, picks)));
    }
    return new DefectiveEstate(lists.toParts(parts), planted);
  }

  private static String plantOne(Lists lists, EstateDefect kind, Picks picks) {
    List<Account> accounts = lists.accounts;
    int target = picks.target() % accounts.size();
    Account account = accounts.get(target);
    switch (kind) {
      case UNKNOWN_DISTRICT:
        accounts.set(target, Account.builder().from(account).district(UNKNOWN_DISTRICT).build());
        return "accounts[" + target + "].district";
      case UNKNOWN_ROTA_CONTRIBUTOR: {
        int at = picks.position() % (lists.rota.size() + 1);
        lists.rota.add(
            at,
            RotaAssignment.shift(
                UNKNOWN_CONTRIBUTOR, account.id(), TimeWindow.of(EstateGens.DST_START, Duration.ofHours(8))));
        return "rota[" + at + "].contributor";
      }
      case UNKNOWN_GRANT_ACCOUNT: {
        int at = picks.position() % (lists.grants.size() + 1);
        String holder = lists.contributorIds.get(picks.other() % lists.contributorIds.size());
        lists.grants.add(at, AccessGrant.of(holder, UNKNOWN_ACCOUNT, AccessRole.POSTER));
        return "grants[" + at + "].account";
      }
      case DUPLICATE_ACCOUNT_ID:
        return insertCopy(
            accounts, "accounts", target, picks.position(),
            Account.builder().from(account).handle(freshHandle(accounts, account)).build(), "id");
      case UNKNOWN_SUCCESSOR: {
        lists.closurePlans.removeIf(plan -> plan.account().equals(account.id()));
        List<String> successors = new ArrayList<>();
        if (picks.other() % 2 == 1) {
          successors.add(accounts.get((target + 1) % accounts.size()).id());
        }
        successors.add(UNKNOWN_ACCOUNT);
        int at = picks.position() % (lists.closurePlans.size() + 1);
        lists.closurePlans.add(at, plan(account.id()).successors(successors).build());
        return "closurePlans[" + at + "].successors[" + (successors.size() - 1) + "]";
      }
      case DUPLICATE_CLOSURE_PLAN: {
        List<ClosurePlan> plans = lists.closurePlans;
        if (plans.isEmpty()) {
          plans.add(plan(account.id()).build());
        }
        int original = picks.other() % plans.size();
        return insertCopy(plans, "closurePlans", original, picks.position(), plans.get(original), "account");
      }
      default:
        throw new IllegalArgumentException("no way to plant " + kind);
    }
  }

  private static ClosurePlan.Builder plan(String accountId) {
    return ClosurePlan.builder().account(accountId).closureDate(LocalDate.of(2021, 4, 3));
  }

  /** Inserts a copy and returns the path of whichever of the two comes later, which is where it is reported. */
  private static <T> String insertCopy(List<T> list, String name, int original, int position, T copy, String field) {
    int at = position % (list.size() + 1);
    list.add(at, copy);
    int originalNow = original < at ? original : original + 1;
    return name + "[" + Math.max(at, originalNow) + "]." + field;
  }

  private static Handle freshHandle(List<Account> accounts, Account account) {
    Set<String> taken = accounts.stream().map(a -> a.platform() + ":" + a.handle().value()).collect(Collectors.toSet());
    for (int i = 1; ; i++) {
      Handle candidate = Handle.of(account.platform(), "Copy0" + i);
      if (!taken.contains(candidate.platform() + ":" + candidate.value())) {
        return candidate;
      }
    }
  }

  /** Mutable copies of the lists a defect may change. */
  private static final class Lists {
    final List<Account> accounts;
    final List<String> contributorIds;
    final List<AccessGrant> grants;
    final List<RotaAssignment> rota;
    final List<ClosurePlan> closurePlans;

    Lists(EstateParts parts) {
      accounts = new ArrayList<>(parts.accounts());
      contributorIds = parts.contributors().stream().map(Contributor::id).toList();
      grants = new ArrayList<>(parts.grants());
      rota = new ArrayList<>(parts.rota());
      closurePlans = new ArrayList<>(parts.closurePlans());
    }

    EstateParts toParts(EstateParts original) {
      return new EstateParts(
          original.force(),
          original.asOf(),
          accounts,
          original.contributors(),
          grants,
          rota,
          original.absences(),
          closurePlans,
          original.posts(),
          original.observedHandles());
    }
  }
}

package io.github.accountgovernance.rules.planning;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.InvalidEstateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a force gets from its estate to the one its pack asks for: a {@link PlannedClosure} for every account the
 * pack requires to close, the accounts that cannot be placed ({@link UnplacedAccount}), and the choices the pack
 * leaves to people ({@link Undecided}). Made by {@link ClosurePlanner#plan(Estate)}.
 *
 * <p>The plan's closure plans are an <em>overlay</em> of the estate ({@link #overlay()}): written to a file with
 * {@code EstateWriter.writeOverlay}, reviewed, and applied with {@code EstateReader.readOverlay} or
 * {@link #applyTo(Estate)}. A schedule for the communications team is one of the {@link ScheduleFormat}s.
 *
 * <pre>{@code
 * ConsolidationPlan plan = ClosurePlanner.of(PolicyPacks.npcc2021()).plan(before);
 * plan.closures().size();                       // 136 on North Yorkshire's before estate
 * plan.unplaced();                              // []
 * Report after = PolicyPacks.npcc2021().evaluate(plan.applyTo(before));
 * after.violationsOf("CLO-1");                  // []
 * EstateWriter.yaml().writeOverlay(plan.overlay(), Path.of("plan.yaml"));
 * Files.writeString(Path.of("schedule.md"), ScheduleFormat.MARKDOWN.render(plan));
 * }</pre>
 *
 * <p>Lists are sorted by account id (undecided questions by rule), so the same estate and pack give an equal
 * plan whatever order the estate was built in. Immutable and thread-safe.
 */
@SuppressWarnings("exports")
@Value.Immutable
public abstract class ConsolidationPlan {

  ConsolidationPlan() {}

  /**
   * Returns the id of the pack the plan meets.
   *
   * @return such as {@code "npcc2021"}
   */
  public abstract String packId();

  /**
   * Returns the name of the force whose estate was planned.
   *
   * @return the force's name
   */
  public abstract String forceName();

  /**
   * Returns the day the plan was made for: no final message is planned before it.
   *
   * @return the planning date, in the force's zone
   */
  public abstract LocalDate today();

  /**
   * Returns the pack's deadline for closures (CLO-1's {@code deadline}).
   *
   * @return the deadline
   */
  public abstract LocalDate deadline();

  /**
   * Returns the planned closures, by account id.
   *
   * @return the closures
   */
  public abstract List<PlannedClosure> closures();

  /**
   * Returns the accounts the pack requires to close that cannot be placed, by account id.
   *
   * @return the unplaced accounts; empty when every closure is planned
   */
  public abstract List<UnplacedAccount> unplaced();

  /**
   * Returns the choices the pack leaves to people, by rule id.
   *
   * @return the undecided questions
   */
  public abstract List<Undecided> undecided();

  /**
   * Finds the planned closure of an account.
   *
   * @param accountId the account id
   * @return the closure, or empty if the account is not planned to close
   * @throws NullPointerException if {@code accountId} is null
   */
  public final Optional<PlannedClosure> closureFor(String accountId) {
    requireNonNull(accountId, "accountId");
    return closures().stream().filter(closure -> closure.account().id().equals(accountId)).findFirst();
  }

  /**
   * Counts the planned closures by ground, in the grounds' order; grounds with none are left out.
   *
   * @return the counts
   */
  public final Map<ClosureGround, Integer> countsByGround() {
    Map<ClosureGround, Integer> counts = new EnumMap<>(ClosureGround.class);
    for (PlannedClosure closure : closures()) {
      counts.merge(closure.ground(), 1, Integer::sum);
    }
    return java.util.Collections.unmodifiableMap(counts);
  }

  /**
   * Returns the closure plans the estate records for the planned closures: the overlay.
   *
   * @return the closure plans, by account id
   */
  public final List<ClosurePlan> overlay() {
    List<ClosurePlan> plans = new ArrayList<>(closures().size());
    for (PlannedClosure closure : closures()) {
      plans.add(closure.toClosurePlan());
    }
    return List.copyOf(plans);
  }

  /**
   * Returns the estate with the overlay applied: each planned closure's plan replaces the estate's plan for that
   * account, or is added. Nothing else changes; the accounts keep their status until the final messages go out.
   *
   * @param estate the estate the plan was made for (or a later one with the same accounts)
   * @return the estate with the closure plans
   * @throws NullPointerException if {@code estate} is null
   * @throws InvalidEstateException if the estate lacks an account the plan names
   */
  public final Estate applyTo(Estate estate) {
    requireNonNull(estate, "estate");
    Map<String, ClosurePlan> plans = new HashMap<>();
    for (ClosurePlan plan : estate.closurePlans()) {
      plans.put(plan.account(), plan);
    }
    for (ClosurePlan plan : overlay()) {
      plans.put(plan.account(), plan);
    }
    return Estate.builder().from(estate).closurePlans(plans.values()).build();
  }

  /**
   * Returns the estate as it will be once the final messages are out: the overlay applied, and every planned
   * account that is active marked {@link AccountStatus#CLOSING}, so that CLO-2, CLO-3, CLO-4 and CLO-6 check the
   * plans as they will apply.
   *
   * @param estate the estate the plan was made for
   * @return the estate with the closure plans and the planned accounts closing
   * @throws NullPointerException if {@code estate} is null
   * @throws InvalidEstateException if the estate lacks an account the plan names
   */
  public final Estate announcedIn(Estate estate) {
    Estate planned = applyTo(estate);
    Map<String, PlannedClosure> closing = new HashMap<>();
    closures().forEach(closure -> closing.put(closure.account().id(), closure));
    List<Account> accounts = new ArrayList<>(planned.accounts().size());
    for (Account account : planned.accounts()) {
      boolean announced = closing.containsKey(account.id()) && account.status() == AccountStatus.ACTIVE;
      accounts.add(announced ? Account.builder().from(account).status(AccountStatus.CLOSING).build() : account);
    }
    return Estate.builder().from(planned).accounts(accounts).build();
  }
}

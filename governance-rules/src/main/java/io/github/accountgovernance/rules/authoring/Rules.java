package io.github.accountgovernance.rules.authoring;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.SampledPost;

/**
 * Where rules start: the selections of the things rules speak of.
 *
 * <pre>{@code
 * Rule est5 = Rules.accounts().that(isOpen).should(hasOwningTeam.and(hasTwoAdmins))
 *     .id("EST-5").title("ownership").build();
 * // "every account that is open has an owning team and has at least 2 administrators that are serving"
 * }</pre>
 */
public final class Rules {

  private Rules() {}

  /**
   * Returns every account.
   *
   * @return the selection
   */
  public static Selection<Account> accounts() {
    return Selection.of(SubjectType.ACCOUNT);
  }

  /**
   * Returns every contributor.
   *
   * @return the selection
   */
  public static Selection<Contributor> contributors() {
    return Selection.of(SubjectType.CONTRIBUTOR);
  }

  /**
   * Returns every district of the force.
   *
   * @return the selection
   */
  public static Selection<District> districts() {
    return Selection.of(SubjectType.DISTRICT);
  }

  /**
   * Returns every closure plan.
   *
   * @return the selection
   */
  public static Selection<ClosurePlan> closurePlans() {
    return Selection.of(SubjectType.CLOSURE_PLAN);
  }

  /**
   * Returns every sampled post.
   *
   * @return the selection
   */
  public static Selection<SampledPost> posts() {
    return Selection.of(SubjectType.POST);
  }

  /**
   * Returns the estate as the one subject, for criteria about the estate as a whole.
   *
   * @return the selection
   */
  public static Selection<Estate> estate() {
    return Selection.of(SubjectType.ESTATE);
  }

  /**
   * Returns every subject of a kind of one's own.
   *
   * @param <T> the type of subject
   * @param type the kind
   * @return the selection
   * @throws NullPointerException if {@code type} is null
   */
  public static <T> Selection<T> each(SubjectType<T> type) {
    return Selection.of(type);
  }
}

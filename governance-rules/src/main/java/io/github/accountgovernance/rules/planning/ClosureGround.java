package io.github.accountgovernance.rules.planning;

/**
 * Why the {@link ClosurePlanner} closes an account: the rule of the pack that requires it.
 *
 * <pre>{@code
 * closure.ground().ruleId();   // "CLO-1"
 * closure.ground().label();    // "disallowed tier"
 * }</pre>
 */
public enum ClosureGround {
  /** CLO-1: the account is of a tier the pack disallows and is not exempt. */
  DISALLOWED_TIER("CLO-1", "disallowed tier"),
  /**
   * CLO-2 (and CLO-3, CLO-6): the account is already closing but has no closure plan, so it names no successor,
   * no final message and no archive date.
   */
  CLOSING_WITHOUT_PLAN("CLO-2", "closing without a plan"),
  /**
   * EST-1: the district has more than one active district account on the platform, and the force's handle
   * convention (or the planner's list of accounts to keep) says which one stays.
   */
  SURPLUS_DISTRICT_ACCOUNT("EST-1", "second district account"),
  /**
   * EST-4: the platform would still have more active accounts than the pack allows, and the pack keeps none of
   * these (EST-3: a tier it does not allow, or a specialist team account without a recorded justification).
   */
  SURPLUS_ACCOUNT("EST-4", "over the estate size");

  private final String ruleId;
  private final String label;

  ClosureGround(String ruleId, String label) {
    this.ruleId = ruleId;
    this.label = label;
  }

  /**
   * Returns the id of the rule that requires the closure.
   *
   * @return such as {@code "CLO-1"}
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the ground in a few words, for schedules.
   *
   * @return such as {@code "disallowed tier"}
   */
  public String label() {
    return label;
  }
}

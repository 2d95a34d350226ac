package io.github.accountgovernance.rules.naming;

/**
 * Why a handle is judged confusable with an official handle (NAM-4). A {@link Lookalike} carries one or more,
 * in this order.
 */
public enum LookalikeReason {
  /**
   * The two handles have the same Unicode TR39 confusable skeleton once folded under the platform's
   * equivalence, as {@code NYP_York} and {@code NYP_Yоrk} (Cyrillic {@code о}) do: they can look identical.
   */
  SAME_SKELETON,
  /**
   * The handles' equivalence keys are within the index's {@code maxEdits} edits of each other, as
   * {@code NYorksPol1ce} is of {@code NYorksPolice}: a typo or a deliberate near miss.
   */
  EDIT_DISTANCE,
  /**
   * Neither of the above, but the handles' skeletons are within {@code maxEdits} edits: a confusable character
   * and a typo together, such as {@code NYP_Yоrkk} (Cyrillic {@code о}) against {@code NYP_York}.
   */
  CONFUSABLE_EDIT_DISTANCE;
}

package io.github.accountgovernance.core.testing;

/**
 * A structural defect that {@link EstateGens#estatesWithOneDefect()} plants in an otherwise valid estate,
 * each of which {@link io.github.accountgovernance.core.model.Estate.Builder#build()} must refuse.
 *
 * <pre>{@code
 * @Test
 * void unknownDistrictsAreRefused() {
 *   Theories.qt()
 *       .forAll(EstateGens.estatesWithOneDefect(EstateDefect.UNKNOWN_DISTRICT))
 *       .checkAssert(defective -> ...);
 * }
 * }</pre>
 */
public enum EstateDefect {
  /** An account names a district the force does not have; reported at {@code accounts[i].district}. */
  UNKNOWN_DISTRICT,
  /** A rota slot names a contributor the estate does not have; reported at {@code rota[i].contributor}. */
  UNKNOWN_ROTA_CONTRIBUTOR,
  /** An access grant names an account the estate does not have; reported at {@code grants[i].account}. */
  UNKNOWN_GRANT_ACCOUNT,
  /** Two accounts share an id; reported at the later one's {@code accounts[i].id}. */
  DUPLICATE_ACCOUNT_ID,
  /** A closure plan names a successor account the estate does not have; reported at {@code closurePlans[i].successors[j]}. */
  UNKNOWN_SUCCESSOR,
  /** An account has two closure plans; reported at the later one's {@code closurePlans[i].account}. */
  DUPLICATE_CLOSURE_PLAN;
}

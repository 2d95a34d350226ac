/**
 * Monitoring coverage of each account over a horizon: rota slots less absences, in the force's zone, with the
 * uncovered windows, the longest gaps and the windows that one person alone covers (leave resilience), computed
 * by interval arithmetic in one sweep.
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.rules.coverage;

import io.github.accountgovernance.core.api.PublicAPI;

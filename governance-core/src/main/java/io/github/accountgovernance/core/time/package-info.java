/**
 * Time arithmetic for monitoring coverage: half-open {@link io.github.accountgovernance.core.time.TimeWindow}s,
 * {@link io.github.accountgovernance.core.time.IntervalSet}s over sorted primitive arrays, coverage multiplicity
 * in one sweep, and weekly wall-clock windows expanded in a force's zone across daylight-saving changes.
 *
 * <p>All types here are immutable and thread-safe.
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.core.time;

import io.github.accountgovernance.core.api.PublicAPI;

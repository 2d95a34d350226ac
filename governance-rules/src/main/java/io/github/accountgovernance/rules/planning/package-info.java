/**
 * How a force gets from the estate it has to the one its pack asks for: the {@link
 * io.github.accountgovernance.rules.planning.ClosurePlanner} proposes a closure plan for every account the pack
 * requires to close (successors, dates, a drafted final message, archiving and dormant retention), lists the
 * accounts it cannot place and the choices the pack leaves to people, and writes the result as an estate overlay
 * and as a schedule for the communications team ({@link io.github.accountgovernance.rules.planning.ScheduleFormat}).
 */
@GovernanceStyle
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.rules.planning;

import io.github.accountgovernance.core.api.PublicAPI;
import io.github.accountgovernance.core.internal.GovernanceStyle;

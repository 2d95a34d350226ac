/**
 * The immutable domain model of a force's social-media estate, after {@code DOMAIN.md}: the
 * {@link io.github.accountgovernance.core.model.Force} and its districts, the
 * {@link io.github.accountgovernance.core.model.Account}s it runs on each
 * {@link io.github.accountgovernance.core.model.Platform}, the
 * {@link io.github.accountgovernance.core.model.Contributor}s who post and monitor, their access grants, rota
 * assignments and absences, closure plans, sampled posts, and the
 * {@link io.github.accountgovernance.core.model.Estate} that holds them all.
 *
 * <p>Values are created through static factories and builders on the types themselves. Builders check
 * structural invariants only (a handle is not blank, a window ends after it starts) and say what is wrong,
 * quoting the bad value; governance judgements (too few monitors, a badly named handle) are the rules' business.
 * An estate whose references do not resolve is refused with one
 * {@link io.github.accountgovernance.core.model.InvalidEstateException} listing every problem.
 *
 * <p>Every type here is immutable and thread-safe.
 */
@GovernanceStyle
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.api.PublicAPI;
import io.github.accountgovernance.core.internal.GovernanceStyle;

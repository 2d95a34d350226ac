/**
 * The rules engine: composable predicates that describe themselves in words, rules with ids, severities and
 * parameters, policy packs, evaluation of a pack over an estate, and the immutable report with its violations,
 * waivers and baselines.
 */
@GovernanceStyle
package io.github.accountgovernance.rules;

import io.github.accountgovernance.core.internal.GovernanceStyle;

/**
 * For people who write rules: a force's own rules, or the catalogue's. Criteria and relations that describe
 * themselves in words and compose their words ({@link io.github.accountgovernance.rules.authoring.Criterion},
 * {@link io.github.accountgovernance.rules.authoring.Relation}), selections of subjects and rule building
 * ({@link io.github.accountgovernance.rules.authoring.Rules}, {@link io.github.accountgovernance.rules.authoring.Rule}),
 * typed parameters, what a criterion sees ({@link io.github.accountgovernance.rules.authoring.EvaluationContext}),
 * analyses shared within an evaluation, and the words rules are written in: ids, severities, subjects, findings
 * and their evidence.
 *
 * <p>To run a pack and read its report, start from {@link io.github.accountgovernance.rules}.
 */
@GovernanceStyle
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.rules.authoring;

import io.github.accountgovernance.core.api.PublicAPI;
import io.github.accountgovernance.core.internal.GovernanceStyle;

/**
 * The policy catalogue of {@code DOMAIN.md}, each rule with its id, statement, rationale, source, parameters and
 * severity, and the policy packs built from them: {@code npcc2021} (the consolidated model as North Yorkshire
 * adopted it in 2021) and {@code retain-individual} (as Northamptonshire chose).
 */
@GovernanceStyle
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.api.PublicAPI;
import io.github.accountgovernance.core.internal.GovernanceStyle;

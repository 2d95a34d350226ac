/**
 * Asking what if, and what changes: a {@link io.github.accountgovernance.rules.whatif.Scenario} (a fortnight's
 * leave, a person leaving, an account closing or opening, rota slots added or removed) applied to an estate gives
 * a new estate, and a {@link io.github.accountgovernance.rules.whatif.ChangeReport} compares two evaluations (the
 * estate before and after a scenario, two packs on one estate, two estates or two dates under one pack): the
 * violations that appear, go away and stay, matched by their fingerprints, the declared hours that lose cover and
 * who else could cover them, and the parameters that differ with their provenance on both sides.
 *
 * <pre>{@code
 * Scenario leave = Scenario.builder()
 *     .absent("c1299", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 22))
 *     .build();
 * ChangeReport changes = ChangeReport.whatIf(Evaluation.of(PolicyPacks.npcc2021()), estate, leave);
 * changes.cover();      // the accounts whose declared hours lose cover, the windows, who else could cover
 * System.out.print(ChangeFormat.TEXT.render(changes));
 * }</pre>
 */
@GovernanceStyle
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.rules.whatif;

import io.github.accountgovernance.core.api.PublicAPI;
import io.github.accountgovernance.core.internal.GovernanceStyle;

/**
 * AssertJ assertions for policy teams' unit tests, such as {@code assertThat(report).hasNoErrors()} and
 * {@code assertThat(estate).compliesWith(pack)}; a failing assertion's message is the text report of what
 * failed. Needs {@code org.assertj:assertj-core} on the test class path.
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.rules.assertions;

import io.github.accountgovernance.core.api.PublicAPI;

/**
 * AssertJ assertions for policy teams' unit tests, such as {@code assertThat(report).hasNoErrors()} and
 * {@code assertThat(estate).compliesWith(pack)}; a failing assertion's message is the text report of what
 * failed. Needs {@code org.assertj:assertj-core} on the test class path.
 */
package io.github.accountgovernance.rules.assertions;

/**
 * jqwik arbitraries for estates, valid ones and near-valid ones with one known defect, for property-based tests
 * in this library, in embedding systems and in policy teams' own tests. Needs {@code net.jqwik:jqwik} on the
 * test class path; nothing else in the library does.
 */
package io.github.accountgovernance.core.testing;

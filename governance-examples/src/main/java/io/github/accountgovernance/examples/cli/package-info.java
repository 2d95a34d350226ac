/**
 * The {@code governance} command line: {@code check} an estate against a pack and write a report, list the
 * {@code rules} of the catalogue, {@code explain} one rule, and list the bundled {@code examples}. Exit codes: 0
 * nothing at or above the fail level, 1 violations at or above it, 2 a usage or input error.
 */
package io.github.accountgovernance.examples.cli;

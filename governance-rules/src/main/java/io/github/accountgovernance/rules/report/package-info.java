/** Writes evaluation reports as text for people, versioned JSON, SARIF 2.1.0, JUnit XML and Markdown. */
package io.github.accountgovernance.rules.report;

/**
 * Reports and the files that feed evaluation. {@link io.github.accountgovernance.rules.report.ReportFormat}
 * writes an evaluation {@link io.github.accountgovernance.rules.Report} as text for people, versioned JSON
 * ({@link io.github.accountgovernance.rules.report.ReportJson}, which also reads it back), SARIF 2.1.0, JUnit
 * XML and Markdown, every one deterministic. {@link io.github.accountgovernance.rules.report.WaiverFiles} and
 * {@link io.github.accountgovernance.rules.report.BaselineFiles} read and write waivers and baselines as YAML
 * or JSON, reporting every problem with file, line, column and path in one
 * {@link io.github.accountgovernance.rules.report.InvalidGovernanceFileException}.
 */
package io.github.accountgovernance.rules.report;

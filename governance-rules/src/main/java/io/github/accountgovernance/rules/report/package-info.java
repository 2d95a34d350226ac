/**
 * For people who render reports: {@link io.github.accountgovernance.rules.report.ReportFormat} writes an
 * evaluation {@link io.github.accountgovernance.rules.Report} as text for people, versioned JSON (written and read
 * back by {@link io.github.accountgovernance.rules.files.ReportJson}), SARIF 2.1.0, JUnit XML and Markdown, every
 * one deterministic. A new format goes here; a new file that people write goes into
 * {@link io.github.accountgovernance.rules.files}.
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.rules.report;

import io.github.accountgovernance.core.api.PublicAPI;

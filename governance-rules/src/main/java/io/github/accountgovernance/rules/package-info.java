/**
 * For people who run a policy pack and read its report: the consumer face of the library.
 *
 * <p>{@link io.github.accountgovernance.rules.PolicyPack} (take one from {@code rules.catalogue.PolicyPacks} or
 * read one with {@code rules.files.PackFiles}), {@link io.github.accountgovernance.rules.Evaluation} (as of when,
 * over which horizon, with which waivers and baseline) and the immutable
 * {@link io.github.accountgovernance.rules.Report} it returns: {@link io.github.accountgovernance.rules.Violation}s
 * with their {@link io.github.accountgovernance.rules.Fingerprint}s, per-rule
 * {@link io.github.accountgovernance.rules.RuleResult}s, the
 * {@link io.github.accountgovernance.rules.EffectiveParameter}s and their
 * {@link io.github.accountgovernance.rules.Provenance}, {@link io.github.accountgovernance.rules.Waiver}s,
 * {@link io.github.accountgovernance.rules.WaivedViolation}s, the
 * {@link io.github.accountgovernance.rules.Baseline} and {@link io.github.accountgovernance.rules.ReportWarning}s.
 *
 * <pre>{@code
 * Report report = Evaluation.of(PolicyPacks.npcc2021()).waivers(waivers).evaluate(estate);
 * }</pre>
 *
 * <p>The words a report speaks in (rule ids, severities, subjects, evidence, findings) are defined where rules
 * are written, in {@link io.github.accountgovernance.rules.authoring}; a reader reaches them through the report's
 * accessors and imports them only to name them ({@code report.violations(Severity.ERROR)}). This package depends
 * on that one and never the reverse, so that the two make no package cycle. Files are read and written in
 * {@link io.github.accountgovernance.rules.files}, reports rendered in {@link io.github.accountgovernance.rules.report}.
 */
@GovernanceStyle
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.rules;

import io.github.accountgovernance.core.api.PublicAPI;
import io.github.accountgovernance.core.internal.GovernanceStyle;

/**
 * For people who read or write the rules' files: every reader and writer of them. Policy packs
 * ({@link io.github.accountgovernance.rules.files.PackFiles}), waivers
 * ({@link io.github.accountgovernance.rules.files.WaiverFiles}), baselines
 * ({@link io.github.accountgovernance.rules.files.BaselineFiles}) and the versioned JSON report
 * ({@link io.github.accountgovernance.rules.files.ReportJson}, written and read back), each as YAML or JSON, every
 * problem reported with file, line, column and path in one
 * {@link io.github.accountgovernance.rules.files.InvalidGovernanceFileException}.
 *
 * <p>Estate files are read by {@code io.github.accountgovernance.core.io}; report formats for people and tools
 * are in {@link io.github.accountgovernance.rules.report}.
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.rules.files;

import io.github.accountgovernance.core.api.PublicAPI;

/**
 * What the library reports when a file cannot be read or an estate cannot be built: a
 * {@link io.github.accountgovernance.core.problem.Problem} (a path, what is wrong and, for files, a
 * {@link io.github.accountgovernance.core.problem.SourceLocation}), the
 * {@link io.github.accountgovernance.core.problem.InvalidFileException} that carries every problem of one file,
 * and the "did you mean" wording of {@link io.github.accountgovernance.core.problem.Suggestions}.
 *
 * <p>For everyone who catches a reading error, and for authors of readers of new file formats. This package
 * depends on nothing else of the library, so that both the model (which reports the problems of an estate built
 * in code) and the files layer ({@link io.github.accountgovernance.core.files}) can use it without depending on
 * each other.
 *
 * <pre>{@code
 * try {
 *   List<Waiver> waivers = WaiverFiles.read(Path.of("waivers.yaml"));
 * } catch (InvalidFileException e) {       // estates, packs, waivers, baselines, reports
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.core.problem;

import io.github.accountgovernance.core.api.PublicAPI;

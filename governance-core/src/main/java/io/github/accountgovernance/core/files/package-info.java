/**
 * The files layer: what every reader and writer of the library's YAML and JSON files is built on, so that
 * estates, policy packs, waivers, baselines and JSON reports share one set of limits, one alias policy, one
 * wording of problems and one output style. It is for authors of readers (and writers) of new file formats.
 *
 * <ul>
 *   <li>{@link io.github.accountgovernance.core.files.LocatedReader} reads a file into
 *       {@link io.github.accountgovernance.core.files.LocatedNode}s that know their line and column, whole or one
 *       entry of a big list at a time, within {@link io.github.accountgovernance.core.files.LocatedReader.Limits};
 *   <li>{@link io.github.accountgovernance.core.files.Problems} collects every problem of one file and throws them
 *       together as an {@link io.github.accountgovernance.core.problem.InvalidFileException} (or a subclass);
 *   <li>{@link io.github.accountgovernance.core.files.ObjectFields} reads the fields of one object, reporting
 *       unknown fields with "did you mean", missing required fields and malformed values;
 *   <li>{@link io.github.accountgovernance.core.files.Output} writes YAML and JSON the same way, byte for byte;
 *   <li>{@link io.github.accountgovernance.core.files.Syntax} says which of the two a file is in.
 * </ul>
 *
 * <pre>{@code
 * Problems problems = new Problems("waivers.yaml", LocatedReader.Limits.smallFiles(),
 *     list -> new InvalidFileException("waiver file waivers.yaml", list));
 * LocatedNode root = LocatedReader.smallFiles(Syntax.YAML).readTree(reader, problems);
 * ObjectFields.of(root, "", "a waiver file", List.of("schema", "waivers"), problems).ifPresent(fields -> ...);
 * problems.throwIfAny();
 * }</pre>
 *
 * <p>The layer depends on {@link io.github.accountgovernance.core.problem} only, never on the estate model.
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.core.files;

import io.github.accountgovernance.core.api.PublicAPI;

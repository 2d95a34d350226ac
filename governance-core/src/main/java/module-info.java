/**
 * The immutable model of a police force's social-media estate, time arithmetic over it, and estate files.
 *
 * <ul>
 *   <li>{@link io.github.accountgovernance.core.model}: forces, districts, accounts, contributors, rotas,
 *       absences, closure plans and the {@link io.github.accountgovernance.core.model.Estate} they make up;
 *   <li>{@link io.github.accountgovernance.core.time}: half-open time windows, interval sets over sorted
 *       primitive arrays, coverage multiplicity, weekly hours in a force's zone;
 *   <li>{@link io.github.accountgovernance.core.io}: reading and writing estates as YAML and JSON;
 *   <li>{@link io.github.accountgovernance.core.files}: the files layer every reader and writer of the library's
 *       files is built on (the located reader, problem collection, the one writer), for authors of readers of new
 *       file formats;
 *   <li>{@link io.github.accountgovernance.core.sources}: the service-provider interface through which an estate's
 *       {@code sources:} section reads parts of the estate from CSV, workbook and calendar files (the formats are
 *       in the {@code governance-sources} artifact);
 *   <li>{@link io.github.accountgovernance.core.problem}: what reading and building report: a
 *       {@link io.github.accountgovernance.core.problem.Problem} with its place, and the
 *       {@link io.github.accountgovernance.core.problem.InvalidFileException} that carries them all;
 *   <li>{@link io.github.accountgovernance.core.testing}: QuickTheories generators of estates for property-based
 *       tests under JUnit Jupiter (needs QuickTheories on the test class path).
 * </ul>
 */
module io.github.accountgovernance.core {
  requires com.google.common;
  // RE2/J runs the handle patterns of declared platforms in linear time. It ships no module name of its own (its
  // automatic name comes from the jar's file name) and never appears in this module's API.
  requires re2j;
  // Transitive: the files layer's API speaks Jackson's streaming types (JsonGenerator, JsonToken).
  requires transitive com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  // The YAML parser's own limits (code points, nesting, aliases) are set through its LoaderOptions.
  requires org.yaml.snakeyaml;
  // Static and not transitive: Immutables is needed to compile this module only. Its annotations stay in the
  // class files, where a consumer's compiler ignores them, and GovernanceStyle adds no @Generated or other
  // class-path annotations to the generated classes; so a consumer needs nothing of Immutables on either path.
  requires static org.immutables.value.annotations;
  // Static: core.testing's generators are QuickTheories Gens; their users add QuickTheories with test scope.
  requires static quicktheories;

  exports io.github.accountgovernance.core.api;
  exports io.github.accountgovernance.core.model;
  exports io.github.accountgovernance.core.time;
  exports io.github.accountgovernance.core.io;
  exports io.github.accountgovernance.core.files;
  exports io.github.accountgovernance.core.problem;
  exports io.github.accountgovernance.core.sources;
  exports io.github.accountgovernance.core.testing;
  // The readers of source files (governance-sources, or a user's own) that an estate's sources: section needs.
  uses io.github.accountgovernance.core.sources.SourceFormat;

  exports io.github.accountgovernance.core.internal to
      io.github.accountgovernance.rules,
      io.github.accountgovernance.examples;
}

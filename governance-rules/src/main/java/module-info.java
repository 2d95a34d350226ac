/**
 * The rules engine and the policy catalogue.
 *
 * <ul>
 *   <li>{@link io.github.accountgovernance.rules}: for running a pack and reading its report: policy packs with
 *       their effective parameters, evaluation, reports, violations, waivers and baselines;
 *   <li>{@link io.github.accountgovernance.rules.authoring}: for writing rules: composable, self-describing
 *       criteria and relations, selections, rule building, parameters, the evaluation context and shared analyses;
 *   <li>{@link io.github.accountgovernance.rules.files}: every reader and writer of the rules' files: packs,
 *       waivers, baselines and the JSON report;
 *   <li>{@link io.github.accountgovernance.rules.report}: reports as text, JSON, SARIF 2.1.0, JUnit XML and
 *       Markdown;
 *   <li>{@link io.github.accountgovernance.rules.catalogue}: every rule of the policy catalogue (MON, NAM, CLO,
 *       EST, ATT) and the {@code npcc2021} and {@code retain-individual} packs;
 *   <li>{@link io.github.accountgovernance.rules.coverage}: monitoring coverage analysis per account;
 *   <li>{@link io.github.accountgovernance.rules.naming}: handle conventions, lookalike detection and mentions;
 *   <li>{@link io.github.accountgovernance.rules.assertions}: AssertJ assertions for policy teams' unit tests
 *       (needs AssertJ on the class path).
 * </ul>
 */
module io.github.accountgovernance.rules {
  requires transitive io.github.accountgovernance.core;
  requires com.google.common;
  requires org.slf4j;
  requires com.ibm.icu;
  // RE2/J ships no module name of its own: its automatic name comes from the jar's file name. It never appears
  // in this module's API (TextPattern wraps it), so users need not require it.
  requires re2j;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  // Static and not transitive, as in io.github.accountgovernance.core: consumers need nothing of Immutables.
  requires static org.immutables.value.annotations;
  // Static: only rules.assertions needs AssertJ, and its users have AssertJ on their test class path already.
  requires static org.assertj.core;

  exports io.github.accountgovernance.rules;
  exports io.github.accountgovernance.rules.authoring;
  exports io.github.accountgovernance.rules.files;
  exports io.github.accountgovernance.rules.report;
  exports io.github.accountgovernance.rules.catalogue;
  exports io.github.accountgovernance.rules.coverage;
  exports io.github.accountgovernance.rules.naming;
  exports io.github.accountgovernance.rules.planning;
  exports io.github.accountgovernance.rules.assertions;
  exports io.github.accountgovernance.rules.whatif;
}

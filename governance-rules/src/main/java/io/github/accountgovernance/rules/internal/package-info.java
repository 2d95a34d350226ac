/**
 * Implementation details of the rules module; not API and not exported: a small located reader for YAML and
 * JSON files (every node with its file, line and column, every problem collected), and deterministic JSON, YAML
 * and XML output.
 */
package io.github.accountgovernance.rules.internal;

/**
 * Implementation details of the rules module; not API and not exported: XML escaping for the JUnit report, and
 * the Markdown and indented plain text that the report, the what-if report and the closure schedule share, so
 * that every human-readable output escapes and indents alike. The located reading and the JSON and YAML writing
 * the rules' files share with estate files live in {@code io.github.accountgovernance.core.files}.
 */
package io.github.accountgovernance.rules.internal;

/**
 * Implementation details of the rules module; not API and not exported: XML escaping for the JUnit report. The
 * located reading and the JSON and YAML writing the rules' files share with estate files live in
 * {@code io.github.accountgovernance.core.internal}.
 */
package io.github.accountgovernance.rules.internal;

/**
 * Implementation details shared by the governance modules; not API. Exported only to
 * {@code io.github.accountgovernance.rules} and {@code io.github.accountgovernance.examples}.
 */
package io.github.accountgovernance.core.internal;
